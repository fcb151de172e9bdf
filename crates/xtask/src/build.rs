//! `cargo xtask build`: the npm package in `pkg/`.
//!
//! Two entry points, each its own wasm module so a vendor who only wants the
//! rules never downloads Leptos:
//! - `pkg/validate/`: pep-wasm (the JS API)
//! - `pkg/widgets/`: pep-widgets plus the custom-element module and CSS

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
        run(Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&out)
            .arg(&wasm))?;
        let bg = out.join(format!("{krate}_bg.wasm"));
        say(&format!("wasm-opt -Oz pkg/{folder}/{krate}_bg.wasm"));
        run(tools::wasm_opt()
            .arg("-Oz")
            .args(WASM_FEATURES)
            .arg(&bg)
            .arg("-o")
            .arg(&bg))?;
    }
    let assets = root.join("crates/pep-widgets/assets");
    for file in ["index.js", "pepkit.css"] {
        fs::copy(assets.join(file), root.join("pkg/widgets").join(file))
            .map_err(|e| format!("copying {file} into pkg/widgets: {e}"))?;
    }
    say("pkg/ is ready");
    Ok(())
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
