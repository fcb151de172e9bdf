//! The JSON Schema of every type the JavaScript API takes or returns, from
//! which `cargo xtask build` generates the package's TypeScript declarations
//! (DESIGN.md, "Why are the TypeScript types generated from JSON Schema?").
//!
//! Two contracts meet here. A [`Pep`](crate::model::Pep) goes *in* (to `validate` and friends),
//! so its schema is the reading one of `pkg/pep.schema.json`: only
//! `schemaVersion` and `kind` are required. Everything else comes *out*
//! (reports, schedules, the rule catalogue, the default configuration), so
//! its schema is the writing one: a field is required when serde always
//! writes it, even if it would read without it.
//!
//! Nothing compiled to wasm calls this, so the schemars code stays out of the
//! wasm modules.

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::calendar::{CalendarConfig, DateRange, Term};
use crate::model::ParseError;
use crate::qa::QaAssessment;
use crate::rules::RuleInfo;
use crate::schedule::Schedule;
use crate::sections::SectionState;
use crate::{Config, Finding, Report, Severity, Stage};

/// The `$id` of the API schema.
pub const API_SCHEMA_ID: &str = "https://example.invalid/pepkit/api.schema.json";

/// One draft 2020-12 schema whose `$defs` hold every type of the JavaScript
/// API by name (`Pep`, `Report`, `Finding`, `Config`, `Schedule`,
/// `QaAssessment`, `RuleInfo`, `ParseError`, ...) and the types they refer
/// to. Each definition's `title` is its name, so generated code names it the
/// same.
///
/// ```
/// let schema = pep_core::api_schema::api_schema();
/// let finding = &schema["$defs"]["Finding"];
/// assert_eq!(finding["properties"]["blocks"]["items"]["$ref"], "#/$defs/Stage");
/// assert_eq!(schema["$defs"]["Pep"]["required"], serde_json::json!(["schemaVersion", "kind"]));
/// ```
///
/// # Panics
///
/// If two types of the same name have different schemas in the two
/// contracts; a test makes sure they do not.
pub fn api_schema() -> Value {
    let mut defs = Map::new();

    // In: the PEP document, exactly as `pkg/pep.schema.json` states it.
    let mut pep = crate::model::json_schema();
    if let Some(root) = pep.as_object_mut() {
        if let Some(Value::Object(pep_defs)) = root.remove("$defs") {
            defs.extend(pep_defs);
        }
        for keyword in ["$schema", "$id"] {
            root.remove(keyword);
        }
    }
    defs.insert("Pep".into(), pep);

    // Out: everything the API returns.
    let mut out = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    out.subschema_for::<Report>();
    out.subschema_for::<Finding>();
    out.subschema_for::<SectionState>();
    out.subschema_for::<Severity>();
    out.subschema_for::<Stage>();
    out.subschema_for::<Vec<ParseError>>();
    out.subschema_for::<Schedule>();
    out.subschema_for::<QaAssessment>();
    out.subschema_for::<RuleInfo>();
    out.subschema_for::<Config>();
    out.subschema_for::<CalendarConfig>();
    out.subschema_for::<Term>();
    out.subschema_for::<DateRange>();
    for (name, schema) in out.take_definitions(true) {
        match defs.get(&name) {
            Some(existing) => assert_eq!(
                existing, &schema,
                "two API types are called {name} but differ"
            ),
            None => {
                defs.insert(name, schema);
            }
        }
    }

    for (name, schema) in &mut defs {
        if let Some(schema) = schema.as_object_mut() {
            schema.insert("title".into(), Value::from(name.as_str()));
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": API_SCHEMA_ID,
        "title": "pepkit API types",
        "description": "Every type the pepkit JavaScript API takes or returns, by name in $defs.",
        "$defs": defs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_api_type() {
        let schema = api_schema();
        let defs = schema["$defs"].as_object().unwrap();
        for name in [
            "Pep",
            "Report",
            "Finding",
            "SectionState",
            "SectionStatus",
            "Severity",
            "Stage",
            "ParseError",
            "Schedule",
            "ScheduleItem",
            "DueStatus",
            "QaAssessment",
            "CriterionAssessment",
            "RuleInfo",
            "Config",
            "Terminology",
            "Thresholds",
            "QaFramework",
            "CalendarConfig",
            "CountingMode",
            "Term",
            "TermKind",
            "DateRange",
            "Target",
            "Judgement",
        ] {
            assert!(defs.contains_key(name), "no {name} in {:?}", defs.keys());
            assert_eq!(defs[name]["title"], name);
        }
    }

    #[test]
    fn outputs_require_what_is_always_written() {
        let schema = api_schema();
        let defs = &schema["$defs"];
        let required = |name: &str| defs[name]["required"].clone();
        assert_eq!(
            required("Finding"),
            json!(["rule", "severity", "path", "message", "blocks"])
        );
        assert_eq!(required("Report"), json!(["findings", "sections"]));
        assert_eq!(
            required("RuleInfo"),
            json!(["id", "severity", "blocks", "checks", "why", "source"])
        );
        // Every setting is written by `defaultConfig()`.
        assert_eq!(
            required("Config").as_array().map(Vec::len),
            Some(8),
            "{}",
            defs["Config"]
        );
        assert_eq!(defs["Config"]["additionalProperties"], false);
        assert_eq!(
            defs["DateRange"]["properties"]["start"]["format"],
            json!("date")
        );
        assert_eq!(
            defs["ScheduleItem"]["properties"]["due"]["format"],
            json!("date")
        );
    }
}
