// Many <pep-smart-targets> on one page work independently with unique ids;
// removing an element unmounts it, with no growth over 100 mount/unmount
// cycles (DOM nodes, listeners and wasm memory).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PEP = { schemaVersion: "1", kind: "school-age", targets: [{ outcome: "Read daily" }] };

test("three instances on one page keep their own ids and values", async () => {
  const { page, problems } = await open(browser, "/");
  await page.locator("#targets").getByRole("group", { name: "Target 1" }).waitFor();
  await page.evaluate((pep) => {
    for (const id of ["a", "b", "c"]) {
      const el = document.createElement("pep-smart-targets");
      el.id = `extra-${id}`;
      el.value = pep;
      document.querySelector("main").append(el);
    }
  }, PEP);
  for (const id of ["a", "b", "c"]) await page.locator(`#extra-${id} .pep-target`).waitFor();
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, "every id on the page is unique");
  await page.locator("#extra-b").getByLabel("Who leads this target?").fill("Ms B");
  const leads = await page.evaluate(() =>
    ["a", "b", "c"].map((id) => document.getElementById(`extra-${id}`).value.targets[0].lead?.name ?? null),
  );
  assert.deepEqual(leads, [null, "Ms B", null]);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test("100 mount and unmount cycles leave nothing behind", async () => {
  const { page, problems } = await open(browser, "/");
  await page.locator("#targets").getByRole("group", { name: "Target 1" }).waitFor();
  const cycle = (n) =>
    page.evaluate(
      async ({ n, pep }) => {
        for (let i = 0; i < n; i++) {
          const el = document.createElement("pep-smart-targets");
          el.value = pep;
          document.body.append(el);
          while (!el.querySelector(".pep-target")) await new Promise((r) => setTimeout(r, 0));
          el.remove();
        }
        const wasm = await (await import("/pkg/widgets/index.js")).load();
        return { nodes: document.getElementsByTagName("*").length, memory: wasm.memory.buffer.byteLength };
      },
      { n, pep: PEP },
    );
  const warm = await cycle(20);
  const after = await cycle(100);
  assert.equal(after.nodes, warm.nodes, "no DOM left behind");
  assert.ok(after.memory <= warm.memory, `wasm memory grew from ${warm.memory} to ${after.memory} bytes`);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

for (const [element, ready] of [
  ["pep-form", ".pep-task-list"],
  ["pep-young-person-view", ".pep-yp-view"],
  ["pep-my-views", ".pep-feeling"],
  ["pep-signoff", ".pep-qa"],
]) {
  test(`<${element}>: 100 mount and unmount cycles leave nothing behind`, async () => {
    const { page, problems } = await open(browser, "/");
    await page.locator("#targets").getByRole("group", { name: "Target 1" }).waitFor();
    const pep = await page.evaluate(() => fetch("/fixtures/school-age-good.json").then((r) => r.json()));
    const cycle = (n) =>
      page.evaluate(
        async ({ n, pep, element, ready }) => {
          for (let i = 0; i < n; i++) {
            const el = document.createElement(element);
            if (element === "pep-signoff") el.setAttribute("editor-role", "virtual-school");
            el.setAttribute("today", "2026-11-23");
            el.value = pep;
            document.body.append(el);
            while (!el.querySelector(ready)) await new Promise((r) => setTimeout(r, 0));
            el.remove();
          }
          const wasm = await (await import("/pkg/widgets/index.js")).load();
          return { nodes: document.getElementsByTagName("*").length, memory: wasm.memory.buffer.byteLength };
        },
        { n, pep, element, ready },
      );
    const warm = await cycle(20);
    const after = await cycle(100);
    assert.equal(after.nodes, warm.nodes, "no DOM left behind");
    assert.ok(after.memory <= warm.memory, `wasm memory grew from ${warm.memory} to ${after.memory} bytes`);
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
}

test("a host handing each pep-change back into .value keeps focus and what is typed; another PEP shows in place", async () => {
  const { page, problems } = await open(browser, "/");
  await page.locator("#targets").getByRole("group", { name: "Target 1" }).waitFor();
  // As React hosts do: the same object back, or a copy of it from the host's state.
  await page.evaluate((pep) => {
    for (const [id, echo] of [
      ["same", (value) => value],
      ["copy", (value) => JSON.parse(JSON.stringify(value))],
    ]) {
      const el = document.createElement("pep-smart-targets");
      el.id = `echo-${id}`;
      el.value = pep;
      el.addEventListener("pep-change", (event) => {
        el.value = echo(event.detail.value);
      });
      document.querySelector("main").append(el);
    }
  }, PEP);
  for (const id of ["same", "copy"]) {
    const el = page.locator(`#echo-${id}`);
    const lead = el.getByRole("group", { name: "Target 1" }).getByLabel("Who leads this target?");
    await lead.click();
    await lead.pressSequentially("Ms Okafor-Reid");
    assert.equal(await lead.evaluate((input) => input === document.activeElement), true, `${id}: focus stays in the field`);
    assert.equal(await lead.inputValue(), "Ms Okafor-Reid", `${id}: every key typed is kept`);
    assert.equal(await el.evaluate((e) => e.value.targets[0].lead.name), "Ms Okafor-Reid");
  }

  // Another PEP goes into the same fields, which stay on the page.
  const shown = await page.evaluate(async () => {
    const el = document.getElementById("echo-same");
    const lead = el.querySelector('[id$="-targets-0-lead-name"]');
    const errors = [];
    el.addEventListener("pep-error", (event) => errors.push(event.detail.message));
    el.value = { schemaVersion: "1", kind: "school-age", targets: [{ outcome: "Swim 25 metres", lead: { name: "Mr Shah" } }] };
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const after = { connected: lead.isConnected, lead: lead.value, outcome: el.querySelector('[id$="-targets-0-outcome"]').value, value: [el.value.targets[0].outcome, el.value.targets[0].lead?.name] };
    // Not a PEP: an error, and the PEP on show stays.
    el.value = { schemaVersion: "1", kind: "grown-up" };
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const afterBad = { connected: lead.isConnected, lead: lead.value, value: el.value.kind };
    // Another kind of PEP asks other questions: the widget is mounted afresh.
    el.value = { schemaVersion: "1", kind: "post-16", targets: [{ outcome: "Pass the theory test" }] };
    const outcome = () => el.querySelector('[id$="-targets-0-outcome"]')?.value;
    while (outcome() !== "Pass the theory test") await new Promise((resolve) => setTimeout(resolve, 10));
    const otherKind = { connected: lead.isConnected, outcome: outcome(), kind: el.value.kind };
    return { ...after, errors, afterBad, otherKind };
  });
  assert.deepEqual(shown.value, ["Swim 25 metres", "Mr Shah"]);
  assert.equal(shown.connected, true, "the field was updated, not replaced");
  assert.equal(shown.lead, "Mr Shah");
  assert.equal(shown.outcome, "Swim 25 metres");
  assert.equal(shown.errors.length, 1);
  assert.match(shown.errors[0], /not a PEP/);
  assert.deepEqual(shown.afterBad, { connected: true, lead: "Mr Shah", value: "school-age" });
  assert.deepEqual(shown.otherKind, { connected: false, outcome: "Pass the theory test", kind: "post-16" });
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
