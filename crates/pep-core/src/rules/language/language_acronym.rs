//! Rule `language-acronym`: an acronym ("EWO", "PP+", "KS4", "DT") in the
//! text a young person is shown is explained in the same text: its words in
//! brackets after it, or before it with the acronym in brackets, or its words
//! written out earlier. Everyday ones (GCSE, BTEC, UCAS, UK, TV, OK, PE, IT,
//! NHS), exam grades ("AAA", "A*") and care-system acronyms (left to
//! `language-care-terms`, which says what to write instead) are let through.
//!
//! Source: Norfolk County Council easy-read guidance ("explain acronyms");
//! TACT, Language that cares (2019); DOMAIN.md "Writing for the young
//! person".

use crate::Severity;
use crate::language::words;
use crate::rules::{Context, Out, Rule, RuleInfo};

use super::language_care_terms::care_terms_in;
use super::shown;

/// See the module documentation.
pub(crate) struct LanguageAcronym;

static INFO: RuleInfo = RuleInfo {
    id: "language-acronym",
    severity: Severity::Warning,
    blocks: &[],
    checks: "Every acronym in the text a young person is shown (targets, interventions, attainment, meeting discussion, future plan) is written out or explained in brackets in the same text.",
    why: "Professionals' shorthand (EWO, PP+, KS4, DT) leaves the young person out of their own plan. A warning with a suggestion, never a block.",
    source: "Norfolk County Council easy-read guidance; TACT, Language that cares (2019)",
};

/// Acronyms a young person knows as words in their own right.
const EVERYDAY: &[&str] = &[
    "GCSE", "BTEC", "UCAS", "UK", "TV", "OK", "PE", "IT", "NHS", "PC", "ID",
];

/// Words skipped when matching an acronym's letters to the words before it.
const SMALL_WORDS: &[&str] = &["of", "and", "for", "the", "in", "to", "a", "with", "on"];

impl Rule for LanguageAcronym {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for field in shown(cx.pep) {
            for acronym in unexplained_acronyms(field.text) {
                out.push(field.pointer.clone(), &[("acronym", acronym.to_owned())]);
            }
        }
    }
}

/// The acronyms in `text` that are explained nowhere in it, each once.
fn unexplained_acronyms(text: &str) -> Vec<&str> {
    // Only a text that has an acronym needs the care-term scan (to leave the
    // ones that rule reports to it), so it runs at most once, and lazily.
    let mut care_terms = None;
    let mut explained: Vec<&str> = Vec::new();
    let mut unexplained: Vec<&str> = Vec::new();
    let all: Vec<(usize, &str)> = words(text).collect();
    for (index, &(start, word)) in all.iter().enumerate() {
        let mut end = start + word.len();
        // "PP+" keeps its plus.
        if text[end..].starts_with('+') {
            end += 1;
        }
        let token = &text[start..end];
        let Some(acronym) = acronym(token) else {
            continue;
        };
        if EVERYDAY.contains(&acronym)
            || care_terms
                .get_or_insert_with(|| care_terms_in(text))
                .iter()
                .any(|(r, _)| r.start <= start && end <= r.end)
        {
            continue;
        }
        let bracketed_after = text[end..]
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with('(');
        let bracketed_itself = text[..start].ends_with('(');
        let spelt_out_before = spelt_out(acronym, &all[..index]);
        if bracketed_after || bracketed_itself || spelt_out_before {
            explained.push(acronym);
        } else if !unexplained.contains(&acronym) {
            unexplained.push(acronym);
        }
    }
    unexplained.retain(|a| !explained.contains(a));
    unexplained
}

/// The acronym a token is, without a plural or possessive "s": two or more
/// capitals, at most one small letter ("SENCo"), not an exam grade ("AAA",
/// "A*A").
fn acronym(token: &str) -> Option<&str> {
    let token = token
        .strip_suffix("'s")
        .or_else(|| token.strip_suffix("’s"))
        .unwrap_or(token);
    let token = match token.strip_suffix('s') {
        Some(stem) if stem.ends_with(|c: char| c.is_ascii_uppercase()) => stem,
        _ => token,
    };
    if token.contains(['\'', '’', '-']) || !token.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let capitals = token.chars().filter(char::is_ascii_uppercase).count();
    let small = token.chars().filter(char::is_ascii_lowercase).count();
    let grades = token
        .chars()
        .all(|c| matches!(c, 'A' | 'B' | 'C' | 'D' | 'E' | 'U' | '*'));
    (capitals >= 2 && small <= 1 && !grades).then_some(token)
}

/// Whether the words just before the acronym (`before`, in order) end with
/// words whose first letters spell it ("key stage 4 ... KS4" does not count;
/// "Pupil Premium Plus ... PP+" and "education welfare officer, the EWO"
/// do), skipping small words.
fn spelt_out(acronym: &str, before: &[(usize, &str)]) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let initials: Vec<char> = before
        .iter()
        .map(|(_, w)| *w)
        .filter(|w| !SMALL_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    !letters.is_empty() && initials.windows(letters.len()).any(|w| w == letters)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "language-acronym";

    fn acronyms(text: &str) -> Vec<String> {
        let json = serde_json::json!({"attainment": {"overview": text}});
        run_rule(ID, &json.to_string(), &Default::default(), TODAY)
            .into_iter()
            .map(|f| f.params["acronym"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn fires_on_unexplained_acronyms() {
        for (text, expected) in [
            ("You will see the EWO on Monday.", &["EWO"][..]),
            ("Your PP+ pays for tuition.", &["PP+"]),
            ("In KS4 you choose options.", &["KS4"]),
            (
                "The DT and the EP will meet; the DT will ring you.",
                &["DT", "EP"],
            ),
            ("Your TAs help in maths.", &["TA"]),
            ("Ask your DT's office.", &["DT"]),
        ] {
            assert_eq!(acronyms(text), expected, "{text}");
        }
    }

    #[test]
    fn quiet_when_explained_everyday_graded_or_a_care_term() {
        for text in [
            "You will see the EWO (education welfare officer).",
            "Pupil Premium Plus (PP+) pays for your tuition; PP+ also pays for trips.",
            "Your designated teacher (DT) will ring you.",
            "Your education welfare officer, the EWO, will ring you.",
            "Your GCSE and BTEC results; your UCAS form; PE on Mondays; it is OK.",
            "Your predicted grades are AAA, or A*AB.",
            "Your PEP and your LAC review.",
            "Jamie, you are on track. Well done!",
            "A level History with Mr Price at 3:30.",
        ] {
            assert_eq!(acronyms(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn checks_every_shown_field_but_not_the_young_persons_words() {
        check(
            ID,
            r#"{"targets":[{"successMeasure":"KS2 SATs"}],"meeting":{"futurePlan":"FE college"},
                "views":{"anythingElse":"My SENCO is nice"}}"#,
            &[
                "/targets/0/successMeasure",
                "/targets/0/successMeasure",
                "/meeting/futurePlan",
            ],
        );
    }
}
