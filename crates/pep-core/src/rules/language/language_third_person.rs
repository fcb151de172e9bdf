//! Rule `language-third-person`: text written *to* the young person (the
//! attainment overview, each subject's intervention, each target's outcome,
//! success measure and actions) speaks to them as "you", not about them:
//! not "the young person", "the child", "the pupil", nor their own name, or
//! "he" or "she" in a text that never says "you", followed by a verb ("Jamie
//! will", "the child is", "she has").
//!
//! Not for early years PEPs: a child under five does not read their plan;
//! the adults read it to them and for them.
//!
//! Source: seed 004 ("We are asking education providers to write the PEP to
//! the young person", its "Jamie, you are ..." texts); TACT, Language that
//! cares (2019).

use crate::Severity;
use crate::language::words;
use crate::model::Kind;
use crate::rules::{Context, Out, Rule, RuleInfo};

use super::{first_name, shown};

/// See the module documentation.
pub(crate) struct LanguageThirdPerson;

static INFO: RuleInfo = RuleInfo {
    id: "language-third-person",
    severity: Severity::Warning,
    blocks: &[],
    checks: "Text written to the young person (attainment overview, interventions, targets' outcome, success measure and actions) says \"you\", not \"the young person\", \"the child\", their name or \"he\"/\"she\" followed by a verb.",
    why: "Seed 004 asks schools to write the PEP to the young person: a plan about them in the third person reads as a report on a case. Other fields, and early years plans (read by adults to a child under five), are not checked.",
    source: "Seed 004 (Attainment and Progress: write the PEP to the young person); TACT, Language that cares (2019)",
};

/// Who the text may wrongly be about, as words.
const SUBJECTS: &[&[&str]] = &[
    &["the", "young", "person"],
    &["this", "young", "person"],
    &["the", "child"],
    &["this", "child"],
    &["the", "pupil"],
    &["the", "student"],
    &["the", "learner"],
];

/// Verbs that make a subject the doer ("the child is", "Jamie will").
const VERBS: &[&str] = &[
    "is",
    "has",
    "will",
    "was",
    "can",
    "could",
    "would",
    "should",
    "must",
    "may",
    "might",
    "needs",
    "does",
    "did",
    "wants",
    "likes",
    "finds",
    "feels",
    "says",
    "said",
    "enjoys",
    "attends",
    "works",
    "struggles",
    "gets",
    "goes",
    "knows",
    "thinks",
    "isn't",
    "hasn't",
    "won't",
    "doesn't",
    "didn't",
    "can't",
    "continues",
    "reads",
    "makes",
    "shows",
    "achieved",
    "achieves",
    "attended",
    "engaged",
    "engages",
];

impl Rule for LanguageThirdPerson {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if cx.pep.kind == Kind::EarlyYears {
            return;
        }
        let name = first_name(cx.pep);
        for field in shown(cx.pep).into_iter().filter(|f| f.written_to) {
            if let Some(phrase) = third_person(field.text, name) {
                out.push(
                    field.pointer.clone(),
                    &[
                        ("phrase", phrase),
                        ("name", name.unwrap_or("the young person").to_owned()),
                    ],
                );
            }
        }
    }
}

/// The first third-person phrase in `text` ("the child is", "Jamie will"), as
/// written; `name` is the young person's first or preferred name.
fn third_person(text: &str, name: Option<&str>) -> Option<String> {
    let all: Vec<(usize, &str)> = words(text).collect();
    let lower: Vec<String> = all.iter().map(|(_, w)| w.to_lowercase()).collect();
    let speaks_to_them = lower.iter().any(|w| matches!(w.as_str(), "you" | "your"));
    let name = name.map(str::to_lowercase);
    for i in 0..lower.len() {
        let at = |s: &&&[&str]| {
            lower.len() >= i + s.len() && s.iter().zip(&lower[i..]).all(|(a, b)| a == b)
        };
        let subject_len = if let Some(s) = SUBJECTS.iter().find(at) {
            s.len()
        } else if name.as_deref() == Some(lower[i].as_str())
            || (!speaks_to_them && matches!(lower[i].as_str(), "he" | "she"))
        {
            1
        } else if matches!(lower[i].as_str(), "he's" | "she's") && !speaks_to_them {
            let (start, word) = all[i];
            return Some(text[start..start + word.len()].to_owned());
        } else {
            continue;
        };
        let Some(verb) = lower.get(i + subject_len) else {
            continue;
        };
        if VERBS.contains(&verb.as_str()) {
            let (start, _) = all[i];
            let (verb_start, verb_word) = all[i + subject_len];
            return Some(text[start..verb_start + verb_word.len()].to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "language-third-person";

    fn phrase(text: &str) -> Option<String> {
        let json = serde_json::json!({
            "child": {"name": "Jamie Alex Morgan", "preferredName": "Jamie"},
            "attainment": {"subjects": [{"autumn": {"intervention": text}}]},
        });
        run_rule(ID, &json.to_string(), &Default::default(), TODAY)
            .into_iter()
            .map(|f| f.params["phrase"].as_str().unwrap().to_owned())
            .next()
    }

    #[test]
    fn fires_on_third_person() {
        for (text, expected) in [
            ("Jamie will attend tuition on Tuesdays.", "Jamie will"),
            (
                "The young person is making good progress.",
                "The young person is",
            ),
            ("We think the child needs more support.", "the child needs"),
            ("He is not on track in maths.", "He is"),
            ("She has extra sessions.", "She has"),
            ("He's working hard.", "He's"),
            ("Jamie has done well, and you should be proud.", "Jamie has"),
            ("The pupil attends every session.", "The pupil attends"),
        ] {
            assert_eq!(phrase(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn quiet_when_written_to_them() {
        for text in [
            "Jamie, you are only just working within a B and so you are not on track to achieve an A at the end of the year at the moment.",
            "You've really engaged with the additional sessions.",
            "You are absolutely on track, Jamie! Well done!",
            "Your tutor will meet you on Mondays; she will check your planner.",
            "Kerry helps with the student finance form.",
            "Jamie's teachers will meet you weekly.",
        ] {
            assert_eq!(phrase(text), None, "{text}");
        }
    }

    #[test]
    fn only_text_written_to_them_and_the_message_names_them() {
        check(
            ID,
            r#"{"kind":"early-years","child":{"name":"Ollie"},"targets":[{"outcome":"Ollie will say two words"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"child":{"name":"Amira Begum"},
                "targets":[{"outcome":"Amira will read daily","support":"Amira will have books"}],
                "meeting":{"discussion":"Amira is doing well"},
                "views":{"goingWell":"She is my friend"}}"#,
            &["/targets/0/outcome"],
        );
        let findings = run_rule(
            ID,
            r#"{"child":{"name":"Amira Begum"},"targets":[{"actions":"The child will read"}]}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "This is written to Amira: say \"you\" instead of \"The child will\""
        );
    }
}
