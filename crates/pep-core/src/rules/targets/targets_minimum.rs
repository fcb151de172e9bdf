//! Rule `targets-minimum`: the PEP has at least the council's minimum number
//! of SMART targets (`minTargets`, 3 by default after Central Bedfordshire).
//! Every entry in `targets` counts, however complete: the `smart-target-*`
//! rules report what each one lacks.
//!
//! Source: Central Bedfordshire PEP QA framework ("at least 3 SMART targets
//! matched to needs"); Sutton (one English, one maths, one other); seed 004
//! (shorter and longer-term targets) (DOMAIN.md, "What good looks like").

use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct TargetsMinimum;

static INFO: RuleInfo = RuleInfo {
    id: "targets-minimum",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "The PEP has at least the council's minimum number of SMART targets (3 by default).",
    why: "One or two targets cannot cover the areas of development a PEP identifies; councils set a floor (Central Bedfordshire and Sutton: 3).",
    source: "Central Bedfordshire and Sutton PEP QA frameworks; seed 004 (SMART targets)",
};

impl Rule for TargetsMinimum {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let min = cx.config.thresholds.min_targets;
        let count = cx.pep.targets.len();
        if usize::try_from(min).is_ok_and(|min| count < min) {
            out.push(
                "/targets",
                &[("min", min.to_string()), ("count", count.to_string())],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "targets-minimum";

    #[test]
    fn fires_below_the_minimum() {
        check(ID, r#"{}"#, &["/targets"]);
        check(ID, r#"{"targets":[]}"#, &["/targets"]);
        check(ID, r#"{"targets":[{},{}]}"#, &["/targets"]);
    }

    #[test]
    fn quiet_at_or_above_the_minimum() {
        check(ID, r#"{"targets":[{},{},{}]}"#, &[]);
        check(ID, r#"{"targets":[{},{},{},{}]}"#, &[]);
    }

    #[test]
    fn the_minimum_comes_from_the_config() {
        let mut config = crate::Config::default();
        config.thresholds.min_targets = 1;
        assert!(run_rule(ID, r#"{"targets":[{}]}"#, &config, TODAY).is_empty());
        config.thresholds.min_targets = 0;
        assert!(run_rule(ID, r#"{}"#, &config, TODAY).is_empty());
        config.thresholds.min_targets = 5;
        config.terminology.pep = "Education Review".into();
        let findings = run_rule(ID, r#"{"targets":[{}]}"#, &config, TODAY);
        assert_eq!(
            findings[0].message,
            "The Education Review needs at least 5 SMART targets; it has 1"
        );
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("We need to agree at least 5 targets with you")
        );
    }
}
