// The validation-only entry of the npm package, in Node (server-side
// revalidation): the same module the browser loads, started with initSync.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("validate/pep_wasm.js", pkg));
api.initSync({ module: readFileSync(fileURLToPath(new URL("validate/pep_wasm_bg.wasm", pkg))) });

const options = { today: "2026-11-23" };
/** A school-age PEP with these extra parts. */
const pep = (parts = {}) => ({ schemaVersion: "1", kind: "school-age", ...parts });

/** Calls `fn` expecting a thrown Error; returns it. */
function thrown(fn) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof Error, `threw a non-Error: ${error}`);
    return error;
  }
  assert.fail("did not throw");
}

test("validate reports a target nobody leads, with its path and the stages it blocks", () => {
  const report = api.validate(pep({ targets: [{ outcome: "Read daily" }] }), options);
  const finding = report.findings.find((f) => f.rule === "smart-target-who-leads");
  assert.equal(finding.path, "/targets/0/lead/name");
  assert.equal(finding.severity, "error");
  assert.deepEqual(finding.blocks, ["designated-teacher", "virtual-school"]);
  assert.equal(Object.getPrototypeOf(report), Object.prototype, "plain objects, not Maps");
});

const BAD = [
  ["a string", () => api.validate("not a pep", options), /expected a PEP object/],
  ["null", () => api.validate(null, options), /expected a PEP object/],
  ["an array", () => api.validate([], options), /expected a PEP object/],
  ["a number", () => api.validate(42, options), /expected a PEP object/],
  ["no kind", () => api.validate({ schemaVersion: "1" }, options), /\/kind/],
  ["unknown kind", () => api.validate(pep({ kind: "adult" }), options), /early-years/],
  ["targets not a list", () => api.validate(pep({ targets: "none" }), options), /\/targets/],
  ["a target that is a number", () => api.validate(pep({ targets: [7] }), options), /\/targets\/0/],
  ["a lead that is a list", () => api.validate(pep({ targets: [{ lead: [] }] }), options), /\/targets\/0\/lead/],
  ["a bad deadline", () => api.validate(pep({ targets: [{ deadline: "31/13/2026" }] }), options), /expected a date like 2026-09-01/],
  ["a cyclic object", () => { const p = pep(); p.self = p; return api.validate(p, options); }, /cannot be read as JSON/],
  ["deeply nested junk", () => { let x = []; for (let i = 0; i < 200; i++) x = [x]; return api.validate(pep({ junk: x }), options); }, /recursion limit/],
  ["absurdly nested junk", () => { let x = []; for (let i = 0; i < 100000; i++) x = [x]; return api.validate(pep({ junk: x }), options); }, /nested too deeply/],
  ["malformed JSON text", () => api.parse('{"schemaVersion":"1",'), /line 1/],
  ["today in the wrong format", () => api.validate(pep(), { today: "23/11/2026" }), /expected a date like 2026-09-01/],
  ["today impossible", () => api.validate(pep(), { today: "2023-02-29" }), /expected a date like 2026-09-01/],
  ["options not an object", () => api.validate(pep(), "fast"), /options/],
  ["unknown option", () => api.validate(pep(), { todya: "2026-11-23" }), /todya/],
  ["config out of range", () => api.validate(pep(), { config: { thresholds: { attendanceLine: 150 } } }), /0 to 100/],
  ["config with an unknown rule", () => api.validate(pep(), { config: { disabledRules: ["nope"] } }), /nope/],
  ["config not an object", () => api.validate(pep(), { config: [] }), /expected an object/],
  ["unknown stage", () => api.signOffCheck(pep(), "head-teacher", options), /designated-teacher/],
  ["a bad meeting date for a review", () => api.startReview(pep(), "next week"), /meetingDate/],
];

for (const [name, call, message] of BAD) {
  test(`bad input throws a clear Error: ${name}`, () => {
    const error = thrown(call);
    assert.match(error.message, message);
    assert.equal(typeof error.path, "string", "every error has a path");
  });
}

test("a config error names the field", () => {
  const error = thrown(() => api.validate(pep(), { config: { thresholds: { attendanceLine: 150 } } }));
  assert.equal(error.path, "/thresholds/attendanceLine");
});

test("after 1,000 bad calls the next good call still returns the right report", () => {
  for (let i = 0; i < 1000; i++) {
    const [, call] = BAD[i % BAD.length];
    thrown(call);
  }
  const report = api.validate(pep({ targets: [{}, { lead: { name: "Ms Khan" } }] }), options);
  assert.deepEqual(
    report.findings.filter((f) => f.rule === "smart-target-who-leads").map((f) => f.path),
    ["/targets/0/lead/name"],
  );
});

test("the catalogue, default config and version are available", () => {
  assert.ok(api.rules().some((r) => r.id === "smart-target-who-leads" && r.source.length > 0));
  assert.equal(api.defaultConfig().thresholds.minTargets, 3);
  const pkgJson = JSON.parse(readFileSync(fileURLToPath(new URL("package.json", pkg)), "utf8"));
  assert.equal(api.version(), pkgJson.version);
});

test("parse keeps vendor fields and reports line and column", () => {
  const doc = api.parse('{"schemaVersion":"1","kind":"post-16","vendorId":"V-1","targets":[{"vendorRef":"T"}]}');
  assert.equal(doc.vendorId, "V-1");
  assert.equal(doc.targets[0].vendorRef, "T");
  const error = thrown(() => api.parse('{"schemaVersion":"1","kind":"school-age",\n"targets":[{"deadline":"2023-02-29"}]}'));
  assert.equal(error.path, "/targets/0/deadline");
  assert.equal(error.line, 2);
  assert.ok(Array.isArray(error.errors) && error.errors.length >= 1);
});
