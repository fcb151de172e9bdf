//! Rule `language-reading-level`: the text a young person is shown reads at
//! or below the council's reading grade (`thresholds.readingGrade`, 6; for
//! post-16 PEPs `thresholds.readingGradePost16`, 12). The grade is
//! Flesch-Kincaid ([`crate::language::reading_grade`]); texts under 20 words
//! are not graded, because the formula means little on a phrase.
//!
//! Source: Norfolk County Council easy-read guidance (short sentences, one
//! idea each, a reading grade of about 4-6); seed 004 (write the PEP to the
//! young person); DOMAIN.md "Writing for the young person".

use crate::Severity;
use crate::language::TextStats;
use crate::model::Kind;
use crate::rules::{Context, Out, Rule, RuleInfo};

use super::shown;

/// See the module documentation.
pub(crate) struct LanguageReadingLevel;

static INFO: RuleInfo = RuleInfo {
    id: "language-reading-level",
    severity: Severity::Warning,
    blocks: &[],
    checks: "Each text of 20 words or more that a young person is shown (targets, interventions, attainment, meeting discussion, future plan) reads at or below the council's reading grade (6; 12 for post-16).",
    why: "Long sentences and long words shut the young person out of their own plan. Post-16 plans are written to young adults, so their ceiling is higher: seed 004's own texts to a Year 13 student read at about grade 10-11.",
    source: "Norfolk County Council easy-read guidance (reading grade about 4-6); seed 004 (write the PEP to the young person)",
};

/// Fewer words than this are not graded.
const MIN_WORDS: usize = 20;

impl Rule for LanguageReadingLevel {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let thresholds = &cx.config.thresholds;
        let max = match cx.pep.kind {
            Kind::Post16 => thresholds.reading_grade_post16,
            Kind::EarlyYears | Kind::SchoolAge => thresholds.reading_grade,
        };
        for field in shown(cx.pep) {
            let stats = TextStats::of(field.text);
            if stats.words < MIN_WORDS {
                continue;
            }
            let grade = stats.grade();
            if grade > max {
                out.push(
                    field.pointer,
                    &[
                        ("grade", format!("{}", grade.round())),
                        ("max", format!("{max}")),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "language-reading-level";

    const DENSE: &str = "Following consultation with the multi-agency professional network, \
        educational provision will be reconfigured to incorporate individualised \
        therapeutic interventions, facilitating improved engagement and attainment \
        across the curriculum.";

    const PLAIN: &str = "You are doing well in maths. You have a test on Friday. \
        Ms Khan will help you get ready on Tuesday and Thursday after lunch. \
        Bring your green book.";

    fn pep(kind: &str, text: &str) -> String {
        serde_json::json!({"kind": kind, "meeting": {"discussion": text}}).to_string()
    }

    #[test]
    fn fires_on_dense_text() {
        check(ID, &pep("school-age", DENSE), &["/meeting/discussion"]);
        check(ID, &pep("post-16", DENSE), &["/meeting/discussion"]);
        check(ID, &pep("early-years", DENSE), &["/meeting/discussion"]);
    }

    #[test]
    fn quiet_on_plain_or_short_text() {
        check(ID, &pep("school-age", PLAIN), &[]);
        check(
            ID,
            &pep(
                "school-age",
                "Comprehensive individualised therapeutic interventions.",
            ),
            &[],
        );
        check(ID, r#"{"views":{"anythingElse":"placeholder"}}"#, &[]);
    }

    #[test]
    fn post16_has_its_own_ceiling_and_both_are_configurable() {
        let long_sentences = "Jamie, you are only just working within a B and so you are not on \
            track to achieve an A at the end of the year at the moment. Your form tutor is also \
            working with you to encourage and support you to attend these sessions.";
        check(
            ID,
            &pep("school-age", long_sentences),
            &["/meeting/discussion"],
        );
        check(ID, &pep("post-16", long_sentences), &[]);
        let mut config = crate::Config::default();
        config.thresholds.reading_grade = 18.0;
        config.thresholds.reading_grade_post16 = 4.0;
        assert!(run_rule(ID, &pep("school-age", long_sentences), &config, TODAY).is_empty());
        let findings = run_rule(ID, &pep("post-16", long_sentences), &config, TODAY);
        assert_eq!(findings[0].params["max"], "4");
        assert!(
            findings[0].message.ends_with(
                "aim for 4 or below. Use shorter sentences, one idea in each, and everyday words"
            ),
            "{}",
            findings[0].message
        );
    }
}
