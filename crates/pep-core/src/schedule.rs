//! Every due date of a PEP, in one place: when the initial PEP must be
//! initiated and be ready for the first review, when the designated teacher
//! must sign off, when the next PEP meeting is due, and when a review is due
//! after a change of school or placement (DOMAIN.md, "Timescales").
//!
//! This module is the single place that computes each due date. The
//! `timescales` rules ([`crate::rules`]) call the same functions and report
//! a due date that has passed; [`schedule`] lists them all for a host's
//! "what is due when" view. So a finding and the schedule can never disagree.
//!
//! Counting is always the calendar's ([`Calendar::add_days_in_mode`] and
//! [`Calendar::days_between_in_mode`]): working days, or school days where the
//! council counts those. pep-core never reads the clock: `today` is an input.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

use crate::calendar::{Calendar, CountingMode};
use crate::model::{self, EntryType, Pep, PepStatus, PepType};
use crate::rules::Context;
use crate::{Config, messages};

/// Every due date of one PEP, earliest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The due dates, earliest first.
    pub items: Vec<ScheduleItem>,
}

/// One due date: what is due, by when, and how it stands today.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleItem {
    /// The ID of the rule that reports this due date once it has passed.
    pub rule: &'static str,
    /// What is due, from the message catalogue ("Designated teacher sign-off").
    pub label: String,
    /// The last day it can be done on time.
    pub due: model::Date,
    /// Where it stands today.
    pub status: DueStatus,
    /// Days (in the council's counting mode: working or school days) from
    /// today to the due date; 0 on the day itself, negative once overdue.
    pub working_days_left: i32,
    /// When it was done, where the PEP records a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done_on: Option<model::Date>,
    /// JSON Pointer to the field the due date is about.
    pub path: String,
}

/// Where a due date stands today. Serialised in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DueStatus {
    /// Not done, and the due date has passed.
    Overdue,
    /// Not done, and due within the council's `dueSoonDays`.
    DueSoon,
    /// Not done, and not due for a while.
    OnTrack,
    /// Done (on time or late: compare `doneOn` with `due`).
    Done,
}

/// Every due date of `pep` as of `today`, earliest first, leaving out those of
/// rules the council has switched off.
///
/// ```
/// use pep_core::schedule::{schedule, DueStatus};
/// let pep: pep_core::model::Pep = serde_json::from_str(
///     r#"{"meeting":{"date":"2026-11-19"},"nextPepDate":"2027-02-10"}"#,
/// ).unwrap();
/// let today = jiff::civil::date(2026, 11, 23);
/// let s = schedule(&pep, &pep_core::Config::default(), today);
/// let dt = &s.items[0];
/// assert_eq!(dt.rule, "dt-sign-off-timescale");
/// assert_eq!(dt.label, "Designated teacher sign-off");
/// assert_eq!(dt.due.to_string(), "2026-11-26"); // 5 working days after the meeting
/// assert_eq!((dt.status, dt.working_days_left), (DueStatus::DueSoon, 3));
/// ```
pub fn schedule(pep: &Pep, config: &Config, today: Date) -> Schedule {
    let calendar = Calendar::new(&config.calendar);
    let cx = Context {
        pep,
        config,
        today,
        calendar: &calendar,
    };
    let mut items: Vec<ScheduleItem> = deadlines(&cx)
        .into_iter()
        .filter(|d| config.is_enabled(d.rule))
        .map(|d| {
            let left = calendar.days_between_in_mode(today, d.due);
            let status = if d.done {
                DueStatus::Done
            } else if today > d.due {
                DueStatus::Overdue
            } else if left <= i32::try_from(config.thresholds.due_soon_days).unwrap_or(i32::MAX) {
                DueStatus::DueSoon
            } else {
                DueStatus::OnTrack
            };
            ScheduleItem {
                rule: d.rule,
                label: messages::message(config, &d.key("label"), &d.params(config)),
                due: d.due.into(),
                status,
                working_days_left: left,
                done_on: d.done_on.map(Into::into),
                path: d.path,
            }
        })
        .collect();
    items.sort_by_key(|i| i.due);
    Schedule { items }
}

/// One due date as the rules and [`schedule`] see it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Deadline {
    /// The rule that reports it.
    pub(crate) rule: &'static str,
    /// Which case of the rule this is (`""` for the main one, e.g.
    /// `"planned"`): picks the message variant.
    pub(crate) kind: &'static str,
    /// The date the timescale counts from (entry into care, the meeting,
    /// the change).
    pub(crate) from: Date,
    /// The last day it can be done on time.
    pub(crate) due: Date,
    /// The number of days the timescale allows, when it is one.
    pub(crate) days: Option<u32>,
    /// Whether it has been done.
    pub(crate) done: bool,
    /// When it was done, where the PEP records that.
    pub(crate) done_on: Option<Date>,
    /// JSON Pointer to the field it is about.
    pub(crate) path: String,
}

impl Deadline {
    /// Whether it is not done and `today` is past the due date.
    pub(crate) fn is_overdue(&self, today: Date) -> bool {
        !self.done && today > self.due
    }

    /// Whether it was done after the due date.
    pub(crate) fn is_late(&self) -> bool {
        self.done && self.done_on.is_some_and(|on| on > self.due)
    }

    /// The message variant for `suffix` (`""`, `"late"`, `"label"`): `None`
    /// for the rule's main message, else `suffix`, `kind` or `kind-suffix`.
    pub(crate) fn variant(&self, suffix: &str) -> Option<String> {
        match (self.kind, suffix) {
            ("", "") => None,
            ("", s) => Some(s.to_owned()),
            (k, "") => Some(k.to_owned()),
            (k, s) => Some(format!("{k}-{s}")),
        }
    }

    /// The message key for `suffix`: `rule-id` or `rule-id.variant`.
    pub(crate) fn key(&self, suffix: &str) -> String {
        match self.variant(suffix) {
            None => self.rule.to_owned(),
            Some(v) => format!("{}.{v}", self.rule),
        }
    }

    /// The values its messages can use: `{due}`, `{from}`, `{done}` (dates
    /// written for people), `{days}` and `{unit}` ("working days" or "school
    /// days", from the catalogue's `ui-working-days` / `ui-school-days`).
    pub(crate) fn params(&self, config: &Config) -> Vec<(&'static str, String)> {
        let mut params = vec![("due", long_date(self.due)), ("from", long_date(self.from))];
        if let Some(days) = self.days {
            params.push(("days", days.to_string()));
            params.push(("unit", day_unit(config)));
        }
        if let Some(on) = self.done_on {
            params.push(("done", long_date(on)));
        }
        params
    }
}

/// What the council counts timescales in, for messages: "working days" or
/// "school days".
pub(crate) fn day_unit(config: &Config) -> String {
    let key = match config.calendar.mode {
        CountingMode::WorkingDays => "ui-working-days",
        CountingMode::SchoolDays => "ui-school-days",
    };
    messages::message(config, key, &[])
}

/// A date written for people: "Tuesday 3 February 2027".
pub(crate) fn long_date(date: Date) -> String {
    date.strftime("%A %-d %B %Y").to_string()
}

/// Every due date of the PEP, in rule order.
pub(crate) fn deadlines(cx: &Context<'_>) -> Vec<Deadline> {
    let mut all = Vec::new();
    all.extend(initial_pep(cx));
    all.extend(first_review(cx));
    all.extend(dt_sign_off(cx));
    all.extend(next_pep(cx));
    all.extend(change_reviews(cx));
    all
}

/// The meeting date, if the meeting has happened (it is today or earlier).
pub(crate) fn held_meeting(cx: &Context<'_>) -> Option<Date> {
    cx.pep
        .meeting
        .date
        .map(model::Date::civil)
        .filter(|d| *d <= cx.today)
}

/// `n` days after `date` in the council's counting mode.
fn after(cx: &Context<'_>, date: Date, n: u32) -> Date {
    cx.calendar
        .add_days_in_mode(date, i32::try_from(n).unwrap_or(i32::MAX))
}

fn is_initial(pep: &Pep) -> bool {
    pep.pep_type == Some(PepType::Initial)
}

/// Initiating the initial PEP (its meeting): within `initialPepDays` of an
/// emergency entry into care, or before a planned one (reg 4(2)). An entry
/// of unknown type gets the emergency timescale, the longer one.
pub(crate) fn initial_pep(cx: &Context<'_>) -> Option<Deadline> {
    if !is_initial(cx.pep) {
        return None;
    }
    let entered = cx.pep.child.date_entered_care?.civil();
    let days = cx.config.thresholds.initial_pep_days;
    let (kind, due, days) = match cx.pep.child.entry_type {
        Some(EntryType::Planned) => ("planned", entered.yesterday().ok()?, None),
        Some(EntryType::Emergency) | None => ("", after(cx, entered, days), Some(days)),
    };
    let held = held_meeting(cx);
    Some(Deadline {
        rule: "initial-pep-timescale",
        kind,
        from: entered,
        due,
        days,
        done: held.is_some(),
        done_on: held,
        path: "/meeting/date".into(),
    })
}

/// The designated teacher's sign-off date, and whether they have signed
/// (a status past their sign-off counts even without a date).
fn dt_signed(pep: &Pep) -> (bool, Option<Date>) {
    let on = pep
        .sign_offs
        .designated_teacher
        .as_ref()
        .and_then(|s| s.date)
        .map(model::Date::civil);
    let by_status = matches!(
        pep.status,
        Some(PepStatus::DesignatedTeacherSigned | PepStatus::Approved)
    );
    (on.is_some() || by_status, on)
}

/// The initial PEP ready (signed off by the designated teacher) for the first
/// care-plan review: within `firstReviewDays` of entering care (reg 33(1)).
pub(crate) fn first_review(cx: &Context<'_>) -> Option<Deadline> {
    if !is_initial(cx.pep) {
        return None;
    }
    let entered = cx.pep.child.date_entered_care?.civil();
    let days = cx.config.thresholds.first_review_days;
    let (done, done_on) = dt_signed(cx.pep);
    Some(Deadline {
        rule: "first-review-timescale",
        kind: "",
        from: entered,
        due: after(cx, entered, days),
        days: Some(days),
        done,
        done_on,
        path: "/signOffs/designatedTeacher/date".into(),
    })
}

/// The designated teacher's sign-off: within `dtSignOffDays` of the meeting
/// (seed 004).
pub(crate) fn dt_sign_off(cx: &Context<'_>) -> Option<Deadline> {
    let meeting = cx.pep.meeting.date?.civil();
    let days = cx.config.thresholds.dt_sign_off_days;
    let (done, done_on) = dt_signed(cx.pep);
    Some(Deadline {
        rule: "dt-sign-off-timescale",
        kind: "",
        from: meeting,
        due: after(cx, meeting, days),
        days: Some(days),
        done,
        done_on,
        path: "/signOffs/designatedTeacher/date".into(),
    })
}

/// The next PEP date agreed at this meeting: `nextPepDate`, or failing that
/// the one a sign-off recorded (seed 004: each sign-off needs one).
fn agreed_next_pep(pep: &Pep) -> Option<(Date, &'static str)> {
    let s = &pep.sign_offs;
    pep.next_pep_date
        .map(|d| (d, "/nextPepDate"))
        .or_else(|| {
            s.virtual_school
                .as_ref()
                .and_then(|v| v.next_pep_date)
                .map(|d| (d, "/signOffs/virtualSchool/nextPepDate"))
        })
        .or_else(|| {
            s.designated_teacher
                .as_ref()
                .and_then(|v| v.next_pep_date)
                .map(|d| (d, "/signOffs/designatedTeacher/nextPepDate"))
        })
        .or_else(|| {
            s.social_worker
                .as_ref()
                .and_then(|v| v.next_pep_date)
                .map(|d| (d, "/signOffs/socialWorker/nextPepDate"))
        })
        .map(|(d, path)| (d.civil(), path))
}

/// The next PEP meeting after the latest one held: by the agreed date, and in
/// any case by the end of the term after the one the last meeting counted for
/// (a PEP every term: DfE 2018). A meeting in a school holiday counts for the
/// term just ended.
///
/// Once this PEP's meeting is held it counts from that meeting to the agreed
/// next PEP date; before then it counts from the previous PEP to this PEP's
/// own (planned) meeting date. Kind `"term"` when the end of term comes
/// before the agreed date (or there is none).
pub(crate) fn next_pep(cx: &Context<'_>) -> Option<Deadline> {
    let (anchor, agreed, path) = match held_meeting(cx) {
        Some(held) => {
            let agreed = agreed_next_pep(cx.pep);
            let path = agreed.map_or("/nextPepDate", |(_, p)| p);
            (held, agreed.map(|(d, _)| d), path)
        }
        None => (
            cx.pep.previous_pep_date?.civil(),
            cx.pep.meeting.date.map(model::Date::civil),
            "/meeting/date",
        ),
    };
    // An agreed date on or before the last meeting is a slip of the pen
    // (`next-pep-date-after-meeting` reports it): count by term instead.
    let agreed = agreed.filter(|a| *a > anchor);
    let term_end = cx.calendar.next_term(anchor).map(|t| t.end);
    let (kind, due) = match (agreed, term_end) {
        (Some(a), Some(t)) if t < a => ("term", t),
        (Some(a), _) => ("", a),
        (None, Some(t)) => ("term", t),
        (None, None) => return None,
    };
    Some(Deadline {
        rule: "pep-every-term",
        kind,
        from: anchor,
        due,
        days: None,
        done: false,
        done_on: None,
        path: path.into(),
    })
}

/// A review within `changeReviewDays` of each change of placement or of
/// school (Gateshead procedures; seed 001) since the previous PEP, or since
/// this PEP's meeting when there is no previous one. A change is reviewed by
/// this PEP's meeting when the meeting is held on or after it. Kind
/// `"school"` for a change of school or setting (`setting.startDate`) that no
/// placement change already records.
pub(crate) fn change_reviews(cx: &Context<'_>) -> Vec<Deadline> {
    let held = held_meeting(cx);
    let Some(since) = cx.pep.previous_pep_date.map(model::Date::civil).or(held) else {
        return Vec::new();
    };
    let days = cx.config.thresholds.change_review_days;
    let deadline = |kind, from: Date, path: String| {
        let reviewed = held.filter(|h| *h >= from);
        Deadline {
            rule: "change-review-due",
            kind,
            from,
            due: after(cx, from, days),
            days: Some(days),
            done: reviewed.is_some(),
            done_on: reviewed,
            path,
        }
    };
    let changes = &cx.pep.care.placement_changes;
    let mut out: Vec<Deadline> = changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, c.date?.civil())))
        .filter(|(_, d)| *d > since)
        .map(|(i, d)| deadline("", d, format!("/care/placementChanges/{i}/date")))
        .collect();
    if let Some(start) = cx.pep.setting.start_date.map(model::Date::civil) {
        let recorded = changes.iter().any(|c| {
            c.school_changed == Some(true) && c.date.map(model::Date::civil) == Some(start)
        });
        if start > since && !recorded {
            out.push(deadline("school", start, "/setting/startDate".into()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The schedule's items of `json` on `today`, leaving out the next PEP
    /// meeting (every PEP with a meeting has one) unless `with_next`.
    fn items(json: &str, today: Date, with_next: bool) -> Vec<(String, String, DueStatus, i32)> {
        let pep: Pep = serde_json::from_str(json).unwrap();
        let mut config = Config::default();
        if !with_next {
            config.disabled_rules.push("pep-every-term".into());
        }
        schedule(&pep, &config, today)
            .items
            .into_iter()
            .map(|i| {
                (
                    i.rule.to_owned(),
                    i.due.to_string(),
                    i.status,
                    i.working_days_left,
                )
            })
            .collect()
    }

    fn check(json: &str, today: Date, expected: &[(&str, &str, DueStatus, i32)]) {
        let with_next = expected.iter().any(|(r, ..)| *r == "pep-every-term");
        let got = items(json, today, with_next);
        let want: Vec<_> = expected
            .iter()
            .map(|(r, d, s, n)| ((*r).to_owned(), (*d).to_owned(), *s, *n))
            .collect();
        assert_eq!(got, want, "for {json} on {today}");
    }

    const DT: &str = "dt-sign-off-timescale";

    #[test]
    fn statuses() {
        use DueStatus::*;
        let meeting = r#"{"meeting":{"date":"2026-11-13"}}"#;
        // Due Friday 20 November (5 working days after Friday 13th).
        check(
            meeting,
            date(2026, 11, 23),
            &[(DT, "2026-11-20", Overdue, -1)],
        );
        check(
            meeting,
            date(2026, 11, 20),
            &[(DT, "2026-11-20", DueSoon, 0)],
        );
        check(
            meeting,
            date(2026, 11, 13),
            &[(DT, "2026-11-20", DueSoon, 5)],
        );
        // Signed: done, even when late.
        check(
            r#"{"meeting":{"date":"2026-11-13"},"signOffs":{"designatedTeacher":{"date":"2026-11-24"}}}"#,
            date(2026, 11, 25),
            &[(DT, "2026-11-20", Done, -3)],
        );
        // A meeting planned for 21 December: sign-off due 30 December, over
        // Christmas (25 and 28 December are bank holidays).
        check(
            r#"{"meeting":{"date":"2026-12-21"}}"#,
            date(2026, 11, 23),
            &[(DT, "2026-12-30", OnTrack, 25)],
        );
    }

    #[test]
    fn every_due_date_of_an_initial_pep() {
        use DueStatus::*;
        // Emergency entry on Monday 21 December 2026, just before Christmas.
        let json = r#"{"pepType":"initial",
            "child":{"dateEnteredCare":"2026-12-21","entryType":"emergency"},
            "meeting":{"date":"2027-01-05"},"nextPepDate":"2027-03-10",
            "care":{"placementChanges":[{"date":"2027-01-11"}]}}"#;
        check(
            json,
            date(2027, 1, 8),
            &[
                ("initial-pep-timescale", "2027-01-07", Done, -1),
                ("dt-sign-off-timescale", "2027-01-12", DueSoon, 2),
                ("first-review-timescale", "2027-01-21", DueSoon, 9),
                ("change-review-due", "2027-01-25", OnTrack, 11),
                ("pep-every-term", "2027-03-10", OnTrack, 43),
            ],
        );
    }

    #[test]
    fn labels_dates_and_json() {
        let pep: Pep = serde_json::from_str(
            r#"{"previousPepDate":"2026-10-01","care":{"placementChanges":[{"date":"2026-11-02"}]}}"#,
        )
        .unwrap();
        let s = schedule(&pep, &Config::default(), date(2026, 11, 23));
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(
            json["items"][0],
            serde_json::json!({
                "rule": "change-review-due",
                "label": "PEP review after the change of placement on Monday 2 November 2026",
                "due": "2026-11-16",
                "status": "overdue",
                "workingDaysLeft": -5,
                "path": "/care/placementChanges/0/date"
            })
        );
        assert_eq!(long_date(date(2027, 2, 3)), "Wednesday 3 February 2027");
    }

    #[test]
    fn switched_off_rules_leave_the_schedule() {
        let pep: Pep = serde_json::from_str(r#"{"meeting":{"date":"2026-11-13"}}"#).unwrap();
        let mut config = Config::default();
        let rules = |config: &Config| -> Vec<&str> {
            schedule(&pep, config, date(2026, 11, 23))
                .items
                .iter()
                .map(|i| i.rule)
                .collect()
        };
        assert_eq!(rules(&config), [DT, "pep-every-term"]);
        config.disabled_rules.push(DT.into());
        assert_eq!(rules(&config), ["pep-every-term"]);
        assert!(
            schedule(&Pep::default(), &Config::default(), date(2026, 11, 23))
                .items
                .is_empty()
        );
    }
}
