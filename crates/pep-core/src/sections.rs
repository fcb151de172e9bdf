//! Each section's completion status, for the widgets' task list (GOV.UK task
//! list pattern: not yet started, in progress, completed, there is a problem).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Pep, is_default};
use crate::{Finding, Severity, Stage};

/// How far a section has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SectionStatus {
    /// Nothing entered yet.
    NotStarted,
    /// Started, with gaps still to fill.
    InProgress,
    /// Started, with no errors (warnings may remain).
    Complete,
    /// Its stage has been signed off, or the PEP returned, yet errors remain.
    HasProblems,
}

/// One section of the PEP and its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SectionState {
    /// The section's stable ID (`targets`).
    pub id: String,
    /// Who completes it.
    pub owner: Stage,
    /// How far it has got.
    pub status: SectionStatus,
    /// Error findings inside it.
    pub errors: u32,
    /// Warning findings inside it.
    pub warnings: u32,
}

/// A section: its ID, owner, the JSON Pointers it covers, and whether it has
/// anything in it.
struct Section {
    id: &'static str,
    owner: Stage,
    pointers: &'static [&'static str],
    started: fn(&Pep) -> bool,
}

/// The sections, in the order a task list shows them.
const SECTIONS: &[Section] = &[
    Section {
        id: "child-and-care",
        owner: Stage::SocialWorker,
        pointers: &["/child", "/care"],
        started: |p| !is_default(&p.child) || !is_default(&p.care),
    },
    Section {
        id: "social-worker",
        owner: Stage::SocialWorker,
        pointers: &["/socialWorker", "/custody", "/keyContacts"],
        started: |p| {
            !is_default(&p.social_worker) || p.custody.is_some() || !p.key_contacts.is_empty()
        },
    },
    Section {
        id: "additional-needs",
        owner: Stage::SocialWorker,
        pointers: &["/additionalNeeds"],
        started: |p| !is_default(&p.additional_needs),
    },
    Section {
        id: "education",
        owner: Stage::DesignatedTeacher,
        pointers: &["/setting", "/schoolAge", "/earlyYears", "/post16"],
        started: |p| {
            !is_default(&p.setting)
                || p.school_age.is_some()
                || p.early_years.is_some()
                || p.post16.is_some()
        },
    },
    Section {
        id: "attainment",
        owner: Stage::DesignatedTeacher,
        pointers: &["/attainment"],
        started: |p| !is_default(&p.attainment),
    },
    Section {
        id: "targets",
        owner: Stage::DesignatedTeacher,
        pointers: &["/targets", "/previousTargets"],
        started: |p| !p.targets.is_empty() || p.previous_targets.iter().any(|t| t.result.is_some()),
    },
    Section {
        id: "meeting",
        owner: Stage::DesignatedTeacher,
        pointers: &["/meeting", "/nextPepDate", "/previousPepDate"],
        started: |p| !is_default(&p.meeting) || p.next_pep_date.is_some(),
    },
    Section {
        id: "views",
        owner: Stage::DesignatedTeacher,
        pointers: &["/views"],
        started: |p| !is_default(&p.views),
    },
    Section {
        id: "sign-off",
        owner: Stage::VirtualSchool,
        pointers: &["/signOffs", "/status", "/returnedReason"],
        started: |p| !is_default(&p.sign_offs),
    },
];

/// Whether `path` is `pointer` or inside it.
fn within(path: &str, pointer: &str) -> bool {
    path.strip_prefix(pointer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The ID of the section a JSON Pointer belongs to, if any.
///
/// ```
/// assert_eq!(pep_core::sections::section_of("/targets/2/deadline"), Some("targets"));
/// assert_eq!(pep_core::sections::section_of("/meetingNotes"), None);
/// ```
pub fn section_of(path: &str) -> Option<&'static str> {
    SECTIONS
        .iter()
        .find(|s| s.pointers.iter().any(|p| within(path, p)))
        .map(|s| s.id)
}

/// Whether a stage's sign-off is recorded (a dated sign-off).
fn signed(pep: &Pep, stage: Stage) -> bool {
    let s = &pep.sign_offs;
    match stage {
        Stage::SocialWorker => s.social_worker.as_ref().is_some_and(|x| x.date.is_some()),
        Stage::DesignatedTeacher => s
            .designated_teacher
            .as_ref()
            .is_some_and(|x| x.date.is_some()),
        Stage::VirtualSchool => s.virtual_school.as_ref().is_some_and(|x| x.date.is_some()),
    }
}

/// Every section's status, given the report's findings.
pub fn section_states(pep: &Pep, findings: &[Finding]) -> Vec<SectionState> {
    let returned = pep.status == Some(crate::model::PepStatus::Returned);
    SECTIONS
        .iter()
        .map(|section| {
            let (mut errors, mut warnings) = (0, 0);
            for f in findings {
                if section.pointers.iter().any(|p| within(&f.path, p)) {
                    match f.severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                        Severity::Info => {}
                    }
                }
            }
            let started = (section.started)(pep);
            let status = match (started, errors) {
                (false, 0) => SectionStatus::NotStarted,
                (_, 0) => SectionStatus::Complete,
                _ if returned || signed(pep, section.owner) => SectionStatus::HasProblems,
                (false, _) => SectionStatus::NotStarted,
                (true, _) => SectionStatus::InProgress,
            };
            SectionState {
                id: section.id.to_owned(),
                owner: section.owner,
                status,
                errors,
                warnings,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(path: &str, severity: Severity) -> Finding {
        Finding {
            rule: "test".into(),
            severity,
            path: path.into(),
            message: String::new(),
            young_person_message: None,
            blocks: vec![],
            params: Default::default(),
        }
    }

    fn status(json: &str, findings: &[Finding], id: &str) -> SectionStatus {
        let pep: Pep = serde_json::from_str(json).unwrap();
        section_states(&pep, findings)
            .into_iter()
            .find(|s| s.id == id)
            .unwrap()
            .status
    }

    #[test]
    fn statuses_follow_content_findings_and_sign_off() {
        use SectionStatus::*;
        let gap = [finding("/targets/0/lead/name", Severity::Error)];
        let warn = [finding("/targets/0/outcome", Severity::Warning)];
        assert_eq!(status("{}", &[], "targets"), NotStarted);
        assert_eq!(status(r#"{"targets":[{}]}"#, &gap, "targets"), InProgress);
        assert_eq!(status(r#"{"targets":[{}]}"#, &warn, "targets"), Complete);
        assert_eq!(status(r#"{"targets":[{}]}"#, &[], "targets"), Complete);
        assert_eq!(
            status(
                r#"{"targets":[{}],"signOffs":{"designatedTeacher":{"date":"2026-11-20"}}}"#,
                &gap,
                "targets"
            ),
            HasProblems
        );
        assert_eq!(
            status(r#"{"targets":[{}],"status":"returned"}"#, &gap, "targets"),
            HasProblems
        );
        // A finding on an empty section (e.g. "at least 3 targets") does not start it.
        assert_eq!(
            status("{}", &[finding("/targets", Severity::Error)], "targets"),
            NotStarted
        );
        // /meetingNotes is not inside /meeting.
        assert_eq!(
            status(
                "{}",
                &[finding("/meetingNotes", Severity::Error)],
                "meeting"
            ),
            NotStarted
        );
    }

    #[test]
    fn every_section_is_listed_once() {
        let states = section_states(&Pep::default(), &[]);
        assert_eq!(states.len(), SECTIONS.len());
        assert!(
            states.iter().all(|s| s.status == SectionStatus::NotStarted),
            "{states:?}"
        );
    }
}
