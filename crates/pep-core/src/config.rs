//! Per-council configuration: terminology, thresholds, rules switched off,
//! severity overrides, wording, and the QA framework.
//!
//! `Config::default()` is a sensible England default. Hosts pass their own as
//! JSON; [`Config::from_json`] rejects anything it does not understand with an
//! error that names the field, because a misspelt setting that silently does
//! nothing is worse than no setting.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Severity;
use crate::calendar::CalendarConfig;

/// A council's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Config {
    /// Language of messages, as a BCP 47 tag (`en-GB`).
    pub lang: String,
    /// The words this council uses.
    pub terminology: Terminology,
    /// Numbers the rules compare against.
    pub thresholds: Thresholds,
    /// Rule IDs switched off for this council.
    pub disabled_rules: Vec<String>,
    /// Severity per rule ID, replacing the rule's own.
    pub severity: BTreeMap<String, Severity>,
    /// The council's own wording, by message key (see [`crate::messages`]).
    pub messages: BTreeMap<String, String>,
    /// How the virtual school grades a PEP.
    pub qa_framework: QaFramework,
    /// Working or school days, term dates, bank holidays and closures.
    pub calendar: CalendarConfig,
}

/// The words a council uses for things (seed 000: young people prefer
/// "Education Review").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Terminology {
    /// What the plan is called: "PEP" or "Education Review".
    pub pep: String,
    /// What the child is called: "child looked after" or "child in care".
    pub child: String,
    /// What the plan is called when shown to the young person.
    pub young_person_title: String,
}

impl Default for Terminology {
    fn default() -> Self {
        Terminology {
            pep: "PEP".into(),
            child: "child in care".into(),
            young_person_title: "My Education Review".into(),
        }
    }
}

/// Numbers the rules compare against. Days are working days unless the
/// calendar counts school days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Thresholds {
    /// Attendance (%) below which reasons and an intervention are needed
    /// (the national persistent-absence line is 90).
    pub attendance_line: f64,
    /// The same for post-16 PEPs (seed 004 uses 80).
    pub attendance_line_post16: f64,
    /// The fewest SMART targets a PEP may have (Central Bedfordshire: 3).
    pub min_targets: u32,
    /// Days after an emergency entry into care by which the PEP is initiated (reg 4(2): 10).
    pub initial_pep_days: u32,
    /// Days after entering care by which the PEP is ready for the first review (reg 33: 20).
    pub first_review_days: u32,
    /// Days after the meeting by which the designated teacher signs off (seed 004: 5).
    pub dt_sign_off_days: u32,
    /// Days after a change of school or placement by which a review is due (Gateshead: 10).
    pub change_review_days: u32,
    /// Longest a long-term target may run, in months (24).
    pub long_term_months: u32,
    /// A due date this many days away or fewer counts as "due soon" (10).
    pub due_soon_days: u32,
    /// The reading grade above which text for the young person gets a warning (6).
    pub reading_grade: f64,
    /// The same for post-16 PEPs, written to young adults (12: seed 004's own
    /// texts to a Year 13 student read at about grade 10-11).
    pub reading_grade_post16: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            attendance_line: 90.0,
            attendance_line_post16: 80.0,
            min_targets: 3,
            initial_pep_days: 10,
            first_review_days: 20,
            dt_sign_off_days: 5,
            change_review_days: 10,
            long_term_months: 24,
            due_soon_days: 10,
            reading_grade: 6.0,
            reading_grade_post16: 12.0,
        }
    }
}

/// How the virtual school grades a PEP (DOMAIN.md, "What good looks like").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QaFramework {
    /// Seed 004's seven yes/no criteria; meets the standard only when all are yes.
    #[default]
    Checklist,
    /// Red / amber / green (Lancashire, Gateshead).
    Rag,
    /// Gold / green / amber / red (St Helens).
    GoldRag,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: "en-GB".to_owned(),
            terminology: Terminology::default(),
            thresholds: Thresholds::default(),
            disabled_rules: Vec::new(),
            severity: BTreeMap::new(),
            messages: BTreeMap::new(),
            qa_framework: QaFramework::default(),
            calendar: CalendarConfig::default(),
        }
    }
}

/// Why a configuration was refused: the field (as a JSON Pointer) and what is
/// wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigError {
    /// JSON Pointer to the offending setting (`/thresholds/attendanceLine`).
    pub path: String,
    /// What is wrong and what would be right.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "config {}: {}",
            if self.path.is_empty() {
                "/"
            } else {
                &self.path
            },
            self.message
        )
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads a configuration from JSON and checks it. Missing settings take the
    /// England default.
    ///
    /// ```
    /// let err = pep_core::Config::from_json(r#"{"thresholds":{"attendanceLine":190}}"#).unwrap_err();
    /// assert_eq!(err.path, "/thresholds/attendanceLine");
    /// ```
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ConfigError {
            path: String::new(),
            message: format!("not JSON: {e}"),
        })?;
        Config::from_value(value)
    }

    /// Reads a configuration from a JSON value (what a JS host passes) and
    /// checks it.
    pub fn from_value(value: serde_json::Value) -> Result<Config, ConfigError> {
        if !value.is_object() {
            return Err(ConfigError {
                path: String::new(),
                message: "expected an object of settings".into(),
            });
        }
        let config: Config = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e
                .path()
                .iter()
                .map(|segment| match segment {
                    serde_path_to_error::Segment::Seq { index } => index.to_string(),
                    serde_path_to_error::Segment::Map { key } => pointer_escape(key),
                    serde_path_to_error::Segment::Enum { variant } => pointer_escape(variant),
                    serde_path_to_error::Segment::Unknown => "?".into(),
                })
                .fold(String::new(), |acc, s| acc + "/" + &s);
            ConfigError {
                path,
                message: e.into_inner().to_string(),
            }
        })?;
        config.check()?;
        Ok(config)
    }

    /// Checks values serde cannot: ranges, and that every rule ID named exists.
    pub fn check(&self) -> Result<(), ConfigError> {
        let err = |path: &str, message: String| {
            Err(ConfigError {
                path: path.into(),
                message,
            })
        };
        let t = &self.thresholds;
        for (name, value) in [
            ("attendanceLine", t.attendance_line),
            ("attendanceLinePost16", t.attendance_line_post16),
        ] {
            if !(0.0..=100.0).contains(&value) {
                return err(
                    &format!("/thresholds/{name}"),
                    format!("expected a percentage from 0 to 100, found {value}"),
                );
            }
        }
        for (name, value, max) in [
            ("minTargets", t.min_targets, 20),
            ("initialPepDays", t.initial_pep_days, 60),
            ("firstReviewDays", t.first_review_days, 60),
            ("dtSignOffDays", t.dt_sign_off_days, 60),
            ("changeReviewDays", t.change_review_days, 60),
            ("longTermMonths", t.long_term_months, 60),
            ("dueSoonDays", t.due_soon_days, 60),
        ] {
            if value > max {
                return err(
                    &format!("/thresholds/{name}"),
                    format!("expected a number from 0 to {max}, found {value}"),
                );
            }
        }
        for (name, value) in [
            ("readingGrade", t.reading_grade),
            ("readingGradePost16", t.reading_grade_post16),
        ] {
            if !(1.0..=18.0).contains(&value) {
                return err(
                    &format!("/thresholds/{name}"),
                    format!("expected a reading grade from 1 to 18, found {value}"),
                );
            }
        }
        for (i, term) in self.calendar.terms.iter().enumerate() {
            if term.end < term.start {
                return err(
                    &format!("/calendar/terms/{i}/end"),
                    format!(
                        "the term ends ({}) before it starts ({})",
                        term.end, term.start
                    ),
                );
            }
            for (j, holiday) in term.holidays.iter().enumerate() {
                if holiday.end < holiday.start
                    || holiday.start < term.start
                    || holiday.end > term.end
                {
                    return err(
                        &format!("/calendar/terms/{i}/holidays/{j}"),
                        format!(
                            "a holiday must lie within its term ({} to {}), start to end",
                            term.start, term.end
                        ),
                    );
                }
            }
        }
        if self.lang.is_empty() {
            return err("/lang", "expected a language tag like \"en-GB\"".into());
        }
        let known = |id: &str| crate::rules::all().any(|r| r.info().id == id);
        for (i, id) in self.disabled_rules.iter().enumerate() {
            if !known(id) {
                return err(
                    &format!("/disabledRules/{i}"),
                    format!("no rule has the ID \"{id}\""),
                );
            }
        }
        for id in self.severity.keys() {
            if !known(id) {
                return err(
                    &format!("/severity/{}", pointer_escape(id)),
                    format!("no rule has the ID \"{id}\""),
                );
            }
        }
        Ok(())
    }

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

/// Escapes a JSON Pointer reference token (RFC 6901: `~` then `/`).
pub fn pointer_escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected_path: &str, expected_message: &str) {
        let err = Config::from_json(json).expect_err(json);
        assert_eq!(err.path, expected_path, "for {json}");
        assert!(
            err.message.contains(expected_message),
            "for {json}: {}",
            err.message
        );
    }

    #[test]
    fn refuses_bad_settings_naming_the_field() {
        check(
            r#"{"thresholds":{"attendanceLine":101}}"#,
            "/thresholds/attendanceLine",
            "0 to 100",
        );
        check(
            r#"{"thresholds":{"attendanceLinePost16":-1}}"#,
            "/thresholds/attendanceLinePost16",
            "0 to 100",
        );
        check(
            r#"{"thresholds":{"minTargets":50}}"#,
            "/thresholds/minTargets",
            "0 to 20",
        );
        check(
            r#"{"thresholds":{"readingGrade":0}}"#,
            "/thresholds/readingGrade",
            "reading grade",
        );
        check(
            r#"{"thresholds":{"readingGradePost16":19}}"#,
            "/thresholds/readingGradePost16",
            "reading grade",
        );
        check(
            r#"{"disabledRules":["no-such-rule"]}"#,
            "/disabledRules/0",
            "no-such-rule",
        );
        check(
            r#"{"severity":{"made-up":"error"}}"#,
            "/severity/made-up",
            "made-up",
        );
        check(r#"{"lang":""}"#, "/lang", "language tag");
        check(
            r#"{"attendanceLine":80}"#,
            "/attendanceLine",
            "unknown field `attendanceLine`",
        );
        check(
            r#"{"severity":{"smart-target-who-leads":"fatal"}}"#,
            "/severity/smart-target-who-leads",
            "unknown variant `fatal`",
        );
        check(
            r#"{"qaFramework":"stars"}"#,
            "/qaFramework",
            "unknown variant `stars`",
        );
        check(
            r#"{"thresholds":{"minTargets":"three"}}"#,
            "/thresholds/minTargets",
            "invalid type",
        );
        check(
            r#"{"terminology":{"pepp":"x"}}"#,
            "/terminology/pepp",
            "unknown field `pepp`",
        );
        check(r#"{} trailing"#, "", "trailing characters");
        check(r#"[]"#, "", "expected an object");
        check(
            r#"{"calendar":{"mode":"weekdays"}}"#,
            "/calendar/mode",
            "unknown variant `weekdays`",
        );
        check(
            r#"{"calendar":{"bankHolidays":["2026-13-01"]}}"#,
            "/calendar/bankHolidays/0",
            "2026-09-01",
        );
        check(
            r#"{"calendar":{"terms":[{"kind":"autumn","academicYear":2026,"start":"2026-12-18","end":"2026-09-03"}]}}"#,
            "/calendar/terms/0/end",
            "before it starts",
        );
        check(
            r#"{"calendar":{"terms":[{"kind":"autumn","academicYear":2026,"start":"2026-09-03","end":"2026-12-18","holidays":[{"start":"2027-01-01","end":"2027-01-02"}]}]}}"#,
            "/calendar/terms/0/holidays/0",
            "within its term",
        );
        check(r#"{"#, "", "not JSON");
    }

    #[test]
    fn accepts_partial_settings_with_defaults() {
        let config = Config::from_json(
            r#"{"terminology":{"pep":"Education Review"},"thresholds":{"attendanceLine":85},"severity":{"smart-target-who-leads":"warning"}}"#,
        )
        .unwrap();
        assert_eq!(config.terminology.pep, "Education Review");
        assert_eq!(config.terminology.child, "child in care");
        assert_eq!(config.thresholds.attendance_line, 85.0);
        assert_eq!(config.thresholds.min_targets, 3);
        assert_eq!(Config::from_json("{}").unwrap(), Config::default());
    }
}
