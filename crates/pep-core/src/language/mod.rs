//! Plain language for text a young person reads: a reading grade, the words
//! and sentences it counts, and the care-system terms with kinder words
//! ([`terms::CARE_TERMS`]).
//!
//! The `language-*` rules use these on the professionals' text a young
//! person is shown; a widget can use [`reading_grade`] to show a grade as
//! someone types. Nothing here uses regex (see DESIGN.md): text is scanned
//! by hand, a character at a time.

pub mod terms;

use std::ops::Range;

/// Counts in a piece of text, from which [`TextStats::grade`] is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextStats {
    /// Words: runs of letters and digits (with apostrophes and hyphens inside).
    pub words: usize,
    /// Sentences: ended by `.`, `!` or `?` before a space, by `;` or by a
    /// line break.
    pub sentences: usize,
    /// Syllables, by [`syllables`]' rule of thumb.
    pub syllables: usize,
}

impl TextStats {
    /// Counts the words, sentences and syllables of `text`.
    ///
    /// ```
    /// let stats = pep_core::language::TextStats::of("You did it. Well done, Jamie!");
    /// assert_eq!((stats.words, stats.sentences, stats.syllables), (6, 2, 7));
    /// ```
    pub fn of(text: &str) -> TextStats {
        let mut stats = TextStats::default();
        for sentence in sentences(text) {
            let mut any = false;
            for (_, word) in words(sentence) {
                any = true;
                stats.words += 1;
                stats.syllables += syllables(word);
            }
            if any {
                stats.sentences += 1;
            }
        }
        stats
    }

    /// The Flesch-Kincaid grade level: `0.39 × words per sentence + 11.8 ×
    /// syllables per word − 15.59`, never below 0. Grade 5 is what a
    /// 10-year-old in Year 6 reads comfortably; each grade is a school year.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        let grade = 0.39 * words / self.sentences.max(1) as f64
            + 11.8 * self.syllables as f64 / words
            - 15.59;
        grade.max(0.0)
    }
}

/// The reading grade of `text` (Flesch-Kincaid, see [`TextStats::grade`]):
/// about the US school grade, or the English school year minus one, of a
/// reader who can read it easily. Longer sentences and longer words raise it.
/// The formula is rough on a text of a few words; the rules only grade texts
/// of 20 words or more.
///
/// ```
/// use pep_core::language::reading_grade;
/// let plain = "You are on track in maths. Keep going to your Tuesday club.";
/// let dense = "Educational outcomes are anticipated to improve following \
///              implementation of differentiated pedagogical interventions.";
/// assert!(reading_grade(plain) < 4.0);
/// assert!(reading_grade(dense) > 18.0);
/// assert_eq!(reading_grade(""), 0.0);
/// ```
pub fn reading_grade(text: &str) -> f64 {
    TextStats::of(text).grade()
}

/// The syllables in one word, by a rule of thumb good enough for a reading
/// grade: groups of vowels, less a silent final `e`, a silent `-es` or
/// `-ed`; at least one. A number counts as one.
///
/// ```
/// use pep_core::language::syllables;
/// assert_eq!(syllables("you"), 1);
/// assert_eq!(syllables("teacher"), 2);
/// assert_eq!(syllables("arranged"), 2);
/// assert_eq!(syllables("Psychology"), 4);
/// assert_eq!(syllables("2027"), 1);
/// ```
pub fn syllables(word: &str) -> usize {
    let letters: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if letters.len() <= 3 {
        return 1;
    }
    let vowel = |i: usize| match letters[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => true,
        b'y' => i > 0,
        _ => false,
    };
    let mut count = 0usize;
    let mut last_group_len = 0usize;
    for i in 0..letters.len() {
        if vowel(i) {
            if i == 0 || !vowel(i - 1) {
                count += 1;
                last_group_len = 0;
            }
            last_group_len += 1;
        }
    }
    let n = letters.len();
    let ends = |s: &str| letters.ends_with(s.as_bytes());
    let consonant_at = |i: usize| !vowel(i);
    if ends("e") && last_group_len == 1 && !(ends("le") && consonant_at(n - 3)) {
        count -= 1;
    } else if ends("es") && last_group_len == 1 && consonant_at(n - 3) {
        let before = letters[n - 3];
        let sibilant = matches!(before, b's' | b'x' | b'z' | b'c' | b'g')
            || ends("ches")
            || ends("shes")
            || (before == b'l' && consonant_at(n - 4));
        if !sibilant {
            count -= 1;
        }
    } else if ends("ed") && last_group_len == 1 && !matches!(letters[n - 3], b't' | b'd') {
        count -= 1;
    }
    count.max(1)
}

/// The words of `text` with their byte offsets: runs of letters and digits,
/// joined by an apostrophe or hyphen between two of them ("you've",
/// "hard-working"), or by `.`, `,` or `:` between two digits ("7.5", "3:30").
///
/// ```
/// let words: Vec<_> = pep_core::language::words("You've done well (really)!").collect();
/// assert_eq!(words, [(0, "You've"), (7, "done"), (12, "well"), (18, "really")]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
            } else if matches!(c, '\'' | '’' | '-' | '.' | ',' | ':') {
                let next = text[i + c.len_utf8()..].chars().next();
                let joins = if matches!(c, '.' | ',' | ':') {
                    // "7.5", "1,000", "3:30": only between digits.
                    text[..i].ends_with(|p: char| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit())
                } else {
                    next.is_some_and(char::is_alphanumeric)
                };
                if joins {
                    chars.next();
                } else {
                    end = i;
                    break;
                }
            } else {
                end = i;
                break;
            }
        }
        Some((start, &text[start..end]))
    })
}

/// The sentences of `text`: pieces ended by `.`, `!` or `?` before a space or
/// the end (not after "e.g" or "i.e"), by a line break, or by `;`: PEPs are
/// full of lists ("tuition on Tuesdays; a revision guide"), and each item is
/// read as one sentence.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut done = false;
    let bytes = text.as_bytes();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            let ends = match b {
                b'\n' | b';' => true,
                b'.' | b'!' | b'?' => {
                    let next = bytes.get(i + 1).copied();
                    let at_break = next.is_none_or(|n| n.is_ascii_whitespace());
                    let before = text[..i].to_ascii_lowercase();
                    at_break && !before.ends_with("e.g") && !before.ends_with("i.e")
                }
                _ => false,
            };
            if ends {
                let piece = &text[start..=i];
                start = i + 1;
                return Some(piece);
            }
            i += 1;
        }
        done = true;
        Some(&text[start..])
    })
}

/// Where `phrase` occurs in `text` as whole words: not inside a longer word.
/// A phrase with a capital letter (an acronym like "LAC") matches only as
/// written; others match in any case.
#[cfg(test)]
pub(crate) fn find_phrase(text: &str, phrase: &str) -> Vec<Range<usize>> {
    find_phrase_in(text, &text.to_ascii_lowercase(), phrase)
}

/// [`find_phrase`] for a caller that searches one text for many phrases:
/// `lower` is `text.to_ascii_lowercase()`, made once (it has the same byte
/// offsets). Lowering a copy of the text for every phrase made these rules
/// the slowest part of `validate` by far.
pub(crate) fn find_phrase_in(text: &str, lower: &str, phrase: &str) -> Vec<Range<usize>> {
    // A phrase with capitals ("LAC") matches exactly; one without matches
    // any case, and is its own lower-case form.
    let exact = phrase.bytes().any(|b| b.is_ascii_uppercase());
    let hay = if exact { text } else { lower };
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = hay[from..].find(phrase) {
        let start = from + at;
        let end = start + phrase.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !word_char(before) && !word_char(after) {
            found.push(start..end);
        }
        from = start + phrase.len().max(1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_by_rule_of_thumb() {
        for (word, expected) in [
            ("a", 1),
            ("the", 1),
            ("make", 1),
            ("makes", 1),
            ("table", 2),
            ("tables", 2),
            ("boxes", 2),
            ("changes", 2),
            ("wanted", 2),
            ("shared", 1),
            ("agree", 2),
            ("sessions", 2),
            ("university", 5),
            ("additional", 4),
            ("year", 1),
            ("KS4", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn sentences_and_words() {
        let stats = TextStats::of("One. Two three!\nFour, e.g. five? 7.5; six");
        assert_eq!(stats.sentences, 5);
        assert_eq!(stats.words, 9);
        assert_eq!(TextStats::of("  ").sentences, 0);
        assert_eq!(TextStats::of("No full stop").sentences, 1);
    }

    #[test]
    fn grades_plain_and_dense_text() {
        for (text, low, high) in [
            ("Well done!", 0.0, 1.0),
            ("You are on track. Keep going.", 0.0, 3.0),
            (
                "Jamie, you are only just working within a B and so you are not on track \
                 to achieve an A at the end of the year at the moment.",
                8.0,
                14.0,
            ),
            (
                "Comprehensive multi-agency collaboration will facilitate the \
                 implementation of individualised therapeutic interventions.",
                18.0,
                40.0,
            ),
        ] {
            let grade = reading_grade(text);
            assert!((low..=high).contains(&grade), "{grade} for {text}");
        }
    }

    #[test]
    fn phrases_match_whole_words() {
        let starts = |text: &str, phrase: &str| -> Vec<usize> {
            find_phrase(text, phrase).iter().map(|r| r.start).collect()
        };
        assert_eq!(starts("Placement: home.", "placement"), [0]);
        assert_eq!(starts("replacement", "placement"), [0; 0]);
        assert_eq!(starts("the LAC review", "LAC"), [4]);
        assert_eq!(starts("lack of sleep", "LAC"), [0; 0]);
        assert_eq!(starts("a lac", "LAC"), [0; 0]);
        assert_eq!(starts("PEP's PEP", "PEP"), [0, 6]);
    }
}
