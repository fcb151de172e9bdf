//! Statutory timescales: initial PEP, first review, designated teacher
//! sign-off, a PEP every term, reviews after a change of school or placement.
//!
//! Every due date is computed once, in [`crate::schedule`], which the host's
//! "what is due when" view shares: these rules only report a due date that
//! has passed without being met (the rule's main message or its `kind`
//! variant) or was met late (`.late` or `.kind-late`). They are warnings that
//! block no sign-off: a missed timescale is a fact about the past that no
//! one can put right by editing the PEP, and holding up the sign-off would
//! only make the PEP later still. The virtual school sees them when it
//! answers seed 004's "completed within timescale". The one rule here that is
//! not about a due date, `ks4-placement-change-approval`, is an `info`
//! reminder, because the model cannot yet record the approval it asks for.

use super::{Context, Out, Rule};
use crate::schedule::Deadline;

mod change_review_due;
mod dt_sign_off_timescale;
mod first_review_timescale;
mod initial_pep_timescale;
mod ks4_placement_change_approval;
mod pep_every_term;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[
    &initial_pep_timescale::InitialPepTimescale,
    &first_review_timescale::FirstReviewTimescale,
    &dt_sign_off_timescale::DtSignOffTimescale,
    &pep_every_term::PepEveryTerm,
    &change_review_due::ChangeReviewDue,
    &ks4_placement_change_approval::Ks4PlacementChangeApproval,
];

/// Reports `deadline` if it has passed without being met, or was met late.
pub(super) fn report(cx: &Context<'_>, out: &mut Out<'_>, deadline: &Deadline) {
    let suffix = if deadline.is_overdue(cx.today) {
        ""
    } else if deadline.is_late() {
        "late"
    } else {
        return;
    };
    let params = deadline.params(cx.config);
    match deadline.variant(suffix) {
        None => out.push(deadline.path.clone(), &params),
        Some(variant) => out.push_variant(&variant, deadline.path.clone(), &params),
    }
}

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
/// `.label` variants name a due date in [`crate::schedule`].
pub(crate) const EN_GB: &[(&str, &str)] = &[
    ("ui-working-days", "working days"),
    ("ui-school-days", "school days"),
    (
        "initial-pep-timescale",
        "The initial {pep} meeting is overdue: it was due by {due}, {days} {unit} after the \
         emergency entry into care on {from}",
    ),
    (
        "initial-pep-timescale.late",
        "The initial {pep} meeting on {done} was late: it was due by {due}, {days} {unit} after \
         the emergency entry into care on {from}",
    ),
    (
        "initial-pep-timescale.planned",
        "The initial {pep} meeting is overdue: after a planned entry into care it is held before \
         the placement starts on {from}",
    ),
    (
        "initial-pep-timescale.planned-late",
        "The initial {pep} meeting on {done} was late: after a planned entry into care it is held \
         before the placement starts on {from}",
    ),
    ("initial-pep-timescale.label", "Initial {pep} meeting"),
    (
        "initial-pep-timescale.planned-label",
        "Initial {pep} meeting, before the planned placement starts",
    ),
    (
        "first-review-timescale",
        "The initial {pep} is not ready for the first care plan review: the designated \
         teacher's sign-off was due by {due}, {days} {unit} after entering care on {from}",
    ),
    (
        "first-review-timescale.late",
        "The initial {pep} was signed off on {done}, after {due}: it should be ready for the \
         first care plan review within {days} {unit} of entering care on {from}",
    ),
    (
        "first-review-timescale.label",
        "Initial {pep} ready for the first care plan review",
    ),
    (
        "dt-sign-off-timescale",
        "The designated teacher's sign-off is overdue: it was due by {due}, {days} {unit} after \
         the meeting on {from}",
    ),
    (
        "dt-sign-off-timescale.late",
        "The designated teacher signed off on {done}, after {due}: sign-off is due within \
         {days} {unit} of the meeting on {from}",
    ),
    ("dt-sign-off-timescale.label", "Designated teacher sign-off"),
    (
        "pep-every-term",
        "The next {pep} meeting is overdue: it was agreed for {due}, and none has been held \
         since {from}",
    ),
    (
        "pep-every-term.term",
        "No {pep} meeting has been held since {from}: a {pep} is reviewed every term, and the \
         next one was due by the end of term on {due}",
    ),
    ("pep-every-term.label", "Next {pep} meeting"),
    (
        "pep-every-term.term-label",
        "Next {pep} meeting, by the end of term",
    ),
    (
        "change-review-due",
        "A {pep} review is overdue after the change of placement on {from}: it was due by \
         {due}, within {days} {unit}",
    ),
    (
        "change-review-due.late",
        "The {pep} meeting on {done} reviewed the change of placement on {from} late: it was \
         due by {due}, within {days} {unit}",
    ),
    (
        "change-review-due.school",
        "A {pep} review is overdue after the change of school or setting on {from}: it was due \
         by {due}, within {days} {unit}",
    ),
    (
        "change-review-due.school-late",
        "The {pep} meeting on {done} reviewed the change of school or setting on {from} late: \
         it was due by {due}, within {days} {unit}",
    ),
    (
        "change-review-due.label",
        "{pep} review after the change of placement on {from}",
    ),
    (
        "change-review-due.school-label",
        "{pep} review after the change of school on {from}",
    ),
    (
        "ks4-placement-change-approval",
        "The move on {date}, in Year {year}, needs a record that the nominated officer approved \
         it after consulting the designated teacher and the IRO, unless it was an emergency",
    ),
];
