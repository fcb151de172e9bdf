//! The JS API, run inside headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn validate_reports_a_target_nobody_leads() {
    let report = pep_wasm::validate(js(r#"{"targets":[{"outcome":"Read daily"}]}"#)).unwrap();
    let text = js_sys::JSON::stringify(&report)
        .unwrap()
        .as_string()
        .unwrap();
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["findings"][0]["rule"], "smart-target-who-leads");
    assert_eq!(report["findings"][0]["path"], "/targets/0/lead/name");
    assert_eq!(report["findings"][0]["severity"], "error");
}

#[wasm_bindgen_test]
fn validate_is_quiet_when_the_lead_is_named() {
    let report = pep_wasm::validate(js(r#"{"targets":[{"lead":{"name":"Ms Khan"}}]}"#)).unwrap();
    let text = js_sys::JSON::stringify(&report)
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(text, r#"{"findings":[]}"#);
}

#[wasm_bindgen_test]
fn validate_rejects_what_is_not_a_pep() {
    assert!(pep_wasm::validate(js(r#"{"targets":"none"}"#)).is_err());
    assert!(pep_wasm::validate(JsValue::from_str("a string")).is_err());
}
