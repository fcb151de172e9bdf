// Script and markup typed or passed into every text field of
// <pep-smart-targets> renders as text and runs nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";
import { XSS_PAYLOADS } from "../shared/xss-payloads.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const TEXT_FIELDS = ["What will be achieved?", "How will everyone know?", "Actions and strategies", "Who leads this target?", "Their role", "Support and resources"];

test(`${XSS_PAYLOADS.length} payloads passed in as the value render as text and run nothing`, async () => {
  assert.ok(XSS_PAYLOADS.length >= 30);
  const { page, problems } = await open(browser, "/");
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.exposeFunction("pwned", () => {
    throw new Error("a payload ran");
  });
  await page.locator("#targets").getByRole("group", { name: "Target 1" }).waitFor();
  const shown = await page.evaluate(async (payloads) => {
    const element = document.getElementById("targets");
    element.value = {
      schemaVersion: "1",
      kind: "school-age",
      targets: payloads.map((p) => ({ outcome: p, successMeasure: p, actions: p, lead: { name: p, role: p }, support: p })),
    };
    await new Promise((resolve) => setTimeout(resolve, 500));
    return [...element.querySelectorAll("input[type=text], textarea")].map((f) => f.value);
  }, XSS_PAYLOADS);
  for (const payload of XSS_PAYLOADS) {
    assert.ok(shown.filter((v) => v === payload).length >= 6, `shown as typed: ${payload}`);
  }
  // Errors and messages show the text too: submit to show the summary.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("heading", { name: "There is a problem" }).waitFor();
  assert.equal(await page.locator("#targets script, #targets img, #targets svg, #targets iframe, #targets object, #targets embed").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test("payloads typed into each text field render as text and run nothing", async () => {
  const { page, problems } = await open(browser, "/");
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  const t = page.getByRole("group", { name: "Target 2" });
  await t.getByLabel("Who leads this target?").waitFor();
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const field = t.getByLabel(TEXT_FIELDS[i % TEXT_FIELDS.length], { exact: true });
    await field.fill(payload);
    assert.equal(await field.inputValue(), payload);
  }
  const value = await page.evaluate(() => document.getElementById("targets").value);
  assert.ok(Object.values(value.targets[1]).some((v) => typeof v === "string" && XSS_PAYLOADS.includes(v)));
  assert.equal(await page.locator("#targets script, #targets img, #targets svg, #targets iframe").count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
