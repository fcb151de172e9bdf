//! Rule `smart-target-area-of-need`: every SMART target names the area of
//! need it addresses (attainment, attendance, SEMH, wider curriculum,
//! careers, transition or other). Seed 004's checklist asks whether "the
//! targets reflect any areas of development identified within the PEP";
//! Central Bedfordshire wants targets "matched to needs".
//!
//! Source: seed 004 (QA checklist); Central Bedfordshire PEP QA framework
//! (DOMAIN.md, "What good looks like").

use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetAreaOfNeed;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-area-of-need",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target names the area of need it addresses.",
    why: "The R of SMART: targets must reflect the areas of development the PEP identifies, and a reviewer can only see that when each target says which need it meets.",
    source: "Seed 004 (QA checklist); Central Bedfordshire PEP QA framework (\"at least 3 SMART targets matched to needs\")",
};

impl Rule for SmartTargetAreaOfNeed {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        super::report_missing(cx.pep, out, "areaOfNeed", |t| t.area_of_need.is_none());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-area-of-need";

    #[test]
    fn fires_when_no_area_of_need_is_linked() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Read daily"}]}"#,
            &["/targets/0/areaOfNeed"],
        );
        check(
            ID,
            r#"{"targets":[{"areaOfNeed":"semh"},{},{"areaOfNeed":"careers"}]}"#,
            &["/targets/1/areaOfNeed"],
        );
    }

    #[test]
    fn quiet_when_every_target_has_an_area_of_need() {
        check(
            ID,
            r#"{"targets":[{"areaOfNeed":"attainment"},{"areaOfNeed":"other"}]}"#,
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
            "Target 1 needs the area of need it addresses (for example attainment, attendance or SEMH)"
        );
        assert!(findings[0].young_person_message.is_some());
    }
}
