//! Rule `next-pep-date-working-day`: a warning when a next PEP date falls on
//! a weekend, a bank holiday, a day the council is closed, or a school holiday
//! (outside term or in a half term), when the school and the professionals
//! are unlikely to be there.
//!
//! A warning, not an error: a meeting in the holidays can be right (a
//! post-16 transition in August, say), so the person booking it decides.
//!
//! Source: DOMAIN.md "Timescales" (working days are Monday to Friday less the
//! bank holidays of England and Wales; term dates are the council's); seed
//! 004 ("it is advised to arrange that at the end of the PEP meeting").

use super::next_pep_dates;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NextPepDateWorkingDay;

static INFO: RuleInfo = RuleInfo {
    id: "next-pep-date-working-day",
    severity: Severity::Warning,
    blocks: &[] as &[Stage],
    checks: "The next PEP date is a working day in term time: not a weekend, bank holiday, council closure or school holiday.",
    why: "The school, the social worker and the carers are unlikely to be able to meet then, so the meeting will probably move and the term's review slip.",
    source: "DOMAIN.md \"Timescales\" (working days, bank holidays of England and Wales, council term dates); seed 004 (agree the next date at the meeting)",
};

impl Rule for NextPepDateWorkingDay {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let cal = cx.calendar;
        for (date, path) in next_pep_dates(cx.pep) {
            let shown = ("date", date.to_string());
            if let Some(holiday) = cal.is_bank_holiday(date) {
                out.push_variant("bank-holiday", path, &[shown, ("holiday", holiday.into())]);
            } else if date.weekday().to_monday_zero_offset() >= 5 {
                out.push_variant("weekend", path, &[shown]);
            } else if !cal.is_working_day(date) {
                out.push_variant("closure", path, &[shown]);
            } else if cal.is_school_holiday(date) {
                out.push_variant("school-holiday", path, &[shown]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};
    use crate::{Config, Finding};

    const ID: &str = "next-pep-date-working-day";

    fn pep(next: &str) -> String {
        format!(r#"{{"nextPepDate":"{next}"}}"#)
    }

    fn variant(json: &str, config: &Config) -> Vec<String> {
        run_rule(ID, json, config, TODAY)
            .iter()
            .map(|f: &Finding| f.message.clone())
            .collect()
    }

    #[test]
    fn warns_on_days_nobody_meets() {
        check(ID, &pep("2027-02-06"), &["/nextPepDate"]); // Saturday
        check(ID, &pep("2027-02-07"), &["/nextPepDate"]); // Sunday
        check(ID, &pep("2027-05-03"), &["/nextPepDate"]); // early May bank holiday
        check(ID, &pep("2026-12-28"), &["/nextPepDate"]); // Boxing Day substitute
        check(ID, &pep("2027-02-17"), &["/nextPepDate"]); // February half term
        check(ID, &pep("2027-08-11"), &["/nextPepDate"]); // summer holiday
        check(
            ID,
            r#"{"nextPepDate":"2027-02-03","signOffs":{"socialWorker":{"nextPepDate":"2027-02-06"},"designatedTeacher":{"nextPepDate":"2027-02-06"}}}"#,
            &["/signOffs/socialWorker/nextPepDate"],
        );
    }

    #[test]
    fn quiet_on_a_term_time_working_day() {
        check(ID, &pep("2027-02-03"), &[]);
        check(ID, &pep("2026-11-23"), &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn says_which_kind_of_day_it_is() {
        let default = Config::default();
        assert_eq!(
            variant(&pep("2026-12-25"), &default),
            [
                "The next PEP date (2026-12-25) is a bank holiday (Christmas Day): choose a working day"
            ]
        );
        assert_eq!(
            variant(&pep("2027-02-06"), &default),
            ["The next PEP date (2027-02-06) is a weekend: choose a working day"]
        );
        assert_eq!(
            variant(&pep("2027-02-17"), &default),
            ["The next PEP date (2027-02-17) is in the school holidays: check the school is open"]
        );
        let closed = Config::from_json(r#"{"calendar":{"extraClosures":["2027-02-05"]}}"#).unwrap();
        assert_eq!(
            variant(&pep("2027-02-05"), &closed),
            ["The next PEP date (2027-02-05) is a day the council is closed: choose a working day"]
        );
    }
}
