//! The PEP model against the shared fixtures and a table of malformed
//! documents: every fixture parses and round-trips, vendor fields survive,
//! and every malformed document gets errors that say where and what.

use pep_core::model::{self, Kind, Pep};
use serde_json::{Value, json};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/");
const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pkg/pep.schema.json");

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}{name}")).unwrap()
}

#[test]
fn there_are_fixtures_of_every_kind_and_state() {
    let names = fixture_names();
    for kind in ["early-years", "school-age", "post-16"] {
        for state in ["good", "gaps", "initial", "returned"] {
            let name = format!("{kind}-{state}.json");
            assert!(names.contains(&name), "missing fixture {name}");
        }
    }
}

#[test]
fn every_fixture_parses_with_its_kind() {
    for name in fixture_names() {
        let pep = model::parse(&read(&name)).unwrap_or_else(|e| panic!("{name}:\n{e}"));
        let kind = match pep.kind {
            Kind::EarlyYears => "early-years",
            Kind::SchoolAge => "school-age",
            Kind::Post16 => "post-16",
        };
        assert!(name.starts_with(kind), "{name} has kind {kind}");
        assert_eq!(pep.kind.as_str(), kind);
    }
}

#[test]
fn every_fixture_round_trips() {
    for name in fixture_names() {
        let text = read(&name);
        let pep = model::parse(&text).unwrap();
        let written = serde_json::to_string_pretty(&pep).unwrap();
        let again = model::parse(&written).unwrap_or_else(|e| panic!("{name} rewritten:\n{e}"));
        assert_eq!(pep, again, "{name}");
        // Nothing is lost or added: the JSON values are equal too.
        let original = numbers_as_f64(serde_json::from_str(&text).unwrap());
        let rewritten = numbers_as_f64(serde_json::from_str(&written).unwrap());
        assert_eq!(original, rewritten, "{name}");
    }
}

/// `15` and `15.0` are the same number to a PEP: compare them as equal.
fn numbers_as_f64(value: Value) -> Value {
    match value {
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, numbers_as_f64(v)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
fn good_fixtures_break_no_field_limits() {
    for name in fixture_names() {
        let pep = model::parse(&read(&name)).unwrap();
        assert_eq!(model::field_limits(&pep), [], "{name}");
    }
}

#[test]
fn vendor_fields_survive_at_every_level() {
    let mut pep = model::parse(&read("school-age-gaps.json")).unwrap();
    assert_eq!(pep.extra["vendorCaseId"], json!("EPEP-2026-004417"));
    assert_eq!(pep.extra["vendorAudit"]["createdBy"], json!("import"));
    assert_eq!(pep.targets[0].extra["vendorRef"], json!("T-5521"));
    assert_eq!(
        pep.targets[0].extra["vendorTags"],
        json!(["imported", "2026-autumn"])
    );
    let row = &pep.attainment.subjects[0];
    assert_eq!(row.extra["vendorRowId"], json!("row-88213"));
    assert_eq!(row.extra["vendorColour"], json!({"bar": "#c0392b"}));

    // Edit, write, read back: the vendor's fields are still there, unchanged.
    pep.targets[0].outcome = Some("Ryan will write a 300-word answer in 40 minutes.".into());
    let again = model::parse(&serde_json::to_string(&pep).unwrap()).unwrap();
    assert_eq!(again.extra, pep.extra);
    assert_eq!(again.targets[0].extra, pep.targets[0].extra);
    assert_eq!(again.attainment.subjects[0].extra, row.extra);
    assert_eq!(
        again.targets[0].outcome.as_deref(),
        Some("Ryan will write a 300-word answer in 40 minutes.")
    );
}

#[test]
fn the_seed_004_progress_table_is_in_the_post16_fixture() {
    let pep = model::parse(&read("post-16-good.json")).unwrap();
    assert_eq!(pep.child.preferred_name.as_deref(), Some("Jamie"));
    assert_eq!(pep.post16.as_ref().and_then(|p| p.year_group), Some(13));
    let subjects: Vec<_> = pep
        .attainment
        .subjects
        .iter()
        .map(|s| s.subject.as_deref().unwrap())
        .collect();
    assert_eq!(subjects, ["Sociology", "History", "Psychology"]);
    let psychology = &pep.attainment.subjects[2];
    let autumn = psychology.autumn.as_ref().unwrap();
    assert_eq!(autumn.on_track, Some(false));
    assert_eq!(autumn.progress, Some(model::Progress::LessThanExpected));
    assert!(
        autumn
            .intervention
            .as_deref()
            .unwrap()
            .starts_with("Jamie, you are only just working within a B")
    );
    assert_eq!(
        psychology.summer.as_ref().unwrap().intervention.as_deref(),
        Some("You are absolutely on track, Jamie! Well done!")
    );
}

#[test]
fn every_kind_has_its_own_section() {
    let minimal = |kind: &str, section: &str| {
        let text = format!(r#"{{"schemaVersion":"1","kind":"{kind}","{section}":{{}}}}"#);
        model::parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
    };
    assert_eq!(minimal("early-years", "earlyYears").kind, Kind::EarlyYears);
    assert_eq!(minimal("school-age", "schoolAge").kind, Kind::SchoolAge);
    assert_eq!(minimal("post-16", "post16").kind, Kind::Post16);
    let only_required = model::parse(r#"{"schemaVersion":"1","kind":"post-16"}"#).unwrap();
    assert_eq!(
        only_required,
        Pep {
            kind: Kind::Post16,
            ..Pep::default()
        }
    );
}

/// One malformed document and the errors it must produce:
/// `(pointer, line, column, part of the message)`.
fn check(text: &str, expected: &[(&str, usize, usize, &str)]) {
    let errors = match model::parse(text) {
        Ok(pep) => panic!("{text:.200} parsed: {pep:?}"),
        Err(errors) => errors,
    };
    let got: Vec<_> = errors
        .0
        .iter()
        .map(|e| (e.pointer.as_str(), e.line, e.column))
        .collect();
    let want: Vec<_> = expected.iter().map(|(p, l, c, _)| (*p, *l, *c)).collect();
    assert_eq!(got, want, "for {text:.200}\n{errors}");
    for (error, (_, _, _, part)) in errors.0.iter().zip(expected) {
        assert!(
            error.message.contains(part),
            "for {text:.200}: {:?} lacks {part:?}",
            error.message
        );
    }
}

/// A document of the given kind with `rest` spliced in after `kind`.
fn doc(rest: &str) -> String {
    format!(r#"{{"schemaVersion":"1","kind":"school-age"{rest}}}"#)
}

#[test]
fn malformed_documents_say_where_and_what() {
    // Not a PEP at all.
    check("", &[("", 1, 0, "EOF while parsing")]);
    check(
        "[]",
        &[("", 1, 1, "expected a PEP (a JSON object), found an array")],
    );
    check("\"pep\"", &[("", 1, 1, "found \"pep\"")]);
    check("null", &[("", 1, 1, "found null")]);
    check("{} x", &[("", 1, 4, "trailing characters")]);
    check(
        "{\n  \"kind\": \"post-16\",\n}",
        &[("", 3, 1, "trailing comma")],
    );
    check("{\"kind\" \"post-16\"}", &[("", 1, 9, "expected `:`")]);
    check("{\"a\": tru}", &[("", 1, 10, "expected ident")]);
    // Required fields.
    check(
        r#"{"kind":"post-16"}"#,
        &[("/schemaVersion", 1, 1, "add \"schemaVersion\": \"1\"")],
    );
    check(
        r#"{"schemaVersion":"1"}"#,
        &[("/kind", 1, 1, "`early-years`, `school-age`, `post-16`")],
    );
    check(
        "{}",
        &[
            ("/schemaVersion", 1, 1, "missing field"),
            ("/kind", 1, 1, "missing field"),
        ],
    );
    check(
        r#"{"schemaVersion":"2","kind":"post-16"}"#,
        &[("/schemaVersion", 1, 18, "found \"2\"")],
    );
    check(
        r#"{"schemaVersion":1,"kind":"post-16"}"#,
        &[("/schemaVersion", 1, 18, "found 1")],
    );
    // Unknown enum values list what is allowed.
    check(
        r#"{"schemaVersion":"1","kind":"sixth-form"}"#,
        &[(
            "/kind",
            1,
            29,
            "expected one of `early-years`, `school-age`, `post-16`",
        )],
    );
    check(
        &doc(r#","status":"signed""#),
        &[("/status", 1, 51, "`draft`, `social-worker-signed`")],
    );
    check(
        &doc(r#","additionalNeeds":{"primaryNeed":"ADHD"}"#),
        &[("/additionalNeeds/primaryNeed", 1, 75, "`SPLD`, `MLD`")],
    );
    check(
        &doc(r#","meeting":{"wellbeingRag":"purple"}"#),
        &[("/meeting/wellbeingRag", 1, 68, "`red`, `amber`, `green`")],
    );
    check(
        &doc(r#","previousTargets":[{"result":"done"}]"#),
        &[(
            "/previousTargets/0/result",
            1,
            71,
            "`achieved`, `partly-achieved`",
        )],
    );
    check(
        &doc(r#","attainment":{"subjects":[{"autumn":{"progress":"good"}}]}"#),
        &[(
            "/attainment/subjects/0/autumn/progress",
            1,
            90,
            "`less-than-expected`, `expected`",
        )],
    );
    // Dates.
    check(
        &doc(r#","targets":[{},{},{"deadline":"31/13/2026"}]"#),
        &[(
            "/targets/2/deadline",
            1,
            71,
            r#"expected a date like 2026-09-01, found "31/13/2026""#,
        )],
    );
    check(
        &doc(r#","nextPepDate":"2023-02-29""#),
        &[("/nextPepDate", 1, 56, r#"found "2023-02-29""#)],
    );
    check(
        &doc(r#","child":{"dateOfBirth":"2014-3-9"}"#),
        &[("/child/dateOfBirth", 1, 65, "expected a date like")],
    );
    check(
        &doc(r#","meeting":{"date":20261006}"#),
        &[(
            "/meeting/date",
            1,
            60,
            "expected a date like 2026-09-01, found integer",
        )],
    );
    // Wrong types.
    check(
        &doc(r#","targets":"none""#),
        &[(
            "/targets",
            1,
            52,
            "expected an array, found string \"none\"",
        )],
    );
    check(
        &doc(r#","targets":[{"outcome":7}]"#),
        &[(
            "/targets/0/outcome",
            1,
            64,
            "expected a string, found integer `7`",
        )],
    );
    check(
        &doc(r#","targets":[{"lead":"Ms Khan"}]"#),
        &[("/targets/0/lead", 1, 61, "expected an object")],
    );
    check(
        &doc(r#","child":[]"#),
        &[("/child", 1, 50, "expected an object, found an array")],
    );
    check(
        &doc(r#","meeting":{"youngPersonAttended":"yes"}"#),
        &[(
            "/meeting/youngPersonAttended",
            1,
            75,
            "expected true or false",
        )],
    );
    check(
        &doc(r#","meeting":{"attendancePercent":"95%"}"#),
        &[("/meeting/attendancePercent", 1, 73, "expected a number")],
    );
    check(
        &doc(r#","schoolAge":{"yearGroup":-1}"#),
        &[(
            "/schoolAge/yearGroup",
            1,
            67,
            "expected a whole number from 0 to 255",
        )],
    );
    check(
        &doc(r#","schoolAge":{"yearGroup":7.5}"#),
        &[("/schoolAge/yearGroup", 1, 67, "found floating point `7.5`")],
    );
    check(
        &doc(r#","child":{"name":null,"upn":false}"#),
        &[("/child/upn", 1, 69, "expected a string, found boolean")],
    );
    // Several at once, across lines, in document order.
    check(
        "{\"schemaVersion\": \"1\",\n \"kind\": \"post-16\",\n \"targets\": [\n  {\"deadline\": \"tomorrow\"},\n  {\"timescale\": 3}\n ],\n \"post16\": {\"eetStatus\": \"college\"}\n}",
        &[
            ("/targets/0/deadline", 4, 16, "found \"tomorrow\""),
            (
                "/targets/1/timescale",
                5,
                17,
                "expected a string (one of the allowed values), found integer `3`",
            ),
            ("/post16/eetStatus", 7, 26, "`education`, `employment`"),
        ],
    );
    // An unknown key with pointer-special characters beside an error.
    check(
        &doc(r#","meeting":{"attendees":[{"name":"A"},{"attended":"no","a/b~c":1}]}"#),
        &[(
            "/meeting/attendees/1/attended",
            1,
            91,
            "expected true or false",
        )],
    );
}

#[test]
fn deeply_nested_junk_is_an_error_not_a_crash() {
    let text = "[".repeat(100_000);
    let errors = model::parse(&text).unwrap_err();
    assert!(
        errors.0[0].message.contains("nested too deeply"),
        "{errors}"
    );
    let text = format!(
        r#"{{"schemaVersion":"1","kind":"post-16","x":{}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    assert!(
        model::parse(&text)
            .unwrap_err()
            .to_string()
            .contains("nested too deeply")
    );
    // Deep but within the limit, in an unknown field: kept as it came.
    let text = format!(
        r#"{{"schemaVersion":"1","kind":"post-16","x":{}{}}}"#,
        "[".repeat(100),
        "]".repeat(100)
    );
    let pep = model::parse(&text).unwrap();
    assert!(pep.extra["x"].is_array());
}

#[test]
fn a_5_mb_text_field_is_read_and_left_to_the_rules() {
    let big = "a".repeat(5 * 1024 * 1024);
    let text = format!(
        r#"{{"schemaVersion":"1","kind":"school-age","meeting":{{"discussion":"{big}"}}}}"#
    );
    let pep = model::parse(&text).unwrap();
    assert_eq!(
        pep.meeting.discussion.as_deref().map(str::len),
        Some(big.len())
    );
    let problems = model::field_limits(&pep);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].pointer, "/meeting/discussion");
    assert_eq!(problems[0].code, "length");
}

#[test]
fn many_errors_are_capped() {
    let targets = vec![r#"{"deadline":"x"}"#; 80].join(",");
    let errors = model::parse(&doc(&format!(r#","targets":[{targets}]"#))).unwrap_err();
    assert_eq!(errors.0.len(), 50);
    assert_eq!(errors.0[49].pointer, "/targets/49/deadline");
}

#[test]
fn errors_serialize_for_javascript() {
    let errors = model::parse(&doc(r#","nextPepDate":"soon""#)).unwrap_err();
    assert_eq!(
        serde_json::to_value(&errors).unwrap(),
        json!([{"pointer": "/nextPepDate", "line": 1, "column": 56,
                "message": "expected a date like 2026-09-01, found \"soon\""}])
    );
    let boxed: Box<dyn std::error::Error> = Box::new(errors);
    assert_eq!(
        boxed.to_string(),
        "/nextPepDate: expected a date like 2026-09-01, found \"soon\" (line 1, column 56)"
    );
}

#[test]
fn the_committed_schema_is_current() {
    let generated = serde_json::to_string_pretty(&model::json_schema()).unwrap() + "\n";
    let committed = std::fs::read_to_string(SCHEMA).unwrap_or_default();
    assert!(
        committed == generated,
        "pkg/pep.schema.json is out of date: run `cargo xtask schema`"
    );
}

#[test]
fn the_schema_describes_dates_and_keeps_unknown_fields() {
    let schema = model::json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["additionalProperties"], true);
    assert_eq!(schema["properties"]["meeting"]["$ref"], "#/$defs/Meeting");
    let date = &schema["$defs"]["Meeting"]["properties"]["date"];
    assert_eq!(date["format"], "date");
    assert!(schema["$defs"]["Target"]["properties"]["deadline"]["description"].is_string());
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if def["type"] == "object" {
            assert_eq!(def["additionalProperties"], true, "{name}");
        }
    }
}
