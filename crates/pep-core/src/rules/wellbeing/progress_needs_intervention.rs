//! Rule `progress-needs-intervention`: a subject or course term that is not
//! on track, or making less than expected progress, has the intervention in
//! place written in.
//!
//! Source: seed 004 ("Attainment and Progress": "There is also space to write
//! in interventions in place if at least expected progress is not being
//! made", and its Year 13 example); Lancashire PEP QA framework
//! (interventions saying what, when, where, who and how often).

use crate::model::{Progress, TermProgress, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct ProgressNeedsIntervention;

static INFO: RuleInfo = RuleInfo {
    id: "progress-needs-intervention",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every subject or course term marked not on track, or making less than expected progress, says what intervention is in place.",
    why: "Knowing a young person is falling behind helps only when the PEP says what is being done about it.",
    source: "Seed 004 (Attainment and Progress, and its Year 13 example); Lancashire PEP QA framework",
};

/// Whether a term's entry shows the young person falling behind.
fn behind(term: &TermProgress) -> bool {
    term.on_track == Some(false) || term.progress == Some(Progress::LessThanExpected)
}

impl Rule for ProgressNeedsIntervention {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for (i, subject) in cx.pep.attainment.subjects.iter().enumerate() {
            let terms = [
                ("autumn", &subject.autumn),
                ("spring", &subject.spring),
                ("summer", &subject.summer),
            ];
            for (term_name, term) in terms {
                let Some(term) = term else { continue };
                if !behind(term) || !is_blank(&term.intervention) {
                    continue;
                }
                let path = format!("/attainment/subjects/{i}/{term_name}/intervention");
                let term_param = ("term", term_name.to_owned());
                match subject.subject.as_deref().map(str::trim) {
                    Some(name) if !name.is_empty() => {
                        out.push(path, &[("subject", name.to_owned()), term_param]);
                    }
                    _ => out.push_variant(
                        "unnamed",
                        path,
                        &[("number", (i + 1).to_string()), term_param],
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "progress-needs-intervention";

    /// Seed 004's Year 13 progress report for Jamie, as a PEP.
    fn jamie() -> Value {
        let expected =
            |grade: &str| json!({"onTrack": true, "workingAt": grade, "progress": "expected"});
        json!({
            "kind": "post-16",
            "attainment": {"subjects": [
                {"subject": "Sociology", "level": "A level", "targetEndOfKeyStage": "A",
                 "autumn": expected("B"), "spring": expected("B"), "summer": expected("A")},
                {"subject": "History", "level": "A level", "targetEndOfKeyStage": "A",
                 "autumn": expected("A"), "spring": expected("A"), "summer": expected("A")},
                {"subject": "Psychology", "level": "A level", "targetEndOfKeyStage": "A",
                 "autumn": {"onTrack": false, "workingAt": "B", "progress": "less-than-expected",
                    "intervention": "Jamie, you are only just working within a B and so you are not on track to achieve an A at the end of the year at the moment. We know you are finding the current content in Psychology challenging and so we have arranged additional tuition sessions with your teacher to support you. Your form tutor is also working with you to encourage and support you to attend these sessions."},
                 "spring": {"onTrack": true, "workingAt": "B", "progress": "more-than-expected",
                    "intervention": "You've really engaged with the additional sessions and are much more confident and secure with the learning. Your teachers feel that you are now on track to achieve an A but we will continue the additional sessions as you've shared they are helping you."},
                 "summer": {"onTrack": true, "workingAt": "A", "progress": "expected",
                    "intervention": "You are absolutely on track, Jamie! Well done!"}}
            ]}
        })
    }

    #[test]
    fn seed_004_year_13_example_is_quiet_and_fires_without_the_intervention() {
        let pep = jamie();
        check(ID, &pep.to_string(), &[]);

        let mut removed = pep.clone();
        removed["attainment"]["subjects"][2]["autumn"]
            .as_object_mut()
            .unwrap()
            .remove("intervention");
        check(
            ID,
            &removed.to_string(),
            &["/attainment/subjects/2/autumn/intervention"],
        );

        let mut blanked = pep;
        blanked["attainment"]["subjects"][2]["autumn"]["intervention"] = json!(" ");
        let findings = run_rule(ID, &blanked.to_string(), &Default::default(), TODAY);
        assert_eq!(findings.len(), 1);
        assert_eq!(
            findings[0].message,
            "Psychology (autumn term) is not on track or making less than expected progress: write in the intervention in place"
        );
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("Psychology (autumn term): we need to write down the extra help you get")
        );
    }

    #[test]
    fn fires_when_behind_without_an_intervention() {
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"Maths","spring":{"onTrack":false}}]}}"#,
            &["/attainment/subjects/0/spring/intervention"],
        );
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"English"},{"summer":{"onTrack":true,"progress":"less-than-expected","intervention":""}}]}}"#,
            &["/attainment/subjects/1/summer/intervention"],
        );
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"Art","autumn":{"onTrack":false},"summer":{"progress":"less-than-expected"}}]}}"#,
            &[
                "/attainment/subjects/0/autumn/intervention",
                "/attainment/subjects/0/summer/intervention",
            ],
        );
    }

    #[test]
    fn quiet_when_on_track_unknown_or_supported() {
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"Maths","autumn":{"onTrack":true,"progress":"more-than-expected"}}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"Maths","autumn":{"workingAt":"4"}}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"attainment":{"subjects":[{"autumn":{"onTrack":false,"intervention":"Small-group tuition twice a week with Mr Patel"}}]}}"#,
            &[],
        );
        check(ID, r#"{"attainment":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn unnamed_subject_is_numbered() {
        let findings = run_rule(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"English"},{"subject":" ","autumn":{"onTrack":false}}]}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Subject 2 (autumn term) is not on track or making less than expected progress: write in the intervention in place"
        );
    }
}
