//! Rule `smart-target-who-leads`: every SMART target names the person who
//! leads it. "Achievable" in SMART means achievable with named support: a
//! target nobody owns is a wish. Source: seed 004 ("SMART targets ... who will
//! lead"); Lancashire and Central Bedfordshire PEP QA frameworks (DOMAIN.md,
//! "What good looks like").

use super::{Context, Rule};
use crate::{Finding, Severity, model::is_blank};

/// See the module documentation.
pub(crate) struct SmartTargetWhoLeads;

impl Rule for SmartTargetWhoLeads {
    fn id(&self) -> &'static str {
        "smart-target-who-leads"
    }

    fn summary(&self) -> &'static str {
        "Every SMART target names the person who leads it."
    }

    fn source(&self) -> &'static str {
        "Seed 004 (SMART targets); Lancashire and Central Bedfordshire PEP QA frameworks"
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for (i, target) in cx.pep.targets.iter().enumerate() {
            let named = target
                .lead
                .as_ref()
                .is_some_and(|lead| !is_blank(&lead.name));
            if !named {
                out.push(cx.finding(
                    self.id(),
                    Severity::Error,
                    format!("/targets/{i}/lead/name"),
                    &[("number", (i + 1).to_string())],
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, model::Pep, validate};

    /// Runs the rule on a PEP given as JSON and returns the finding paths.
    fn check(json: &str, expected: &[&str]) {
        let pep: Pep = serde_json::from_str(json).unwrap();
        let report = validate(&pep, &Config::default());
        let paths: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == "smart-target-who-leads")
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(paths, expected, "for {json}");
    }

    #[test]
    fn fires_when_nobody_leads() {
        check(
            r#"{"targets":[{"outcome":"Read daily"}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            r#"{"targets":[{"lead":{"role":"Tutor"}}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            r#"{"targets":[{"lead":{"name":"   "}}]}"#,
            &["/targets/0/lead/name"],
        );
        check(
            r#"{"targets":[{"lead":{"name":"Ms Khan"}},{"lead":{"name":""}}]}"#,
            &["/targets/1/lead/name"],
        );
    }

    #[test]
    fn quiet_when_someone_leads() {
        check(
            r#"{"targets":[{"lead":{"name":"Ms Khan","role":"English teacher"}}]}"#,
            &[],
        );
        check(r#"{"targets":[]}"#, &[]);
        check(r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target() {
        let pep: Pep = serde_json::from_str(r#"{"targets":[{},{}]}"#).unwrap();
        let report = validate(&pep, &Config::default());
        assert_eq!(
            report.findings[1].message,
            "Target 2 needs the name of the person who leads it"
        );
    }

    #[test]
    fn can_be_switched_off() {
        let pep: Pep = serde_json::from_str(r#"{"targets":[{}]}"#).unwrap();
        let mut config = Config::default();
        config.disabled_rules.push("smart-target-who-leads".into());
        assert!(validate(&pep, &config).findings.is_empty());
    }
}
