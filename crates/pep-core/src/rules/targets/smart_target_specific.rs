//! Rule `smart-target-specific`: every SMART target states its outcome, the
//! specific thing the child or young person is working towards. Without one
//! there is nothing to measure, support or review at the next PEP.
//!
//! Source: seed 004 ("SMART targets"); Central Bedfordshire ("at least 3
//! SMART targets matched to needs") and Lancashire PEP QA frameworks
//! (DOMAIN.md, "What good looks like"); DfE statutory guidance "Promoting the
//! education of looked-after and previously looked-after children" (2018).

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetSpecific;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-specific",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target states its outcome: what the child or young person is working towards.",
    why: "The S of SMART: a target with no outcome cannot be measured, supported or reviewed.",
    source: "Seed 004 (SMART targets); Central Bedfordshire and Lancashire PEP QA frameworks; DfE statutory guidance 2018",
};

impl Rule for SmartTargetSpecific {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        super::report_missing(cx.pep, out, "outcome", |t| is_blank(&t.outcome));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-specific";

    #[test]
    fn fires_when_the_outcome_is_missing_or_blank() {
        check(ID, r#"{"targets":[{}]}"#, &["/targets/0/outcome"]);
        check(
            ID,
            r#"{"targets":[{"outcome":" \n "}]}"#,
            &["/targets/0/outcome"],
        );
        check(
            ID,
            r#"{"targets":[{"outcome":"Read a chapter book"},{"successMeasure":"x"}]}"#,
            &["/targets/1/outcome"],
        );
    }

    #[test]
    fn quiet_when_every_target_has_an_outcome() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Read a chapter book"}]}"#,
            &[],
        );
        check(ID, r#"{"targets":[]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target_and_blocks_dt_and_vs() {
        let findings = run_rule(
            ID,
            r#"{"targets":[{"outcome":"x"},{}]}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Target 2 needs an outcome: say exactly what the child or young person will be able to do"
        );
        assert!(findings[0].young_person_message.is_some());
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
