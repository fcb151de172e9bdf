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
//! Per PEP the work is one `parse` and one [`CaseloadRow::of`]; the totals are
//! pep-core's [`Totals`], the same that `<pep-caseload>` shows in a browser.

use std::path::{Path, PathBuf};

use indicatif::ProgressBar;
pub use pep_core::caseload::{
    Caseload, CaseloadRow as PepRow, ChangeReview, Lateness, NextPep, QaCount, RuleCount, Totals,
    percent,
};
use pep_core::{Config, Date};
use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result, read_pep};

/// How many files are read and checked in parallel before their results are
/// folded in: enough to keep two cores busy, small enough to keep memory flat.
pub const BATCH: usize = 256;

/// A file the audit could not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The file.
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

/// The audit of a directory: the caseload's totals, and the files skipped.
/// Derefs to [`Caseload`], so `audit.peps` reads the totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Audit {
    /// The audited directory.
    pub dir: String,
    /// The totals.
    #[serde(flatten)]
    pub caseload: Caseload,
    /// Files that could not be read or parsed.
    pub skipped: Vec<Skipped>,
}

impl std::ops::Deref for Audit {
    type Target = Caseload;

    fn deref(&self) -> &Caseload {
        &self.caseload
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
    let mut totals = Totals::new(config, today);
    let mut skipped = Vec::new();
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
                Err(s) => skipped.push(s),
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
                Err(e) => skipped.push(Skipped {
                    path: e.path().display().to_string(),
                    reason: e.reason(),
                }),
            }
        }
        progress.inc(batch.len() as u64);
    }
    Ok(Audit {
        dir: dir.display().to_string(),
        caseload: totals.finish(),
        skipped,
    })
}

/// Whether `path` ends in `.json` (any case).
fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Reads, parses and checks one file.
pub fn check_file(path: &Path, config: &Config, today: Date) -> Result<PepRow> {
    let pep = read_pep(path)?;
    Ok(PepRow::of(&pep, &path.display().to_string(), config, today))
}
