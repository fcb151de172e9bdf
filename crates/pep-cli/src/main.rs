//! `pep`: check PEP files from the command line.
//!
//! `pep validate FILE...` prints each file's findings and exits 0 when there
//! are no errors, 1 when there are, and 2 when a file cannot be read.

use std::process::ExitCode;

use pep_core::{Config, model::Pep, validate};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((verb, files)) if verb == "validate" && !files.is_empty() => validate_files(files),
        _ => {
            eprintln!("usage: pep validate FILE...");
            ExitCode::from(2)
        }
    }
}

fn validate_files(files: &[String]) -> ExitCode {
    let mut errors = false;
    for file in files {
        let pep: Pep = match std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
        {
            Ok(pep) => pep,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        };
        let report = validate(&pep, &Config::default());
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
