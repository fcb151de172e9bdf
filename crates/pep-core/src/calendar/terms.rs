//! School terms: configuration per council, with an England default.
//!
//! PEPs are reviewed every school term, three times a school year (DfE,
//! *Promoting the education of looked-after and previously looked-after
//! children*, 2018; seeds 001, 002), and the next PEP date should fall in the
//! next term. Term dates differ by council and by school, so they are
//! configuration ([`CalendarConfig::terms`]); [`default_terms`] fills any
//! academic year the configuration leaves out.
//!
//! [`CalendarConfig::terms`]: super::CalendarConfig::terms

use std::borrow::Cow;
use std::sync::OnceLock;

use jiff::Span;
use jiff::civil::{Date, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::easter::easter_sunday;
use super::{Calendar, DateRange, date_serde};

/// Which of the three terms of an English school year. Serialised in
/// kebab-case: `"autumn"`, `"spring"`, `"summer"`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    /// September to December.
    Autumn,
    /// January to Easter.
    Spring,
    /// Easter to July.
    Summer,
}

/// One school term, with its holidays (half term, inset days).
///
/// JSON (camelCase):
/// `{"kind": "autumn", "academicYear": 2026, "start": "2026-09-03",
/// "end": "2026-12-18", "holidays": [{"start": "2026-10-26", "end": "2026-10-30"}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Term {
    /// Autumn, spring or summer.
    pub kind: TermKind,
    /// The calendar year the academic year starts in: 2026 for 2026/27.
    pub academic_year: i16,
    /// First day of term.
    #[serde(with = "date_serde")]
    #[schemars(with = "crate::model::Date")]
    pub start: Date,
    /// Last day of term (inclusive).
    #[serde(with = "date_serde")]
    #[schemars(with = "crate::model::Date")]
    pub end: Date,
    /// Days inside the term with no school: the half term, inset days (as
    /// one-day ranges), any other closure.
    #[serde(default)]
    pub holidays: Vec<DateRange>,
}

impl Term {
    /// The term's window: its first and last day.
    ///
    /// ```
    /// use jiff::civil::date;
    /// let autumn = &pep_core::calendar::default_terms(2026)[0];
    /// assert_eq!(autumn.window().start, date(2026, 9, 3));
    /// ```
    pub fn window(&self) -> DateRange {
        DateRange {
            start: self.start,
            end: self.end,
        }
    }

    /// Whether `date` is within the term's window (holidays included).
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    /// Whether `date` is in one of the term's holidays.
    pub fn is_holiday(&self, date: Date) -> bool {
        self.holidays.iter().any(|h| h.contains(date))
    }
}

fn add(date: Date, days: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(days).ok()?).ok()
}

fn is_weekday(date: Date) -> bool {
    date.weekday().to_monday_zero_offset() < 5
}

/// The first weekday on or after `date`.
fn weekday_on_or_after(date: Date) -> Option<Date> {
    match date.weekday() {
        Weekday::Saturday => add(date, 2),
        Weekday::Sunday => add(date, 1),
        _ => Some(date),
    }
}

/// The last weekday on or before `date`.
fn weekday_on_or_before(date: Date) -> Option<Date> {
    match date.weekday() {
        Weekday::Saturday => add(date, -1),
        Weekday::Sunday => add(date, -2),
        _ => Some(date),
    }
}

/// Monday to Friday of the week starting on `monday`.
fn week(monday: Date) -> Option<DateRange> {
    Some(DateRange {
        start: monday,
        end: add(monday, 4)?,
    })
}

fn compute_default(academic_year: i16) -> Option<[Term; 3]> {
    let y = academic_year;
    let next = y.checked_add(1)?;

    // Autumn: first weekday on or after 3 September to the last Friday on or
    // before 20 December; half term the week of the last Monday of October.
    let autumn_start = weekday_on_or_after(Date::new(y, 9, 3).ok()?)?;
    let autumn_end = Date::new(y, 12, 21)
        .ok()?
        .nth_weekday(-1, Weekday::Friday)
        .ok()?;
    let october_half = week(
        Date::new(y, 10, 1)
            .ok()?
            .nth_weekday_of_month(-1, Weekday::Monday)
            .ok()?,
    )?;

    // Spring: first weekday on or after 4 January to the Friday before Holy
    // Week; half term the week of the third Monday of February.
    let easter = easter_sunday(next)?;
    let holy_monday = add(easter, -6)?;
    let spring_start = weekday_on_or_after(Date::new(next, 1, 4).ok()?)?;
    let spring_end = add(holy_monday, -3)?;
    let february_half = week(
        Date::new(next, 2, 1)
            .ok()?
            .nth_weekday_of_month(3, Weekday::Monday)
            .ok()?,
    )?;

    // Summer: the Monday after Easter week (the Easter holiday is Holy Week
    // and Easter week) to the last weekday on or before 22 July; half term
    // the week of the last Monday of May (the spring bank holiday by rule).
    let summer_start = add(easter, 8)?;
    let summer_end = weekday_on_or_before(Date::new(next, 7, 22).ok()?)?;
    let may_half = week(
        Date::new(next, 5, 1)
            .ok()?
            .nth_weekday_of_month(-1, Weekday::Monday)
            .ok()?,
    )?;

    let term = |kind, start, end, half| Term {
        kind,
        academic_year,
        start,
        end,
        holidays: vec![half],
    };
    Some([
        term(TermKind::Autumn, autumn_start, autumn_end, october_half),
        term(TermKind::Spring, spring_start, spring_end, february_half),
        term(TermKind::Summer, summer_start, summer_end, may_half),
    ])
}

const CACHE_FIRST: i16 = 1970;
const CACHE_LAST: i16 = 2199;
const CACHE_LEN: usize = (CACHE_LAST - CACHE_FIRST + 1) as usize;
static CACHE: [OnceLock<Vec<Term>>; CACHE_LEN] = [const { OnceLock::new() }; CACHE_LEN];

fn default_cached(academic_year: i16) -> Cow<'static, [Term]> {
    let make = || compute_default(academic_year).map_or_else(Vec::new, |t| t.to_vec());
    if (CACHE_FIRST..=CACHE_LAST).contains(&academic_year) {
        let slot = &CACHE[(academic_year - CACHE_FIRST) as usize];
        Cow::Borrowed(slot.get_or_init(make).as_slice())
    } else {
        Cow::Owned(make())
    }
}

/// The default England terms of an academic year (2026 for 2026/27), used for
/// any year the configuration does not give. Heuristics, close to most
/// councils' published dates but not any one council's:
///
/// - **Autumn**: the first weekday on or after 3 September to the last Friday
///   on or before 20 December; half term Monday to Friday of the week of the
///   last Monday of October.
/// - **Spring**: the first weekday on or after 4 January to the Friday before
///   Holy Week; half term the week of the third Monday of February.
/// - **Easter holiday**: two weeks, Holy Week and Easter week (Monday before
///   Good Friday to the Friday after Easter Monday).
/// - **Summer**: the Monday after Easter week to the last weekday on or
///   before 22 July; half term the week of the last Monday of May.
///
/// No inset days (they differ by school). Returns an empty slice only for an
/// academic year outside jiff's range.
///
/// ```
/// use jiff::civil::date;
/// use pep_core::calendar::{default_terms, TermKind};
/// let terms = default_terms(2025); // 2025/26
/// assert_eq!(terms[1].kind, TermKind::Spring);
/// assert_eq!(terms[1].start, date(2026, 1, 5));
/// assert_eq!(terms[1].end, date(2026, 3, 27)); // Easter 2026 is 5 April
/// assert_eq!(terms[2].start, date(2026, 4, 13));
/// ```
pub fn default_terms(academic_year: i16) -> Cow<'static, [Term]> {
    default_cached(academic_year)
}

/// The academic year a date's calendar year may belong to: a date in
/// January-August is usually in the year that started the previous autumn.
fn candidate_years(date: Date) -> impl Iterator<Item = i16> {
    let y = date.year();
    [y.checked_sub(1), Some(y), y.checked_add(1)]
        .into_iter()
        .flatten()
}

impl Calendar {
    /// The terms of one academic year: the configured ones if the
    /// configuration gives any for that year, else [`default_terms`].
    ///
    /// ```
    /// use pep_core::calendar::Calendar;
    /// assert_eq!(Calendar::default().terms_of_academic_year(2026).len(), 3);
    /// ```
    pub fn terms_of_academic_year(&self, academic_year: i16) -> Cow<'_, [Term]> {
        if self.configured_years.binary_search(&academic_year).is_ok() {
            let lo = self
                .terms
                .partition_point(|t| t.academic_year < academic_year);
            let hi = self
                .terms
                .partition_point(|t| t.academic_year <= academic_year);
            Cow::Borrowed(&self.terms[lo..hi])
        } else {
            default_cached(academic_year)
        }
    }

    /// Calls `f` with the term whose window contains `date` (if any), without
    /// cloning it.
    pub(crate) fn with_term<R>(&self, date: Date, f: impl FnOnce(Option<&Term>) -> R) -> R {
        for year in candidate_years(date) {
            let terms = self.terms_of_academic_year(year);
            if let Some(term) = terms.iter().find(|t| t.contains(date)) {
                return f(Some(term));
            }
        }
        f(None)
    }

    /// The term whose window (first to last day, half term included) contains
    /// `date`, or `None` between terms (Christmas, Easter and summer
    /// holidays). For "this term or the next one" use
    /// [`Calendar::term_containing_or_next`].
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, TermKind};
    /// let cal = Calendar::default();
    /// assert_eq!(cal.term_of(date(2026, 10, 28)).unwrap().kind, TermKind::Autumn);
    /// assert_eq!(cal.term_of(date(2026, 8, 10)), None);
    /// ```
    pub fn term_of(&self, date: Date) -> Option<Term> {
        self.with_term(date, |t| t.cloned())
    }

    /// The first term that starts after `date` (strictly).
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, TermKind};
    /// let next = Calendar::default().next_term(date(2026, 10, 1)).unwrap();
    /// assert_eq!((next.kind, next.academic_year), (TermKind::Spring, 2026));
    /// assert_eq!(next.start, date(2027, 1, 4));
    /// ```
    pub fn next_term(&self, date: Date) -> Option<Term> {
        let mut best: Option<Term> = None;
        for year in candidate_years(date) {
            let terms = self.terms_of_academic_year(year);
            for term in terms.iter().filter(|t| t.start > date) {
                if best.as_ref().is_none_or(|b| term.start < b.start) {
                    best = Some(term.clone());
                }
            }
        }
        best
    }

    /// The term containing `date`, or in a holiday between terms the next
    /// one to start.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, TermKind};
    /// let cal = Calendar::default();
    /// let t = cal.term_containing_or_next(date(2026, 8, 10)).unwrap();
    /// assert_eq!(t.kind, TermKind::Autumn);
    /// ```
    pub fn term_containing_or_next(&self, date: Date) -> Option<Term> {
        self.term_of(date).or_else(|| self.next_term(date))
    }

    /// The window (first and last day) of the next term after `date`: the
    /// rule "the next PEP date falls within the next term" checks against it.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let w = Calendar::default().next_term_window(date(2026, 11, 12)).unwrap();
    /// assert_eq!((w.start, w.end), (date(2027, 1, 4), date(2027, 3, 19)));
    /// assert!(w.contains(date(2027, 2, 3)));
    /// ```
    pub fn next_term_window(&self, date: Date) -> Option<DateRange> {
        self.next_term(date).map(|t| t.window())
    }

    /// Whether `date` is in a school holiday: outside every term, or in one
    /// of its term's holidays (half term, inset day). Weekends and bank
    /// holidays in term time are not school holidays (they are not school
    /// days either: see [`Calendar::is_school_day`]).
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert!(cal.is_school_holiday(date(2026, 10, 27))); // half term
    /// assert!(cal.is_school_holiday(date(2026, 8, 3))); // summer
    /// assert!(!cal.is_school_holiday(date(2026, 11, 3)));
    /// ```
    pub fn is_school_holiday(&self, date: Date) -> bool {
        self.with_term(date, |t| t.is_none_or(|t| t.is_holiday(date)))
    }

    /// Whether `date` is a school day: a working day (see
    /// [`Calendar::is_working_day`]) in term time and not in a term holiday.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert!(cal.is_school_day(date(2026, 11, 3)));
    /// assert!(!cal.is_school_day(date(2026, 10, 27))); // half term
    /// assert!(!cal.is_school_day(date(2027, 5, 3))); // bank holiday in term
    /// ```
    pub fn is_school_day(&self, date: Date) -> bool {
        is_weekday(date) && self.is_working_day(date) && !self.is_school_holiday(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarConfig;
    use jiff::civil::date;

    /// `expected` is "start..end" for each term, then the half term, e.g.
    /// "2026-09-03..2026-12-18 half 2026-10-26..2026-10-30".
    fn check_default(academic_year: i16, expected: [&str; 3]) {
        let terms = default_terms(academic_year);
        for (term, want) in terms.iter().zip(expected) {
            let h = &term.holidays[0];
            let got = format!("{}..{} half {}..{}", term.start, term.end, h.start, h.end);
            assert_eq!(got, want, "{academic_year} {:?}", term.kind);
        }
    }

    #[test]
    fn default_terms_match_typical_council_dates() {
        check_default(
            2025,
            [
                "2025-09-03..2025-12-19 half 2025-10-27..2025-10-31",
                "2026-01-05..2026-03-27 half 2026-02-16..2026-02-20",
                "2026-04-13..2026-07-22 half 2026-05-25..2026-05-29",
            ],
        );
        check_default(
            2026,
            [
                "2026-09-03..2026-12-18 half 2026-10-26..2026-10-30",
                "2027-01-04..2027-03-19 half 2027-02-15..2027-02-19",
                "2027-04-05..2027-07-22 half 2027-05-31..2027-06-04",
            ],
        );
        check_default(
            2024,
            [
                "2024-09-03..2024-12-20 half 2024-10-28..2024-11-01",
                "2025-01-06..2025-04-11 half 2025-02-17..2025-02-21",
                "2025-04-28..2025-07-22 half 2025-05-26..2025-05-30",
            ],
        );
    }

    #[test]
    fn default_terms_are_ordered_for_many_years() {
        for year in 1980..=2150 {
            let terms = default_terms(year);
            assert_eq!(terms.len(), 3);
            let next = default_terms(year + 1);
            assert!(terms[0].start < terms[0].end, "{year}");
            assert!(terms[0].end < terms[1].start, "{year}");
            assert!(terms[1].end < terms[2].start, "{year}");
            assert!(terms[2].end < next[0].start, "{year}");
            for t in terms.iter() {
                assert!(
                    t.holidays
                        .iter()
                        .all(|h| t.contains(h.start) && t.contains(h.end)),
                    "{year}"
                );
            }
        }
    }

    fn council() -> Calendar {
        // A council's own 2026/27 dates; other years default.
        Calendar::new(&CalendarConfig {
            terms: vec![
                Term {
                    kind: TermKind::Spring,
                    academic_year: 2026,
                    start: date(2027, 1, 5),
                    end: date(2027, 3, 25),
                    holidays: vec![DateRange {
                        start: date(2027, 2, 15),
                        end: date(2027, 2, 19),
                    }],
                },
                Term {
                    kind: TermKind::Autumn,
                    academic_year: 2026,
                    start: date(2026, 9, 2),
                    end: date(2026, 12, 18),
                    holidays: vec![
                        DateRange {
                            start: date(2026, 10, 26),
                            end: date(2026, 10, 30),
                        },
                        DateRange {
                            start: date(2026, 11, 27),
                            end: date(2026, 11, 27),
                        }, // inset
                    ],
                },
                Term {
                    kind: TermKind::Summer,
                    academic_year: 2026,
                    start: date(2027, 4, 12),
                    end: date(2027, 7, 21),
                    holidays: vec![DateRange {
                        start: date(2027, 5, 31),
                        end: date(2027, 6, 4),
                    }],
                },
            ],
            ..CalendarConfig::default()
        })
    }

    /// `expected`: "kind year" of `term_of`, or "-" for none.
    fn check_term_of(cal: &Calendar, d: Date, expected: &str) {
        let got = cal.term_of(d).map_or("-".to_owned(), |t| {
            format!("{:?} {}", t.kind, t.academic_year)
        });
        assert_eq!(got, expected, "{d}");
    }

    #[test]
    fn term_of() {
        let cal = council();
        check_term_of(&cal, date(2026, 9, 1), "-");
        check_term_of(&cal, date(2026, 9, 2), "Autumn 2026");
        check_term_of(&cal, date(2026, 10, 28), "Autumn 2026"); // half term is in the term
        check_term_of(&cal, date(2026, 12, 18), "Autumn 2026");
        check_term_of(&cal, date(2026, 12, 21), "-");
        check_term_of(&cal, date(2027, 1, 4), "-"); // council starts on the 5th
        check_term_of(&cal, date(2027, 3, 25), "Spring 2026");
        check_term_of(&cal, date(2027, 7, 21), "Summer 2026");
        check_term_of(&cal, date(2027, 7, 22), "-");
        check_term_of(&cal, date(2026, 7, 22), "Summer 2025"); // default year
        check_term_of(&cal, date(2027, 9, 3), "Autumn 2027");
        let default = Calendar::default();
        check_term_of(&default, date(2027, 1, 4), "Spring 2026");
        check_term_of(&default, date(2027, 3, 25), "-"); // Easter holiday by default
    }

    fn check_next(cal: &Calendar, d: Date, expected: &str) {
        let got = cal.next_term(d).map_or("-".to_owned(), |t| {
            format!("{:?} {} {}..{}", t.kind, t.academic_year, t.start, t.end)
        });
        assert_eq!(got, expected, "{d}");
        let window = cal
            .next_term_window(d)
            .map_or("-".to_owned(), |w| format!("{}..{}", w.start, w.end));
        assert!(expected.ends_with(&window), "{d}: {window}");
    }

    #[test]
    fn next_term() {
        let cal = council();
        check_next(&cal, date(2026, 8, 1), "Autumn 2026 2026-09-02..2026-12-18");
        check_next(&cal, date(2026, 9, 2), "Spring 2026 2027-01-05..2027-03-25");
        check_next(
            &cal,
            date(2026, 11, 12),
            "Spring 2026 2027-01-05..2027-03-25",
        );
        check_next(
            &cal,
            date(2026, 12, 31),
            "Spring 2026 2027-01-05..2027-03-25",
        );
        check_next(&cal, date(2027, 2, 1), "Summer 2026 2027-04-12..2027-07-21");
        check_next(&cal, date(2027, 5, 1), "Autumn 2027 2027-09-03..2027-12-17");
        check_next(&cal, date(2026, 4, 1), "Summer 2025 2026-04-13..2026-07-22");
    }

    #[test]
    fn containing_or_next_and_holidays() {
        let cal = council();
        let t = cal.term_containing_or_next(date(2026, 12, 25)).unwrap();
        assert_eq!((t.kind, t.start), (TermKind::Spring, date(2027, 1, 5)));
        let t = cal.term_containing_or_next(date(2026, 12, 18)).unwrap();
        assert_eq!(t.kind, TermKind::Autumn);
        assert!(cal.is_school_holiday(date(2026, 11, 27))); // inset day
        assert!(!cal.is_school_day(date(2026, 11, 27)));
        assert!(cal.is_school_day(date(2026, 11, 26)));
        assert!(!cal.is_school_holiday(date(2026, 11, 28))); // a Saturday in term
        assert!(!cal.is_school_day(date(2026, 11, 28)));
        assert!(cal.is_school_holiday(date(2027, 1, 4)));
    }

    #[test]
    fn term_json() {
        let json =
            r#"{"kind":"summer","academicYear":2026,"start":"2027-04-12","end":"2027-07-21"}"#;
        let term: Term = serde_json::from_str(json).unwrap();
        assert_eq!(term.kind, TermKind::Summer);
        assert!(term.holidays.is_empty());
        let back = serde_json::to_string(&term).unwrap();
        assert_eq!(back, json.replace('}', r#","holidays":[]}"#));
    }
}
