// Native and Node produce identical reports for every fixture (the browser
// half is tests/e2e/parity.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fixturesWithNativeReports, TODAY } from "./native.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("validate/index.js", pkg));
api.initSync({ module: readFileSync(fileURLToPath(new URL("validate/pep_wasm_bg.wasm", pkg))) });

const fixtures = fixturesWithNativeReports();

test("there is a native report for every fixture", () => {
  assert.ok(fixtures.length >= 12);
});

for (const { name, text, report } of fixtures) {
  test(`Node gives the native report for ${name}`, () => {
    assert.deepEqual(api.validate(JSON.parse(text), { today: TODAY }), report);
  });
}
