// The widgets benchmark (www/bench-widgets.html). Results go into #results
// and window.benchResults for `cargo xtask bench` to read.
import { load } from "/pkg/widgets/index.js";
import { largePost16 } from "/tests/bench/workload.mjs";

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
};

/** Resolves when `root`'s subtree next changes. */
const nextMutation = (root) =>
  new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });

async function mountOnce(pep) {
  const el = document.createElement("pep-smart-targets");
  el.setAttribute("today", "2026-11-23");
  el.value = pep;
  const start = performance.now();
  document.getElementById("stage").append(el);
  while (el.querySelectorAll(".pep-target").length < pep.targets.length) {
    await new Promise((r) => setTimeout(r, 0));
  }
  return { el, ms: performance.now() - start };
}

/** Mounts the whole form for the designated teacher and waits for its last part. */
async function mountForm(pep) {
  const el = document.createElement("pep-form");
  el.setAttribute("today", "2026-11-23");
  el.setAttribute("editor-role", "designated-teacher");
  el.value = pep;
  const start = performance.now();
  document.getElementById("stage").append(el);
  while (!el.querySelector(".pep-signoff") || el.querySelectorAll(".pep-target").length < pep.targets.length) {
    await new Promise((r) => setTimeout(r, 0));
  }
  return { el, ms: performance.now() - start };
}

/** Types into target 10's lead 220 times; the first 20 warm up. */
async function keystrokes(el) {
  const lead = el.querySelectorAll(".pep-target")[9].querySelector("input[autocomplete=name]");
  const latencies = [];
  for (let i = 0; i < 220; i++) {
    const changed = nextMutation(el);
    const start = performance.now();
    lead.value = i % 2 === 0 ? "M" : "";
    lead.dispatchEvent(new Event("input", { bubbles: true }));
    const end = await changed;
    if (i >= 20) latencies.push(end - start);
  }
  return latencies;
}

async function run() {
  await load();
  const good = await (await fetch("/fixtures/post-16-good.json")).json();
  const pep = largePost16(good);
  pep.targets[9].lead = {}; // one tick to toggle

  const mounts = [];
  for (let i = 0; i < 10; i++) {
    const { el, ms } = await mountOnce(pep);
    mounts.push(ms);
    el.remove();
  }

  const { el } = await mountOnce(pep);
  const latencies = await keystrokes(el);
  el.remove();

  const formMounts = [];
  for (let i = 0; i < 5; i++) {
    const { el, ms } = await mountForm(pep);
    formMounts.push(ms);
    el.remove();
  }
  const form = (await mountForm(pep)).el;
  const formLatencies = await keystrokes(form);
  form.remove();
  const text = [
    "widgets, large post-16 PEP (12 courses, 10 targets)",
    `mount after init: median ${percentile(mounts, 50).toFixed(1)} ms (aim: under 50 ms)`,
    `keystroke to updated SMART ticks: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms over ${latencies.length} keystrokes (aim: p95 at or under 16 ms)`,
    `<pep-form> (whole PEP, designated teacher): mount median ${percentile(formMounts, 50).toFixed(1)} ms; keystroke to updated ticks and task list p50 ${percentile(formLatencies, 50).toFixed(1)} ms, p95 ${percentile(formLatencies, 95).toFixed(1)} ms`,
  ].join("\n");
  document.getElementById("results").textContent = text;
  window.benchResults = { text, mounts, latencies, formMounts, formLatencies };
}

run().catch((error) => {
  document.getElementById("results").textContent = `The benchmark failed: ${error}`;
  window.benchResults = { error: String(error) };
});
