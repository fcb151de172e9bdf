//! `pep audit`'s summary for people, on standard output.

use std::io::{Result, Write};

use crate::audit::Audit;
use crate::info::status_name;

/// How many failing rules the summary lists.
pub const TOP_RULES: usize = 10;

/// Writes the audit's summary.
pub fn write(a: &Audit, out: &mut dyn Write) -> Result<()> {
    writeln!(
        out,
        "Audit of {} as of {}: {} PEPs read, {} files skipped",
        a.dir,
        a.today,
        a.peps,
        a.skipped.len()
    )?;
    writeln!(out)?;
    writeln!(out, "Next PEP meeting")?;
    let soon = format!("due within {} working days", a.due_soon_days);
    for (label, n) in [
        ("overdue", a.next_pep.overdue),
        (soon.as_str(), a.next_pep.due_soon),
        ("on track", a.next_pep.on_track),
        ("no date", a.next_pep.no_date),
    ] {
        writeln!(out, "  {label:<32} {n:>7}")?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "Initial PEPs late                  {:>7} of {}",
        a.initial_peps.late, a.initial_peps.total
    )?;
    writeln!(
        out,
        "DT sign-offs late                  {:>7} of {}",
        a.dt_sign_offs.late, a.dt_sign_offs.total
    )?;
    writeln!(
        out,
        "QA standard met                    {:>7} of {} ({:.1}%)",
        a.qa.meets, a.qa.total, a.qa.percent
    )?;
    for s in &a.qa_by_school {
        writeln!(
            out,
            "  {:<32} {:>7} of {} ({:.1}%)",
            s.school, s.meets, s.total, s.percent
        )?;
    }
    if !a.failing_rules.is_empty() {
        writeln!(out)?;
        writeln!(out, "Most frequent failing rules (PEPs with an error)")?;
        for r in a.failing_rules.iter().take(TOP_RULES) {
            writeln!(out, "  {:<32} {:>7}", r.rule, r.peps)?;
        }
    }
    if !a.change_reviews.is_empty() {
        writeln!(out)?;
        writeln!(out, "Reviews due after a change of school or placement")?;
        for c in &a.change_reviews {
            writeln!(
                out,
                "  {}  {:<8}  {}: {} ({})",
                c.due,
                status_name(c.status),
                c.child,
                c.label,
                c.id
            )?;
        }
    }
    if !a.skipped.is_empty() {
        writeln!(out)?;
        writeln!(out, "Files skipped")?;
        for s in &a.skipped {
            writeln!(out, "  {}: {}", s.path, s.reason)?;
        }
    }
    Ok(())
}
