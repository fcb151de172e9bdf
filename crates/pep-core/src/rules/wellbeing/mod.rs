//! Attendance, progress and interventions, the child's voice and the meeting,
//! additional needs, post-16 and transitions, and current care information.

use super::Rule;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[];
