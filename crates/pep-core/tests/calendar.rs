//! The calendar as a host uses it: configuration arrives as JSON, answers
//! come back as dates. Cases from DOMAIN.md "Timescales".

use jiff::civil::{Date, date};
use pep_core::calendar::{Calendar, CalendarConfig, CountingMode, TermKind};

fn calendar(json: &str) -> Calendar {
    Calendar::new(&serde_json::from_str::<CalendarConfig>(json).unwrap())
}

/// `(what, got, expected)` rows.
fn check(rows: &[(&str, Date, Date)]) {
    for (what, got, want) in rows {
        assert_eq!(got, want, "{what}");
    }
}

#[test]
fn timescales_in_working_days() {
    let cal = calendar("{}");
    check(&[
        // Emergency entry to care on Wednesday 23 December 2026: PEP
        // initiated within 10 working days (reg 4(2)).
        (
            "initiation deadline",
            cal.add_days_in_mode(date(2026, 12, 23), 10),
            date(2027, 1, 11),
        ),
        // Entered care Monday 16 March 2026: ready for the first review
        // within 20 working days (reg 33(1)), across Easter.
        (
            "first review",
            cal.add_days_in_mode(date(2026, 3, 16), 20),
            date(2026, 4, 15),
        ),
        // Meeting Friday 22 May 2026: DT sign-off within 5 working days
        // (seed 004), across the spring bank holiday.
        (
            "DT sign-off",
            cal.add_days_in_mode(date(2026, 5, 22), 5),
            date(2026, 6, 1),
        ),
    ]);
}

#[test]
fn a_council_counting_school_days_with_its_own_terms() {
    let cal = calendar(
        r#"{
            "mode": "school-days",
            "terms": [
                {"kind": "autumn", "academicYear": 2026, "start": "2026-09-02", "end": "2026-12-18",
                 "holidays": [{"start": "2026-10-26", "end": "2026-10-30"},
                              {"start": "2026-09-25", "end": "2026-09-25"}]},
                {"kind": "spring", "academicYear": 2026, "start": "2027-01-05", "end": "2027-03-25",
                 "holidays": [{"start": "2027-02-15", "end": "2027-02-19"}]},
                {"kind": "summer", "academicYear": 2026, "start": "2027-04-12", "end": "2027-07-21",
                 "holidays": [{"start": "2027-05-31", "end": "2027-06-04"}]}
            ],
            "extraClosures": ["2027-01-05"]
        }"#,
    );
    assert_eq!(cal.mode, CountingMode::SchoolDays);
    check(&[
        // The inset day (25 September) does not count.
        (
            "10 school days",
            cal.add_days_in_mode(date(2026, 9, 21), 10),
            date(2026, 10, 6),
        ),
        // Christmas holiday and the closure on 5 January do not count.
        (
            "over Christmas",
            cal.add_days_in_mode(date(2026, 12, 17), 2),
            date(2027, 1, 6),
        ),
    ]);
    // The next PEP, after a meeting in November, belongs in the spring term.
    let window = cal.next_term_window(date(2026, 11, 12)).unwrap();
    assert_eq!(
        (window.start, window.end),
        (date(2027, 1, 5), date(2027, 3, 25))
    );
    let term = cal.term_containing_or_next(date(2027, 3, 30)).unwrap();
    assert_eq!(term.kind, TermKind::Summer);
}
