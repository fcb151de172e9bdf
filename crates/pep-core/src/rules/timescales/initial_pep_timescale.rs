//! Rule `initial-pep-timescale`: the initial PEP is initiated (its meeting
//! held) within `initialPepDays` working days (10) of an emergency entry into
//! care, or before the placement starts after a planned entry. An entry of
//! unknown type gets the emergency timescale, the longer one. Days are counted
//! by the council's calendar, so weekends and bank holidays (Christmas,
//! Easter) do not count.
//!
//! Source: Care Planning, Placement and Case Review (England) Regulations
//! 2010, reg 4(2); seed 001 ("within 10 working days of the child becoming
//! looked after"); DOMAIN.md "Timescales".

use super::report;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct InitialPepTimescale;

static INFO: RuleInfo = RuleInfo {
    id: "initial-pep-timescale",
    severity: Severity::Warning,
    blocks: &[],
    checks: "The initial PEP meeting is held within 10 working days of an emergency entry into \
             care, or before the placement starts after a planned one.",
    why: "Education is the first thing to slip when a child comes into care. A missed deadline \
          is history that no edit can put right, so it warns and blocks no sign-off; the \
          virtual school weighs it when judging \"completed within timescale\".",
    source: "Care Planning, Placement and Case Review (England) Regulations 2010, reg 4(2); \
             seed 001",
};

impl Rule for InitialPepTimescale {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if let Some(deadline) = schedule::initial_pep(cx) {
            report(cx, out, &deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::rules::testing::{TODAY, check, run_rule};
    use jiff::civil::{Date, date};

    const ID: &str = "initial-pep-timescale";

    /// Asserts the rule reports exactly `expected` (message key suffix after
    /// the ID, or "" for the main message) on `today`.
    fn check_on(json: &str, today: Date, expected: &[&str]) {
        let findings = run_rule(ID, json, &Config::default(), today);
        let got: Vec<String> = findings
            .iter()
            .map(|f| format!("{} {}", f.path, f.message))
            .collect();
        assert_eq!(
            findings.len(),
            expected.len(),
            "on {today} for {json}: {got:?}"
        );
        for (f, want) in findings.iter().zip(expected) {
            assert!(
                f.message.starts_with(want),
                "on {today} for {json}: {got:?}"
            );
        }
    }

    /// An initial PEP after entering care on `entered`, of `entry`, with
    /// `meeting` as the meeting date ("" for none).
    fn pep(entered: &str, entry: &str, meeting: &str) -> String {
        let meeting = if meeting.is_empty() {
            String::new()
        } else {
            format!(r#","meeting":{{"date":"{meeting}"}}"#)
        };
        let entry = if entry.is_empty() {
            String::new()
        } else {
            format!(r#","entryType":"{entry}""#)
        };
        format!(
            r#"{{"pepType":"initial","child":{{"dateEnteredCare":"{entered}"{entry}}}{meeting}}}"#
        )
    }

    const OVERDUE: &str = "The initial PEP meeting is overdue: it was due by";
    const LATE: &str = "The initial PEP meeting on";

    #[test]
    fn emergency_entry_just_before_christmas() {
        // Monday 21 December 2026: 25 and 28 December and 1 January are bank
        // holidays, so 10 working days run to Thursday 7 January 2027.
        let e = "2026-12-21";
        check_on(&pep(e, "emergency", "2027-01-07"), date(2027, 1, 20), &[]);
        check_on(
            &pep(e, "emergency", "2027-01-08"),
            date(2027, 1, 20),
            &[LATE],
        );
        check_on(&pep(e, "emergency", ""), date(2027, 1, 7), &[]);
        check_on(&pep(e, "emergency", ""), date(2027, 1, 8), &[OVERDUE]);
        // A meeting booked but not yet held does not meet the deadline.
        check_on(
            &pep(e, "emergency", "2027-01-12"),
            date(2027, 1, 8),
            &[OVERDUE],
        );
        check_on(&pep(e, "emergency", "2027-01-06"), date(2027, 1, 4), &[]);
        // Unknown entry type: the emergency timescale.
        check_on(&pep(e, "", ""), date(2027, 1, 8), &[OVERDUE]);
    }

    #[test]
    fn emergency_entry_before_easter() {
        // Thursday 2 April 2026: Good Friday and Easter Monday do not count,
        // so the meeting is due by Monday 20 April.
        let e = "2026-04-02";
        check_on(&pep(e, "emergency", "2026-04-20"), TODAY, &[]);
        check_on(&pep(e, "emergency", "2026-04-21"), TODAY, &[LATE]);
    }

    #[test]
    fn planned_entry_before_the_placement_starts() {
        let planned_late = "The initial PEP meeting on Monday 2 November 2026 was late: after a \
                            planned entry into care it is held before the placement starts on \
                            Monday 2 November 2026";
        check(ID, &pep("2026-11-02", "planned", "2026-10-30"), &[]);
        check(ID, &pep("2026-11-02", "planned", "2026-11-01"), &[]);
        check_on(
            &pep("2026-11-02", "planned", "2026-11-02"),
            TODAY,
            &[planned_late],
        );
        check(ID, &pep("2026-11-02", "planned", ""), &["/meeting/date"]);
        check(ID, &pep("2026-11-30", "planned", ""), &[]);
    }

    #[test]
    fn quiet_without_the_facts() {
        check(ID, r#"{}"#, &[]);
        check(ID, r#"{"pepType":"initial"}"#, &[]);
        check(
            ID,
            r#"{"pepType":"review","child":{"dateEnteredCare":"2026-01-05"}}"#,
            &[],
        );
        check(ID, r#"{"child":{"dateEnteredCare":"2026-01-05"}}"#, &[]);
    }

    #[test]
    fn message_gives_dates_for_people_and_blocks_nothing() {
        let findings = run_rule(
            ID,
            &pep("2026-12-21", "emergency", ""),
            &Config::default(),
            date(2027, 1, 8),
        );
        assert_eq!(
            findings[0].message,
            "The initial PEP meeting is overdue: it was due by Thursday 7 January 2027, 10 \
             working days after the emergency entry into care on Monday 21 December 2026"
        );
        assert_eq!(findings[0].path, "/meeting/date");
        assert_eq!(findings[0].severity, crate::Severity::Warning);
        assert!(findings[0].blocks.is_empty());
        assert_eq!(findings[0].params["due"], "Thursday 7 January 2027");
    }
}
