//! Working days and school days: checks, stepping and counting.
//!
//! A working day is Monday to Friday less bank holidays of England and Wales
//! and the council's extra closures (DOMAIN.md "Timescales"). Stepping jumps
//! whole weeks with jiff's date arithmetic and then corrects for the few
//! holidays in the span, so adding 60 working days costs a handful of date
//! operations, not 84 single-day steps.

use std::ops::{Bound, RangeBounds};

use jiff::Span;
use jiff::civil::Date;

use super::bank_holidays::cached;
use super::{Calendar, CountingMode};

/// Stop looking for a school day after this many calendar days without one
/// (a misconfigured year with no term time), so no query can loop for ever.
const MAX_SCHOOL_GAP: u32 = 800;

fn offset(date: Date) -> i64 {
    i64::from(date.weekday().to_monday_zero_offset())
}

fn is_weekday(date: Date) -> bool {
    offset(date) < 5
}

fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(days).ok()?).ok()
}

/// Steps `n` weekdays (Monday-Friday) from `date`, ignoring holidays. From a
/// weekend, one weekday forward is Monday and one back is Friday.
fn add_weekdays(date: Date, n: i64) -> Option<Date> {
    let wd = offset(date);
    if n > 0 {
        // From a weekend, count as from the Friday before it.
        let (base, w) = if wd >= 5 {
            (add_days(date, 4 - wd)?, 4)
        } else {
            (date, wd)
        };
        let total = w + n;
        add_days(base, total / 5 * 7 + total % 5 - w)
    } else if n < 0 {
        // From a weekend, count as from the Monday after it.
        let (base, w) = if wd >= 5 {
            (add_days(date, 7 - wd)?, 0)
        } else {
            (date, wd)
        };
        let to_friday = 4 - w;
        let total = to_friday - n;
        add_days(base, to_friday - total / 5 * 7 - total % 5)
    } else {
        Some(date)
    }
}

/// Number of weekdays in `(from, to]`, for `from <= to`.
fn weekdays_after_up_to(from: Date, to: Date) -> i64 {
    let days = i64::from((to - from).get_days());
    let w = offset(from);
    let rem = (1..=days % 7).filter(|i| (w + i) % 7 < 5).count() as i64;
    days / 7 * 5 + rem
}

impl Calendar {
    /// Whether `date` is a working day: Monday to Friday, not a bank holiday
    /// (see [`Calendar::is_bank_holiday`]) and not a council closure.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert!(cal.is_working_day(date(2026, 4, 2)));
    /// assert!(!cal.is_working_day(date(2026, 4, 3))); // Good Friday
    /// assert!(!cal.is_working_day(date(2026, 4, 4))); // Saturday
    /// ```
    pub fn is_working_day(&self, date: Date) -> bool {
        is_weekday(date) && !self.is_closure(date) && self.is_bank_holiday(date).is_none()
    }

    /// Number of weekdays in the range that are not working days (bank
    /// holidays and closures), each counted once.
    fn closed_weekdays(&self, range: (Bound<Date>, Bound<Date>), first: Date, last: Date) -> i64 {
        let mut count = 0;
        for year in first.year()..=last.year() {
            if self.official.as_ref().is_some_and(|o| o.covers(year)) {
                continue;
            }
            count += cached(year)
                .as_slice()
                .iter()
                .filter(|h| range.contains(&h.date) && is_weekday(h.date))
                .count();
        }
        if let Some(official) = &self.official {
            let lo = official.dates.partition_point(|&d| d < first);
            count += official.dates[lo..]
                .iter()
                .take_while(|&&d| d <= last)
                .filter(|&&d| range.contains(&d) && is_weekday(d))
                .count();
        }
        let lo = self.extra.partition_point(|&d| d < first);
        count += self.extra[lo..]
            .iter()
            .take_while(|&&d| d <= last)
            .filter(|&&d| range.contains(&d) && is_weekday(d) && self.is_bank_holiday(d).is_none())
            .count();
        count as i64
    }

    /// The date `n` working days after `date` (before it when `n` is
    /// negative). Each step moves to the next (previous) working day, so the
    /// result is always a working day, even from a weekend or holiday: one
    /// working day after Saturday 4 April 2026 is Tuesday 7 April (Easter
    /// Monday is a bank holiday). `n == 0` returns `date` unchanged, working
    /// day or not (use [`Calendar::next_working_day`] to roll forward).
    ///
    /// Saturates at [`Date::MIN`] / [`Date::MAX`] instead of overflowing.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// // Emergency placement on Thursday 2 April 2026: initiate the PEP
    /// // within 10 working days (reg 4(2)), skipping Good Friday and Easter Monday.
    /// assert_eq!(cal.add_working_days(date(2026, 4, 2), 10), date(2026, 4, 20));
    /// assert_eq!(cal.add_working_days(date(2026, 4, 7), -1), date(2026, 4, 2));
    /// assert_eq!(cal.add_working_days(date(2026, 4, 4), 0), date(2026, 4, 4));
    /// ```
    pub fn add_working_days(&self, date: Date, n: i32) -> Date {
        let saturated = if n > 0 { Date::MAX } else { Date::MIN };
        let mut current = date;
        let mut remaining = i64::from(n);
        while remaining != 0 {
            let Some(next) = add_weekdays(current, remaining) else {
                return saturated;
            };
            let closed = if remaining > 0 {
                self.closed_weekdays(
                    (Bound::Excluded(current), Bound::Included(next)),
                    current,
                    next,
                )
            } else {
                -self.closed_weekdays(
                    (Bound::Included(next), Bound::Excluded(current)),
                    next,
                    current,
                )
            };
            current = next;
            remaining = closed;
        }
        current
    }

    /// The first working day after `date` (strictly after).
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.next_working_day(date(2027, 12, 24)), date(2027, 12, 29));
    /// ```
    pub fn next_working_day(&self, date: Date) -> Date {
        self.add_working_days(date, 1)
    }

    /// The last working day before `date` (strictly before).
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.previous_working_day(date(2027, 1, 4)), date(2026, 12, 31));
    /// ```
    pub fn previous_working_day(&self, date: Date) -> Date {
        self.add_working_days(date, -1)
    }

    /// The number of working days after `from`, up to and including `to`;
    /// negative (minus the working days after `to` up to and including
    /// `from`) when `to` is before `from`. So a meeting on a Thursday and a
    /// sign-off the next Monday are 2 working days apart, and for a working
    /// day `a`, `working_days_between(a, add_working_days(a, n)) == n`.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.working_days_between(date(2026, 4, 2), date(2026, 4, 7)), 1);
    /// assert_eq!(cal.working_days_between(date(2026, 4, 7), date(2026, 4, 2)), -1);
    /// assert_eq!(cal.working_days_between(date(2026, 4, 2), date(2026, 4, 2)), 0);
    /// ```
    pub fn working_days_between(&self, from: Date, to: Date) -> i32 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        let n = weekdays_after_up_to(from, to)
            - self.closed_weekdays((Bound::Excluded(from), Bound::Included(to)), from, to);
        // At most about 5.2 million weekdays fit in jiff's range of dates.
        n as i32
    }

    /// The date `n` school days after `date` (before it when negative); see
    /// [`Calendar::is_school_day`]. Same conventions as
    /// [`Calendar::add_working_days`]: `n == 0` returns `date`. Steps a day
    /// at a time; if no school day is found within 800 days (a configuration
    /// without term time), stops there and returns the day it reached.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// // Friday 23 October 2026, before half term: 1 school day later is 2 November.
    /// assert_eq!(cal.add_school_days(date(2026, 10, 23), 1), date(2026, 11, 2));
    /// ```
    pub fn add_school_days(&self, date: Date, n: i32) -> Date {
        let step = if n > 0 { 1 } else { -1 };
        let mut current = date;
        for _ in 0..n.unsigned_abs() {
            let mut gap = 0;
            loop {
                let Some(next) = add_days(current, step) else {
                    return current;
                };
                current = next;
                if self.is_school_day(current) {
                    break;
                }
                gap += 1;
                if gap > MAX_SCHOOL_GAP {
                    return current;
                }
            }
        }
        current
    }

    /// The number of school days after `from` up to and including `to`,
    /// negative when `to` is before `from` (as
    /// [`Calendar::working_days_between`]). Takes time in proportion to the
    /// number of days between.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.school_days_between(date(2026, 10, 23), date(2026, 11, 2)), 1);
    /// ```
    pub fn school_days_between(&self, from: Date, to: Date) -> i32 {
        if to < from {
            return -self.school_days_between(to, from);
        }
        let mut count = 0;
        let mut current = from;
        while current < to {
            let Some(next) = add_days(current, 1) else {
                break;
            };
            current = next;
            if self.is_school_day(current) {
                count += 1;
            }
        }
        count
    }

    /// Whether `date` counts towards timescales in the calendar's
    /// [`mode`](Calendar::mode): a working day or a school day.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, CountingMode};
    /// let mut cal = Calendar::default();
    /// assert!(cal.is_day_in_mode(date(2026, 10, 27)));
    /// cal.mode = CountingMode::SchoolDays;
    /// assert!(!cal.is_day_in_mode(date(2026, 10, 27))); // half term
    /// ```
    pub fn is_day_in_mode(&self, date: Date) -> bool {
        match self.mode {
            CountingMode::WorkingDays => self.is_working_day(date),
            CountingMode::SchoolDays => self.is_school_day(date),
        }
    }

    /// [`Calendar::add_working_days`] or [`Calendar::add_school_days`], by
    /// the calendar's mode. Rules use this for "within N days" timescales.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, CountingMode};
    /// let mut cal = Calendar::default();
    /// assert_eq!(cal.add_days_in_mode(date(2026, 10, 23), 5), date(2026, 10, 30));
    /// cal.mode = CountingMode::SchoolDays;
    /// assert_eq!(cal.add_days_in_mode(date(2026, 10, 23), 5), date(2026, 11, 6));
    /// ```
    pub fn add_days_in_mode(&self, date: Date, n: i32) -> Date {
        match self.mode {
            CountingMode::WorkingDays => self.add_working_days(date, n),
            CountingMode::SchoolDays => self.add_school_days(date, n),
        }
    }

    /// The first day after `date` that counts in the calendar's mode.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::Calendar;
    /// let cal = Calendar::default();
    /// assert_eq!(cal.next_day_in_mode(date(2026, 4, 2)), date(2026, 4, 7));
    /// ```
    pub fn next_day_in_mode(&self, date: Date) -> Date {
        self.add_days_in_mode(date, 1)
    }

    /// [`Calendar::working_days_between`] or
    /// [`Calendar::school_days_between`], by the calendar's mode.
    ///
    /// ```
    /// use jiff::civil::date;
    /// use pep_core::calendar::{Calendar, CountingMode};
    /// let mut cal = Calendar::default();
    /// cal.mode = CountingMode::SchoolDays;
    /// assert_eq!(cal.days_between_in_mode(date(2026, 10, 23), date(2026, 11, 2)), 1);
    /// ```
    pub fn days_between_in_mode(&self, from: Date, to: Date) -> i32 {
        match self.mode {
            CountingMode::WorkingDays => self.working_days_between(from, to),
            CountingMode::SchoolDays => self.school_days_between(from, to),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarConfig;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// `case`: "start +n = expected" (n may be negative).
    fn check(cal: &Calendar, case: &str) {
        let parts: Vec<&str> = case.split_whitespace().collect();
        let (start, n, want) = (d(parts[0]), parts[1].parse::<i32>().unwrap(), d(parts[3]));
        let got = cal.add_working_days(start, n);
        assert_eq!(got, want, "{case}");
        // The same result by naive day-by-day stepping.
        let mut naive = start;
        for _ in 0..n.unsigned_abs() {
            loop {
                naive = add_days(naive, if n > 0 { 1 } else { -1 }).unwrap();
                if cal.is_working_day(naive) {
                    break;
                }
            }
        }
        assert_eq!(naive, want, "naive {case}");
    }

    #[test]
    fn add_working_days_cases() {
        let cal = Calendar::default();
        for case in [
            "2026-04-02 +10 = 2026-04-20", // Thursday before Easter
            "2026-04-03 +10 = 2026-04-20", // from Good Friday
            "2026-04-03 +1 = 2026-04-07",
            "2026-03-27 +10 = 2026-04-14", // Friday a week before Easter
            "2026-04-07 -1 = 2026-04-02",
            "2026-04-07 -10 = 2026-03-20",
            "2026-04-04 +0 = 2026-04-04", // zero leaves a Saturday alone
            "2026-04-04 -1 = 2026-04-02",
            "2026-04-05 +1 = 2026-04-07",
            "2026-12-24 +1 = 2026-12-29", // Christmas Friday, Boxing substitute Monday
            "2026-12-24 +3 = 2026-12-31",
            "2026-12-24 +4 = 2027-01-04",
            "2027-12-24 +1 = 2027-12-29",
            "2022-05-27 +1 = 2022-05-30", // moved spring holiday: 30 May worked
            "2022-05-27 +4 = 2022-06-06",
            "2022-09-16 +1 = 2022-09-20", // state funeral
            "2023-05-05 +1 = 2023-05-09", // coronation
            "2020-05-01 +1 = 2020-05-04", // VE day moved the May holiday
            "2020-05-07 +1 = 2020-05-11",
            "2026-01-05 +60 = 2026-03-30",
            "2026-05-01 -60 = 2026-02-04",
            "2026-06-01 +300 = 2027-08-05",
            "2026-06-01 -300 = 2025-03-20",
            "2026-07-31 +20 = 2026-08-28",
            "2026-07-31 +21 = 2026-09-01", // summer bank holiday 31 August
        ] {
            check(&cal, case);
        }
    }

    fn check_between(cal: &Calendar, from: &str, to: &str, want: i32) {
        assert_eq!(
            cal.working_days_between(d(from), d(to)),
            want,
            "{from}..{to}"
        );
    }

    #[test]
    fn working_days_between_cases() {
        let cal = Calendar::default();
        check_between(&cal, "2026-04-02", "2026-04-20", 10);
        check_between(&cal, "2026-04-20", "2026-04-02", -10);
        check_between(&cal, "2026-04-03", "2026-04-06", 0);
        check_between(&cal, "2026-04-04", "2026-04-05", 0);
        check_between(&cal, "2026-04-02", "2026-04-03", 0);
        check_between(&cal, "2026-04-01", "2026-04-02", 1);
        check_between(&cal, "2026-01-01", "2026-12-31", 253);
        check_between(&cal, "2025-12-31", "2026-12-31", 253);
        check_between(&cal, "2026-12-24", "2027-01-04", 4);
    }

    #[test]
    fn extra_closures_and_official_list() {
        let cal = Calendar::new(&CalendarConfig {
            extra_closures: vec![
                date(2026, 12, 29),
                date(2026, 12, 30),
                date(2026, 12, 28), // already a bank holiday
                date(2026, 12, 26), // a Saturday
                date(2026, 12, 29), // duplicate
            ],
            ..CalendarConfig::default()
        });
        check(&cal, "2026-12-24 +1 = 2026-12-31");
        check(&cal, "2026-12-31 -1 = 2026-12-24");
        check_between(&cal, "2026-12-24", "2027-01-04", 2);

        // An official list for 2026 without Easter Monday.
        let cal = Calendar::new(&CalendarConfig {
            bank_holidays: Some(vec![date(2026, 1, 1), date(2026, 4, 3)]),
            ..CalendarConfig::default()
        });
        check(&cal, "2026-04-02 +1 = 2026-04-06");
        check(&cal, "2026-12-24 +1 = 2026-12-25");
        check(&cal, "2027-03-25 +1 = 2027-03-30"); // 2027 still computed
    }

    #[test]
    fn school_days() {
        let cal = Calendar {
            mode: CountingMode::SchoolDays,
            ..Calendar::default()
        };
        assert_eq!(cal.add_days_in_mode(d("2026-12-17"), 2), d("2027-01-04"));
        assert_eq!(cal.add_days_in_mode(d("2027-01-04"), -2), d("2026-12-17"));
        assert_eq!(cal.add_days_in_mode(d("2026-07-22"), 1), d("2026-09-03"));
        assert_eq!(
            cal.days_between_in_mode(d("2026-12-17"), d("2027-01-04")),
            2
        );
        assert_eq!(
            cal.days_between_in_mode(d("2027-01-04"), d("2026-12-17")),
            -2
        );
        assert_eq!(cal.next_day_in_mode(d("2027-04-30")), d("2027-05-04")); // May bank holiday
        assert!(!cal.is_day_in_mode(d("2026-08-03")));
        // No term time at all in a configured year: gives up, does not hang.
        let empty = Calendar::new(&CalendarConfig {
            mode: CountingMode::SchoolDays,
            terms: (2000..2100)
                .map(|y| crate::calendar::Term {
                    kind: crate::calendar::TermKind::Autumn,
                    academic_year: y,
                    start: date(y, 9, 1),
                    end: date(y, 9, 1),
                    holidays: vec![crate::calendar::DateRange {
                        start: date(y, 9, 1),
                        end: date(y, 9, 1),
                    }],
                })
                .collect(),
            ..CalendarConfig::default()
        });
        let got = empty.add_days_in_mode(d("2026-01-01"), 1);
        assert!(got > d("2027-01-01"), "{got}");
    }

    #[test]
    fn saturates_at_the_ends_of_time() {
        let cal = Calendar::default();
        assert_eq!(cal.add_working_days(d("9999-12-01"), 100), Date::MAX);
        assert_eq!(cal.add_working_days(date(-9999, 2, 1), -100), Date::MIN);
    }

    fn realistic_date() -> impl Strategy<Value = Date> {
        (1990i16..2080, 1i8..=12, 1i8..=28).prop_map(|(y, m, day)| date(y, m, day))
    }

    fn config_strategy() -> impl Strategy<Value = CalendarConfig> {
        prop::collection::vec(realistic_date(), 0..20).prop_map(|extra_closures| CalendarConfig {
            extra_closures,
            ..CalendarConfig::default()
        })
    }

    proptest! {
        /// Acceptance: adding then subtracting n working days returns the
        /// start, when the start is a working day.
        #[test]
        fn add_then_subtract_round_trips(start in realistic_date(), n in -400i32..400, config in config_strategy()) {
            let cal = Calendar::new(&config);
            let start = if cal.is_working_day(start) { start } else { cal.next_working_day(start) };
            let there = cal.add_working_days(start, n);
            prop_assert_eq!(cal.add_working_days(there, -n), start);
        }

        /// Acceptance: no date computed by add_working_days is a weekend or
        /// a bank holiday (or a closure).
        #[test]
        fn results_are_working_days(start in realistic_date(), n in -400i32..400, config in config_strategy()) {
            prop_assume!(n != 0);
            let cal = Calendar::new(&config);
            let got = cal.add_working_days(start, n);
            prop_assert!(got.weekday().to_monday_zero_offset() < 5, "{} is a weekend", got);
            prop_assert_eq!(cal.is_bank_holiday(got), None);
            prop_assert!(!cal.is_closure(got));
        }

        /// Acceptance: working_days_between(a, add_working_days(a, n)) == n,
        /// for any a when n >= 0 and for a working day a when n < 0.
        #[test]
        fn between_inverts_add(start in realistic_date(), n in -400i32..400, config in config_strategy()) {
            let cal = Calendar::new(&config);
            let start = if n < 0 && !cal.is_working_day(start) { cal.next_working_day(start) } else { start };
            let end = cal.add_working_days(start, n);
            prop_assert_eq!(cal.working_days_between(start, end), n);
        }

        /// Counting agrees with checking day by day.
        #[test]
        fn between_matches_day_by_day(a in realistic_date(), len in 0i64..120) {
            let cal = Calendar::default();
            let b = add_days(a, len).unwrap();
            let mut naive = 0;
            let mut day = a;
            while day < b {
                day = add_days(day, 1).unwrap();
                naive += i32::from(cal.is_working_day(day));
            }
            prop_assert_eq!(cal.working_days_between(a, b), naive);
        }

        /// School-day stepping round-trips from a school day.
        #[test]
        fn school_days_round_trip(start in realistic_date(), n in -80i32..80) {
            let cal = Calendar { mode: CountingMode::SchoolDays, ..Calendar::default() };
            let start = if cal.is_school_day(start) { start } else { cal.add_school_days(start, 1) };
            let there = cal.add_school_days(start, n);
            prop_assert!(n == 0 || cal.is_school_day(there));
            prop_assert_eq!(cal.add_school_days(there, -n), start);
            prop_assert_eq!(cal.school_days_between(start, there), n);
        }
    }
}
