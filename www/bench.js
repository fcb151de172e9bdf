// The browser benchmark (www/bench.html). Results go into #results and
// window.benchResults for `cargo xtask bench` to read.
import init, { validate } from "/pkg/validate/index.js";
import { compare, largePost16, table } from "/tests/bench/workload.mjs";

const FIXTURES = ["early-years", "school-age", "post-16"].flatMap((kind) =>
  ["good", "gaps", "initial", "returned"].map((state) => `${kind}-${state}`),
);

async function schemaValidator() {
  try {
    return (await import("/www/generated/schema-validate.js")).default;
  } catch {
    return null; // built by `cargo xtask bench`; without it, pepkit alone
  }
}

async function run() {
  await init();
  const documents = [];
  for (const name of FIXTURES) {
    const response = await fetch(`/fixtures/${name}.json`);
    if (response.ok) documents.push({ name, pep: await response.json() });
  }
  const good = documents.find((d) => d.name === "post-16-good");
  documents.push({ name: "large post-16 (12 courses, 10 targets)", pep: largePost16(good.pep) });
  const ajv = (await schemaValidator()) ?? (() => true);
  const rows = compare(documents, validate, ajv, () => performance.now());
  const text = table(rows, navigator.userAgent.match(/(Chrom\w+\/[\d.]+)/)?.[1] ?? "this browser");
  document.getElementById("results").textContent = text;
  window.benchResults = { rows, text };
}

run().catch((error) => {
  document.getElementById("results").textContent = `The benchmark failed: ${error}`;
  window.benchResults = { error: String(error) };
});
