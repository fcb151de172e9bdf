//! Rule `first-review-timescale`: the initial PEP is ready for the child's
//! first care-plan review — signed off by the designated teacher — within
//! `firstReviewDays` working days (20) of entering care. Days are counted by
//! the council's calendar, so weekends and bank holidays do not count.
//!
//! Source: Care Planning, Placement and Case Review (England) Regulations
//! 2010, reg 33(1) (first review within 20 working days); seeds 000 and 004
//! ("completed within 20 days"); DOMAIN.md "Timescales".

use super::report;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct FirstReviewTimescale;

static INFO: RuleInfo = RuleInfo {
    id: "first-review-timescale",
    severity: Severity::Warning,
    blocks: &[],
    checks: "The initial PEP is signed off by the designated teacher within 20 working days of \
             entering care, ready for the first care-plan review.",
    why: "The first review of the care plan needs the PEP in front of it. A missed deadline is \
          history that no edit can put right, so it warns and blocks no sign-off.",
    source: "Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1); \
             seeds 000, 004",
};

impl Rule for FirstReviewTimescale {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if let Some(deadline) = schedule::first_review(cx) {
            report(cx, out, &deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{check, run_rule};
    use jiff::civil::{Date, date};

    const ID: &str = "first-review-timescale";
    const PATH: &str = "/signOffs/designatedTeacher/date";

    /// The rule's message keys on `today` ("" for the main message).
    fn variants(json: &str, today: Date) -> Vec<String> {
        run_rule(ID, json, &Config::default(), today)
            .into_iter()
            .map(|f| {
                assert_eq!(f.path, PATH);
                if f.message.starts_with("The initial PEP is not ready") {
                    String::new()
                } else {
                    "late".to_owned()
                }
            })
            .collect()
    }

    fn pep(entered: &str, signed: &str) -> String {
        let signed = if signed.is_empty() {
            String::new()
        } else {
            format!(r#","signOffs":{{"designatedTeacher":{{"date":"{signed}"}}}}"#)
        };
        format!(
            r#"{{"pepType":"initial","child":{{"dateEnteredCare":"{entered}","entryType":"emergency"}},"meeting":{{"date":"{entered}"}}{signed}}}"#
        )
    }

    #[test]
    fn over_christmas() {
        // Monday 21 December 2026 + 20 working days, skipping 25 and 28
        // December and 1 January: Thursday 21 January 2027.
        let e = "2026-12-21";
        let later = date(2027, 2, 1);
        assert_eq!(variants(&pep(e, "2027-01-21"), later), [""; 0]);
        assert_eq!(variants(&pep(e, "2027-01-22"), later), ["late"]);
        assert_eq!(variants(&pep(e, ""), date(2027, 1, 21)), [""; 0]);
        assert_eq!(variants(&pep(e, ""), date(2027, 1, 22)), [""]);
    }

    #[test]
    fn over_easter() {
        // Monday 22 March 2027 + 20 working days, skipping Good Friday (26
        // March) and Easter Monday (29 March): Wednesday 21 April 2027.
        let e = "2027-03-22";
        let later = date(2027, 5, 3);
        assert_eq!(variants(&pep(e, "2027-04-21"), later), [""; 0]);
        assert_eq!(variants(&pep(e, "2027-04-22"), later), ["late"]);
    }

    #[test]
    fn fires_on_today() {
        // 19 October 2026 + 20 working days (half term counts as working
        // days) is 16 November; today is 23 November.
        check(ID, &pep("2026-10-19", ""), &[PATH]);
        check(ID, &pep("2026-10-26", ""), &[]);
    }

    #[test]
    fn signed_by_status_counts_and_quiet_without_facts() {
        check(
            ID,
            r#"{"pepType":"initial","status":"designated-teacher-signed","child":{"dateEnteredCare":"2026-10-01"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"pepType":"initial","status":"approved","child":{"dateEnteredCare":"2026-10-01"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"pepType":"initial","status":"draft","child":{"dateEnteredCare":"2026-10-01"}}"#,
            &[PATH],
        );
        check(ID, r#"{}"#, &[]);
        check(
            ID,
            r#"{"pepType":"review","child":{"dateEnteredCare":"2026-01-05"}}"#,
            &[],
        );
    }

    #[test]
    fn school_days_when_the_council_counts_them() {
        // Counting school days, the October half term (26-30 October 2026)
        // does not count: 19 October + 20 school days is 23 November.
        let mut config = Config::default();
        config.calendar.mode = crate::calendar::CountingMode::SchoolDays;
        let json = pep("2026-10-19", "");
        assert!(run_rule(ID, &json, &config, date(2026, 11, 23)).is_empty());
        let findings = run_rule(ID, &json, &config, date(2026, 11, 24));
        assert_eq!(
            findings[0].message,
            "The initial PEP is not ready for the first care plan review: the designated \
             teacher's sign-off was due by Monday 23 November 2026, 20 school days after \
             entering care on Monday 19 October 2026"
        );
    }
}
