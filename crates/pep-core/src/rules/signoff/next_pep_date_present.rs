//! Rule `next-pep-date-present`: the PEP records the date of the next PEP
//! meeting, either on the PEP itself (`nextPepDate`) or on a sign-off.
//!
//! A social worker or designated teacher cannot mark their part complete
//! without it, so it blocks every sign-off; it is best agreed at the end of the
//! meeting. Lancashire's QA framework counts "no next date" as a red flag.
//!
//! Source: seed 004 ("Social Worker Sign Off" and "Designated Teacher Sign Off":
//! "it will only allow you to mark it complete with a date for the next PEP");
//! DfE statutory guidance 2018 "Promoting the education of looked-after and
//! previously looked-after children" (a PEP review every term); Lancashire PEP
//! QA red flags (DOMAIN.md).

use super::next_pep_dates;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NextPepDatePresent;

static INFO: RuleInfo = RuleInfo {
    id: "next-pep-date-present",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "The PEP records the date of the next PEP meeting.",
    why: "Each sign-off can only be marked complete with a date for the next PEP, and PEPs are reviewed every term; a PEP with no next date is a red flag.",
    source: "Seed 004 (sign-offs need a date for the next PEP); DfE statutory guidance 2018; Lancashire PEP QA red flags",
};

impl Rule for NextPepDatePresent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if next_pep_dates(cx.pep).is_empty() {
            out.push("/nextPepDate", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "next-pep-date-present";

    #[test]
    fn fires_when_no_next_date_anywhere() {
        check(ID, "{}", &["/nextPepDate"]);
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"signOffs":{"socialWorker":{"name":"Daniel Hughes","date":"2026-10-07"}}}"#,
            &["/nextPepDate"],
        );
    }

    #[test]
    fn quiet_when_the_pep_or_a_sign_off_has_one() {
        check(ID, r#"{"nextPepDate":"2027-02-03"}"#, &[]);
        check(
            ID,
            r#"{"signOffs":{"socialWorker":{"nextPepDate":"2027-02-03"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"signOffs":{"designatedTeacher":{"nextPepDate":"2027-02-03"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"signOffs":{"virtualSchool":{"nextPepDate":"2027-02-03"}}}"#,
            &[],
        );
    }

    #[test]
    fn blocks_every_sign_off() {
        let findings = run_rule(ID, "{}", &Default::default(), TODAY);
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
        assert_eq!(
            findings[0].message,
            "Add the date of the next PEP meeting: each sign-off needs it"
        );
    }
}
