//! `pep`: check PEP files and audit a caseload from the command line.
//! See `pep --help`; the commands live in the `pep_cli` library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = pep_cli::cli::Cli::parse();
    match pep_cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pep: {e}");
            pep_cli::exit::bad_input()
        }
    }
}
