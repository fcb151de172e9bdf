//! `cargo xtask <verb>`: pepkit's build, serve and test orchestration.
//!
//! Verbs:
//! - `build`  release wasm, wasm-bindgen, wasm-opt, into `pkg/`
//! - `demo [--port N]`  build, then serve the demo portal
//! - `serve [--port N]` serve what is already built
//! - `test`   every test layer: fmt, clippy, native, wasm in Chromium, end-to-end
//! - `size`   raw and gzip bytes of every artefact in `pkg/`
//! - `bench`  every benchmark (native criterion, Node, Chromium) and the size report
//! - `schema` write the PEP JSON Schema to `pkg/pep.schema.json`
//! - `types`  write the API's TypeScript types to `pkg/validate/types.d.ts`

mod bench;
mod build;
mod serve;
mod size;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// What went wrong, said plainly.
pub type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("build") => build::build(),
        Some("demo") => port(&args[1..]).and_then(|port| {
            tools::ensure_build_tools()?;
            build::build()?;
            serve::serve_forever(port)
        }),
        Some("serve") => port(&args[1..]).and_then(serve::serve_forever),
        Some("test") => test::test(),
        Some("size") => size::report(),
        Some("bench") => bench::bench(),
        Some("schema") => build::write_schema(),
        Some("types") => tools::ensure_build_tools().and_then(|()| build::write_types()),
        _ => Err(USAGE.to_owned()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: cargo xtask <build | demo [--port N] | serve [--port N] | test | size | bench | schema | types>";

fn port(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        [flag, n] if flag == "--port" => n
            .parse()
            .map_err(|_| format!("--port needs a number from 1 to 65535, not {n:?}")),
        _ => Err(USAGE.to_owned()),
    }
}

/// The repository root (the workspace directory).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("xtask lives in crates/xtask")
        .to_path_buf()
}

/// Prints what is about to happen, like cargo does.
pub fn say(what: &str) {
    eprintln!("\x1b[1;36mxtask\x1b[0m {what}");
}

/// Runs a command in the repository root, failing with its name if it fails.
pub fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The path of the cargo that runs us, so nested builds use the same toolchain.
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}
