//! `cargo xtask build`: the npm package in `pkg/`.
//!
//! Two entry points, each its own wasm module so a vendor who only wants the
//! rules never downloads Leptos:
//! - `pkg/validate/`: pep-wasm (the JS API)
//! - `pkg/widgets/`: pep-widgets plus the custom-element module and CSS
//!
//! `pkg/validate/` also gets TypeScript declarations: wasm-bindgen's
//! `pep_wasm.d.ts` for the functions, and `types.d.ts` for the types they
//! take and return, generated from pep-core's API schema (DESIGN.md, "Why are
//! the TypeScript types generated from JSON Schema?").

use std::fs;
use std::process::Command;

use crate::{Result, cargo, root, run, say, tools};

/// Each wasm crate and the folder of `pkg/` it goes to.
pub const ENTRIES: &[(&str, &str)] = &[("pep_wasm", "validate"), ("pep_widgets", "widgets")];

/// Features recent rustc turns on for wasm32 by default; wasm-opt must accept them.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Builds everything in `pkg/`.
pub fn build() -> Result {
    tools::ensure_build_tools()?;
    // pep-wasm's `schema()` includes this file, so it is written first.
    write_schema()?;
    let root = root();
    say("building the wasm crates (release, wasm32-unknown-unknown)");
    run(cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "pep-wasm",
        "-p",
        "pep-widgets",
    ]))?;
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(Into::into)
        .unwrap_or_else(|_| root.join("target"));
    for (krate, folder) in ENTRIES {
        let out = root.join("pkg").join(folder);
        let _ = fs::remove_dir_all(&out);
        let wasm = target.join(format!("wasm32-unknown-unknown/release/{krate}.wasm"));
        say(&format!("wasm-bindgen --target web -> pkg/{folder}/"));
        let mut bindgen = Command::new("wasm-bindgen");
        bindgen.args(["--target", "web"]);
        if *folder == "validate" {
            // `__wbg_reset_state` lets the entry module (assets/index.js)
            // start a fresh instance after a wasm trap (a panic).
            bindgen.arg("--experimental-reset-state-function");
        } else {
            // The widgets are custom elements, typed by the DOM, not by us.
            bindgen.arg("--no-typescript");
        }
        run(bindgen.arg("--out-dir").arg(&out).arg(&wasm))?;
        let bg = out.join(format!("{krate}_bg.wasm"));
        say(&format!("wasm-opt -Oz pkg/{folder}/{krate}_bg.wasm"));
        run(tools::wasm_opt()
            .arg("-Oz")
            .args(WASM_FEATURES)
            .arg(&bg)
            .arg("-o")
            .arg(&bg))?;
    }
    for (krate, folder, files) in [
        ("pep-wasm", "validate", &["index.js", "index.d.ts"][..]),
        ("pep-widgets", "widgets", &["index.js", "pepkit.css"][..]),
    ] {
        let assets = root.join("crates").join(krate).join("assets");
        for file in files {
            fs::copy(assets.join(file), root.join("pkg").join(folder).join(file))
                .map_err(|e| format!("copying {file} into pkg/{folder}: {e}"))?;
        }
    }
    write_types()?;
    write_demo_caseload()?;
    say("pkg/ is ready");
    Ok(())
}

/// How many PEPs the demo's `<pep-caseload>` page shows.
pub const DEMO_CASELOAD: usize = 2000;

/// Writes `www/generated/caseload.json`: the demo caseload of
/// [`DEMO_CASELOAD`] synthetic PEPs (pep-cli's generator, fixed seed; dates
/// fit a "today" of 2026-11-23).
pub fn write_demo_caseload() -> Result {
    let dir = root().join("www/generated");
    fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let path = dir.join("caseload.json");
    say(&format!(
        "writing www/generated/caseload.json ({DEMO_CASELOAD} synthetic PEPs)"
    ));
    let peps = pep_cli::generate::caseload(DEMO_CASELOAD, pep_cli::generate::DEFAULT_SEED);
    let text = serde_json::to_string(&peps).map_err(|e| format!("writing the caseload: {e}"))?;
    fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Writes the PEP JSON Schema, generated from pep-core's model, to
/// `pkg/pep.schema.json` (pretty, with a trailing newline).
pub fn write_schema() -> Result {
    let path = root().join("pkg/pep.schema.json");
    say("writing pkg/pep.schema.json");
    // `{:#}` is serde_json's pretty form, the same as `to_string_pretty`.
    let text = format!("{:#}\n", pep_core::model::json_schema());
    fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Writes `pkg/validate/types.d.ts`: pep-core's API schema
/// (`target/xtask/api.schema.json`) turned into TypeScript by npm's
/// json-schema-to-typescript (`crates/xtask/assets/gen-types.mjs`).
pub fn write_types() -> Result {
    let root = root();
    let dir = root.join("target/xtask");
    fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let schema = dir.join("api.schema.json");
    let text = format!("{:#}\n", pep_core::api_schema::api_schema());
    fs::write(&schema, text).map_err(|e| format!("writing {}: {e}", schema.display()))?;
    let out = root.join("pkg/validate");
    fs::create_dir_all(&out).map_err(|e| format!("creating {}: {e}", out.display()))?;
    say("json-schema-to-typescript -> pkg/validate/types.d.ts");
    run(Command::new("node")
        .arg(root.join("crates/xtask/assets/gen-types.mjs"))
        .arg(&schema)
        .arg(out.join("types.d.ts")))
}
