//! The demo server: `www/`, `pkg/` and the test fixtures over HTTP, with the
//! strict Content-Security-Policy a careful portal would send.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use tiny_http::{Header, Request, Response, Server};

use crate::{Result, root, say};

/// Sent on every response. The widgets must work under it.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; frame-ancestors 'self'";

/// Which URL prefix is served from which folder of the repository.
const MOUNTS: &[(&str, &str)] = &[
    ("/pkg/", "pkg"),
    ("/fixtures/", "tests/fixtures"),
    ("/tests/shared/", "tests/shared"),
    ("/tests/bench/", "tests/bench"),
    ("/www/", "www"),
    ("/vendor/", "node_modules"),
    ("/", "www"),
];

/// The only packages served from `node_modules` under `/vendor/`: the design
/// systems and React that the demo host pages use, not every dev tool.
const VENDORED: &[&str] = &["govuk-frontend", "bootstrap", "react", "react-dom"];

/// Starts serving on 127.0.0.1:`port` (0 picks a free port) in background
/// threads and returns the server and its address.
pub fn start(port: u16) -> Result<(Arc<Server>, String)> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let server = Arc::new(server);
    let addr = format!("http://{}", server.server_addr());
    let root = root();
    for _ in 0..4 {
        let server = Arc::clone(&server);
        let root = root.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                respond(&root, request);
            }
        });
    }
    Ok((server, addr))
}

/// `cargo xtask demo` / `serve`: serve until Ctrl-C.
pub fn serve_forever(port: u16) -> Result {
    let (server, addr) = start(port)?;
    let (stop, stopped) = std::sync::mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .map_err(|e| format!("cannot handle Ctrl-C: {e}"))?;
    say(&format!(
        "serving the demo portal on {addr}/  (Ctrl-C stops)"
    ));
    let _ = stopped.recv();
    server.unblock();
    say("stopped");
    Ok(())
}

fn respond(root: &Path, request: Request) {
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let response = match resolve(root, &url) {
        Some(path) => match fs::read(&path) {
            Ok(body) => {
                Response::from_data(body).with_header(header("Content-Type", content_type(&path)))
            }
            Err(_) => not_found(),
        },
        None => not_found(),
    };
    let response = response
        .with_header(header("Content-Security-Policy", CSP))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("Referrer-Policy", "no-referrer"));
    let _ = request.respond(response);
}

/// Maps a URL path to a file under one of the mounts, refusing `..`.
fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let (prefix, folder) = MOUNTS.iter().find(|(prefix, _)| url.starts_with(prefix))?;
    let rest = &url[prefix.len()..];
    if *prefix == "/vendor/" {
        let package = rest.split('/').next().unwrap_or_default();
        if !VENDORED.contains(&package) {
            return None;
        }
    }
    let mut path = root.join(folder);
    for part in Path::new(rest).components() {
        match part {
            Component::Normal(p) => path.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    path.is_file().then_some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ts") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("Not found")
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("headers are ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_mounts_and_refuses_traversal() {
        let root = crate::root();
        assert_eq!(resolve(&root, "/"), Some(root.join("www/index.html")));
        assert_eq!(
            resolve(&root, "/www/demo.js"),
            Some(root.join("www/demo.js"))
        );
        assert_eq!(resolve(&root, "/../Cargo.toml"), None);
        assert_eq!(resolve(&root, "/pkg/../Cargo.toml"), None);
        assert_eq!(resolve(&root, "/no-such-page.html"), None);
    }

    #[test]
    fn vendor_serves_only_the_demo_packages() {
        let root = crate::root();
        assert_eq!(
            resolve(&root, "/vendor/react/package.json"),
            Some(root.join("node_modules/react/package.json"))
        );
        assert_eq!(resolve(&root, "/vendor/axe-core/package.json"), None);
        assert_eq!(resolve(&root, "/vendor/react-dom-x/package.json"), None);
        assert_eq!(resolve(&root, "/vendor/"), None);
        assert_eq!(
            resolve(&root, "/vendor/react/../axe-core/package.json"),
            None
        );
        assert_eq!(resolve(&root, "/vendor/.bin/tsc"), None);
    }

    #[test]
    fn wasm_is_served_as_wasm() {
        assert_eq!(content_type(Path::new("a/b_bg.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("bold-v2.woff2")), "font/woff2");
        assert_eq!(
            content_type(Path::new("index.js")),
            "text/javascript; charset=utf-8"
        );
    }
}
