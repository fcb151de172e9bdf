//! Rule `field-limits`: every field keeps to its limits: text no longer than
//! its field allows, attendance from 0 to 100, year groups in range for the
//! kind of PEP, funded hours up to 30, a name wherever a person (carer,
//! contact, attendee) is given, and email addresses and UPNs in their usual
//! shape. The limits live on the model's types (`#[validate(...)]`), so the
//! JSON Schema states the same limits.
//!
//! Source: the PEP model (DOMAIN.md, "Data"); DfE UPN format (a check letter
//! then 12 digits); seed 004 ("attendance", key contacts).
//!
//! This file is a family of one rule: it has its own `RULES` and `EN_GB`.

use super::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage, model};

/// See the module documentation.
pub(crate) struct FieldLimits;

static INFO: RuleInfo = RuleInfo {
    id: "field-limits",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "Every field keeps to its limits: length, number range, a name for each person, email and UPN shape.",
    why: "A value outside its limits is a typing slip or a vendor mapping error; either way it cannot be relied on.",
    source: "pepkit PEP model and JSON Schema; DfE UPN format; seed 004",
};

/// This family's rules.
pub(super) static RULES: &[&dyn Rule] = &[&FieldLimits];

/// This family's en-GB messages: `(key, template)`.
pub(crate) const EN_GB: &[(&str, &str)] = &[
    (
        "field-limits",
        "This is too long: use {max} characters or fewer (it has {actual})",
    ),
    (
        "field-limits.yp",
        "This is too long. Please use {max} letters or fewer.",
    ),
    ("field-limits.range", "Enter a number from {min} to {max}"),
    ("field-limits.required", "Enter a name"),
    (
        "field-limits.email",
        "Enter an email address like name@example.org",
    ),
    (
        "field-limits.upn",
        "Enter a UPN: a letter then 12 digits, like A123456789012",
    ),
];

impl Rule for FieldLimits {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        for problem in model::field_limits(cx.pep) {
            let params: Vec<(&str, String)> = problem
                .params
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            match problem.code.as_str() {
                // A `length` problem with only a minimum is an empty name.
                "length"
                    if params.iter().any(|(k, _)| *k == "max")
                        && params.iter().any(|(k, _)| *k == "actual") =>
                {
                    let too_long = params
                        .iter()
                        .find(|(k, _)| *k == "max")
                        .zip(params.iter().find(|(k, _)| *k == "actual"))
                        .is_some_and(|((_, max), (_, actual))| {
                            actual.parse::<usize>().unwrap_or(0)
                                > max.parse::<usize>().unwrap_or(usize::MAX)
                        });
                    if too_long {
                        out.push(problem.pointer, &params);
                    } else {
                        out.push_variant("required", problem.pointer, &params);
                    }
                }
                "length" | "required" => out.push_variant("required", problem.pointer, &params),
                "range" => out.push_variant("range", problem.pointer, &params),
                "email" => out.push_variant("email", problem.pointer, &params),
                _ => out.push_variant("upn", problem.pointer, &params),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "field-limits";

    #[test]
    fn fires_when_a_field_breaks_its_limit() {
        check(
            ID,
            r#"{"meeting":{"attendancePercent":101}}"#,
            &["/meeting/attendancePercent"],
        );
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":13}}"#,
            &["/schoolAge/yearGroup"],
        );
        check(ID, r#"{"post16":{"yearGroup":9}}"#, &["/post16/yearGroup"]);
        check(
            ID,
            r#"{"earlyYears":{"fundedHours":40}}"#,
            &["/earlyYears/fundedHours"],
        );
        check(
            ID,
            r#"{"care":{"carers":[{"relationship":"Aunt"}]}}"#,
            &["/care/carers/0/name"],
        );
        check(
            ID,
            r#"{"keyContacts":[{"name":""}]}"#,
            &["/keyContacts/0/name"],
        );
        check(
            ID,
            r#"{"keyContacts":[{"name":"Ann","email":"ann at example"}]}"#,
            &["/keyContacts/0/email"],
        );
        check(ID, r#"{"child":{"upn":"12345"}}"#, &["/child/upn"]);
        check(
            ID,
            r#"{"targets":[{"cost":-1},{"deadline":"2027-01-29"},{"cost":200000}]}"#,
            &["/targets/0/cost", "/targets/2/cost"],
        );
    }

    #[test]
    fn quiet_when_fields_are_within_limits() {
        check(ID, r#"{}"#, &[]);
        check(
            ID,
            r#"{"meeting":{"attendancePercent":0,"attendees":[{"name":"Ann"}]}}"#,
            &[],
        );
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":0},"child":{"upn":"A123456789012"}}"#,
            &[],
        );
        check(ID, r#"{"targets":[{"lead":{"role":"Tutor"}}]}"#, &[]);
    }

    #[test]
    fn messages_say_what_to_do() {
        let long = "x".repeat(2001);
        let json = format!(
            r#"{{"targets":[{{"outcome":"{long}"}}],"meeting":{{"attendancePercent":120,"attendees":[{{}}]}},"child":{{"upn":"X"}}}}"#
        );
        let messages: Vec<_> = run_rule(ID, &json, &Default::default(), TODAY)
            .into_iter()
            .map(|f| (f.path, f.message))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "/child/upn".to_owned(),
                    "Enter a UPN: a letter then 12 digits, like A123456789012".to_owned()
                ),
                (
                    "/meeting/attendancePercent".to_owned(),
                    "Enter a number from 0 to 100".to_owned()
                ),
                (
                    "/meeting/attendees/0/name".to_owned(),
                    "Enter a name".to_owned()
                ),
                (
                    "/targets/0/outcome".to_owned(),
                    "This is too long: use 2000 characters or fewer (it has 2001)".to_owned()
                ),
            ]
        );
    }
}
