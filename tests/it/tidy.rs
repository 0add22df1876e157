//! Repository rules that are cheaper to check than to remember.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every Rust file opens with a `//!` line saying what it is responsible for.
#[test]
fn every_rust_file_says_what_it_is_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        if root.join(dir).exists() {
            rust_files(&root.join(dir), &mut files);
        }
    }
    assert!(files.len() > 40, "found only {} files", files.len());
    let missing: Vec<_> = files
        .iter()
        .filter(|f| !std::fs::read_to_string(f).unwrap().starts_with("//!"))
        .collect();
    assert!(missing.is_empty(), "files without a //! first line: {missing:?}");
}

/// The ledger knows nothing of HTTP or JSON: only the server does.
#[test]
fn the_ledger_never_mentions_http_or_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ledger");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for forbidden in ["axum", "hyper", "serde_json", "StatusCode", "tokio", "parking_lot"] {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", file.display());
        }
    }
}
