// Drafts: with autosave on, a reload restores what was typed; with autosave
// off (the default), nothing is written to storage; editing makes no network
// request of its own.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, axeViolations } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const leadField = (page) => page.getByRole("group", { name: "Target 1" }).getByLabel("Who leads this target?");

test("with autosave on, a reload restores the draft, vendor fields and all", async () => {
  const { page, problems } = await open(browser, "/www/drafts.html");
  await leadField(page).fill("Mr Adeyemi");
  await page.waitForFunction(() => sessionStorage.getItem("pepkit:draft:demo-jamie")?.includes("Mr Adeyemi"));
  await page.reload();
  await leadField(page).waitFor();
  assert.equal(await leadField(page).inputValue(), "Mr Adeyemi");
  await page.getByRole("status").filter({ hasText: "Your unsaved changes have been restored." }).waitFor();
  const value = await page.evaluate(() => document.getElementById("targets").value);
  assert.equal(value.targets[0].vendorRef, "T-102");
  assert.equal(value.targets[0].lead?.name, "Mr Adeyemi", "the value is the draft on show, before any edit");
  assert.deepEqual(await axeViolations(page), []);

  // Once the host has saved, it clears the draft; the next load starts from its value.
  await page.evaluate(() => document.getElementById("targets").clearDraft());
  assert.equal(await page.evaluate(() => sessionStorage.getItem("pepkit:draft:demo-jamie")), null);
  await page.reload();
  await leadField(page).waitFor();
  assert.equal(await leadField(page).inputValue(), "");
  assert.deepEqual(problems.foreignRequests, []);
  await page.close();
});

test("with autosave off, nothing is stored and editing makes no network request", async () => {
  const { page, problems } = await open(browser, "/");
  const lead = page.getByRole("group", { name: "Target 2" }).getByLabel("Who leads this target?");
  await lead.waitFor();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await lead.pressSequentially("Mr Adeyemi");
  await page.getByRole("group", { name: "Target 2" }).getByLabel("Actions and strategies").fill("Weekly check-in");
  await page.waitForTimeout(800);
  assert.deepEqual(requests, [], "no request while editing");
  const stored = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length, cookie: document.cookie }));
  assert.deepEqual(stored, { session: 0, local: 0, cookie: "" });
  await page.reload();
  await lead.waitFor();
  assert.equal(await lead.inputValue(), "", "nothing came back after a reload");
  assert.deepEqual(problems.foreignRequests, []);
  await page.close();
});

test("a form reset goes back to the PEP the host set, not the edited one, and forgets the draft", async () => {
  const { page, problems } = await open(browser, "/www/drafts.html");
  await leadField(page).waitFor();
  const pep = { schemaVersion: "1", kind: "school-age", targets: [{ outcome: "Read every day", vendorRef: "T-7" }] };
  await page.evaluate((pep) => {
    const form = document.createElement("form");
    form.id = "reset-form";
    const el = document.createElement("pep-smart-targets");
    el.setAttribute("name", "pep");
    el.setAttribute("autosave", "session");
    el.setAttribute("draft-key", "reset-test");
    el.value = pep; // by property: there is no value attribute to fall back on
    form.append(el);
    document.querySelector("main").append(form);
  }, pep);
  const form = page.locator("#reset-form");
  const lead = form.getByLabel("Who leads this target?");
  await lead.fill("Ms Reset");
  await form.getByLabel("What will be achieved").fill("Read every night");
  await page.waitForFunction(() => sessionStorage.getItem("pepkit:draft:reset-test")?.includes("Ms Reset"));

  await page.evaluate(() => document.getElementById("reset-form").reset());
  await page.waitForFunction(() => document.querySelector("#reset-form pep-smart-targets").value?.targets?.[0]?.outcome === "Read every day");
  const after = await page.evaluate(() => {
    const el = document.querySelector("#reset-form pep-smart-targets");
    return { value: el.value, draft: sessionStorage.getItem("pepkit:draft:reset-test"), form: new FormData(el.form).get("pep") };
  });
  assert.equal(after.value.targets[0].outcome, "Read every day");
  assert.equal(after.value.targets[0].vendorRef, "T-7");
  assert.equal(after.value.targets[0].lead, undefined);
  assert.equal(await lead.inputValue(), "");
  assert.equal(await form.getByLabel("What will be achieved").inputValue(), "Read every day");
  assert.equal(after.draft, null, "the draft of the edits is gone");
  assert.equal(JSON.parse(after.form).targets[0].outcome, "Read every day", "the form value follows");
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
