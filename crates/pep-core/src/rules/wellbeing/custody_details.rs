//! Rule `custody-details`: when the young person is in custody or on remand,
//! the custody section says which, where, since when, and what education
//! and training they have there and the plan for release. An empty custody
//! section is read as "does not apply".
//!
//! Source: seed 004 ("Custody and Remand": completed by the social worker
//! when the young person is in criminal custody or remand); DfE statutory
//! guidance 2018, *Promoting the education of looked-after children* (the
//! virtual school head's duty continues for children in custody).

use crate::model::{Custody, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct CustodyDetails;

static INFO: RuleInfo = RuleInfo {
    id: "custody-details",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "When custody or remand applies, its section gives the status, the establishment, the start date and the education plan there and on release.",
    why: "Education in custody and on release is easily lost between services; the PEP is where everyone finds it.",
    source: "Seed 004 (Custody and Remand, a social worker section); DfE statutory guidance 2018",
};

/// Whether the section says anything at all.
fn applies(custody: &Custody) -> bool {
    custody.status.is_some()
        || !is_blank(&custody.establishment)
        || custody.start_date.is_some()
        || custody.expected_release.is_some()
        || !is_blank(&custody.education_plan)
}

impl Rule for CustodyDetails {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(custody) = cx.pep.custody.as_ref().filter(|c| applies(c)) else {
            return;
        };
        if custody.status.is_none() {
            out.push_variant("status", "/custody/status", &[]);
        }
        if is_blank(&custody.establishment) {
            out.push_variant("establishment", "/custody/establishment", &[]);
        }
        if custody.start_date.is_none() {
            out.push_variant("start", "/custody/startDate", &[]);
        }
        if is_blank(&custody.education_plan) {
            out.push_variant("education", "/custody/educationPlan", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    const ID: &str = "custody-details";

    #[test]
    fn fires_for_each_gap_when_custody_applies() {
        check(
            ID,
            r#"{"custody":{"status":"remand"}}"#,
            &[
                "/custody/establishment",
                "/custody/startDate",
                "/custody/educationPlan",
            ],
        );
        check(
            ID,
            r#"{"custody":{"establishment":"HMYOI Wetherby","startDate":"2026-10-01","educationPlan":"Level 1 English and maths; college place held"}}"#,
            &["/custody/status"],
        );
        check(
            ID,
            r#"{"custody":{"status":"custody","establishment":" ","startDate":"2026-10-01","educationPlan":"Bricklaying course"}}"#,
            &["/custody/establishment"],
        );
    }

    #[test]
    fn quiet_when_complete_or_not_applicable() {
        check(
            ID,
            r#"{"custody":{"status":"custody","establishment":"Oakhill secure training centre","startDate":"2026-09-14","expectedRelease":"2027-03-01","educationPlan":"GCSE maths resit in the centre; college interview before release"}}"#,
            &[],
        );
        check(ID, r#"{"custody":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }
}
