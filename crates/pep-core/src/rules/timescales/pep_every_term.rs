//! Rule `pep-every-term`: a PEP is reviewed every school term. The next PEP
//! meeting is overdue when the agreed next PEP date has passed without one,
//! or when a whole term has gone by since the last meeting: the next meeting
//! is due by the end of the term after the one the last meeting counted for
//! (a meeting in a school holiday counts for the term just ended). Terms come
//! from the council's calendar.
//!
//! The document checked is taken to be the child's latest PEP. Once its
//! meeting is held, the rule counts from that meeting to the agreed next PEP
//! date (`nextPepDate`, or one a sign-off recorded); before then, from the
//! previous PEP to this PEP's own meeting date.
//!
//! Source: DfE statutory guidance *Promoting the education of looked-after
//! and previously looked-after children* (2018): the PEP is reviewed each
//! term; seeds 001 and 002 ("3 per school year"); DOMAIN.md "Timescales".

use super::report;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct PepEveryTerm;

static INFO: RuleInfo = RuleInfo {
    id: "pep-every-term",
    severity: Severity::Warning,
    blocks: &[],
    checks: "The next PEP meeting is held by the agreed next PEP date, and no school term goes \
             by without one.",
    why: "A child's education can change a lot in a term; a plan more than a term old no \
          longer describes it. The gap is in the past, so it warns and blocks no sign-off.",
    source: "DfE statutory guidance, Promoting the education of looked-after and previously \
             looked-after children (2018); seeds 001, 002",
};

impl Rule for PepEveryTerm {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if let Some(deadline) = schedule::next_pep(cx) {
            report(cx, out, &deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};
    use jiff::civil::{Date, date};

    const ID: &str = "pep-every-term";

    /// `(path, first words of the message)` of each finding on `today`.
    fn check_on(json: &str, today: Date, expected: &[(&str, &str)]) {
        let findings = run_rule(ID, json, &Config::default(), today);
        let got: Vec<(&str, &str)> = findings
            .iter()
            .map(|f| (f.path.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(got.len(), expected.len(), "{json} on {today}: {got:?}");
        for ((path, message), (want_path, want_start)) in got.iter().zip(expected) {
            assert_eq!(path, want_path, "{json} on {today}");
            assert!(
                message.starts_with(want_start),
                "{json} on {today}: {message}"
            );
        }
    }

    const AGREED: &str = "The next PEP meeting is overdue";
    const TERM: &str = "No PEP meeting has been held since";

    #[test]
    fn agreed_date_passed() {
        let json = r#"{"meeting":{"date":"2026-10-01"},"nextPepDate":"2026-11-20"}"#;
        check_on(json, TODAY, &[("/nextPepDate", AGREED)]);
        check_on(json, date(2026, 11, 20), &[]);
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-01"},"nextPepDate":"2027-01-20"}"#,
            &[],
        );
        // A next PEP date before the meeting is ignored: the term counts.
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-01"},"nextPepDate":"2026-09-01"}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-03-10"},"nextPepDate":"2026-03-01"}"#,
            &["/nextPepDate"],
        );
        // The date a sign-off recorded, when the PEP has none of its own.
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-01"},"signOffs":{"designatedTeacher":{"nextPepDate":"2026-11-20"}}}"#,
            &["/signOffs/designatedTeacher/nextPepDate"],
        );
    }

    #[test]
    fn a_term_without_a_pep() {
        // Spring 2026 meeting: the summer term went by without one.
        check_on(
            r#"{"meeting":{"date":"2026-03-10"}}"#,
            TODAY,
            &[("/nextPepDate", TERM)],
        );
        // Even when the agreed date is later still.
        check_on(
            r#"{"meeting":{"date":"2026-03-10"},"nextPepDate":"2026-12-01"}"#,
            TODAY,
            &[("/nextPepDate", TERM)],
        );
        // Summer 2026 meeting: the autumn term is not over yet.
        check(ID, r#"{"meeting":{"date":"2026-06-10"}}"#, &[]);
        check(
            ID,
            r#"{"meeting":{"date":"2026-06-10"},"nextPepDate":"2026-12-01"}"#,
            &[],
        );
        // A meeting in the summer holiday counts for the summer term: the
        // autumn term ends on Friday 18 December 2026.
        let holiday = r#"{"meeting":{"date":"2026-08-10"}}"#;
        check_on(holiday, date(2026, 12, 18), &[]);
        check_on(holiday, date(2026, 12, 21), &[("/nextPepDate", TERM)]);
    }

    #[test]
    fn before_this_pep_meeting_counts_from_the_previous_pep() {
        // This PEP's meeting is booked for 1 December, in the term after the
        // previous PEP: on track.
        check(
            ID,
            r#"{"previousPepDate":"2026-06-10","meeting":{"date":"2026-12-01"}}"#,
            &[],
        );
        // The previous PEP was in the spring: the summer term was missed,
        // whenever this one is booked.
        check(
            ID,
            r#"{"previousPepDate":"2026-03-10","meeting":{"date":"2026-12-01"}}"#,
            &["/meeting/date"],
        );
        check(
            ID,
            r#"{"previousPepDate":"2026-03-10"}"#,
            &["/meeting/date"],
        );
        // No meeting booked yet, but the autumn term is not over.
        check(ID, r#"{"previousPepDate":"2026-06-10"}"#, &[]);
    }

    #[test]
    fn quiet_without_a_meeting_to_count_from() {
        check(ID, r#"{}"#, &[]);
        check(
            ID,
            r#"{"pepType":"initial","nextPepDate":"2026-01-01"}"#,
            &[],
        );
    }

    #[test]
    fn message_names_the_dates() {
        let findings = run_rule(
            ID,
            r#"{"meeting":{"date":"2026-03-10"}}"#,
            &Config::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "No PEP meeting has been held since Tuesday 10 March 2026: a PEP is reviewed every \
             term, and the next one was due by the end of term on Wednesday 22 July 2026"
        );
        assert!(findings[0].blocks.is_empty());
    }
}
