//! Rule `attendance-below-line`: attendance below the council's line needs
//! the reasons and the support in place written down, and a SMART target
//! about attendance. The line is `thresholds.attendanceLine` (90, the
//! national persistent-absence line) or, for a post-16 PEP,
//! `thresholds.attendanceLinePost16` (80, seed 004). Early years PEPs are
//! left out: a child under five has no duty to attend a setting.
//!
//! Source: seed 004 ("The PEP Meeting Page": below 80%, "reasons and
//! interventions to support would be clear here and in the SMART targets");
//! DOMAIN.md ("What good looks like").

use crate::model::{AreaOfNeed, Kind, Target, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

use super::{mentions, percent};

/// See the module documentation.
pub(crate) struct AttendanceBelowLine;

static INFO: RuleInfo = RuleInfo {
    id: "attendance-below-line",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Attendance below the council's line (post-16: its post-16 line) has its reasons and support written down and a SMART target about attendance.",
    why: "Low attendance is where lost learning starts; early, written-down intervention agreed by everyone is what turns it round.",
    source: "Seed 004 (The PEP Meeting Page: below 80%, reasons and interventions here and in the SMART targets); DOMAIN.md (national persistent-absence line 90%)",
};

/// Whether a target is about attendance: its area of need says so, or its
/// outcome or actions talk about attending.
fn about_attendance(target: &Target) -> bool {
    target.area_of_need == Some(AreaOfNeed::Attendance)
        || mentions(&target.outcome, "attend")
        || mentions(&target.actions, "attend")
}

impl Rule for AttendanceBelowLine {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let line = match cx.pep.kind {
            Kind::EarlyYears => return,
            Kind::SchoolAge => cx.config.thresholds.attendance_line,
            Kind::Post16 => cx.config.thresholds.attendance_line_post16,
        };
        let Some(attendance) = cx.pep.meeting.attendance_percent else {
            return;
        };
        if attendance.is_nan() || attendance >= line {
            return;
        }
        let params = [("attendance", percent(attendance)), ("line", percent(line))];
        if is_blank(&cx.pep.meeting.attendance_notes) {
            out.push_variant("reasons", "/meeting/attendanceNotes", &params);
        }
        if !cx.pep.targets.iter().any(about_attendance) {
            out.push_variant("target", "/targets", &params);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "attendance-below-line";

    #[test]
    fn fires_below_the_line_without_reasons_or_target() {
        check(
            ID,
            r#"{"meeting":{"attendancePercent":85}}"#,
            &["/meeting/attendanceNotes", "/targets"],
        );
        check(
            ID,
            r#"{"meeting":{"attendancePercent":89.9,"attendanceNotes":"  "},"targets":[{"areaOfNeed":"attendance"}]}"#,
            &["/meeting/attendanceNotes"],
        );
        check(
            ID,
            r#"{"meeting":{"attendancePercent":70,"attendanceNotes":"Anxiety on Mondays; mentor meets her at the gate"},"targets":[{"areaOfNeed":"semh","outcome":"Join a lunchtime club"}]}"#,
            &["/targets"],
        );
        check(
            ID,
            r#"{"kind":"post-16","meeting":{"attendancePercent":79}}"#,
            &["/meeting/attendanceNotes", "/targets"],
        );
    }

    #[test]
    fn quiet_at_or_above_the_line_or_with_reasons_and_target() {
        check(ID, r#"{"meeting":{"attendancePercent":90}}"#, &[]);
        check(ID, r#"{"meeting":{"attendancePercent":100}}"#, &[]);
        check(
            ID,
            r#"{"kind":"post-16","meeting":{"attendancePercent":85}}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"attendancePercent":60,"attendanceNotes":"Long illness; work sent home"},"targets":[{"outcome":"Attend every morning session by February"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"attendancePercent":60,"attendanceNotes":"Settling in"},"targets":[{"actions":"Taxi booked so she can ATTEND on time"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"early-years","meeting":{"attendancePercent":50}}"#,
            &[],
        );
        check(ID, r#"{"meeting":{}}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn follows_the_council_line() {
        let mut config = Config::default();
        config.thresholds.attendance_line = 95.0;
        let findings = run_rule(
            ID,
            r#"{"meeting":{"attendancePercent":92.5},"targets":[{"areaOfNeed":"attendance"}]}"#,
            &config,
            TODAY,
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(
            findings[0].message,
            "Attendance is 92.5%, below 95%: write down the reasons and the support in place"
        );
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
        assert!(findings[0].young_person_message.is_some());
    }
}
