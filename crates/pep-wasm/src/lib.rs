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

/// The TypeScript side of the API: the types of `./types` (generated from
/// pep-core's API schema by `cargo xtask build`) and the few that exist only
/// at this boundary. The functions below name them in their
/// `unchecked_*_type` attributes.
#[wasm_bindgen(typescript_custom_section)]
const TS_API_TYPES: &str = r#"
import type {
  Config,
  Finding,
  ParseError,
  Pep,
  QaAssessment,
  Report,
  RuleInfo,
  Schedule,
  Stage,
} from "./types.js";
export * from "./types.js";

/** Every part optional, at every depth; lists are given whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** The `options` argument of the functions that read a PEP. */
export interface Options {
  /** Today's date, `YYYY-MM-DD`; the caller's local date when left out. */
  today?: string;
  /** The council's settings; whatever is left out takes the England default (`defaultConfig()`). */
  config?: DeepPartial<Config>;
  /** The language of messages, a BCP 47 tag (`en-GB`); replaces `config.lang`. */
  lang?: string;
}

/**
 * What every function throws for input it cannot read: an `Error` with a
 * `path` (a JSON Pointer), and for a PEP document also the `line` and
 * `column` of the first problem and every problem found.
 */
export interface PepkitError extends Error {
  /** JSON Pointer to what is wrong; `""` for the whole input. */
  path: string;
  /** Line of the first problem in the document, from 1. */
  line?: number;
  /** Column of the first problem in the document, from 1. */
  column?: number;
  /** Every problem found in the document. */
  errors?: ParseError[];
}

/** The JSON Schema (draft 2020-12) of a PEP document, as `schema()` returns it. */
export interface PepJsonSchema {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  type: "object";
  required: string[];
  properties: { [name: string]: unknown };
  $defs: { [name: string]: unknown };
  [keyword: string]: unknown;
}
"#;

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
    read_pep_text(&json_text(&value, "the PEP")?)
}

/// `JSON.stringify`, with its failures said plainly.
fn json_text(value: &JsValue, what: &str) -> Result<String, JsValue> {
    match js_sys::JSON::stringify(value) {
        Ok(text) => Ok(text.as_string().unwrap_or_default()),
        Err(e) if e.is_instance_of::<js_sys::RangeError>() => Err(error(
            "",
            &format!("{what} is nested too deeply to read (more than a few thousand levels)"),
        )),
        Err(e) => {
            let why = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_default();
            Err(error("", &format!("{what} cannot be read as JSON: {why}")))
        }
    }
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
    // Through JSON text, so that a misspelt option is an error, not ignored.
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(error(
            "",
            "options: expected an object like { today: \"2026-11-23\" }",
        ));
    } else {
        serde_json::from_str(&json_text(&options, "options")?)
            .map_err(|e| error("", &format!("options: {e}")))?
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
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Pep")] pep: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let settings = read_options(options)?;
    let pep = read_pep(pep)?;
    to_js(&pep_core::validate(&pep, &settings.config, settings.today))
}

/// The findings that hold up one sign-off: `stage` is `"social-worker"`,
/// `"designated-teacher"` or `"virtual-school"`.
#[wasm_bindgen(js_name = signOffCheck, unchecked_return_type = "Finding[]")]
pub fn sign_off_check(
    #[wasm_bindgen(unchecked_param_type = "Pep")] pep: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Stage")] stage: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
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

/// Every due date of the PEP (initial PEP, first review, designated teacher
/// sign-off, next PEP, review after a change) with its status
/// (`overdue`, `due-soon`, `on-track`, `done`) and the working days left.
#[wasm_bindgen(unchecked_return_type = "Schedule")]
pub fn schedule(
    #[wasm_bindgen(unchecked_param_type = "Pep")] pep: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let settings = read_options(options)?;
    let pep = read_pep(pep)?;
    to_js(&pep_core::schedule(&pep, &settings.config, settings.today))
}

/// Seed 004's seven QA criteria pre-filled yes/no from the rules, each with
/// the findings that made it "no" as evidence, the overall judgement, and a
/// grade for councils that use red/amber/green.
#[wasm_bindgen(js_name = qaAssess, unchecked_return_type = "QaAssessment")]
pub fn qa_assess(
    #[wasm_bindgen(unchecked_param_type = "Pep")] pep: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let settings = read_options(options)?;
    let pep = read_pep(pep)?;
    to_js(&pep_core::qa_assess(&pep, &settings.config, settings.today))
}

/// Reads PEP JSON text losslessly: fields pepkit does not know are kept and
/// come back in the object. Throws an `Error` whose `errors` lists every
/// problem with its `pointer`, `line`, `column` and `message`.
#[wasm_bindgen(unchecked_return_type = "Pep")]
pub fn parse(#[wasm_bindgen(js_name = jsonText)] json_text: &str) -> Result<JsValue, JsValue> {
    to_js(&read_pep_text(json_text)?)
}

/// The JSON Schema (draft 2020-12) of a PEP document.
///
/// The text is `pkg/pep.schema.json`, generated from the Rust types and kept
/// current by a test, so schemars is not linked into the module.
#[wasm_bindgen(unchecked_return_type = "PepJsonSchema")]
pub fn schema() -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(include_str!("../../../pkg/pep.schema.json"))
}

/// The next termly PEP, pre-filled from `previousPep`, meeting on
/// `meetingDate` (`YYYY-MM-DD`): details carried forward, targets moved to the
/// previous targets awaiting an outcome, and nothing that must be written
/// afresh (views, sign-offs, QA).
#[wasm_bindgen(js_name = startReview, unchecked_return_type = "Pep")]
pub fn start_review(
    #[wasm_bindgen(js_name = previousPep, unchecked_param_type = "Pep")] previous_pep: JsValue,
    #[wasm_bindgen(js_name = meetingDate)] meeting_date: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
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
#[wasm_bindgen(js_name = defaultConfig, unchecked_return_type = "Config")]
pub fn default_config() -> Result<JsValue, JsValue> {
    to_js(&Config::default())
}

/// The rule catalogue: `[{ id, severity, blocks, checks, why, source }]`.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&pep_core::rules::catalogue())
}

/// Sends a panic's message to the console before the release build aborts
/// (the entry module then restarts the instance: see `assets/index.js`).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("pepkit: internal error: {info}").into());
    }));
}

/// Panics on purpose, so pepkit's own tests can check that a panic becomes a
/// thrown `Error` and the next call still works. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__testPanic")]
pub fn test_panic() {
    panic!("a deliberate panic, for pepkit's own tests");
}

/// The version of pepkit, as in its package.json.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
