//! Carrying a PEP forward into the next termly review (seed 000: "pre-populated
//! forms reduce the burden on staff").

use crate::calendar::{Calendar, TermKind};
use crate::model::{
    Attendee, Meeting, Pep, PepStatus, PepType, PreviousTarget, SignOffs, SubjectProgress,
    TermProgress, YoungPersonViews,
};
use crate::{Config, Date};

/// Starts the next termly PEP from the last one, meeting on `meeting_date`.
///
/// Carried forward: the child, care, social worker, setting, additional needs,
/// custody and contact details; the kind's own section; subjects and courses
/// (with an empty column for the new meeting's term, and every term cleared
/// when a new academic year starts); the meeting's attendees (names and
/// roles, not whether they came); its actions, now to be reviewed; the future
/// plan; and every field pepkit does not know, at every level.
///
/// Moved: this PEP's targets become the previous targets, each awaiting an
/// outcome and a comment.
///
/// Left to be written afresh: the new targets, the attainment overview,
/// strengths and areas for development, attendance, wellbeing, the
/// discussion, everyone's views, the young person's views, the next PEP date,
/// the sign-offs and the QA.
///
/// ```
/// let last = pep_core::parse(r#"{"schemaVersion":"1","kind":"school-age",
///   "meeting":{"date":"2026-10-05"},"targets":[{"outcome":"Read daily","vendorRef":"T1"}]}"#).unwrap();
/// let next = pep_core::start_review(&last, jiff::civil::date(2027, 1, 18));
/// assert!(next.targets.is_empty());
/// assert_eq!(next.previous_targets[0].outcome.as_deref(), Some("Read daily"));
/// assert_eq!(next.previous_targets[0].extra["vendorRef"], "T1");
/// assert_eq!(next.previous_pep_date.map(|d| d.to_string()).as_deref(), Some("2026-10-05"));
/// ```
pub fn start_review(previous: &Pep, meeting_date: Date) -> Pep {
    start_review_with(previous, meeting_date, &Config::default())
}

/// [`start_review`] with a council's configuration (its term dates decide
/// which term column the new meeting fills).
pub fn start_review_with(previous: &Pep, meeting_date: Date, config: &Config) -> Pep {
    let calendar = Calendar::new(&config.calendar);
    let new_term = calendar.term_containing_or_next(meeting_date);
    let old_term = previous
        .meeting
        .date
        .and_then(|d| calendar.term_containing_or_next(d.civil()));
    let new_year = match (&new_term, &old_term) {
        (Some(new), Some(old)) => new.academic_year != old.academic_year,
        _ => false,
    };

    let mut pep = previous.clone();
    pep.pep_type = Some(PepType::Review);
    pep.status = Some(PepStatus::Draft);
    pep.returned_reason = None;
    pep.previous_pep_date = previous.meeting.date.or(previous.previous_pep_date);
    pep.next_pep_date = None;

    pep.previous_targets = previous
        .targets
        .iter()
        .map(|t| PreviousTarget {
            outcome: t.outcome.clone(),
            result: None,
            comment: None,
            extra: t.extra.clone(),
        })
        .collect();
    pep.targets = Vec::new();

    pep.attainment.overview = None;
    pep.attainment.strengths = None;
    pep.attainment.areas_for_development = None;
    for subject in &mut pep.attainment.subjects {
        if new_year {
            subject.autumn = None;
            subject.spring = None;
            subject.summer = None;
        }
        if let Some(term) = &new_term {
            let column = term_column(subject, term.kind);
            // A column already filled for this term (a second PEP in one term)
            // keeps what it has.
            column.get_or_insert_with(TermProgress::default);
        }
    }

    let old = &previous.meeting;
    pep.meeting = Meeting {
        date: Some(meeting_date.into()),
        attendees: old
            .attendees
            .iter()
            .map(|a| Attendee {
                name: a.name.clone(),
                role: a.role.clone(),
                attended: None,
                contributed: None,
                extra: a.extra.clone(),
            })
            .collect(),
        previous_actions: old
            .actions
            .iter()
            .cloned()
            .map(|mut action| {
                action.status = None;
                action
            })
            .collect(),
        future_plan: old.future_plan.clone(),
        extra: old.extra.clone(),
        ..Meeting::default()
    };
    pep.views = YoungPersonViews {
        extra: previous.views.extra.clone(),
        ..YoungPersonViews::default()
    };
    pep.sign_offs = SignOffs {
        extra: previous.sign_offs.extra.clone(),
        ..SignOffs::default()
    };
    pep
}

fn term_column(subject: &mut SubjectProgress, kind: TermKind) -> &mut Option<TermProgress> {
    match kind {
        TermKind::Autumn => &mut subject.autumn,
        TermKind::Spring => &mut subject.spring,
        TermKind::Summer => &mut subject.summer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn last() -> Pep {
        crate::parse(
            r#"{"schemaVersion":"1","kind":"post-16","vendorTop":1,
            "child":{"name":"Jamie Example"},
            "meeting":{"date":"2026-10-05","attendancePercent":92,"discussion":"Went well",
              "attendees":[{"name":"Ms Okafor","role":"Designated teacher","attended":true,"vendorA":"x"}],
              "actions":[{"action":"Book tutor","status":"done"}]},
            "attainment":{"strengths":"Essays","subjects":[{"subject":"History","autumn":{"onTrack":true,"workingAt":"B"}}]},
            "targets":[{"outcome":"Finish coursework","vendorRef":"T1"}],
            "previousTargets":[{"outcome":"Old","result":"achieved","comment":"Done"}],
            "views":{"goingWell":"History","vendorV":true},
            "signOffs":{"designatedTeacher":{"name":"Ms Okafor","date":"2026-10-07"}},
            "status":"approved","nextPepDate":"2027-01-20"}"#,
        )
        .unwrap()
    }

    #[test]
    fn carries_what_lasts_and_clears_what_is_written_afresh() {
        let next = start_review(&last(), date(2027, 1, 18));
        assert_eq!(next.child.name.as_deref(), Some("Jamie Example"));
        assert_eq!(next.extra["vendorTop"], 1);
        assert_eq!(next.pep_type, Some(PepType::Review));
        assert_eq!(next.status, Some(PepStatus::Draft));
        assert_eq!(next.next_pep_date, None);
        assert_eq!(
            next.previous_pep_date.map(|d| d.to_string()).as_deref(),
            Some("2026-10-05")
        );
        assert_eq!(
            next.meeting.date.map(|d| d.to_string()).as_deref(),
            Some("2027-01-18")
        );
        assert_eq!(next.meeting.attendance_percent, None);
        assert_eq!(next.meeting.discussion, None);
        assert_eq!(next.meeting.attendees[0].attended, None);
        assert_eq!(next.meeting.attendees[0].extra["vendorA"], "x");
        assert_eq!(
            next.meeting.previous_actions[0].action.as_deref(),
            Some("Book tutor")
        );
        assert_eq!(next.meeting.previous_actions[0].status, None);
        assert!(next.meeting.actions.is_empty());
        assert!(next.targets.is_empty());
        assert_eq!(
            next.previous_targets.len(),
            1,
            "the old previous targets are replaced"
        );
        assert_eq!(
            next.previous_targets[0].outcome.as_deref(),
            Some("Finish coursework")
        );
        assert_eq!(next.previous_targets[0].result, None);
        assert_eq!(next.previous_targets[0].extra["vendorRef"], "T1");
        assert_eq!(next.attainment.strengths, None);
        let history = &next.attainment.subjects[0];
        assert_eq!(
            history
                .autumn
                .as_ref()
                .and_then(|t| t.working_at.as_deref()),
            Some("B")
        );
        assert_eq!(
            history.spring,
            Some(TermProgress::default()),
            "a new column for spring"
        );
        assert_eq!(next.views.going_well, None);
        assert_eq!(next.views.extra["vendorV"], true);
        assert_eq!(next.sign_offs.designated_teacher, None);
    }

    #[test]
    fn a_new_academic_year_starts_a_clean_progress_table() {
        let next = start_review(&last(), date(2027, 9, 20));
        let history = &next.attainment.subjects[0];
        assert_eq!(history.subject.as_deref(), Some("History"));
        assert_eq!(history.autumn, Some(TermProgress::default()));
        assert_eq!(history.spring, None);
    }

    #[test]
    fn survives_an_empty_pep() {
        let next = start_review(&Pep::default(), date(2027, 1, 18));
        assert!(next.previous_targets.is_empty());
        assert_eq!(next.previous_pep_date, None);
    }
}
