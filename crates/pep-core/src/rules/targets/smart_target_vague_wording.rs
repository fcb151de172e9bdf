//! Rule `smart-target-vague-wording`: a target's outcome or success measure
//! uses words that cannot be measured: "try harder", "more effort", "be
//! better at", "do better" whatever follows; "improve", "continue to" and
//! "work on" when the target gives no number to measure them by (in the
//! success measure, or for the outcome in either field). One finding per
//! field, naming the first such phrase, with a hint on making it measurable.
//!
//! Matching is by whole words (any script's letters and digits make a word),
//! ignoring case, so "Improved" matches and "unimproved" or "network on" do
//! not. The phrases are plain ASCII, so comparing borrowed words without
//! case-folding copies gives the same answers, fast. A warning: word lists
//! cannot read meaning, so a person decides.
//!
//! Source: seed 004 (QA checklist: "targets are written clearly and
//! concisely"; "SMART targets"); Lancashire's red flag "weak targets"
//! (DOMAIN.md, "What good looks like").

use super::number;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetVagueWording;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-vague-wording",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A target's outcome or success measure does not rest on vague words (\"try harder\", \"more effort\", or \"improve\", \"continue to\", \"work on\" with no number).",
    why: "Vague targets are Lancashire's \"weak targets\" red flag: nobody can tell at the next review whether they were met. A warning, because a word list cannot read meaning.",
    source: "Seed 004 (QA checklist; SMART targets); Lancashire PEP QA framework",
};

/// Phrases that are vague whatever else the target says.
const ALWAYS_VAGUE: &[&[&str]] = &[
    &["try", "harder"],
    &["trying", "harder"],
    &["more", "effort"],
    &["be", "better", "at"],
    &["do", "better"],
];

/// Phrases that are vague unless the target gives a number to measure by.
const VAGUE_UNLESS_NUMBERED: &[&[&str]] = &[
    &["improve"],
    &["improves"],
    &["improved"],
    &["improving"],
    &["improvement"],
    &["continue", "to"],
    &["work", "on"],
    &["working", "on"],
];

/// Number words that make "improve" measurable ("twice a week", "half").
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "half",
    "double", "percent",
];

impl Rule for SmartTargetVagueWording {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for (i, target) in cx.pep.targets.iter().enumerate() {
            let outcome = words(target.outcome.as_deref().unwrap_or_default());
            let measure = words(target.success_measure.as_deref().unwrap_or_default());
            let measure_numbered = has_number(&measure);
            let fields = [
                (
                    "outcome",
                    &outcome,
                    measure_numbered || has_number(&outcome),
                ),
                ("successMeasure", &measure, measure_numbered),
            ];
            for (field, text, numbered) in fields {
                if let Some(phrase) = vague_phrase(text, numbered) {
                    out.push(
                        format!("/targets/{i}/{field}"),
                        &[number(i), ("phrase", phrase)],
                    );
                }
            }
        }
    }
}

/// The text's words: runs of letters and digits (apostrophes kept inside
/// words, so "don't" is one word), borrowed from the text.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::with_capacity(24);
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(&text[s..]);
    }
    words
}

/// Whether the words give a number: a digit in any script, or a number word.
fn has_number(words: &[&str]) -> bool {
    words.iter().any(|w| {
        w.bytes().any(|b| b.is_ascii_digit())
            || (!w.is_ascii() && w.chars().any(char::is_numeric))
            || NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
    })
}

/// The first vague phrase in `words`, as the phrase list spells it.
fn vague_phrase(words: &[&str], numbered: bool) -> Option<String> {
    let lists: &[&[&[&str]]] = if numbered {
        &[ALWAYS_VAGUE]
    } else {
        &[ALWAYS_VAGUE, VAGUE_UNLESS_NUMBERED]
    };
    for start in 0..words.len() {
        let rest = &words[start..];
        // Most words cannot begin a phrase: skip them on their first letter.
        let first = rest[0].as_bytes()[0].to_ascii_lowercase();
        if !PHRASE_STARTS.contains(&first) {
            continue;
        }
        for list in lists {
            for phrase in *list {
                if rest.len() >= phrase.len()
                    && phrase
                        .iter()
                        .zip(rest)
                        .all(|(p, w)| p.eq_ignore_ascii_case(w))
                {
                    return Some(phrase.join(" "));
                }
            }
        }
    }
    None
}

/// The first letters of every phrase's first word.
const PHRASE_STARTS: &[u8] = b"tmbdicw";

#[cfg(test)]
mod tests {
    use super::{ALWAYS_VAGUE, PHRASE_STARTS, VAGUE_UNLESS_NUMBERED};
    use crate::rules::testing::{TODAY, check, run_rule};

    #[test]
    fn every_phrase_starts_with_a_listed_letter() {
        for phrase in ALWAYS_VAGUE.iter().chain(VAGUE_UNLESS_NUMBERED) {
            assert!(
                PHRASE_STARTS.contains(&phrase[0].as_bytes()[0]),
                "{phrase:?}"
            );
        }
    }

    const ID: &str = "smart-target-vague-wording";

    /// Asserts the phrases the rule names for a target with this outcome and
    /// success measure, in order (outcome first).
    fn phrases(outcome: &str, measure: &str, expected: &[&str]) {
        let json =
            serde_json::json!({"targets": [{"outcome": outcome, "successMeasure": measure}]});
        let findings = run_rule(ID, &json.to_string(), &Default::default(), TODAY);
        let got: Vec<_> = findings
            .iter()
            .map(|f| f.params["phrase"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(got, expected, "for {outcome:?} / {measure:?}");
    }

    #[test]
    fn fires_on_vague_words() {
        phrases("Jamie will try harder in maths", "", &["try harder"]);
        phrases(
            "Put in MORE EFFORT with homework",
            "Teacher says so",
            &["more effort"],
        );
        phrases("Be better at English", "", &["be better at"]);
        phrases(
            "Improve reading",
            "Reading has improved",
            &["improve", "improved"],
        );
        phrases("Continue to attend tuition", "", &["continue to"]);
        phrases(
            "Work on fractions",
            "Working on it",
            &["work on", "working on"],
        );
        phrases(
            "Improvement in behaviour",
            "Fewer detentions",
            &["improvement"],
        );
        // Attitude words are vague even with a number.
        phrases("Try harder in 3 subjects", "", &["try harder"]);
        // "improve" in the measure needs a number in the measure itself.
        phrases("Reading age 9", "Improved reading", &["improved"]);
        check(
            ID,
            r#"{"targets":[{"outcome":"Read daily"},{"successMeasure":"Do better"}]}"#,
            &["/targets/1/successMeasure"],
        );
    }

    #[test]
    fn quiet_when_measurable() {
        phrases("Improve reading age from 7 to 8", "", &[]);
        phrases("Improve reading", "Reading age 9 by July", &[]);
        phrases("Improve attendance", "Attendance at 95% by Easter", &[]);
        phrases("Continue to attend tuition twice a week", "", &[]);
        phrases("Improve spelling", "Spells ٣٠ of the words", &[]);
        phrases(
            "Read for 20 minutes, 5 nights a week",
            "Reading log signed",
            &[],
        );
        // Whole words only.
        phrases(
            "Use the school network on Mondays",
            "Unimproved homework",
            &[],
        );
        phrases(
            "Pass Level 2 English",
            "Tryharder is a name, not a phrase",
            &[],
        );
        phrases("", "", &[]);
        check(ID, r#"{"targets":[{}]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn is_unicode_safe() {
        phrases(
            "İmprove ﬁnances: ÜBER 🙂 try harder",
            "naïve",
            &["try harder"],
        );
        phrases("Work\u{00a0}on reading", "", &["work on"]);
        phrases("Don’t just work on it", "", &["work on"]);
    }

    #[test]
    fn message_gives_a_hint() {
        let findings = run_rule(
            ID,
            r#"{"targets":[{"outcome":"x"},{"outcome":"Improve maths"}]}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(findings[0].path, "/targets/1/outcome");
        assert_eq!(
            findings[0].message,
            "Target 2: \"improve\" is hard to measure. Say what will be different and how you will know, with a number and a date (for example \"read for 20 minutes, 5 nights a week, until half term\")"
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].young_person_message.is_some());
    }
}
