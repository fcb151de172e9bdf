//! Rule `smart-target-actions`: every SMART target says what will be done to
//! reach it, as actions and strategies or as support and resources. Seed
//! 004's checklist asks whether targets "identify strategies needed to
//! achieve the target"; Lancashire's green grade wants interventions saying
//! what, when, where, who and how often.
//!
//! Source: seed 004 (QA checklist, "SMART targets"); Lancashire PEP QA
//! framework (DOMAIN.md, "What good looks like").

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetActions;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-actions",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target gives its actions and strategies, or its support and resources.",
    why: "A target is only achievable with a plan: seed 004's QA checklist asks that targets identify the strategies needed to achieve them.",
    source: "Seed 004 (QA checklist; SMART targets); Lancashire PEP QA framework",
};

impl Rule for SmartTargetActions {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        super::report_missing(cx.pep, out, "actions", |t| {
            is_blank(&t.actions) && is_blank(&t.support)
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-actions";

    #[test]
    fn fires_when_neither_actions_nor_support_is_given() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Read daily"}]}"#,
            &["/targets/0/actions"],
        );
        check(
            ID,
            r#"{"targets":[{"actions":"  ","support":""}]}"#,
            &["/targets/0/actions"],
        );
        check(
            ID,
            r#"{"targets":[{"actions":"Tuition twice a week"},{}]}"#,
            &["/targets/1/actions"],
        );
    }

    #[test]
    fn quiet_when_actions_or_support_is_given() {
        check(
            ID,
            r#"{"targets":[{"actions":"Tuition twice a week"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"targets":[{"support":"Reading pen from PP+"}]}"#,
            &[],
        );
        check(ID, r#"{"targets":[]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target() {
        let findings = run_rule(ID, r#"{"targets":[{}]}"#, &Default::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "Target 1 needs actions or support: what will be done, by whom, when and how often"
        );
        assert!(findings[0].young_person_message.is_some());
    }
}
