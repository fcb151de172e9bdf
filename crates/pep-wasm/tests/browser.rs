//! The JS API, run inside headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use serde_json::{Value, json};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn to_json(value: &JsValue) -> Value {
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

/// The findings of one rule in a report.
fn of_rule(report: &Value, rule: &str) -> Vec<Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .cloned()
        .collect()
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
    let found = of_rule(&to_json(&report), "smart-target-who-leads");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["path"], "/targets/0/lead/name");
    assert_eq!(found[0]["severity"], "error");
    assert_eq!(
        found[0]["blocks"],
        json!(["designated-teacher", "virtual-school"])
    );
}

#[wasm_bindgen_test]
fn validate_is_quiet_about_a_named_lead() {
    let report =
        pep_wasm::validate(pep(r#"[{"lead":{"name":"Ms Khan"}}]"#), JsValue::UNDEFINED).unwrap();
    assert!(of_rule(&to_json(&report), "smart-target-who-leads").is_empty());
}

#[wasm_bindgen_test]
fn council_wording_and_severity_apply() {
    let options = js(r#"{"today":"2026-11-23","config":{
        "severity":{"smart-target-who-leads":"warning"},
        "messages":{"smart-target-who-leads":"Who owns target {number}?"}}}"#);
    let report = to_json(&pep_wasm::validate(pep("[{}]"), options).unwrap());
    let found = of_rule(&report, "smart-target-who-leads");
    assert_eq!(found[0]["severity"], "warning");
    assert_eq!(found[0]["message"], "Who owns target 1?");
    assert_eq!(found[0]["blocks"], json!([]));
}

#[wasm_bindgen_test]
fn sign_off_check_lists_only_what_blocks_the_stage() {
    let rules_blocking = |stage: &str| -> Vec<String> {
        let found =
            to_json(&pep_wasm::sign_off_check(pep("[{}]"), stage.into(), options()).unwrap());
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(rules_blocking("designated-teacher").contains(&"smart-target-who-leads".to_owned()));
    assert!(!rules_blocking("social-worker").contains(&"smart-target-who-leads".to_owned()));
    let (_, message) =
        thrown(pep_wasm::sign_off_check(pep("[]"), "head-teacher".into(), options()).unwrap_err());
    assert!(message.contains("designated-teacher"), "{message}");
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_a_path() {
    let (path, message) = thrown(pep_wasm::validate(pep(r#""none""#), options()).unwrap_err());
    assert_eq!(path, "/targets");
    assert!(message.contains("/targets"), "{message}");
    let (path, _) =
        thrown(pep_wasm::validate(js(r#"{"schemaVersion":"1"}"#), options()).unwrap_err());
    assert_eq!(path, "/kind");
    let (_, message) =
        thrown(pep_wasm::validate(JsValue::from_str("a string"), options()).unwrap_err());
    assert!(message.contains("expected a PEP object"), "{message}");
    let (_, message) =
        thrown(pep_wasm::validate(pep("[]"), js(r#"{"today":"23/11/2026"}"#)).unwrap_err());
    assert!(
        message.contains("expected a date like 2026-09-01"),
        "{message}"
    );
    let (path, _) = thrown(
        pep_wasm::validate(
            pep("[]"),
            js(r#"{"config":{"thresholds":{"attendanceLine":150}}}"#),
        )
        .unwrap_err(),
    );
    assert_eq!(path, "/thresholds/attendanceLine");
    // After bad calls, a good call still gives the right answer.
    for _ in 0..100 {
        let _ = pep_wasm::validate(pep("7"), options());
    }
    let report = to_json(&pep_wasm::validate(pep("[{}]"), options()).unwrap());
    assert_eq!(of_rule(&report, "smart-target-who-leads").len(), 1);
}

#[wasm_bindgen_test]
fn catalogue_and_defaults_are_plain_objects() {
    let rules = to_json(&pep_wasm::rules().unwrap());
    assert!(rules.as_array().unwrap().len() >= 36);
    assert!(
        rules
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["source"].as_str().is_some_and(|s| !s.is_empty()))
    );
    let config = to_json(&pep_wasm::default_config().unwrap());
    assert_eq!(config["thresholds"]["minTargets"], 3);
    assert_eq!(config["terminology"]["pep"], "PEP");
}

#[wasm_bindgen_test]
fn parse_keeps_vendor_fields_and_reports_line_and_column() {
    let doc = pep_wasm::parse(
        r#"{"schemaVersion":"1","kind":"post-16","vendorId":"V-1","targets":[{"vendorRef":"T"}]}"#,
    );
    let doc = to_json(&doc.unwrap());
    assert_eq!(doc["vendorId"], "V-1");
    assert_eq!(doc["targets"][0]["vendorRef"], "T");
    let err = pep_wasm::parse("{\"schemaVersion\":\"1\",\"kind\":\"school-age\",\n\"targets\":[{\"deadline\":\"31/13/2026\"}]}")
        .unwrap_err();
    let (path, message) = thrown(err.clone());
    assert_eq!(path, "/targets/0/deadline");
    assert!(
        message.contains("expected a date like 2026-09-01"),
        "{message}"
    );
    assert_eq!(
        js_sys::Reflect::get(&err, &"line".into()).unwrap().as_f64(),
        Some(2.0)
    );
    assert!(js_sys::Array::is_array(
        &js_sys::Reflect::get(&err, &"errors".into()).unwrap()
    ));
    let (path, _) = thrown(pep_wasm::parse("{ not json").unwrap_err());
    assert_eq!(path, "");
}

#[wasm_bindgen_test]
fn schema_schedule_qa_and_start_review() {
    let schema = to_json(&pep_wasm::schema().unwrap());
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let last = r#"{"schemaVersion":"1","kind":"school-age","meeting":{"date":"2026-10-05"},
        "nextPepDate":"2027-01-20","targets":[{"outcome":"Read daily"}]}"#;
    let next =
        to_json(&pep_wasm::start_review(js(last), "2027-01-18", JsValue::UNDEFINED).unwrap());
    assert_eq!(next["previousTargets"][0]["outcome"], "Read daily");
    assert_eq!(next["meeting"]["date"], "2027-01-18");
    let schedule = to_json(&pep_wasm::schedule(js(last), options()).unwrap());
    assert!(
        schedule["items"]
            .as_array()
            .is_some_and(|items| !items.is_empty()),
        "{schedule}"
    );
    let qa = to_json(&pep_wasm::qa_assess(js(last), options()).unwrap());
    assert_eq!(qa["criteria"].as_array().map(Vec::len), Some(7), "{qa}");
}
