// Node benchmark: pepkit's validate (wasm) against ajv validating the same
// document against pkg/pep.schema.json. `cargo xtask bench` runs it; or
// `node tests/bench/node.mjs` after `cargo xtask build`.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compare, largePost16, table } from "./workload.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const api = await import(`${root}pkg/validate/index.js`);
api.initSync({ module: readFileSync(`${root}pkg/validate/pep_wasm_bg.wasm`) });

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const schemaValidate = ajv.compile(JSON.parse(readFileSync(`${root}pkg/pep.schema.json`, "utf8")));

const read = (f) => JSON.parse(readFileSync(`${root}tests/fixtures/${f}`, "utf8"));
const documents = readdirSync(`${root}tests/fixtures`)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ""), pep: read(f) }));
documents.push({ name: "large post-16 (12 courses, 10 targets)", pep: largePost16(read("post-16-good.json")) });

console.log(table(compare(documents, api.validate, schemaValidate, () => performance.now()), `Node ${process.version}`));
