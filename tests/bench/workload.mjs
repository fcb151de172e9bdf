// The documents every benchmark uses, in Node and in the browser: each
// fixture, and a large post-16 PEP (12 courses x 3 terms, 10 targets) grown
// from the good post-16 fixture, as in crates/pep-core/benches/validate.rs.

/** Today for every benchmark run, so reports do not change with the date. */
export const TODAY = "2026-11-23";

/** The good post-16 fixture grown to 12 courses and 10 targets. */
export function largePost16(good) {
  const pep = structuredClone(good);
  const cycle = (list, n) => Array.from({ length: n }, (_, i) => structuredClone(list[i % list.length]));
  pep.attainment.subjects = cycle(pep.attainment.subjects, 12);
  pep.targets = cycle(pep.targets, 10);
  return pep;
}

/**
 * Median µs per call of `fn` over `runs` calls after `warmup` untimed ones.
 * Calls are timed in batches that each take at least 5 ms, because browsers
 * coarsen `performance.now()` (Chromium to 100 µs on a page that is not
 * cross-origin isolated); the median is taken over the batches.
 */
export function medianMicros(fn, now, runs = 1000, warmup = 200) {
  const start = now();
  for (let i = 0; i < warmup; i++) fn();
  const estimate = Math.max((now() - start) / warmup, 0.0005); // ms per call
  const batch = Math.max(1, Math.ceil(5 / estimate));
  const batches = Math.max(5, Math.ceil(runs / batch));
  const times = new Float64Array(batches);
  for (let b = 0; b < batches; b++) {
    const t = now();
    for (let i = 0; i < batch; i++) fn();
    times[b] = (now() - t) / batch;
  }
  times.sort();
  return times[Math.floor(batches / 2)] * 1000;
}

/**
 * Times pepkit's `validate` and a JSON Schema validator on each document and
 * returns rows `{ name, pepkit, schema, ratio }` (µs, µs, pepkit / schema).
 */
export function compare(documents, validate, schemaValidate, now) {
  return documents.map(({ name, pep }) => {
    if (!schemaValidate(pep)) throw new Error(`${name} does not match the schema`);
    const pepkit = medianMicros(() => validate(pep, { today: TODAY }), now);
    const schema = medianMicros(() => schemaValidate(pep), now);
    return { name, pepkit, schema, ratio: pepkit / schema };
  });
}

/** The rows as an aligned text table. */
export function table(rows, where) {
  const lines = [`validate, median µs per call (1,000+ calls after warm-up, timed in batches), ${where}`];
  lines.push(`${"document".padEnd(34)} ${"pepkit µs".padStart(10)} ${"ajv µs".padStart(9)} ${"ratio".padStart(7)}`);
  for (const r of rows) {
    lines.push(
      `${r.name.padEnd(34)} ${r.pepkit.toFixed(1).padStart(10)} ${r.schema.toFixed(1).padStart(9)} ${r.ratio.toFixed(1).padStart(7)}`,
    );
  }
  return lines.join("\n");
}
