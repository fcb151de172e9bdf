//! `cargo xtask bench`: every benchmark, printing figures (never failing on a
//! slow machine): native `validate` (criterion), the JS API in Node and in
//! Chromium beside ajv, the widgets' mount and keystroke times, and the
//! bundle sizes.

use std::process::Command;

use crate::{Result, build, cargo, run, say, serve, size, test, tools};

/// Runs the benchmarks in turn.
pub fn bench() -> Result {
    tools::ensure_test_tools()?;
    build::build()?;
    say("native: validate (criterion, one core)");
    run(cargo().args(["bench", "-p", "pep-core", "--bench", "validate"]))?;
    say("Node: validate beside ajv");
    run(Command::new("node").arg("tests/bench/node.mjs"))?;
    say("Chromium: validate beside ajv (www/bench.html)");
    let (server, url) = serve::start(0)?;
    let in_chromium = |script: &str| {
        run(Command::new("node")
            .arg(script)
            .env("PEPKIT_URL", &url)
            .env("PEPKIT_CHROMIUM", tools::CHROMIUM)
            .env("PEPKIT_CHROMIUM_FLAGS", test::CHROMIUM_FLAGS.join(" ")))
    };
    let browser = in_chromium("tests/bench/browser.mjs").and_then(|()| {
        say("Chromium: widgets mount and keystroke-to-indicator times (www/bench-widgets.html)");
        in_chromium("tests/bench/widgets.mjs")
    });
    server.unblock();
    browser?;
    say("bundle sizes");
    size::report()
}
