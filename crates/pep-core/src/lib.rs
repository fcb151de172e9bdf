//! # pep-core
//!
//! The domain of Personal Education Plans (PEPs) for children in care:
//! the data model, the rules that check a PEP, and the findings they produce.
//!
//! Invariant: this crate does no I/O and never reads the clock. "Today" is
//! always an argument, so the browser, the server and the command line give
//! the same answer for the same inputs.
//!
//! ```
//! use pep_core::{model::Pep, validate, Config};
//! let pep: Pep = serde_json::from_str(r#"{"targets":[{"outcome":"Read 20 minutes a day"}]}"#).unwrap();
//! let report = validate(&pep, &Config::default());
//! assert_eq!(report.findings[0].rule, "smart-target-who-leads");
//! ```

pub mod config;
pub mod finding;
pub mod messages;
pub mod model;
pub mod rules;

pub use config::Config;
pub use finding::{Finding, Report, Severity};

/// Checks a PEP against every rule that the configuration leaves switched on.
///
/// A PEP with gaps is not an error: the gaps come back as findings in the
/// report, in rule-registry order.
pub fn validate(pep: &model::Pep, config: &Config) -> Report {
    let cx = rules::Context { pep, config };
    let mut findings = Vec::new();
    for rule in rules::ALL {
        if config.is_enabled(rule.id()) {
            rule.check(&cx, &mut findings);
        }
    }
    Report { findings }
}
