//! `cargo xtask size`: raw and gzip bytes of every artefact in `pkg/`, and the
//! all-in totals a browser downloads for each entry point. A report, not a test.

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::{Compression, write::GzEncoder};

use crate::{Result, build::ENTRIES, root};

/// Prints the size report.
pub fn report() -> Result {
    let pkg = root().join("pkg");
    println!("{:<40} {:>10} {:>10}", "artefact", "raw B", "gzip B");
    let mut totals = Vec::new();
    for (_, folder) in ENTRIES {
        let dir = pkg.join(folder);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .map_err(|_| format!("pkg/{folder} is missing: run `cargo xtask build` first"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let (mut raw_total, mut gz_total) = (0, 0);
        for file in files {
            let (raw, gz) = sizes(&file)?;
            // TypeScript declarations are for the vendor's compiler, not the browser.
            if !file.to_string_lossy().ends_with(".d.ts") {
                raw_total += raw;
                gz_total += gz;
            }
            let name = file
                .strip_prefix(&pkg)
                .unwrap_or(&file)
                .display()
                .to_string();
            println!("{name:<40} {raw:>10} {gz:>10}");
        }
        totals.push((folder, raw_total, gz_total));
    }
    println!();
    for (folder, raw, gz) in totals {
        println!(
            "entry {:<34} {raw:>10} {gz:>10}   ({:.1} KB gzip, wasm + JS{})",
            format!("pepkit/{folder}"),
            gz as f64 / 1024.0,
            if *folder == "widgets" { " + CSS" } else { "" }
        );
    }
    Ok(())
}

fn sizes(path: &Path) -> Result<(usize, usize)> {
    let bytes = fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&bytes).map_err(|e| e.to_string())?;
    let compressed = gz.finish().map_err(|e| e.to_string())?;
    Ok((bytes.len(), compressed.len()))
}
