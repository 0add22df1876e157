//! The floors of the house: every source file imports only from its own floor or the floors
//! below it, and no files import each other in a circle. The floors are the table in
//! ARCHITECTURE.md, read from there, so the document and the code cannot drift apart.
//!
//! An import is a `use` (every path of its tree) or a path written in code (`crate::…`,
//! `super::…`, `self::…`); `mod` declarations are not imports, and test modules
//! (`#[cfg(test)] mod …`) are not read. A path is resolved to the file that defines the longest
//! module it names: `crate::ledger::data::kinds::Obj` is `src/ledger/data/kinds.rs`, and
//! `crate::ledger::Obj` is the ledger's facade, `src/ledger/mod.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The floors of ARCHITECTURE.md's table: `(floor, path)`, where a path ending in `/` is a
/// folder and holds every file under it.
fn floors(architecture: &str) -> Vec<(u32, String)> {
    let section = architecture
        .split("\n## Floors")
        .nth(1)
        .expect("ARCHITECTURE.md has a \"## Floors\" section");
    let mut floors = Vec::new();
    for line in section.lines().take_while(|l| !l.starts_with("## ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(floor) = cells.get(1).and_then(|c| c.parse::<u32>().ok()) else {
            continue;
        };
        for path in cells[2].split('`').skip(1).step_by(2) {
            floors.push((floor, format!("src/{path}")));
        }
    }
    assert!(floors.len() > 20, "the floors table lists only {} paths", floors.len());
    floors
}

/// The floor of `file`: the floor of the longest path of the table that holds it.
fn floor_of(floors: &[(u32, String)], file: &str) -> Option<u32> {
    floors
        .iter()
        .filter(|(_, path)| file == path || (path.ends_with('/') && file.starts_with(path.as_str())))
        .max_by_key(|(_, path)| path.len())
        .map(|(floor, _)| *floor)
}

/// The module path of a source file: `src/ledger/data/kinds.rs` is `[ledger, data, kinds]`,
/// `src/ledger/data/mod.rs` is `[ledger, data]`, `src/lib.rs` and `src/main.rs` are `[]`.
fn module_of(file: &str) -> Vec<String> {
    let inner = file.strip_prefix("src/").unwrap().strip_suffix(".rs").unwrap();
    let mut parts: Vec<String> = inner.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The file that defines module `path`, if one does.
fn file_of(root: &Path, path: &[String]) -> Option<String> {
    if path.is_empty() {
        return Some("src/lib.rs".into());
    }
    let joined = path.join("/");
    [format!("src/{joined}.rs"), format!("src/{joined}/mod.rs")]
        .into_iter()
        .find(|candidate| root.join(candidate).is_file())
}

/// The text of a file without comments, string and character literals, and test modules.
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |end| end + 2);
        } else if let Some(raw) = rest.strip_prefix("r#\"") {
            i += 3 + raw.find("\"#").map_or(raw.len(), |end| end + 2);
            out.push_str("\"\"");
        } else if bytes[i] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            i = j + 1;
            out.push_str("\"\"");
        } else if rest.starts_with("#[cfg(test)]") {
            // Skip the attribute and the item it guards: up to the end of its braces.
            let open = rest.find('{').unwrap_or(rest.len());
            let mut depth = 0;
            let mut end = rest.len();
            for (k, c) in rest[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = open + k + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            i += end;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Every path a `use` tree names, whole: `a::{b, c::{d, e}}` is `a::b`, `a::c::d`, `a::c::e`.
fn expand_tree(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    match tree.find('{') {
        None => {
            for leaf in tree.split(',').map(str::trim).filter(|l| !l.is_empty()) {
                let leaf = leaf.split(" as ").next().unwrap().trim();
                out.push(format!("{prefix}{leaf}"));
            }
        }
        Some(open) => {
            let head = &tree[..open];
            let inner = &tree[open + 1..tree.rfind('}').unwrap()];
            // Split the group at its top-level commas.
            let (mut depth, mut start) = (0, 0);
            let mut parts = Vec::new();
            for (k, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(&inner[start..k]);
                        start = k + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&inner[start..]);
            for part in parts.into_iter().filter(|p| !p.trim().is_empty()) {
                expand_tree(&format!("{prefix}{head}"), part, out);
            }
        }
    }
}

/// Every path `code` imports: its `use` trees, and the paths written in its code.
fn paths_in(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            if let Some(end) = after.find(';') {
                let tree: String = after[..end].split_whitespace().collect::<Vec<_>>().join(" ");
                let extern_crate = ["std::", "core::", "alloc::"].iter().any(|p| tree.starts_with(p));
                if !extern_crate {
                    expand_tree("", &tree, &mut paths);
                }
            }
        }
        rest = after;
    }
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b':') {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            paths.push(code[at..end].trim_end_matches(':').to_owned());
        }
    }
    paths
}

/// The file `path`, imported from `file`, names.
fn resolve(root: &Path, file: &str, path: &str) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty() && *s != "*").collect();
    let mut module = module_of(file);
    // A file's children live in its own module; `super` is its parent's.
    match segments.first().copied() {
        Some("crate" | "debitsim") => {
            module.clear();
            segments.remove(0);
        }
        Some("self") => {
            segments.remove(0);
        }
        Some("super") => {
            while segments.first() == Some(&"super") {
                module.pop()?;
                segments.remove(0);
            }
        }
        // A path from the module itself (`use child::Item`): a child module, or else another
        // crate (`serde::…`), which is not this house.
        Some(child) => {
            let mut inner = module.clone();
            inner.push(child.to_owned());
            file_of(root, &inner)?;
        }
        None => return None,
    }
    let mut best = file_of(root, &module);
    for segment in segments {
        module.push(segment.to_owned());
        match file_of(root, &module) {
            Some(found) => best = Some(found),
            None => break,
        }
    }
    best
}

/// The import graph of `src/`: for each file, the files it imports (itself excluded).
fn imports(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    super::tidy::rust_files(&root.join("src"), &mut files);
    let mut graph = BTreeMap::new();
    for path in files {
        let file = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let code = code_of(&std::fs::read_to_string(&path).unwrap());
        let targets: BTreeSet<String> = paths_in(&code)
            .iter()
            .filter_map(|p| resolve(root, &file, p))
            .filter(|target| *target != file)
            .collect();
        graph.insert(file, targets);
    }
    graph
}

/// The files that import each other in a circle, each circle as its files.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components.
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        for next in s.graph.get(node).into_iter().flatten() {
            if !s.index.contains_key(next.as_str()) {
                visit(s, next);
                let low = s.low[next.as_str()].min(s.low[node]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next.as_str()) {
                let low = s.index[next.as_str()].min(s.low[node]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut component = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                component.push(top.to_owned());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found
}

/// What breaks the floors: files on no floor, imports that run back up, circles.
fn broken(root: &Path, graph: &BTreeMap<String, BTreeSet<String>>, floors: &[(u32, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    for file in graph.keys() {
        if floor_of(floors, file).is_none() {
            problems.push(format!("{file} is on no floor of ARCHITECTURE.md"));
        }
    }
    for (file, targets) in graph {
        let Some(floor) = floor_of(floors, file) else { continue };
        for target in targets {
            if let Some(above) = floor_of(floors, target).filter(|f| *f > floor) {
                problems.push(format!(
                    "{file} (floor {floor}) imports {target} (floor {above}), above it"
                ));
            }
        }
    }
    for circle in circles(graph) {
        problems.push(format!(
            "these files import each other in a circle: {}",
            circle.join(", ")
        ));
    }
    for (_, path) in floors {
        let exists = root.join(path).exists();
        if !exists {
            problems.push(format!("ARCHITECTURE.md's floors name {path}, which does not exist"));
        }
    }
    problems
}

#[test]
fn every_file_imports_only_from_its_floor_and_below_and_no_files_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let floors = floors(&architecture);
    let graph = imports(root);
    assert!(graph.len() > 100, "read only {} files", graph.len());
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(edges > 300, "found only {edges} imports: the reader lost them");
    let problems = broken(root, &graph, &floors);
    assert!(problems.is_empty(), "the floors are broken:\n{}", problems.join("\n"));
}

/// The rule catches what it is for: an import that runs back up a floor, and a circle.
#[test]
fn the_floor_rule_catches_an_import_up_and_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let floors = floors(&architecture);
    let mut graph = imports(root);
    let (data, ops) = ("src/ledger/data/charge.rs", "src/ledger/ops/charges.rs");
    graph.get_mut(data).unwrap().insert(ops.to_owned());
    let problems = broken(root, &graph, &floors);
    assert!(
        problems.iter().any(|p| p.contains(data) && p.contains("above it")),
        "an import up was not caught: {problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("circle") && p.contains(data) && p.contains(ops)),
        "the circle it makes was not caught: {problems:?}"
    );
    // And the reader sees real imports, in each of their forms.
    let code = code_of("use crate::a::{b, c::{d as e, f}};\n// use crate::x;\nlet s = \"crate::y\"; super::g::h();");
    let paths = paths_in(&code);
    for expected in ["crate::a::b", "crate::a::c::d", "crate::a::c::f", "super::g::h"] {
        assert!(paths.iter().any(|p| p == expected), "{expected} not read: {paths:?}");
    }
    assert!(!paths.iter().any(|p| p.contains('x') || p.contains('y')), "{paths:?}");
    assert_eq!(
        resolve(root, "src/ledger/ops/charges.rs", "super::transfers::TransferDraft").as_deref(),
        Some("src/ledger/ops/transfers.rs")
    );
    assert_eq!(
        resolve(root, "src/server/world.rs", "crate::ledger::Ledger").as_deref(),
        Some("src/ledger/mod.rs")
    );
}
