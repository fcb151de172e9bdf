//! Rule `change-review-due`: a change of placement or of school (or early
//! years setting, or college) calls for a PEP review within
//! `changeReviewDays` working days (10). Fires for each change since the
//! previous PEP that has passed that many days without a meeting, and for a
//! change this PEP's meeting reviewed late. Changes come from
//! `care.placementChanges` and `setting.startDate`; days are counted by the
//! council's calendar, so weekends and bank holidays do not count.
//!
//! Source: seed 001 ("PEPs should also be reviewed whenever the child's
//! educational provision changes; care placement changes"); Gateshead
//! procedures (a new PEP within 10 working days of a change of setting);
//! DOMAIN.md "Timescales".

use super::report;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct ChangeReviewDue;

static INFO: RuleInfo = RuleInfo {
    id: "change-review-due",
    severity: Severity::Warning,
    blocks: &[],
    checks: "A change of placement or school is followed by a PEP review within 10 working days.",
    why: "A move of home or school is when a child's education is most at risk, and the plan \
          must follow them. A missed review is history, so it warns and blocks no sign-off.",
    source: "Seed 001 (review when the educational provision or care placement changes); \
             Gateshead procedures (within 10 working days of a change of setting)",
};

impl Rule for ChangeReviewDue {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for deadline in schedule::change_reviews(cx) {
            report(cx, out, &deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};
    use jiff::civil::{Date, date};

    const ID: &str = "change-review-due";
    const MOVE: &str = "/care/placementChanges/0/date";

    fn check_on(json: &str, today: Date, expected: &[&str]) {
        let findings = run_rule(ID, json, &Config::default(), today);
        let paths: Vec<_> = findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, expected, "{json} on {today}");
    }

    fn moved(previous: &str, change: &str) -> String {
        format!(
            r#"{{"previousPepDate":"{previous}","care":{{"placementChanges":[{{"date":"{change}"}}]}}}}"#
        )
    }

    #[test]
    fn placement_change_without_a_review() {
        // Monday 2 November 2026: due Monday 16th; today is the 23rd.
        check(ID, &moved("2026-09-20", "2026-11-02"), &[MOVE]);
        // Tuesday 10 November: due Tuesday 24th.
        check(ID, &moved("2026-09-20", "2026-11-10"), &[]);
        // Before the previous PEP: that PEP dealt with it.
        check(ID, &moved("2026-11-05", "2026-11-02"), &[]);
    }

    #[test]
    fn over_christmas() {
        // Friday 18 December 2026: 25 and 28 December and 1 January do not
        // count, so the review is due by Wednesday 6 January 2027.
        let json = moved("2026-11-10", "2026-12-18");
        check_on(&json, date(2027, 1, 6), &[]);
        check_on(&json, date(2027, 1, 7), &[MOVE]);
    }

    #[test]
    fn this_meeting_reviews_the_change() {
        let on_time = r#"{"previousPepDate":"2026-09-20","meeting":{"date":"2026-11-12"},
            "care":{"placementChanges":[{"date":"2026-11-02"}]}}"#;
        check(ID, on_time, &[]);
        let late = r#"{"previousPepDate":"2026-09-20","meeting":{"date":"2026-11-20"},
            "care":{"placementChanges":[{"date":"2026-11-02"}]}}"#;
        let findings = run_rule(ID, late, &Config::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "The PEP meeting on Friday 20 November 2026 reviewed the change of placement on \
             Monday 2 November 2026 late: it was due by Monday 16 November 2026, within 10 \
             working days"
        );
        // A meeting booked for after the deadline has not happened yet.
        let booked = r#"{"previousPepDate":"2026-09-20","meeting":{"date":"2026-11-30"},
            "care":{"placementChanges":[{"date":"2026-11-02"}]}}"#;
        check(ID, booked, &[MOVE]);
        // A change after this PEP's meeting, with no previous PEP.
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-01"},"care":{"placementChanges":[{"date":"2026-11-02"}]}}"#,
            &[MOVE],
        );
    }

    #[test]
    fn change_of_school() {
        check(
            ID,
            r#"{"previousPepDate":"2026-09-20","setting":{"startDate":"2026-11-02"}}"#,
            &["/setting/startDate"],
        );
        // Recorded with the placement change: reported once.
        check(
            ID,
            r#"{"previousPepDate":"2026-09-20","setting":{"startDate":"2026-11-02"},
                "care":{"placementChanges":[{"date":"2026-11-02","schoolChanged":true}]}}"#,
            &[MOVE],
        );
        check(
            ID,
            r#"{"previousPepDate":"2026-09-20","setting":{"startDate":"2026-09-03"}}"#,
            &[],
        );
    }

    #[test]
    fn quiet_without_a_pep_to_count_from() {
        check(ID, r#"{}"#, &[]);
        check(
            ID,
            r#"{"care":{"placementChanges":[{"date":"2026-11-02"},{}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"previousPepDate":"2026-09-20","care":{"placementChanges":[{}]}}"#,
            &[],
        );
    }
}
