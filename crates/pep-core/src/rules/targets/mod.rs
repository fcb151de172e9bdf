//! SMART targets and the review of previous targets.

use super::{Out, Param, Rule};
use crate::model::{Pep, Target};

mod previous_targets_reviewed;
mod pupil_premium_plus_costed;
mod smart_target_actions;
mod smart_target_area_of_need;
mod smart_target_deadline;
mod smart_target_measurable;
mod smart_target_specific;
mod smart_target_time_bound;
mod smart_target_vague_wording;
mod smart_target_who_leads;
mod targets_minimum;
mod targets_short_and_long_term;

/// This family's rules, in report order: the set of targets as a whole, then
/// each target letter by letter of SMART, then wording and funding, then the
/// previous PEP's targets.
pub(super) static RULES: &[&dyn Rule] = &[
    &targets_minimum::TargetsMinimum,
    &targets_short_and_long_term::TargetsShortAndLongTerm,
    &smart_target_specific::SmartTargetSpecific,
    &smart_target_measurable::SmartTargetMeasurable,
    &smart_target_who_leads::SmartTargetWhoLeads,
    &smart_target_actions::SmartTargetActions,
    &smart_target_area_of_need::SmartTargetAreaOfNeed,
    &smart_target_deadline::SmartTargetDeadline,
    &smart_target_time_bound::SmartTargetTimeBound,
    &smart_target_vague_wording::SmartTargetVagueWording,
    &pupil_premium_plus_costed::PupilPremiumPlusCosted,
    &previous_targets_reviewed::PreviousTargetsReviewed,
];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[
    (
        "targets-minimum",
        "The {pep} needs at least {min} SMART targets; it has {count}",
    ),
    (
        "targets-minimum.yp",
        "We need to agree at least {min} targets with you",
    ),
    (
        "targets-short-and-long-term.no-short-term",
        "Add at least one short-term target, to be reached by the next {pep}: post-16 targets should be both short and long term",
    ),
    (
        "targets-short-and-long-term.no-short-term.yp",
        "You need a target you can reach by your next meeting. It is a step towards your bigger goals",
    ),
    (
        "targets-short-and-long-term.no-long-term",
        "Add at least one long-term target towards the young person's aspirations for higher education or work: post-16 targets should be both short and long term",
    ),
    (
        "targets-short-and-long-term.no-long-term.yp",
        "You need a longer target too. It should help you get to what you want to do next, like a course or a job",
    ),
    (
        "smart-target-specific",
        "Target {number} needs an outcome: say exactly what the child or young person will be able to do",
    ),
    (
        "smart-target-specific.yp",
        "Target {number} needs to say what you are aiming for",
    ),
    (
        "smart-target-measurable",
        "Target {number} needs a success measure: how everyone will know it has been achieved",
    ),
    (
        "smart-target-measurable.yp",
        "Target {number} needs to say how we will all know you have done it",
    ),
    (
        "smart-target-who-leads",
        "Target {number} needs the name of the person who leads it",
    ),
    (
        "smart-target-who-leads.yp",
        "We need to write down who will help you with target {number}",
    ),
    (
        "smart-target-actions",
        "Target {number} needs actions or support: what will be done, by whom, when and how often",
    ),
    (
        "smart-target-actions.yp",
        "Target {number} needs to say what you and others will do to help you reach it",
    ),
    (
        "smart-target-area-of-need",
        "Target {number} needs the area of need it addresses (for example attainment, attendance or SEMH)",
    ),
    (
        "smart-target-area-of-need.yp",
        "We need to write down which part of your learning target {number} helps with",
    ),
    ("smart-target-deadline", "Target {number} needs a deadline"),
    (
        "smart-target-deadline.yp",
        "Target {number} needs a date to reach it by",
    ),
    (
        "smart-target-time-bound.before-meeting",
        "Target {number}'s deadline ({deadline}) must be after the {pep} meeting ({meeting})",
    ),
    (
        "smart-target-time-bound.before-meeting.yp",
        "The date for target {number} is too early. It needs to be after your meeting",
    ),
    (
        "smart-target-time-bound.after-next-pep",
        "Target {number} is short-term, so its deadline ({deadline}) must be no later than the next {pep} ({nextPep}): bring the deadline forward or make it a long-term target",
    ),
    (
        "smart-target-time-bound.after-next-pep.yp",
        "Target {number} is meant to be done by your next meeting. So its date needs to be on or before that day",
    ),
    (
        "smart-target-time-bound.too-far",
        "Target {number}'s deadline ({deadline}) is more than {months} months after the {pep} meeting: set a nearer deadline, with short-term targets as steps towards it",
    ),
    (
        "smart-target-time-bound.too-far.yp",
        "The date for target {number} is a long way off. Let's set a nearer date, with small steps on the way",
    ),
    (
        "smart-target-time-bound.starts-after-deadline",
        "Target {number} starts ({start}) after its deadline ({deadline})",
    ),
    (
        "smart-target-time-bound.starts-after-deadline.yp",
        "Target {number} starts after the date it should be done by. One of the dates needs to change",
    ),
    (
        "smart-target-vague-wording",
        "Target {number}: \"{phrase}\" is hard to measure. Say what will be different and how you will know, with a number and a date (for example \"read for 20 minutes, 5 nights a week, until half term\")",
    ),
    (
        "smart-target-vague-wording.yp",
        "Target {number} needs to be clearer. Then you will know just what you are aiming for, and by when",
    ),
    (
        "pupil-premium-plus-costed.no-cost",
        "Target {number} asks for funding: give its cost in pounds",
    ),
    (
        "pupil-premium-plus-costed.no-funding-source",
        "Target {number} has a cost: say where the money comes from (PP+, EYPP, the school's budget, a bursary or another source)",
    ),
    (
        "pupil-premium-plus-costed.eypp-not-early-years",
        "Target {number} asks for Early Years Pupil Premium, which is only for early years {pep}s, not Reception or later: ask for PP+ or use another source",
    ),
    (
        "pupil-premium-plus-costed.eypp-age",
        "Target {number} asks for Early Years Pupil Premium, but the child is {age} on the meeting date: EYPP is for 3- and 4-year-olds in funded early education",
    ),
    (
        "pupil-premium-plus-costed.eypp-not-funded",
        "Target {number} asks for Early Years Pupil Premium, but the early years section records no funded hours: EYPP is only for children in funded early education",
    ),
    (
        "pupil-premium-plus-costed.eypp-not-claimed",
        "Target {number} asks for Early Years Pupil Premium, but the early years section says the setting does not claim it",
    ),
    (
        "previous-targets-reviewed.none-recorded",
        "This is a review {pep}: record the previous {pep}'s targets and how each one went",
    ),
    (
        "previous-targets-reviewed.none-recorded.yp",
        "We need to look back at your targets from last time and write down how they went",
    ),
    (
        "previous-targets-reviewed.no-result",
        "Previous target {number} needs a result: achieved, partly achieved, not achieved or carried forward",
    ),
    (
        "previous-targets-reviewed.no-result.yp",
        "We need to write down how target {number} from last time went",
    ),
    (
        "previous-targets-reviewed.no-comment",
        "Previous target {number} needs a comment on what happened and what was learnt",
    ),
    (
        "previous-targets-reviewed.no-comment.yp",
        "We need to write a few words about what happened with target {number} from last time",
    ),
];

/// The `{number}` parameter: the 1-based number people see for the target at
/// index `index`.
fn number(index: usize) -> Param<'static> {
    ("number", (index + 1).to_string())
}

/// Reports `/targets/{i}/{field}` with the rule's main message for every
/// target where `missing` holds.
fn report_missing(pep: &Pep, out: &mut Out<'_>, field: &str, missing: impl Fn(&Target) -> bool) {
    for (i, target) in pep.targets.iter().enumerate() {
        if missing(target) {
            out.push(format!("/targets/{i}/{field}"), &[number(i)]);
        }
    }
}

/// The date agreed for the next PEP: the PEP's own `nextPepDate`, else the
/// one recorded at the latest sign-off (virtual school, designated teacher,
/// social worker; seed 004: each sign-off records it).
fn next_pep_date(pep: &Pep) -> Option<jiff::civil::Date> {
    let sign_offs = &pep.sign_offs;
    pep.next_pep_date
        .or_else(|| sign_offs.virtual_school.as_ref()?.next_pep_date)
        .or_else(|| sign_offs.designated_teacher.as_ref()?.next_pep_date)
        .or_else(|| sign_offs.social_worker.as_ref()?.next_pep_date)
        .map(crate::model::Date::civil)
}
