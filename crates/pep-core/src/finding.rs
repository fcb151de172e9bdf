//! Findings are data: what a rule found, where, and how bad it is.

use serde::{Deserialize, Serialize};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Blocks a sign-off.
    Error,
    /// Should be looked at; blocks nothing.
    Warning,
    /// A suggestion.
    Info,
}

/// One thing a rule found in a PEP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The stable rule ID (`smart-target-who-leads`). Never renamed or reused.
    pub rule: String,
    /// How much it matters.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the field the finding is about.
    pub path: String,
    /// Plain-English message for the professional filling in the form.
    pub message: String,
}

/// Everything `validate` found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Findings in rule-registry order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}
