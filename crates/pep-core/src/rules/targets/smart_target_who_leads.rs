//! Rule `smart-target-who-leads`: every SMART target names the person who
//! leads it. "Achievable" in SMART means achievable with named support: a
//! target nobody owns is a wish.
//!
//! Source: seed 004 ("SMART targets"); Lancashire and Central Bedfordshire PEP
//! QA frameworks (DOMAIN.md, "What good looks like").

use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage, model::is_blank};

/// See the module documentation.
pub(crate) struct SmartTargetWhoLeads;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-who-leads",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target names the person who leads it.",
    why: "A target is achievable only with named support; a target nobody owns is a wish.",
    source: "Seed 004 (SMART targets); Lancashire and Central Bedfordshire PEP QA frameworks",
};

impl Rule for SmartTargetWhoLeads {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for (i, target) in cx.pep.targets.iter().enumerate() {
            let named = target
                .lead
                .as_ref()
                .is_some_and(|lead| !is_blank(&lead.name));
            if !named {
                out.push(
                    format!("/targets/{i}/lead/name"),
                    &[("number", (i + 1).to_string())],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-who-leads";

    #[test]
    fn fires_when_nobody_leads() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Read daily"}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            ID,
            r#"{"targets":[{"lead":{"role":"Tutor"}}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            ID,
            r#"{"targets":[{"lead":{"name":"   "}}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            ID,
            r#"{"targets":[{"lead":{"name":"Ms Khan"}},{"lead":{"name":""}}]}"#,
            &["/targets/1/lead/name"],
        );
    }

    #[test]
    fn quiet_when_someone_leads() {
        check(
            ID,
            r#"{"targets":[{"lead":{"name":"Ms Khan","role":"English teacher"}}]}"#,
            &[],
        );
        check(ID, r#"{"targets":[]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target_and_blocks_dt_and_vs() {
        let findings = run_rule(ID, r#"{"targets":[{},{}]}"#, &Default::default(), TODAY);
        assert_eq!(
            findings[1].message,
            "Target 2 needs the name of the person who leads it"
        );
        assert_eq!(
            findings[1].young_person_message.as_deref(),
            Some("We need to write down who will help you with target 2")
        );
        assert_eq!(
            findings[1].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
