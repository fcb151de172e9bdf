// Builds www/generated/schema-validate.js: ajv's validator for
// pkg/pep.schema.json compiled ahead of time (ajv's "standalone" code) and
// bundled by esbuild into one ES module, so the benchmark page can compare
// pepkit with ajv under the demo's strict CSP (no eval, no new Function).
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Writes the bundle and returns its path. */
export async function buildSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(`${root}pkg/pep.schema.json`, "utf8")));
  const dir = `${root}target/bench`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/schema-validate.cjs`, standaloneCode(ajv, validate));
  const out = `${root}www/generated/schema-validate.js`;
  await build({
    stdin: {
      contents: `import v from ${JSON.stringify(`${dir}/schema-validate.cjs`)}; export default v;`,
      resolveDir: root,
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    outfile: out,
    logLevel: "warning",
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote ${await buildSchemaValidator()}`);
}
