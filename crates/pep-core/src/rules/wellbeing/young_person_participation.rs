//! Rule `young-person-participation`: once the meeting has been held, the PEP
//! says whether the young person attended and, if not, why not and how their
//! views were shared.
//!
//! Source: seed 004 ("The PEP Meeting Page": "show if the young person
//! attended their PEP and if not, why they did not and show how their views
//! were shared"; QA checklist "The child's voice is recorded"); DfE statutory
//! guidance 2018, *Promoting the education of looked-after children*;
//! Lancashire PEP QA red flag "no pupil voice".

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::meeting_held;

/// See the module documentation.
pub(crate) struct YoungPersonParticipation;

static INFO: RuleInfo = RuleInfo {
    id: "young-person-participation",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "After the meeting, the PEP says whether the young person attended and, if not, why not and how their views were shared.",
    why: "It is the young person's plan: their voice must be in it, whether or not they came to the meeting.",
    source: "Seed 004 (The PEP Meeting Page; QA checklist: the child's voice is recorded); DfE statutory guidance 2018; Lancashire PEP QA red flags",
};

impl Rule for YoungPersonParticipation {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if !meeting_held(cx) {
            return;
        }
        let meeting = &cx.pep.meeting;
        match meeting.young_person_attended {
            Some(true) => {}
            None => out.push("/meeting/youngPersonAttended", &[]),
            Some(false) => {
                if is_blank(&meeting.not_attended_reason) {
                    out.push_variant("reason", "/meeting/notAttendedReason", &[]);
                }
                if is_blank(&meeting.views_shared_how) {
                    out.push_variant("views", "/meeting/viewsSharedHow", &[]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "young-person-participation";

    #[test]
    fn fires_after_the_meeting_when_participation_is_missing() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20"}}"#,
            &["/meeting/youngPersonAttended"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-23","youngPersonAttended":false}}"#,
            &["/meeting/notAttendedReason", "/meeting/viewsSharedHow"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","youngPersonAttended":false,"notAttendedReason":"Exam that afternoon","viewsSharedHow":""}}"#,
            &["/meeting/viewsSharedHow"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","youngPersonAttended":false,"viewsSharedHow":"Met the DT the day before"}}"#,
            &["/meeting/notAttendedReason"],
        );
    }

    #[test]
    fn quiet_when_they_came_or_it_is_explained_or_before_the_meeting() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","youngPersonAttended":true}}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","youngPersonAttended":false,"notAttendedReason":"Did not want to miss football","viewsSharedHow":"Wrote their views with their carer"}}"#,
            &[],
        );
        check(ID, r#"{"meeting":{"date":"2026-11-24"}}"#, &[]);
        check(ID, r#"{"meeting":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn speaks_to_the_young_person_and_blocks_dt() {
        let findings = run_rule(
            ID,
            r#"{"meeting":{"date":"2026-11-20","youngPersonAttended":false}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[1].young_person_message.as_deref(),
            Some("We need to write down how you told us what you think")
        );
        assert_eq!(
            findings[1].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
