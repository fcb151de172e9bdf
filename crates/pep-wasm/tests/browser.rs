//! The JS API, run inside headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn json(value: &JsValue) -> serde_json::Value {
    serde_json::from_str(&js_sys::JSON::stringify(value).unwrap().as_string().unwrap()).unwrap()
}

/// A school-age PEP with these targets (a JSON array).
fn pep(targets: &str) -> JsValue {
    js(&format!(
        r#"{{"schemaVersion":"1","kind":"school-age","targets":{targets}}}"#
    ))
}

fn options() -> JsValue {
    js(r#"{"today":"2026-11-23"}"#)
}

/// The thrown error's `path` and message.
fn thrown(err: JsValue) -> (String, String) {
    let path = js_sys::Reflect::get(&err, &"path".into())
        .unwrap()
        .as_string()
        .unwrap_or_default();
    let message = js_sys::Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    (path, message)
}

#[wasm_bindgen_test]
fn validate_reports_a_target_nobody_leads() {
    let report = pep_wasm::validate(pep(r#"[{"outcome":"Read daily"}]"#), options()).unwrap();
    let report = json(&report);
    assert_eq!(report["findings"][0]["rule"], "smart-target-who-leads");
    assert_eq!(report["findings"][0]["path"], "/targets/0/lead/name");
    assert_eq!(report["findings"][0]["severity"], "error");
    assert_eq!(
        report["findings"][0]["blocks"],
        serde_json::json!(["designated-teacher", "virtual-school"])
    );
}

#[wasm_bindgen_test]
fn validate_is_quiet_when_the_lead_is_named() {
    let report = pep_wasm::validate(
        js(r#"{"targets":[{"lead":{"name":"Ms Khan"}}]}"#),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(json(&report), serde_json::json!({"findings": []}));
}

#[wasm_bindgen_test]
fn council_wording_and_severity_apply() {
    let options = js(
        r#"{"today":"2026-11-23","config":{"severity":{"smart-target-who-leads":"warning"},"messages":{"smart-target-who-leads":"Who owns target {number}?"}}}"#,
    );
    let report = json(&pep_wasm::validate(pep("[{}]"), options).unwrap());
    assert_eq!(report["findings"][0]["severity"], "warning");
    assert_eq!(report["findings"][0]["message"], "Who owns target 1?");
}

#[wasm_bindgen_test]
fn sign_off_check_lists_only_what_blocks_the_stage() {
    let pep = r#"{"targets":[{}]}"#;
    let dt = pep_wasm::sign_off_check(js(pep), "designated-teacher".into(), options()).unwrap();
    assert_eq!(json(&dt).as_array().unwrap().len(), 1);
    let sw = pep_wasm::sign_off_check(js(pep), "social-worker".into(), options()).unwrap();
    assert_eq!(json(&sw), serde_json::json!([]));
    let (_, message) =
        thrown(pep_wasm::sign_off_check(js(pep), "head-teacher".into(), options()).unwrap_err());
    assert!(message.contains("designated-teacher"), "{message}");
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_a_path() {
    let (path, message) =
        thrown(pep_wasm::validate(js(r#"{"targets":"none"}"#), options()).unwrap_err());
    assert_eq!(path, "");
    assert!(message.contains("not a PEP"), "{message}");
    let (_, message) =
        thrown(pep_wasm::validate(JsValue::from_str("a string"), options()).unwrap_err());
    assert!(message.contains("expected a PEP object"), "{message}");
    let (_, message) =
        thrown(pep_wasm::validate(js("{}"), js(r#"{"today":"23/11/2026"}"#)).unwrap_err());
    assert!(
        message.contains("expected a date like 2026-09-01"),
        "{message}"
    );
    let (path, _) = thrown(
        pep_wasm::validate(
            js("{}"),
            js(r#"{"config":{"thresholds":{"attendanceLine":150}}}"#),
        )
        .unwrap_err(),
    );
    assert_eq!(path, "/thresholds/attendanceLine");
    // After bad calls, a good call still gives the right answer.
    for _ in 0..100 {
        let _ = pep_wasm::validate(pep("7"), options());
    }
    let report = json(&pep_wasm::validate(pep("[{}]"), options()).unwrap());
    let leads = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "smart-target-who-leads");
    assert_eq!(leads.count(), 1);
}

#[wasm_bindgen_test]
fn catalogue_and_defaults_are_plain_objects() {
    let rules = json(&pep_wasm::rules().unwrap());
    assert!(
        rules
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "smart-target-who-leads")
    );
    let config = json(&pep_wasm::default_config().unwrap());
    assert_eq!(config["thresholds"]["minTargets"], 3);
    assert_eq!(config["terminology"]["pep"], "PEP");
}

#[wasm_bindgen_test]
fn parse_keeps_vendor_fields_and_reports_every_problem_with_line_and_column() {
    let pep = json(&pep_wasm::parse(r#"{"schemaVersion":"1","kind":"post-16","vendorId":"V-1","targets":[{"vendorRef":"T"}]}"#).unwrap());
    assert_eq!(pep["vendorId"], "V-1");
    assert_eq!(pep["targets"][0]["vendorRef"], "T");
    let err = pep_wasm::parse("{\"schemaVersion\":\"1\",\"kind\":\"school-age\",\n\"targets\":[{\"deadline\":\"31/13/2026\"}]}").unwrap_err();
    let (path, message) = thrown(err.clone());
    assert_eq!(path, "/targets/0/deadline");
    assert!(
        message.contains("expected a date like 2026-09-01"),
        "{message}"
    );
    let line = js_sys::Reflect::get(&err, &"line".into()).unwrap().as_f64();
    assert_eq!(line, Some(2.0));
    let errors = js_sys::Reflect::get(&err, &"errors".into()).unwrap();
    assert!(js_sys::Array::is_array(&errors));
    let (path, _) = thrown(pep_wasm::parse("{ not json").unwrap_err());
    assert_eq!(path, "");
}

#[wasm_bindgen_test]
fn schema_and_start_review() {
    let schema = json(&pep_wasm::schema().unwrap());
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let last = js(
        r#"{"schemaVersion":"1","kind":"school-age","meeting":{"date":"2026-10-05"},"targets":[{"outcome":"Read daily"}]}"#,
    );
    let next = json(&pep_wasm::start_review(last, "2027-01-18", JsValue::UNDEFINED).unwrap());
    assert_eq!(next["previousTargets"][0]["outcome"], "Read daily");
    assert_eq!(next["meeting"]["date"], "2027-01-18");
    assert!(
        next.get("targets")
            .is_none_or(|t| t.as_array().is_some_and(|a| a.is_empty()))
    );
}
