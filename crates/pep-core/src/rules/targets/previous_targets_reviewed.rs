//! Rule `previous-targets-reviewed`: every target from the previous PEP has a
//! result (achieved, partly achieved, not achieved or carried forward) and a
//! comment on what happened; and a review PEP (`pepType` review, or a
//! `previousPepDate`) records the previous targets at all.
//!
//! Variants: `no-result` and `no-comment` at each previous target,
//! `none-recorded` at `/previousTargets`. Previous targets are checked
//! whenever they are listed, whatever the PEP's type: listing a target
//! without saying how it went is the gap.
//!
//! Source: seed 004 ("SMART targets": "These should be reviewed at each PEP,
//! with progress towards them being recorded"); Lancashire PEP QA framework
//! (green needs "previous targets evaluated"); DfE statutory guidance 2018
//! (the PEP is reviewed every term).

use super::number;
use crate::model::{PepType, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct PreviousTargetsReviewed;

static INFO: RuleInfo = RuleInfo {
    id: "previous-targets-reviewed",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A review PEP records the previous PEP's targets, each with a result and a comment on how it went.",
    why: "Targets are reviewed at each PEP with progress recorded; without that a plan cannot show whether the child is moving forward. Lancashire grades a PEP green only when previous targets are evaluated.",
    source: "Seed 004 (SMART targets); Lancashire PEP QA framework; DfE statutory guidance 2018",
};

impl Rule for PreviousTargetsReviewed {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        let review = pep.pep_type == Some(PepType::Review) || pep.previous_pep_date.is_some();
        if review && pep.previous_targets.is_empty() {
            out.push_variant("none-recorded", "/previousTargets", &[]);
        }
        for (i, target) in pep.previous_targets.iter().enumerate() {
            if target.result.is_none() {
                out.push_variant(
                    "no-result",
                    format!("/previousTargets/{i}/result"),
                    &[number(i)],
                );
            }
            if is_blank(&target.comment) {
                out.push_variant(
                    "no-comment",
                    format!("/previousTargets/{i}/comment"),
                    &[number(i)],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "previous-targets-reviewed";

    #[test]
    fn fires_when_a_review_records_no_previous_targets() {
        check(ID, r#"{"pepType":"review"}"#, &["/previousTargets"]);
        check(
            ID,
            r#"{"previousPepDate":"2026-07-01"}"#,
            &["/previousTargets"],
        );
        check(
            ID,
            r#"{"pepType":"review","previousTargets":[]}"#,
            &["/previousTargets"],
        );
    }

    #[test]
    fn fires_when_a_previous_target_is_not_evaluated() {
        check(
            ID,
            r#"{"pepType":"review","previousTargets":[{"outcome":"Read daily"}]}"#,
            &["/previousTargets/0/result", "/previousTargets/0/comment"],
        );
        check(
            ID,
            r#"{"previousTargets":[
                {"result":"achieved","comment":"Read every night"},
                {"result":"carried-forward","comment":"  "},
                {"comment":"Started in January"}]}"#,
            &["/previousTargets/1/comment", "/previousTargets/2/result"],
        );
    }

    #[test]
    fn quiet_when_reviewed_or_not_a_review() {
        check(
            ID,
            r#"{"pepType":"review","previousTargets":[
                {"result":"partly-achieved","comment":"Half way there"},
                {"result":"not-achieved","comment":"Missed tuition while moving home"}]}"#,
            &[],
        );
        check(ID, r#"{"pepType":"initial"}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn messages_name_the_previous_target() {
        let findings = run_rule(
            ID,
            r#"{"previousTargets":[{"result":"achieved","comment":"Yes"},{}]}"#,
            &Default::default(),
            TODAY,
        );
        let messages: Vec<_> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Previous target 2 needs a result: achieved, partly achieved, not achieved or carried forward",
                "Previous target 2 needs a comment on what happened and what was learnt",
            ]
        );
        assert!(findings.iter().all(|f| f.young_person_message.is_some()));
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
