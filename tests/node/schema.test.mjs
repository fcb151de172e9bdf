// Every fixture in tests/fixtures validates against pkg/pep.schema.json, the
// JSON Schema generated from pep-core's model (`cargo xtask schema`). This is
// the check a vendor would run with their own validator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schema = JSON.parse(readFileSync(`${root}pkg/pep.schema.json`, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const fixtures = readdirSync(`${root}tests/fixtures`).filter((f) => f.endsWith(".json")).sort();

test("there are fixtures to check", () => {
  assert.ok(fixtures.length >= 12, `only ${fixtures.length} fixtures`);
});

for (const name of fixtures) {
  test(`${name} validates against the schema`, () => {
    const doc = JSON.parse(readFileSync(`${root}tests/fixtures/${name}`, "utf8"));
    const ok = validate(doc);
    assert.ok(ok, `${name}: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
  });
}

test("the schema rejects what parse rejects", () => {
  const bad = [
    {},
    { schemaVersion: "1" },
    { schemaVersion: "2", kind: "post-16" },
    { schemaVersion: "1", kind: "sixth-form" },
    { schemaVersion: "1", kind: "post-16", nextPepDate: "31/13/2026" },
    { schemaVersion: "1", kind: "post-16", targets: [{ timescale: "soon" }] },
    { schemaVersion: "1", kind: "post-16", additionalNeeds: { primaryNeed: "ADHD" } },
  ];
  for (const doc of bad) {
    assert.equal(validate(doc), false, JSON.stringify(doc));
  }
});

test("the schema keeps unknown fields", () => {
  const doc = { schemaVersion: "1", kind: "school-age", vendorId: 7, targets: [{ vendorRef: "T-1" }] };
  assert.ok(validate(doc), ajv.errorsText(validate.errors));
});
