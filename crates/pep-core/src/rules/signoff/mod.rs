//! Sign-off prerequisites (social worker -> designated teacher -> virtual
//! school), the next PEP date, and the virtual school's QA checklist.

use super::Rule;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[];
