//! The crate's one error type: what went wrong and where, so a person can act
//! on it. Every error ends the command with exit status 2 ("bad input").

use std::fmt;
use std::path::{Path, PathBuf};

use pep_core::ConfigError;
use pep_core::model::ParseErrors;

/// Something the command could not do, with the file it was about.
#[derive(Debug)]
pub enum Error {
    /// A file or directory could not be read.
    Read {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file could not be written.
    Write {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file is not a PEP pepkit can read.
    Parse {
        /// The file.
        path: PathBuf,
        /// Every problem found, with JSON Pointer, line and column.
        errors: ParseErrors,
    },
    /// The `--config` file was refused.
    Config {
        /// The configuration file.
        path: PathBuf,
        /// The setting at fault and why.
        error: ConfigError,
    },
    /// Writing the CSV report failed.
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// Why.
        source: csv::Error,
    },
}

impl Error {
    /// A read error for `path`.
    pub fn read(path: &Path, source: std::io::Error) -> Self {
        Error::Read {
            path: path.to_owned(),
            source,
        }
    }

    /// A write error for `path`.
    pub fn write(path: &Path, source: std::io::Error) -> Self {
        Error::Write {
            path: path.to_owned(),
            source,
        }
    }

    /// The file or directory the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Error::Read { path, .. }
            | Error::Write { path, .. }
            | Error::Parse { path, .. }
            | Error::Config { path, .. }
            | Error::Csv { path, .. } => path,
        }
    }

    /// The reason alone, without the path: what the audit lists beside a
    /// file it skipped.
    pub fn reason(&self) -> String {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => source.to_string(),
            Error::Parse { errors, .. } => errors.to_string().replace('\n', "; "),
            Error::Config { error, .. } => error.to_string(),
            Error::Csv { source, .. } => source.to_string(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { path, source } => write!(f, "{}: cannot read: {source}", path.display()),
            Error::Write { path, source } => {
                write!(f, "{}: cannot write: {source}", path.display())
            }
            Error::Parse { path, errors } => {
                for (i, e) in errors.0.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{}: not a PEP pepkit can read: {e}", path.display())?;
                }
                Ok(())
            }
            Error::Config { path, error } => write!(f, "{}: {error}", path.display()),
            Error::Csv { path, source } => {
                write!(f, "{}: cannot write CSV: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            Error::Parse { errors, .. } => Some(errors),
            Error::Config { error, .. } => Some(error),
            Error::Csv { source, .. } => Some(source),
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads and parses the PEP at `path`.
pub fn read_pep(path: &Path) -> Result<pep_core::model::Pep> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, e))?;
    pep_core::parse(&text).map_err(|errors| Error::Parse {
        path: path.to_owned(),
        errors,
    })
}
