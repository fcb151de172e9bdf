//! Rule `social-worker-section-complete`: the social worker's parts of the PEP
//! are complete: the child's name, date of birth, legal status and the date
//! they entered care; the placement and carers; the social worker's name and a
//! way to contact them; and, for a post-16 PEP, whether the young person is in
//! education, employment or training. One finding per missing field, at its
//! path, so the form can point at each gap.
//!
//! Carers are not asked for while the young person is in custody or on
//! remand (seed 004, "Custody and Remand": the establishment takes their place).
//!
//! Source: seed 004 ("Section A: Social Worker Section": "these parts should be
//! completed in full and prior to the PEP"; "Personal/Care Information ... updated
//! each term"); DOMAIN.md "Who fills what"; Care Planning, Placement and Case
//! Review (England) Regulations 2010 (the PEP is part of the care plan).

use crate::model::{Kind, Pep, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SocialWorkerSectionComplete;

static INFO: RuleInfo = RuleInfo {
    id: "social-worker-section-complete",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "The social worker's parts are complete: the child's name, date of birth, legal status and date entered care; placement and carers; the social worker's name and contact details; post-16 education, employment or training status.",
    why: "The school or college needs this to offer a personalised approach and to reach the carers; the social worker must complete it before the PEP meeting and before signing off.",
    source: "Seed 004 (Section A: Social Worker Section); DOMAIN.md \"Who fills what\"; Care Planning, Placement and Case Review (England) Regulations 2010",
};

/// The fields the social worker owns: message variant, JSON Pointer, and
/// whether the PEP has it.
fn fields(pep: &Pep) -> [(&'static str, &'static str, bool); 9] {
    let child = &pep.child;
    let placement_given = pep
        .care
        .placement
        .as_ref()
        .is_some_and(|p| !is_blank(&p.placement_type) || !is_blank(&p.description));
    let in_custody = pep.custody.as_ref().is_some_and(|c| c.status.is_some());
    let carers_given = in_custody || pep.care.carers.iter().any(|c| !is_blank(&c.name));
    let contact = pep.social_worker.contact.as_ref();
    let sw_named = contact.is_some_and(|c| !is_blank(&c.name));
    let sw_reachable = contact.is_some_and(|c| !is_blank(&c.phone) || !is_blank(&c.email));
    let eet_given =
        pep.kind != Kind::Post16 || pep.post16.as_ref().is_some_and(|p| p.eet_status.is_some());
    [
        ("child-name", "/child/name", !is_blank(&child.name)),
        (
            "date-of-birth",
            "/child/dateOfBirth",
            child.date_of_birth.is_some(),
        ),
        (
            "legal-status",
            "/child/legalStatus",
            !is_blank(&child.legal_status),
        ),
        (
            "date-entered-care",
            "/child/dateEnteredCare",
            child.date_entered_care.is_some(),
        ),
        (
            "placement",
            "/care/placement/placementType",
            placement_given,
        ),
        ("carers", "/care/carers", carers_given),
        ("social-worker-name", "/socialWorker/contact/name", sw_named),
        (
            "social-worker-contact",
            "/socialWorker/contact/phone",
            sw_reachable,
        ),
        ("eet-status", "/post16/eetStatus", eet_given),
    ]
}

impl Rule for SocialWorkerSectionComplete {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for (variant, path, given) in fields(cx.pep) {
            if !given {
                out.push_variant(variant, path, &[]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "social-worker-section-complete";

    /// Everything the social worker owns, for a school-age PEP.
    const COMPLETE: &str = r#""child":{"name":"Amira Patel","dateOfBirth":"2014-03-09","legalStatus":"Full care order (s31)","dateEnteredCare":"2022-05-16"},
        "care":{"placement":{"placementType":"Foster care"},"carers":[{"name":"Grace Okoye"}]},
        "socialWorker":{"contact":{"name":"Daniel Hughes","email":"d.hughes@example.org"}}"#;

    fn pep(extra: &str) -> String {
        format!("{{{COMPLETE}{extra}}}")
    }

    #[test]
    fn fires_once_per_missing_field() {
        check(
            ID,
            "{}",
            &[
                "/child/name",
                "/child/dateOfBirth",
                "/child/legalStatus",
                "/child/dateEnteredCare",
                "/care/placement/placementType",
                "/care/carers",
                "/socialWorker/contact/name",
                "/socialWorker/contact/phone",
            ],
        );
        check(
            ID,
            r#"{"kind":"post-16","child":{"name":"  ","dateOfBirth":"2009-05-03","legalStatus":"Accommodated (s20)","dateEnteredCare":"2023-08-21"},
                "care":{"placement":{},"carers":[{"relationship":"Foster carer"}]},
                "socialWorker":{"contact":{"name":"Nadia Rahman","phone":" "}},"post16":{}}"#,
            &[
                "/child/name",
                "/care/placement/placementType",
                "/care/carers",
                "/socialWorker/contact/phone",
                "/post16/eetStatus",
            ],
        );
        check(ID, &pep(r#","kind":"post-16""#), &["/post16/eetStatus"]);
    }

    #[test]
    fn quiet_when_complete() {
        check(ID, &pep(""), &[]);
        check(
            ID,
            &pep(r#","kind":"post-16","post16":{"eetStatus":"neet"}"#),
            &[],
        );
        // A description will do for the placement; a phone number for contact.
        check(
            ID,
            r#"{"child":{"name":"A","dateOfBirth":"2014-03-09","legalStatus":"s20","dateEnteredCare":"2022-05-16"},
                "care":{"placement":{"description":"Children's home"},"carers":[{"name":"Key worker"}]},
                "socialWorker":{"contact":{"name":"B","phone":"01632 960 200"}}}"#,
            &[],
        );
        // In custody: no carers to record.
        check(
            ID,
            r#"{"child":{"name":"A","dateOfBirth":"2008-03-09","legalStatus":"s20","dateEnteredCare":"2022-05-16"},
                "care":{"placement":{"placementType":"Secure children's home"}},"custody":{"status":"remand"},
                "socialWorker":{"contact":{"name":"B","phone":"01632 960 200"}}}"#,
            &[],
        );
    }

    #[test]
    fn each_field_has_its_own_message_and_blocks_every_stage() {
        let findings = run_rule(ID, "{}", &Default::default(), TODAY);
        assert_eq!(findings[0].message, "Add the child's full name");
        assert!(findings.iter().all(|f| !f.message.contains(ID)));
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
    }
}
