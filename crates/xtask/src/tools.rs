//! Installs what the build and tests need when it is missing, and says so.
//! Everything comes from the package registries: rustup, crates.io, Debian
//! and npm. Nothing downloads a browser or a binary of its own.

use std::path::Path;
use std::process::Command;

use crate::{Result, cargo, root, run, say};

/// Debian's Chromium and its WebDriver.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's chromium-driver.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What `build` needs: the wasm target, wasm-bindgen-cli, wasm-opt and the
/// npm packages (binaryen lives there).
pub fn ensure_build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages()
}

/// What `test` needs on top: Chromium and chromium-driver.
pub fn ensure_test_tools() -> Result {
    ensure_build_tools()?;
    ensure_debian(&[("chromium", CHROMIUM), ("chromium-driver", CHROMEDRIVER)])
}

fn ensure_wasm_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup is needed to add the wasm target: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    say("installing the wasm32-unknown-unknown target (rustup)");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_bindgen() -> Result {
    let wanted = locked_wasm_bindgen_version()?;
    let have = Command::new("wasm-bindgen")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if have.as_deref() == Some(&format!("wasm-bindgen {wanted}")) {
        return Ok(());
    }
    say(&format!(
        "installing wasm-bindgen-cli {wanted} to match Cargo.lock (found {}); this takes a few minutes",
        have.as_deref().unwrap_or("none")
    ));
    // `--locked` fails against the registry here; the exact version pins it.
    run(cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &wanted,
        "--force",
    ]))
}

fn ensure_debian(packages: &[(&str, &str)]) -> Result {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, path)| !Path::new(path).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    say(&format!(
        "installing Debian packages: {}",
        missing.join(" ")
    ));
    let sudo = if is_root() { None } else { Some("sudo") };
    let apt = |args: &[&str]| {
        let mut cmd = Command::new(sudo.unwrap_or("apt-get"));
        if sudo.is_some() {
            cmd.arg("apt-get");
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd
    };
    run(&mut apt(&["update", "-q"]))?;
    let mut install = apt(&["install", "-y", "-q", "--no-install-recommends"]);
    install.args(&missing);
    run(&mut install)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// `npm ci` from the committed lock file when node_modules is missing or older
/// than the lock.
fn ensure_npm_packages() -> Result {
    let root = root();
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = matches!((modified(&lock), modified(&installed)), (Some(l), Some(i)) if i >= l);
    if fresh {
        return Ok(());
    }
    say("installing npm packages from package-lock.json (npm ci)");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// wasm-opt from npm's binaryen package (pinned in package-lock.json).
pub fn wasm_opt() -> Command {
    let mut cmd = Command::new("node");
    cmd.arg(root().join("node_modules/binaryen/bin/wasm-opt"));
    cmd
}
