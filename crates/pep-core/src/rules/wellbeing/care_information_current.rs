//! Rule `care-information-current`: the placement and each carer's details
//! have been checked this term: their last-updated date falls after the end
//! of the term before the PEP's term. The PEP's term is the one its meeting
//! date falls in (or, between terms, the next one); without a meeting date,
//! today's. Judging by the meeting, not by today, means a PEP whose care
//! information was current for its meeting does not turn stale when the
//! virtual school reads it in the next term; counting from the end of the
//! previous term lets a social worker check the details in the holiday
//! before the meeting.
//!
//! An error holding up the social worker's sign-off: care information is
//! theirs, seed 004 asks for it to be updated every term so carers can be
//! reached, "all care information is completed with up to date information"
//! is one of the seven criteria a PEP must meet, and the fix (check and
//! update the date) is in the social worker's hands before they sign.
//! Missing placement or carer details altogether are not this rule's concern.
//!
//! Source: seed 004 ("Personal/Care Information": "very important that this
//! is updated each term"; QA checklist "All care information is completed
//! with up to date information"); DfE statutory guidance 2018 (PEPs reviewed
//! every term).

use jiff::civil::Date;

use crate::calendar::Calendar;
use crate::model::Date as PepDate;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct CareInformationCurrent;

static INFO: RuleInfo = RuleInfo {
    id: "care-information-current",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "The placement and every carer's details were last checked during the PEP's term (or the holiday just before it).",
    why: "Out-of-date care information means the school cannot reach the people looking after the child when it matters.",
    source: "Seed 004 (Personal/Care Information: updated each term; QA checklist: care information up to date); DfE statutory guidance 2018",
};

/// The first day on which a check counts as "this term" for a PEP whose
/// term contains (or follows) `reference`: the day after the previous term
/// ended, or the term's first day when no earlier term is known.
fn current_since(calendar: &Calendar, reference: Date) -> Option<Date> {
    let term = calendar.term_containing_or_next(reference)?;
    let previous_end = [term.academic_year - 1, term.academic_year]
        .into_iter()
        .flat_map(|year| {
            calendar
                .terms_of_academic_year(year)
                .iter()
                .map(|t| t.end)
                .collect::<Vec<_>>()
        })
        .filter(|end| *end < term.start)
        .max();
    Some(match previous_end {
        Some(end) => end.tomorrow().ok()?,
        None => term.start,
    })
}

impl Rule for CareInformationCurrent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let care = &cx.pep.care;
        if care.placement.is_none() && care.carers.is_empty() {
            return;
        }
        let reference = cx.pep.meeting.date.map_or(cx.today, PepDate::civil);
        let Some(since) = current_since(cx.calendar, reference) else {
            return;
        };
        if let Some(placement) = &care.placement {
            let path = "/care/placement/lastUpdated";
            match placement.last_updated {
                None => out.push_variant("placement-unknown", path, &[]),
                Some(date) if date.civil() < since => {
                    out.push_variant("placement", path, &[("date", date.to_string())]);
                }
                Some(_) => {}
            }
        }
        for (i, carer) in care.carers.iter().enumerate() {
            let path = format!("/care/carers/{i}/lastUpdated");
            let number = ("number", (i + 1).to_string());
            match carer.last_updated {
                None => out.push_variant("carer-unknown", path, &[number]),
                Some(date) if date.civil() < since => {
                    out.push_variant("carer", path, &[number, ("date", date.to_string())]);
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "care-information-current";

    // TODAY (2026-11-23) is in the default autumn term 2026, which starts on
    // 2026-09-03; the summer term 2026 before it ends in July.

    #[test]
    fn fires_when_not_checked_this_term() {
        check(
            ID,
            r#"{"care":{"placement":{"placementType":"Foster care","lastUpdated":"2026-06-30"}}}"#,
            &["/care/placement/lastUpdated"],
        );
        check(
            ID,
            r#"{"care":{"placement":{}}}"#,
            &["/care/placement/lastUpdated"],
        );
        check(
            ID,
            r#"{"care":{"carers":[{"name":"Jo","lastUpdated":"2026-10-01"},{"name":"Sam","lastUpdated":"2026-05-01"},{"name":"Ali"}]}}"#,
            &["/care/carers/1/lastUpdated", "/care/carers/2/lastUpdated"],
        );
        // A spring meeting needs a check since the autumn term ended.
        check(
            ID,
            r#"{"meeting":{"date":"2027-02-10"},"care":{"carers":[{"name":"Jo","lastUpdated":"2026-12-01"}]}}"#,
            &["/care/carers/0/lastUpdated"],
        );
    }

    #[test]
    fn quiet_when_checked_this_term_or_nothing_to_check() {
        check(
            ID,
            r#"{"care":{"placement":{"lastUpdated":"2026-11-02"},"carers":[{"name":"Jo","lastUpdated":"2026-09-03"}]}}"#,
            &[],
        );
        // Checked in the summer holiday, ready for the autumn PEP.
        check(
            ID,
            r#"{"care":{"carers":[{"name":"Jo","lastUpdated":"2026-08-20"}]}}"#,
            &[],
        );
        // Judged by the term of the meeting, not by today.
        check(
            ID,
            r#"{"meeting":{"date":"2026-06-15"},"care":{"carers":[{"name":"Jo","lastUpdated":"2026-05-01"}]}}"#,
            &[],
        );
        check(ID, r#"{"care":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_gives_the_date_and_blocks_the_social_worker() {
        let findings = run_rule(
            ID,
            r#"{"care":{"carers":[{"name":"Jo","lastUpdated":"2026-03-01"}]}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Carer 1's details were last checked on 2026-03-01: check them this term and update the date"
        );
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
    }
}
