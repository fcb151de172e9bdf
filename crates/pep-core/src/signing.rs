//! Making a sign-off: what it writes into the PEP, where the PEP's status
//! goes, and what refuses it.
//!
//! A sign-off is checked on the PEP as it will be once signed, not as it is
//! before: some findings only exist once the sign-off does (the virtual
//! school approving a PEP the designated teacher never signed is
//! `sign-off-order`, which only fires when the approval is in the PEP).
//! Widgets and hosts call [`sign_off_refusals`] on a signed copy and keep
//! the PEP unchanged when anything comes back.
//!
//! Source: DOMAIN.md "Who fills what" (sign-off order SW -> DT -> VS); seed
//! 004 (Section A social worker sign-off, Section D "VS Final Sign Off").

use jiff::civil::Date;

use crate::model::{Pep, PepStatus, SignOff};
use crate::{Config, Finding, Stage};

/// How far along the workflow a status is. A returned PEP is back with the
/// school and social worker, so it ranks with a draft.
fn rank(status: Option<PepStatus>) -> u8 {
    match status {
        None | Some(PepStatus::Draft | PepStatus::Returned) => 0,
        Some(PepStatus::SocialWorkerSigned) => 1,
        Some(PepStatus::DesignatedTeacherSigned) => 2,
        Some(PepStatus::Approved) => 3,
    }
}

/// The status once `stage` has signed off (the virtual school's sign-off
/// here is an approval): it moves on, never back. A social worker who signs
/// again after the designated teacher leaves the PEP with the designated
/// teacher's status; after a return, the school's sign-offs move it on
/// again.
pub fn status_after(current: Option<PepStatus>, stage: Stage) -> PepStatus {
    let signed = match stage {
        Stage::SocialWorker => PepStatus::SocialWorkerSigned,
        Stage::DesignatedTeacher => PepStatus::DesignatedTeacherSigned,
        Stage::VirtualSchool => PepStatus::Approved,
    };
    match current {
        Some(status) if rank(Some(status)) > rank(Some(signed)) => status,
        _ => signed,
    }
}

/// Records the social worker's or designated teacher's sign-off: who,
/// `today`, and the PEP's next PEP date; fields of an earlier sign-off that
/// pepkit does not know are kept. The status moves on ([`status_after`]).
/// The virtual school's sign-off carries the QA checklist and is made by its
/// own form; for [`Stage::VirtualSchool`] this records the name, date and
/// next date of an approval.
pub fn record_sign_off(pep: &mut Pep, stage: Stage, name: &str, today: Date) {
    let name = name.trim();
    let name = (!name.is_empty()).then(|| name.to_owned());
    let next = pep.next_pep_date;
    let record = |old: Option<SignOff>| {
        let mut s = old.unwrap_or_default();
        s.name = name.clone();
        s.date = Some(today.into());
        s.next_pep_date = next;
        Some(s)
    };
    let s = &mut pep.sign_offs;
    match stage {
        Stage::SocialWorker => s.social_worker = record(s.social_worker.take()),
        Stage::DesignatedTeacher => s.designated_teacher = record(s.designated_teacher.take()),
        Stage::VirtualSchool => {
            let vs = s.virtual_school.get_or_insert_with(Default::default);
            vs.name = name;
            vs.date = Some(today.into());
            vs.next_pep_date = next;
        }
    }
    pep.status = Some(status_after(pep.status, stage));
}

/// The sign-off an earlier stage must have made first.
fn before(stage: Stage) -> Option<&'static str> {
    match stage {
        Stage::SocialWorker => None,
        Stage::DesignatedTeacher => Some("/signOffs/socialWorker"),
        Stage::VirtualSchool => Some("/signOffs/designatedTeacher"),
    }
}

/// Where `stage`'s own sign-off is.
fn own(stage: Stage) -> &'static str {
    match stage {
        Stage::SocialWorker => "/signOffs/socialWorker",
        Stage::DesignatedTeacher => "/signOffs/designatedTeacher",
        Stage::VirtualSchool => "/signOffs/virtualSchool",
    }
}

/// What refuses `stage`'s sign-off, checked on `signed`, the PEP with the
/// sign-off recorded: every finding that holds up the stage, and a missing
/// earlier sign-off (`sign-off-order`: the designated teacher signs after the
/// social worker, the virtual school after the designated teacher). Empty
/// when the sign-off may stand.
///
/// The sign-off's own missing next PEP date (`sign-off-next-pep-date`) is
/// left out: [`record_sign_off`] copies the PEP's, so the PEP's own
/// finding (`next-pep-date-present`) already says it, where it can be put
/// right.
pub fn sign_off_refusals(signed: &Pep, stage: Stage, config: &Config, today: Date) -> Vec<Finding> {
    let missing = before(stage);
    let own_next = format!("{}/nextPepDate", own(stage));
    crate::validate(signed, config, today)
        .findings
        .into_iter()
        .filter(|f| !(f.rule == "sign-off-next-pep-date" && f.path == own_next))
        .filter(|f| {
            f.blocks(stage) || (f.rule == "sign-off-order" && Some(f.path.as_str()) == missing)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PepStatus::*;

    const TODAY: Date = jiff::civil::date(2026, 11, 23);

    #[test]
    fn status_moves_on_and_never_back() {
        assert_eq!(status_after(None, Stage::SocialWorker), SocialWorkerSigned);
        assert_eq!(
            status_after(Some(SocialWorkerSigned), Stage::DesignatedTeacher),
            DesignatedTeacherSigned
        );
        // The social worker signing again keeps the designated teacher's status.
        assert_eq!(
            status_after(Some(DesignatedTeacherSigned), Stage::SocialWorker),
            DesignatedTeacherSigned
        );
        assert_eq!(
            status_after(Some(Approved), Stage::DesignatedTeacher),
            Approved
        );
        // After a return, the school's sign-offs move it on again.
        assert_eq!(
            status_after(Some(Returned), Stage::SocialWorker),
            SocialWorkerSigned
        );
        assert_eq!(
            status_after(Some(Returned), Stage::DesignatedTeacher),
            DesignatedTeacherSigned
        );
        assert_eq!(status_after(Some(Draft), Stage::VirtualSchool), Approved);
    }

    #[test]
    fn recording_keeps_unknown_fields_and_trims_the_name() {
        let mut pep: Pep = serde_json::from_value(serde_json::json!({
            "nextPepDate": "2027-03-01",
            "signOffs": {"socialWorker": {"name": "Old", "vendorId": 7}}
        }))
        .unwrap();
        record_sign_off(&mut pep, Stage::SocialWorker, "  Ana Diaz ", TODAY);
        let json = serde_json::to_value(&pep).unwrap();
        assert_eq!(
            json["signOffs"]["socialWorker"],
            serde_json::json!({"name": "Ana Diaz", "date": "2026-11-23", "nextPepDate": "2027-03-01", "vendorId": 7})
        );
        assert_eq!(json["status"], "social-worker-signed");
    }

    #[test]
    fn an_approval_without_the_designated_teachers_sign_off_is_refused() {
        let unsigned = Pep::default();
        let mut approved = unsigned.clone();
        record_sign_off(&mut approved, Stage::VirtualSchool, "V. Officer", TODAY);
        let refusals =
            sign_off_refusals(&approved, Stage::VirtualSchool, &Config::default(), TODAY);
        assert!(
            refusals
                .iter()
                .any(|f| f.rule == "sign-off-order" && f.path == "/signOffs/designatedTeacher"),
            "{refusals:#?}"
        );
        // Before the approval is recorded, the order finding does not exist.
        assert!(
            !crate::validate(&unsigned, &Config::default(), TODAY)
                .findings
                .iter()
                .any(|f| f.rule == "sign-off-order")
        );
    }

    #[test]
    fn the_designated_teacher_signs_after_the_social_worker() {
        let mut pep = Pep::default();
        record_sign_off(&mut pep, Stage::DesignatedTeacher, "D. Teacher", TODAY);
        let order = |pep: &Pep| {
            sign_off_refusals(pep, Stage::DesignatedTeacher, &Config::default(), TODAY)
                .into_iter()
                .any(|f| f.rule == "sign-off-order")
        };
        assert!(order(&pep));
        let mut both = Pep::default();
        record_sign_off(&mut both, Stage::SocialWorker, "S. Worker", TODAY);
        record_sign_off(&mut both, Stage::DesignatedTeacher, "D. Teacher", TODAY);
        assert!(!order(&both));
        // The sign-off's own next date is the PEP's: said once, at the PEP's.
        let rules: Vec<String> =
            sign_off_refusals(&pep, Stage::DesignatedTeacher, &Config::default(), TODAY)
                .into_iter()
                .map(|f| f.rule)
                .collect();
        assert!(
            rules.contains(&"next-pep-date-present".to_owned()),
            "{rules:?}"
        );
        assert!(
            !rules.contains(&"sign-off-next-pep-date".to_owned()),
            "{rules:?}"
        );
        // The social worker's own sign-off waits for nobody.
        assert!(
            !sign_off_refusals(&pep, Stage::SocialWorker, &Config::default(), TODAY)
                .iter()
                .any(|f| f.rule == "sign-off-order")
        );
    }
}
