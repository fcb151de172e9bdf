//! The `pep` command line: validate PEP files, audit a caseload, print the
//! schema, the rules and one PEP's due dates, and generate synthetic caseloads.
//!
//! `main.rs` only parses the arguments ([`cli::Cli`]) and calls [`run`]; each
//! command lives in its own module. Every failure is an [`Error`] naming the
//! file it is about, and ends the command with exit status 2.

pub mod audit;
pub mod cli;
pub mod error;
pub mod generate;
pub mod info;
pub mod report_csv;
pub mod report_html;
pub mod report_text;
pub mod validate;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};

pub use error::{Error, Result};

/// Exit statuses.
pub mod exit {
    use std::process::ExitCode;

    /// 1: a PEP has error findings (`validate`) or a file was skipped (`audit`).
    pub fn found_errors() -> ExitCode {
        ExitCode::from(1)
    }

    /// 2: bad input or usage: a file or the configuration cannot be read.
    pub fn bad_input() -> ExitCode {
        ExitCode::from(2)
    }
}

/// Runs one command, printing to standard output.
pub fn run(cli: cli::Cli) -> Result<ExitCode> {
    use cli::Command;
    let config = cli.global.config()?;
    let today = cli.global.today();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match cli.command {
        Command::Validate { files, format } => {
            validate::run(&files, format, &config, today, &mut out)?
        }
        Command::Schema => info::schema(&mut out).map(|()| ExitCode::SUCCESS)?,
        Command::Rules { format } => {
            info::rules(format, &config, &mut out).map(|()| ExitCode::SUCCESS)?
        }
        Command::Schedule { file, format } => {
            info::schedule(&file, format, &config, today, &mut out).map(|()| ExitCode::SUCCESS)?
        }
        Command::Audit {
            dir,
            format,
            html,
            csv,
        } => {
            let mut csv_report = csv
                .as_deref()
                .map(report_csv::CsvReport::create)
                .transpose()?;
            let progress = progress_bar();
            let audit = audit::audit(
                &dir,
                &config,
                today,
                |row| csv_report.as_mut().map_or(Ok(()), |c| c.write(row)),
                &progress,
            );
            progress.finish_and_clear();
            let audit = audit?;
            if let Some(c) = csv_report {
                c.finish()?;
            }
            if let Some(path) = &html {
                std::fs::write(path, report_html::render(&audit))
                    .map_err(|e| Error::write(path, e))?;
            }
            match format {
                cli::Format::Text => report_text::write(&audit, &mut out),
                cli::Format::Json => serde_json::to_writer_pretty(&mut out, &audit)
                    .map_err(std::io::Error::from)
                    .and_then(|()| writeln!(out)),
            }
            .map_err(validate::stdout_error)?;
            for s in &audit.skipped {
                eprintln!("{}: skipped: {}", s.path, s.reason);
            }
            if audit.skipped.is_empty() {
                ExitCode::SUCCESS
            } else {
                exit::found_errors()
            }
        }
        Command::GenCaseload { n, dir, seed } => {
            generate::write_caseload(n, &dir, seed)?;
            writeln!(out, "wrote {n} PEPs under {} (seed {seed})", dir.display())
                .map_err(validate::stdout_error)?;
            ExitCode::SUCCESS
        }
    };
    out.flush().map_err(validate::stdout_error)?;
    Ok(code)
}

/// A counter of files read on standard error, when it is a terminal;
/// otherwise hidden.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {human_pos} files read ({per_sec}, {elapsed})")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
