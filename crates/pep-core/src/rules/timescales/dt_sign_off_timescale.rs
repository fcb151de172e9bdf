//! Rule `dt-sign-off-timescale`: the designated teacher signs the PEP off
//! within `dtSignOffDays` working days (5) of the PEP meeting. Fires when the
//! sign-off is recorded after that, or is still missing once it has passed.
//! Days are counted by the council's calendar, so weekends and bank holidays
//! do not count.
//!
//! Source: seed 004 ("The PEP should be marked complete within 5 working days
//! of the PEP meeting taking place"); DOMAIN.md "Timescales".

use super::report;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, schedule};

/// See the module documentation.
pub(crate) struct DtSignOffTimescale;

static INFO: RuleInfo = RuleInfo {
    id: "dt-sign-off-timescale",
    severity: Severity::Warning,
    blocks: &[],
    checks: "The designated teacher signs the PEP off within 5 working days of the meeting.",
    why: "Until the designated teacher signs off, the plan agreed at the meeting is not in \
          force. A late sign-off is history, so it warns rather than holding up the sign-off \
          it is about.",
    source: "Seed 004 (Designated Teacher Sign Off: within 5 working days of the meeting)",
};

impl Rule for DtSignOffTimescale {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if let Some(deadline) = schedule::dt_sign_off(cx) {
            report(cx, out, &deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::calendar::CountingMode;
    use crate::rules::testing::{TODAY, check, run_rule};
    use jiff::civil::{Date, date};

    const ID: &str = "dt-sign-off-timescale";
    const PATH: &str = "/signOffs/designatedTeacher/date";

    fn pep(meeting: &str, signed: &str) -> String {
        let signed = if signed.is_empty() {
            String::new()
        } else {
            format!(r#","signOffs":{{"designatedTeacher":{{"date":"{signed}"}}}}"#)
        };
        format!(r#"{{"meeting":{{"date":"{meeting}"}}{signed}}}"#)
    }

    fn messages(json: &str, config: &Config, today: Date) -> Vec<String> {
        run_rule(ID, json, config, today)
            .into_iter()
            .map(|f| {
                assert_eq!(f.path, PATH);
                f.message
            })
            .collect()
    }

    fn check_on(json: &str, today: Date, expected: &[&str]) {
        assert_eq!(
            messages(json, &Config::default(), today),
            expected,
            "{json} on {today}"
        );
    }

    #[test]
    fn over_christmas() {
        // Tuesday 22 December 2026 + 5 working days, skipping 25 and 28
        // December: Thursday 31 December.
        let later = date(2027, 1, 20);
        check_on(&pep("2026-12-22", "2026-12-31"), later, &[]);
        check_on(
            &pep("2026-12-22", "2027-01-04"),
            later,
            &[
                "The designated teacher signed off on Monday 4 January 2027, after Thursday 31 \
               December 2026: sign-off is due within 5 working days of the meeting on Tuesday 22 \
               December 2026",
            ],
        );
        check_on(&pep("2026-12-22", ""), date(2026, 12, 31), &[]);
        check_on(
            &pep("2026-12-22", ""),
            date(2027, 1, 1),
            &[
                "The designated teacher's sign-off is overdue: it was due by Thursday 31 December \
               2026, 5 working days after the meeting on Tuesday 22 December 2026",
            ],
        );
    }

    #[test]
    fn over_easter() {
        // Thursday 25 March 2027 + 5 working days, skipping Good Friday and
        // Easter Monday: Monday 5 April.
        check_on(&pep("2027-03-25", "2027-04-05"), date(2027, 5, 1), &[]);
        assert_eq!(
            messages(
                &pep("2027-03-25", "2027-04-06"),
                &Config::default(),
                date(2027, 5, 1)
            )
            .len(),
            1
        );
    }

    #[test]
    fn overdue_on_today() {
        // Friday 13 November: due Friday 20th; today is Monday 23rd.
        check(ID, &pep("2026-11-13", ""), &[PATH]);
        // Monday 16 November: due today, not yet overdue.
        check(ID, &pep("2026-11-16", ""), &[]);
        // A meeting still to come.
        check(ID, &pep("2026-12-01", ""), &[]);
        check(ID, &pep("2026-11-13", "2026-11-20"), &[]);
        // Signed according to the status, without a date.
        check(
            ID,
            r#"{"status":"designated-teacher-signed","meeting":{"date":"2026-11-13"}}"#,
            &[],
        );
        check(
            ID,
            r#"{"status":"social-worker-signed","meeting":{"date":"2026-11-13"}}"#,
            &[PATH],
        );
    }

    #[test]
    fn quiet_without_a_meeting() {
        check(ID, r#"{}"#, &[]);
        check(
            ID,
            r#"{"signOffs":{"designatedTeacher":{"date":"2026-11-20"}}}"#,
            &[],
        );
        assert!(run_rule(ID, "{}", &Config::default(), TODAY).is_empty());
    }

    #[test]
    fn school_days_skip_half_term() {
        // Friday 23 October 2026, before half term: 5 working days is 30
        // October, 5 school days is 6 November.
        let json = pep("2026-10-23", "2026-11-05");
        let mut config = Config::default();
        assert_eq!(messages(&json, &config, TODAY).len(), 1);
        config.calendar.mode = CountingMode::SchoolDays;
        assert!(messages(&json, &config, TODAY).is_empty());
    }
}
