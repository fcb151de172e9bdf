//! Audits 100,000 generated PEPs from disk and prints PEPs per second
//! (reading, parsing and checking included) and peak memory (VmHWM).
//! Aims: over 20,000 PEPs/s on a 2-core machine, peak memory under 200 MB.
//! Figures are printed, never asserted (DESIGN.md, "Why are benchmarks
//! printed, not asserted?").
//!
//! `cargo bench -p pep-cli --bench audit` (`PEP_BENCH_N` changes the count,
//! `PEP_BENCH_CONFIG=FILE` the configuration).
//! The caseload is generated once into cargo's target tmp directory and
//! reused by later runs.

use std::path::PathBuf;
use std::time::Instant;

use pep_cli::generate::{DEFAULT_SEED, write_caseload};

fn main() {
    let n: usize = std::env::var("PEP_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("caseload-{n}-seed-{DEFAULT_SEED}"));
    let done = dir.join(".complete");
    if !done.exists() {
        let start = Instant::now();
        write_caseload(n, &dir, DEFAULT_SEED).expect("the caseload is written");
        std::fs::write(&done, "").expect("the marker is written");
        println!(
            "generated {n} PEPs in {:.1} s under {}",
            start.elapsed().as_secs_f64(),
            dir.display()
        );
    }
    let bytes: u64 = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    println!("caseload: {n} PEPs, {:.0} MB of JSON", bytes as f64 / 1e6);
    println!("threads: {}", rayon::current_num_threads());
    // `PEP_BENCH_CONFIG=FILE` audits with a council's configuration.
    let config = match std::env::var("PEP_BENCH_CONFIG") {
        Ok(path) => {
            let text = std::fs::read_to_string(&path).expect("the config is readable");
            println!("config: {path}");
            pep_core::Config::from_json(&text).expect("the config is valid")
        }
        Err(_) => pep_core::Config::default(),
    };
    let today = jiff::civil::date(2026, 11, 23);
    breakdown(&dir, &config, today);
    for run in 1..=2 {
        // Reset the peak so it measures this audit alone (Linux: "5" clears
        // VmHWM).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let start = Instant::now();
        let audit = pep_cli::audit::audit(
            &dir,
            &config,
            today,
            |_| Ok(()),
            &indicatif::ProgressBar::hidden(),
        )
        .expect("the audit runs");
        let secs = start.elapsed().as_secs_f64();
        assert_eq!(audit.peps + audit.skipped.len(), n);
        println!(
            "run {run}: {} PEPs in {secs:.2} s: {:.0} PEPs/s; peak memory (VmHWM) {}",
            audit.peps,
            audit.peps as f64 / secs,
            vm_hwm().unwrap_or_else(|| "unknown".into())
        );
    }
}

/// Where one thread's time goes, per PEP, over the first 2,000 files:
/// reading, `parse`, `validate`, `qa_assess` (which validates again inside)
/// and `schedule`.
fn breakdown(dir: &std::path::Path, config: &pep_core::Config, today: jiff::civil::Date) {
    let paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .take(2000)
        .map(walkdir::DirEntry::into_path)
        .collect();
    let per = |start: Instant| start.elapsed().as_secs_f64() * 1e6 / paths.len() as f64;
    let start = Instant::now();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("readable"))
        .collect();
    let read = per(start);
    let start = Instant::now();
    let peps: Vec<_> = texts
        .iter()
        .map(|t| pep_core::parse(t).expect("parses"))
        .collect();
    let parse = per(start);
    let start = Instant::now();
    let findings: usize = peps
        .iter()
        .map(|p| pep_core::validate(p, config, today).findings.len())
        .sum();
    let validate = per(start);
    let start = Instant::now();
    let met = peps
        .iter()
        .filter(|p| pep_core::qa_assess(p, config, today).meets_standard())
        .count();
    let qa = per(start);
    let start = Instant::now();
    let items: usize = peps
        .iter()
        .map(|p| pep_core::schedule(p, config, today).items.len())
        .sum();
    let schedule = per(start);
    println!(
        "one thread, per PEP: read {read:.0} µs, parse {parse:.0} µs, validate {validate:.0} µs, \
         qa_assess {qa:.0} µs, schedule {schedule:.0} µs ({findings} findings, {met} meet QA, {items} due dates)"
    );
}

/// The process's peak resident memory, from /proc/self/status.
fn vm_hwm() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.1} MB", kb / 1024.0))
}
