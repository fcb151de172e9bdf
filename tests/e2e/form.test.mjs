// <pep-form> (issue 6): the whole PEP with its task list, by role. With the
// keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing), the
// social worker fills their gaps in the typical school-age PEP and signs off,
// then the designated teacher fills theirs, checks their answers and signs
// off; a sign-off attempt with gaps shows the error summary with one link per
// blocking finding; axe-core finds nothing in the empty, error and complete
// states; the vendor's own fields survive.
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

/** The focused element inside the page: its id and its label's text. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.labels?.[0]?.innerText ?? el?.getAttribute("aria-label") ?? el?.innerText ?? "";
    return { id: el?.id ?? "", tag: el?.tagName ?? "", label: label.trim() };
  });

/** Presses a key and waits two frames, for focus moved in an animation frame. */
async function press(page, key) {
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Presses Tab (or Shift+Tab) until the focused element's id ends with the pointer's id form. */
async function tabTo(page, pointer, { back = false, limit = 400 } = {}) {
  const suffix = pointer.replaceAll("/", "-");
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (now.id.endsWith(suffix)) return now;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${pointer}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Presses Tab until a button or link with this text has focus. */
async function tabToText(page, text, { back = false, limit = 600 } = {}) {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if ((now.tag === "BUTTON" || now.tag === "A") && now.label === text) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Types a date into a focused native date input, in the browser's field order. */
async function typeDate(page, iso) {
  const [y, m, d] = iso.split("-");
  const order = await page.evaluate(() => new Intl.DateTimeFormat().formatToParts(new Date(2026, 10, 23)).filter((p) => p.type !== "literal").map((p) => p.type));
  for (const part of order) await page.keyboard.type({ year: y, month: m, day: d }[part]);
}

async function fill(page, pointer, text) {
  await tabTo(page, pointer);
  await page.keyboard.type(text);
}

async function fillDate(page, pointer, iso) {
  await tabTo(page, pointer);
  await typeDate(page, iso);
}

/** Chooses an option of a focused select by typing the start of its words. */
async function choose(page, pointer, words) {
  await tabTo(page, pointer);
  await page.keyboard.type(words);
}

test("by keyboard alone, the social worker and then the designated teacher complete the school-age PEP's gaps and sign off", async () => {
  const { page, problems } = await open(browser, "/www/form.html?role=social-worker");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  assert.deepEqual(await axeViolations(page), [], "loaded");
  const signoffs = [];
  await page.exposeFunction("recordSignoff", (stage) => signoffs.push(stage));
  await page.evaluate(() => document.querySelector("pep-form").addEventListener("pep-signoff", (e) => window.recordSignoff(e.detail.stage)));

  // The social worker tries to sign off straight away: the error summary lists each gap.
  await page.locator("body").focus();
  await tabToText(page, "Check your answers");
  await press(page, "Enter");
  assert.match((await focused(page)).label, /Check your answers before signing off/);
  await tabToText(page, "Sign off");
  await press(page, "Enter");
  const summary = form.locator(".pep-error-summary");
  await summary.waitFor();
  const links = await summary.getByRole("link").allInnerTexts();
  // Six gaps, and the signer's name.
  assert.equal(links.length, 7, links.join("\n"));
  assert.equal(links.at(-1), "Enter your name as it should appear on the sign-off");
  assert.deepEqual(await axeViolations(page), [], "error state");
  await screenshot(page, "form-social-worker-errors");

  // Follow the first link: focus lands on the field; fixing it removes its link, live.
  assert.equal((await focused(page)).id.endsWith("-error-summary"), true);
  await page.keyboard.press("Tab");
  await press(page, "Enter");
  const first = await focused(page);
  assert.ok(first.id.endsWith("-socialWorker-contact-phone"), first.id);
  await page.keyboard.type("0300 123 4567");
  await summary.getByRole("link", { name: "Add a phone number or email address for the social worker" }).waitFor({ state: "detached" });

  // The rest, in the order of the form.
  await page.keyboard.press("Shift+Tab");
  await fillDate(page, "/care/placement/lastUpdated", "2026-11-02");
  await fillDate(page, "/care/carers/0/lastUpdated", "2026-11-02");
  await fillDate(page, "/additionalNeeds/ehcp/annualReviewDate", "2027-03-10");
  await fill(page, "/additionalNeeds/ehcp/summary", "Small-group literacy support, five hours a week; a quiet space for exams.");
  await tabToText(page, "Check your answers");
  await press(page, "Enter");
  await fillDate(page, "/nextPepDate", "2027-03-17");
  await fill(page, "/signOffs/socialWorker/name", "Chris Mensah");
  await tabToText(page, "Sign off");
  await press(page, "Enter");
  await form.getByText("Signed off by the social worker on 23 November 2026").waitFor();
  assert.deepEqual(signoffs, ["social-worker"]);
  let pep = await form.evaluate((el) => el.value);
  assert.equal(pep.status, "social-worker-signed");
  assert.equal(pep.signOffs.socialWorker.name, "Chris Mensah");
  assert.equal(pep.signOffs.socialWorker.date, "2026-11-23");

  // The designated teacher's turn, on the same PEP.
  await form.evaluate((el) => el.setAttribute("editor-role", "designated-teacher"));
  await form.getByRole("heading", { name: "Sign off as the designated teacher" }).waitFor();
  await page.locator("body").focus();
  await fill(page, "/attainment/subjects/0/autumn/intervention", "You have English catch-up with Ms Shah on Tuesdays and Thursdays.");
  await fill(page, "/previousTargets/0/comment", "You read most nights in the autumn; the reading log shows 40 nights.");
  await fill(page, "/targets/0/successMeasure", "Reading age up by six months on the spring test");
  await fill(page, "/targets/0/actions", "Twenty minutes of reading with Sam, five evenings a week");
  await fill(page, "/targets/0/lead/name", "Ms Shah");
  await fillDate(page, "/targets/0/deadline", "2027-03-12");
  await fill(page, "/targets/1/actions", "Weekly maths group with Mr Ellis on Wednesdays");
  await fill(page, "/targets/1/lead/name", "Mr Ellis");
  await choose(page, "/targets/1/areaOfNeed", "Attainment");
  // A third target, with "Add another target".
  await tabToText(page, "Add another target");
  await press(page, "Enter");
  assert.ok((await focused(page)).id.endsWith("-targets-2-outcome"));
  await page.keyboard.type("You will go to football club every Thursday after school");
  await fill(page, "/targets/2/successMeasure", "The club register shows 10 Thursdays by Easter");
  await fill(page, "/targets/2/actions", "Mr Ward signs you up and meets you at the gate each Thursday");
  await fill(page, "/targets/2/lead/name", "Mr Ward");
  await choose(page, "/targets/2/areaOfNeed", "Wider");
  await fillDate(page, "/targets/2/deadline", "2027-03-12");
  await choose(page, "/targets/2/timescale", "Short");
  await fill(page, "/meeting/notAttendedReason", "You had a dentist appointment that morning.");
  await fill(page, "/meeting/viewsSharedHow", "You talked to Ms Shah the day before and she wrote your views down.");
  await fill(page, "/meeting/attendanceNotes", "Two weeks off with flu in October; a morning check-in with Ms Ward since then.");
  await fill(page, "/views/goingWell", "Football and my friends.");
  await fill(page, "/views/findingHard", "Reading out loud.");
  await fill(page, "/views/wouldHelp", "Reading with Sam at home.");

  // Check your answers, change one, come back, sign off.
  await tabToText(page, "Check your answers");
  await press(page, "Enter");
  assert.deepEqual(await axeViolations(page), [], "check your answers");
  await fill(page, "/signOffs/designatedTeacher/name", "Priya Shah");
  await tabToText(page, "Sign off");
  await press(page, "Enter");
  await form.getByText("Signed off by the designated teacher on 23 November 2026").waitFor();
  assert.deepEqual(signoffs, ["social-worker", "designated-teacher"]);
  assert.equal(await summary.count(), 0, "no problems left");
  pep = await form.evaluate((el) => el.value);
  assert.equal(pep.status, "designated-teacher-signed");
  assert.equal(pep.targets.length, 3);
  assert.equal(pep.signOffs.designatedTeacher.nextPepDate, "2027-03-17");
  assert.deepEqual(await axeViolations(page), [], "complete");
  await screenshot(page, "form-designated-teacher-signed");
  assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
});

test("the virtual school confirms the suggested answers, must give a reason for changing one, and approves", async () => {
  const { page, problems } = await open(browser, "/www/qa.html?fixture=school-age-good");
  const qa = page.locator("pep-signoff");
  await qa.locator(".pep-qa").first().waitFor();
  const questions = qa.locator(".pep-qa");
  assert.equal(await questions.count(), 7);
  assert.match(await qa.innerText(), /Meets the expected standard: all seven answers are yes/);
  assert.deepEqual(await axeViolations(page), [], "loaded");

  // The officer disagrees with question 3 and forgets to say why.
  await questions.nth(2).getByLabel("No").check();
  assert.match(await qa.innerText(), /Does not meet the expected standard/);
  await qa.getByRole("button", { name: "Approve" }).click();
  const problem = qa.getByRole("link", { name: /Say why you answered question 3 differently/ });
  await problem.waitFor();
  assert.deepEqual(await axeViolations(page), [], "error state");
  await problem.click();
  assert.ok((await focused(page)).id.endsWith("-qa-2-reason"));
  await page.keyboard.type("The carer was not invited: the school had an old email address.");
  await qa.getByLabel("Feedback to the school and social worker").fill("A strong PEP. Please check the carer's contact details.");
  await qa.getByLabel("Your name").fill("Dana Okoro");
  const decided = page.evaluate(() => new Promise((resolve) => document.querySelector("pep-signoff").addEventListener("pep-signoff", (e) => resolve(e.detail), { once: true })));
  await qa.getByRole("button", { name: "Approve" }).click();
  const detail = await decided;
  assert.equal(detail.stage, "virtual-school");
  assert.equal(detail.value.status, "approved");
  const vs = detail.value.signOffs.virtualSchool;
  assert.equal(vs.judgement, "does-not-meet-standard");
  assert.deepEqual(vs.qa.peopleAttendedAndContributed, { met: false, comment: "The carer was not invited: the school had an old email address." });
  assert.equal(vs.qa.childVoiceRecorded.met, true);
  assert.equal(vs.name, "Dana Okoro");
  assert.equal(vs.date, "2026-11-23");
  await qa.getByText("Approved by the virtual school on 23 November 2026").waitFor();
  assert.deepEqual(await axeViolations(page), [], "approved");
  assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
});

test("a PEP with gaps cannot be approved; returned with a reason, the designated teacher sees the reason and the feedback at the top", async () => {
  const { page } = await open(browser, "/www/qa.html?fixture=school-age-gaps");
  const qa = page.locator("pep-signoff");
  await qa.locator(".pep-qa").first().waitFor();
  assert.match(await qa.locator(".pep-qa").nth(1).innerText(), /Suggested from the PEP: No[\s\S]*Add a phone number or email address for the social worker/);

  await qa.getByRole("button", { name: "Approve" }).click();
  await qa.getByRole("heading", { name: "There is a problem" }).first().waitFor();
  assert.ok((await qa.locator(".pep-error-summary").first().getByRole("link").count()) > 5, "one link per blocking finding");
  assert.notEqual(await qa.evaluate((el) => el.value.status), "approved");

  await qa.getByRole("button", { name: "Return to the school" }).click();
  await qa.getByRole("link", { name: /Say why the PEP is being returned/ }).waitFor();
  await qa.getByLabel("Why it is being returned").fill("Three targets are needed, and the young person's views are missing.");
  await qa.getByLabel("Feedback to the school and social worker").fill("Please add Ryan's views in his own words.");
  await qa.getByLabel("Your name").fill("Dana Okoro");
  await qa.getByRole("button", { name: "Return to the school" }).click();
  await qa.getByText("Returned to the school on 23 November 2026").waitFor();
  const pep = await qa.evaluate((el) => el.value);
  assert.equal(pep.status, "returned");
  assert.equal(pep.returnedReason, "Three targets are needed, and the young person's views are missing.");

  // The designated teacher opens it: the reason and the feedback come first.
  await qa.evaluate((el) => el.setAttribute("editor-role", "designated-teacher"));
  const banner = qa.getByRole("region", { name: "Returned by the virtual school" });
  await banner.waitFor();
  assert.match(await banner.innerText(), /Three targets are needed[\s\S]*Please add Ryan's views in his own words/);
  assert.deepEqual(await axeViolations(page), [], "returned, as the designated teacher sees it");
});

test("inside the portal's form: blocked with the error summary while gaps remain, then posts the whole PEP with the vendor's fields", async () => {
  const { page, problems } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  let posted = null;
  page.on("request", (request) => {
    if (request.method() === "POST") posted = request.postData();
  });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await form.getByRole("heading", { name: "There is a problem" }).waitFor();
  assert.equal(posted, null, "the host form did not submit");
  const inner = await page.evaluate(() => [...document.querySelector("form").elements].filter((e) => e.closest("pep-form") && ["input", "select", "textarea"].includes(e.localName)).length);
  assert.equal(inner, 0, "pepkit's own fields are not the host form's");
  assert.ok((await focused(page)).id.endsWith("-error-summary"), "focus moves to the summary");

  // A complete PEP, with fields pepkit does not know, goes through.
  await form.evaluate(async (el) => {
    const pep = await fetch("/fixtures/school-age-good.json").then((r) => r.json());
    el.value = { ...pep, vendorCaseId: "C-77", meeting: { ...pep.meeting, vendorRoom: "B12" } };
  });
  await form.getByRole("heading", { name: "There is a problem" }).waitFor({ state: "detached" });
  await Promise.all([page.waitForURL(/\/www\/saved\.html$/), page.getByRole("button", { name: "Save and continue" }).click()]);
  const pep = JSON.parse(new URLSearchParams(posted).get("pep"));
  assert.equal(pep.vendorCaseId, "C-77");
  assert.equal(pep.meeting.vendorRoom, "B12");
  assert.deepEqual(problems.console, []);
});

test("leaving a section you have worked in shows its errors there and then, with a quiet summary", async () => {
  const { page } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  const message = form.getByText("English (autumn term) is not on track or making less than expected progress: write in the intervention in place");
  const intervention = form.locator("[id$='-attainment-subjects-0-autumn-intervention']");
  await intervention.focus();
  await page.keyboard.type("x");
  await page.keyboard.press("Backspace");
  assert.equal(await message.count(), 0, "no error while still in the section");
  // Leave the section for the targets.
  await form.locator("[id$='-targets-0-outcome']").focus();
  await message.first().waitFor();
  // The errors on show have their summary, with a link to each, but no alert
  // interrupts: nobody has tried to sign off or submit yet.
  const summary = form.locator(".pep-error-summary");
  assert.deepEqual(await summary.getByRole("link").allInnerTexts(), [await message.first().innerText().then((t) => t.replace(/^Error:\s*/, ""))]);
  assert.equal(await summary.getByRole("alert").count(), 0);
  assert.equal(await intervention.getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axeViolations(page), []);
});

test("custody details are asked only once custody or remand is chosen", async () => {
  const { page } = await open(browser, "/www/form.html?role=social-worker&fixture=school-age-good");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  const held = form.getByLabel("Where they are held");
  assert.equal(await held.count(), 0);
  const custody = form.getByRole("group", { name: "Are they in custody or on remand?" });
  await custody.getByLabel("On remand", { exact: true }).check();
  await held.waitFor();
  await held.fill("Wetherby YOI");
  assert.deepEqual(await form.evaluate((el) => el.value.custody), { status: "remand", establishment: "Wetherby YOI" });
  // No longer held: the details leave the PEP with the question...
  await custody.getByLabel("Not in custody or on remand", { exact: true }).check();
  await held.waitFor({ state: "detached" });
  assert.equal(await form.evaluate((el) => el.value.custody), undefined);
  // ...and come back if it was a slip.
  await custody.getByLabel("In custody", { exact: true }).check();
  assert.equal(await held.inputValue(), "Wetherby YOI");
  assert.deepEqual(await form.evaluate((el) => el.value.custody), { status: "custody", establishment: "Wetherby YOI" });
  assert.deepEqual(await axeViolations(page), []);
});

/** Waits two animation frames (focus moves in one). */
const frames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test("numbers show as typed, and text that is not a number is an error, not lost", async () => {
  const { page } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  const attendance = form.locator("[id$='-meeting-attendancePercent']");
  assert.equal(await attendance.getAttribute("inputmode"), "decimal");
  await attendance.fill("");
  await attendance.pressSequentially("93.5");
  assert.equal(await attendance.inputValue(), "93.5");
  assert.equal(await form.evaluate((el) => el.value.meeting.attendancePercent), 93.5);
  await attendance.fill("");
  await attendance.pressSequentially("95");
  assert.equal(await attendance.inputValue(), "95", "no 9.0 on the way");
  assert.equal(await form.evaluate((el) => el.value.meeting.attendancePercent), 95);
  await attendance.pressSequentially("x");
  assert.equal(await attendance.inputValue(), "95x", "what was typed stays on screen");
  assert.equal(await form.evaluate((el) => el.value.meeting.attendancePercent), 95, "the PEP keeps the last number");

  const year = form.locator("[id$='-schoolAge-yearGroup']");
  await year.fill("7.5");
  await year.fill("300");
  await page.getByRole("button", { name: "Save and continue" }).click();
  const summary = form.locator(".pep-error-summary");
  await summary.waitFor();
  const links = await summary.getByRole("link").allInnerTexts();
  assert.ok(links.includes("Attendance (%) must be a number"), links.join("\n"));
  assert.ok(links.includes("Year group must be 0 for Reception, 1 to 11 for Years 1 to 11"), links.join("\n"));
  assert.equal(await year.getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axeViolations(page), []);
  // Put right, the error goes without another submit.
  await attendance.fill("95");
  await summary.getByRole("link", { name: "Attendance (%) must be a number" }).waitFor({ state: "detached" });
  await year.fill("9");
  assert.equal(await form.evaluate((el) => el.value.schoolAge.yearGroup), 9);
  await summary.getByRole("link", { name: /^Year group must be/ }).waitFor({ state: "detached" });
});

test("a failed sign-off's links reach the sign-off's own questions, and a sign-off needs a name", async () => {
  const { page } = await open(browser, "/www/form.html?role=social-worker&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  let signed = 0;
  await page.exposeFunction("countSignoff", () => signed++);
  await page.evaluate(() => document.querySelector("pep-form").addEventListener("pep-signoff", () => window.countSignoff()));
  await form.getByRole("button", { name: "Check your answers" }).click();
  await form.getByRole("button", { name: "Sign off" }).click();
  const summary = form.locator(".pep-error-summary");
  await summary.getByRole("link", { name: "Add the date of the next PEP meeting: each sign-off needs it" }).click();
  await frames(page);
  const date = await page.evaluate(() => ({ id: document.activeElement.id, visible: document.activeElement.checkVisibility() }));
  assert.ok(date.id.endsWith("-nextPepDate") && date.visible, JSON.stringify(date));
  await summary.getByRole("link", { name: "Enter your name as it should appear on the sign-off" }).click();
  await frames(page);
  const name = await page.evaluate(() => ({ id: document.activeElement.id, visible: document.activeElement.checkVisibility() }));
  assert.ok(name.id.endsWith("-signOffs-socialWorker-name") && name.visible, JSON.stringify(name));
  assert.equal(signed, 0);
  assert.equal(await form.evaluate((el) => el.value.signOffs?.socialWorker), undefined, "no half-made sign-off");
});

test("a social worker signing again after the designated teacher leaves the status where it was", async () => {
  const { page } = await open(browser, "/www/form.html?role=social-worker&fixture=school-age-good");
  const form = page.locator("pep-form");
  await form.evaluate(async (el) => {
    const pep = await fetch("/fixtures/school-age-good.json").then((r) => r.json());
    delete pep.signOffs.virtualSchool;
    el.value = { ...pep, status: "designated-teacher-signed" };
  });
  await form.getByRole("button", { name: "Check your answers" }).click();
  await form.getByLabel("Your name").fill("Daniel Hughes");
  await form.getByRole("button", { name: "Sign off" }).click();
  await form.getByText("Signed off by the social worker on 23 November 2026").waitFor();
  const pep = await form.evaluate((el) => el.value);
  assert.equal(pep.status, "designated-teacher-signed");
  assert.equal(pep.signOffs.socialWorker.date, "2026-11-23");
});

test("the virtual school cannot approve a PEP the designated teacher never signed", async () => {
  const { page } = await open(browser, "/www/qa.html?fixture=school-age-good");
  const qa = page.locator("pep-signoff");
  await qa.evaluate(async (el) => {
    const pep = await fetch("/fixtures/school-age-good.json").then((r) => r.json());
    delete pep.signOffs.designatedTeacher;
    delete pep.signOffs.virtualSchool;
    el.value = { ...pep, status: "social-worker-signed" };
  });
  await qa.locator(".pep-qa").first().waitFor();
  await qa.getByLabel("Your name").fill("Dana Okoro");
  await qa.getByRole("button", { name: "Approve" }).click();
  const link = qa.getByRole("link", { name: /the designated teacher signs off first/ });
  await link.waitFor();
  assert.notEqual(await qa.evaluate((el) => el.value.status), "approved");
  assert.equal(await qa.evaluate((el) => el.value.signOffs.virtualSchool), undefined);
  await link.click();
  await frames(page);
  assert.match(await page.evaluate(() => document.activeElement.innerText), /Quality assurance and sign-off/);
  // The officer's problems are linked like any other field's.
  await qa.locator(".pep-qa").nth(2).getByLabel("No").check();
  await qa.getByRole("button", { name: "Approve" }).click();
  const reason = qa.getByLabel("Why you answered differently");
  await qa.getByRole("link", { name: /Say why you answered question 3 differently/ }).waitFor();
  assert.equal(await reason.getAttribute("aria-invalid"), "true");
  assert.match(await reason.getAttribute("aria-describedby"), /-qa-2-reason-error/);
  // Put right, the problem goes at once, without another try.
  await reason.fill("The carer was not invited.");
  await qa.getByRole("link", { name: /Say why you answered question 3 differently/ }).waitFor({ state: "detached" });
  assert.deepEqual(await axeViolations(page), []);
});

test("read-only sections show their errors, and every summary link lands on something", async () => {
  const { page } = await open(browser, "/www/form.html?role=virtual-school&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  await form.getByLabel("Your name").fill("Dana Okoro");
  await form.getByRole("button", { name: "Approve" }).click();
  const links = form.locator(".pep-error-summary").getByRole("link");
  await links.first().waitFor();
  const count = await links.count();
  assert.ok(count > 5, `${count} links`);
  for (let i = 0; i < count; i++) {
    await links.nth(i).click();
    await frames(page);
    const at = await page.evaluate(() => ({ tag: document.activeElement.localName, id: document.activeElement.id, visible: document.activeElement.checkVisibility() }));
    assert.ok(at.tag !== "body" && at.tag !== "a" && at.visible, `link ${i}: ${JSON.stringify(at)}`);
  }
  // A target's finding shows beside the target, read-only.
  assert.ok((await form.locator(".pep-summary__row--error").count()) > 0);
  assert.deepEqual(await axeViolations(page), []);
});

test("<pep-progress> has no sign-off; <pep-signoff> on its own shows the answers to check, and its links land", async () => {
  const { page } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  await page.locator("pep-form .pep-task-list").waitFor();
  await page.evaluate(async () => {
    const pep = await fetch("/fixtures/school-age-gaps.json").then((r) => r.json());
    for (const name of ["pep-progress", "pep-signoff"]) {
      const el = document.createElement(name);
      el.setAttribute("editor-role", "designated-teacher");
      el.setAttribute("today", "2026-11-23");
      el.value = pep;
      document.querySelector("main").append(el);
    }
  });
  const progress = page.locator("pep-progress");
  await progress.locator("section").first().waitFor();
  assert.equal(await progress.getByRole("button", { name: "Sign off" }).count(), 0);
  const signoff = page.locator("pep-signoff");
  await signoff.getByRole("heading", { name: "Check your answers before signing off" }).waitFor();
  assert.ok((await signoff.locator(".pep-summary__row").count()) > 10, "the designated teacher's answers");
  await signoff.getByLabel("Your name").fill("Priya Shah");
  await signoff.getByRole("button", { name: "Sign off" }).click();
  const link = signoff.locator(".pep-error-summary").getByRole("link").first();
  await link.click();
  await frames(page);
  const at = await page.evaluate(() => ({ inside: !!document.activeElement.closest("pep-signoff"), tag: document.activeElement.localName, visible: document.activeElement.checkVisibility() }));
  assert.ok(at.inside && at.tag !== "a" && at.visible, JSON.stringify(at));
  assert.deepEqual(await axeViolations(page), []);
});

test("inside a host's shadow root, the error summary's links still move focus", async () => {
  const { page } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  await page.locator("pep-form .pep-task-list").waitFor();
  await page.evaluate(async () => {
    const pep = await fetch("/fixtures/school-age-gaps.json").then((r) => r.json());
    const host = document.createElement("div");
    host.id = "shadow-host";
    document.querySelector("main").append(host);
    const root = host.attachShadow({ mode: "open" });
    const el = document.createElement("pep-smart-targets");
    el.setAttribute("today", "2026-11-23");
    el.value = pep;
    root.append(el);
  });
  const widget = page.locator("#shadow-host pep-smart-targets");
  await widget.locator("fieldset").first().waitFor();
  await widget.evaluate((el) => el.showErrors());
  const link = widget.locator(".pep-error-summary").getByRole("link").first();
  await link.click();
  await frames(page);
  const id = await page.evaluate(() => document.getElementById("shadow-host").shadowRoot.activeElement?.id ?? "");
  assert.match(id, /^pep\d+-targets/);
});

test("the character count speaks once typing pauses, not on every key", async () => {
  const { page } = await open(browser, "/www/form.html?role=designated-teacher&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  const field = form.locator("[id$='-meeting-attendanceNotes']");
  await field.fill("a".repeat(3500));
  const live = form.locator("[id$='-meeting-attendanceNotes-count'] + [aria-live]");
  await page.waitForTimeout(1300);
  assert.equal(await live.innerText(), "You have 500 characters remaining");
  await live.evaluate((el) => {
    window.spoken = [];
    new MutationObserver(() => window.spoken.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await field.pressSequentially("bbbbb", { delay: 30 });
  assert.deepEqual(await page.evaluate(() => window.spoken), [], "nothing spoken while typing");
  await page.waitForTimeout(1300);
  assert.deepEqual(await page.evaluate(() => window.spoken.at(-1)), "You have 495 characters remaining");
  assert.equal(await form.locator("[id$='-meeting-attendanceNotes-count']").innerText(), "You have 495 characters remaining");
});

test("a young person using <pep-form> is held up only by their own answers, in their words", async () => {
  const { page } = await open(browser, "/www/form.html?role=young-person&fixture=school-age-gaps");
  const form = page.locator("pep-form");
  await form.locator(".pep-task-list").waitFor();
  assert.equal(await form.evaluate((el) => el.checkValidity()), true, "their views not yet written is for the adults");
  await form.evaluate((el) => el.showErrors());
  await frames(page);
  assert.equal(await form.locator(".pep-error-summary").count(), 0);
  assert.equal(await form.getByRole("button", { name: "Sign off" }).count(), 0);
});
