//! The `pep` binary on temporary directories of fixtures: exit codes, text
//! and JSON output, the audit's figures, CSV rows and HTML contents.
//! "Today" is always 2026-11-23, as in the fixtures' README.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const TODAY: &str = "2026-11-23";

/// The shared fixtures folder.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn fixture(name: &str) -> PathBuf {
    fixtures().join(name)
}

/// Runs `pep` with `--today 2026-11-23` and `args`: (exit code, stdout, stderr).
fn pep(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pep"))
        .args(args)
        .args(["--today", TODAY])
        .output()
        .expect("the pep binary runs");
    (
        out.status.code().expect("exited, not killed"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A PEP whose review is due after a placement change (schedule.rs's own
/// example: due 2026-11-16, so overdue on 2026-11-23).
const CHANGED: &str = r#"{"schemaVersion":"1","kind":"school-age",
  "child":{"name":"Robin Test","preferredName":"Robin"},
  "setting":{"name":"Hollins Park Academy"},
  "previousPepDate":"2026-10-01","care":{"placementChanges":[{"date":"2026-11-02"}]}}"#;

/// A caseload: the twelve fixtures split over two folders (one nested), the
/// changed-placement PEP, a corrupt file, a JSON file that is not a PEP and
/// a text file the audit ignores.
fn caseload() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("b/nested");
    std::fs::create_dir_all(dir.path().join("a")).unwrap();
    std::fs::create_dir_all(&nested).unwrap();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.file_name().unwrap();
            let to = if name.to_str().unwrap().starts_with("school-age") {
                nested.join(name)
            } else {
                dir.path().join("a").join(name)
            };
            std::fs::copy(&path, to).unwrap();
        }
    }
    std::fs::write(dir.path().join("changed.json"), CHANGED).unwrap();
    std::fs::write(
        dir.path().join("corrupt.json"),
        "{\"schemaVersion\": \"1\", \"kind\": ",
    )
    .unwrap();
    std::fs::write(dir.path().join("not-a-pep.json"), r#"{"hello":"world"}"#).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not JSON, not looked at").unwrap();
    dir
}

#[test]
fn validate_exit_codes() {
    let good = fixture("school-age-good.json");
    let gaps = fixture("school-age-gaps.json");
    let dir = caseload();
    let corrupt = dir.path().join("corrupt.json");
    let not_pep = dir.path().join("not-a-pep.json");

    let (code, out, _) = pep(&["validate", s(&good)]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("{}: no problems found\n", s(&good)));

    let (code, out, _) = pep(&["validate", s(&good), s(&gaps)]);
    assert_eq!(code, 1);
    assert!(
        out.contains("school-age-gaps.json: 20 errors, 7 warnings"),
        "{out}"
    );
    assert!(out.contains("  error   smart-target-who-leads at /targets/0/lead/name: Target 1 needs the name of the person who leads it"), "{out}");

    // Bad input wins over errors, and the other files are still checked.
    let (code, out, err) = pep(&["validate", s(&gaps), s(&corrupt)]);
    assert_eq!(code, 2);
    assert!(out.contains("20 errors"));
    assert!(
        err.contains("corrupt.json: not a PEP pepkit can read"),
        "{err}"
    );
    assert!(err.contains("(line 1, column"), "{err}");

    let (code, _, err) = pep(&["validate", s(&not_pep)]);
    assert_eq!(code, 2);
    assert!(err.contains("/schemaVersion: missing field"), "{err}");

    let (code, _, err) = pep(&["validate", s(&dir.path().join("missing.json"))]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json: cannot read"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let good = fixture("school-age-good.json");
    let (code, _, _) = pep(&["validate"]);
    assert_eq!(code, 2);
    let (code, _, _) = pep(&["frobnicate"]);
    assert_eq!(code, 2);
    let out = Command::new(env!("CARGO_BIN_EXE_pep"))
        .args(["validate", s(&good), "--today", "23/11/2026"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a date like 2026-09-01"));
}

#[test]
fn a_bad_config_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("council.json");
    std::fs::write(&config, r#"{"thresholds":{"attendanceLine":150}}"#).unwrap();
    let good = fixture("school-age-good.json");
    for args in [
        vec!["validate", s(&good)],
        vec!["audit", s(dir.path())],
        vec!["rules"],
    ] {
        let mut args = args.clone();
        args.extend(["--config", s(&config)]);
        let (code, _, err) = pep(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains("council.json: config /thresholds/attendanceLine"),
            "{err}"
        );
    }
    // A good config is used: switching a rule off removes its findings.
    std::fs::write(&config, r#"{"disabledRules":["smart-target-who-leads"]}"#).unwrap();
    let (code, out, _) = pep(&[
        "validate",
        s(&fixture("school-age-gaps.json")),
        "--config",
        s(&config),
    ]);
    assert_eq!(code, 1);
    assert!(!out.contains("smart-target-who-leads"));
}

#[test]
fn validate_as_json() {
    let (code, out, _) = pep(&[
        "validate",
        "--format",
        "json",
        s(&fixture("school-age-good.json")),
        s(&fixture("early-years-gaps.json")),
    ]);
    assert_eq!(code, 1);
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["errors"], 0);
    assert!(json[1]["errors"].as_u64().unwrap() > 0);
    assert!(
        json[1]["file"]
            .as_str()
            .unwrap()
            .ends_with("early-years-gaps.json")
    );
    assert!(json[1]["findings"][0]["rule"].is_string());
}

/// The audit's summary as JSON, with its exit code and standard error.
fn audit_json(dir: &Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec!["audit", s(dir), "--format", "json"];
    args.extend(extra);
    let (code, out, err) = pep(&args);
    (code, serde_json::from_str(&out).unwrap(), err)
}

#[test]
fn audit_figures() {
    let dir = caseload();
    let (code, a, err) = audit_json(dir.path(), &[]);
    // Two files skipped: exit 1, and the audit carried on.
    assert_eq!(code, 1);
    assert_eq!(a["peps"], 13);
    assert_eq!(a["today"], TODAY);
    let skipped: Vec<&str> = a["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(skipped.len(), 2);
    assert!(skipped[0].ends_with("corrupt.json") && skipped[1].ends_with("not-a-pep.json"));
    assert!(
        a["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("line 1")
    );
    assert!(
        a["skipped"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("missing field")
    );
    assert!(err.contains("corrupt.json: skipped:"), "{err}");

    // The twelve fixtures' next meetings are all in the spring term; the
    // changed-placement PEP has no meeting, so it counts from its previous PEP.
    assert_eq!(
        a["nextPep"],
        serde_json::json!({"overdue": 0, "dueSoon": 0, "onTrack": 13, "noDate": 0})
    );
    assert_eq!(a["initialPeps"], serde_json::json!({"total": 3, "late": 2}));
    assert_eq!(a["dtSignOffs"], serde_json::json!({"total": 12, "late": 4}));
    assert_eq!(a["qa"]["meets"], 4);
    assert_eq!(a["qa"]["total"], 13);
    assert_eq!(a["qa"]["percent"], 30.8);
    let hollins = a["qaBySchool"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["school"] == "Hollins Park Academy")
        .unwrap();
    assert_eq!(
        (hollins["meets"].as_u64(), hollins["total"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(hollins["percent"], 50.0);
    let top = &a["failingRules"][0];
    assert!(top["peps"].as_u64().unwrap() >= 5, "{top}");
    assert_eq!(a["changeReviews"].as_array().unwrap().len(), 1);
    let change = &a["changeReviews"][0];
    assert_eq!(change["child"], "Robin");
    assert_eq!(change["due"], "2026-11-16");
    assert_eq!(change["status"], "overdue");

    // Without the bad files: exit 0.
    std::fs::remove_file(dir.path().join("corrupt.json")).unwrap();
    std::fs::remove_file(dir.path().join("not-a-pep.json")).unwrap();
    let (code, a, _) = audit_json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(a["skipped"], serde_json::json!([]));

    // A directory that is not there: exit 2.
    let (code, _, err) = pep(&["audit", s(&dir.path().join("nowhere"))]);
    assert_eq!(code, 2);
    assert!(err.contains("nowhere: cannot read"), "{err}");
}

#[test]
fn audit_text() {
    let dir = caseload();
    let (code, out, _) = pep(&["audit", s(dir.path())]);
    assert_eq!(code, 1);
    for line in [
        "13 PEPs read, 2 files skipped",
        "  due within 10 working days             0",
        "Initial PEPs late                        2 of 3",
        "DT sign-offs late                        4 of 12",
        "QA standard met                          4 of 13 (30.8%)",
        "Most frequent failing rules (PEPs with an error)",
        "Reviews due after a change of school or placement",
        "2026-11-16  overdue   Robin: PEP review after the change of placement on Monday 2 November 2026",
        "Files skipped",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
}

#[test]
fn audit_csv_has_one_row_per_pep() {
    let dir = caseload();
    let csv = dir.path().join("out/report.csv");
    std::fs::create_dir_all(csv.parent().unwrap()).unwrap();
    let (code, _, _) = pep(&["audit", s(dir.path()), "--csv", s(&csv)]);
    assert_eq!(code, 1);
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 14, "{text}");
    assert_eq!(
        lines[0],
        "path,kind,pepType,status,child,school,nextPepDue,nextPepStatus,initialPepLate,dtSignOffLate,changeReviewsDue,meetsQaStandard,errors,warnings,errorRules"
    );
    let amira = lines
        .iter()
        .find(|l| l.contains("school-age-good.json"))
        .unwrap();
    assert!(amira.contains(",school-age,review,approved,Amira,Hollins Park Academy,2027-02-03,on-track,,no,0,yes,0,"), "{amira}");
    let initial = lines
        .iter()
        .find(|l| l.contains("school-age-initial.json"))
        .unwrap();
    // A school name with an apostrophe and spaces; quoted only when needed.
    assert!(
        initial.contains(",St Aidan's Church of England Primary School,"),
        "{initial}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("changed.json") && l.contains(",1,"))
    );
}

#[test]
fn audit_html_is_self_contained_and_accessible_in_shape() {
    let dir = caseload();
    let html_path = dir.path().join("report.html");
    let (code, _, _) = pep(&["audit", s(dir.path()), "--html", s(&html_path)]);
    assert_eq!(code, 1);
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(html.contains("<title>PEP audit of "));
    assert!(html.contains("<h1>") && html.contains("<h2>Quality assurance</h2>"));
    assert_eq!(html.matches("<svg role=\"img\"").count(), 3);
    assert_eq!(html.matches("<title id=\"chart-").count(), 3);
    assert!(html.contains("<th scope=\"col\">School or setting</th>"));
    assert!(html.contains("<th scope=\"row\">Hollins Park Academy</th><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">50.0%</td>"));
    assert!(html.contains("not-a-pep.json"));
    assert!(html.contains("St Aidan&#39;s"));
    // Nothing to fetch and nothing to run.
    for banned in [
        "<script", "http:", "https:", "src=", "<link", "url(", "@import",
    ] {
        assert!(!html.contains(banned), "the report contains {banned}");
    }
}

#[test]
fn schedule_rules_and_schema() {
    let (code, out, _) = pep(&["schedule", s(&fixture("school-age-initial.json"))]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "2026-10-26  done      initial-pep-timescale  Initial PEP meeting (done on 2026-10-22)"
        ),
        "{out}"
    );
    assert!(out.contains("on-track  pep-every-term"), "{out}");

    let (code, out, _) = pep(&[
        "schedule",
        "--format",
        "json",
        s(&fixture("school-age-initial.json")),
    ]);
    assert_eq!(code, 0);
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["items"][0]["rule"], "initial-pep-timescale");

    let (code, _, err) = pep(&["schedule", s(&fixture("nope.json"))]);
    assert_eq!(code, 2);
    assert!(err.contains("nope.json: cannot read"));

    let (code, out, _) = pep(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let rules: Value = serde_json::from_str(&out).unwrap();
    assert!(
        rules
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "smart-target-who-leads")
    );
    let (_, out, _) = pep(&["rules"]);
    assert!(
        out.lines()
            .any(|l| l.starts_with("smart-target-who-leads "))
    );

    let (code, out, _) = pep(&["schema"]);
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&out).unwrap();
    assert!(
        schema["properties"]["schemaVersion"].is_object(),
        "{schema}"
    );
}

#[test]
fn gen_caseload_is_deterministic_and_auditable() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for d in [&one, &two] {
        let (code, out, _) = pep(&["gen-caseload", "1205", s(d), "--seed", "7"]);
        assert_eq!(code, 0);
        assert!(out.contains("wrote 1205 PEPs"));
    }
    let a = std::fs::read(one.join("001/pep-001205.json")).unwrap();
    assert_eq!(a, std::fs::read(two.join("001/pep-001205.json")).unwrap());
    let (code, audit, _) = audit_json(&one, &[]);
    assert_eq!(code, 0);
    assert_eq!(audit["peps"], 1205);
    // Varied: every status of the next meeting, and all three kinds.
    for status in ["overdue", "dueSoon", "onTrack"] {
        assert!(
            audit["nextPep"][status].as_u64().unwrap() > 0,
            "{status}: {}",
            audit["nextPep"]
        );
    }
    assert!(audit["qaBySchool"].as_array().unwrap().len() > 20);
    assert!(audit["qa"]["meets"].as_u64().unwrap() > 0);
}
