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
//! let today = jiff::civil::date(2026, 11, 23);
//! let report = validate(&pep, &Config::default(), today);
//! assert!(report.findings.iter().any(|f| f.rule == "smart-target-who-leads"));
//! ```

pub mod api_schema;
pub mod calendar;
pub mod caseload;
pub mod config;
pub mod finding;
pub mod language;
pub mod messages;
pub mod model;
pub mod qa;
pub mod review;
pub mod rules;
pub mod schedule;
pub mod sections;
pub mod signing;
pub mod young_person;

pub use config::{Config, ConfigError};
pub use finding::{Finding, Report, Severity, Stage};
pub use jiff::civil::Date;
pub use model::parse;
pub use qa::qa_assess;
pub use review::{start_review, start_review_with};
pub use schedule::schedule;
pub use signing::{record_sign_off, sign_off_refusals};

/// Checks a PEP against every rule the configuration leaves switched on, as
/// of `today`.
///
/// A PEP with gaps is not an error: the gaps come back as findings in the
/// report, in rule-registry order.
pub fn validate(pep: &model::Pep, config: &Config, today: Date) -> Report {
    let calendar = calendar::Calendar::new(&config.calendar);
    let cx = rules::Context {
        pep,
        config,
        today,
        calendar: &calendar,
    };
    let findings = rules::run(&cx);
    let sections = sections::section_states(pep, &findings);
    Report { findings, sections }
}

/// What holds up the sign-off `stage`: the findings that block it.
///
/// ```
/// use pep_core::{model::Pep, sign_off_check, Config, Stage};
/// let pep: Pep = serde_json::from_str(r#"{"targets":[{}]}"#).unwrap();
/// let today = jiff::civil::date(2026, 11, 23);
/// let leads = |stage| {
///     sign_off_check(&pep, stage, &Config::default(), today)
///         .iter()
///         .any(|f| f.rule == "smart-target-who-leads")
/// };
/// // A target with nobody leading it holds up the designated teacher, not the social worker.
/// assert!(leads(Stage::DesignatedTeacher));
/// assert!(!leads(Stage::SocialWorker));
/// ```
pub fn sign_off_check(
    pep: &model::Pep,
    stage: Stage,
    config: &Config,
    today: Date,
) -> Vec<Finding> {
    validate(pep, config, today)
        .findings
        .into_iter()
        .filter(|f| f.blocks(stage))
        .collect()
}
