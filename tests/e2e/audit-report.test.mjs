// The `pep audit --html` report opens in Chromium with no network requests
// and no axe-core violations; a screenshot is saved for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch, axeViolations, screenshot } from "./browser.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "pepkit-audit-"));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the audit's HTML report is self-contained and accessible", async () => {
  // `cargo xtask test` has built the CLI by now (native tests); build it if not.
  const pep = join(root, "target/debug/pep");
  if (!existsSync(pep)) execFileSync("cargo", ["build", "-q", "-p", "pep-cli"], { cwd: root });
  const report = join(dir, "audit.html");
  execFileSync(pep, ["audit", join(root, "tests/fixtures"), "--today", "2026-11-23", "--html", report], {
    stdio: "ignore",
  });
  const page = await browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(report).href);
  assert.deepEqual(requests.slice(1), [], "nothing but the report itself is loaded");
  assert.ok(await page.getByRole("heading", { level: 1 }).count());
  assert.ok((await page.getByRole("img").count()) >= 1, "the charts are images with names");
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, "audit-report");
  await page.close();
});
