//! Easter Sunday by the Gregorian computus.
//!
//! Good Friday and Easter Monday are bank holidays in England and Wales
//! (Banking and Financial Dealings Act 1971, Schedule 1; Good Friday is a
//! common-law holiday), and the default spring and summer terms are placed
//! around Easter, so the calendar needs Easter Sunday for any year.
//!
//! We use the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher), published
//! in Jean Meeus, *Astronomical Algorithms* (1991), chapter 8. It is a closed
//! formula of integer divisions, valid for every Gregorian year, so it needs
//! no table and no dependency. See DESIGN.md "Why compute bank holidays by
//! rule?".

use jiff::civil::Date;

/// Easter Sunday (Western, Gregorian calendar) of `year`.
///
/// Returns `None` only when `year` is outside the range that
/// [`jiff::civil::Date`] can represent (-9999..=9999).
///
/// ```
/// use jiff::civil::date;
/// use pep_core::calendar::easter_sunday;
/// assert_eq!(easter_sunday(2026), Some(date(2026, 4, 5)));
/// assert_eq!(easter_sunday(2027), Some(date(2027, 3, 28)));
/// ```
pub fn easter_sunday(year: i16) -> Option<Date> {
    // Meeus/Jones/Butcher. Euclidean division keeps it right for any year.
    let y = i32::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    // month is 3 or 4 and day 1..=31 by construction.
    Date::new(year, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Easter Sunday 2000-2050, as published in the Book of Common Prayer's
    /// tables and by the US Naval Observatory ("Date of Easter" table); the
    /// same list is produced independently by python-dateutil's `easter()`.
    const PUBLISHED: &str = "\
        2000-04-23 2001-04-15 2002-03-31 2003-04-20 2004-04-11 2005-03-27 \
        2006-04-16 2007-04-08 2008-03-23 2009-04-12 2010-04-04 2011-04-24 \
        2012-04-08 2013-03-31 2014-04-20 2015-04-05 2016-03-27 2017-04-16 \
        2018-04-01 2019-04-21 2020-04-12 2021-04-04 2022-04-17 2023-04-09 \
        2024-03-31 2025-04-20 2026-04-05 2027-03-28 2028-04-16 2029-04-01 \
        2030-04-21 2031-04-13 2032-03-28 2033-04-17 2034-04-09 2035-03-25 \
        2036-04-13 2037-04-05 2038-04-25 2039-04-10 2040-04-01 2041-04-21 \
        2042-04-06 2043-03-29 2044-04-17 2045-04-09 2046-03-25 2047-04-14 \
        2048-04-05 2049-04-18 2050-04-10";

    fn check(year: i16, expected: &str) {
        let got = easter_sunday(year).map(|d| d.to_string());
        assert_eq!(got.as_deref(), Some(expected), "Easter {year}");
    }

    #[test]
    fn matches_published_table_2000_to_2050() {
        let dates: Vec<&str> = PUBLISHED.split_whitespace().collect();
        assert_eq!(dates.len(), 51);
        for (year, expected) in (2000..=2050).zip(dates) {
            check(year, expected);
        }
    }

    #[test]
    fn extremes_of_the_cycle() {
        check(1818, "1818-03-22"); // earliest possible date
        check(1943, "1943-04-25"); // latest possible date
        check(2285, "2285-03-22");
        check(1961, "1961-04-02");
    }

    #[test]
    fn always_a_sunday_between_22_march_and_25_april() {
        for year in 1583..=4099 {
            let d = easter_sunday(year).unwrap();
            assert_eq!(d.weekday(), jiff::civil::Weekday::Sunday, "{year}");
            assert!(d >= Date::new(year, 3, 22).unwrap(), "{year}");
            assert!(d <= Date::new(year, 4, 25).unwrap(), "{year}");
        }
    }

    #[test]
    fn out_of_range_year_is_none() {
        assert_eq!(easter_sunday(i16::MAX), None);
    }
}
