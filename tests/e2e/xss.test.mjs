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

/** Keys whose values are free text in the PEP model (not dates or choices). */
const FREE_TEXT = new Set(["name", "preferredName", "legalStatus", "localAuthority", "placementType", "description", "relationship", "reason", "history", "organisation", "role", "details", "summary", "overview", "strengths", "areasForDevelopment", "subject", "level", "targetEndOfKeyStage", "workingAt", "intervention", "outcome", "successMeasure", "actions", "support", "comment", "notAttendedReason", "viewsSharedHow", "attendancePeriod", "attendanceNotes", "wellbeingNotes", "discussion", "action", "owner", "view", "futurePlan", "aspirations", "goingWell", "findingHard", "wouldHelp", "anythingElse", "supportedBy", "careers", "feedback", "returnedReason", "to", "plan", "course"]);

/** The fixture with every free-text value replaced by a payload, in turn. */
function poisoned(pep, payloads) {
  let n = 0;
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" && FREE_TEXT.has(k) ? payloads[n++ % payloads.length] : walk(x)]));
    }
    return v;
  };
  const out = walk(pep);
  return { pep: out, used: Math.min(n, payloads.length) };
}

// Each element, and how many payloads it shows at least (the fields it has
// that the fixture fills; a caseload shows names and schools).
for (const [element, attrs, least] of [
  ["pep-form", 'editor-role="designated-teacher"', 20],
  ["pep-form", 'editor-role="read-only"', 20],
  ["pep-signoff", 'editor-role="virtual-school"', 2],
  ["pep-my-views", "", 5],
  ["pep-my-views", 'editor-role="designated-teacher"', 5],
  ["pep-young-person-view", "", 10],
  ["pep-caseload", "", 1],
]) {
  test(`payloads in every free-text field of a PEP render as text in <${element} ${attrs}> and run nothing`, async () => {
    const { page, problems } = await open(browser, "/www/form.html?role=read-only");
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      d.dismiss();
    });
    await page.exposeFunction("pwned", () => {
      throw new Error("a payload ran");
    });
    await page.locator("#pep .pep-task-list").waitFor();
    const fixture = await page.evaluate(() => fetch("/fixtures/school-age-good.json").then((r) => r.json()));
    const { pep, used } = poisoned(fixture, XSS_PAYLOADS);
    assert.ok(used >= 30, `only ${used} payloads placed`);
    const found = await page.evaluate(
      async ({ element, attrs, pep, payloads }) => {
        const host = document.createElement("div");
        host.innerHTML = `<${element} today="2026-11-23" ${attrs}></${element}>`;
        document.querySelector("main").append(host);
        const el = host.firstElementChild;
        el.value = element === "pep-caseload" ? [pep, pep] : pep;
        await new Promise((resolve) => setTimeout(resolve, 800));
        const text = el.innerText + "\n" + [...el.querySelectorAll("input, textarea")].map((f) => f.value).join("\n");
        const handlers = [...el.querySelectorAll("*")].flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${node.tagName} ${a.name}`));
        return {
          shown: payloads.filter((p) => text.includes(p)).length,
          dangerous: el.querySelectorAll("script, img, iframe, object, embed, link, style, meta, base, form").length,
          handlers,
        };
      },
      { element, attrs, pep, payloads: XSS_PAYLOADS },
    );
    assert.equal(found.dangerous, 0, "no element from a payload");
    assert.deepEqual(found.handlers, [], "no event-handler attribute from a payload");
    assert.ok(found.shown >= least, `payloads shown as text: ${found.shown}`);
    assert.equal(dialogs, 0);
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
}
