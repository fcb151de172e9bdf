//! Bank holidays of England and Wales, computed by rule.
//!
//! Sources:
//! - Banking and Financial Dealings Act 1971, s1 and Schedule 1: Easter
//!   Monday, the last Monday in May, the last Monday in August, 26 December
//!   (if not a Sunday) and 27 December when 25 or 26 December is a Sunday.
//! - Royal proclamations under s1(3) of that Act, made every year: New Year's
//!   Day (since 1974) and the first Monday in May (since 1978), and the
//!   substitute days when 1 January, 25 or 26 December fall on a weekend.
//! - Good Friday and Christmas Day are common-law holidays.
//! - One-off proclamations, listed in `ONE_OFFS` (see DOMAIN.md "Timescales").
//!
//! The rules are those in force since 1978; earlier years are computed with
//! the same rules and are not historically exact. A host that wants the
//! official list can pass it instead (see [`CalendarConfig`]).
//!
//! [`CalendarConfig`]: super::CalendarConfig

use std::borrow::Cow;
use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};

use super::easter::easter_sunday;

/// One bank holiday: its date and its name as GOV.UK writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BankHoliday {
    /// The day off.
    pub date: Date,
    /// The name, e.g. `"Easter Monday"` or `"Boxing Day (substitute day)"`.
    pub name: &'static str,
}

/// Most bank holidays any year has had (2022 had 9; room to spare).
const MAX_PER_YEAR: usize = 12;

/// The bank holidays of one year, in date order. Fixed size and `Copy`, so
/// looking one up never allocates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearHolidays {
    items: [BankHoliday; MAX_PER_YEAR],
    len: u8,
}

impl YearHolidays {
    const EMPTY: YearHolidays = YearHolidays {
        items: [BankHoliday {
            date: Date::MIN,
            name: "",
        }; MAX_PER_YEAR],
        len: 0,
    };

    /// The holidays, in date order.
    ///
    /// ```
    /// let y = pep_core::calendar::bank_holidays_in(2026);
    /// assert_eq!(y.as_slice().len(), 8);
    /// assert_eq!(y.as_slice()[0].name, "New Year’s Day");
    /// ```
    pub fn as_slice(&self) -> &[BankHoliday] {
        &self.items[..usize::from(self.len)]
    }

    /// The name of the holiday on `date`, if `date` is one of them.
    pub fn name_of(&self, date: Date) -> Option<&'static str> {
        self.as_slice()
            .iter()
            .find(|h| h.date == date)
            .map(|h| h.name)
    }

    fn push(&mut self, date: Date, name: &'static str) {
        let i = usize::from(self.len);
        if i < MAX_PER_YEAR {
            self.items[i] = BankHoliday { date, name };
            self.len += 1;
        }
    }

    fn remove(&mut self, date: Date) {
        let len = usize::from(self.len);
        if let Some(i) = self.items[..len].iter().position(|h| h.date == date) {
            self.items.copy_within(i + 1..len, i);
            self.len -= 1;
        }
    }

    fn sort(&mut self) {
        let len = usize::from(self.len);
        self.items[..len].sort_unstable_by_key(|h| h.date);
    }
}

/// A one-off change by royal proclamation: days that stop being holidays and
/// days that become holidays in that year.
struct OneOff {
    year: i16,
    removed: &'static [Date],
    added: &'static [(Date, &'static str)],
}

const fn d(y: i16, m: i8, day: i8) -> Date {
    Date::constant(y, m, day)
}

/// One-off changes by royal proclamation since 1978. DOMAIN.md lists those
/// from 2020; the earlier ones (1981, 1995, 1999, 2002, 2011, 2012) are
/// included so that historical dates count correctly.
const ONE_OFFS: &[OneOff] = &[
    OneOff {
        year: 1981,
        removed: &[],
        added: &[(d(1981, 7, 29), "Royal wedding")],
    },
    OneOff {
        year: 1995,
        removed: &[d(1995, 5, 1)],
        added: &[(d(1995, 5, 8), "Early May bank holiday (VE day)")],
    },
    OneOff {
        year: 1999,
        removed: &[],
        added: &[(d(1999, 12, 31), "Millennium celebrations")],
    },
    OneOff {
        year: 2002,
        removed: &[d(2002, 5, 27)],
        added: &[
            (d(2002, 6, 3), "Spring bank holiday"),
            (d(2002, 6, 4), "Golden Jubilee bank holiday"),
        ],
    },
    OneOff {
        year: 2011,
        removed: &[],
        added: &[(d(2011, 4, 29), "Royal wedding")],
    },
    OneOff {
        year: 2012,
        removed: &[d(2012, 5, 28)],
        added: &[
            (d(2012, 6, 4), "Spring bank holiday"),
            (d(2012, 6, 5), "Queen’s Diamond Jubilee"),
        ],
    },
    OneOff {
        year: 2020,
        removed: &[d(2020, 5, 4)],
        added: &[(d(2020, 5, 8), "Early May bank holiday (VE day)")],
    },
    OneOff {
        year: 2022,
        removed: &[d(2022, 5, 30)],
        added: &[
            (d(2022, 6, 2), "Spring bank holiday"),
            (d(2022, 6, 3), "Platinum Jubilee bank holiday"),
            (
                d(2022, 9, 19),
                "Bank Holiday for the State Funeral of Queen Elizabeth II",
            ),
        ],
    },
    OneOff {
        year: 2023,
        removed: &[],
        added: &[(
            d(2023, 5, 8),
            "Bank holiday for the coronation of King Charles III",
        )],
    },
];

const NEW_YEAR: &str = "New Year’s Day";
const NEW_YEAR_SUB: &str = "New Year’s Day (substitute day)";
const CHRISTMAS: &str = "Christmas Day";
const CHRISTMAS_SUB: &str = "Christmas Day (substitute day)";
const BOXING: &str = "Boxing Day";
const BOXING_SUB: &str = "Boxing Day (substitute day)";

/// Computes the year's holidays; `None` when the year is outside jiff's range.
fn compute(year: i16) -> Option<YearHolidays> {
    let mut out = YearHolidays::EMPTY;

    // 1 January, or the Monday after when it falls on a weekend.
    let new_year = Date::new(year, 1, 1).ok()?;
    match new_year.weekday() {
        Weekday::Saturday => out.push(Date::new(year, 1, 3).ok()?, NEW_YEAR_SUB),
        Weekday::Sunday => out.push(Date::new(year, 1, 2).ok()?, NEW_YEAR_SUB),
        _ => out.push(new_year, NEW_YEAR),
    }

    let easter = easter_sunday(year)?;
    out.push(easter.yesterday().ok()?.yesterday().ok()?, "Good Friday");
    out.push(easter.tomorrow().ok()?, "Easter Monday");

    let may = Date::new(year, 5, 1).ok()?;
    out.push(
        may.nth_weekday_of_month(1, Weekday::Monday).ok()?,
        "Early May bank holiday",
    );
    out.push(
        may.nth_weekday_of_month(-1, Weekday::Monday).ok()?,
        "Spring bank holiday",
    );
    out.push(
        Date::new(year, 8, 1)
            .ok()?
            .nth_weekday_of_month(-1, Weekday::Monday)
            .ok()?,
        "Summer bank holiday",
    );

    // 25 and 26 December; a day on a weekend moves to the first weekday
    // after it that is not already a holiday (Schedule 1 and proclamations).
    let dec = |day: i8| Date::new(year, 12, day).ok();
    match dec(25)?.weekday() {
        Weekday::Friday => {
            out.push(dec(25)?, CHRISTMAS);
            out.push(dec(28)?, BOXING_SUB);
        }
        Weekday::Saturday => {
            out.push(dec(27)?, CHRISTMAS_SUB);
            out.push(dec(28)?, BOXING_SUB);
        }
        Weekday::Sunday => {
            out.push(dec(26)?, BOXING);
            out.push(dec(27)?, CHRISTMAS_SUB);
        }
        _ => {
            out.push(dec(25)?, CHRISTMAS);
            out.push(dec(26)?, BOXING);
        }
    }

    for one_off in ONE_OFFS.iter().filter(|o| o.year == year) {
        for &date in one_off.removed {
            out.remove(date);
        }
        for &(date, name) in one_off.added {
            out.push(date, name);
        }
    }
    out.sort();
    Some(out)
}

/// Years whose holidays are computed once and kept for the life of the
/// program. Other years are computed on each call (still without allocating).
const CACHE_FIRST: i16 = 1970;
const CACHE_LAST: i16 = 2199;
const CACHE_LEN: usize = (CACHE_LAST - CACHE_FIRST + 1) as usize;
static CACHE: [OnceLock<YearHolidays>; CACHE_LEN] = [const { OnceLock::new() }; CACHE_LEN];

/// The year's holidays, from the cache when the year is in it.
pub(crate) fn cached(year: i16) -> Cow<'static, YearHolidays> {
    if (CACHE_FIRST..=CACHE_LAST).contains(&year) {
        let slot = &CACHE[(year - CACHE_FIRST) as usize];
        Cow::Borrowed(slot.get_or_init(|| compute(year).unwrap_or(YearHolidays::EMPTY)))
    } else {
        Cow::Owned(compute(year).unwrap_or(YearHolidays::EMPTY))
    }
}

/// The bank holidays of England and Wales in `year`, computed by rule with
/// the one-off changes applied (see the module documentation for sources).
///
/// ```
/// use jiff::civil::date;
/// let dates: Vec<_> = pep_core::calendar::bank_holidays_in(2027)
///     .as_slice()
///     .iter()
///     .map(|h| h.date)
///     .collect();
/// assert_eq!(dates[1], date(2027, 3, 26)); // Good Friday
/// assert_eq!(dates[7], date(2027, 12, 28)); // Boxing Day (substitute day)
/// ```
pub fn bank_holidays_in(year: i16) -> YearHolidays {
    *cached(year)
}

/// The name of the England and Wales bank holiday on `date`, computed by
/// rule, or `None` if `date` is not one. Ignores any official list or council
/// closures a host configured: for those use
/// [`Calendar::is_bank_holiday`](super::Calendar::is_bank_holiday).
///
/// ```
/// use jiff::civil::date;
/// use pep_core::calendar::is_bank_holiday;
/// assert_eq!(is_bank_holiday(date(2026, 4, 6)), Some("Easter Monday"));
/// assert_eq!(is_bank_holiday(date(2022, 5, 30)), None); // moved to 2 June
/// assert_eq!(is_bank_holiday(date(2026, 4, 7)), None);
/// ```
pub fn is_bank_holiday(date: Date) -> Option<&'static str> {
    cached(date.year()).name_of(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `expected`: the GOV.UK list for the year ("YYYY-MM-DD" separated by
    /// spaces), from <https://www.gov.uk/bank-holidays>.
    fn check(year: i16, expected: &str) {
        let got: Vec<String> = bank_holidays_in(year)
            .as_slice()
            .iter()
            .map(|h| h.date.to_string())
            .collect();
        let want: Vec<&str> = expected.split_whitespace().collect();
        assert_eq!(got, want, "bank holidays of {year}");
    }

    #[test]
    fn gov_uk_lists() {
        check(
            2020,
            "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
        );
        check(
            2021,
            "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
        );
        check(
            2022,
            "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
        );
        check(
            2023,
            "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
        );
        check(
            2024,
            "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
        );
        check(
            2025,
            "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
        );
        check(
            2026,
            "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
        );
        check(
            2027,
            "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
        );
        check(
            2012,
            "2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25 2012-12-26",
        );
    }

    fn name(date: &str, expected: Option<&str>) {
        let date: Date = date.parse().unwrap();
        assert_eq!(is_bank_holiday(date), expected, "{date}");
    }

    #[test]
    fn names_and_substitute_days() {
        name("2021-12-27", Some(CHRISTMAS_SUB)); // Christmas on Saturday
        name("2021-12-28", Some(BOXING_SUB));
        name("2022-12-26", Some(BOXING)); // Christmas on Sunday
        name("2022-12-27", Some(CHRISTMAS_SUB));
        name("2027-12-27", Some(CHRISTMAS_SUB));
        name("2027-12-28", Some(BOXING_SUB));
        name("2026-12-28", Some(BOXING_SUB)); // Boxing Day on Saturday
        name("2033-01-03", Some(NEW_YEAR_SUB)); // New Year on Saturday
        name("2033-01-01", None);
        name("2023-01-02", Some(NEW_YEAR_SUB)); // New Year on Sunday
        name("2020-05-04", None); // moved to VE day
        name("2020-05-08", Some("Early May bank holiday (VE day)"));
        name("2022-05-30", None);
        name("2022-06-03", Some("Platinum Jubilee bank holiday"));
        name(
            "2022-09-19",
            Some("Bank Holiday for the State Funeral of Queen Elizabeth II"),
        );
        name("2023-05-01", Some("Early May bank holiday")); // coronation is extra
        name(
            "2023-05-08",
            Some("Bank holiday for the coronation of King Charles III"),
        );
        name("2026-04-03", Some("Good Friday"));
        name("2026-08-31", Some("Summer bank holiday"));
        name("2026-12-26", None); // a Saturday: substitute on the 28th
    }

    #[test]
    fn every_year_has_eight_weekday_holidays_outside_one_off_years() {
        for year in 1978..=2199 {
            let hs = bank_holidays_in(year);
            assert!(hs.as_slice().iter().all(|h| h.date.year() == year));
            assert!(
                hs.as_slice()
                    .iter()
                    .all(|h| h.date.weekday().to_monday_zero_offset() < 5),
                "{year}"
            );
            assert!(hs.as_slice().windows(2).all(|w| w[0].date < w[1].date));
            if !ONE_OFFS.iter().any(|o| o.year == year) {
                assert_eq!(hs.as_slice().len(), 8, "{year}");
            }
        }
    }

    #[test]
    fn outside_cache_and_outside_range() {
        assert_eq!(bank_holidays_in(2300).as_slice().len(), 8);
        assert_eq!(bank_holidays_in(9999).as_slice().len(), 8);
        assert!(bank_holidays_in(i16::MAX).as_slice().is_empty());
    }
}
