//! Rule `meeting-attendees-roles`: once the meeting has been held, the PEP
//! lists who was invited, each with a role and whether they attended.
//! Whether the right people were there is rule `meeting-relevant-people`'s job.
//!
//! Source: seed 004 (QA checklist: "All relevant people have attended and
//! contributed to the PEP"); Lancashire PEP QA red flag "no attendees".

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::meeting_held;

/// See the module documentation.
pub(crate) struct MeetingAttendeesRoles;

static INFO: RuleInfo = RuleInfo {
    id: "meeting-attendees-roles",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "After the meeting, the PEP lists who was invited, each with their role and whether they attended.",
    why: "The virtual school can only judge whether the right people took part when the PEP says who they were and whether they came.",
    source: "Seed 004 (QA checklist: all relevant people attended and contributed); Lancashire PEP QA red flags (no attendees)",
};

impl Rule for MeetingAttendeesRoles {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if !meeting_held(cx) {
            return;
        }
        let attendees = &cx.pep.meeting.attendees;
        if attendees.is_empty() {
            out.push("/meeting/attendees", &[]);
            return;
        }
        for (i, attendee) in attendees.iter().enumerate() {
            let number = [("number", (i + 1).to_string())];
            if is_blank(&attendee.role) {
                out.push_variant("role", format!("/meeting/attendees/{i}/role"), &number);
            }
            if attendee.attended.is_none() {
                out.push_variant(
                    "attended",
                    format!("/meeting/attendees/{i}/attended"),
                    &number,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "meeting-attendees-roles";

    #[test]
    fn fires_without_attendees_roles_or_attendance() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20"}}"#,
            &["/meeting/attendees"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","attendees":[{"name":"Ms Khan","attended":true}]}}"#,
            &["/meeting/attendees/0/role"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","attendees":[{"name":"Ms Khan","role":"Designated teacher","attended":true},{"name":"Sam Lee","role":" "}]}}"#,
            &["/meeting/attendees/1/role", "/meeting/attendees/1/attended"],
        );
    }

    #[test]
    fn quiet_when_listed_with_roles_or_before_the_meeting() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20","attendees":[{"name":"Ms Khan","role":"Designated teacher","attended":true},{"name":"Sam Lee","role":"Social worker","attended":false,"contributed":true}]}}"#,
            &[],
        );
        check(ID, r#"{"meeting":{"date":"2026-12-01"}}"#, &[]);
        check(ID, r#"{"meeting":{"attendees":[{}]}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_attendee() {
        let findings = run_rule(
            ID,
            r#"{"meeting":{"date":"2026-11-20","attendees":[{"name":"A","role":"Carer","attended":true},{"name":"B","attended":true}]}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Attendee 2 needs a role (designated teacher, social worker, carer ...)"
        );
    }
}
