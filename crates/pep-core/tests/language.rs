//! The `language-*` rules end to end (issue 7): they fire on seeded text
//! (each care term the issue lists, an acronym, a third-person sentence, a
//! dense paragraph) and stay quiet on seed 004's "Jamie, you are ..."
//! intervention texts; and every built-in sentence written to the young
//! person (`.yp` messages, and the young person's view and "My views"
//! copy under `yp-` keys) reads at grade 5 or below.

use pep_core::language::reading_grade;
use pep_core::{Config, Date, Finding, messages, model::Pep, parse, validate};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
const TODAY: Date = jiff::civil::date(2026, 11, 23);

fn language_findings(pep: &Pep) -> Vec<Finding> {
    validate(pep, &Config::default(), TODAY)
        .findings
        .into_iter()
        .filter(|f| f.rule.starts_with("language-"))
        .collect()
}

/// A school-age PEP for Amira with one intervention text.
fn with_intervention(text: &str) -> Pep {
    let json = serde_json::json!({
        "schemaVersion": "1",
        "kind": "school-age",
        "child": {"name": "Amira Begum"},
        "attainment": {"subjects": [{"subject": "Maths", "autumn": {"intervention": text}}]},
    });
    parse(&json.to_string()).unwrap()
}

#[test]
fn seed_004_jamie_intervention_texts_get_no_language_finding() {
    let text = std::fs::read_to_string(format!("{FIXTURES}/post-16-good.json")).unwrap();
    let jamie = parse(&text).unwrap();
    let interventions: Vec<&str> = jamie
        .attainment
        .subjects
        .iter()
        .flat_map(|s| [&s.autumn, &s.spring, &s.summer])
        .filter_map(|t| t.as_ref()?.intervention.as_deref())
        .collect();
    assert_eq!(interventions.len(), 3, "seed 004's three Psychology texts");
    assert!(interventions[0].starts_with("Jamie, you are"));
    let about_interventions: Vec<String> = language_findings(&jamie)
        .into_iter()
        .filter(|f| f.path.ends_with("/intervention"))
        .map(|f| format!("{} at {}: {}", f.rule, f.path, f.message))
        .collect();
    assert!(about_interventions.is_empty(), "{about_interventions:#?}");
}

#[test]
fn fires_on_seeded_text() {
    // Each term the issue lists, one text each.
    for text in [
        "Your placement is going well.",
        "You have family contact on Saturdays.",
        "As a LAC pupil you get extra tuition.",
        "You absconded twice this term.",
        "We saw challenging behaviour in maths.",
        "Your PEP is next term.",
        "You had respite in the holidays.",
        "This is part of your care plan.",
        "Your birth parents came to the play.",
    ] {
        let rules: Vec<String> = language_findings(&with_intervention(text))
            .into_iter()
            .map(|f| f.rule)
            .collect();
        assert_eq!(rules, ["language-care-terms"], "{text}");
    }
    let cases = [
        ("You will meet the EWO on Monday.", "language-acronym"),
        (
            "Amira will read for 20 minutes every night.",
            "language-third-person",
        ),
        (
            "Following consultation with the multi-agency professional network, educational \
             provision will be reconfigured to incorporate individualised therapeutic support, \
             facilitating improved engagement and attainment across the curriculum.",
            "language-reading-level",
        ),
    ];
    for (text, rule) in cases {
        let findings = language_findings(&with_intervention(text));
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, [rule], "{text}");
        assert_eq!(findings[0].severity, pep_core::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
    }
}

#[test]
fn young_people_never_have_their_own_words_checked() {
    let json = serde_json::json!({
        "schemaVersion": "1",
        "kind": "school-age",
        "child": {"name": "Amira Begum"},
        "views": {"findingHard": "My placement and my PEP. Amira is tired of the LAC reviews."},
        "meeting": {"aspirations": "I want to be a SENCO."},
    });
    assert!(language_findings(&parse(&json.to_string()).unwrap()).is_empty());
}

/// A sample value for each placeholder, so a template reads as a sentence.
fn sample(template: &str) -> String {
    let params: Vec<(&str, String)> = [
        ("number", "2"),
        ("min", "3"),
        ("count", "2"),
        ("max", "4000"),
        ("months", "24"),
        ("deadline", "Friday 5 February 2027"),
        ("meeting", "Tuesday 6 October 2026"),
        ("nextPep", "Tuesday 9 February 2027"),
        ("start", "Monday 12 October 2026"),
        ("date", "Tuesday 9 February 2027"),
        ("age", "5"),
        ("pep", "Education Review"),
        ("child", "child in care"),
        ("name", "Jamie"),
        ("attendance", "72"),
        ("subject", "Maths"),
        ("term", "autumn"),
        ("key", "aspirations"),
        ("review", "Education Review"),
        ("period", "the autumn term"),
        ("who", "Ms Patel"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect();
    messages::fill(template, &params)
}

#[test]
fn every_young_person_message_reads_at_grade_5_or_below() {
    let mut too_hard = Vec::new();
    let mut count = 0;
    for (key, template) in
        messages::en_gb().filter(|(k, _)| k.ends_with(".yp") || k.starts_with("yp-"))
    {
        count += 1;
        let text = sample(template);
        assert!(
            !text.contains('{'),
            "{key}: a placeholder has no sample: {text}"
        );
        let grade = reading_grade(&text);
        if grade > 5.0 {
            too_hard.push(format!("{key} (grade {grade:.1}): {text}"));
        }
    }
    assert!(count > 80, "only {count} young-person messages");
    assert!(
        too_hard.is_empty(),
        "above grade 5:\n{}",
        too_hard.join("\n")
    );
}
