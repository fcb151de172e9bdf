//! `cargo xtask test`: every test layer, in one command, failing if any fails.
//!
//! fmt, clippy, native `cargo test`, wasm tests in headless Chromium
//! (wasm-bindgen-test-runner + chromium-driver), the build, `tsc` over the
//! typed usage example (`tests/types`), then the browser end-to-end
//! and accessibility tests (node's test runner + playwright-core + axe-core)
//! against the same server `demo` uses. Each layer's pass/fail counts are
//! gathered from its runner's own summary lines and totalled at the end.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{Result, build, cargo, root, say, serve, tools};

/// Flags every Chromium we start gets (no sandbox as root, no calls home).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

#[derive(Default, Clone, Copy)]
struct Counts {
    passed: u64,
    failed: u64,
    seen: bool,
}

struct Layer {
    name: &'static str,
    outcome: Result,
    counts: Counts,
    seconds: f64,
}

/// Every count read so far, whatever became of the layer that printed it, so
/// a failing layer's passes and failures still reach the total.
static TALLY: std::sync::Mutex<Counts> = std::sync::Mutex::new(Counts {
    passed: 0,
    failed: 0,
    seen: false,
});

fn tally_now() -> Counts {
    *TALLY.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs every layer; the error lists the layers that failed.
pub fn test() -> Result {
    tools::ensure_test_tools()?;
    let mut layers = Vec::new();
    let mut layer = |name: &'static str, f: &mut dyn FnMut() -> Result<Counts>| {
        say(&format!("── {name} ──"));
        let start = Instant::now();
        let before = tally_now();
        let outcome = f().map(|_| ());
        let after = tally_now();
        let counts = Counts {
            passed: after.passed - before.passed,
            failed: after.failed - before.failed,
            seen: after.passed + after.failed > before.passed + before.failed,
        };
        if let Err(e) = &outcome {
            eprintln!("xtask: {name} failed: {e}");
        }
        layers.push(Layer {
            name,
            outcome,
            counts,
            seconds: start.elapsed().as_secs_f64(),
        });
    };

    layer("cargo fmt --check", &mut || {
        counted(cargo().args(["fmt", "--all", "--", "--check"]), false)
    });
    layer("cargo clippy -D warnings", &mut || {
        counted(
            cargo().args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            false,
        )
    });
    layer("native tests (cargo test)", &mut || {
        counted(cargo().args(["test", "--workspace"]), true)
    });
    layer("wasm tests in Chromium", &mut wasm_tests);
    let mut built = false;
    layer("build pkg/ (release wasm)", &mut || {
        build::build()?;
        built = true;
        Ok(Counts::default())
    });
    layer("TypeScript types (tsc)", &mut || {
        if !built {
            return Err("skipped: pkg/ did not build".into());
        }
        // tests/types/usage.ts against pkg/validate/*.d.ts.
        counted(
            Command::new("node").args(["node_modules/typescript/bin/tsc", "-p", "tests/types"]),
            false,
        )
    });
    layer("end-to-end tests in Chromium", &mut || {
        if !built {
            return Err("skipped: pkg/ did not build".into());
        }
        end_to_end()
    });

    println!();
    say("summary");
    let (mut passed, mut failed, mut broken) = (0, 0, Vec::new());
    for l in &layers {
        let c = l.counts;
        passed += c.passed;
        failed += c.failed;
        let counts = format!("{} passed, {} failed", c.passed, c.failed);
        let result = match (&l.outcome, c.seen) {
            (Ok(()), true) => counts,
            (Ok(()), false) => "ok".to_owned(),
            (Err(_), seen) => {
                broken.push(l.name);
                // A layer that broke without a failing test still counts as one failure.
                if c.failed == 0 {
                    failed += 1;
                }
                if seen {
                    format!("FAILED: {counts}")
                } else {
                    "FAILED".to_owned()
                }
            }
        };
        println!("  {:<32} {:<26} {:>6.1}s", l.name, result, l.seconds);
    }
    println!("total: {passed} passed, {failed} failed");
    if broken.is_empty() {
        Ok(())
    } else {
        Err(format!("failing: {}", broken.join(", ")))
    }
}

fn wasm_tests() -> Result<Counts> {
    let dir = root().join("target/xtask");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let profile = dir.join("chromium-profile-wasm");
    let _ = std::fs::remove_dir_all(&profile);
    let mut args: Vec<String> = CHROMIUM_FLAGS
        .iter()
        .map(|f| f.trim_start_matches("--").to_owned())
        .collect();
    args.push(format!("user-data-dir={}", profile.display()));
    let caps = format!(
        r#"{{"goog:chromeOptions":{{"binary":"{}","args":[{}]}}}}"#,
        tools::CHROMIUM,
        args.iter()
            .map(|a| format!("\"{a}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    let caps_file = dir.join("webdriver.json");
    std::fs::write(&caps_file, caps).map_err(|e| e.to_string())?;
    counted(
        cargo()
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "pep-wasm",
                "--test",
                "browser",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &caps_file)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        true,
    )
}

fn end_to_end() -> Result<Counts> {
    let (server, url) = serve::start(0)?;
    say(&format!("serving pages for the browser tests on {url}"));
    let root = root();
    let mut files: Vec<String> = ["tests/e2e", "tests/node"]
        .iter()
        .filter_map(|dir| std::fs::read_dir(root.join(dir)).ok())
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .map(|p| p.strip_prefix(&root).unwrap_or(&p).display().to_string())
        .collect();
    files.sort();
    let outcome = counted(
        Command::new("node")
            .args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
            .args(&files)
            .env("PEPKIT_URL", &url)
            .env("PEPKIT_CHROMIUM", tools::CHROMIUM)
            .env("PEPKIT_CHROMIUM_FLAGS", CHROMIUM_FLAGS.join(" "))
            .env("PEPKIT_OUTPUT", root.join("tests/output")),
        true,
    );
    server.unblock();
    outcome
}

/// Runs a command, echoing its output, and sums the pass/fail counts from the
/// summary lines of libtest (`test result: ok. 3 passed; 0 failed`) and of
/// node's test runner (`ℹ pass 3`, `# fail 0`).
fn counted(cmd: &mut Command, count: bool) -> Result<Counts> {
    let shown = format!("{cmd:?}");
    let mut child = cmd
        .current_dir(root())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    let mut counts = Counts::default();
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
        println!("{line}");
        if count {
            let before = counts;
            tally(&line, &mut counts);
            let mut all = TALLY.lock().unwrap_or_else(|e| e.into_inner());
            all.passed += counts.passed - before.passed;
            all.failed += counts.failed - before.failed;
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("{shown} failed ({status})"));
    }
    if count && !counts.seen {
        return Err(format!("{shown} ran no test"));
    }
    Ok(counts)
}

fn tally(line: &str, counts: &mut Counts) {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("test result: ") {
        // test result: ok. 3 passed; 0 failed; 0 ignored; ...
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (label, n) = (
                words.next(),
                words.next().and_then(|n| n.parse::<u64>().ok()),
            );
            match (label, n) {
                (Some("passed"), Some(n)) => {
                    counts.passed += n;
                    counts.seen = true;
                }
                (Some("failed"), Some(n)) => counts.failed += n,
                _ => {}
            }
        }
        return;
    }
    let rest = line.trim_start_matches(['#', 'ℹ']).trim();
    if let Some(n) = rest
        .strip_prefix("pass ")
        .and_then(|n| n.parse::<u64>().ok())
    {
        counts.passed += n;
        counts.seen = true;
    } else if let Some(n) = rest
        .strip_prefix("fail ")
        .and_then(|n| n.parse::<u64>().ok())
    {
        counts.failed += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(lines: &[&str]) -> (u64, u64) {
        let mut c = Counts::default();
        for l in lines {
            tally(l, &mut c);
        }
        (c.passed, c.failed)
    }

    #[test]
    fn reads_libtest_and_node_summaries() {
        assert_eq!(
            counts(&[
                "test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s"
            ]),
            (3, 0)
        );
        assert_eq!(
            counts(&["test result: FAILED. 1 passed; 2 failed; 0 ignored"]),
            (1, 2)
        );
        assert_eq!(counts(&["ℹ tests 4", "ℹ pass 3", "ℹ fail 1"]), (3, 1));
        assert_eq!(counts(&["# pass 5", "# fail 0"]), (5, 0));
        assert_eq!(counts(&["passing the ball", "failures: none"]), (0, 0));
    }
}
