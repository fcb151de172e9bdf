// The validation-only entry in Chromium, under the demo's strict CSP: the
// shared bad-input table, and 1,000 bad calls followed by a good one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";
import { BAD_INPUT } from "../shared/bad-input.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test(`the bad-input table (${BAD_INPUT.length} cases) and 1,000 bad calls behave in Chromium`, async () => {
  const { page, problems } = await open(browser, "/");
  const failures = await page.evaluate(async () => {
    const api = await import("/pkg/validate/index.js");
    await api.default();
    const { runBadInputTable } = await import("/tests/shared/bad-input.mjs");
    return runBadInputTable(api);
  });
  assert.deepEqual(failures, []);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
