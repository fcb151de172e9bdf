//! Rule `smart-target-time-bound`: every target's dates make sense. The
//! deadline falls after the PEP meeting; a short-term target's deadline is no
//! later than the next PEP (from `nextPepDate`, else the next PEP date
//! recorded at sign-off); no target runs more than `longTermMonths` past the
//! meeting; and a target does not start after its deadline.
//!
//! Each problem is a variant with its own message: `before-meeting`,
//! `after-next-pep` and `too-far` (at the deadline; at most one per target,
//! in that order) and `starts-after-deadline` (at the start date). Checks that
//! need a date the PEP does not give are skipped: a missing deadline is
//! `smart-target-deadline`'s finding, a missing meeting or next PEP date
//! belongs to other rules.
//!
//! Source: seed 004 ("SMART targets": "the shorter targets should be
//! completed termly"); St Helens and Lancashire PEP QA frameworks (DOMAIN.md,
//! "What good looks like": "deadline after the meeting and no later than the
//! next PEP for a short-term target"); DfE statutory guidance 2018 (PEPs
//! reviewed every term).

use jiff::Span;

use super::number;
use crate::model::Timescale;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SmartTargetTimeBound;

static INFO: RuleInfo = RuleInfo {
    id: "smart-target-time-bound",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "Every target's deadline is after the meeting, no later than the next PEP for a short-term target and within the council's longest term (24 months by default) for any target; no target starts after its deadline.",
    why: "A target already due at the meeting, or not due until long after the review that should judge it, cannot be reviewed. All four are errors because each means the dates written down are wrong, not merely ambitious; a council that allows longer targets raises longTermMonths.",
    source: "Seed 004 (SMART targets); St Helens and Lancashire PEP QA frameworks; DfE statutory guidance 2018",
};

impl Rule for SmartTargetTimeBound {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let meeting = cx.pep.meeting.date.map(|d| d.civil());
        let next_pep = super::next_pep_date(cx.pep);
        let months = cx.config.thresholds.long_term_months;
        let horizon = meeting.and_then(|m| {
            let span = Span::new().try_months(i64::from(months)).ok()?;
            m.checked_add(span).ok()
        });
        for (i, target) in cx.pep.targets.iter().enumerate() {
            let deadline = target.deadline.map(|d| d.civil());
            if let Some(deadline) = deadline {
                let path = format!("/targets/{i}/deadline");
                let short_term = target.timescale == Some(Timescale::ShortTerm);
                if let Some(meeting) = meeting.filter(|&m| deadline <= m) {
                    out.push_variant(
                        "before-meeting",
                        path,
                        &[
                            number(i),
                            ("deadline", deadline.to_string()),
                            ("meeting", meeting.to_string()),
                        ],
                    );
                } else if let Some(next) = next_pep.filter(|&n| short_term && deadline > n) {
                    out.push_variant(
                        "after-next-pep",
                        path,
                        &[
                            number(i),
                            ("deadline", deadline.to_string()),
                            ("nextPep", next.to_string()),
                        ],
                    );
                } else if horizon.is_some_and(|h| deadline > h) {
                    out.push_variant(
                        "too-far",
                        path,
                        &[
                            number(i),
                            ("deadline", deadline.to_string()),
                            ("months", months.to_string()),
                        ],
                    );
                }
            }
            if let (Some(start), Some(deadline)) = (target.start_date, deadline)
                && start.civil() > deadline
            {
                out.push_variant(
                    "starts-after-deadline",
                    format!("/targets/{i}/startDate"),
                    &[
                        number(i),
                        ("start", start.to_string()),
                        ("deadline", deadline.to_string()),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "smart-target-time-bound";

    /// A PEP meeting on 2026-11-20 with the next PEP on 2027-02-26 and
    /// `targets`: one or more target objects, comma-separated.
    fn pep(targets: &str) -> String {
        format!(
            r#"{{"meeting":{{"date":"2026-11-20"}},"nextPepDate":"2027-02-26","targets":[{targets}]}}"#
        )
    }

    /// Each finding's `deadline` parameter and path.
    fn deadlines_and_paths(json: &str) -> Vec<String> {
        run_rule(ID, json, &Default::default(), TODAY)
            .iter()
            .map(|f| f.params["deadline"].as_str().unwrap_or_default().to_owned() + " " + &f.path)
            .collect()
    }

    #[test]
    fn fires_when_the_deadline_is_not_after_the_meeting() {
        check(
            ID,
            &pep(r#"{"deadline":"2026-11-20"}"#),
            &["/targets/0/deadline"],
        );
        check(
            ID,
            &pep(r#"{"deadline":"2026-09-01","timescale":"short-term"}"#),
            &["/targets/0/deadline"],
        );
    }

    #[test]
    fn fires_when_a_short_term_target_runs_past_the_next_pep() {
        check(
            ID,
            &pep(r#"{"deadline":"2027-02-27","timescale":"short-term"}"#),
            &["/targets/0/deadline"],
        );
        // The next PEP date recorded at sign-off counts when the PEP has none.
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20"},"signOffs":{"designatedTeacher":{"nextPepDate":"2027-02-01"}},
                "targets":[{"deadline":"2027-02-12","timescale":"short-term"}]}"#,
            &["/targets/0/deadline"],
        );
    }

    #[test]
    fn fires_when_any_target_runs_past_the_longest_term() {
        check(
            ID,
            &pep(r#"{"deadline":"2028-11-21","timescale":"long-term"}"#),
            &["/targets/0/deadline"],
        );
        check(
            ID,
            &pep(r#"{"deadline":"2029-01-01"}"#),
            &["/targets/0/deadline"],
        );
    }

    #[test]
    fn fires_when_a_target_starts_after_its_deadline() {
        check(
            ID,
            &pep(r#"{"startDate":"2027-01-10","deadline":"2027-01-09"}"#),
            &["/targets/0/startDate"],
        );
        // Both problems at once: one finding at each field.
        check(
            ID,
            &pep(r#"{"startDate":"2026-12-01","deadline":"2026-11-01"}"#),
            &["/targets/0/deadline", "/targets/0/startDate"],
        );
    }

    #[test]
    fn quiet_when_the_dates_make_sense() {
        check(
            ID,
            &pep(r#"{"deadline":"2027-02-26","timescale":"short-term"}"#),
            &[],
        );
        check(
            ID,
            &pep(r#"{"deadline":"2028-07-20","timescale":"long-term"}"#),
            &[],
        );
        check(ID, &pep(r#"{"deadline":"2028-11-20"}"#), &[]);
        check(
            ID,
            &pep(r#"{"startDate":"2027-01-09","deadline":"2027-01-09"}"#),
            &[],
        );
        // A target with no timescale is not held to the next PEP.
        check(ID, &pep(r#"{"deadline":"2027-07-20"}"#), &[]);
    }

    #[test]
    fn quiet_when_a_date_it_needs_is_missing() {
        check(ID, &pep("{}"), &[]);
        check(
            ID,
            r#"{"targets":[{"deadline":"2020-01-01","timescale":"short-term"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"meeting":{"date":"2026-11-20"},"targets":[{"deadline":"2027-09-01","timescale":"short-term"}]}"#,
            &[],
        );
        check(ID, r#"{"targets":[{"startDate":"2027-01-10"}]}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn the_longest_term_comes_from_the_config() {
        let mut config = crate::Config::default();
        config.thresholds.long_term_months = 6;
        let json = pep(r#"{"deadline":"2027-05-21"}"#);
        let findings = run_rule(ID, &json, &config, TODAY);
        assert_eq!(
            findings[0].message,
            "Target 1's deadline (2027-05-21) is more than 6 months after the PEP meeting: set a nearer deadline, with short-term targets as steps towards it"
        );
        assert!(run_rule(ID, &pep(r#"{"deadline":"2027-05-20"}"#), &config, TODAY).is_empty());
        config.thresholds.long_term_months = u32::MAX;
        assert!(run_rule(ID, &json, &config, TODAY).is_empty());
    }

    #[test]
    fn messages_say_which_date_is_wrong() {
        let json = pep(
            r#"{"deadline":"2026-11-01"},{"deadline":"2027-03-01","timescale":"short-term"},
               {"startDate":"2027-02-01","deadline":"2027-01-15"}"#,
        );
        assert_eq!(
            deadlines_and_paths(&json),
            [
                "2026-11-01 /targets/0/deadline",
                "2027-03-01 /targets/1/deadline",
                "2027-01-15 /targets/2/startDate",
            ]
        );
        let findings = run_rule(ID, &json, &Default::default(), TODAY);
        let messages: Vec<_> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Target 1's deadline (2026-11-01) must be after the PEP meeting (2026-11-20)",
                "Target 2 is short-term, so its deadline (2027-03-01) must be no later than the next PEP (2027-02-26): bring the deadline forward or make it a long-term target",
                "Target 3 starts (2027-02-01) after its deadline (2027-01-15)",
            ]
        );
        assert!(findings.iter().all(|f| f.young_person_message.is_some()));
    }
}
