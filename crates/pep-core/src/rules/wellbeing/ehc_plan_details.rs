//! Rule `ehc-plan-details`: a young person with an Education, Health and Care
//! plan has its details in the PEP (the council that maintains it, when it
//! was issued, the outcomes and provision that matter here) and an annual
//! review date, and that date is not more than 12 months past. The date field
//! holds the next or the last review, so a date over 12 months ago means a
//! review is overdue or a newer one has not been recorded.
//!
//! Source: Children and Families Act 2014, s44 (an EHC plan is reviewed at
//! least every 12 months); SEND Code of Practice 2015, 9.166; DfE statutory
//! guidance 2018, *Promoting the education of looked-after children* (the
//! PEP and the EHC plan work together); seed 004 ("Additional Needs").

use jiff::Span;

use crate::model::{SenStatus, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct EhcPlanDetails;

static INFO: RuleInfo = RuleInfo {
    id: "ehc-plan-details",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "An EHC plan is described (council, issue date, what it says) with an annual review date no more than 12 months past.",
    why: "The PEP and the EHC plan must pull the same way, and a plan not reviewed within 12 months is out of step with the law and with the child.",
    source: "Children and Families Act 2014 s44; SEND Code of Practice 2015 (9.166); DfE statutory guidance 2018; seed 004 (Additional Needs)",
};

impl Rule for EhcPlanDetails {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let needs = &cx.pep.additional_needs;
        let has_plan = needs.sen_status == Some(SenStatus::EhcPlan)
            || needs
                .ehcp
                .as_ref()
                .is_some_and(|e| *e != Default::default());
        if !has_plan {
            return;
        }
        let Some(plan) = &needs.ehcp else {
            out.push_variant("missing", "/additionalNeeds/ehcp", &[]);
            return;
        };
        if is_blank(&plan.local_authority) {
            out.push_variant(
                "local-authority",
                "/additionalNeeds/ehcp/localAuthority",
                &[],
            );
        }
        if plan.issued.is_none() {
            out.push_variant("issued", "/additionalNeeds/ehcp/issued", &[]);
        }
        if is_blank(&plan.summary) {
            out.push_variant("summary", "/additionalNeeds/ehcp/summary", &[]);
        }
        let path = "/additionalNeeds/ehcp/annualReviewDate";
        match plan.annual_review_date {
            None => out.push_variant("review", path, &[]),
            Some(review) => {
                let a_year_ago = cx.today.checked_sub(Span::new().years(1)).ok();
                if a_year_ago.is_some_and(|limit| review.civil() < limit) {
                    out.push_variant("overdue", path, &[("date", review.to_string())]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "ehc-plan-details";

    const FULL: &str = r#""localAuthority":"Walsall","issued":"2024-03-01","summary":"Speech and language therapy weekly","annualReviewDate":"2026-03-10""#;

    #[test]
    fn fires_for_a_plan_without_details() {
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"ehc-plan"}}"#,
            &["/additionalNeeds/ehcp"],
        );
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"ehc-plan","ehcp":{}}}"#,
            &[
                "/additionalNeeds/ehcp/localAuthority",
                "/additionalNeeds/ehcp/issued",
                "/additionalNeeds/ehcp/summary",
                "/additionalNeeds/ehcp/annualReviewDate",
            ],
        );
        check(
            ID,
            r#"{"additionalNeeds":{"ehcp":{"localAuthority":"Walsall"}}}"#,
            &[
                "/additionalNeeds/ehcp/issued",
                "/additionalNeeds/ehcp/summary",
                "/additionalNeeds/ehcp/annualReviewDate",
            ],
        );
    }

    #[test]
    fn fires_when_the_review_is_over_a_year_past() {
        let overdue = format!(
            r#"{{"additionalNeeds":{{"senStatus":"ehc-plan","ehcp":{{{}}}}}}}"#,
            FULL.replace("2026-03-10", "2025-11-22")
        );
        check(ID, &overdue, &["/additionalNeeds/ehcp/annualReviewDate"]);
        let findings = run_rule(ID, &overdue, &Default::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "The EHC plan's annual review date, 2025-11-22, is over 12 months ago: record the latest review or when the overdue one will happen"
        );
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
    }

    #[test]
    fn quiet_when_complete_recent_or_no_plan() {
        let full = format!(r#"{{"additionalNeeds":{{"senStatus":"ehc-plan","ehcp":{{{FULL}}}}}}}"#);
        check(ID, &full, &[]);
        // Exactly 12 months ago is still within the year.
        check(ID, &full.replace("2026-03-10", "2025-11-23"), &[]);
        // A review still to come.
        check(ID, &full.replace("2026-03-10", "2027-03-10"), &[]);
        check(
            ID,
            r#"{"additionalNeeds":{"senStatus":"sen-support"}}"#,
            &[],
        );
        check(ID, r#"{"additionalNeeds":{"ehcp":{}}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }
}
