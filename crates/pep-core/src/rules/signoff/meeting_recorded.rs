//! Rule `meeting-recorded`: before the designated teacher signs off, the PEP
//! meeting is recorded: its date, and, once it has been held, at least one
//! named person who attended.
//!
//! The meeting date anchors the designated teacher's 5 working days and the
//! next PEP date; "no attendees" is one of Lancashire's red flags. Invitees
//! marked as not attending, and unnamed ones, do not count. An empty list of
//! attendees is left to `meeting-attendees-roles`, which reports it at the
//! same place; this rule adds the case that list misses: everyone listed
//! stayed away. Before the meeting's date nobody can have attended, so only
//! the date is asked for then.
//!
//! Source: seed 004 ("The PEP Meeting Page": who attended, the young person's
//! attendance, and the views of all people supporting them; "All stakeholders
//! should attend the meeting"); Lancashire PEP QA red flags (DOMAIN.md);
//! DfE statutory guidance 2018 "Promoting the education of looked-after and
//! previously looked-after children".

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct MeetingRecorded;

static INFO: RuleInfo = RuleInfo {
    id: "meeting-recorded",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "The PEP meeting's date is recorded and, once it has been held, at least one named person attended.",
    why: "The meeting date sets the sign-off and next-PEP timescales, and a PEP with no attendees is a red flag: all stakeholders should attend.",
    source: "Seed 004 (The PEP Meeting Page); Lancashire PEP QA red flags; DfE statutory guidance 2018",
};

impl Rule for MeetingRecorded {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let meeting = &cx.pep.meeting;
        if meeting.date.is_none() {
            out.push_variant("date", "/meeting/date", &[]);
        }
        let held = meeting.date.is_some_and(|d| d.civil() <= cx.today);
        let someone_came = meeting
            .attendees
            .iter()
            .any(|a| !is_blank(&a.name) && a.attended != Some(false));
        if held && !meeting.attendees.is_empty() && !someone_came {
            out.push_variant("attendees", "/meeting/attendees", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "meeting-recorded";

    #[test]
    fn fires_without_a_date_or_anyone_attending() {
        check(ID, "{}", &["/meeting/date"]);
        check(
            ID,
            r#"{"meeting":{"attendees":[{"name":"Priya Shah","attended":true}]}}"#,
            &["/meeting/date"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06","attendees":[{"name":"Helen Marsh","attended":false},{"role":"Foster carer","attended":true}]}}"#,
            &["/meeting/attendees"],
        );
    }

    #[test]
    fn quiet_when_dated_and_attended_or_not_yet_held() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06","attendees":[{"name":"Priya Shah","attended":true}]}}"#,
            &[],
        );
        // Attendance not yet ticked still counts: the person is named.
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06","attendees":[{"name":"Daniel Hughes"}]}}"#,
            &[],
        );
        // Not yet held (TODAY is 2026-11-23): nobody can have attended.
        check(
            ID,
            r#"{"meeting":{"date":"2026-12-01","attendees":[{"name":"Daniel Hughes","attended":false}]}}"#,
            &[],
        );
        // An empty list is meeting-attendees-roles' to report.
        check(ID, r#"{"meeting":{"date":"2026-10-06"}}"#, &[]);
    }

    #[test]
    fn blocks_the_designated_teacher_and_virtual_school() {
        let findings = run_rule(
            ID,
            r#"{"meeting":{"date":"2026-10-06","attendees":[{"name":"Helen Marsh","attended":false}]}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Nobody is recorded as attending the PEP meeting: record who came"
        );
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
