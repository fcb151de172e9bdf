//! `pep schema`, `pep rules` and `pep schedule FILE`: what pepkit reads,
//! what it checks, and when one PEP's dates fall due.

use std::io::Write;
use std::path::Path;

use pep_core::schedule::DueStatus;
use pep_core::{Config, Date};

use crate::cli::Format;
use crate::error::{Result, read_pep};
use crate::validate::stdout_error;

/// Prints the JSON Schema of a PEP document.
pub fn schema(out: &mut dyn Write) -> Result<()> {
    let text = serde_json::to_string_pretty(&pep_core::model::json_schema())
        .expect("a JSON value always serializes");
    writeln!(out, "{text}").map_err(stdout_error)
}

/// Prints the rule catalogue: one line per rule, or JSON.
pub fn rules(format: Format, config: &Config, out: &mut dyn Write) -> Result<()> {
    let catalogue = pep_core::rules::catalogue();
    let result = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &catalogue)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => catalogue.iter().try_for_each(|r| {
            let severity = config.severity.get(r.id).copied().unwrap_or(r.severity);
            let off = if config.is_enabled(r.id) {
                ""
            } else {
                " (switched off)"
            };
            writeln!(
                out,
                "{:<34} {:<7} {}{off}",
                r.id,
                severity_name(severity),
                r.checks
            )
        }),
    };
    result.map_err(stdout_error)
}

/// Prints every due date of the PEP at `path`, earliest first.
pub fn schedule(
    path: &Path,
    format: Format,
    config: &Config,
    today: Date,
    out: &mut dyn Write,
) -> Result<()> {
    let pep = read_pep(path)?;
    let schedule = pep_core::schedule(&pep, config, today);
    let result = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &schedule)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text if schedule.items.is_empty() => {
            writeln!(out, "{}: no due dates", path.display())
        }
        Format::Text => schedule.items.iter().try_for_each(|i| {
            let when = match (i.status, i.done_on) {
                (DueStatus::Done, Some(on)) if on > i.due => format!("done late on {on}"),
                (DueStatus::Done, Some(on)) => format!("done on {on}"),
                (DueStatus::Done, None) => "done".to_owned(),
                (DueStatus::Overdue, _) => format!("overdue by {} days", -i.working_days_left),
                (_, _) => format!("{} days left", i.working_days_left),
            };
            writeln!(
                out,
                "{}  {:<9} {:<22} {} ({when})",
                i.due,
                status_name(i.status),
                i.rule,
                i.label
            )
        }),
    };
    result.map_err(stdout_error)
}

/// A severity's name in JSON.
pub(crate) fn severity_name(severity: pep_core::Severity) -> &'static str {
    match severity {
        pep_core::Severity::Error => "error",
        pep_core::Severity::Warning => "warning",
        pep_core::Severity::Info => "info",
    }
}

/// A due status's name in JSON.
pub(crate) fn status_name(status: DueStatus) -> &'static str {
    match status {
        DueStatus::Overdue => "overdue",
        DueStatus::DueSoon => "due-soon",
        DueStatus::OnTrack => "on-track",
        DueStatus::Done => "done",
    }
}
