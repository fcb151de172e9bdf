//! Statutory timescales: initial PEP, first review, designated teacher
//! sign-off, a PEP every term, reviews after a change of school or placement.

use super::Rule;

/// This family's rules, in report order.
pub(super) static RULES: &[&dyn Rule] = &[];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
pub(crate) const EN_GB: &[(&str, &str)] = &[];
