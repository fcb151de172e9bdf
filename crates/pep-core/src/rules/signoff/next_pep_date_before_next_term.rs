//! Rule `next-pep-date-before-next-term`: a warning when the next PEP date
//! falls after this PEP's meeting but before the next term starts (later this
//! term, or in the holidays).
//!
//! Reviews may come sooner than termly (after a change of school or placement,
//! say), so this blocks nothing; but the next term still needs its own review,
//! and a date like this is often a slip of the month. Dates on or before the
//! meeting are `next-pep-date-after-meeting`'s; dates after next term are
//! `next-pep-date-next-term`'s.
//!
//! Source: DfE statutory guidance 2018 "Promoting the education of
//! looked-after and previously looked-after children" (a PEP review every
//! term); seed 004 ("PEPs should happen termly").

use super::next_pep_dates;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NextPepDateBeforeNextTerm;

static INFO: RuleInfo = RuleInfo {
    id: "next-pep-date-before-next-term",
    severity: Severity::Warning,
    blocks: &[] as &[Stage],
    checks: "The next PEP date is not earlier than the start of the term after this PEP's meeting.",
    why: "PEPs are termly: a next date in this term or the holidays leaves next term's review still to arrange, and is often a slip.",
    source: "DfE statutory guidance 2018 (a review every term); seed 004 (PEPs should happen termly)",
};

impl Rule for NextPepDateBeforeNextTerm {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(meeting) = cx.pep.meeting.date else {
            return;
        };
        let meeting = meeting.civil();
        let Some(window) = cx.calendar.next_term_window(meeting) else {
            return;
        };
        for (date, path) in next_pep_dates(cx.pep) {
            if meeting < date && date < window.start {
                out.push(
                    path,
                    &[
                        ("date", date.to_string()),
                        ("start", window.start.to_string()),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Severity;
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "next-pep-date-before-next-term";

    // A meeting on 6 October 2026: next term starts on 4 January 2027.
    fn pep(next: &str) -> String {
        format!(r#"{{"meeting":{{"date":"2026-10-06"}},"nextPepDate":"{next}"}}"#)
    }

    #[test]
    fn warns_between_the_meeting_and_next_term() {
        check(ID, &pep("2026-10-07"), &["/nextPepDate"]);
        check(ID, &pep("2026-12-01"), &["/nextPepDate"]);
        check(ID, &pep("2027-01-03"), &["/nextPepDate"]);
    }

    #[test]
    fn quiet_from_next_term_on_or_when_another_rule_speaks() {
        check(ID, &pep("2027-01-04"), &[]);
        check(ID, &pep("2027-06-01"), &[]);
        check(ID, &pep("2026-10-06"), &[]);
        check(ID, &pep("2026-09-01"), &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn is_a_warning_that_blocks_nothing() {
        let findings = run_rule(ID, &pep("2026-12-01"), &Default::default(), TODAY);
        assert_eq!(findings[0].severity, Severity::Warning);
        assert!(findings[0].blocks.is_empty());
    }
}
