//! `pep audit --csv FILE`: one row per PEP, written as the audit goes.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use crate::audit::PepRow;
use crate::error::{Error, Result};
use crate::info::status_name;

/// The CSV's columns.
pub const HEADER: [&str; 15] = [
    "path",
    "kind",
    "pepType",
    "status",
    "child",
    "school",
    "nextPepDue",
    "nextPepStatus",
    "initialPepLate",
    "dtSignOffLate",
    "changeReviewsDue",
    "meetsQaStandard",
    "errors",
    "warnings",
    "errorRules",
];

/// A CSV file being written, one row per PEP.
pub struct CsvReport {
    path: PathBuf,
    writer: csv::Writer<BufWriter<File>>,
}

impl CsvReport {
    /// Creates the file at `path` and writes the header.
    pub fn create(path: &Path) -> Result<Self> {
        let file = File::create(path).map_err(|e| Error::write(path, e))?;
        let mut report = CsvReport {
            path: path.to_owned(),
            writer: csv::Writer::from_writer(BufWriter::new(file)),
        };
        let result = report.writer.write_record(HEADER);
        report.check(result)?;
        Ok(report)
    }

    /// Writes one PEP's row.
    pub fn write(&mut self, row: &PepRow) -> Result<()> {
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let record = [
            text_cell(&row.id),
            row.kind.to_owned(),
            row.pep_type.clone(),
            row.status.clone(),
            text_cell(&row.child),
            text_cell(&row.school),
            row.next_pep_due.map(|d| d.to_string()).unwrap_or_default(),
            row.next_pep_status
                .map(|s| status_name(s).to_owned())
                .unwrap_or_default(),
            yes_no(row.initial_pep_late).to_owned(),
            yes_no(row.dt_sign_off_late).to_owned(),
            row.change_reviews.len().to_string(),
            yes_no(Some(row.meets_standard)).to_owned(),
            row.errors.to_string(),
            row.warnings.to_string(),
            row.error_rules.join(";"),
        ];
        let result = self.writer.write_record(&record);
        self.check(result)
    }

    /// Flushes the file.
    pub fn finish(mut self) -> Result<()> {
        let result = self.writer.flush().map_err(csv::Error::from);
        self.check(result)
    }

    fn check(&self, result: csv::Result<()>) -> Result<()> {
        result.map_err(|source| Error::Csv {
            path: self.path.clone(),
            source,
        })
    }
}

/// Free text from a PEP, made safe for spreadsheets: a cell starting with
/// `=`, `+`, `-` or `@` would be read as a formula, so it gets a leading `'`
/// (OWASP's advice on CSV injection). Quoting is the csv crate's.
fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("Amira"), "Amira");
    }
}
