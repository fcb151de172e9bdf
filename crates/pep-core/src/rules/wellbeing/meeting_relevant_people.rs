//! Rule `meeting-relevant-people`: once the meeting has been held, the
//! designated teacher, the social worker and (when the child has carers) a
//! carer each attended or contributed. Someone counts by their role ("Foster
//! carer", "Social worker", "Designated teacher", "DT", "SW") or by being the
//! named designated teacher, social worker or carer elsewhere in the PEP.
//!
//! A warning, not an error: the meeting has happened, so the gap cannot be
//! put right by editing the form; it is for the virtual school to follow up.
//! The designated teacher is not looked for in early years PEPs (settings
//! have no statutory designated teacher) nor for a post-16 young person who
//! is not in education.
//!
//! Source: seed 004 (the social worker "should be present at all PEP
//! meetings"; the designated teacher leads them; carers invited; QA
//! checklist "All relevant people have attended and contributed"); DfE
//! statutory guidance 2018; Lancashire PEP QA framework (carer input).

use crate::model::{Attendee, EetStatus, Kind, Pep};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::meeting_held;

/// See the module documentation.
pub(crate) struct MeetingRelevantPeople;

static INFO: RuleInfo = RuleInfo {
    id: "meeting-relevant-people",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "The designated teacher, the social worker and a carer (when the child has one) each attended or contributed to the meeting.",
    why: "A plan made without the people who teach, look after and care for the young person is unlikely to be carried out.",
    source: "Seed 004 (the social worker should be present at all PEP meetings; QA checklist: all relevant people attended and contributed); DfE statutory guidance 2018; Lancashire PEP QA framework",
};

/// The people the meeting needs.
#[derive(Clone, Copy)]
enum Needed {
    /// The designated teacher (or designated person or lead).
    DesignatedTeacher,
    /// The child's social worker.
    SocialWorker,
    /// A carer: foster carer, kinship carer, residential key worker.
    Carer,
}

impl Needed {
    /// The message variant.
    fn variant(self) -> &'static str {
        match self {
            Needed::DesignatedTeacher => "designated-teacher",
            Needed::SocialWorker => "social-worker",
            Needed::Carer => "carer",
        }
    }

    /// Whether a role, as written, is this one.
    fn matches_role(self, role: &str) -> bool {
        let role = role.to_lowercase();
        let word = |w: &str| role.split(|c: char| !c.is_alphanumeric()).any(|t| t == w);
        match self {
            Needed::DesignatedTeacher => {
                word("dt")
                    || (!role.contains("safeguarding")
                        && [
                            "designated teacher",
                            "designated person",
                            "designated lead",
                            "designated member of staff",
                        ]
                        .iter()
                        .any(|r| role.contains(r)))
            }
            Needed::SocialWorker => word("sw") || role.contains("social worker"),
            Needed::Carer => ["carer", "foster", "key worker", "keyworker", "residential"]
                .iter()
                .any(|r| role.contains(r)),
        }
    }

    /// Whether a name is the one the PEP gives for this person elsewhere.
    fn matches_name(self, pep: &Pep, name: &str) -> bool {
        let same = |other: Option<&str>| other.is_some_and(|o| o.trim().eq_ignore_ascii_case(name));
        match self {
            Needed::DesignatedTeacher => same(
                pep.setting
                    .designated_teacher
                    .as_ref()
                    .and_then(|c| c.name.as_deref()),
            ),
            Needed::SocialWorker => same(
                pep.social_worker
                    .contact
                    .as_ref()
                    .and_then(|c| c.name.as_deref()),
            ),
            Needed::Carer => pep.care.carers.iter().any(|c| same(c.name.as_deref())),
        }
    }

    /// Whether this attendee is this person.
    fn is(self, pep: &Pep, attendee: &Attendee) -> bool {
        attendee
            .role
            .as_deref()
            .is_some_and(|r| self.matches_role(r))
            || attendee
                .name
                .as_deref()
                .map(str::trim)
                .is_some_and(|n| !n.is_empty() && self.matches_name(pep, n))
    }
}

impl Rule for MeetingRelevantPeople {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        // With nobody listed, `meeting-attendees-roles` already says so.
        if !meeting_held(cx) || pep.meeting.attendees.is_empty() {
            return;
        }
        let in_education = match pep.kind {
            Kind::EarlyYears => false,
            Kind::SchoolAge => true,
            Kind::Post16 => pep
                .post16
                .as_ref()
                .and_then(|p| p.eet_status)
                .is_none_or(|s| s == EetStatus::Education),
        };
        let mut needed = Vec::with_capacity(3);
        if in_education {
            needed.push(Needed::DesignatedTeacher);
        }
        needed.push(Needed::SocialWorker);
        if !pep.care.carers.is_empty() {
            needed.push(Needed::Carer);
        }
        for person in needed {
            let took_part = pep.meeting.attendees.iter().any(|a| {
                person.is(pep, a) && (a.attended == Some(true) || a.contributed == Some(true))
            });
            if !took_part {
                out.push_variant(person.variant(), "/meeting/attendees", &[]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "meeting-relevant-people";

    const DT: &str = r#"{"name":"Ms Khan","role":"Designated Teacher","attended":true}"#;
    const SW: &str = r#"{"name":"Sam Lee","role":"Social worker","attended":true}"#;

    fn pep(attendees: &[&str], extra: &str) -> String {
        format!(
            r#"{{"meeting":{{"date":"2026-11-20","attendees":[{}]}}{extra}}}"#,
            attendees.join(",")
        )
    }

    #[test]
    fn fires_for_each_person_who_neither_came_nor_contributed() {
        check(
            ID,
            &pep(
                &[r#"{"name":"Mr Ray","role":"Maths teacher","attended":true}"#],
                "",
            ),
            &["/meeting/attendees", "/meeting/attendees"],
        );
        check(
            ID,
            &pep(
                &[
                    DT,
                    r#"{"name":"Sam Lee","role":"Social worker","attended":false}"#,
                ],
                "",
            ),
            &["/meeting/attendees"],
        );
        check(
            ID,
            &pep(&[DT, SW], r#","care":{"carers":[{"name":"Jo Smith"}]}"#),
            &["/meeting/attendees"],
        );
        // A designated safeguarding lead is not the designated teacher.
        check(
            ID,
            &pep(
                &[
                    SW,
                    r#"{"name":"Mr Ray","role":"Designated safeguarding lead","attended":true}"#,
                ],
                "",
            ),
            &["/meeting/attendees"],
        );
    }

    #[test]
    fn quiet_when_everyone_took_part() {
        check(ID, &pep(&[DT, SW], ""), &[]);
        check(
            ID,
            &pep(
                &[
                    r#"{"name":"Ms Khan","role":"DT","attended":true}"#,
                    r#"{"name":"Sam Lee","role":"SW","attended":false,"contributed":true}"#,
                    r#"{"name":"jo smith","role":"Grandmother","attended":true}"#,
                ],
                r#","care":{"carers":[{"name":"Jo Smith","relationship":"Grandmother"}]}"#,
            ),
            &[],
        );
        check(
            ID,
            &pep(
                &[
                    r#"{"name":"Ms Khan","role":"Head of Year","attended":true}"#,
                    SW,
                    r#"{"name":"Alex","role":"Foster carer","attended":true}"#,
                ],
                r#","setting":{"designatedTeacher":{"name":"Ms Khan"}},"care":{"carers":[{"name":"Alex"}]}"#,
            ),
            &[],
        );
        check(
            ID,
            &pep(&[SW], r#","kind":"post-16","post16":{"eetStatus":"neet"}"#),
            &[],
        );
        check(ID, &pep(&[SW], r#","kind":"early-years""#), &[]);
        check(ID, &pep(&[], ""), &[]);
        check(ID, r#"{"meeting":{"attendees":[{}]}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn warns_and_blocks_nothing() {
        let findings = run_rule(ID, &pep(&[DT], ""), &Default::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "No social worker attended or contributed to the PEP meeting"
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
    }
}
