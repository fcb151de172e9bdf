//! `pep gen-caseload N DIR`: realistic synthetic PEPs for demos and
//! benchmarks.
//!
//! Each PEP starts from one of the twelve fixtures in `tests/fixtures` (all
//! three kinds; good, with gaps, initial and returned), then gets a made-up
//! child and school (whole words replaced everywhere they appear, so the text
//! written to the young person uses the new name), every date moved by the
//! same number of days (so the dates keep their order but fall overdue, due
//! soon or on track against a fixed "today"), and sometimes a gap: no next
//! PEP date, no views, a target with no lead, or the sign-offs undone. PEP
//! `i` depends only on the seed and `i`, so the same seed always writes the
//! same files, whatever the number of threads. Files go 1,000 to a folder
//! (`000/pep-000001.json`), so an audit also walks subfolders.

use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use crate::error::{Error, Result};

/// The seed used unless `--seed` says otherwise.
pub const DEFAULT_SEED: u64 = 2026;

/// How many PEPs go in one folder.
pub const PER_FOLDER: usize = 1000;

/// The fixtures the PEPs are built from.
const TEMPLATES: [&str; 12] = [
    include_str!("../../../tests/fixtures/early-years-gaps.json"),
    include_str!("../../../tests/fixtures/early-years-good.json"),
    include_str!("../../../tests/fixtures/early-years-initial.json"),
    include_str!("../../../tests/fixtures/early-years-returned.json"),
    include_str!("../../../tests/fixtures/post-16-gaps.json"),
    include_str!("../../../tests/fixtures/post-16-good.json"),
    include_str!("../../../tests/fixtures/post-16-initial.json"),
    include_str!("../../../tests/fixtures/post-16-returned.json"),
    include_str!("../../../tests/fixtures/school-age-gaps.json"),
    include_str!("../../../tests/fixtures/school-age-good.json"),
    include_str!("../../../tests/fixtures/school-age-initial.json"),
    include_str!("../../../tests/fixtures/school-age-returned.json"),
];

const FIRST_NAMES: &[&str] = &[
    "Aaliyah", "Alfie", "Amara", "Archie", "Ava", "Bethany", "Caleb", "Chanelle", "Darius", "Eden",
    "Elijah", "Ellie", "Evie", "Farah", "Finley", "Freya", "George", "Hannah", "Harvey", "Ibrahim",
    "Imogen", "Jacob", "Jade", "Jayden", "Keira", "Kian", "Layla", "Leon", "Lily", "Logan",
    "Maisie", "Mason", "Mia", "Mohammed", "Nadia", "Nathan", "Niamh", "Oscar", "Phoebe", "Reece",
    "Riley", "Rosie", "Sami", "Scarlett", "Shay", "Summer", "Theo", "Tia", "Tyrese", "Zara",
];

const MIDDLE_NAMES: &[&str] = &[
    "Ann", "Jay", "Louise", "Lee", "Marie", "James", "Rose", "John", "May", "Kai",
];

const SURNAMES: &[&str] = &[
    "Adeyemi", "Ahmed", "Baker", "Bennett", "Brown", "Campbell", "Clarke", "Davies", "Dawson",
    "Edwards", "Evans", "Fletcher", "Foster", "Green", "Hall", "Harris", "Hussain", "Jackson",
    "Jones", "Kaur", "Khan", "Kowalski", "Lewis", "Mahmood", "Marsh", "Mensah", "Mitchell",
    "Nowak", "Obi", "Owen", "Parker", "Price", "Roberts", "Robinson", "Shaw", "Singh", "Taylor",
    "Thompson", "Turner", "Walker", "Ward", "Watson", "White", "Williams", "Wright", "Young",
];

/// Invented places: school names are `{place} {type}`.
const PLACES: &[&str] = &[
    "Ashcombe",
    "Beckfield",
    "Birchwood",
    "Brackenhill",
    "Castlegate",
    "Cherry Tree",
    "Coldharbour",
    "Eastmoor",
    "Fernlea",
    "Greystone",
    "Hawthorn",
    "Highfield",
    "Kingsmead",
    "Larkrise",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Ravensworth",
    "Riverside",
    "Stonebridge",
];

const EARLY_YEARS_SETTINGS: &[&str] = &["Day Nursery", "Pre-school", "Nursery School"];
const SCHOOLS: &[&str] = &[
    "Primary School",
    "Academy",
    "High School",
    "Church of England Primary School",
];
const POST_16: &[&str] = &["College", "Sixth Form College", "Training Ltd"];

/// The fixtures the PEPs are built from, read.
pub fn templates() -> Vec<Value> {
    TEMPLATES
        .iter()
        .map(|t| serde_json::from_str(t).expect("the fixtures are JSON (tested)"))
        .collect()
}

/// `n` synthetic PEPs for `seed` in one list, each with an `id`
/// (`pep-000001`): the demo's caseload for `<pep-caseload>`.
pub fn caseload(n: usize, seed: u64) -> Vec<Value> {
    let templates = templates();
    (0..n)
        .map(|i| {
            let mut pep = synthetic_pep(&templates, seed, i);
            if let Some(object) = pep.as_object_mut() {
                object.insert("id".into(), format!("pep-{:06}", i + 1).into());
            }
            pep
        })
        .collect()
}

/// Writes `n` synthetic PEPs under `dir` for `seed`.
pub fn write_caseload(n: usize, dir: &Path, seed: u64) -> Result<()> {
    let templates = templates();
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let folders = n.div_ceil(PER_FOLDER);
    (0..folders).into_par_iter().try_for_each(|folder| {
        let sub = dir.join(format!("{folder:03}"));
        std::fs::create_dir_all(&sub).map_err(|e| Error::write(&sub, e))?;
        let start = folder * PER_FOLDER;
        for i in start..n.min(start + PER_FOLDER) {
            let pep = synthetic_pep(&templates, seed, i);
            let path = sub.join(format!("pep-{:06}.json", i + 1));
            let text = serde_json::to_vec(&pep).expect("a JSON value always serializes");
            std::fs::write(&path, text).map_err(|e| Error::write(&path, e))?;
        }
        Ok(())
    })
}

/// PEP number `i` (from 0) of the caseload for `seed`.
pub fn synthetic_pep(templates: &[Value], seed: u64, i: usize) -> Value {
    let mut rng =
        fastrand::Rng::with_seed(seed ^ (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut pep = templates[rng.usize(..templates.len())].clone();
    let pick = |rng: &mut fastrand::Rng, list: &[&'static str]| list[rng.usize(..list.len())];

    // Who: the template's names, word for word, and their replacements.
    let child = &pep["child"];
    let full = child["name"].as_str().unwrap_or("").to_owned();
    let preferred = child["preferredName"].as_str().map(str::to_owned);
    let words: Vec<&str> = full.split_whitespace().collect();
    let (first, middle, last) = (
        pick(&mut rng, FIRST_NAMES),
        pick(&mut rng, MIDDLE_NAMES),
        pick(&mut rng, SURNAMES),
    );
    let mut names: Vec<(String, String)> = Vec::new();
    if let [given, rest @ ..] = words.as_slice() {
        names.push(((*given).to_owned(), first.to_owned()));
        if let [mid @ .., surname] = rest {
            names.push(((*surname).to_owned(), last.to_owned()));
            for m in mid {
                names.push(((*m).to_owned(), middle.to_owned()));
            }
        }
    }
    if let Some(p) = preferred.filter(|p| words.first() != Some(&p.as_str())) {
        names.push((p, first.to_owned()));
    }

    // Where: a school of the right kind.
    let kind_types = match pep["kind"].as_str() {
        Some("early-years") => EARLY_YEARS_SETTINGS,
        Some("post-16") => POST_16,
        _ => SCHOOLS,
    };
    let school = format!("{} {}", pick(&mut rng, PLACES), pick(&mut rng, kind_types));
    let old_school = pep["setting"]["name"].as_str().map(str::to_owned);

    // When: every date moved by the same number of days.
    let shift = jiff::Span::new().days(rng.i64(-110..=45));
    rewrite_strings(&mut pep, &mut |s: &mut String| {
        if let Some(date) = as_date(s) {
            if let Ok(moved) = date.checked_add(shift) {
                *s = moved.to_string();
            }
            return;
        }
        if let Some(old) = &old_school
            && s.contains(old.as_str())
        {
            *s = s.replace(old.as_str(), &school);
        }
        for (old, new) in &names {
            replace_word(s, old, new);
        }
    });

    // Gaps, as a real caseload has them.
    let Some(obj) = pep.as_object_mut() else {
        return pep;
    };
    if rng.u8(..100) < 12 {
        obj.remove("nextPepDate");
    }
    if rng.u8(..100) < 10 {
        obj.remove("views");
    }
    if rng.u8(..100) < 10
        && let Some(target) = obj
            .get_mut("targets")
            .and_then(|t| t.get_mut(0))
            .and_then(Value::as_object_mut)
    {
        target.remove("lead");
    }
    if rng.u8(..100) < 8 {
        obj.remove("signOffs");
        obj.insert("status".into(), Value::from("draft"));
        obj.remove("returnedReason");
    }
    pep
}

/// Calls `f` on every string value (not keys) in `value`.
fn rewrite_strings(value: &mut Value, f: &mut impl FnMut(&mut String)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_strings(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| rewrite_strings(v, f)),
        _ => {}
    }
}

/// `s` as a date, when it is exactly `YYYY-MM-DD`.
fn as_date(s: &str) -> Option<jiff::civil::Date> {
    let b = s.as_bytes();
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| s.parse().ok())
        .flatten()
}

/// Replaces `old` in `s` with `new` where it is a whole word.
fn replace_word(s: &mut String, old: &str, new: &str) {
    if old.is_empty() || !s.contains(old) {
        return;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    let mut prev: Option<char> = None;
    while let Some(at) = rest.find(old) {
        let before = rest[..at].chars().next_back().or(prev);
        let after = rest[at + old.len()..].chars().next();
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..at]);
        if is_word(before) || is_word(after) {
            out.push_str(old);
        } else {
            out.push_str(new);
        }
        prev = old.chars().next_back();
        rest = &rest[at + old.len()..];
    }
    out.push_str(rest);
    *s = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> Vec<Value> {
        TEMPLATES
            .iter()
            .map(|t| serde_json::from_str(t).unwrap())
            .collect()
    }

    #[test]
    fn every_generated_pep_parses_and_the_seed_fixes_them() {
        let templates = templates();
        for i in 0..300 {
            let pep = synthetic_pep(&templates, DEFAULT_SEED, i);
            let text = serde_json::to_string(&pep).unwrap();
            if let Err(e) = pep_core::parse(&text) {
                panic!("PEP {i} does not parse: {e}\n{text}");
            }
            assert_eq!(pep, synthetic_pep(&templates, DEFAULT_SEED, i));
        }
        assert_ne!(
            synthetic_pep(&templates, 1, 0),
            synthetic_pep(&templates, 2, 0)
        );
    }

    #[test]
    fn names_are_replaced_as_whole_words() {
        let check = |text: &str, expected: &str| {
            let mut s = text.to_owned();
            replace_word(&mut s, "Ty", "Mia");
            assert_eq!(s, expected);
        };
        check(
            "Ty, you are doing well. Type it, Ty.",
            "Mia, you are doing well. Type it, Mia.",
        );
        check("Tyler and Ty", "Tyler and Mia");
        check("TyTy", "TyTy");
    }
}
