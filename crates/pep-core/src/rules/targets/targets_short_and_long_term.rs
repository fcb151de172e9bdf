//! Rule `targets-short-and-long-term`: a post-16 PEP has at least one
//! short-term target (done by the next PEP) and at least one long-term target
//! (towards higher education or work). Seed 004: "Ensure that SMART targets
//! set are both shorter and longer term ... The shorter targets should be
//! completed termly, with those feeding into the longer term goals."
//!
//! A warning, not an error: it is a quality expectation rather than one of
//! seed 004's seven QA criteria, and `timescale` is a field some vendors do
//! not record, so holding up a sign-off over it would block good PEPs. Quiet
//! when there are no targets at all (`targets-minimum` reports that).
//!
//! Source: seed 004 ("SMART targets").

use crate::model::{Kind, Timescale};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct TargetsShortAndLongTerm;

static INFO: RuleInfo = RuleInfo {
    id: "targets-short-and-long-term",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A post-16 PEP has at least one short-term and at least one long-term target.",
    why: "Short-term targets are the termly steps towards the young person's longer-term aspirations for higher education or work. A warning: it is guidance rather than a QA criterion, and some systems do not record a target's timescale.",
    source: "Seed 004 (SMART targets: \"both shorter and longer term\")",
};

impl Rule for TargetsShortAndLongTerm {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        if pep.kind != Kind::Post16 || pep.targets.is_empty() {
            return;
        }
        let has = |timescale| pep.targets.iter().any(|t| t.timescale == Some(timescale));
        if !has(Timescale::ShortTerm) {
            out.push_variant("no-short-term", "/targets", &[]);
        }
        if !has(Timescale::LongTerm) {
            out.push_variant("no-long-term", "/targets", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, run_rule};

    const ID: &str = "targets-short-and-long-term";

    /// Asserts the rule reports exactly the `expected` message keys for `json`.
    fn check(json: &str, expected: &[&str]) {
        let config = crate::Config::default();
        let findings = run_rule(ID, json, &config, TODAY);
        let messages: Vec<_> = findings.iter().map(|f| f.message.as_str()).collect();
        let wanted: Vec<_> = expected
            .iter()
            .map(|variant| crate::messages::message(&config, &format!("{ID}.{variant}"), &[]))
            .collect();
        assert_eq!(messages, wanted, "for {json}");
        assert!(findings.iter().all(|f| f.path == "/targets"));
    }

    #[test]
    fn fires_on_a_post16_pep_missing_either_kind() {
        check(
            r#"{"kind":"post-16","targets":[{"timescale":"long-term"}]}"#,
            &["no-short-term"],
        );
        check(
            r#"{"kind":"post-16","targets":[{"timescale":"short-term"},{}]}"#,
            &["no-long-term"],
        );
        check(
            r#"{"kind":"post-16","targets":[{}]}"#,
            &["no-short-term", "no-long-term"],
        );
    }

    #[test]
    fn quiet_with_both_or_when_it_does_not_apply() {
        check(
            r#"{"kind":"post-16","targets":[{"timescale":"short-term"},{"timescale":"long-term"}]}"#,
            &[],
        );
        check(r#"{"kind":"post-16"}"#, &[]);
        check(
            r#"{"kind":"school-age","targets":[{"timescale":"short-term"}]}"#,
            &[],
        );
        check(r#"{"kind":"early-years","targets":[{}]}"#, &[]);
        check(r#"{}"#, &[]);
    }

    #[test]
    fn is_a_warning_that_blocks_nothing() {
        let findings = run_rule(
            ID,
            r#"{"kind":"post-16","targets":[{}]}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
        assert!(findings[0].young_person_message.is_some());
    }
}
