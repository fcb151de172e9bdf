//! Rule `ks4-placement-change-approval`: a placement change in term time for
//! a pupil in Year 10 or 11 (Key Stage 4) needs the nominated officer's
//! approval, with the designated teacher and the IRO consulted, unless it was
//! an emergency. The rule reminds the social worker to record that for each
//! such change since the previous PEP (including one planned for later).
//!
//! The PEP model records no approval, consultation or emergency for a
//! placement change yet, so the rule cannot tell whether the approval was
//! given: it is an `info` prompt that blocks nothing, and it goes quiet once
//! the change is before the previous PEP. The pupil's year group at the
//! change is worked out from `schoolAge.yearGroup` as of this PEP's meeting
//! (or today) and the academic year of the term the change fell in.
//!
//! Source: Care Planning, Placement and Case Review (England) Regulations
//! 2010, reg 10 (Key Stage 4 placement decisions); DOMAIN.md "Timescales".

use jiff::civil::Date;

use crate::model::Date as PepDate;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct Ks4PlacementChangeApproval;

static INFO: RuleInfo = RuleInfo {
    id: "ks4-placement-change-approval",
    severity: Severity::Info,
    blocks: &[],
    checks: "A term-time placement change for a pupil in Year 10 or 11 records the nominated \
             officer's approval, with the designated teacher and IRO consulted, unless it was \
             an emergency.",
    why: "A move in the GCSE years can cost a young person their qualifications, so the law \
          puts a senior officer between the plan and the move. The PEP does not yet record the \
          approval, so this is a reminder and blocks nothing.",
    source: "Care Planning, Placement and Case Review (England) Regulations 2010, reg 10",
};

/// The calendar year an academic year starts in: 2026 for a date from
/// September 2026 to August 2027.
fn academic_year(date: Date) -> i16 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

impl Rule for Ks4PlacementChangeApproval {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(year_group) = cx.pep.school_age.as_ref().and_then(|s| s.year_group) else {
            return;
        };
        let as_of = cx.pep.meeting.date.map_or(cx.today, PepDate::civil);
        let since = cx.pep.previous_pep_date.map(PepDate::civil);
        for (i, change) in cx.pep.care.placement_changes.iter().enumerate() {
            let Some(date) = change.date.map(PepDate::civil) else {
                continue;
            };
            if since.is_some_and(|s| date <= s) {
                continue;
            }
            let Some(term) = cx.calendar.term_of(date) else {
                continue; // a school holiday: no school year to disrupt
            };
            let years_ago = i32::from(academic_year(as_of)) - i32::from(term.academic_year);
            let year_then = i32::from(year_group) - years_ago;
            if (10..=11).contains(&year_then) {
                out.push(
                    format!("/care/placementChanges/{i}"),
                    &[
                        ("date", schedule::long_date(date)),
                        ("year", year_then.to_string()),
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

    const ID: &str = "ks4-placement-change-approval";

    fn pep(year: u8, previous: &str, change: &str) -> String {
        let previous = if previous.is_empty() {
            String::new()
        } else {
            format!(r#""previousPepDate":"{previous}","#)
        };
        format!(
            r#"{{{previous}"schoolAge":{{"yearGroup":{year}}},"care":{{"placementChanges":[{{"date":"{change}"}}]}}}}"#
        )
    }

    const AT: &str = "/care/placementChanges/0";

    #[test]
    fn fires_for_a_term_time_move_in_years_10_and_11() {
        check(ID, &pep(10, "2026-10-01", "2026-11-02"), &[AT]);
        check(ID, &pep(11, "2026-10-01", "2026-11-02"), &[AT]);
        // A move planned for later this term.
        check(ID, &pep(11, "2026-10-01", "2026-12-07"), &[AT]);
        // Year 11 now, Year 10 last March; no previous PEP to count from.
        check(ID, &pep(11, "", "2026-03-10"), &[AT]);
        // A move during the October half term is still in term.
        check(ID, &pep(10, "", "2026-10-28"), &[AT]);
    }

    #[test]
    fn quiet_otherwise() {
        check(ID, &pep(9, "2026-10-01", "2026-11-02"), &[]);
        // Year 10 now, Year 9 last May.
        check(ID, &pep(10, "", "2026-05-01"), &[]);
        // In the summer holiday.
        check(ID, &pep(11, "", "2026-08-10"), &[]);
        // Before the previous PEP.
        check(ID, &pep(11, "2026-10-01", "2026-09-20"), &[]);
        check(
            ID,
            r#"{"care":{"placementChanges":[{"date":"2026-11-02"}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":10},"care":{"placementChanges":[{}]}}"#,
            &[],
        );
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_move_and_year() {
        let findings = run_rule(ID, &pep(11, "", "2026-03-10"), &Config::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "The move on Tuesday 10 March 2026, in Year 10, needs a record that the nominated \
             officer approved it after consulting the designated teacher and the IRO, unless \
             it was an emergency"
        );
        assert_eq!(findings[0].severity, crate::Severity::Info);
        assert!(findings[0].blocks.is_empty());
    }
}
