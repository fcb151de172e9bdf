//! Reading a PEP from JSON text, with every problem reported at once: where
//! (JSON Pointer, line and column) and what was expected.
//!
//! The text is read into a `serde_json::Value` first (syntax errors carry
//! their line and column). If the typed model will not read the value, each
//! problem is pinned down by reading ever smaller pieces of the document:
//! a piece made of one member, with its ancestors reduced to the path that
//! leads to it. Because every field of the model is optional, such a piece
//! fails only when that member is wrong. This needs no extra crate and works
//! through `#[serde(flatten)]`, which hides paths from path-tracking crates.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Pep, SCHEMA_VERSION};

/// At most this many problems are reported for one document.
const MAX_ERRORS: usize = 50;

/// One problem with a document: where it is and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ParseError {
    /// JSON Pointer (RFC 6901) to the value; `""` for the whole document.
    pub pointer: String,
    /// Line in the text, from 1.
    pub line: usize,
    /// Column in the line, from 1, in characters.
    pub column: usize,
    /// What was wrong: `expected a date like 2026-09-01, found "31/13/2026"`.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.pointer.is_empty() {
            write!(f, "{}: ", self.pointer)?;
        }
        write!(
            f,
            "{} (line {}, column {})",
            self.message, self.line, self.column
        )
    }
}

/// Every problem found in a document, in document order. Serializes as
/// `[{pointer, line, column, message}]`, which is what the JS API throws.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct ParseErrors(pub Vec<ParseError>);

impl fmt::Display for ParseErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseErrors {}

/// Reads a PEP from JSON text. `schemaVersion` and `kind` are required;
/// everything else may be missing. Unknown fields are kept.
///
/// ```
/// let errors = pep_core::parse(r#"{"schemaVersion":"1","kind":"school-age",
///   "targets":[{"deadline":"31/13/2026"}]}"#).unwrap_err();
/// assert_eq!(
///     errors.to_string(),
///     r#"/targets/0/deadline: expected a date like 2026-09-01, found "31/13/2026" (line 2, column 26)"#
/// );
/// ```
pub fn parse(text: &str) -> Result<Pep, ParseErrors> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        let message = if message.starts_with("recursion limit exceeded") {
            "the document is nested too deeply to read (more than 128 levels)".to_owned()
        } else {
            message
        };
        ParseErrors(vec![ParseError {
            pointer: String::new(),
            line: e.line(),
            column: e.column(),
            message,
        }])
    })?;
    let mut found: Vec<(Vec<Token>, String)> = Vec::new();
    match &value {
        Value::Object(root) => {
            match root.get("schemaVersion") {
                None => found.push((
                    vec![Token::Key("schemaVersion".into())],
                    format!("missing field: add \"schemaVersion\": \"{SCHEMA_VERSION}\""),
                )),
                Some(Value::String(v)) if v == SCHEMA_VERSION => {}
                Some(other) => found.push((
                    vec![Token::Key("schemaVersion".into())],
                    format!(
                        "expected schema version \"{SCHEMA_VERSION}\" (the one this pepkit reads), found {}",
                        short(other)
                    ),
                )),
            }
            if !root.contains_key("kind") {
                found.push((
                    vec![Token::Key("kind".into())],
                    "missing field: add \"kind\": one of `early-years`, `school-age`, `post-16`"
                        .into(),
                ));
            }
            match read_typed(&value) {
                Ok(pep) if found.is_empty() => return Ok(pep),
                Ok(_) => {}
                Err(e) => locate(
                    &mut Vec::new(),
                    &value,
                    friendly(&e.to_string()),
                    &mut found,
                ),
            }
        }
        other => found.push((
            Vec::new(),
            format!("expected a PEP (a JSON object), found {}", short(other)),
        )),
    }
    if found.is_empty() {
        // Checked above: the typed read succeeds.
        return read_typed(&value).map_err(|e| {
            ParseErrors(vec![ParseError {
                pointer: String::new(),
                line: 1,
                column: 1,
                message: e.to_string(),
            }])
        });
    }
    // The checks above and the typed read can both see `schemaVersion`.
    let mut seen = std::collections::HashSet::new();
    found.retain(|(tokens, _)| seen.insert(pointer(tokens)));
    found.truncate(MAX_ERRORS);
    let errors = found
        .into_iter()
        .map(|(tokens, message)| {
            let offset = offset_of(text, &tokens);
            let (line, column) = line_column(text, offset);
            ParseError {
                pointer: pointer(&tokens),
                line,
                column,
                message,
            }
        })
        .collect();
    Err(ParseErrors(errors))
}

/// A step in a JSON Pointer.
#[derive(Debug, Clone)]
enum Token {
    Key(String),
    Index(usize),
}

fn pointer(tokens: &[Token]) -> String {
    let mut out = String::new();
    for token in tokens {
        out.push('/');
        match token {
            Token::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Token::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The document reduced to the path `tokens` leading to `node`.
fn piece(tokens: &[Token], node: Value) -> Value {
    tokens.iter().rev().fold(node, |inner, token| match token {
        Token::Key(k) => {
            let mut map = Map::new();
            map.insert(k.clone(), inner);
            Value::Object(map)
        }
        Token::Index(_) => Value::Array(vec![inner]),
    })
}

/// Why the piece with `node` at `tokens` does not read as a PEP, if it does not.
fn fails(tokens: &[Token], node: Value) -> Option<String> {
    read_typed(&piece(tokens, node))
        .err()
        .map(|e| friendly(&e.to_string()))
}

/// Finds the values under `node` (which fails with `message`) that are wrong.
fn locate(
    tokens: &mut Vec<Token>,
    node: &Value,
    message: String,
    found: &mut Vec<(Vec<Token>, String)>,
) {
    if found.len() >= MAX_ERRORS {
        return;
    }
    let children: Vec<(Token, &Value)> = match node {
        Value::Object(map) => {
            if let Some(m) = fails(tokens, Value::Object(Map::new())) {
                found.push((tokens.clone(), m));
                return;
            }
            map.iter()
                .map(|(k, v)| (Token::Key(k.clone()), v))
                .collect()
        }
        Value::Array(items) => {
            if let Some(m) = fails(tokens, Value::Array(Vec::new())) {
                found.push((tokens.clone(), m));
                return;
            }
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (Token::Index(i), v))
                .collect()
        }
        _ => Vec::new(),
    };
    let mut any = false;
    for (token, child) in children {
        tokens.push(token);
        if let Some(m) = fails(tokens, child.clone()) {
            any = true;
            locate(tokens, child, m, found);
        }
        tokens.pop();
    }
    if !any {
        found.push((tokens.clone(), message));
    }
}

/// A value in a message: strings quoted, long ones cut short.
fn short(value: &Value) -> String {
    match value {
        Value::Object(_) => "an object".into(),
        Value::Array(_) => "an array".into(),
        other => {
            let text = other.to_string();
            if text.chars().count() > 60 {
                format!("{}...", text.chars().take(57).collect::<String>())
            } else {
                text
            }
        }
    }
}

/// Rewords serde's messages for a person mapping their data:
/// `invalid type: string "x", expected a boolean` becomes
/// `expected true or false, found string "x"`.
/// The typed read of a (piece of a) document. Every typed read goes through
/// this one function, from `&Value`, so the wasm carries one copy of the
/// model's (large, generic) deserializer instead of one per input type.
fn read_typed(value: &Value) -> Result<Pep, serde_json::Error> {
    Pep::deserialize(value)
}

fn friendly(message: &str) -> String {
    let message = match message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
    {
        Some((found, expected)) => format!("expected {expected}, found {found}"),
        None => message.to_owned(),
    };
    let mut out = message;
    for (from, to) in [
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected an array"),
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected f64", "expected a number"),
        (
            "expected string or map",
            "expected a string (one of the allowed values)",
        ),
        ("found unit value", "found null"),
        ("found map", "found an object"),
        ("found sequence", "found an array"),
    ] {
        out = out.replace(from, to);
    }
    if let Some(at) = out.find("expected struct ") {
        let end = out[at..].find(',').map_or(out.len(), |e| at + e);
        out.replace_range(at..end, "expected an object");
    }
    out
}

/// The byte offset where the value at `tokens` starts in `text` (or where
/// its nearest existing ancestor starts). `text` is valid JSON.
fn offset_of(text: &str, tokens: &[Token]) -> usize {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, 0);
    for token in tokens {
        let found = match (b.get(pos), token) {
            (Some(b'{'), Token::Key(key)) => member(text, pos, key),
            (Some(b'['), Token::Index(n)) => element(b, pos, *n),
            _ => None,
        };
        match found {
            Some(p) => pos = p,
            None => break,
        }
    }
    pos
}

/// Start of the value of the last member named `key` in the object at `pos`.
fn member(text: &str, pos: usize, key: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = skip_ws(b, pos + 1);
    let mut hit = None;
    while b.get(p) == Some(&b'"') {
        let end = string_end(b, p);
        let name: Option<String> = serde_json::from_str(&text[p..end]).ok();
        p = skip_ws(b, end);
        p = skip_ws(b, p + 1); // ':'
        if name.as_deref() == Some(key) {
            hit = Some(p);
        }
        p = skip_ws(b, value_end(b, p));
        if b.get(p) == Some(&b',') {
            p = skip_ws(b, p + 1);
        }
    }
    hit
}

/// Start of element `n` of the array at `pos`.
fn element(b: &[u8], pos: usize, n: usize) -> Option<usize> {
    let mut p = skip_ws(b, pos + 1);
    for _ in 0..n {
        if b.get(p) == Some(&b']') {
            return None;
        }
        p = skip_ws(b, value_end(b, p));
        if b.get(p) != Some(&b',') {
            return None;
        }
        p = skip_ws(b, p + 1);
    }
    (b.get(p) != Some(&b']')).then_some(p)
}

fn skip_ws(b: &[u8], mut p: usize) -> usize {
    while b
        .get(p)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        p += 1;
    }
    p
}

/// The byte after the string starting at `p`.
fn string_end(b: &[u8], p: usize) -> usize {
    let mut i = p + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The byte after the value starting at `p`, without recursion.
fn value_end(b: &[u8], p: usize) -> usize {
    match b.get(p) {
        Some(b'"') => string_end(b, p),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut i = p;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = string_end(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            b.len()
        }
        _ => {
            let mut i = p;
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                i += 1;
            }
            i
        }
    }
}

/// Line and column (from 1; the column in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, usize, usize, &str)]) {
        let errors = parse(text).expect_err(text).0;
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.pointer.as_str(), e.line, e.column))
            .collect();
        let want: Vec<_> = expected.iter().map(|(p, l, c, _)| (*p, *l, *c)).collect();
        assert_eq!(got, want, "for {text}: {errors:?}");
        for (error, (_, _, _, message)) in errors.iter().zip(expected) {
            assert!(
                error.message.contains(message),
                "for {text}: {:?} does not contain {message:?}",
                error.message
            );
        }
    }

    #[test]
    fn finds_values_in_the_text() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\\\"d\": 2, \"a\": [[], \"ü\", 3]\n}";
        let at = |tokens: &[Token]| line_column(text, offset_of(text, tokens));
        assert_eq!(at(&[]), (1, 1));
        assert_eq!(at(&[Token::Key("a".into())]), (3, 19));
        assert_eq!(at(&[Token::Key("c\"d".into())]), (3, 11));
        assert_eq!(at(&[Token::Key("a".into()), Token::Index(2)]), (3, 29));
        assert_eq!(at(&[Token::Key("zz".into())]), (1, 1));
    }

    #[test]
    fn rewords_serde() {
        assert_eq!(
            friendly("invalid type: string \"x\", expected a boolean"),
            "expected true or false, found string \"x\""
        );
        assert_eq!(
            friendly("invalid type: map, expected struct Target"),
            "expected an object, found an object"
        );
    }

    #[test]
    fn reports_several_errors_with_places() {
        check(
            "{\"schemaVersion\":\"1\",\"kind\":\"post-16\",\n\"targets\":[{\"deadline\":\"2023-02-29\"},{\"timescale\":\"soon\"}],\n\"meeting\":{\"youngPersonAttended\":\"yes\"}}",
            &[
                ("/targets/0/deadline", 2, 24, "found \"2023-02-29\""),
                ("/targets/1/timescale", 2, 51, "`short-term` or `long-term`"),
                (
                    "/meeting/youngPersonAttended",
                    3,
                    34,
                    "expected true or false",
                ),
            ],
        );
    }
}
