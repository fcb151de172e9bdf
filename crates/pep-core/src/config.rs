//! Per-council configuration: which rules run and in which language.

use serde::{Deserialize, Serialize};

/// A council's settings. `Config::default()` is the England default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Config {
    /// Language of messages, as a BCP 47 tag (`en-GB`).
    pub lang: String,
    /// Rule IDs switched off for this council.
    pub disabled_rules: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: "en-GB".to_owned(),
            disabled_rules: Vec::new(),
        }
    }
}

impl Config {
    /// Whether the rule with this ID runs.
    ///
    /// ```
    /// let mut config = pep_core::Config::default();
    /// config.disabled_rules.push("smart-target-who-leads".into());
    /// assert!(!config.is_enabled("smart-target-who-leads"));
    /// ```
    pub fn is_enabled(&self, rule: &str) -> bool {
        !self.disabled_rules.iter().any(|r| r == rule)
    }
}
