// The npm package as a vendor gets it: `npm pack` in pkg/, the tarball
// installed into an empty project, then (a) a Node script there validates a
// fixture through `import ... from "pepkit"`, and (b) tsc type-checks
// tests/types/usage.ts there against the published declarations, resolved
// through package.json's `exports` ("types" condition) with node16 rules.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const pkgDir = join(root, "pkg");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

let tmp;
let project;
let packed;

/** Runs a command, returning stdout; a failure shows its output. */
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), "pepkit-consumer-"));
  [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tmp], pkgDir));
  project = join(tmp, "project");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "pepkit-consumer", version: "1.0.0", private: true, type: "module" }, null, 2),
  );
  // A local tarball with no dependencies: nothing to fetch.
  run("npm", ["install", join(tmp, packed.filename), "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], project);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the tarball ships the modules, the wasm, the declarations, the schema and the README", () => {
  const files = packed.files.map((f) => f.path).sort();
  for (const file of [
    "README.md",
    "package.json",
    "pep.schema.json",
    "validate/index.js",
    "validate/index.d.ts",
    "validate/pep_wasm.js",
    "validate/pep_wasm_bg.wasm",
    "validate/pep_wasm.d.ts",
    "validate/types.d.ts",
    "widgets/index.js",
    "widgets/pep_widgets.js",
    "widgets/pep_widgets_bg.wasm",
    "widgets/pepkit.css",
  ]) {
    assert.ok(files.includes(file), `${file} is not in the tarball: ${files.join(", ")}`);
  }
  assert.equal(packed.name, "pepkit");
  assert.equal(packed.version, manifest.version);
});

test("a Node project imports pepkit and validates a fixture", () => {
  writeFileSync(
    join(project, "check.mjs"),
    `import { readFileSync } from "node:fs";
import { initSync, signOffCheck, validate, version } from "pepkit";

// The wasm sits beside the module the package resolves to.
initSync({ module: readFileSync(new URL("./pep_wasm_bg.wasm", import.meta.resolve("pepkit"))) });
const pep = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = validate(pep, { today: "2026-11-23" });
const blocking = signOffCheck(pep, "designated-teacher", { today: "2026-11-23" });
console.log(JSON.stringify({ version: version(), findings: report.findings, sections: report.sections, blocking }));
`,
  );
  const fixture = join(root, "tests/fixtures/school-age-gaps.json");
  const out = JSON.parse(run("node", ["check.mjs", fixture], project));
  assert.equal(out.version, manifest.version);
  assert.ok(out.findings.length > 0, "the gaps fixture has findings");
  for (const f of out.findings) {
    assert.equal(typeof f.rule, "string");
    assert.ok(["error", "warning", "info"].includes(f.severity), f.severity);
    assert.match(f.path, /^(\/|$)/);
    assert.ok(Array.isArray(f.blocks));
  }
  // The fixture's documented gaps: no next PEP date, a target nobody leads.
  const at = (rule) => out.findings.filter((f) => f.rule === rule).map((f) => f.path);
  assert.deepEqual(at("next-pep-date-present"), ["/nextPepDate"]);
  assert.ok(at("smart-target-who-leads").includes("/targets/0/lead/name"), at("smart-target-who-leads"));
  assert.ok(out.sections.length > 0);
  assert.ok(out.blocking.length > 0, "something holds up the designated teacher");
  assert.ok(out.blocking.every((f) => f.blocks.includes("designated-teacher")));
});

test("the published declarations type-check a vendor's TypeScript, with no `any` in the API", () => {
  copyFileSync(join(root, "tests/types/usage.ts"), join(project, "usage.ts"));
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "Node16",
          moduleResolution: "Node16",
          lib: ["ES2022", "DOM"],
          types: [],
          skipLibCheck: false,
          exactOptionalPropertyTypes: true,
        },
        files: ["usage.ts"],
      },
      null,
      2,
    ),
  );
  run("node", [tsc, "-p", "tsconfig.json"], project);

  const installed = join(project, "node_modules/pepkit/validate");
  const types = readFileSync(join(installed, "types.d.ts"), "utf8");
  assert.doesNotMatch(types.replace(/\/\*[\s\S]*?\*\//g, ""), /\bany\b/, "types.d.ts uses any");
  const api = readFileSync(join(installed, "pep_wasm.d.ts"), "utf8");
  // wasm-bindgen's own `InitOutput` interface lists the raw wasm exports with
  // `any`; every function, the API's and init's, must be fully typed.
  const functions = api.split("\n").filter((l) => /^export (default )?function /.test(l));
  assert.ok(functions.length >= 12, functions.join("\n"));
  for (const line of functions) assert.doesNotMatch(line, /\bany\b/, line);
});
