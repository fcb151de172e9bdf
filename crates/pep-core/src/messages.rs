//! The message catalogue: every sentence a person reads, keyed by message key
//! and language, so a council's wording or Welsh can be added without touching
//! rule code.
//!
//! A rule's main message has the rule's ID as its key; a rule that can say
//! several things uses `rule-id.variant`. A key ending in `.yp` is the same
//! point written to the young person. Templates fill `{name}` placeholders from
//! the finding's params, plus `{pep}` from the council's terminology.

use crate::Config;

/// Every en-GB message, `(key, template)`: each family of rules keeps its own
/// table beside its rules; wording for the widgets sits here under `ui-` and
/// `yp-` keys as it arrives.
pub fn en_gb() -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::rules::EN_GB
        .iter()
        .chain([&crate::young_person::EN_GB])
        .flat_map(|table| table.iter().copied())
}

/// Catalogues other than en-GB, by language tag. Welsh (`cy-GB`) is added
/// here when its translations arrive; any missing key falls back to en-GB.
pub const CATALOGUES: &[(&str, &[(&str, &str)])] = &[];

/// Looks up a template: the council's own wording first, then the language's
/// catalogue, then en-GB.
pub fn template<'a>(config: &'a Config, key: &str) -> Option<&'a str> {
    if let Some(own) = config.messages.get(key) {
        return Some(own.as_str());
    }
    let own_language = CATALOGUES
        .iter()
        .find(|(lang, _)| lang.eq_ignore_ascii_case(&config.lang))
        .and_then(|(_, catalogue)| catalogue.iter().find(|(k, _)| *k == key));
    own_language
        .map(|(_, t)| *t)
        .or_else(|| en_gb_index().get(key).copied())
}

/// The en-GB catalogue by key, built once: every finding looks up one or two
/// keys, and a linear walk of a few hundred keys per finding showed up in the
/// benchmark.
fn en_gb_index() -> &'static std::collections::HashMap<&'static str, &'static str> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| en_gb().collect())
}

/// Fills a template's `{name}` placeholders. Unknown placeholders are left as
/// they are, so a missing parameter shows rather than vanishing.
///
/// ```
/// let text = pep_core::messages::fill("Target {number} needs {what}", &[("number", "2".into())]);
/// assert_eq!(text, "Target 2 needs {what}");
/// ```
pub fn fill(template: &str, params: &[(&str, String)]) -> String {
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => text.push_str(value),
                    None => {
                        text.push('{');
                        text.push_str(name);
                        text.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                text.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    text.push_str(rest);
    text
}

/// The message for `key` in the configured language with its placeholders
/// filled; the key itself when no catalogue has it. In what the young person
/// reads (`.yp` and `yp-` keys), `{pep}` is the plan's name for them
/// ("Education Review", from `terminology.youngPersonTitle`), not the
/// professionals' "PEP".
pub fn message(config: &Config, key: &str, params: &[(&str, String)]) -> String {
    let mut all: Vec<(&str, String)> = params.to_vec();
    let pep = if key.ends_with(".yp") || key.starts_with("yp-") {
        crate::young_person::review_name(config)
    } else {
        config.terminology.pep.clone()
    };
    all.push(("pep", pep));
    all.push(("child", config.terminology.child.clone()));
    fill(template(config, key).unwrap_or(key), &all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(template: &str, expected: &str) {
        let params = [("number", "3".to_owned()), ("name", "Jamie".to_owned())];
        assert_eq!(fill(template, &params), expected, "for {template:?}");
    }

    #[test]
    fn fills_placeholders() {
        check("Target {number}", "Target 3");
        check("{name} and {number}", "Jamie and 3");
        check("no placeholders", "no placeholders");
        check("{missing} stays", "{missing} stays");
        check("unclosed {brace", "unclosed {brace");
        check("", "");
    }

    #[test]
    fn council_wording_wins_and_terminology_fills_in() {
        let mut config = Config::default();
        config.messages.insert(
            "smart-target-who-leads".into(),
            "Who owns target {number} of this {pep}?".into(),
        );
        config.terminology.pep = "Education Review".into();
        assert_eq!(
            message(&config, "smart-target-who-leads", &[("number", "1".into())]),
            "Who owns target 1 of this Education Review?"
        );
    }

    #[test]
    fn the_young_person_reads_their_own_name_for_the_plan() {
        let config = Config::default();
        assert_eq!(
            message(&config, "next-pep-date-present.yp", &[]),
            "We need to set a date for your next Education Review"
        );
        assert!(message(&config, "next-pep-date-present", &[]).contains("PEP"));
    }

    #[test]
    fn every_key_is_unique() {
        let mut keys: Vec<_> = en_gb().map(|(k, _)| k).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len(), "duplicate message keys");
    }
}
