// The demo server: the headers every page gets, and wasm served as wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE } from "./browser.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

test("the demo page is served with the strict CSP and wasm as application/wasm", async () => {
  const page = await fetch(BASE + "/");
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-security-policy"), CSP);
  for (const wasm of ["/pkg/validate/pep_wasm_bg.wasm", "/pkg/widgets/pep_widgets_bg.wasm"]) {
    const response = await fetch(BASE + wasm);
    assert.equal(response.status, 200, wasm);
    assert.equal(response.headers.get("content-type"), "application/wasm", wasm);
    assert.equal(response.headers.get("content-security-policy"), CSP, "every response");
  }
  assert.equal((await fetch(BASE + "/../Cargo.toml")).status, 404);
  assert.equal((await fetch(BASE + "/no-such-page.html")).status, 404);
});
