//! # pep-wasm
//!
//! The JavaScript API of pepkit. This is the only crate that knows the JS wire
//! format: objects cross the boundary with serde-wasm-bindgen as plain JS
//! objects (never `Map`s), with camelCase names, and every failure is a thrown
//! `Error` with a `path` property (a JSON Pointer) and a plain message.
//!
//! ```js
//! import init, { validate } from "pepkit";
//! await init();
//! const report = validate(pep, { today: "2026-11-23" });
//! ```

use pep_core::{Config, Date, Stage, model::Pep};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use wasm_bindgen::prelude::*;

/// The `options` argument: `{ today?: "YYYY-MM-DD", config?, lang? }`.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    today: Option<String>,
    config: Option<serde_json::Value>,
    lang: Option<String>,
}

/// Everything a call needs, read from `options`.
struct Settings {
    config: Config,
    today: Date,
}

/// A thrown JS `Error` with a `path` property.
fn error(path: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&err, &"path".into(), &path.into());
    err.into()
}

/// Serializes to plain JS objects (not `Map`s), as a JSON consumer expects.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("", &e.to_string()))
}

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str, path: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| error(path, &format!("{what}: {e}")))
}

fn read_pep(value: JsValue) -> Result<Pep, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(error("", "expected a PEP object"));
    }
    from_js(value, "not a PEP", "")
}

fn read_options(options: JsValue) -> Result<Settings, JsValue> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        from_js(options, "options", "")?
    };
    let mut config = match options.config {
        Some(value) => Config::from_value(value)
            .map_err(|e| error(&e.path, &format!("config: {}", e.message)))?,
        None => Config::default(),
    };
    if let Some(lang) = options.lang {
        config.lang = lang;
    }
    let today = match options.today {
        Some(text) => text.parse::<Date>().map_err(|_| {
            error(
                "",
                &format!("options.today: expected a date like 2026-09-01, found {text:?}"),
            )
        })?,
        None => local_today(),
    };
    Ok(Settings { config, today })
}

/// Today in the caller's time zone, from the JS clock. pep-core never reads
/// the clock; this boundary does, only when the caller gives no `today`.
fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i16,
        (now.get_month() + 1) as i8,
        now.get_date() as i8,
    )
    .unwrap_or(Date::constant(2026, 1, 1))
}

/// Checks a PEP (a plain object) and returns the report
/// `{ findings: [{ rule, severity, path, message, youngPersonMessage?, blocks, params }] }`.
#[wasm_bindgen]
pub fn validate(pep: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let settings = read_options(options)?;
    let pep = read_pep(pep)?;
    to_js(&pep_core::validate(&pep, &settings.config, settings.today))
}

/// The findings that hold up one sign-off: `stage` is `"social-worker"`,
/// `"designated-teacher"` or `"virtual-school"`.
#[wasm_bindgen(js_name = signOffCheck)]
pub fn sign_off_check(pep: JsValue, stage: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let stage: Stage = from_js(
        stage,
        "stage: expected \"social-worker\", \"designated-teacher\" or \"virtual-school\"",
        "",
    )?;
    let settings = read_options(options)?;
    let pep = read_pep(pep)?;
    to_js(&pep_core::sign_off_check(
        &pep,
        stage,
        &settings.config,
        settings.today,
    ))
}

/// The England default configuration, to start a council's own from.
#[wasm_bindgen(js_name = defaultConfig)]
pub fn default_config() -> Result<JsValue, JsValue> {
    to_js(&Config::default())
}

/// The rule catalogue: `[{ id, severity, blocks, checks, why, source }]`.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&pep_core::rules::catalogue())
}

/// The version of pepkit, as in its package.json.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
