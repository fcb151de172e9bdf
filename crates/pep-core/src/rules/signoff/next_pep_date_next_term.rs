//! Rule `next-pep-date-next-term`: the next PEP date is no later than the end
//! of the term after this PEP's meeting (the council's term dates, or the
//! England default).
//!
//! Why an error: a PEP is reviewed every school term, three times a school
//! year. A next date after the end of next term leaves a whole term with no
//! review, which breaches the statutory guidance. A date *before* the next
//! term (later this term or in the holidays) breaches nothing, since reviews
//! may come sooner, so it is only a warning, from the rule
//! `next-pep-date-before-next-term`.
//!
//! Source: DfE statutory guidance 2018 "Promoting the education of
//! looked-after and previously looked-after children" (a PEP review every
//! term); seeds 001 and 002 ("termly PEP reviews ... 3 per school year");
//! seed 004 ("PEPs should happen termly").

use super::next_pep_dates;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NextPepDateNextTerm;

static INFO: RuleInfo = RuleInfo {
    id: "next-pep-date-next-term",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "The next PEP date is no later than the end of the term after this PEP's meeting.",
    why: "A PEP is reviewed every school term; a later date leaves a term with no review.",
    source: "DfE statutory guidance 2018 (a review every term); seeds 001, 002 and 004 (termly PEPs)",
};

impl Rule for NextPepDateNextTerm {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(meeting) = cx.pep.meeting.date else {
            return;
        };
        let Some(window) = cx.calendar.next_term_window(meeting.civil()) else {
            return;
        };
        for (date, path) in next_pep_dates(cx.pep) {
            if date > window.end {
                out.push(
                    path,
                    &[
                        ("date", date.to_string()),
                        ("start", window.start.to_string()),
                        ("end", window.end.to_string()),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "next-pep-date-next-term";

    // A meeting on 6 October 2026: the next term (default dates) is the
    // spring term, 4 January to 19 March 2027.
    fn pep(next: &str) -> String {
        format!(r#"{{"meeting":{{"date":"2026-10-06"}},"nextPepDate":"{next}"}}"#)
    }

    #[test]
    fn fires_after_the_end_of_next_term() {
        check(ID, &pep("2027-03-20"), &["/nextPepDate"]);
        check(ID, &pep("2027-05-12"), &["/nextPepDate"]);
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"signOffs":{"designatedTeacher":{"nextPepDate":"2027-06-01"}}}"#,
            &["/signOffs/designatedTeacher/nextPepDate"],
        );
    }

    #[test]
    fn quiet_within_or_before_next_term() {
        check(ID, &pep("2027-01-04"), &[]);
        check(ID, &pep("2027-02-03"), &[]);
        check(ID, &pep("2027-03-19"), &[]);
        check(ID, &pep("2026-12-01"), &[]);
        check(ID, r#"{"nextPepDate":"2030-01-01"}"#, &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn follows_the_councils_term_dates() {
        let config = Config::from_json(
            r#"{"calendar":{"terms":[
                {"kind":"autumn","academicYear":2026,"start":"2026-09-01","end":"2026-12-16"},
                {"kind":"spring","academicYear":2026,"start":"2027-01-05","end":"2027-03-26"},
                {"kind":"summer","academicYear":2026,"start":"2027-04-12","end":"2027-07-21"}]}}"#,
        )
        .unwrap();
        let findings = run_rule(ID, &pep("2027-03-24"), &config, TODAY);
        assert!(findings.is_empty());
        let findings = run_rule(ID, &pep("2027-03-29"), &config, TODAY);
        assert_eq!(
            findings[0].message,
            "The next PEP date (2027-03-29) is after the end of next term (2027-01-05 to 2027-03-26): PEPs are reviewed every term"
        );
    }
}
