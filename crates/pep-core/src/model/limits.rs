//! Field-level limits (text lengths, number ranges, names required where a
//! person is given, email and UPN shapes), checked with `validator` and turned
//! into JSON Pointers. The rule `field-limits` reports them as findings.
//!
//! No `validator` email, url or regex checks: they pull regex and Unicode
//! tables into the wasm. The two format checks here are written by hand.

use std::borrow::Cow;
use std::cmp::Ordering;

use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use super::Pep;

/// One field that breaks a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitProblem {
    /// JSON Pointer to the field (`/meeting/attendancePercent`).
    pub pointer: String,
    /// What kind of limit: `length`, `range`, `required`, `email` or `upn`.
    pub code: String,
    /// The limit's parameters as text (`min`, `max`, `actual`).
    pub params: Vec<(String, String)>,
}

/// Every field of `pep` that breaks a limit, sorted by pointer (array
/// indexes numerically) so the order is stable.
///
/// ```
/// let pep = pep_core::parse(r#"{"schemaVersion":"1","kind":"school-age","meeting":{"attendancePercent":120}}"#).unwrap();
/// let problems = pep_core::model::field_limits(&pep);
/// assert_eq!(problems[0].pointer, "/meeting/attendancePercent");
/// assert_eq!(problems[0].code, "range");
/// ```
pub fn field_limits(pep: &Pep) -> Vec<LimitProblem> {
    let mut out = Vec::new();
    if let Err(errors) = pep.validate() {
        walk(&errors, &mut String::new(), &mut out);
    }
    out.sort_by(|a, b| pointer_order(&a.pointer, &b.pointer));
    out
}

fn walk(errors: &ValidationErrors, prefix: &mut String, out: &mut Vec<LimitProblem>) {
    for (field, kind) in errors.errors() {
        let len = prefix.len();
        prefix.push('/');
        prefix.push_str(&camel_case(field));
        match kind {
            ValidationErrorsKind::Struct(inner) => walk(inner, prefix, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    let len = prefix.len();
                    prefix.push_str(&format!("/{i}"));
                    walk(inner, prefix, out);
                    prefix.truncate(len);
                }
            }
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    out.push(problem(prefix, error));
                }
            }
        }
        prefix.truncate(len);
    }
}

fn problem(pointer: &str, error: &ValidationError) -> LimitProblem {
    let mut params: Vec<(String, String)> = error
        .params
        .iter()
        .filter(|(k, _)| *k != "value")
        .map(|(k, v)| {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                // `100.0` reads better as `100`.
                serde_json::Value::Number(n) => match n.as_f64() {
                    Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
                    _ => n.to_string(),
                },
                other => other.to_string(),
            };
            (k.to_string(), text)
        })
        .collect();
    if error.code == "length"
        && let Some(serde_json::Value::String(s)) = error.params.get("value")
    {
        params.push(("actual".into(), s.chars().count().to_string()));
    }
    params.sort();
    LimitProblem {
        pointer: pointer.to_owned(),
        code: error.code.to_string(),
        params,
    }
}

/// `date_of_birth` -> `dateOfBirth`, as serde's `rename_all = "camelCase"` does.
fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Orders pointers by their steps, array indexes numerically.
fn pointer_order(a: &str, b: &str) -> Ordering {
    let mut x = a.split('/');
    let mut y = b.split('/');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let order = match (p.parse::<u64>(), q.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    _ => p.cmp(q),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

fn invalid(code: &'static str) -> ValidationError {
    ValidationError::new(code).with_message(Cow::Borrowed(code))
}

/// An email address in the plain shape `local@domain.tld`, no spaces.
pub(crate) fn check_email(email: &str) -> Result<(), ValidationError> {
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    };
    if ok { Ok(()) } else { Err(invalid("email")) }
}

/// A Unique Pupil Number (DfE): 13 characters, a check letter then 12 digits;
/// a temporary UPN has a letter as its 13th character.
pub(crate) fn check_upn(upn: &str) -> Result<(), ValidationError> {
    let b = upn.as_bytes();
    let ok = b.len() == 13
        && b[0].is_ascii_uppercase()
        && b[1..12].iter().all(u8::is_ascii_digit)
        && (b[12].is_ascii_digit() || b[12].is_ascii_uppercase());
    if ok { Ok(()) } else { Err(invalid("upn")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected: &[(&str, &str)]) {
        let pep: Pep = serde_json::from_str(json).unwrap();
        let got: Vec<_> = field_limits(&pep)
            .into_iter()
            .map(|p| (p.pointer, p.code))
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|(p, c)| (p.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "for {json}");
    }

    #[test]
    fn limits_become_pointers() {
        check("{}", &[]);
        check(r#"{"meeting":{"attendancePercent":100}}"#, &[]);
        check(
            r#"{"meeting":{"attendancePercent":100.5}}"#,
            &[("/meeting/attendancePercent", "range")],
        );
        check(
            r#"{"meeting":{"attendancePercent":-1}}"#,
            &[("/meeting/attendancePercent", "range")],
        );
        check(r#"{"schoolAge":{"yearGroup":0}}"#, &[]);
        check(
            r#"{"schoolAge":{"yearGroup":12}}"#,
            &[("/schoolAge/yearGroup", "range")],
        );
        check(
            r#"{"post16":{"yearGroup":11}}"#,
            &[("/post16/yearGroup", "range")],
        );
        check(
            r#"{"earlyYears":{"fundedHours":31}}"#,
            &[("/earlyYears/fundedHours", "range")],
        );
        check(
            r#"{"meeting":{"attendees":[{"name":"Ann"},{"role":"Carer"},{"name":""}]}}"#,
            &[
                ("/meeting/attendees/1/name", "required"),
                ("/meeting/attendees/2/name", "length"),
            ],
        );
        check(
            r#"{"keyContacts":[{"name":"A","email":"a@b.org"},{"name":"B","email":"not an email"}]}"#,
            &[("/keyContacts/1/email", "email")],
        );
        check(r#"{"child":{"upn":"A123456789012"}}"#, &[]);
        check(r#"{"child":{"upn":"A12345678901B"}}"#, &[]);
        check(
            r#"{"child":{"upn":"123456789012A"}}"#,
            &[("/child/upn", "upn")],
        );
        check(r#"{"child":{"upn":"A1234"}}"#, &[("/child/upn", "upn")]);
        check(
            r#"{"targets":[{},{},{},{},{},{},{},{},{},{},{"cost":-5}]}"#,
            &[("/targets/10/cost", "range")],
        );
        check(
            r#"{"targets":[{"lead":{"name":"x"}}],"signOffs":{"virtualSchool":{"qa":{"childVoiceRecorded":{"met":true}}}}}"#,
            &[],
        );
    }

    #[test]
    fn long_text_reports_its_length() {
        let json = format!(r#"{{"targets":[{{"outcome":"{}"}}]}}"#, "é".repeat(2001));
        let pep: Pep = serde_json::from_str(&json).unwrap();
        let problems = field_limits(&pep);
        assert_eq!(problems[0].pointer, "/targets/0/outcome");
        assert!(
            problems[0]
                .params
                .contains(&("actual".into(), "2001".into()))
        );
        assert!(problems[0].params.contains(&("max".into(), "2000".into())));
    }

    #[test]
    fn pointers_sort_in_document_order() {
        assert_eq!(pointer_order("/t/2/a", "/t/10/a"), Ordering::Less);
        assert_eq!(pointer_order("/a", "/a/b"), Ordering::Less);
        assert_eq!(
            camel_case("people_attended_and_contributed"),
            "peopleAttendedAndContributed"
        );
        assert_eq!(camel_case("post16"), "post16");
    }
}
