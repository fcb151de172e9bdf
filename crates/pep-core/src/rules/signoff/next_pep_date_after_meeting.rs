//! Rule `next-pep-date-after-meeting`: every next PEP date recorded (on the
//! PEP or on a sign-off) falls after this PEP's meeting. A date on or before
//! the meeting is a slip (often last year's date or this meeting's own).
//!
//! Each distinct date is reported once, at the first place it is recorded.
//!
//! Source: seed 004 (each sign-off records "a date for the next PEP"); DfE
//! statutory guidance 2018 "Promoting the education of looked-after and
//! previously looked-after children" (the PEP is reviewed every term).

use super::next_pep_dates;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NextPepDateAfterMeeting;

static INFO: RuleInfo = RuleInfo {
    id: "next-pep-date-after-meeting",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "Every next PEP date recorded falls after this PEP's meeting.",
    why: "The next PEP is the next termly review; a date on or before this meeting cannot be it.",
    source: "Seed 004 (sign-offs record a date for the next PEP); DfE statutory guidance 2018 (a review every term)",
};

impl Rule for NextPepDateAfterMeeting {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(meeting) = cx.pep.meeting.date else {
            return;
        };
        for (date, path) in next_pep_dates(cx.pep) {
            if date <= meeting.civil() {
                out.push(
                    path,
                    &[("date", date.to_string()), ("meeting", meeting.to_string())],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "next-pep-date-after-meeting";

    #[test]
    fn fires_on_or_before_the_meeting() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"nextPepDate":"2026-10-06"}"#,
            &["/nextPepDate"],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"nextPepDate":"2026-02-03"}"#,
            &["/nextPepDate"],
        );
        // Different dates are each reported where they are first recorded.
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"nextPepDate":"2027-02-03",
                "signOffs":{"socialWorker":{"nextPepDate":"2026-02-03"},"designatedTeacher":{"nextPepDate":"2026-02-03"}}}"#,
            &["/signOffs/socialWorker/nextPepDate"],
        );
    }

    #[test]
    fn quiet_after_the_meeting_or_without_dates() {
        check(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"nextPepDate":"2026-10-07"}"#,
            &[],
        );
        check(ID, r#"{"nextPepDate":"2020-01-01"}"#, &[]);
        check(ID, r#"{"meeting":{"date":"2026-10-06"}}"#, &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn message_gives_both_dates() {
        let findings = run_rule(
            ID,
            r#"{"meeting":{"date":"2026-10-06"},"nextPepDate":"2026-02-03"}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "The next PEP date (2026-02-03) must be after this PEP meeting (2026-10-06)"
        );
    }
}
