//! Rule `sign-off-next-pep-date`: every sign-off that has been recorded (by
//! the social worker, the designated teacher or the virtual school) carries a
//! date for the next PEP.
//!
//! `next-pep-date-present` asks for a next date before anyone signs; this rule
//! catches a sign-off recorded without one, which an ePEP should not allow.
//!
//! Source: seed 004 ("Social Worker Sign Off" and "Designated Teacher Sign
//! Off": "It will only allow you to mark it complete with a date for the next
//! PEP"); DOMAIN.md "Who fills what".

use super::recorded_sign_offs;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SignOffNextPepDate;

static INFO: RuleInfo = RuleInfo {
    id: "sign-off-next-pep-date",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "Each recorded sign-off carries a date for the next PEP.",
    why: "A sign-off can only be marked complete with a date for the next PEP, so that the next termly review is booked.",
    source: "Seed 004 (each sign-off \"will only allow you to mark it complete with a date for the next PEP\")",
};

impl Rule for SignOffNextPepDate {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for sign_off in recorded_sign_offs(cx.pep).into_iter().flatten() {
            if sign_off.next_pep_date.is_none() {
                out.push_variant(
                    sign_off.variant,
                    format!("{}/nextPepDate", sign_off.path),
                    &[],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "sign-off-next-pep-date";

    #[test]
    fn fires_for_each_sign_off_without_a_next_date() {
        check(
            ID,
            r#"{"signOffs":{"socialWorker":{"name":"Daniel Hughes","date":"2026-10-07"}}}"#,
            &["/signOffs/socialWorker/nextPepDate"],
        );
        check(
            ID,
            r#"{"nextPepDate":"2027-02-03","signOffs":{
                "socialWorker":{"name":"Daniel Hughes","nextPepDate":"2027-02-03"},
                "designatedTeacher":{"date":"2026-10-09"},
                "virtualSchool":{"name":"Helen Marsh"}}}"#,
            &[
                "/signOffs/designatedTeacher/nextPepDate",
                "/signOffs/virtualSchool/nextPepDate",
            ],
        );
    }

    #[test]
    fn quiet_when_every_sign_off_has_one() {
        check(ID, "{}", &[]);
        check(ID, r#"{"signOffs":{"socialWorker":{}}}"#, &[]);
        check(
            ID,
            r#"{"signOffs":{"socialWorker":{"name":"Daniel Hughes","nextPepDate":"2027-02-03"},
                "designatedTeacher":{"name":"Priya Shah","nextPepDate":"2027-02-03"},
                "virtualSchool":{"name":"Helen Marsh","nextPepDate":"2027-02-03"}}}"#,
            &[],
        );
    }

    #[test]
    fn names_the_sign_off() {
        let findings = run_rule(
            ID,
            r#"{"signOffs":{"designatedTeacher":{"name":"Priya Shah"}}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "The designated teacher's sign-off needs a date for the next PEP"
        );
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
    }
}
