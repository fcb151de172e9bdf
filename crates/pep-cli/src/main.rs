//! `pep`: check PEP files from the command line.
//!
//! `pep validate [--today YYYY-MM-DD] FILE...` prints each file's findings and
//! exits 0 when there are no errors, 1 when there are, and 2 when a file cannot
//! be read or the arguments are wrong. Without `--today`, today is the local date.

use std::process::ExitCode;

use pep_core::{Config, Date, validate};

const USAGE: &str = "usage: pep validate [--today YYYY-MM-DD] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (today, rest) = match args.as_slice() {
        [verb, flag, date, rest @ ..] if verb == "validate" && flag == "--today" => {
            match date.parse::<Date>() {
                Ok(today) => (today, rest),
                Err(_) => {
                    eprintln!("--today: expected a date like 2026-09-01, found {date:?}");
                    return ExitCode::from(2);
                }
            }
        }
        [verb, rest @ ..] if verb == "validate" => (jiff::Zoned::now().date(), rest),
        _ => (Date::default(), &[][..]),
    };
    if rest.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    validate_files(rest, today)
}

fn validate_files(files: &[String], today: Date) -> ExitCode {
    let mut errors = false;
    for file in files {
        let pep = match std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|text| pep_core::parse(&text).map_err(|e| e.to_string()))
        {
            Ok(pep) => pep,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        };
        let report = validate(&pep, &Config::default(), today);
        if report.findings.is_empty() {
            println!("{file}: no problems found");
        }
        for f in &report.findings {
            println!(
                "{file}: {:?} {} at {}: {}",
                f.severity, f.rule, f.path, f.message
            );
        }
        errors |= report.has_errors();
    }
    if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
