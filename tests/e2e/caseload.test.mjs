// <pep-caseload> (issue 8): the demo's 2,000 generated PEPs, checked in the
// browser; the figures match `pep audit` on the same PEPs; the table sorts
// and filters; axe-core finds nothing; no request leaves the page's origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, open, axeViolations, screenshot } from "./browser.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "pepkit-caseload-"));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `pep audit --format json` over the same PEPs the demo page loads. */
function auditFigures() {
  const peps = JSON.parse(readFileSync(join(root, "www/generated/caseload.json"), "utf8"));
  mkdirSync(join(dir, "peps"));
  peps.forEach((pep, i) => writeFileSync(join(dir, "peps", `${String(i).padStart(5, "0")}.json`), JSON.stringify(pep)));
  // `cargo xtask test` has built the CLI by now (native tests); build it if not.
  const pep = join(root, "target/debug/pep");
  if (!existsSync(pep)) execFileSync("cargo", ["build", "-q", "-p", "pep-cli"], { cwd: root });
  const out = execFileSync(pep, ["audit", join(dir, "peps"), "--today", "2026-11-23", "--format", "json"], { encoding: "utf8" });
  return JSON.parse(out);
}

test("<pep-caseload> shows the 2,000 generated PEPs with pep audit's figures, sorts, filters and passes axe", async () => {
  const { page, problems } = await open(browser, "/www/caseload.html");
  const caseload = page.locator("pep-caseload");
  const totals = page.evaluate(
    () => new Promise((resolve) => document.querySelector("pep-caseload").addEventListener("pep-caseload", (e) => resolve(e.detail), { once: true })),
  );
  await caseload.getByText("2,000 PEPs checked against Monday 23 November 2026").waitFor({ timeout: 120_000 });
  const detail = await totals;

  const audit = auditFigures();
  assert.equal(detail.peps, 2000);
  for (const key of ["nextPep", "initialPeps", "dtSignOffs", "qa", "failingRules"]) {
    assert.deepEqual(detail[key], audit[key], `${key} matches pep audit`);
  }
  const card = async (label) => (await caseload.locator(".pep-caseload__card", { hasText: label }).locator("dd").innerText()).trim();
  assert.equal(await card("Overdue"), audit.nextPep.overdue.toLocaleString("en-GB"));
  assert.equal(await card("Meet the QA standard"), `${audit.qa.percent}%`);
  assert.ok(await caseload.getByRole("img", { name: "Where next PEP meetings stand" }).isVisible());

  // Overdue first, a hundred at a time.
  const rows = caseload.locator(".pep-caseload__table tbody tr");
  assert.equal(await rows.count(), 100);
  assert.equal(await rows.first().locator(".pep-tag").innerText(), "Overdue");
  await caseload.getByText("Showing 100 of 2,000 PEPs").waitFor();
  assert.deepEqual(await axeViolations(page), [], "loaded");
  await screenshot(page, "caseload");

  // Sort by child: aria-sort follows, and the names are in order.
  const childHeading = caseload.getByRole("columnheader", { name: "Child" });
  await childHeading.getByRole("button").click();
  assert.equal(await childHeading.getAttribute("aria-sort"), "ascending");
  const names = await rows.locator("th").allInnerTexts();
  assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en")));
  await childHeading.getByRole("button").click();
  assert.equal(await childHeading.getAttribute("aria-sort"), "descending");

  // Filter: due soon only, then one child's name.
  await caseload.getByLabel("Status").selectOption("Due soon");
  await caseload.getByText(`Showing 100 of ${audit.nextPep.dueSoon} PEPs`).waitFor();
  for (const tag of await rows.locator(".pep-tag").allInnerTexts()) assert.equal(tag, "Due soon");
  await caseload.getByLabel("Status").selectOption("");
  const someone = (await rows.first().locator("th").innerText()).split(" ")[0];
  await caseload.getByLabel("Child's name").fill(someone);
  for (const name of await rows.locator("th").allInnerTexts()) assert.ok(name.toLowerCase().includes(someone.toLowerCase()), name);

  // Show more adds a hundred.
  await caseload.getByLabel("Child's name").fill("");
  await caseload.getByRole("button", { name: "Show 100 more" }).click();
  assert.equal(await rows.count(), 200);
  assert.deepEqual(await axeViolations(page), [], "sorted and filtered");
  assert.deepEqual(problems, { console: [], pageErrors: [], foreignRequests: [] });
});

test("a list with something that is not a PEP says which item and why", async () => {
  const { page } = await open(browser, "/www/caseload.html");
  const message = await page.evaluate(async () => {
    const el = document.createElement("pep-caseload");
    const failed = new Promise((resolve) => el.addEventListener("pep-error", (e) => resolve(e.detail.message), { once: true }));
    document.body.append(el);
    el.value = [{ schemaVersion: "1", kind: "school-age" }, { id: "vendor-7", kind: "grown-up" }];
    return failed;
  });
  assert.match(message, /\/1 \(vendor-7\) is not a PEP/);
  assert.match(message, /grown-up/);
});

test("while checking, the status region says only that it has started and that it has finished; the bar moves outside it", async () => {
  const { page, problems } = await open(browser, "/www/caseload.html");
  await page.locator("#caseload").getByText("2,000 PEPs checked against Monday 23 November 2026").waitFor({ timeout: 120_000 });
  const seen = await page.evaluate(async () => {
    const peps = (await fetch("/www/generated/caseload.json").then((r) => r.json())).slice(0, 400);
    const el = document.createElement("pep-caseload");
    el.setAttribute("today", "2026-11-23");
    const status = [];
    const progress = [];
    let progressLive = false;
    const record = () => {
      const said = el.querySelector('[role="status"]')?.textContent;
      if (said !== undefined && status.at(-1) !== said) status.push(said);
      const bar = el.querySelector(".pep-caseload__progress");
      if (bar && progress.at(-1) !== bar.textContent) progress.push(bar.textContent);
      if (bar?.parentElement.closest('[role="status"], [role="alert"], [aria-live]')) progressLive = true;
    };
    const observer = new MutationObserver(record);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    const finished = new Promise((resolve) => el.addEventListener("pep-caseload", resolve, { once: true }));
    document.querySelector("main").append(el);
    el.value = peps;
    await finished;
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    record();
    return { status, progress, progressLive, bars: el.querySelectorAll("progress").length };
  });
  const said = seen.status.filter((text) => text !== "");
  assert.deepEqual(said, ["Checking 400 PEPs\u2026", "400 PEPs checked against Monday 23 November 2026"], "announced at the start and the end only");
  assert.ok(seen.progress.length > 2, `the visible progress moved: ${JSON.stringify(seen.progress)}`);
  assert.match(seen.progress[0], /Checked \d+ of 400 PEPs/);
  assert.equal(seen.progressLive, false, "the visible progress is in no live region");
  assert.equal(seen.bars, 0, "the bar goes once it is done");
  assert.deepEqual(problems.pageErrors, []);
});
