//! The rule catalogue users read, `docs/rules.md`, is generated from the rule
//! files; these tests fail when it is stale or a rule file is unregistered,
//! undocumented or has no source.

use std::fs;
use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = Path::new(ROOT).join("docs/rules.md");
    let generated = pep_core::rules::catalogue_markdown();
    if std::env::var_os("PEPKIT_BLESS").is_some() {
        fs::write(&path, &generated).unwrap();
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is stale: run `PEPKIT_BLESS=1 cargo test -p pep-core --test catalogue`"
    );
}

#[test]
fn every_rule_file_is_registered_and_documented() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let rule_files = rule_files(&dir);
    let ids: Vec<&str> = pep_core::rules::catalogue().iter().map(|i| i.id).collect();
    let mut files = 0;
    for path in rule_files {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        files += 1;
        let id = name.replace('_', "-");
        assert!(
            ids.contains(&id.as_str()),
            "{} defines no registered rule `{id}`",
            path.display()
        );
        let text = fs::read_to_string(&path).unwrap();
        let doc: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| l.trim_start_matches("//!").trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            doc.starts_with(&format!("Rule `{id}`:")),
            "{} must open with a doc comment `//! Rule `{id}`: ...`",
            path.display()
        );
        assert!(
            doc.contains("Source:"),
            "{}'s doc comment cites no source",
            path.display()
        );
    }
    assert_eq!(
        files,
        ids.len(),
        "every registered rule has its own file named after its ID"
    );
}

/// Every `.rs` file under `src/rules/` except the `mod.rs` files.
fn rule_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rule_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_stem().is_some_and(|s| s != "mod")
        {
            files.push(path);
        }
    }
    files
}
