//! The rule registry. One rule per file, one stable kebab-case ID per rule,
//! each listed once in its family's `RULES` (a folder of related rules with
//! its own en-GB message table); [`all`] walks every family in order.
//!
//! A rule describes itself with a [`RuleInfo`] (the rule catalogue,
//! `docs/rules.md`, is generated from these) and adds findings through
//! [`Out`], which looks its messages up in the catalogue and applies the
//! council's severity overrides. Rules never build message text themselves.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::{Config, Finding, Severity, Stage, calendar::Calendar, messages, model::Pep};

mod field_limits;
mod language;
mod signoff;
mod targets;
mod timescales;
mod wellbeing;

/// Every family of rules, in report order.
static FAMILIES: &[&[&dyn Rule]] = &[
    signoff::RULES,
    timescales::RULES,
    targets::RULES,
    wellbeing::RULES,
    field_limits::RULES,
    language::RULES,
];

/// Every family's en-GB message table (see [`crate::messages`]).
pub(crate) static EN_GB: &[&[(&str, &str)]] = &[
    signoff::EN_GB,
    timescales::EN_GB,
    targets::EN_GB,
    wellbeing::EN_GB,
    field_limits::EN_GB,
    language::EN_GB,
];

/// What a rule is, for the catalogue and for hosts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// The stable ID. Public API: never renamed, never reused.
    pub id: &'static str,
    /// The severity of its findings unless the council overrides it.
    pub severity: Severity,
    /// The sign-offs its error findings hold up.
    pub blocks: &'static [Stage],
    /// What it checks, one sentence.
    pub checks: &'static str,
    /// Why it matters, one or two sentences.
    pub why: &'static str,
    /// Where it comes from: statute, guidance, a seed, a council's QA framework.
    pub source: &'static str,
}

/// What a rule can see: the PEP, the council's configuration and today's date.
pub struct Context<'a> {
    /// The PEP being checked.
    pub pep: &'a Pep,
    /// The council's configuration.
    pub config: &'a Config,
    /// Today, as the caller sees it. pep-core never reads the clock.
    pub today: Date,
    /// The council's calendar: working days, school days, terms.
    pub calendar: &'a Calendar,
}

/// Where a rule puts its findings.
pub struct Out<'a> {
    info: &'static RuleInfo,
    config: &'a Config,
    findings: &'a mut Vec<Finding>,
}

/// A value a message can refer to.
pub type Param<'a> = (&'a str, String);

impl Out<'_> {
    /// Adds a finding at `path` with the rule's main message.
    pub fn push(&mut self, path: impl Into<String>, params: &[Param<'_>]) {
        self.push_key(self.info.id, path, params);
    }

    /// Adds a finding with the message `rule-id.variant`, for a rule that can
    /// say more than one thing.
    pub fn push_variant(&mut self, variant: &str, path: impl Into<String>, params: &[Param<'_>]) {
        let key = format!("{}.{variant}", self.info.id);
        self.push_key(&key, path, params);
    }

    fn push_key(&mut self, key: &str, path: impl Into<String>, params: &[Param<'_>]) {
        let severity = self
            .config
            .severity
            .get(self.info.id)
            .copied()
            .unwrap_or(self.info.severity);
        let young_person_key = format!("{key}.yp");
        let young_person_message = messages::template(self.config, &young_person_key)
            .map(|_| messages::message(self.config, &young_person_key, params));
        let params_map: Map<String, Value> = params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Value::String(v.clone())))
            .collect();
        self.findings.push(Finding {
            rule: self.info.id.to_owned(),
            severity,
            path: path.into(),
            message: messages::message(self.config, key, params),
            young_person_message,
            blocks: if severity == Severity::Error {
                self.info.blocks.to_vec()
            } else {
                Vec::new()
            },
            params: params_map,
        });
    }
}

/// A check of one thing a PEP must get right.
pub trait Rule: Sync {
    /// What the rule is: ID, severity, what it blocks, what it checks, why, source.
    fn info(&self) -> &'static RuleInfo;
    /// Adds what it finds to `out`.
    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>);
}

/// Every rule, in the order reports list their findings.
pub fn all() -> impl Iterator<Item = &'static dyn Rule> {
    FAMILIES.iter().flat_map(|family| family.iter().copied())
}

/// Runs every enabled rule.
pub(crate) fn run(cx: &Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in all() {
        let info = rule.info();
        if cx.config.is_enabled(info.id) {
            let mut out = Out {
                info,
                config: cx.config,
                findings: &mut findings,
            };
            rule.check(cx, &mut out);
        }
    }
    findings
}

/// The rule catalogue, in registry order.
pub fn catalogue() -> Vec<&'static RuleInfo> {
    all().map(|r| r.info()).collect()
}

/// The rule catalogue as Markdown: what `docs/rules.md` holds. A test fails
/// when the committed file differs.
pub fn catalogue_markdown() -> String {
    let mut md = String::from(
        "# Rule catalogue\n\n\
         Generated from the rule files in `crates/pep-core/src/rules/` by \
         `PEPKIT_BLESS=1 cargo test -p pep-core --test catalogue`; do not edit by hand.\n\n\
         Rule IDs are public API: never renamed, never reused. Severity is the default; \
         a council can override it or switch a rule off in its configuration. \
         \"Blocks\" lists the sign-offs its findings hold up when they are errors \
         (a warning blocks nothing unless a council raises it to an error).\n\n\
         | ID | Severity | Blocks | Checks | Why | Source |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    for info in catalogue() {
        let blocks: Vec<&str> = info.blocks.iter().map(|s| s.as_str()).collect();
        let cell = |text: &str| text.replace('|', "\\|");
        md.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            info.id,
            match info.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            },
            if blocks.is_empty() {
                "—".to_owned()
            } else {
                blocks.join(", ")
            },
            cell(info.checks),
            cell(info.why),
            cell(info.source),
        ));
    }
    md
}

/// Test helpers shared by the rule files: build a PEP from JSON, run one rule,
/// and compare the paths (and message variants) it reports.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// A fixed "today" for rule tests: a Monday in the autumn term 2026.
    pub const TODAY: Date = jiff::civil::date(2026, 11, 23);

    /// Runs the rule `id` on the PEP in `json` and returns its findings.
    pub fn run_rule(id: &str, json: &str, config: &Config, today: Date) -> Vec<Finding> {
        let pep: Pep =
            serde_json::from_str(json).unwrap_or_else(|e| panic!("bad test PEP {json}: {e}"));
        let rule = all()
            .find(|r| r.info().id == id)
            .unwrap_or_else(|| panic!("{id} is not registered"));
        let calendar = Calendar::new(&config.calendar);
        let cx = Context {
            pep: &pep,
            config,
            today,
            calendar: &calendar,
        };
        let mut findings = Vec::new();
        rule.check(
            &cx,
            &mut Out {
                info: rule.info(),
                config,
                findings: &mut findings,
            },
        );
        findings
    }

    /// Asserts the rule reports exactly `expected` paths for `json`.
    pub fn check(id: &str, json: &str, expected: &[&str]) {
        let findings = run_rule(id, json, &Config::default(), TODAY);
        let paths: Vec<_> = findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, expected, "rule {id} on {json}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::BTreeSet::new();
        for info in catalogue() {
            let id = info.id;
            assert!(seen.insert(id), "duplicate rule ID {id}");
            assert!(
                id.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{id} is not kebab-case"
            );
            assert!(!info.checks.is_empty(), "{id} does not say what it checks");
            assert!(!info.why.is_empty(), "{id} does not say why");
            assert!(!info.source.is_empty(), "{id} has no source");
            assert!(
                messages::en_gb().any(|(k, _)| k == id || k.starts_with(&format!("{id}."))),
                "{id} has no message in the en-GB catalogue"
            );
            if info.severity == Severity::Error {
                assert!(
                    !info.blocks.is_empty(),
                    "{id} is an error that blocks nothing"
                );
            }
        }
    }

    #[test]
    fn every_message_key_belongs_to_a_rule() {
        for (key, _) in messages::en_gb() {
            let id = key.split('.').next().unwrap_or(key);
            assert!(
                all().any(|r| r.info().id == id) || id.starts_with("ui-") || id.starts_with("yp-"),
                "message {key} belongs to no rule"
            );
        }
    }

    #[test]
    fn severity_overrides_apply_and_warnings_block_nothing() {
        let mut config = Config::default();
        config
            .severity
            .insert("smart-target-who-leads".into(), Severity::Warning);
        let findings = testing::run_rule(
            "smart-target-who-leads",
            r#"{"targets":[{}]}"#,
            &config,
            testing::TODAY,
        );
        assert_eq!(findings[0].severity, Severity::Warning);
        assert!(findings[0].blocks.is_empty());
    }
}
