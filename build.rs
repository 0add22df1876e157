//! Names the build: `DEBITSIM_SOURCE` is a digest of everything compiled into debitsim (its
//! source, the files it embeds, its manifest and lock file), so that a `--state` journal can
//! say which build wrote it. It is computed from the files themselves rather than from git,
//! so a fresh clone, a tarball and a working copy with changes are each named for what they
//! hold.

use std::path::{Path, PathBuf};

/// What goes into the build: directories are walked whole.
const INPUTS: &[&str] = &[
    "src",
    "fixtures",
    "vendor/stripe-openapi/endpoints.tsv",
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
];

fn files(path: &Path, found: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            files(&entry, found);
        }
    } else if path.exists() {
        found.push(path.to_owned());
    }
}

/// FNV-1a, 64 bits: a label for the build, not a defence against anyone.
fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn main() {
    let mut found = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        files(Path::new(input), &mut found);
    }
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for path in &found {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // The path and the length frame each file, so moving bytes between files counts.
        fnv1a(&mut hash, path.to_string_lossy().replace('\\', "/").as_bytes());
        fnv1a(&mut hash, &(bytes.len() as u64).to_le_bytes());
        fnv1a(&mut hash, &bytes);
    }
    println!("cargo:rustc-env=DEBITSIM_SOURCE={hash:016x}");
}
