//! Rule `attainment-recorded`: before the designated teacher signs off,
//! attainment and progress are recorded for this term: for a school-age or
//! post-16 PEP, at least one subject or course with an entry (on track,
//! working at, or progress) in the term of the meeting; for an early years
//! PEP, at least one EYFS area of learning with how the child is doing.
//!
//! The term is the one containing the meeting date (or today, before the
//! meeting is dated); a meeting in the holidays between terms accepts an
//! entry in any term. A post-16 young person who is NEET or in employment has
//! no courses, so the rule is quiet for them.
//!
//! Source: seed 004 ("Attainment and Progress": each subject "should be
//! updated at each termly PEP"); DOMAIN.md "Who fills what" (the designated
//! teacher owns attainment and progress) and "Three kinds of PEP" (EYFS
//! areas); DfE statutory guidance 2018 "Promoting the education of
//! looked-after and previously looked-after children" (an up-to-date summary
//! of attainment and progress).

use crate::calendar::TermKind;
use crate::model::{EetStatus, Kind, SubjectProgress, TermProgress, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct AttainmentRecorded;

static INFO: RuleInfo = RuleInfo {
    id: "attainment-recorded",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "At least one subject, course or EYFS area has this term's attainment and progress recorded.",
    why: "The PEP must hold an up-to-date summary of attainment and progress, updated at each termly PEP; the virtual school tracks it.",
    source: "Seed 004 (Attainment and Progress); DOMAIN.md \"Who fills what\"; DfE statutory guidance 2018",
};

fn filled(term: &Option<TermProgress>) -> bool {
    term.as_ref()
        .is_some_and(|t| t.on_track.is_some() || t.progress.is_some() || !is_blank(&t.working_at))
}

fn recorded_in(subject: &SubjectProgress, term: Option<TermKind>) -> bool {
    match term {
        Some(TermKind::Autumn) => filled(&subject.autumn),
        Some(TermKind::Spring) => filled(&subject.spring),
        Some(TermKind::Summer) => filled(&subject.summer),
        None => filled(&subject.autumn) || filled(&subject.spring) || filled(&subject.summer),
    }
}

impl Rule for AttainmentRecorded {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        match pep.kind {
            Kind::EarlyYears => {
                let recorded = pep.early_years.as_ref().is_some_and(|ey| {
                    ey.eyfs.iter().any(|a| {
                        a.area.is_some() && (a.on_track.is_some() || !is_blank(&a.comment))
                    })
                });
                if !recorded {
                    out.push_variant("eyfs", "/earlyYears/eyfs", &[]);
                }
            }
            Kind::SchoolAge | Kind::Post16 => {
                let no_courses = pep.kind == Kind::Post16
                    && pep.post16.as_ref().is_some_and(|p| {
                        matches!(p.eet_status, Some(EetStatus::Neet | EetStatus::Employment))
                    });
                if no_courses {
                    return;
                }
                let subjects = &pep.attainment.subjects;
                if subjects.is_empty() {
                    out.push_variant("subjects", "/attainment/subjects", &[]);
                    return;
                }
                let on = pep.meeting.date.map_or(cx.today, |d| d.civil());
                let term = cx.calendar.term_of(on).map(|t| t.kind);
                if !subjects.iter().any(|s| recorded_in(s, term)) {
                    let column = match term {
                        Some(TermKind::Autumn) | None => "autumn",
                        Some(TermKind::Spring) => "spring",
                        Some(TermKind::Summer) => "summer",
                    };
                    out.push_variant("this-term", format!("/attainment/subjects/0/{column}"), &[]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "attainment-recorded";

    #[test]
    fn fires_without_this_terms_progress() {
        check(ID, "{}", &["/attainment/subjects"]);
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"education"}}"#,
            &["/attainment/subjects"],
        );
        // A subject with no entries at all.
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"English","autumn":{}}]}}"#,
            &["/attainment/subjects/0/autumn"],
        );
        // Meeting in the spring term; only last autumn's entries.
        check(
            ID,
            r#"{"meeting":{"date":"2027-02-03"},"attainment":{"subjects":[{"subject":"English","autumn":{"onTrack":true}}]}}"#,
            &["/attainment/subjects/0/spring"],
        );
        check(ID, r#"{"kind":"early-years"}"#, &["/earlyYears/eyfs"]);
        check(
            ID,
            r#"{"kind":"early-years","earlyYears":{"eyfs":[{"area":"literacy"}]}}"#,
            &["/earlyYears/eyfs"],
        );
    }

    #[test]
    fn quiet_with_this_terms_progress() {
        // TODAY is in the autumn term.
        check(
            ID,
            r#"{"attainment":{"subjects":[{"subject":"Maths"},{"subject":"English","autumn":{"workingAt":"5"}}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2027-02-03"},"attainment":{"subjects":[{"subject":"Maths","spring":{"progress":"expected"}}]}}"#,
            &[],
        );
        // A meeting in the summer holidays: any term's entry will do.
        check(
            ID,
            r#"{"meeting":{"date":"2027-08-10"},"attainment":{"subjects":[{"subject":"Maths","summer":{"onTrack":false}}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"early-years","earlyYears":{"eyfs":[{"area":"literacy","onTrack":true}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet"}}"#,
            &[],
        );
    }

    #[test]
    fn blocks_the_designated_teacher_and_virtual_school() {
        let findings = run_rule(ID, "{}", &Default::default(), TODAY);
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
