// Every demo page in www/ (the benchmark pages aside: they run a benchmark
// as they load) loads under the strict CSP with no console error, no request
// to another origin and no axe-core violation once its widgets are mounted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, open, axeViolations } from "./browser.mjs";

const www = fileURLToPath(new URL("../../www/", import.meta.url));
const pages = readdirSync(www).filter((f) => f.endsWith(".html") && !f.startsWith("bench"));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("there are demo pages to check", () => {
  assert.ok(pages.length >= 10, pages.join(", "));
});

for (const name of pages) {
  test(`www/${name}: loads clean and passes axe`, async () => {
    const { page, problems } = await open(browser, `/www/${name}`);
    // Every pepkit element on the page has mounted (or there are none).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("*")]
          .filter((el) => el.localName.startsWith("pep-"))
          .every((el) => el.querySelector(".pep-widget")),
      null,
      { timeout: 60_000 },
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
    await page.close();
  });
}
