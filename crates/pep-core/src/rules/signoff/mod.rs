//! Sign-off prerequisites (social worker -> designated teacher -> virtual
//! school), the next PEP date, and the virtual school's QA checklist.

use jiff::civil::Date;

use super::Rule;
use crate::model::{Pep, is_blank};

mod attainment_recorded;
mod meeting_recorded;
mod next_pep_date_after_meeting;
mod next_pep_date_before_next_term;
mod next_pep_date_next_term;
mod next_pep_date_present;
mod next_pep_date_working_day;
mod qa_checklist_answered;
mod qa_judgement_consistent;
mod return_needs_reason;
mod sign_off_next_pep_date;
mod sign_off_order;
mod social_worker_section_complete;
mod young_person_views_recorded;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[
    &social_worker_section_complete::SocialWorkerSectionComplete,
    &next_pep_date_present::NextPepDatePresent,
    &next_pep_date_after_meeting::NextPepDateAfterMeeting,
    &next_pep_date_next_term::NextPepDateNextTerm,
    &next_pep_date_before_next_term::NextPepDateBeforeNextTerm,
    &next_pep_date_working_day::NextPepDateWorkingDay,
    &meeting_recorded::MeetingRecorded,
    &attainment_recorded::AttainmentRecorded,
    &young_person_views_recorded::YoungPersonViewsRecorded,
    &sign_off_order::SignOffOrder,
    &sign_off_next_pep_date::SignOffNextPepDate,
    &qa_checklist_answered::QaChecklistAnswered,
    &qa_judgement_consistent::QaJudgementConsistent,
    &return_needs_reason::ReturnNeedsReason,
];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[
    // social-worker-section-complete: one variant per field.
    (
        "social-worker-section-complete.child-name",
        "Add the child's full name",
    ),
    (
        "social-worker-section-complete.date-of-birth",
        "Add the child's date of birth",
    ),
    (
        "social-worker-section-complete.legal-status",
        "Add the child's legal status (for example, full care order (s31) or accommodated (s20))",
    ),
    (
        "social-worker-section-complete.date-entered-care",
        "Add the date the child entered care",
    ),
    (
        "social-worker-section-complete.placement",
        "Add the type of placement or a short description of it",
    ),
    (
        "social-worker-section-complete.carers",
        "Add at least one carer's name so the school can contact them",
    ),
    (
        "social-worker-section-complete.social-worker-name",
        "Add the social worker's name",
    ),
    (
        "social-worker-section-complete.social-worker-contact",
        "Add a phone number or email address for the social worker",
    ),
    (
        "social-worker-section-complete.eet-status",
        "Say whether the young person is in education, employment, an apprenticeship, short-term training or NEET",
    ),
    // The next PEP date.
    (
        "next-pep-date-present",
        "Add the date of the next {pep} meeting: each sign-off needs it",
    ),
    (
        "next-pep-date-present.yp",
        "We need to set a date for your next {pep}",
    ),
    (
        "next-pep-date-after-meeting",
        "The next {pep} date ({date}) must be after this {pep} meeting ({meeting})",
    ),
    (
        "next-pep-date-next-term",
        "The next {pep} date ({date}) is after the end of next term ({start} to {end}): {pep}s are reviewed every term",
    ),
    (
        "next-pep-date-before-next-term",
        "The next {pep} date ({date}) is before next term starts ({start}): next term will still need its own {pep}",
    ),
    (
        "next-pep-date-working-day.bank-holiday",
        "The next {pep} date ({date}) is a bank holiday ({holiday}): choose a working day",
    ),
    (
        "next-pep-date-working-day.weekend",
        "The next {pep} date ({date}) is a weekend: choose a working day",
    ),
    (
        "next-pep-date-working-day.closure",
        "The next {pep} date ({date}) is a day the council is closed: choose a working day",
    ),
    (
        "next-pep-date-working-day.school-holiday",
        "The next {pep} date ({date}) is in the school holidays: check the school is open",
    ),
    // What the designated teacher's sign-off needs.
    ("meeting-recorded.date", "Add the date of the {pep} meeting"),
    (
        "meeting-recorded.attendees",
        "Nobody is recorded as attending the {pep} meeting: record who came",
    ),
    (
        "attainment-recorded.subjects",
        "Add attainment and progress for each subject or course",
    ),
    (
        "attainment-recorded.this-term",
        "Record this term's attainment and progress for at least one subject or course",
    ),
    (
        "attainment-recorded.eyfs",
        "Record how the child is doing in at least one EYFS area of learning",
    ),
    (
        "young-person-views-recorded",
        "Record the young person's own views: what is going well, what is hard and what would help",
    ),
    (
        "young-person-views-recorded.yp",
        "Tell us what is going well, what is hard and what would help you",
    ),
    // The order of the sign-offs.
    (
        "sign-off-order.designated-teacher-without-social-worker",
        "The designated teacher has signed off before the social worker: the social worker signs off first",
    ),
    (
        "sign-off-order.designated-teacher-before-social-worker",
        "The designated teacher's sign-off ({date}) is dated before the social worker's ({earlier}): the social worker signs off first",
    ),
    (
        "sign-off-order.virtual-school-without-designated-teacher",
        "The virtual school has signed off before the designated teacher: the designated teacher signs off first",
    ),
    (
        "sign-off-order.virtual-school-before-designated-teacher",
        "The virtual school's sign-off ({date}) is dated before the designated teacher's ({earlier}): the designated teacher signs off first",
    ),
    (
        "sign-off-next-pep-date.social-worker",
        "The social worker's sign-off needs a date for the next {pep}",
    ),
    (
        "sign-off-next-pep-date.designated-teacher",
        "The designated teacher's sign-off needs a date for the next {pep}",
    ),
    (
        "sign-off-next-pep-date.virtual-school",
        "The virtual school's sign-off needs a date for the next {pep}",
    ),
    // The virtual school's quality assurance.
    (
        "qa-checklist-answered",
        "Answer quality-assurance question {number} with yes or no",
    ),
    (
        "qa-checklist-answered.judgement",
        "Say whether the {pep} meets the expected standard",
    ),
    (
        "qa-judgement-consistent",
        "The {pep} cannot meet the expected standard: {count} of the 7 quality-assurance answers are not yes",
    ),
    (
        "return-needs-reason",
        "Say why the {pep} is being returned, so the school and social worker know what to put right",
    ),
];

/// A sign-off that has been recorded (it has a name or a date).
pub(super) struct RecordedSignOff {
    /// The message variant naming its stage (`designated-teacher`).
    variant: &'static str,
    /// JSON Pointer to the sign-off (`/signOffs/designatedTeacher`).
    path: &'static str,
    /// The date it was signed.
    date: Option<Date>,
    /// The next PEP date it records.
    next_pep_date: Option<Date>,
}

/// The social worker's, designated teacher's and virtual school's sign-offs,
/// where recorded. An empty sign-off object is not a sign-off.
fn recorded_sign_offs(pep: &Pep) -> [Option<RecordedSignOff>; 3] {
    let s = &pep.sign_offs;
    let recorded = |variant,
                    path,
                    name: &Option<String>,
                    date: Option<crate::model::Date>,
                    next: Option<crate::model::Date>| {
        (!is_blank(name) || date.is_some()).then(|| RecordedSignOff {
            variant,
            path,
            date: date.map(|d| d.civil()),
            next_pep_date: next.map(|d| d.civil()),
        })
    };
    [
        s.social_worker.as_ref().and_then(|o| {
            recorded(
                "social-worker",
                "/signOffs/socialWorker",
                &o.name,
                o.date,
                o.next_pep_date,
            )
        }),
        s.designated_teacher.as_ref().and_then(|o| {
            recorded(
                "designated-teacher",
                "/signOffs/designatedTeacher",
                &o.name,
                o.date,
                o.next_pep_date,
            )
        }),
        s.virtual_school.as_ref().and_then(|o| {
            recorded(
                "virtual-school",
                "/signOffs/virtualSchool",
                &o.name,
                o.date,
                o.next_pep_date,
            )
        }),
    ]
}

/// Every next PEP date recorded, on the PEP or on a sign-off (whether or not
/// the sign-off is complete), each distinct date once with the JSON Pointer of
/// the first place it appears: `/nextPepDate`, then the social worker's,
/// designated teacher's and virtual school's sign-offs.
fn next_pep_dates(pep: &Pep) -> Vec<(Date, &'static str)> {
    let s = &pep.sign_offs;
    let all = [
        (pep.next_pep_date, "/nextPepDate"),
        (
            s.social_worker.as_ref().and_then(|o| o.next_pep_date),
            "/signOffs/socialWorker/nextPepDate",
        ),
        (
            s.designated_teacher.as_ref().and_then(|o| o.next_pep_date),
            "/signOffs/designatedTeacher/nextPepDate",
        ),
        (
            s.virtual_school.as_ref().and_then(|o| o.next_pep_date),
            "/signOffs/virtualSchool/nextPepDate",
        ),
    ];
    let mut dates: Vec<(Date, &'static str)> = Vec::with_capacity(4);
    for (date, path) in all {
        if let Some(date) = date.map(|d| d.civil())
            && !dates.iter().any(|(d, _)| *d == date)
        {
            dates.push((date, path));
        }
    }
    dates
}
