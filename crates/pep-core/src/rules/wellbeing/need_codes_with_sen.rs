//! Rule `need-codes-with-sen`: a child on SEN support or with an EHC plan has
//! at least one type of need recorded with the national codes (SPLD, MLD,
//! SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH).
//!
//! A warning: the PEP still works without the code, but the virtual school
//! reports on its children by type of need, and the category helps the
//! college or school plan support and exam access arrangements.
//!
//! Source: DfE school census, SEN type of need codes; SEND Code of Practice
//! 2015 (6.28, the four broad areas of need); seed 004 ("Additional Needs":
//! "share the category of need"); DOMAIN.md ("Data").

use crate::model::SenStatus;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NeedCodesWithSen;

static INFO: RuleInfo = RuleInfo {
    id: "need-codes-with-sen",
    severity: Severity::Warning,
    blocks: Stage::SocialWorker.and_later(),
    checks: "A child on SEN support or with an EHC plan has at least one national type-of-need code recorded.",
    why: "The type of need tells the school or college what support to put in, and lets the virtual school see its children's needs as a whole.",
    source: "DfE school census SEN type of need codes; SEND Code of Practice 2015; seed 004 (Additional Needs: category of need); DOMAIN.md",
};

impl Rule for NeedCodesWithSen {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let needs = &cx.pep.additional_needs;
        let has_sen = matches!(
            needs.sen_status,
            Some(SenStatus::SenSupport | SenStatus::EhcPlan)
        );
        if has_sen && needs.primary_need.is_none() && needs.secondary_needs.is_empty() {
            out.push("/additionalNeeds/primaryNeed", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "need-codes-with-sen";

    #[test]
    fn fires_without_a_need_code() {
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"sen-support"}}"#,
            &["/additionalNeeds/primaryNeed"],
        );
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"ehc-plan","secondaryNeeds":[]}}"#,
            &["/additionalNeeds/primaryNeed"],
        );
    }

    #[test]
    fn quiet_with_a_code_or_without_sen() {
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"ehc-plan","primaryNeed":"SLCN"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"sen-support","secondaryNeeds":["SEMH"]}}"#,
            &[],
        );
        check(ID, r#"{"additionalNeeds":{"senStatus":"none"}}"#, &[]);
        check(ID, r#"{"additionalNeeds":{"beingAssessed":true}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn warns_and_blocks_nothing() {
        let findings = run_rule(
            ID,
            r#"{"additionalNeeds":{"senStatus":"sen-support"}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
    }
}
