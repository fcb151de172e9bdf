//! Rule `language-care-terms`: care-system words in the text a young person
//! is shown ("placement", "contact", "LAC", "abscond", "challenging
//! behaviour", "PEP" ...), each with the kinder word young people asked for
//! ("home", "family time", their name, "went missing", "finding things
//! hard", "Education Review"). The table is
//! [`crate::language::terms::CARE_TERMS`]. A term with an everyday meaning
//! ("work placement") is let through when the PEP uses that meaning anywhere.
//!
//! Source: TACT, "Language that cares" (2019), written with care-experienced
//! young people; Walsall Virtual School's "Language That Cares" DT briefing
//! (October 2023, cited by seed 004); DOMAIN.md "Writing for the young
//! person".

use std::ops::Range;

use crate::Severity;
use crate::language::find_phrase_in;
use crate::language::terms::{CARE_TERMS, CareTerm, Instead};
use crate::rules::{Context, Out, Rule, RuleInfo};

use super::{first_name, shown};

/// See the module documentation.
pub(crate) struct LanguageCareTerms;

static INFO: RuleInfo = RuleInfo {
    id: "language-care-terms",
    severity: Severity::Warning,
    blocks: &[],
    checks: "The text a young person is shown (targets, interventions, attainment, meeting discussion, future plan) uses no care-system jargon; each term found comes with the kinder word to use.",
    why: "Young people in care say words like \"placement\", \"contact\" and \"LAC\" make them feel like a case, not a person. A warning with a suggestion, never a block: the adult decides.",
    source: "TACT, Language that cares (2019); Walsall Virtual School, Language That Cares DT briefing (2023, seed 004)",
};

impl Rule for LanguageCareTerms {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let fields = shown(cx.pep);
        // "Placement confirmed" after "find a work placement" in another
        // field means the work placement: a term whose other meaning the PEP
        // uses anywhere is let through everywhere in it.
        let lowered: Vec<String> = fields.iter().map(|f| f.text.to_ascii_lowercase()).collect();
        let other_meaning = |term: &CareTerm| {
            term.unless.iter().any(|unless| {
                fields
                    .iter()
                    .zip(&lowered)
                    .any(|(f, lower)| !find_phrase_in(f.text, lower, unless).is_empty())
            })
        };
        for field in &fields {
            for (range, term) in care_terms_in(field.text) {
                if other_meaning(term) {
                    continue;
                }
                let instead = match term.instead {
                    Instead::Words(words) => words.to_owned(),
                    Instead::TheirName => first_name(cx.pep).unwrap_or("their name").to_owned(),
                    Instead::ReviewTitle => cx.config.terminology.young_person_title.clone(),
                };
                out.push(
                    field.pointer.clone(),
                    &[("term", field.text[range].to_owned()), ("instead", instead)],
                );
            }
        }
    }
}

/// The care terms in `text`, in order, each stretch of text once (a longer
/// phrase wins over a shorter one inside it) and each term once.
pub(crate) fn care_terms_in(text: &str) -> Vec<(Range<usize>, &'static CareTerm)> {
    let mut found: Vec<(Range<usize>, &'static CareTerm)> = Vec::new();
    let lower = text.to_ascii_lowercase();
    // Most texts hold none of the terms: skim the words once, and search only
    // for phrases whose first word is actually there.
    let present = first_words_present(&lower);
    if present.is_empty() {
        return found;
    }
    let runs = first_runs_by_term();
    for (term, (phrase_runs, unless_runs)) in CARE_TERMS.iter().zip(runs) {
        let mut first = None;
        let candidates = term
            .phrases
            .iter()
            .zip(phrase_runs)
            .filter(|(_, run)| present.contains(&run.as_str()));
        for (phrase, _) in candidates {
            for range in find_phrase_in(text, &lower, phrase) {
                let overlaps = |r: &Range<usize>| r.start < range.end && range.start < r.end;
                if found.iter().any(|(r, _)| overlaps(r)) {
                    continue;
                }
                let excused = term
                    .unless
                    .iter()
                    .zip(unless_runs)
                    .filter(|(_, run)| present.contains(&run.as_str()))
                    .any(|(unless, _)| {
                        find_phrase_in(text, &lower, unless)
                            .iter()
                            .any(|u| u.start <= range.start && range.end <= u.end)
                    });
                if excused || !followed_by(text, range.end, term.before) {
                    continue;
                }
                if first
                    .as_ref()
                    .is_none_or(|f: &Range<usize>| range.start < f.start)
                {
                    first = Some(range);
                }
            }
        }
        if let Some(range) = first {
            found.push((range, term));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// The first run of letters and digits in a phrase ("looked" in
/// "looked-after child"). A phrase can only occur in a text where this run
/// occurs there as a whole run, so it makes an exact first test.
fn first_run(phrase: &str) -> &str {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or(phrase)
}

/// Each care term's phrases' and exceptions' first runs, lower-cased, in
/// table order: worked out once.
#[allow(clippy::type_complexity)]
fn first_runs_by_term() -> &'static [(Vec<String>, Vec<String>)] {
    static RUNS: std::sync::OnceLock<Vec<(Vec<String>, Vec<String>)>> = std::sync::OnceLock::new();
    RUNS.get_or_init(|| {
        let lower = |phrases: &[&str]| {
            phrases
                .iter()
                .map(|p| first_run(p).to_ascii_lowercase())
                .collect()
        };
        CARE_TERMS
            .iter()
            .map(|t| (lower(t.phrases), lower(t.unless)))
            .collect()
    })
}

/// The runs of letters and digits in `lower` (a lower-cased text) that begin
/// some care term's phrase or exception.
fn first_words_present(lower: &str) -> Vec<&str> {
    static FIRST_RUNS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let first_runs = FIRST_RUNS.get_or_init(|| {
        first_runs_by_term()
            .iter()
            .flat_map(|(phrases, unless)| phrases.iter().chain(unless))
            .map(String::as_str)
            .collect()
    });
    let mut present: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|run| !run.is_empty() && first_runs.contains(*run))
        .collect();
    present.sort_unstable();
    present.dedup();
    present
}

/// Whether the word after `end` (after an optional possessive) is one of
/// `words`; always true when `words` is empty.
fn followed_by(text: &str, end: usize, words: &[&str]) -> bool {
    if words.is_empty() {
        return true;
    }
    let mut next = crate::language::words(&text[end..]).map(|(_, w)| w.to_ascii_lowercase());
    let Some(mut word) = next.next() else {
        return false;
    };
    if matches!(word.as_str(), "his" | "her" | "their" | "your" | "my") {
        let Some(after) = next.next() else {
            return false;
        };
        word = after;
    }
    words.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "language-care-terms";

    fn terms(text: &str) -> Vec<(String, String)> {
        let json = serde_json::json!({
            "child": {"name": "Jamie Alex Morgan", "preferredName": "Jamie"},
            "targets": [{"actions": text}],
        });
        run_rule(ID, &json.to_string(), &Default::default(), TODAY)
            .into_iter()
            .map(|f| {
                (
                    f.params["term"].as_str().unwrap().to_owned(),
                    f.params["instead"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn fires_on_each_term_with_its_kinder_word() {
        for (text, term, instead) in [
            (
                "Your placement is settled.",
                "placement",
                "home, or where you live",
            ),
            (
                "Family contact on Saturdays.",
                "Family contact",
                "family time",
            ),
            (
                "Contact with her mum weekly.",
                "Contact with",
                "family time with",
            ),
            ("As a LAC pupil you get tuition.", "LAC", "Jamie"),
            ("Support for CLA in Year 9.", "CLA", "Jamie"),
            (
                "Every looked-after child gets a tutor.",
                "looked-after child",
                "Jamie",
            ),
            ("He absconded twice.", "absconded", "went missing"),
            (
                "Challenging behaviour in maths.",
                "Challenging behaviour",
                "finding things hard",
            ),
            ("Respite at weekends.", "Respite", "short break"),
            ("This is in your care plan.", "care plan", "my plan"),
            (
                "Birth parents will attend.",
                "Birth parents",
                "mum, dad or family",
            ),
            ("Your PEP is next term.", "PEP", "My Education Review"),
            (
                "It is a statutory review.",
                "statutory",
                "the law says, or must",
            ),
            (
                "Maths intervention on Fridays.",
                "intervention",
                "extra help",
            ),
            (
                "Your residential unit is near school.",
                "residential unit",
                "home",
            ),
            (
                "Your foster placement is going well.",
                "foster placement",
                "foster home",
            ),
            (
                "After the placement breakdown you moved.",
                "placement breakdown",
                "moving home",
            ),
            (
                "Support as an unaccompanied asylum seeking child.",
                "unaccompanied asylum seeking child",
                "Jamie",
            ),
            ("After the disclosure we met.", "disclosure", "told us"),
            (
                "A known absconder.",
                "absconder",
                "say what happened: they went missing",
            ),
            (
                "Attachment disorder noted.",
                "Attachment disorder",
                "what is hard for you and what helps",
            ),
            (
                "Non-compliant in lessons.",
                "Non-compliant",
                "did not agree",
            ),
            ("You refused to go to PE.", "refused", "did not want to"),
            (
                "Can be manipulative.",
                "manipulative",
                "trying to get what you need",
            ),
            (
                "Attention-seeking in class.",
                "Attention-seeking",
                "needing connection",
            ),
            (
                "Your kinship placement with your aunt.",
                "kinship placement",
                "living with family",
            ),
            (
                "Time in a secure unit.",
                "secure unit",
                "secure children's home",
            ),
            (
                "The LADO was told.",
                "LADO",
                "the person who looks into worries about adults who work with children (LADO)",
            ),
            (
                "Your IRO will visit.",
                "IRO",
                "independent reviewing officer: the person who checks your plan is right for you",
            ),
            ("You get SEN support.", "SEN", "extra help with learning"),
            (
                "Your EHCP review is in May.",
                "EHCP",
                "your plan for extra help with learning",
            ),
            (
                "See the SENCO weekly.",
                "SENCO",
                "the teacher who helps with extra needs",
            ),
            (
                "Time with your siblings.",
                "siblings",
                "brothers and sisters",
            ),
            (
                "The local authority pays.",
                "local authority",
                "the council",
            ),
            (
                "You are NEET this term.",
                "NEET",
                "not in school, college, work or training right now",
            ),
            ("Respite care in May.", "Respite care", "short break"),
            (
                "The LAC review is on Monday.",
                "LAC review",
                "my review meeting",
            ),
        ] {
            assert_eq!(
                terms(text),
                [(term.to_owned(), instead.to_owned())],
                "{text}"
            );
        }
    }

    #[test]
    fn quiet_on_everyday_uses_and_kind_words() {
        for text in [
            "Jamie, you are finding Psychology challenging, so we have arranged extra sessions.",
            "Your work placement at the garage starts in June.",
            "Contact the college by Friday; Kerry will contact the university.",
            "Family time with your mum on Saturdays.",
            "Your home with Claire and Martin.",
            "Lacrosse club on Tuesdays; lack of sleep.",
            "You will replace your laptop charger.",
        ] {
            assert_eq!(terms(text), [], "{text}");
        }
    }

    #[test]
    fn a_work_placement_anywhere_excuses_placement_everywhere() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Find a work placement","successMeasure":"Placement confirmed"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"targets":[{"outcome":"Find a job","successMeasure":"Placement confirmed"}]}"#,
            &["/targets/0/successMeasure"],
        );
    }

    #[test]
    fn reports_each_term_once_per_field_at_its_path() {
        check(
            ID,
            r#"{"targets":[{"outcome":"Placement, placement, contact visits"}],
                "attainment":{"subjects":[{"spring":{"intervention":"Tuition (an intervention)"}}]},
                "views":{"findingHard":"My placement and my PEP"}}"#,
            &[
                "/attainment/subjects/0/spring/intervention",
                "/targets/0/outcome",
                "/targets/0/outcome",
            ],
        );
    }

    #[test]
    fn pep_uses_the_councils_title_and_the_message_says_both() {
        let mut config = crate::Config::default();
        config.terminology.young_person_title = "Education Review".into();
        let findings = run_rule(
            ID,
            r#"{"targets":[{"outcome":"At your PEP"}]}"#,
            &config,
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "\"PEP\" is care-system language: write \"Education Review\" instead (TACT, Language that cares)"
        );
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].young_person_message.is_none());
    }
}
