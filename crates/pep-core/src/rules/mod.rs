//! The rule registry. One rule per file, one stable kebab-case ID per rule.

use crate::{Config, Finding, Severity, messages, model::Pep};

mod smart_target_who_leads;

/// What a rule can see: the PEP and the council's configuration.
pub struct Context<'a> {
    /// The PEP being checked.
    pub pep: &'a Pep,
    /// The council's configuration.
    pub config: &'a Config,
}

impl Context<'_> {
    /// Builds a finding with its message looked up in the catalogue.
    pub fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        path: String,
        params: messages::Params<'_>,
    ) -> Finding {
        Finding {
            rule: rule.to_owned(),
            severity,
            path,
            message: messages::message(rule, &self.config.lang, params),
        }
    }
}

/// A check of one thing a PEP must get right.
pub trait Rule: Sync {
    /// The stable ID. Public API: never renamed, never reused.
    fn id(&self) -> &'static str;
    /// What the rule checks, one sentence, for the catalogue.
    fn summary(&self) -> &'static str;
    /// Where the rule comes from: statute, guidance, a seed, a QA framework.
    fn source(&self) -> &'static str;
    /// Adds what it finds to `out`.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// Every rule, in the order reports list their findings.
pub static ALL: &[&dyn Rule] = &[&smart_target_who_leads::SmartTargetWhoLeads];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::BTreeSet::new();
        for rule in ALL {
            let id = rule.id();
            assert!(seen.insert(id), "duplicate rule ID {id}");
            assert!(
                !id.is_empty()
                    && id.split('-').all(|w| !w.is_empty()
                        && w.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{id} is not kebab-case"
            );
            assert!(!rule.summary().is_empty(), "{id} has no summary");
            assert!(!rule.source().is_empty(), "{id} has no source");
            assert_ne!(
                messages::message(id, "en-GB", &[]),
                id,
                "{id} has no message"
            );
        }
    }
}
