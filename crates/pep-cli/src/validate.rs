//! `pep validate FILE...`: each file's findings, for people or as JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use pep_core::{Config, Date, Report, Severity};
use serde_json::json;

use crate::cli::Format;
use crate::error::{Error, read_pep};
use crate::exit;

/// Validates `files` and prints their findings on `out`; files that cannot be
/// read are reported on standard error and the rest are still checked.
///
/// Exit status: 2 when a file could not be read or parsed, else 1 when a
/// file has an error finding, else 0.
pub fn run(
    files: &[PathBuf],
    format: Format,
    config: &Config,
    today: Date,
    out: &mut dyn Write,
) -> Result<ExitCode, Error> {
    let mut unreadable = false;
    let mut errors = false;
    let mut json_out = Vec::new();
    for path in files {
        let shown = path.display().to_string();
        let pep = match read_pep(path) {
            Ok(pep) => pep,
            Err(e) => {
                unreadable = true;
                eprintln!("{e}");
                if format == Format::Json {
                    json_out.push(json!({ "file": shown, "error": e.reason() }));
                }
                continue;
            }
        };
        let report = pep_core::validate(&pep, config, today);
        errors |= report.has_errors();
        match format {
            Format::Text => write_text(&shown, &report, out).map_err(stdout_error)?,
            Format::Json => json_out.push(json!({
                "file": shown,
                "errors": count(&report, Severity::Error),
                "warnings": count(&report, Severity::Warning),
                "findings": report.findings,
            })),
        }
    }
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &json_out)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
            .map_err(stdout_error)?;
    }
    Ok(if unreadable {
        exit::bad_input()
    } else if errors {
        exit::found_errors()
    } else {
        ExitCode::SUCCESS
    })
}

/// The number of findings of `severity`.
fn count(report: &Report, severity: Severity) -> usize {
    report
        .findings
        .iter()
        .filter(|f| f.severity == severity)
        .count()
}

/// `n thing` or `n things`.
pub(crate) fn plural(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("{n} {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

fn write_text(file: &str, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    if report.findings.is_empty() {
        return writeln!(out, "{file}: no problems found");
    }
    writeln!(
        out,
        "{file}: {}, {}",
        plural(count(report, Severity::Error), "error"),
        plural(count(report, Severity::Warning), "warning")
    )?;
    for f in &report.findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let path = if f.path.is_empty() { "/" } else { &f.path };
        writeln!(out, "  {severity:<7} {} at {path}: {}", f.rule, f.message)?;
    }
    Ok(())
}

/// Writing to standard output failed.
pub(crate) fn stdout_error(source: std::io::Error) -> Error {
    Error::write(std::path::Path::new("<stdout>"), source)
}
