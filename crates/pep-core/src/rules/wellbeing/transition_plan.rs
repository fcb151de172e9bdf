//! Rule `transition-plan`: a child in a transition year has a plan for the
//! move. The transition years are the last early years year (the academic
//! year the child turns 4, before Reception, worked out from the date of
//! birth and today), Year 6 (into Year 7) and Year 11 (into post-16). Any
//! other move already recorded (a `to` or a `date`) needs its plan too.
//!
//! Source: DfE statutory guidance 2018, *Promoting the education of
//! looked-after children* (PEPs support transitions between phases); DOMAIN.md
//! ("transitions (into Reception, Year 7, post-16)"); Lancashire PEP QA red
//! flag "no transition detail"; seed 004 ("The PEP Meeting Page":
//! discussions around transition).

use jiff::Span;
use jiff::civil::Date;

use crate::model::{Kind, Transition, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct TransitionPlan;

static INFO: RuleInfo = RuleInfo {
    id: "transition-plan",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "In the year before Reception, Year 6 and Year 11, and for any move already recorded, the PEP has a transition plan.",
    why: "Moves between settings are where children in care most often lose ground; a plan made early (applications close in the autumn and January) keeps them on track.",
    source: "DfE statutory guidance 2018; DOMAIN.md (transitions into Reception, Year 7, post-16); Lancashire PEP QA red flags (no transition detail); seed 004",
};

/// The academic year (September to August) a date falls in, by its first year.
fn academic_year(date: Date) -> i16 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// Whether a transition has been recorded without its plan.
fn recorded_without_plan(transition: Option<&Transition>) -> bool {
    transition.is_some_and(|t| (!is_blank(&t.to) || t.date.is_some()) && is_blank(&t.plan))
}

/// Whether there is no plan.
fn no_plan(transition: Option<&Transition>) -> bool {
    transition.is_none_or(|t| is_blank(&t.plan))
}

impl Rule for TransitionPlan {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        match pep.kind {
            Kind::EarlyYears => {
                let transition = pep.early_years.as_ref().and_then(|e| e.transition.as_ref());
                let turns_4_this_year = pep
                    .child
                    .date_of_birth
                    .and_then(|dob| dob.civil().checked_add(Span::new().years(4)).ok())
                    .is_some_and(|fourth| academic_year(fourth) == academic_year(cx.today));
                let path = "/earlyYears/transition/plan";
                if turns_4_this_year && no_plan(transition) {
                    out.push_variant("reception", path, &[]);
                } else if recorded_without_plan(transition) {
                    out.push_variant("planned", path, &[]);
                }
            }
            Kind::SchoolAge => {
                let Some(school) = &pep.school_age else {
                    return;
                };
                let transition = school.transition.as_ref();
                let path = "/schoolAge/transition/plan";
                match school.year_group {
                    Some(6) if no_plan(transition) => out.push_variant("year-7", path, &[]),
                    Some(11) if no_plan(transition) => out.push_variant("post-16", path, &[]),
                    _ if recorded_without_plan(transition) => {
                        out.push_variant("planned", path, &[]);
                    }
                    _ => {}
                }
            }
            Kind::Post16 => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "transition-plan";

    #[test]
    fn fires_in_transition_years_without_a_plan() {
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":6}}"#,
            &["/schoolAge/transition/plan"],
        );
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":11,"transition":{"to":"Walsall College"}}}"#,
            &["/schoolAge/transition/plan"],
        );
        // TODAY is in 2026/27: a child born in 2022/23 turns 4 this year.
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2022-09-01"},"earlyYears":{}}"#,
            &["/earlyYears/transition/plan"],
        );
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2023-08-31"}}"#,
            &["/earlyYears/transition/plan"],
        );
    }

    #[test]
    fn fires_for_a_recorded_move_without_a_plan() {
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":4,"transition":{"to":"Brookfield Primary","date":"2027-01-04"}}}"#,
            &["/schoolAge/transition/plan"],
        );
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2024-01-10"},"earlyYears":{"transition":{"date":"2027-01-04","plan":" "}}}"#,
            &["/earlyYears/transition/plan"],
        );
    }

    #[test]
    fn quiet_with_a_plan_or_outside_transition_years() {
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":6,"transition":{"to":"Year 7 at Park Academy","plan":"Three extra visits in June; DT to DT handover"}}}"#,
            &[],
        );
        check(ID, r#"{"schoolAge":{"yearGroup":5}}"#, &[]);
        check(ID, r#"{"schoolAge":{"yearGroup":7}}"#, &[]);
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2022-08-31"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2023-09-01"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"early-years","child":{"dateOfBirth":"2023-03-01"},"earlyYears":{"transition":{"to":"Reception at Brookfield","plan":"Settling-in sessions in July"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"post-16","schoolAge":{"yearGroup":11}}"#,
            &[],
        );
        check(ID, r#"{"kind":"early-years"}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn says_which_move() {
        let findings = run_rule(
            ID,
            r#"{"schoolAge":{"yearGroup":11}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Year 11: write the plan for the move to post-16 education or training"
        );
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("We need to write down the plan for what you will do after Year 11")
        );
    }
}
