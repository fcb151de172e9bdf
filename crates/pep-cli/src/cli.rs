//! The command line's arguments (clap derive). Every command takes `--today`
//! and `--config`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use pep_core::{Config, Date};

use crate::error::{Error, Result};

/// Check Personal Education Plans (PEPs) and audit a caseload.
#[derive(Debug, Parser)]
#[command(name = "pep", version, about, propagate_version = true)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// The date to check against, like 2026-11-23 (default: today's local date).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<Date>,
    /// A council's configuration (JSON, as `Config::from_json` reads it).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl Global {
    /// The date to check against: `--today`, or the local date.
    pub fn today(&self) -> Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }

    /// The configuration: `--config`, or the England default.
    pub fn config(&self) -> Result<Config> {
        let Some(path) = &self.config else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
        Config::from_json(&text).map_err(|error| Error::Config {
            path: path.clone(),
            error,
        })
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check PEP files and print their findings. Exit status 0 when no file
    /// has an error finding, 1 when one has, 2 when a file cannot be read.
    Validate {
        /// The PEP files (JSON).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Audit every PEP (`*.json`) under a directory, recursively: due dates,
    /// late initial PEPs and sign-offs, QA standard, frequent failing rules.
    /// Exit status 0 when every file was read, 1 when some were skipped
    /// (listed with the reason), 2 when the audit could not run.
    Audit {
        /// The directory to read.
        dir: PathBuf,
        /// Output format of the summary on standard output.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also write a self-contained HTML report (SVG charts, no scripts).
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Also write a CSV file with one row per PEP.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
    },
    /// Print the JSON Schema of a PEP document.
    Schema,
    /// List the rules: ID, severity and what each checks.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print every due date of one PEP and how it stands.
    Schedule {
        /// The PEP file (JSON).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write N realistic synthetic PEPs under DIR, the same for the same seed.
    GenCaseload {
        /// How many PEPs.
        n: usize,
        /// Where to write them (created if missing).
        dir: PathBuf,
        /// The random seed.
        #[arg(long, default_value_t = crate::generate::DEFAULT_SEED)]
        seed: u64,
    },
}

/// How to print results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For programs.
    Json,
}

/// Reads `--today`: a date like 2026-11-23.
fn parse_date(text: &str) -> std::result::Result<Date, String> {
    text.parse::<Date>()
        .map_err(|_| format!("expected a date like 2026-09-01, found {text:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_arguments_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2026-11-23"),
            Ok(jiff::civil::date(2026, 11, 23))
        );
        assert!(parse_date("23/11/2026").unwrap_err().contains("2026-09-01"));
    }
}
