// The young person's view and "My views" (issue 7). For each kind of PEP the
// plan reads in the second person, with the council's title, the next review
// date in words and a progress picture with a text alternative; axe-core
// finds nothing; nothing scrolls sideways on a 320x640 phone; a screenshot of
// each is saved. A young person fills in <pep-my-views> with the keyboard
// alone; the value holds their answers and the designated teacher's form
// shows them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, axeViolations, screenshot } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const fixture of ["early-years-good", "school-age-good", "post-16-good"]) {
  test(`the young person's view of ${fixture} speaks to them, fits a phone and passes axe`, async () => {
    const { page, problems } = await open(browser, `/www/young-person.html?fixture=${fixture}`);
    await page.setViewportSize({ width: 320, height: 640 });
    const view = page.locator("pep-young-person-view");
    await view.locator(".pep-yp-view").waitFor();
    const text = await view.innerText();

    assert.equal(await view.getByRole("heading", { level: 2 }).innerText(), "My Education Review");
    assert.match(text, /^Hi [A-Z][a-z]+\.$/m, "greets them by name");
    // Second person throughout pepkit's own words: headings and sentences.
    for (const heading of ["What is going well", "What you are working on", "How you are doing in each subject", "How often you came in", "What people said", "When we meet next"]) {
      assert.ok(await view.getByRole("heading", { name: heading }).isVisible(), heading);
    }
    assert.doesNotMatch(text, /\b(PEP|LAC|CLA|SMART|DT|VSH)\b/, "no jargon or acronyms of ours");
    assert.match(text, /Your next Education Review is on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\./);

    // The progress picture: an image with a title and a description, and a table saying the same.
    const chart = view.getByRole("img", { name: "Your subjects, term by term" });
    assert.ok(await chart.isVisible());
    const description = await chart.evaluate((svg) => svg.querySelector("desc").textContent);
    assert.match(description, /(Going well|Going really well|Needs more help)/);
    const table = view.getByRole("table", { name: "Your subjects, term by term" });
    assert.ok((await table.getByRole("row").count()) >= 2, "a row per subject");
    assert.ok(await view.getByRole("img", { name: /^\d+%$/ }).isVisible(), "attendance picture");

    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scrollWidth <= clientWidth, `scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `young-person-${fixture}`);

    // On paper: the portal's chrome goes, the plan stays.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".portal-header").isVisible(), false);
    assert.ok(await view.getByRole("heading", { name: "What you are working on" }).isVisible());
    assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
  });
}

test("the council's own title for the plan is used everywhere", async () => {
  const { page } = await open(browser, "/www/young-person.html?fixture=school-age-good");
  const view = page.locator("pep-young-person-view");
  await view.locator(".pep-yp-view").waitFor();
  await view.evaluate((el) => {
    el.config = { terminology: { youngPersonTitle: "My Learning Plan" } };
  });
  await view.getByRole("heading", { name: "My Learning Plan" }).waitFor();
  assert.match(await view.innerText(), /Your next Learning Plan is on /);
});

test("a young person fills in My views by keyboard; the value holds their answers and the designated teacher's form shows them", async () => {
  const { page, problems } = await open(browser, "/www/my-views.html");
  const mine = page.locator("#mine");
  await mine.getByRole("heading", { name: "My views" }).waitFor();
  await page.locator("#teacher").getByRole("heading", { name: /views$/ }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "empty");

  // From the top of the page: Tab into the scale, arrows to choose, Tab on.
  await page.locator("body").focus();
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.labels?.[0]?.innerText ?? el.textContent).trim() : "";
  });
  for (let i = 0; i < 20 && (await focused()) !== "Really hard"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "Really hard", "the scale is reached by Tab");
  await page.keyboard.press("ArrowRight"); // Hard
  await page.keyboard.press("ArrowRight"); // OK
  await page.keyboard.press("ArrowRight"); // Good
  assert.equal(await focused(), "Good");

  const answers = [
    ["What is going well?", "Art club on Tuesdays and my new friend Sam."],
    ["What is hard right now?", "Maths tests make me feel sick."],
    ["What would help you?", "Doing practice tests with Mr Ellis first."],
    ["What would you like to do in the future?", "Be a vet or work with animals."],
    ["Is there anything else you want to say?", "I like my school."],
    ["Did someone help you write this?", "Grace, my carer"],
  ];
  for (const [question, answer] of answers) {
    await page.keyboard.press("Tab");
    assert.equal(await focused(), question);
    await page.keyboard.type(answer);
  }

  const views = await mine.evaluate((el) => el.value.views);
  assert.deepEqual(views, {
    schoolFeeling: "good",
    goingWell: answers[0][1],
    findingHard: answers[1][1],
    wouldHelp: answers[2][1],
    aspirations: answers[3][1],
    anythingElse: answers[4][1],
    supportedBy: answers[5][1],
  });

  // The designated teacher sees every answer, and cannot change them.
  const teacher = page.locator("#teacher");
  const teacherText = await teacher.innerText();
  for (const [, answer] of answers) assert.ok(teacherText.includes(answer), answer);
  assert.ok(teacherText.includes("Good"));
  assert.equal(await teacher.locator("textarea, input").count(), 0);
  assert.deepEqual(await axeViolations(page), [], "filled in");
  await screenshot(page, "my-views");
  assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
});

test("an answer over the limit is shown kindly, counted, and blocks the host form until shortened", async () => {
  const { page } = await open(browser, "/www/my-views.html");
  const mine = page.locator("#mine");
  const field = mine.getByLabel("Is there anything else you want to say?");
  await field.waitFor();
  await field.fill("a".repeat(3000));
  await mine.getByText("You can write 1000 more letters.").waitFor();
  await field.fill("a".repeat(4003));
  await mine.getByText("You have written 3 letters too many.").waitFor();
  await page.getByRole("button", { name: "Send my views" }).click();
  await mine.getByRole("heading", { name: "There is a problem" }).waitFor();
  assert.equal(page.url().endsWith("/www/my-views.html"), true, "the host form did not submit");
  assert.deepEqual(await axeViolations(page), [], "error state");
  await field.fill("a".repeat(4000));
  await mine.getByText("You can write 0 more letters.").waitFor();
  assert.equal(await mine.getByRole("heading", { name: "There is a problem" }).count(), 0);
});

test("the young person's own views: nothing said yet does not hold up the host form; too long does, in words written to them", async () => {
  const { page, problems } = await open(browser, "/www/my-views.html");
  const mine = page.locator("#mine");
  await mine.getByRole("heading", { name: "My views" }).waitFor();
  // Their views not yet recorded is the adults' business, not their mistake.
  assert.equal(await mine.evaluate((el) => el.checkValidity()), true, "nothing said yet is not an error of theirs");
  await mine.evaluate((el) => el.showErrors());
  assert.equal(await mine.getByRole("heading", { name: "There is a problem" }).count(), 0);

  // The council words a too-long answer for the young person.
  const words = "This is too long. Please use 4000 letters or fewer.";
  await mine.evaluate((el) => {
    el.config = { messages: { "field-limits.yp": "This is too long. Please use {max} letters or fewer." } };
  });
  const field = mine.getByLabel("Is there anything else you want to say?");
  await field.fill("a".repeat(4001));
  await page.getByRole("button", { name: "Send my views" }).click();
  const summary = mine.locator(".pep-error-summary");
  await summary.getByRole("link", { name: words }).waitFor();
  assert.equal(await summary.getByRole("link").count(), 1, "only the answer that is too long");
  assert.equal(page.url().endsWith("/www/my-views.html"), true, "the host form did not submit");
  assert.ok((await mine.locator(".pep-error-message").innerText()).endsWith(words), "the inline error too");
  assert.doesNotMatch(await mine.innerText(), /characters or fewer|Record the young person/, "none of the professionals' wording");
  assert.deepEqual(await axeViolations(page), [], "error state");

  // Emptied again: nothing holds the form up, and it submits.
  await field.fill("");
  await Promise.all([page.waitForURL("**/www/saved.html"), page.getByRole("button", { name: "Send my views" }).click()]);
  assert.deepEqual(problems.pageErrors, []);
});
