// <pep-smart-targets> inside the demo portal's own <form>: errors appear after
// a submit attempt (GOV.UK), the error summary's links move focus to their
// fields, fixing a field clears its error without another submit, the host
// form does not submit while findings block the stage, and when it does, the
// posted field holds the PEP's JSON with the vendor's own fields.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, axeViolations, screenshot, BASE } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const target = (page, n) => page.getByRole("group", { name: `Target ${n}` });

/** Fills every field a target needs, by label, as a person would. */
async function complete(page, n, { outcome, lead }) {
  const t = target(page, n);
  if (outcome) await t.getByLabel("What will be achieved?").fill(outcome);
  await t.getByLabel("How will everyone know?").fill("Teacher marks the draft at grade C or above");
  await t.getByLabel("Actions and strategies").fill("Two 20-minute sessions a week with the subject teacher");
  if (lead) await t.getByLabel("Who leads this target?").fill(lead);
  await t.getByLabel("Which need does it meet?").selectOption("attainment");
  await t.getByLabel("Deadline", { exact: true }).fill("2027-01-22");
  await t.getByLabel("Short or long term?").selectOption("short-term");
}

test("errors wait for a submit attempt, link to their fields, clear as they are fixed; the form submits the PEP's JSON only when nothing blocks", async () => {
  const { page, problems } = await open(browser, "/");
  await target(page, 2).getByLabel("Who leads this target?").waitFor();
  const summary = page.getByRole("heading", { name: "There is a problem" });
  const leadMessage = "Target 2 needs the name of the person who leads it";

  // Nothing red before anyone tries to submit.
  assert.equal(await summary.count(), 0);
  assert.equal(await page.getByText(leadMessage).count(), 0);
  assert.ok(await target(page, 1).getByText("Specific: done").count(), "live SMART ticks");

  let posted = null;
  page.on("request", (request) => {
    if (request.method() === "POST") posted = request.postData();
  });

  // A submit with gaps: no submission, the summary instead, with focus on it.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await summary.waitFor();
  assert.equal(new URL(page.url()).pathname, "/", "the host form did not submit");
  assert.equal(posted, null);
  assert.match(await page.evaluate(() => document.activeElement.id), /-error-summary$/);
  const links = page.locator(".pep-error-summary a");
  const messages = await links.allTextContents();
  assert.ok(messages.includes(leadMessage), messages.join(" | "));
  assert.ok(messages.some((m) => /at least 3|3 targets/i.test(m)), messages.join(" | "));
  await screenshot(page, "smart-targets-error-summary");
  assert.deepEqual(await axeViolations(page), [], "error state");

  // Following a link focuses the field; fixing it clears its error, live.
  await page.getByRole("link", { name: leadMessage }).click();
  assert.match(await page.evaluate(() => document.activeElement.id), /-targets-1-lead-name$/);
  await page.keyboard.type("Mr Adeyemi");
  await page.getByRole("link", { name: leadMessage }).waitFor({ state: "detached" });
  const lead = target(page, 2).getByLabel("Who leads this target?");
  assert.equal(await lead.getAttribute("aria-invalid"), null);

  // Put everything right: the second target, and a third.
  await complete(page, 2, {});
  await page.getByRole("button", { name: "Add another target" }).click();
  assert.match(await page.evaluate(() => document.activeElement.id), /-targets-2-outcome$/, "focus moves to the new target");
  await complete(page, 3, { outcome: "Read one novel from the English Literature list", lead: "Ms Patel" });
  await summary.waitFor({ state: "detached" });
  assert.deepEqual(await axeViolations(page), [], "complete state");
  await screenshot(page, "smart-targets-complete");

  // Now the form submits, carrying the PEP's JSON with the vendor's fields.
  await Promise.all([page.waitForURL(`${BASE}/www/saved.html`), page.getByRole("button", { name: "Save and continue" }).click()]);
  const form = new URLSearchParams(posted);
  assert.equal(form.get("caseId"), "C-2291");
  const pep = JSON.parse(form.get("pep"));
  assert.equal(pep.vendorCaseId, "C-2291");
  assert.deepEqual(pep.targets.map((t) => t.vendorRef), ["T-101", "T-102", undefined]);
  assert.equal(pep.targets[1].lead.name, "Mr Adeyemi");
  assert.equal(pep.targets.length, 3);
  assert.deepEqual(problems.console, [], "no console errors (CSP violations appear here)");
  assert.deepEqual(problems.foreignRequests, []);
  await page.close();
});
