//! The calendar behind every PEP timescale: bank holidays, working days,
//! school days and terms, for England (and Wales, which shares its bank
//! holidays).
//!
//! Timescales in DOMAIN.md "Timescales" are counted in working days — Monday
//! to Friday less bank holidays of England and Wales (Care Planning, Placement
//! and Case Review (England) Regulations 2010, reg 4(2) and 33(1); seed 004
//! for the designated teacher's 5 working days). Some councils count school
//! days instead, so the counting mode is configuration ([`CountingMode`]).
//! PEPs are reviewed every school term (DfE, *Promoting the education of
//! looked-after and previously looked-after children*, 2018), so the calendar
//! also knows term dates ([`Term`]).
//!
//! Everything is built on [`jiff::civil::Date`]; this module never counts days
//! by hand and never reads the clock: "today" is always an argument.
//!
//! ```
//! use jiff::civil::date;
//! use pep_core::calendar::{Calendar, CalendarConfig};
//!
//! let cal = Calendar::new(&CalendarConfig::default());
//! // A meeting on Thursday 2 April 2026: the designated teacher has 5 working
//! // days to sign off, and Good Friday and Easter Monday do not count.
//! assert_eq!(cal.add_working_days(date(2026, 4, 2), 5), date(2026, 4, 13));
//! ```

mod bank_holidays;
mod easter;
mod terms;
mod working_days;

pub use bank_holidays::{BankHoliday, YearHolidays, bank_holidays_in, is_bank_holiday};
pub use easter::easter_sunday;
pub use terms::{Term, TermKind, default_terms};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Which days count towards a timescale such as "within 10 working days".
///
/// Serialised in kebab-case: `"working-days"` (the default) or
/// `"school-days"`.
///
/// ```
/// use pep_core::calendar::CountingMode;
/// let mode: CountingMode = serde_json::from_str(r#""school-days""#).unwrap();
/// assert_eq!(mode, CountingMode::SchoolDays);
/// assert_eq!(CountingMode::default(), CountingMode::WorkingDays);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CountingMode {
    /// Monday to Friday less bank holidays and council closures. The legal
    /// meaning of "working day" (DOMAIN.md "Timescales").
    #[default]
    WorkingDays,
    /// Working days that are also in term time and not in a term's holidays
    /// (half terms, inset days). Some councils count these.
    SchoolDays,
}

/// An inclusive range of dates, e.g. a half term. Serialised as
/// `{"start": "2026-10-26", "end": "2026-10-30"}`.
///
/// ```
/// use jiff::civil::date;
/// use pep_core::calendar::DateRange;
/// let half_term = DateRange { start: date(2026, 10, 26), end: date(2026, 10, 30) };
/// assert!(half_term.contains(date(2026, 10, 30)));
/// assert!(!half_term.contains(date(2026, 10, 31)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DateRange {
    /// First day of the range.
    #[serde(with = "date_serde")]
    #[schemars(with = "crate::model::Date")]
    pub start: Date,
    /// Last day of the range (inclusive).
    #[serde(with = "date_serde")]
    #[schemars(with = "crate::model::Date")]
    pub end: Date,
}

impl DateRange {
    /// Whether `date` is on or after `start` and on or before `end`.
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }
}

/// A council's calendar settings, as the host passes them (JSON, camelCase).
/// `CalendarConfig::default()` is the England default: working days, default
/// terms, bank holidays computed by rule, no extra closures.
///
/// ```
/// use pep_core::calendar::{CalendarConfig, CountingMode};
/// let config: CalendarConfig = serde_json::from_str(r#"{
///     "mode": "school-days",
///     "terms": [{"kind": "autumn", "academicYear": 2026,
///                "start": "2026-09-02", "end": "2026-12-18",
///                "holidays": [{"start": "2026-10-26", "end": "2026-10-30"}]}],
///     "bankHolidays": ["2026-01-01", "2026-04-03"],
///     "extraClosures": ["2026-12-21"]
/// }"#).unwrap();
/// assert_eq!(config.mode, CountingMode::SchoolDays);
/// assert_eq!(CalendarConfig::default().terms.len(), 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct CalendarConfig {
    /// Which days count towards timescales.
    pub mode: CountingMode,
    /// Term dates. For an academic year with at least one term here, these
    /// terms replace the default ones ([`default_terms`]) for that year;
    /// other years use the defaults. Inset days go in a term's `holidays` as
    /// one-day ranges.
    pub terms: Vec<Term>,
    /// The official list of bank holidays (e.g. from
    /// <https://www.gov.uk/bank-holidays.json>). For every year that has at
    /// least one date in the list, the list replaces the computed holidays
    /// of that year; other years stay computed.
    #[serde(with = "date_serde::option_vec")]
    #[schemars(with = "Option<Vec<crate::model::Date>>")]
    pub bank_holidays: Option<Vec<Date>>,
    /// Days the council is closed on top of bank holidays (e.g. the days
    /// between Christmas and New Year). They are not working days.
    #[serde(with = "date_serde::vec")]
    #[schemars(with = "Vec<crate::model::Date>")]
    pub extra_closures: Vec<Date>,
}

/// The calendar a council uses, ready for quick queries.
///
/// Build one per validation call with [`Calendar::new`] (it only sorts the
/// configured lists) or keep one: it is `Send + Sync` and immutable. Queries
/// never allocate, except the ones returning a [`Term`] (which clone it).
/// Computed bank holidays and default terms are worked out once per year and
/// shared by every `Calendar` in the program.
///
/// ```
/// use jiff::civil::date;
/// use pep_core::calendar::Calendar;
/// let cal = Calendar::default();
/// assert!(!cal.is_working_day(date(2026, 12, 28))); // Boxing Day substitute
/// assert_eq!(cal.working_days_between(date(2026, 12, 24), date(2027, 1, 4)), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Which days the `*_in_mode` methods count.
    pub mode: CountingMode,
    /// The official list, sorted and without duplicates, if the host gave one.
    official: Option<OfficialList>,
    /// Council closures, sorted and without duplicates.
    extra: Vec<Date>,
    /// Configured terms, sorted by academic year then start.
    terms: Vec<Term>,
    /// Academic years that `terms` covers, sorted, without duplicates.
    configured_years: Vec<i16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct OfficialList {
    dates: Vec<Date>,
    years: Vec<i16>,
}

impl OfficialList {
    fn covers(&self, year: i16) -> bool {
        self.years.binary_search(&year).is_ok()
    }
}

impl Calendar {
    /// Builds the calendar from a council's configuration.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, CalendarConfig};
    /// let config = CalendarConfig {
    ///     extra_closures: vec![date(2026, 12, 29)],
    ///     ..CalendarConfig::default()
    /// };
    /// let cal = Calendar::new(&config);
    /// assert!(!cal.is_working_day(date(2026, 12, 29)));
    /// assert!(cal.is_working_day(date(2026, 12, 30)));
    /// ```
    pub fn new(config: &CalendarConfig) -> Calendar {
        let official = config.bank_holidays.as_ref().map(|list| {
            let mut dates = list.clone();
            dates.sort_unstable();
            dates.dedup();
            let mut years: Vec<i16> = dates.iter().map(|d| d.year()).collect();
            years.dedup();
            OfficialList { dates, years }
        });
        let mut extra = config.extra_closures.clone();
        extra.sort_unstable();
        extra.dedup();
        let mut terms = config.terms.clone();
        terms.sort_by_key(|t| (t.academic_year, t.start));
        let mut configured_years: Vec<i16> = terms.iter().map(|t| t.academic_year).collect();
        configured_years.dedup();
        Calendar {
            mode: config.mode,
            official,
            extra,
            terms,
            configured_years,
        }
    }

    /// The name of the bank holiday on `date`, or `None`. Uses the official
    /// list for the years it covers (a listed date that the rules do not
    /// know is named `"Bank holiday"`), and the rules otherwise. Council
    /// closures are not bank holidays: see [`Calendar::is_closure`].
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.is_bank_holiday(date(2023, 5, 8)),
    ///            Some("Bank holiday for the coronation of King Charles III"));
    /// ```
    pub fn is_bank_holiday(&self, date: Date) -> Option<&'static str> {
        match &self.official {
            Some(list) if list.covers(date.year()) => list
                .dates
                .binary_search(&date)
                .ok()
                .map(|_| is_bank_holiday(date).unwrap_or("Bank holiday")),
            _ => is_bank_holiday(date),
        }
    }

    /// Whether `date` is one of the council's extra closure days.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, CalendarConfig};
    /// let cal = Calendar::new(&CalendarConfig {
    ///     extra_closures: vec![date(2026, 12, 29)],
    ///     ..CalendarConfig::default()
    /// });
    /// assert!(cal.is_closure(date(2026, 12, 29)));
    /// ```
    pub fn is_closure(&self, date: Date) -> bool {
        self.extra.binary_search(&date).is_ok()
    }
}

/// Serde for [`jiff::civil::Date`] as an ISO 8601 string ("2026-09-01"),
/// without needing jiff's own `serde` feature.
pub(crate) mod date_serde {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(crate) fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(date)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).map_err(D::Error::custom)
    }

    fn parse(text: &str) -> Result<Date, String> {
        text.parse()
            .map_err(|e| format!("expected a date like 2026-09-01, found {text:?}: {e}"))
    }

    #[derive(Deserialize)]
    #[serde(transparent)]
    struct Wrapped(#[serde(deserialize_with = "deserialize")] Date);

    /// For `Vec<Date>` fields.
    pub(crate) mod vec {
        use super::*;
        use serde::ser::SerializeSeq;

        pub(crate) fn serialize<S: Serializer>(dates: &[Date], s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(dates.len()))?;
            for date in dates {
                seq.serialize_element(&date.to_string())?;
            }
            seq.end()
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Date>, D::Error> {
            let v: Vec<Wrapped> = Vec::deserialize(d)?;
            Ok(v.into_iter().map(|w| w.0).collect())
        }
    }

    /// For `Option<Vec<Date>>` fields.
    pub(crate) mod option_vec {
        use super::*;

        pub(crate) fn serialize<S: Serializer>(
            dates: &Option<Vec<Date>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match dates {
                Some(dates) => super::vec::serialize(dates, s),
                None => s.serialize_none(),
            }
        }

        pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<Vec<Date>>, D::Error> {
            let v: Option<Vec<Wrapped>> = Option::deserialize(d)?;
            Ok(v.map(|v| v.into_iter().map(|w| w.0).collect()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn check_config(json: &str, expected: Result<CalendarConfig, &str>) {
        let got = serde_json::from_str::<CalendarConfig>(json).map_err(|e| e.to_string());
        match (got, expected) {
            (Ok(got), Ok(want)) => assert_eq!(got, want, "{json}"),
            (Err(got), Err(want)) => assert!(got.contains(want), "{got}"),
            (got, want) => panic!("{json}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn config_json() {
        check_config("{}", Ok(CalendarConfig::default()));
        check_config(
            r#"{"bankHolidays": ["2026-01-01"], "extraClosures": ["2026-12-29"]}"#,
            Ok(CalendarConfig {
                bank_holidays: Some(vec![date(2026, 1, 1)]),
                extra_closures: vec![date(2026, 12, 29)],
                ..CalendarConfig::default()
            }),
        );
        check_config(r#"{"bankHolidays": null}"#, Ok(CalendarConfig::default()));
        check_config(
            r#"{"extraClosures": ["29/12/2026"]}"#,
            Err("expected a date like 2026-09-01, found \"29/12/2026\""),
        );
        check_config(r#"{"mode": "weekdays"}"#, Err("unknown variant"));
    }

    #[test]
    fn config_round_trips() {
        let config = CalendarConfig {
            mode: CountingMode::SchoolDays,
            terms: default_terms(2026).to_vec(),
            bank_holidays: Some(vec![date(2026, 1, 1)]),
            extra_closures: vec![date(2026, 12, 29)],
        };
        let json = serde_json::to_string(&config).unwrap();
        assert!(json.contains(r#""mode":"school-days""#), "{json}");
        assert!(json.contains(r#""academicYear":2026"#), "{json}");
        assert!(json.contains(r#""kind":"autumn""#), "{json}");
        assert!(json.contains(r#""extraClosures":["2026-12-29"]"#), "{json}");
        let back: CalendarConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(back, config);
    }

    fn check_official(d: Date, expected: Option<&str>) {
        let cal = Calendar::new(&CalendarConfig {
            // An official list for 2026 only, missing Good Friday and adding
            // an imagined extra day.
            bank_holidays: Some(vec![
                date(2026, 1, 1),
                date(2026, 4, 6),
                date(2026, 6, 15),
                date(2026, 4, 6),
            ]),
            ..CalendarConfig::default()
        });
        assert_eq!(cal.is_bank_holiday(d), expected, "{d}");
        assert_eq!(
            cal.is_working_day(d),
            expected.is_none() && d.weekday().to_monday_zero_offset() < 5,
            "{d}"
        );
    }

    #[test]
    fn official_list_replaces_its_years_only() {
        check_official(date(2026, 1, 1), Some("New Year’s Day"));
        check_official(date(2026, 4, 3), None);
        check_official(date(2026, 4, 6), Some("Easter Monday"));
        check_official(date(2026, 6, 15), Some("Bank holiday"));
        check_official(date(2026, 12, 25), None);
        check_official(date(2027, 3, 26), Some("Good Friday")); // computed
        check_official(date(2025, 12, 25), Some("Christmas Day"));
    }
}
