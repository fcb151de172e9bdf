//! The message catalogue: every sentence a person reads, keyed by rule ID and
//! language, so a council's wording or Welsh can be added without touching
//! rule code.

/// Parameters a message may refer to, as `{name}` placeholders.
pub type Params<'a> = &'a [(&'a str, String)];

/// The en-GB catalogue: `(rule ID, template)`.
const EN_GB: &[(&str, &str)] = &[(
    "smart-target-who-leads",
    "Target {number} needs the name of the person who leads it",
)];

/// Looks up the message for `rule` in `lang` and fills in its placeholders.
/// Unknown languages fall back to en-GB.
///
/// ```
/// let text = pep_core::messages::message("smart-target-who-leads", "en-GB", &[("number", "2".into())]);
/// assert_eq!(text, "Target 2 needs the name of the person who leads it");
/// ```
pub fn message(rule: &str, _lang: &str, params: Params<'_>) -> String {
    let template = EN_GB
        .iter()
        .find(|(id, _)| *id == rule)
        .map(|(_, t)| *t)
        .unwrap_or(rule);
    let mut text = template.to_owned();
    for (name, value) in params {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}
