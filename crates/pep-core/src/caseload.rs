//! A caseload at a glance: what `pep audit` and `<pep-caseload>` show.
//!
//! [`CaseloadRow::of`] reads one PEP: where its next meeting stands, whether
//! its initial PEP and the designated teacher's sign-off were late, reviews
//! due after a change of school or placement, whether it meets the QA
//! standard, and its findings. [`Totals`] adds rows up into a [`Caseload`]
//! as they come, so a caller can stream any number of PEPs through it with
//! memory that grows with the number of schools and rules, not PEPs.
//!
//! Per PEP the work is one [`crate::qa_assess`] (which runs `validate` once;
//! every finding lands in exactly one of its criteria's evidence or concerns
//! or in `other`, so the error rules are read from it rather than validating
//! twice) and one [`crate::schedule`].
//!
//! Sources: seeds 000 and 003 (a real-time overview of all PEPs, overdue
//! reviews flagged, criteria-based QA across schools); DOMAIN.md
//! "Timescales".

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Date as PepDate, Pep};
use crate::schedule::{DueStatus, ScheduleItem};
use crate::{Config, Severity};

/// What one PEP shows in a caseload: a table row, and what the totals add up.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CaseloadRow {
    /// The caller's name for the PEP: the CLI's file path, the host's id.
    pub id: String,
    /// `early-years`, `school-age` or `post-16`.
    pub kind: String,
    /// `initial` or `review`, when recorded.
    pub pep_type: String,
    /// The PEP's status (`draft`, `approved`...), when recorded.
    pub status: String,
    /// The child's name (preferred name when given), when recorded.
    pub child: String,
    /// The school or setting (`setting.name`), when recorded.
    pub school: String,
    /// When the next PEP meeting is due (`pep-every-term`).
    pub next_pep_due: Option<PepDate>,
    /// Where the next PEP meeting stands; `None` when no date can be worked out.
    pub next_pep_status: Option<DueStatus>,
    /// Whether the initial PEP was late (overdue, or held after its due
    /// date); `None` unless this is an initial PEP with an entry date.
    pub initial_pep_late: Option<bool>,
    /// Whether the designated teacher's sign-off is late (overdue, or signed
    /// after its due date); `None` when there is no meeting date.
    pub dt_sign_off_late: Option<bool>,
    /// Reviews due (not yet held) because of a change of school or placement.
    pub change_reviews: Vec<ChangeReview>,
    /// Whether the suggested QA judgement is "meets the expected standard".
    pub meets_standard: bool,
    /// The number of error findings.
    pub errors: usize,
    /// The number of warning findings.
    pub warnings: usize,
    /// The IDs of the rules with an error finding, each once, sorted.
    pub error_rules: Vec<String>,
}

/// A review due because of a change of school or placement.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangeReview {
    /// The PEP's id (its row's `id`).
    pub id: String,
    /// The child's name.
    pub child: String,
    /// What is due ("PEP review after the change of placement on ...").
    pub label: String,
    /// By when.
    pub due: PepDate,
    /// Overdue, due soon or on track.
    pub status: DueStatus,
}

/// How many PEPs' next meeting stands where.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NextPep {
    /// The due date has passed.
    pub overdue: usize,
    /// Due within the council's `dueSoonDays` (10 working days by default).
    pub due_soon: usize,
    /// Not due for a while.
    pub on_track: usize,
    /// No due date can be worked out (no meeting and no previous PEP).
    pub no_date: usize,
}

/// Out of how many PEPs a timescale applied to, how many were late.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lateness {
    /// PEPs the timescale applies to.
    pub total: usize,
    /// Of those, late: overdue, or done after the due date.
    pub late: usize,
}

/// How many PEPs meet the expected QA standard, out of how many.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct QaCount {
    /// The school (`setting.name`); empty for the whole caseload.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub school: String,
    /// PEPs meeting the standard.
    pub meets: usize,
    /// PEPs assessed.
    pub total: usize,
    /// `meets` as a percentage of `total`, to one decimal place (0 when none).
    pub percent: f64,
}

impl QaCount {
    fn add(&mut self, meets: bool) {
        self.total += 1;
        self.meets += usize::from(meets);
        self.percent = percent(self.meets, self.total);
    }
}

/// `part` as a percentage of `whole`, to one decimal place.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        // Counts are far below 2^52, so the conversions are exact.
        (part as f64 * 1000.0 / whole as f64).round() / 10.0
    }
}

/// A rule and how many PEPs have an error finding from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RuleCount {
    /// The rule's ID.
    pub rule: String,
    /// PEPs with at least one error finding from it.
    pub peps: usize,
}

/// A caseload, added up.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Caseload {
    /// The date the caseload was checked against.
    pub today: PepDate,
    /// The council's `dueSoonDays`: what "due soon" means.
    pub due_soon_days: u32,
    /// PEPs read and checked.
    pub peps: usize,
    /// Where each PEP's next meeting stands.
    pub next_pep: NextPep,
    /// Initial PEPs held late or overdue.
    pub initial_peps: Lateness,
    /// Designated teachers' sign-offs late or overdue.
    pub dt_sign_offs: Lateness,
    /// The QA standard across the caseload.
    pub qa: QaCount,
    /// The QA standard per school, by school name.
    pub qa_by_school: Vec<QaCount>,
    /// Every rule with an error finding, most PEPs first.
    pub failing_rules: Vec<RuleCount>,
    /// Reviews due because of a change of school or placement.
    pub change_reviews: Vec<ChangeReview>,
}

/// The running totals: add rows in the order they should be listed, then
/// [`Totals::finish`].
#[derive(Debug)]
pub struct Totals {
    caseload: Caseload,
    schools: BTreeMap<String, QaCount>,
    rules: HashMap<String, usize>,
}

impl Totals {
    /// Nothing added yet, as of `today`.
    pub fn new(config: &Config, today: Date) -> Self {
        Totals {
            caseload: Caseload {
                today: today.into(),
                due_soon_days: config.thresholds.due_soon_days,
                peps: 0,
                next_pep: NextPep::default(),
                initial_peps: Lateness::default(),
                dt_sign_offs: Lateness::default(),
                qa: QaCount::default(),
                qa_by_school: Vec::new(),
                failing_rules: Vec::new(),
                change_reviews: Vec::new(),
            },
            schools: BTreeMap::new(),
            rules: HashMap::new(),
        }
    }

    /// Adds one PEP's row.
    pub fn add(&mut self, row: &CaseloadRow) {
        let a = &mut self.caseload;
        a.peps += 1;
        match row.next_pep_status {
            Some(DueStatus::Overdue) => a.next_pep.overdue += 1,
            Some(DueStatus::DueSoon) => a.next_pep.due_soon += 1,
            Some(DueStatus::OnTrack) => a.next_pep.on_track += 1,
            Some(DueStatus::Done) | None => a.next_pep.no_date += 1,
        }
        for (lateness, late) in [
            (&mut a.initial_peps, row.initial_pep_late),
            (&mut a.dt_sign_offs, row.dt_sign_off_late),
        ] {
            if let Some(late) = late {
                lateness.total += 1;
                lateness.late += usize::from(late);
            }
        }
        a.qa.add(row.meets_standard);
        self.schools
            .entry(row.school.clone())
            .or_default()
            .add(row.meets_standard);
        for rule in &row.error_rules {
            *self.rules.entry(rule.clone()).or_default() += 1;
        }
        a.change_reviews.extend(row.change_reviews.iter().cloned());
    }

    /// The caseload, added up.
    pub fn finish(mut self) -> Caseload {
        self.caseload.qa_by_school = self
            .schools
            .into_iter()
            .map(|(school, mut count)| {
                count.school = if school.is_empty() {
                    "(no school recorded)".to_owned()
                } else {
                    school
                };
                count
            })
            .collect();
        let mut rules: Vec<RuleCount> = self
            .rules
            .into_iter()
            .map(|(rule, peps)| RuleCount { rule, peps })
            .collect();
        rules.sort_by(|a, b| b.peps.cmp(&a.peps).then_with(|| a.rule.cmp(&b.rule)));
        self.caseload.failing_rules = rules;
        self.caseload
    }
}

impl CaseloadRow {
    /// Checks one PEP, known to the caller as `id`, as of `today`.
    pub fn of(pep: &Pep, id: &str, config: &Config, today: Date) -> CaseloadRow {
        let qa = crate::qa_assess(pep, config, today);
        let schedule = crate::schedule(pep, config, today);
        let findings = qa
            .criteria
            .iter()
            .flat_map(|c| c.evidence.iter().chain(&c.concerns))
            .chain(&qa.other);
        let (mut errors, mut warnings) = (0, 0);
        let mut error_rules: Vec<String> = Vec::new();
        for f in findings {
            match f.severity {
                Severity::Error => {
                    errors += 1;
                    error_rules.push(f.rule.clone());
                }
                Severity::Warning => warnings += 1,
                Severity::Info => {}
            }
        }
        error_rules.sort_unstable();
        error_rules.dedup();

        let child = pep
            .child
            .preferred_name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| pep.child.name.clone())
            .unwrap_or_default();
        let item = |rule: &str| schedule.items.iter().find(|i| i.rule == rule);
        let next = item("pep-every-term");
        let change_reviews = schedule
            .items
            .iter()
            .filter(|i| i.rule == "change-review-due" && i.status != DueStatus::Done)
            .map(|i| ChangeReview {
                id: id.to_owned(),
                child: child.clone(),
                label: i.label.clone(),
                due: i.due,
                status: i.status,
            })
            .collect();
        CaseloadRow {
            kind: pep.kind.as_str().to_owned(),
            pep_type: json_name(&pep.pep_type),
            status: json_name(&pep.status),
            school: pep.setting.name.clone().unwrap_or_default(),
            next_pep_due: next.map(|i| i.due),
            next_pep_status: next.map(|i| i.status),
            initial_pep_late: item("initial-pep-timescale").map(is_late),
            dt_sign_off_late: item("dt-sign-off-timescale").map(is_late),
            change_reviews,
            meets_standard: qa.meets_standard(),
            errors,
            warnings,
            error_rules,
            child,
            id: id.to_owned(),
        }
    }
}

/// Overdue, or done after the due date.
fn is_late(item: &ScheduleItem) -> bool {
    match item.status {
        DueStatus::Overdue => true,
        DueStatus::Done => item.done_on.is_some_and(|on| on > item.due),
        DueStatus::DueSoon | DueStatus::OnTrack => false,
    }
}

/// An enum's name in JSON (`"approved"`), or `""` when absent.
fn json_name<T: Serialize>(value: &Option<T>) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
