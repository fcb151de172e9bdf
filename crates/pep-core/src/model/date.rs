//! `Date`: a calendar date written `YYYY-MM-DD`, and nothing else.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date with no time and no time zone, written `YYYY-MM-DD` in
/// JSON (`2026-09-01`). Impossible dates such as `2023-02-29` are refused.
///
/// ```
/// use pep_core::model::Date;
/// let date = Date::new(2026, 9, 1).unwrap();
/// assert_eq!(date.to_string(), "2026-09-01");
/// assert!(Date::new(2023, 2, 29).is_none());
/// let parsed: Date = serde_json::from_str(r#""2026-09-01""#).unwrap();
/// assert_eq!(parsed, date);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// The date `year-month-day`, or `None` when there is no such day.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// The underlying `jiff` date, for calendar arithmetic.
    pub fn civil(self) -> jiff::civil::Date {
        self.0
    }

    /// Reads exactly `YYYY-MM-DD` (four, two and two ASCII digits).
    ///
    /// ```
    /// use pep_core::model::Date;
    /// assert!(Date::parse("2026-11-23").is_some());
    /// assert!(Date::parse("23/11/2026").is_none());
    /// assert!(Date::parse("2026-11-23T10:00").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let year = text[0..4].parse().ok()?;
        let month = text[5..7].parse().ok()?;
        let day = text[8..10].parse().ok()?;
        Date::new(year, month, day)
    }
}

impl From<jiff::civil::Date> for Date {
    fn from(date: jiff::civil::Date) -> Self {
        Date(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date like 2026-09-01")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| {
                    E::custom(format_args!(
                        "expected a date like 2026-09-01, found {}",
                        serde_json::Value::from(text)
                    ))
                })
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date, YYYY-MM-DD.",
            "examples": ["2026-09-01"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn check(json: &str, expected: Result<&str, &str>) {
        let got = serde_json::from_str::<Date>(json).map(|d| d.to_string());
        match (got, expected) {
            (Ok(d), Ok(want)) => assert_eq!(d, want, "for {json}"),
            (Err(e), Err(want)) => assert!(e.to_string().contains(want), "for {json}: {e}"),
            (got, want) => panic!("for {json}: got {got:?}, wanted {want:?}"),
        }
    }

    #[test]
    fn reads_iso_dates_only() {
        check(r#""2026-09-01""#, Ok("2026-09-01"));
        check(r#""2024-02-29""#, Ok("2024-02-29"));
        check(r#""0999-01-01""#, Ok("0999-01-01"));
        check(
            r#""31/13/2026""#,
            Err(r#"expected a date like 2026-09-01, found "31/13/2026""#),
        );
        check(r#""2023-02-29""#, Err(r#"found "2023-02-29""#));
        check(r#""2026-9-1""#, Err(r#"found "2026-9-1""#));
        check(r#""2026-09-01T00:00:00""#, Err("expected a date like"));
        check(r#"" 2026-09-01""#, Err("expected a date like"));
        check(r#""2026-00-10""#, Err("expected a date like"));
        check(r#""+026-01-10""#, Err("expected a date like"));
        check(r#""२०२६-०९-०१""#, Err("expected a date like"));
        check("20260901", Err("expected a date like 2026-09-01"));
        check("null", Err("expected a date like 2026-09-01"));
    }

    #[test]
    fn orders_and_converts() {
        let a = Date::new(2026, 9, 1).unwrap();
        let b = Date::new(2027, 1, 4).unwrap();
        assert!(a < b);
        assert_eq!(a.civil().year(), 2026);
        assert_eq!(Date::from(a.civil()), a);
    }
}
