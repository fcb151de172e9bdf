//! # pep-wasm
//!
//! The JavaScript API of pepkit. This is the only crate that knows the JS wire
//! format. Results cross the boundary with serde-wasm-bindgen as plain JS
//! objects (never `Map`s), with camelCase names. A PEP coming in is read as
//! JSON text through `pep_core::parse` (see DESIGN.md, "Why do PEPs enter the
//! wasm module as JSON text?"). Every failure is a thrown `Error` with a `path`
//! property (a JSON Pointer), and for documents also `line`, `column` and
//! `errors` (every problem found).
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

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| error("", &format!("{what}: {e}")))
}

/// Reads a PEP object. It goes through JSON text so that depth limits,
/// unknown-field preservation and error reporting are exactly those of
/// `pep_core::parse`, in the browser, in Node and natively.
fn read_pep(value: JsValue) -> Result<Pep, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(error("", "expected a PEP object"));
    }
    let text = js_sys::JSON::stringify(&value)
        .map_err(|e| {
            let why = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            error("", &format!("the PEP cannot be written as JSON: {why}"))
        })?
        .as_string()
        .unwrap_or_default();
    read_pep_text(&text)
}

/// Parses PEP JSON text, turning every problem into one thrown `Error`.
fn read_pep_text(text: &str) -> Result<Pep, JsValue> {
    pep_core::parse(text).map_err(|errors| {
        let first = errors.0.first();
        let err = error(
            first.map_or("", |e| e.pointer.as_str()),
            &errors.to_string(),
        );
        if let Some(first) = first {
            let _ = js_sys::Reflect::set(&err, &"line".into(), &(first.line as u32).into());
            let _ = js_sys::Reflect::set(&err, &"column".into(), &(first.column as u32).into());
        }
        if let Ok(list) = to_js(&errors.0) {
            let _ = js_sys::Reflect::set(&err, &"errors".into(), &list);
        }
        err
    })
}

fn read_options(options: JsValue) -> Result<Settings, JsValue> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        from_js(options, "options")?
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

/// Reads PEP JSON text losslessly: fields pepkit does not know are kept and
/// come back in the object. Throws an `Error` whose `errors` lists every
/// problem with its `pointer`, `line`, `column` and `message`.
#[wasm_bindgen]
pub fn parse(json_text: &str) -> Result<JsValue, JsValue> {
    to_js(&read_pep_text(json_text)?)
}

/// The JSON Schema (draft 2020-12) of a PEP document.
///
/// The text is `pkg/pep.schema.json`, generated from the Rust types and kept
/// current by a test, so schemars is not linked into the module.
#[wasm_bindgen]
pub fn schema() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(include_str!("../../../pkg/pep.schema.json"))
}

/// The next termly PEP, pre-filled from `previousPep`, meeting on
/// `meetingDate` (`YYYY-MM-DD`): details carried forward, targets moved to the
/// previous targets awaiting an outcome, and nothing that must be written
/// afresh (views, sign-offs, QA).
#[wasm_bindgen(js_name = startReview)]
pub fn start_review(
    previous_pep: JsValue,
    meeting_date: &str,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let settings = read_options(options)?;
    let pep = read_pep(previous_pep)?;
    let date: Date = meeting_date.parse().map_err(|_| {
        error(
            "",
            &format!("meetingDate: expected a date like 2026-09-01, found {meeting_date:?}"),
        )
    })?;
    to_js(&pep_core::start_review_with(&pep, date, &settings.config))
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
