// <pep-smart-targets> inside each demo host: the plain vendor portal, GOV.UK
// Frontend, Bootstrap 5 and React 18. On every page, axe-core finds nothing in
// the empty state (loaded, nothing typed), the error state (a submit attempt
// with gaps) and the complete state (every blocking gap filled); the CSP
// blocks nothing, nothing leaves for another origin, and the host's own field
// and button look exactly as the host's design system makes them, with or
// without pepkit's stylesheet.
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
const problemHeading = (page) => page.getByRole("heading", { name: "There is a problem" });

/** Fills whatever a target still lacks, by label, as a person would; leaves what is there. */
async function complete(page, n) {
  const t = target(page, n);
  const fill = async (label, text) => {
    const field = t.getByLabel(label, { exact: true });
    if ((await field.inputValue()) === "") await field.fill(text);
  };
  const choose = async (label, option) => {
    const field = t.getByLabel(label, { exact: true });
    if ((await field.inputValue()) === "") await field.selectOption(option);
  };
  await fill("What will be achieved?", "Read one novel from the English Literature list by February half term");
  await fill("How will everyone know?", "Teacher marks the reading log at grade 4 or above");
  await fill("Actions and strategies", "Two 20-minute sessions a week with the subject teacher");
  await fill("Who leads this target?", "Mr Adeyemi");
  await choose("Which need does it meet?", "attainment");
  await fill("Deadline", "2027-01-22");
  await choose("Short or long term?", "short-term");
}

/** Completes every target and adds targets until there are three. */
async function completeAll(page) {
  let count = await page.getByRole("group", { name: /^Target \d+$/ }).count();
  for (let n = 1; n <= count; n++) await complete(page, n);
  while (count < 3) {
    await page.getByRole("button", { name: "Add another target" }).click();
    count++;
    await complete(page, count);
  }
}

/** The computed styles that make a host's field or button look like its design system. */
const LOOK = ["backgroundColor", "color", "borderTopColor", "borderTopWidth", "borderTopLeftRadius", "fontFamily", "fontSize", "fontWeight", "paddingTop", "height"];

async function look(locator) {
  return locator.evaluate((el, props) => {
    const style = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, style[p]]));
  }, LOOK);
}

/** The host's own elements look the same with pepkit's stylesheet on and off. */
async function assertNotRestyled(page, locators) {
  const withPepkit = await Promise.all(locators.map(look));
  await page.evaluate(() => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"][href*="pepkit.css"]')) link.disabled = true;
  });
  const withoutPepkit = await Promise.all(locators.map(look));
  await page.evaluate(() => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"][href*="pepkit.css"]')) link.disabled = false;
  });
  assert.deepEqual(withPepkit, withoutPepkit, "pepkit.css changes none of the host's own elements");
}

const HOSTS = [
  {
    name: "govuk",
    path: "/www/govuk.html",
    title: "GOV.UK Frontend",
    field: (page) => page.getByLabel("Case reference"),
    button: (page) => page.getByRole("button", { name: "Save and continue" }),
    skipLink: "Skip to main content",
    // govuk-button and govuk-input as GOV.UK Frontend 5 sets them.
    buttonLook: { backgroundColor: "rgb(0, 112, 60)", color: "rgb(255, 255, 255)", borderTopLeftRadius: "0px" },
    fieldLook: { borderTopColor: "rgb(11, 12, 12)", borderTopWidth: "2px", borderTopLeftRadius: "0px", height: "40px" },
    caseReference: "EPEP-2026-004417",
  },
  {
    name: "bootstrap",
    path: "/www/bootstrap.html",
    title: "Bootstrap 5",
    field: (page) => page.getByLabel("Case reference"),
    button: (page) => page.getByRole("button", { name: "Save and continue" }),
    skipLink: "Skip to main content",
    // btn-primary and form-control as Bootstrap 5.3 sets them.
    buttonLook: { backgroundColor: "rgb(13, 110, 253)", color: "rgb(255, 255, 255)", borderTopLeftRadius: "6px" },
    fieldLook: { borderTopColor: "rgb(222, 226, 230)", borderTopWidth: "1px", borderTopLeftRadius: "6px" },
    caseReference: "EPEP-2026-004417",
  },
  {
    name: "react",
    path: "/www/react.html",
    title: "React",
    field: (page) => page.getByLabel("Case reference"),
    button: (page) => page.getByRole("button", { name: "Save and continue" }),
    // .portal-button and .portal-input from www/portal.css.
    buttonLook: { backgroundColor: "rgb(38, 50, 56)", color: "rgb(255, 255, 255)" },
    fieldLook: { borderTopColor: "rgb(38, 50, 56)", borderTopWidth: "1px", borderTopLeftRadius: "4px" },
    caseReference: "EPEP-2026-004417",
  },
  {
    name: "portal",
    path: "/",
    title: "the plain vendor portal",
    button: (page) => page.getByRole("button", { name: "Save and continue" }),
    buttonLook: { backgroundColor: "rgb(38, 50, 56)", color: "rgb(255, 255, 255)" },
  },
];

for (const host of HOSTS) {
  test(`${host.title}: no axe violations empty, with errors and complete; the host keeps its look; the form submits once nothing blocks`, async () => {
    const { page, problems } = await open(browser, host.path);
    await target(page, 2).getByLabel("Who leads this target?").waitFor();
    if (host.skipLink) assert.equal(await page.getByRole("link", { name: host.skipLink }).count(), 1);

    // Empty: loaded, nothing typed, nothing red.
    assert.equal(await problemHeading(page).count(), 0);
    await screenshot(page, `hosts-${host.name}-empty`);
    assert.deepEqual(await axeViolations(page), [], "empty state");

    // The host's own field and button look as its design system makes them.
    const button = host.button(page);
    const hostElements = [button, ...(host.field ? [host.field(page)] : [])];
    const buttonLook = await look(button);
    for (const [prop, value] of Object.entries(host.buttonLook)) assert.equal(buttonLook[prop], value, `host button ${prop}`);
    if (host.field) {
      const fieldLook = await look(host.field(page));
      for (const [prop, value] of Object.entries(host.fieldLook)) assert.equal(fieldLook[prop], value, `host field ${prop}`);
      assert.equal(await host.field(page).inputValue(), host.caseReference);
    }
    await assertNotRestyled(page, [...hostElements, page.getByRole("heading", { level: 1 })]);

    let posted = null;
    page.on("request", (request) => {
      if (request.method() === "POST") posted = request.postData();
    });

    // Error: the host's submit with gaps shows pepkit's summary and does not submit.
    await button.click();
    await problemHeading(page).waitFor();
    assert.equal(new URL(page.url()).pathname, host.path, "the host form did not submit");
    assert.equal(posted, null);
    await screenshot(page, `hosts-${host.name}-error`);
    assert.deepEqual(await axeViolations(page), [], "error state");

    // Complete: fill what blocks until the summary goes.
    await completeAll(page);
    await problemHeading(page).waitFor({ state: "detached" });
    if (host.name === "react") await page.getByText("The targets have no problems.").waitFor();
    await screenshot(page, `hosts-${host.name}-complete`);
    assert.deepEqual(await axeViolations(page), [], "complete state");
    await assertNotRestyled(page, hostElements);

    // The host field is the host's own: a changed value is submitted with the PEP.
    if (host.field) {
      await host.field(page).fill("EPEP-2026-004418");
      assert.equal(await host.field(page).inputValue(), "EPEP-2026-004418");
    }
    await Promise.all([page.waitForURL(`${BASE}/www/saved.html`), button.click()]);
    const form = new URLSearchParams(posted);
    if (host.field) assert.equal(form.get("caseReference"), "EPEP-2026-004418");
    const pep = JSON.parse(form.get("pep"));
    assert.equal(pep.targets.length, 3);
    if (host.field) assert.equal(pep.vendorCaseId, "EPEP-2026-004417", "the fixture's vendor fields survive");

    assert.deepEqual(problems.console, [], "no console errors (CSP violations appear here)");
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
    await page.close();
  });
}

test("the drafts page: no axe violations empty, with errors and complete", async () => {
  const { page, problems } = await open(browser, "/www/drafts.html");
  await target(page, 1).getByLabel("Who leads this target?").waitFor();
  assert.deepEqual(await axeViolations(page), [], "empty state");

  // No host form here: the host asks for the errors as a sign-off button would.
  await page.evaluate(() => document.getElementById("targets").showErrors());
  await problemHeading(page).waitFor();
  assert.deepEqual(await axeViolations(page), [], "error state");

  await completeAll(page);
  await problemHeading(page).waitFor({ state: "detached" });
  assert.deepEqual(await axeViolations(page), [], "complete state");
  assert.deepEqual(problems.console, [], "no console errors (CSP violations appear here)");
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await page.close();
});
