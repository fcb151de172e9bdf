// The walking skeleton: the demo portal page, its headers, and the
// <pep-smart-targets> element checking a target as someone types.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, axeViolations, screenshot, BASE } from "./browser.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the demo page is served with the strict CSP and wasm as application/wasm", async () => {
  const page = await fetch(BASE + "/");
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-security-policy"), CSP);
  for (const wasm of ["/pkg/validate/pep_wasm_bg.wasm", "/pkg/widgets/pep_widgets_bg.wasm"]) {
    const response = await fetch(BASE + wasm);
    assert.equal(response.status, 200, wasm);
    assert.equal(response.headers.get("content-type"), "application/wasm", wasm);
  }
  assert.equal((await fetch(BASE + "/../Cargo.toml")).status, 404);
});

test("a target with nobody leading it shows the finding, which clears as a name is typed", async () => {
  const { page, problems } = await open(browser, "/");
  const lead = page.getByRole("group", { name: "Target 2" }).getByLabel("Who leads this target?");
  await lead.waitFor();

  const message = page.getByText("Target 2 needs the name of the person who leads it");
  await message.waitFor();
  assert.equal(await lead.getAttribute("aria-invalid"), "true");
  assert.match(await lead.getAttribute("aria-describedby"), /-error$/);
  await screenshot(page, "skeleton-error");

  const status = page.locator("#status");
  await lead.pressSequentially("Mr Adeyemi");
  await message.waitFor({ state: "detached" });
  assert.equal(await lead.getAttribute("aria-invalid"), null);
  const problemCount = async () => Number((await status.textContent()).match(/^(\d+) problem/)?.[1]);
  const withName = await problemCount();
  assert.ok(withName > 0, "the demo PEP still has other gaps");

  await lead.fill("");
  await message.waitFor();
  assert.equal(await problemCount(), withName + 1, "the portal hears of the new problem through pep-change");

  // The first target was fine all along and still is.
  const first = page.getByRole("group", { name: "Target 1" }).getByLabel("Who leads this target?");
  assert.equal(await first.inputValue(), "Ms Okafor");

  assert.deepEqual(problems.console, [], "no console errors (CSP violations appear here)");
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await page.close();
});

test("the demo page has no axe-core violations (WCAG 2.2 A/AA), with and without errors", async () => {
  const { page } = await open(browser, "/");
  const lead = page.getByRole("group", { name: "Target 2" }).getByLabel("Who leads this target?");
  await lead.waitFor();
  await page.getByText("Target 2 needs the name").waitFor();
  assert.deepEqual(await axeViolations(page), [], "error state");
  await lead.fill("Mr Adeyemi");
  await page.getByText("Target 2 needs the name").waitFor({ state: "detached" });
  assert.deepEqual(await axeViolations(page), [], "complete state");
  await page.close();
});
