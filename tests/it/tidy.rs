//! Repository rules that are cheaper to check than to remember.

use std::path::{Path, PathBuf};

pub fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
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

/// The repository's tracked files (relative paths), as `git ls-files` lists them.
fn tracked_files(root: &Path) -> Vec<String> {
    let out = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .expect("git must be installed to list the tracked files");
    assert!(
        out.status.success(),
        "git ls-files failed in {}: {}",
        root.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split('\0')
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Why `line` of a file in directory `dir` points outside the repository, if it does.
///
/// Three ways of pointing out are caught: naming the reference folder that sits beside the
/// repository (written here in pieces, so this file does not accuse itself); a `..` path
/// component followed by that folder's name, whatever separates them (`/`, `\`, or the
/// `"..", "…"` arguments of a path-joining call); and a relative path that climbs more
/// levels than the file lies below the repository root, resolved from the file's own
/// directory as Markdown links, `include_str!` and `os.path.join(HERE, …)` are.
fn points_outside(dir: &[&str], line: &str) -> Option<String> {
    let beside = concat!("sha", "red");
    for named in [
        concat!("../", "sha", "red"),
        concat!("sha", "red/stripe-openapi"),
        concat!("sha", "red/reference"),
    ] {
        if line.contains(named) {
            return Some(format!("names `{named}`, which lies outside the repository"));
        }
    }
    let separator = |c: char| matches!(c, '/' | '\\' | '"' | '\'' | ',' | ' ');
    for (at, _) in line.match_indices(beside) {
        let before = line[..at].trim_end_matches(separator);
        let whole_word = !line[at + beside.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
        if whole_word && before.len() < line[..at].len() && before.ends_with("..") {
            return Some(format!("climbs out to `{beside}` beside the repository"));
        }
    }
    let climbs = climbs(line);
    (climbs > dir.len()).then(|| {
        format!(
            "a relative path climbs {climbs} levels from {}, above the repository root",
            if dir.is_empty() {
                "the root".to_owned()
            } else {
                dir.join("/")
            }
        )
    })
}

/// The most `..` components any relative path on `line` starts with: a run like `../../x`
/// that begins a token, or consecutive `".."` arguments of a path-joining call.
fn climbs(line: &str) -> usize {
    let starts_token = |i: usize| {
        i == 0
            || matches!(
                line.as_bytes()[i - 1],
                b'"' | b'\'' | b' ' | b'(' | b'[' | b'<' | b'=' | b'`'
            )
    };
    let mut most = 0;
    for (at, _) in line.match_indices("../") {
        if !starts_token(at) {
            continue;
        }
        let run = line.as_bytes()[at..].chunks(3).take_while(|c| *c == b"../").count();
        // A last `..` without its slash (`"../.."`) climbs one level more.
        let rest = &line[at + 3 * run..];
        let last =
            rest.starts_with("..") && !rest[2..].starts_with(|c: char| c.is_alphanumeric() || c == '.' || c == '_');
        most = most.max(run + usize::from(last));
    }
    for quote in ['"', '\''] {
        let arg = format!("{quote}..{quote}");
        let joined = format!("{arg}, ");
        for (at, _) in line.match_indices(&arg) {
            if line[..at].ends_with(&joined) {
                continue; // counted from the first argument of its run
            }
            let mut run = 1;
            let mut rest = &line[at + arg.len()..];
            while let Some(next) = rest.strip_prefix(", ").and_then(|r| r.strip_prefix(arg.as_str())) {
                run += 1;
                rest = next;
            }
            most = most.max(run);
        }
    }
    most
}

/// A fresh clone must build, run and pass its tests with nothing beside it, so no tracked
/// file may point outside the repository.
#[test]
fn nothing_tracked_points_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = tracked_files(root);
    assert!(files.len() > 40, "git ls-files listed only {} files", files.len());
    let mut offences = Vec::new();
    for name in &files {
        // Lockfiles are written by cargo and name crates, not paths; the Node SDK's vendored
        // type definitions import their own sibling module (shared.d.ts beside resources/), verbatim.
        if name.rsplit('/').next() == Some("Cargo.lock") || name.starts_with("vendor/stripe-node-types/") {
            continue;
        }
        // stripe-node's type definitions, vendored verbatim: their `import`s name the npm
        // package's own files, which nothing here follows (conformance reads only the types).
        if name.starts_with("vendor/stripe-v2-types/") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(name)) else {
            continue; // not UTF-8 text (or removed but not yet committed): nothing to read
        };
        let dir: Vec<&str> = name.split('/').collect();
        let dir = &dir[..dir.len() - 1];
        for (number, line) in text.lines().enumerate() {
            if let Some(why) = points_outside(dir, line) {
                offences.push(format!("{name}:{}: {why}", number + 1));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "tracked files point outside the repository:\n{}",
        offences.join("\n")
    );
}

/// The path rule's own cases, so that a change to it cannot quietly stop catching them.
#[test]
fn the_outside_path_rule_catches_each_way_out() {
    let up = concat!("..", "/sha", "red/reference/x.md");
    let joined = concat!(r#"os.path.join(ROOT, "..", "..", "sha"#, r#"red", "x")"#);
    let caught = [
        (&[][..], format!("[rules]({up})")),
        (&["conformance", "harness"][..], joined.to_owned()),
        (&["conformance"][..], format!("`../{up}`")),
        (&["a"][..], "see `../../other/x`".to_owned()),
        (
            &["conformance", "schema"][..],
            format!("os.path.join(HERE, {}, \"x\")", ["\"..\""; 3].join(", ")),
        ),
        (&[][..], "cat ../README.md".to_owned()),
        (
            &["conformance", "rust"][..],
            format!("path = \"{}\"", [".."; 3].join("/")),
        ),
    ];
    for (dir, line) in &caught {
        assert!(points_outside(dir, line).is_some(), "not caught in {dir:?}: {line}");
    }
    let allowed = [
        (&["src"][..], r#"include_str!("../fixtures/default.json")"#),
        (
            &["src", "server"][..],
            r#"include_str!("../../vendor/stripe-openapi/endpoints.tsv")"#,
        ),
        (&["conformance", "node"][..], "path.join(__dirname, '..', 'cases')"),
        (&["scripts"][..], r#"cd "$(dirname "$0")/..""#),
        (&["conformance", "rust"][..], r#"path = "../..""#),
        (&[][..], "..AccountParams::default()"),
        (
            &["conformance", "python"][..],
            "error cases, shared with the Node client",
        ),
    ];
    for (dir, line) in allowed {
        assert_eq!(points_outside(dir, line), None, "wrongly caught in {dir:?}: {line}");
    }
}

/// Runs `scripts/test --check-prerequisites-only` with `path` as PATH; gives its exit status
/// and stderr, failing the test if it takes more than ten seconds (the check must answer at
/// once, before anything is compiled).
fn check_prerequisites(path: &std::ffi::OsStr) -> (std::process::ExitStatus, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = std::time::Instant::now();
    let mut child = std::process::Command::new(root.join("scripts/test"))
        .arg("--check-prerequisites-only")
        .env("PATH", path)
        .current_dir(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("scripts/test runs");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("scripts/test --check-prerequisites-only still ran after 10 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    (status, stderr)
}

/// A directory holding a link to every program on PATH except those named in `without`,
/// the first of each name winning as on PATH itself: the machine as it would be without them.
fn path_without(without: &[&str], dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = std::env::var_os("PATH").expect("PATH is set");
    for entries in std::env::split_paths(&path).filter_map(|d| std::fs::read_dir(d).ok()) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let link = dir.join(&name);
            if without.iter().any(|w| name == *w) || link.symlink_metadata().is_ok() {
                continue;
            }
            std::os::unix::fs::symlink(entry.path(), link).unwrap();
        }
    }
    dir.to_owned()
}

/// `scripts/test` stops at once, with a sentence naming what is missing, when a prerequisite
/// is absent, rather than after minutes of compiling; with everything present its check
/// passes.
#[test]
fn scripts_test_names_a_missing_prerequisite_at_once() {
    let (status, stderr) = check_prerequisites(&std::env::var_os("PATH").unwrap());
    assert!(
        status.success(),
        "scripts/test's prerequisites are not all installed here: {stderr}"
    );

    let dir = std::env::temp_dir().join(format!("debitsim-path-without-node-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let bin = path_without(&["node"], &dir);
    let (status, stderr) = check_prerequisites(bin.as_os_str());
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!status.success(), "the check passed without node on PATH");
    assert!(
        stderr.contains("node is not on the PATH") && stderr.contains("Node.js 18"),
        "the check did not say that node is missing and how to get it: {stderr:?}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "more than one line: {stderr:?}");
}

/// Every word, status and code the server answers with is written in `server::error`, and for
/// the ledger's refusals in their table (`server::refusals`): the rest of the server names the
/// error it means, and the ledger carries values only.
#[test]
fn all_wording_of_errors_lives_in_the_error_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let relative = file.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        if relative.starts_with("src/server/error/") || relative == "src/server/refusals.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            // `-> ApiError {` opens a function that returns one; `ApiError {` alone builds one.
            let builds = line.contains("ApiError {") && !line.contains("-> ApiError {");
            let words = ["ApiError::invalid_request(", "impl fmt::Display for Rejection"]
                .iter()
                .any(|f| line.contains(f));
            assert!(
                !builds && !words,
                "{relative}:{} writes an error itself: {}",
                number + 1,
                line.trim()
            );
        }
    }
}

/// The module specifiers `source` (one of the dashboard's ES modules) imports: each
/// `from './name.js'` (or `import './name.js'`), as written.
fn imports(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["from '", "import '"] {
        for piece in source.split(marker).skip(1) {
            found.push(piece.split('\'').next().unwrap_or_default().to_owned());
        }
    }
    found
}

/// The dashboard is ES modules with no build step, embedded in the binary: every module the
/// page imports, directly or through another, is served (so none is missing in a release),
/// and nothing is served, or lies in the dashboard's folder, that nothing imports.
#[test]
fn the_dashboard_serves_exactly_the_modules_its_page_imports() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/server/dashboard");
    let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let mut queue: Vec<String> = html
        .split("<script type=\"module\" src=\"/dashboard/")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(queue, ["main.js"], "the page loads one entry module");
    let mut reached = std::collections::BTreeSet::new();
    while let Some(name) = queue.pop() {
        if !reached.insert(name.clone()) {
            continue;
        }
        let source = std::fs::read_to_string(dir.join(&name))
            .unwrap_or_else(|e| panic!("{name}, which the page imports, cannot be read: {e}"));
        assert!(
            source.starts_with("// "),
            "{name} opens with a comment saying what it is for"
        );
        assert!(
            !source.contains("import("),
            "{name} imports dynamically, which this check cannot follow"
        );
        for specifier in imports(&source) {
            let imported = specifier
                .strip_prefix("./")
                .filter(|s| s.ends_with(".js") && !s.contains('/'))
                .unwrap_or_else(|| panic!("{name} imports {specifier:?}: modules import each other as './name.js'"));
            queue.push(imported.to_owned());
        }
    }
    let served: std::collections::BTreeSet<String> = debitsim::server::dashboard::served_paths()
        .filter_map(|path| path.strip_prefix("/dashboard/"))
        .filter(|name| name.ends_with(".js"))
        .map(str::to_owned)
        .collect();
    let on_disk: std::collections::BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".js"))
        .collect();
    assert!(reached.len() > 5, "only {reached:?}");
    assert_eq!(
        served, reached,
        "served modules (src/server/dashboard.rs) and the ones imported"
    );
    assert_eq!(
        on_disk, reached,
        "modules in src/server/dashboard/ and the ones imported"
    );
}

/// The `--help` text of the built binary and of each of its subcommands, one after another.
fn every_help_text() -> String {
    let help = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_debitsim"))
            .args(args)
            .output()
            .expect("the debitsim binary runs");
        assert!(out.status.success(), "debitsim {args:?} failed: {out:?}");
        String::from_utf8(out.stdout).expect("help is UTF-8")
    };
    let top = help(&["--help"]);
    // The subcommands are the names listed under "Commands:", up to the next blank line.
    let commands: Vec<&str> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .collect();
    assert!(commands.contains(&"serve") && commands.contains(&"health"), "{top}");
    let mut all = top.clone();
    for command in commands {
        all.push_str(&help(&[command, "--help"]));
    }
    all
}

/// The words of `text` that are a long flag (`--name`) or a `DEBITSIM_*` variable.
fn flags_and_variables(text: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    for piece in text.split(|c: char| !word(c)) {
        let flag = piece.strip_prefix("--").is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_lowercase())
                && rest
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        });
        let variable = piece
            .strip_prefix("DEBITSIM_")
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
        if flag || variable {
            found.insert(piece.trim_end_matches('-').to_owned());
        }
    }
    found
}

/// The README's "Command line" section: from its heading to the next `## ` heading.
fn readme_command_line(readme: &str) -> &str {
    let start = readme
        .find("\n## Command line\n")
        .expect("the README has a \"## Command line\" section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

/// Every flag and every `DEBITSIM_*` variable the binary's help prints (its own and each
/// subcommand's) is named in the README's command-line reference, as is the `CHROMIUM=`
/// override of the browser tests, so the reference cannot fall behind the binary.
#[test]
fn the_readme_names_every_flag_and_variable_of_the_help() {
    let help = every_help_text();
    let wanted = flags_and_variables(&help);
    for sure in [
        "--forward-connect-to",
        "--timeout",
        "--version",
        "DEBITSIM_WEBHOOK_ALLOW_HOST",
    ] {
        assert!(wanted.contains(sure), "{sure} not found in the help: {wanted:?}");
    }
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let reference = readme_command_line(&readme);
    let named = flags_and_variables(reference);
    let missing: Vec<&String> = wanted.iter().filter(|w| !named.contains(*w)).collect();
    assert!(
        missing.is_empty(),
        "the README's command-line reference does not name: {missing:?}"
    );
    assert!(
        reference.contains("CHROMIUM="),
        "the README's command-line reference does not name the browser tests' CHROMIUM= override"
    );
}

/// The extraction's own cases, so that a change to it cannot quietly stop finding flags.
#[test]
fn flags_and_variables_are_found_in_prose_and_tables() {
    let text = "| `--webhook-ca FILE` | `DEBITSIM_WEBHOOK_CA` | [env: DEBITSIM_PORT=] --log, (--start-time <UNIX>) -h, --help; \
                a - dash, --, DEBITSIM_, --Upper, `--forward-to=URL`";
    let found: Vec<String> = flags_and_variables(text).into_iter().collect();
    assert_eq!(
        found,
        [
            "--forward-to",
            "--help",
            "--log",
            "--start-time",
            "--webhook-ca",
            "DEBITSIM_PORT",
            "DEBITSIM_WEBHOOK_CA"
        ]
    );
}
