//! Rule `smart-target-deadline`: every SMART target has a deadline. Whether
//! the deadline is sensible (after the meeting, by the next PEP for a
//! short-term target) is `smart-target-time-bound`'s job.
//!
//! Source: seed 004 ("SMART targets": "time bound"; "the shorter targets
//! should be completed termly"); St Helens and Lancashire PEP QA frameworks
//! (DOMAIN.md, "What good looks like").

use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetDeadline;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-deadline",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target has a deadline.",
    why: "The T of SMART: a target with no date cannot be reviewed as achieved or not at the next PEP.",
    source: "Seed 004 (SMART targets); St Helens and Lancashire PEP QA frameworks",
};

impl Rule for SmartTargetDeadline {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        super::report_missing(cx.pep, out, "deadline", |t| t.deadline.is_none());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-deadline";

    #[test]
    fn fires_when_there_is_no_deadline() {
        check(
            ID,
            r#"{"targets":[{"startDate":"2026-11-23"}]}"#,
            &["/targets/0/deadline"],
        );
        check(
            ID,
            r#"{"targets":[{"deadline":"2027-02-12"},{}]}"#,
            &["/targets/1/deadline"],
        );
    }

    #[test]
    fn quiet_when_every_target_has_a_deadline() {
        check(ID, r#"{"targets":[{"deadline":"2027-02-12"}]}"#, &[]);
        check(ID, r#"{"targets":[]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target() {
        let findings = run_rule(ID, r#"{"targets":[{}]}"#, &Default::default(), TODAY);
        assert_eq!(findings[0].message, "Target 1 needs a deadline");
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("Target 1 needs a date to reach it by")
        );
    }
}
