//! Rule `smart-target-measurable`: every SMART target has a success measure,
//! saying how everyone will know it has been achieved. Progress towards each
//! target is recorded at every PEP (seed 004); without a measure there is
//! nothing to record it against.
//!
//! Source: seed 004 ("SMART targets": "specific, measurable, achievable,
//! relevant and time bound"); Lancashire and St Helens PEP QA frameworks
//! (DOMAIN.md, "What good looks like").

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetMeasurable;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-measurable",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every SMART target has a success measure: how everyone will know it has been achieved.",
    why: "The M of SMART: progress towards each target is recorded at every review, which needs a measure to record it against.",
    source: "Seed 004 (SMART targets); Lancashire and St Helens PEP QA frameworks",
};

impl Rule for SmartTargetMeasurable {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        super::report_missing(cx.pep, out, "successMeasure", |t| {
            is_blank(&t.success_measure)
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-measurable";

    #[test]
    fn fires_when_the_success_measure_is_missing_or_blank() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Read daily"}]}"#,
            &["/targets/0/successMeasure"],
        );
        check(
            ID,
            r#"{"targets":[{"successMeasure":"Reads 5 nights a week"},{"successMeasure":""}]}"#,
            &["/targets/1/successMeasure"],
        );
    }

    #[test]
    fn quiet_when_every_target_has_a_measure() {
        check(
            ID,
            r#"{"targets":[{"successMeasure":"Reading age 9 by July"}]}"#,
            &[],
        );
        check(ID, r#"{"targets":[]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn message_names_the_target() {
        let findings = run_rule(ID, r#"{"targets":[{}]}"#, &Default::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "Target 1 needs a success measure: how everyone will know it has been achieved"
        );
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("Target 1 needs to say how we will all know you have done it")
        );
    }
}
