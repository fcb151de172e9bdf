//! Attendance, progress and interventions, the child's voice and the meeting,
//! additional needs, post-16 and transitions, and current care information.

use super::{Context, Rule};

mod attendance_below_line;
mod care_information_current;
mod careers_from_year_8;
mod custody_details;
mod ehc_plan_details;
mod meeting_attendees_roles;
mod meeting_relevant_people;
mod need_codes_with_sen;
mod neet_barriers;
mod post16_english_maths;
mod post16_gcse_resit;
mod progress_needs_intervention;
mod transition_plan;
mod wellbeing_rag_recorded;
mod young_person_participation;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[
    &attendance_below_line::AttendanceBelowLine,
    &progress_needs_intervention::ProgressNeedsIntervention,
    &young_person_participation::YoungPersonParticipation,
    &meeting_attendees_roles::MeetingAttendeesRoles,
    &meeting_relevant_people::MeetingRelevantPeople,
    &wellbeing_rag_recorded::WellbeingRagRecorded,
    &neet_barriers::NeetBarriers,
    &custody_details::CustodyDetails,
    &ehc_plan_details::EhcPlanDetails,
    &need_codes_with_sen::NeedCodesWithSen,
    &post16_english_maths::Post16EnglishMaths,
    &post16_gcse_resit::Post16GcseResit,
    &careers_from_year_8::CareersFromYear8,
    &transition_plan::TransitionPlan,
    &care_information_current::CareInformationCurrent,
];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[
    (
        "attendance-below-line.reasons",
        "Attendance is {attendance}%, below {line}%: write down the reasons and the support in place",
    ),
    (
        "attendance-below-line.reasons.yp",
        "You have been here {attendance}% of the time. We need to write down what makes it hard to be here, and how we are helping",
    ),
    (
        "attendance-below-line.target",
        "Attendance is {attendance}%, below {line}%: add a SMART target about attendance",
    ),
    (
        "attendance-below-line.target.yp",
        "We need to agree a target with you to help you be here more",
    ),
    (
        "progress-needs-intervention",
        "{subject} ({term} term) is not on track or making less than expected progress: write in the intervention in place",
    ),
    (
        "progress-needs-intervention.yp",
        "{subject} ({term} term): we need to write down the extra help you get",
    ),
    (
        "progress-needs-intervention.unnamed",
        "Subject {number} ({term} term) is not on track or making less than expected progress: write in the intervention in place",
    ),
    (
        "progress-needs-intervention.unnamed.yp",
        "Subject {number} ({term} term): we need to write down the extra help you get",
    ),
    (
        "young-person-participation",
        "Say whether the young person came to the {pep} meeting",
    ),
    (
        "young-person-participation.yp",
        "We need to write down whether you came to your meeting",
    ),
    (
        "young-person-participation.reason",
        "The young person did not come to the {pep} meeting: say why not",
    ),
    (
        "young-person-participation.reason.yp",
        "You did not come to the meeting. We need to write down why",
    ),
    (
        "young-person-participation.views",
        "The young person did not come to the {pep} meeting: say how their views were shared",
    ),
    (
        "young-person-participation.views.yp",
        "We need to write down how you told us what you think",
    ),
    (
        "meeting-attendees-roles",
        "List who was invited to the {pep} meeting, with their roles and whether they came",
    ),
    (
        "meeting-attendees-roles.role",
        "Attendee {number} needs a role (designated teacher, social worker, carer ...)",
    ),
    (
        "meeting-attendees-roles.attended",
        "Say whether attendee {number} came to the meeting",
    ),
    (
        "meeting-relevant-people.designated-teacher",
        "No designated teacher attended or contributed to the {pep} meeting",
    ),
    (
        "meeting-relevant-people.social-worker",
        "No social worker attended or contributed to the {pep} meeting",
    ),
    (
        "meeting-relevant-people.carer",
        "No carer attended or contributed to the {pep} meeting",
    ),
    (
        "wellbeing-rag-recorded",
        "Record the agreed wellbeing rating: red, amber or green",
    ),
    (
        "wellbeing-rag-recorded.notes",
        "The wellbeing rating is {rag}: say why, and what support is agreed",
    ),
    (
        "neet-barriers.barriers",
        "The young person is not in education, employment or training: record the barriers to getting back in",
    ),
    (
        "neet-barriers.barriers.yp",
        "We need to write down what makes it hard to start a course, a job or training",
    ),
    (
        "neet-barriers.support",
        "The young person is not in education, employment or training: record the support in place",
    ),
    (
        "neet-barriers.support.yp",
        "We need to write down the help you get to find a course, a job or training",
    ),
    (
        "custody-details.status",
        "Say whether the young person is in custody or on remand",
    ),
    (
        "custody-details.establishment",
        "Name the establishment where the young person is held",
    ),
    (
        "custody-details.start",
        "Give the date custody or remand began",
    ),
    (
        "custody-details.education",
        "Describe the education and training in custody, and the plan for release",
    ),
    (
        "ehc-plan-details.missing",
        "The child has an EHC plan: add its details and annual review date",
    ),
    (
        "ehc-plan-details.local-authority",
        "Name the council that maintains the EHC plan",
    ),
    (
        "ehc-plan-details.issued",
        "Give the date the EHC plan was issued or last amended",
    ),
    (
        "ehc-plan-details.summary",
        "Summarise the EHC plan's outcomes and provision that matter for this {pep}",
    ),
    (
        "ehc-plan-details.review",
        "Give the date of the EHC plan's next (or last) annual review",
    ),
    (
        "ehc-plan-details.overdue",
        "The EHC plan's annual review date, {date}, is over 12 months ago: record the latest review or when the overdue one will happen",
    ),
    (
        "need-codes-with-sen",
        "Record the type of special educational need (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD or OTH)",
    ),
    (
        "post16-english-maths.english-grade",
        "Record the young person's best GCSE English grade (or equivalent)",
    ),
    (
        "post16-english-maths.maths-grade",
        "Record the young person's best GCSE maths grade (or equivalent)",
    ),
    (
        "post16-english-maths.english-study",
        "English is grade {grade}, below 4: say what English the young person is studying now",
    ),
    (
        "post16-english-maths.english-study.yp",
        "We need to write down the English course you are doing this year",
    ),
    (
        "post16-english-maths.maths-study",
        "Maths is grade {grade}, below 4: say what maths the young person is studying now",
    ),
    (
        "post16-english-maths.maths-study.yp",
        "We need to write down the maths course you are doing this year",
    ),
    (
        "post16-gcse-resit.english",
        "English is grade 3: if the young person is full-time they must study GCSE English, not another qualification",
    ),
    (
        "post16-gcse-resit.maths",
        "Maths is grade 3: if the young person is full-time they must study GCSE maths, not another qualification",
    ),
    (
        "careers-from-year-8",
        "Year {year}: record the careers advice and guidance the pupil is getting",
    ),
    (
        "careers-from-year-8.yp",
        "We need to write down the help you are getting to think about jobs and courses",
    ),
    (
        "transition-plan.reception",
        "This is the last year before Reception: write the plan for starting school",
    ),
    (
        "transition-plan.year-7",
        "Year 6: write the plan for the move to secondary school",
    ),
    (
        "transition-plan.year-7.yp",
        "We need to write down the plan for your move to secondary school",
    ),
    (
        "transition-plan.post-16",
        "Year 11: write the plan for the move to post-16 education or training",
    ),
    (
        "transition-plan.post-16.yp",
        "We need to write down the plan for what you will do after Year 11",
    ),
    (
        "transition-plan.planned",
        "A move to a new school or setting is recorded: write the plan for it",
    ),
    (
        "transition-plan.planned.yp",
        "We need to write down the plan for your move",
    ),
    (
        "care-information-current.placement",
        "The placement details were last checked on {date}: check them this term and update the date",
    ),
    (
        "care-information-current.placement-unknown",
        "Say when the placement details were last checked (they are checked every term)",
    ),
    (
        "care-information-current.carer",
        "Carer {number}'s details were last checked on {date}: check them this term and update the date",
    ),
    (
        "care-information-current.carer-unknown",
        "Say when carer {number}'s details were last checked (they are checked every term)",
    ),
];

/// Whether the PEP meeting has taken place: its date is recorded and is not
/// after today. Rules about what happened at the meeting (who came, the
/// young person's participation, the wellbeing rating) wait until then, so a
/// PEP drafted before the meeting is not covered in findings nobody can act on.
fn meeting_held(cx: &Context<'_>) -> bool {
    cx.pep
        .meeting
        .date
        .is_some_and(|date| date.civil() <= cx.today)
}

/// A percentage as people write it: `85`, `72.5`.
fn percent(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{}", (value * 10.0).round() / 10.0)
    }
}

/// Whether `text` contains `needle` (lower case), ignoring case.
fn mentions(text: &Option<String>, needle: &str) -> bool {
    text.as_deref()
        .is_some_and(|t| t.to_lowercase().contains(needle))
}

/// A GCSE grade (or its pre-2017 letter) on the 9-1 scale: `U` is 0, a
/// legacy C counts as 4 and D as 3 (how the 16-19 condition of funding reads
/// them). `None` when the text is not a GCSE grade ("Functional Skills L2").
fn gcse_grade(text: &str) -> Option<u8> {
    let upper = text.trim().to_uppercase();
    let mut grade = upper.as_str();
    for prefix in ["GCSE", "GRADE"] {
        grade = grade.strip_prefix(prefix).unwrap_or(grade).trim_start();
    }
    match grade {
        "U" => Some(0),
        "A*" => Some(8),
        "A" => Some(7),
        "B" => Some(5),
        "C" => Some(4),
        "D" => Some(3),
        "E" => Some(2),
        "F" | "G" => Some(1),
        digits => digits.parse().ok().filter(|g| (1..=9).contains(g)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gcse_grades() {
        for (text, grade) in [
            ("4", Some(4)),
            (" 3 ", Some(3)),
            ("Grade 9", Some(9)),
            ("GCSE 2", Some(2)),
            ("u", Some(0)),
            ("C", Some(4)),
            ("d", Some(3)),
            ("A*", Some(8)),
            ("10", None),
            ("0", None),
            ("Functional Skills L2", None),
            ("", None),
        ] {
            assert_eq!(gcse_grade(text), grade, "for {text:?}");
        }
    }

    #[test]
    fn writes_percentages_plainly() {
        assert_eq!(percent(85.0), "85");
        assert_eq!(percent(72.5), "72.5");
        assert_eq!(percent(79.94), "79.9");
    }
}
