//! SMART targets and the review of previous targets.

use super::Rule;

mod smart_target_who_leads;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[&smart_target_who_leads::SmartTargetWhoLeads];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[
    (
        "smart-target-who-leads",
        "Target {number} needs the name of the person who leads it",
    ),
    (
        "smart-target-who-leads.yp",
        "We need to write down who will help you with target {number}",
    ),
];
