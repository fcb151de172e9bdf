//! Rule `wellbeing-rag-recorded`: once the meeting has been held, the PEP
//! records the agreed red, amber or green rating of concern for the young
//! person's wellbeing and participation, and a red or amber rating says why.
//!
//! A warning, not an error: the rating summarises the professionals' concern
//! but the plan can be used without it, and not every council rates. A
//! council that relies on it can raise it to an error. There is no message
//! for the young person: seed 004 asks for the rating to be shared with them
//! carefully, by a person, not by a form.
//!
//! Source: seed 004 ("The PEP Meeting Page": "a RAG rating for the young
//! person's participation and well being ... an agreed level of professional
//! concern"); Lancashire and Gateshead PEP QA frameworks (RAG ratings).

use crate::model::{Rag, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::meeting_held;

/// See the module documentation.
pub(crate) struct WellbeingRagRecorded;

static INFO: RuleInfo = RuleInfo {
    id: "wellbeing-rag-recorded",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "After the meeting, a red, amber or green wellbeing rating is recorded, and a red or amber rating says why.",
    why: "The rating is the agreed level of professional concern about the young person's emotional wellbeing; without it a concern can go unseen.",
    source: "Seed 004 (The PEP Meeting Page: RAG rating for participation and wellbeing); Lancashire and Gateshead PEP QA frameworks",
};

impl Rule for WellbeingRagRecorded {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if !meeting_held(cx) {
            return;
        }
        let meeting = &cx.pep.meeting;
        match meeting.wellbeing_rag {
            None => out.push("/meeting/wellbeingRag", &[]),
            Some(rag @ (Rag::Red | Rag::Amber)) if is_blank(&meeting.wellbeing_notes) => {
                let rag = if rag == Rag::Red { "red" } else { "amber" };
                out.push_variant("notes", "/meeting/wellbeingNotes", &[("rag", rag.into())]);
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "wellbeing-rag-recorded";

    #[test]
    fn fires_without_a_rating_or_a_reason_for_concern() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20"}}"#,
            &["/meeting/wellbeingRag"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","wellbeingRag":"red"}}"#,
            &["/meeting/wellbeingNotes"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","wellbeingRag":"amber","wellbeingNotes":" "}}"#,
            &["/meeting/wellbeingNotes"],
        );
    }

    #[test]
    fn quiet_when_rated_and_explained_or_before_the_meeting() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","wellbeingRag":"green"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","wellbeingRag":"amber","wellbeingNotes":"Worried about the move to college; weekly check-ins agreed"}}"#,
            &[],
        );
        check(ID, r#"{"meeting":{"date":"2027-01-10"}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn warns_unless_the_council_raises_it() {
        let json = r#"{"meeting":{"date":"2026-11-20","wellbeingRag":"red"}}"#;
        let findings = run_rule(ID, json, &Config::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "The wellbeing rating is red: say why, and what support is agreed"
        );
        assert!(findings[0].blocks.is_empty());
        assert!(findings[0].young_person_message.is_none());

        let mut config = Config::default();
        config.severity.insert(ID.into(), crate::Severity::Error);
        let findings = run_rule(ID, json, &config, TODAY);
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
