// The bad-input table for the JS API, shared by Node (tests/node/api.test.mjs)
// and Chromium (tests/e2e/api-browser.test.mjs, which imports this file into
// the page). Every case must give a thrown Error with a message saying what is
// wrong and a `path`, or, where the document could be read, a report.

const options = { today: "2026-11-23" };
const pep = (parts = {}) => ({ schemaVersion: "1", kind: "school-age", ...parts });
const nested = (depth) => {
  let x = [];
  for (let i = 0; i < depth; i++) x = [x];
  return x;
};

/** `[name, call(api), expected]`: `expected` is a RegExp the thrown message must match, or "report". */
export const BAD_INPUT = [
  ["a string", (api) => api.validate("not a pep", options), /expected a PEP object/],
  ["null", (api) => api.validate(null, options), /expected a PEP object/],
  ["an array", (api) => api.validate([], options), /expected a PEP object/],
  ["a number", (api) => api.validate(42, options), /expected a PEP object/],
  ["no kind", (api) => api.validate({ schemaVersion: "1" }, options), /\/kind/],
  ["no schemaVersion", (api) => api.validate({ kind: "post-16" }, options), /\/schemaVersion/],
  ["a schemaVersion from the future", (api) => api.validate(pep({ schemaVersion: "9" }), options), /schema version/],
  ["unknown kind", (api) => api.validate(pep({ kind: "adult" }), options), /early-years/],
  ["unknown status", (api) => api.validate(pep({ status: "lost" }), options), /\/status/],
  ["targets not a list", (api) => api.validate(pep({ targets: "none" }), options), /\/targets/],
  ["a target that is a number", (api) => api.validate(pep({ targets: [7] }), options), /\/targets\/0/],
  ["a lead that is a list", (api) => api.validate(pep({ targets: [{ lead: [] }] }), options), /\/targets\/0\/lead/],
  ["a number for a name", (api) => api.validate(pep({ child: { name: 12 } }), options), /\/child\/name/],
  ["a bad deadline", (api) => api.validate(pep({ targets: [{ deadline: "31/13/2026" }] }), options), /expected a date like 2026-09-01/],
  ["29 February in a common year", (api) => api.validate(pep({ nextPepDate: "2023-02-29" }), options), /\/nextPepDate/],
  ["a date with a time", (api) => api.validate(pep({ nextPepDate: "2027-01-20T10:00:00Z" }), options), /expected a date like 2026-09-01/],
  ["a cyclic object", (api) => { const p = pep(); p.self = p; return api.validate(p, options); }, /cannot be read as JSON/],
  ["deeply nested junk", (api) => api.validate(pep({ junk: nested(200) }), options), /nested too deeply/],
  ["absurdly nested junk", (api) => api.validate(pep({ junk: nested(100000) }), options), /nested too deeply/],
  ["malformed JSON text", (api) => api.parse('{"schemaVersion":"1",'), /line 1/],
  ["JSON text that is not an object", (api) => api.parse("[1,2,3]"), /expected a PEP/],
  ["today in the wrong format", (api) => api.validate(pep(), { today: "23/11/2026" }), /expected a date like 2026-09-01/],
  ["today impossible", (api) => api.validate(pep(), { today: "2023-02-29" }), /expected a date like 2026-09-01/],
  ["options not an object", (api) => api.validate(pep(), "fast"), /options/],
  ["unknown option", (api) => api.validate(pep(), { todya: "2026-11-23" }), /todya/],
  ["config out of range", (api) => api.validate(pep(), { config: { thresholds: { attendanceLine: 150 } } }), /0 to 100/],
  ["config with an unknown rule", (api) => api.validate(pep(), { config: { disabledRules: ["nope"] } }), /nope/],
  ["config not an object", (api) => api.validate(pep(), { config: [] }), /expected an object/],
  ["unknown stage", (api) => api.signOffCheck(pep(), "head-teacher", options), /designated-teacher/],
  ["a bad meeting date for a review", (api) => api.startReview(pep(), "next week"), /meetingDate/],
  ["a 5 MB text field", (api) => api.validate(pep({ meeting: { discussion: "a".repeat(5 * 1024 * 1024) } }), options), "report"],
  ["an internal panic", (api) => api.__testPanic(), /internal error/],
];

/**
 * Runs the table against `api` and returns what went wrong (empty when every
 * case behaved), then makes 1,000 bad calls and checks the next good call
 * still returns the right report.
 */
export function runBadInputTable(api) {
  const problems = [];
  for (const [name, call, expected] of BAD_INPUT) {
    try {
      const result = call(api);
      if (expected !== "report") problems.push(`${name}: did not throw`);
      else if (!Array.isArray(result?.findings)) problems.push(`${name}: no report`);
    } catch (error) {
      if (expected === "report") problems.push(`${name}: threw ${error}`);
      else if (!(error instanceof Error)) problems.push(`${name}: threw a non-Error ${error}`);
      else if (!expected.test(error.message)) problems.push(`${name}: message ${JSON.stringify(error.message)} does not match ${expected}`);
      else if (typeof error.path !== "string") problems.push(`${name}: the error has no path`);
    }
  }
  for (let i = 0; i < 1000; i++) {
    try {
      BAD_INPUT[i % 20][1](api);
    } catch {
      // expected
    }
  }
  const good = () =>
    JSON.stringify(
      api
        .validate(pep({ targets: [{}, { lead: { name: "Ms Khan" } }] }), options)
        .findings.filter((f) => f.rule === "smart-target-who-leads")
        .map((f) => f.path),
    );
  const expected = JSON.stringify(["/targets/0/lead/name"]);
  if (good() !== expected) problems.push(`after 1,000 bad calls the report is wrong: ${good()}`);
  // A panic aborts the instance; the entry module starts a fresh one, so the
  // next call after each of several panics still gives the right report.
  for (let i = 0; i < 3; i++) {
    try {
      api.__testPanic();
      problems.push("__testPanic did not throw");
    } catch (error) {
      if (!error.internal || typeof error.path !== "string") problems.push(`a panic gave ${error}`);
    }
    if (good() !== expected) problems.push(`after panic ${i + 1} the report is wrong: ${good()}`);
  }
  return problems;
}
