//! Whole reports for every fixture: snapshots (insta), good fixtures have no
//! errors, seed 004's Jamie gets no intervention finding where one is written,
//! nothing panics on empty PEPs, and carry-forward asks for exactly what must
//! be written afresh.

use pep_core::{Config, Date, Severity, model::Pep, parse, start_review, validate};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
const TODAY: Date = jiff::civil::date(2026, 11, 23);

fn fixture(name: &str) -> Pep {
    let text = std::fs::read_to_string(format!("{FIXTURES}/{name}.json")).unwrap();
    parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_report_matches_its_snapshot() {
    let names = fixture_names();
    assert!(names.len() >= 12, "at least 12 fixtures");
    for name in names {
        let report = validate(&fixture(&name), &Config::default(), TODAY);
        insta::assert_json_snapshot!(name.clone(), report);
    }
}

#[test]
fn good_fixtures_have_no_errors() {
    for kind in ["early-years", "school-age", "post-16"] {
        let name = format!("{kind}-good");
        let report = validate(&fixture(&name), &Config::default(), TODAY);
        let errors: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{} at {}: {}", f.rule, f.path, f.message))
            .collect();
        assert!(
            errors.is_empty(),
            "{name} has errors:\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn gaps_fixtures_have_errors_in_every_kind() {
    for kind in ["early-years", "school-age", "post-16"] {
        let report = validate(&fixture(&format!("{kind}-gaps")), &Config::default(), TODAY);
        assert!(report.has_errors(), "{kind}-gaps should have errors");
    }
}

/// Seed 004's Year 13 table: Psychology in autumn is not on track and has an
/// intervention written, so no finding; remove the text and there is one.
#[test]
fn jamie_psychology_autumn_intervention() {
    let mut jamie = fixture("post-16-good");
    let index = jamie
        .attainment
        .subjects
        .iter()
        .position(|s| s.subject.as_deref() == Some("Psychology"))
        .expect("the Jamie fixture has Psychology");
    let path = format!("/attainment/subjects/{index}/autumn/intervention");
    let about_psychology = |pep: &Pep| {
        validate(pep, &Config::default(), TODAY)
            .findings
            .into_iter()
            .filter(|f| f.path == path)
            .count()
    };
    assert_eq!(about_psychology(&jamie), 0, "an intervention is written");
    let autumn = jamie.attainment.subjects[index].autumn.as_mut().unwrap();
    assert!(autumn.intervention.is_some());
    autumn.intervention = None;
    assert_eq!(
        about_psychology(&jamie),
        1,
        "without the text the rule fires"
    );
}

#[test]
fn no_rule_panics_on_a_pep_with_every_optional_part_missing() {
    for kind in ["early-years", "school-age", "post-16"] {
        let pep = parse(&format!(r#"{{"schemaVersion":"1","kind":"{kind}"}}"#)).unwrap();
        for today in [
            TODAY,
            jiff::civil::date(2000, 1, 1),
            jiff::civil::date(2099, 12, 31),
        ] {
            let report = validate(&pep, &Config::default(), today);
            assert!(
                report.has_errors(),
                "an empty {kind} PEP cannot be signed off"
            );
        }
    }
    validate(&Pep::default(), &Config::default(), TODAY);
}

/// What `start_review` leaves to be written afresh, as JSON Pointer prefixes.
const AFRESH: &[&str] = &[
    "/targets",
    "/previousTargets",
    "/views",
    "/meeting",
    "/nextPepDate",
    "/signOffs",
    "/attainment",
    "/status",
    // Carried forward, but the social worker confirms it afresh each term
    // (seed 004: care information complete and current).
    "/care",
];

#[test]
fn start_review_asks_for_exactly_what_must_be_written_afresh() {
    for kind in ["early-years", "school-age", "post-16"] {
        let name = format!("{kind}-good");
        let last = fixture(&name);
        let next = start_review(&last, jiff::civil::date(2027, 1, 18));

        // It parses, and keeps the vendor's fields.
        let text = serde_json::to_string(&next).unwrap();
        let again = parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(again, next);
        assert_eq!(next.extra, last.extra, "{name}: top-level vendor fields");

        // Every previous target is listed for review.
        let outcomes: Vec<_> = next
            .previous_targets
            .iter()
            .map(|t| t.outcome.clone())
            .collect();
        let set: Vec<_> = last.targets.iter().map(|t| t.outcome.clone()).collect();
        assert_eq!(outcomes, set, "{name}: previous targets");

        // The report asks only about what is new.
        let report = validate(&next, &Config::default(), jiff::civil::date(2027, 1, 18));
        for f in report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
        {
            assert!(
                AFRESH
                    .iter()
                    .any(|p| f.path == *p || f.path.starts_with(&format!("{p}/"))),
                "{name}: start_review left {} at {} ({})",
                f.rule,
                f.path,
                f.message
            );
        }
        // ... and does ask for the new targets, the review of the old ones,
        // the young person's views and the next PEP date.
        for wanted in ["/targets", "/previousTargets", "/views"] {
            assert!(
                report.findings.iter().any(|f| f.path.starts_with(wanted)),
                "{name}: nothing asks for {wanted}"
            );
        }
    }
}

mod no_panics {
    use super::*;
    use proptest::prelude::*;

    /// Any date jiff can hold, from -9999 to 9999 (for `today`).
    fn any_date() -> impl Strategy<Value = Date> {
        dates_in(-9999)
    }

    /// Any date a document can carry: a four-digit year.
    fn document_date() -> impl Strategy<Value = Date> {
        dates_in(1)
    }

    fn dates_in(first_year: i16) -> impl Strategy<Value = Date> {
        (first_year..=9999, 1i8..=12, 1i8..=31)
            .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or_else(|_| jiff::civil::date(y, m, 1)))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Extreme and inconsistent dates anywhere in a PEP, and any "today",
        /// never make a rule, the schedule, QA or carry-forward panic.
        #[test]
        fn extreme_dates_never_panic(
            dates in proptest::collection::vec(document_date(), 8),
            today in any_date(),
            kind in prop_oneof![Just("early-years"), Just("school-age"), Just("post-16")],
        ) {
            let d = |i: usize| dates[i].to_string();
            let text = format!(
                r#"{{"schemaVersion":"1","kind":"{kind}","pepType":"review",
                "previousPepDate":"{}","nextPepDate":"{}",
                "child":{{"dateOfBirth":"{}","dateEnteredCare":"{}","entryType":"emergency"}},
                "care":{{"placement":{{"startDate":"{}","lastUpdated":"{}"}},"placementChanges":[{{"date":"{}"}}]}},
                "meeting":{{"date":"{}"}},
                "targets":[{{"deadline":"{}","startDate":"{}","timescale":"long-term","outcome":"Improve"}}],
                "schoolAge":{{"yearGroup":10}},
                "signOffs":{{"designatedTeacher":{{"date":"{}","nextPepDate":"{}"}}}}}}"#,
                d(0), d(1), d(2), d(3), d(4), d(5), d(6), d(7), d(1), d(0), d(7), d(2)
            );
            let pep = parse(&text).unwrap();
            let config = Config::default();
            validate(&pep, &config, today);
            pep_core::schedule(&pep, &config, today);
            pep_core::qa_assess(&pep, &config, today);
            start_review(&pep, today);
        }
    }
}
