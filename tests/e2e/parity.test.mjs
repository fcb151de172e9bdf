// The browser (the validation-only entry in Chromium, under the demo's CSP)
// produces the same report as native Rust for every fixture.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";
import { fixturesWithNativeReports, TODAY } from "../node/native.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("Chromium gives the native report for every fixture", async () => {
  const fixtures = fixturesWithNativeReports();
  const { page, problems } = await open(browser, "/");
  const reports = await page.evaluate(
    async ({ texts, today }) => {
      const api = await import("/pkg/validate/index.js");
      await api.default();
      return texts.map((text) => api.validate(JSON.parse(text), { today }));
    },
    { texts: fixtures.map((f) => f.text), today: TODAY },
  );
  fixtures.forEach(({ name, report }, i) => assert.deepEqual(reports[i], report, name));
  assert.deepEqual(problems.console, []);
  await page.close();
});
