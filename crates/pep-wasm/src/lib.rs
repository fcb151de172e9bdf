//! # pep-wasm
//!
//! The JavaScript API of pepkit. This is the only crate that knows the JS wire
//! format: objects cross the boundary with serde-wasm-bindgen as plain JS
//! objects (never `Map`s), with camelCase names.
//!
//! ```js
//! import init, { validate } from "pepkit";
//! await init();
//! const report = validate(pep, {});
//! ```

use pep_core::{Config, model::Pep};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serializes to plain JS objects (not `Map`s), as a JSON consumer expects.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Checks a PEP (a plain object) and returns the report
/// `{ findings: [{ rule, severity, path, message }] }`.
///
/// Throws an `Error` when the value is not a PEP at all.
#[wasm_bindgen]
pub fn validate(pep: JsValue) -> Result<JsValue, JsError> {
    let pep: Pep = serde_wasm_bindgen::from_value(pep)
        .map_err(|e| JsError::new(&format!("not a PEP: {e}")))?;
    to_js(&pep_core::validate(&pep, &Config::default()))
}

/// The version of pepkit, as in its package.json.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
