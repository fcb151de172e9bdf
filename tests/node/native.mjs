// The native reports for every fixture, read from pep-core's insta snapshots
// (crates/pep-core/tests/snapshots), which `cargo test` keeps current. Used to
// check that Node and the browser give the very same reports.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SNAPSHOTS = `${ROOT}crates/pep-core/tests/snapshots/`;

/** The "today" the snapshots were taken with (crates/pep-core/tests/reports.rs). */
export const TODAY = "2026-11-23";

/** `[{ name, text, report }]`: each fixture's JSON text and its native report. */
export function fixturesWithNativeReports() {
  return readdirSync(`${ROOT}tests/fixtures`)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, "");
      const snapshot = readFileSync(`${SNAPSHOTS}reports__${name}.snap`, "utf8");
      // insta's header is between the first two "---" lines; the report follows.
      const body = snapshot.split(/^---$/m).slice(2).join("---");
      return {
        name,
        text: readFileSync(`${ROOT}tests/fixtures/${file}`, "utf8"),
        report: JSON.parse(body),
      };
    });
}
