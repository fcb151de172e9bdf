// The validation-only entry of the npm package, in Node (server-side
// revalidation): the same module the browser loads, started with initSync.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BAD_INPUT, runBadInputTable } from "../shared/bad-input.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("validate/index.js", pkg));
api.initSync({ module: readFileSync(fileURLToPath(new URL("validate/pep_wasm_bg.wasm", pkg))) });

const options = { today: "2026-11-23" };
/** A school-age PEP with these extra parts. */
const pep = (parts = {}) => ({ schemaVersion: "1", kind: "school-age", ...parts });

/** Calls `fn` expecting a thrown Error; returns it. */
function thrown(fn) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof Error, `threw a non-Error: ${error}`);
    return error;
  }
  assert.fail("did not throw");
}

test("validate reports a target nobody leads, with its path and the stages it blocks", () => {
  const report = api.validate(pep({ targets: [{ outcome: "Read daily" }] }), options);
  const finding = report.findings.find((f) => f.rule === "smart-target-who-leads");
  assert.equal(finding.path, "/targets/0/lead/name");
  assert.equal(finding.severity, "error");
  assert.deepEqual(finding.blocks, ["designated-teacher", "virtual-school"]);
  assert.equal(Object.getPrototypeOf(report), Object.prototype, "plain objects, not Maps");
});

test(`the bad-input table (${BAD_INPUT.length} cases) and 1,000 bad calls behave in Node`, () => {
  assert.ok(BAD_INPUT.length >= 25);
  assert.deepEqual(runBadInputTable(api), []);
});

test("a config error names the field", () => {
  const error = thrown(() => api.validate(pep(), { config: { thresholds: { attendanceLine: 150 } } }));
  assert.equal(error.path, "/thresholds/attendanceLine");
});

test("the catalogue, default config and version are available", () => {
  assert.ok(api.rules().some((r) => r.id === "smart-target-who-leads" && r.source.length > 0));
  assert.equal(api.defaultConfig().thresholds.minTargets, 3);
  const pkgJson = JSON.parse(readFileSync(fileURLToPath(new URL("package.json", pkg)), "utf8"));
  assert.equal(api.version(), pkgJson.version);
});

test("parse keeps vendor fields and reports line and column", () => {
  const doc = api.parse('{"schemaVersion":"1","kind":"post-16","vendorId":"V-1","targets":[{"vendorRef":"T"}]}');
  assert.equal(doc.vendorId, "V-1");
  assert.equal(doc.targets[0].vendorRef, "T");
  const error = thrown(() => api.parse('{"schemaVersion":"1","kind":"school-age",\n"targets":[{"deadline":"2023-02-29"}]}'));
  assert.equal(error.path, "/targets/0/deadline");
  assert.equal(error.line, 2);
  assert.ok(Array.isArray(error.errors) && error.errors.length >= 1);
});
