//! `pep audit DIR`: one pass over every PEP under a directory, aggregated as
//! it goes.
//!
//! Files are streamed: the directory is walked lazily (sorted by name, so the
//! output is the same on every run), a batch of [`BATCH`] paths is read,
//! parsed and checked on every core (rayon), and each PEP's [`PepRow`] is
//! folded into the totals (and handed to the CSV writer) in path order, then
//! dropped. Memory grows with the number of schools, rules and findings worth
//! listing, not with the caseload.
//!
//! Per PEP the work is one `parse`, one [`pep_core::qa_assess`] (which runs
//! `validate` once; every finding lands in exactly one of its criteria's
//! evidence or concerns or in `other`, so the error rules are read from it
//! rather than validating twice) and one [`pep_core::schedule`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use indicatif::ProgressBar;
use pep_core::model::Date as PepDate;
use pep_core::schedule::{DueStatus, ScheduleItem};
use pep_core::{Config, Date, Severity};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result, read_pep};

/// How many files are read and checked in parallel before their results are
/// folded in: enough to keep two cores busy, small enough to keep memory flat.
pub const BATCH: usize = 256;

/// What the audit found in one PEP: a CSV row, and what the totals add up.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PepRow {
    /// The file, as found under the audited directory.
    pub path: String,
    /// `early-years`, `school-age` or `post-16`.
    pub kind: &'static str,
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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeReview {
    /// The PEP's file.
    pub path: String,
    /// The child's name.
    pub child: String,
    /// What is due ("PEP review after the change of placement on ...").
    pub label: String,
    /// By when.
    pub due: PepDate,
    /// Overdue, due soon or on track.
    pub status: DueStatus,
}

/// A file the audit could not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The file.
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

/// How many PEPs' next meeting stands where.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Lateness {
    /// PEPs the timescale applies to.
    pub total: usize,
    /// Of those, late: overdue, or done after the due date.
    pub late: usize,
}

/// How many PEPs meet the expected QA standard, out of how many.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    /// The rule's ID.
    pub rule: String,
    /// PEPs with at least one error finding from it.
    pub peps: usize,
}

/// The audit of a caseload.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Audit {
    /// The audited directory.
    pub dir: String,
    /// The date the audit was made against.
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
    /// Files that could not be read or parsed.
    pub skipped: Vec<Skipped>,
}

/// The running totals.
struct Totals {
    audit: Audit,
    schools: BTreeMap<String, QaCount>,
    rules: HashMap<String, usize>,
}

impl Totals {
    fn add(&mut self, row: &PepRow) {
        let a = &mut self.audit;
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

    fn finish(mut self) -> Audit {
        self.audit.qa_by_school = self
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
        self.audit.failing_rules = rules;
        self.audit
    }
}

/// Audits every `*.json` file under `dir`, recursively, as of `today`.
/// `on_row` sees each PEP's row in path order (the CSV writer); `progress`
/// counts files. A file that cannot be read or parsed is listed in
/// [`Audit::skipped`] and the audit carries on; an error is returned only
/// when `dir` itself cannot be read or `on_row` fails.
pub fn audit(
    dir: &Path,
    config: &Config,
    today: Date,
    mut on_row: impl FnMut(&PepRow) -> Result<()>,
    progress: &ProgressBar,
) -> Result<Audit> {
    std::fs::read_dir(dir).map_err(|e| Error::read(dir, e))?;
    let mut totals = Totals {
        audit: Audit {
            dir: dir.display().to_string(),
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
            skipped: Vec::new(),
        },
        schools: BTreeMap::new(),
        rules: HashMap::new(),
    };
    let mut walk = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|entry| match entry {
            Ok(e) if e.file_type().is_file() && is_json(e.path()) => Some(Ok(e.into_path())),
            Ok(_) => None,
            Err(e) => Some(Err(Skipped {
                path: e
                    .path()
                    .map_or_else(|| dir.display().to_string(), |p| p.display().to_string()),
                reason: e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string),
            })),
        });
    let mut batch: Vec<PathBuf> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        for item in walk.by_ref() {
            match item {
                Ok(path) => batch.push(path),
                Err(skipped) => totals.audit.skipped.push(skipped),
            }
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let rows: Vec<Result<PepRow>> = batch
            .par_iter()
            .map(|path| check_file(path, config, today))
            .collect();
        for row in rows {
            match row {
                Ok(row) => {
                    on_row(&row)?;
                    totals.add(&row);
                }
                Err(e) => totals.audit.skipped.push(Skipped {
                    path: e.path().display().to_string(),
                    reason: e.reason(),
                }),
            }
        }
        progress.inc(batch.len() as u64);
    }
    Ok(totals.finish())
}

/// Whether `path` ends in `.json` (any case).
fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Reads, parses and checks one file.
pub fn check_file(path: &Path, config: &Config, today: Date) -> Result<PepRow> {
    let pep = read_pep(path)?;
    let qa = pep_core::qa_assess(&pep, config, today);
    let schedule = pep_core::schedule(&pep, config, today);
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

    let path_text = path.display().to_string();
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
            path: path_text.clone(),
            child: child.clone(),
            label: i.label.clone(),
            due: i.due,
            status: i.status,
        })
        .collect();
    Ok(PepRow {
        kind: pep.kind.as_str(),
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
        path: path_text,
    })
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
