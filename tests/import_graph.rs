//! Every file's imports point one way: the graph of `use` between the files of `src/` has no
//! circle, so each file can be read knowing only what it imports; and the layers hold (the
//! domain knows nothing of the rest, the screens never reach storage or the browser but through
//! the store, the texts never depend on the screens or the store).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// What the app is built from in `file`: its text up to its tests (`#[cfg(test)]`, at a file's
/// end by convention), which may lean on any test helper.
fn code_of(file: &Path) -> String {
    let text = fs::read_to_string(file).expect("readable");
    text.split("#[cfg(test)]").next().unwrap_or_default().to_owned()
}

/// Every `.rs` file under `dir` that the app is built from (not the unit tests' helpers).
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("test_support.rs") {
            found.push(path);
        }
    }
}

/// The module path of a file: `src/i18n/format.rs` → `[i18n, format]`, `src/i18n/mod.rs` →
/// `[i18n]`, `src/lib.rs` → `[]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("under src/").with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The paths one `use` names: `a::{b, c::d}` → `[a::b, a::c::d]` (one level of braces).
fn used_paths(tree: &str) -> Vec<String> {
    match tree.find('{') {
        None => vec![tree.trim().to_owned()],
        Some(open) => {
            let prefix = &tree[..open];
            let inner = tree[open + 1..].trim_end_matches('}');
            inner
                .split(',')
                .map(str::trim)
                .filter(|part| !part.is_empty())
                .map(|part| format!("{prefix}{part}"))
                .collect()
        }
    }
}

#[test]
fn the_files_of_src_import_each_other_without_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|file| (module_of(&src, file), file.clone())).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let here = module_of(&src, file);
        let text = code_of(file);
        // `use` statements may span lines: read up to each `;`.
        for statement in text.split(';') {
            let line = statement.trim_start();
            let top_level = statement.trim_start_matches('\n').starts_with("use ")
                || statement.trim_start_matches('\n').starts_with("pub use ");
            let tree = line.trim_start_matches("pub ").strip_prefix("use ");
            let Some(tree) = tree else { continue };
            let tree: String = tree.split_whitespace().collect::<Vec<_>>().join("");
            for path in used_paths(&tree) {
                let mut parts: Vec<&str> = path.split("::").collect();
                let mut target: Vec<String> = match parts.first().copied() {
                    Some("crate") => Vec::new(),
                    // `super` is only unambiguous at a file's top level.
                    Some("super") if top_level => here[..here.len().saturating_sub(1)].to_vec(),
                    Some("self") if top_level => here.clone(),
                    _ => continue,
                };
                parts.remove(0);
                // The longest prefix of the path that is a file of ours.
                let mut best = None;
                for part in parts {
                    target.push(part.to_owned());
                    if modules.contains_key(&target) {
                        best = Some(target.clone());
                    }
                }
                if let Some(best) = best.filter(|best| *best != here) {
                    edges.entry(here.clone()).or_default().insert(best);
                }
            }
        }
        // A path named inline (`crate::i18n::operators::X` in an expression) ties files too.
        for (at, _) in text.match_indices("crate::") {
            let path: String =
                text[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let mut target = Vec::new();
            let mut best = None;
            for part in path.split("::").skip(1).filter(|part| !part.is_empty()) {
                target.push(part.to_owned());
                if modules.contains_key(&target) {
                    best = Some(target.clone());
                }
            }
            if let Some(best) = best.filter(|best| *best != here) {
                edges.entry(here.clone()).or_default().insert(best);
            }
        }
    }
    let circles = find_circles(&edges);
    assert!(edges.len() > 30, "the graph was read ({} files import others)", edges.len());
    assert_eq!(circles, Vec::<String>::new());
}

/// Each circle found by a depth-first walk, as `a → b → a`.
fn find_circles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<String> {
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        path: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        circles: &mut Vec<String>,
    ) {
        if let Some(start) = path.iter().position(|step| step == node) {
            let names: Vec<String> = path[start..].iter().chain([node]).map(|m| m.join("::")).collect();
            circles.push(names.join(" → "));
            return;
        }
        if !done.insert(node.clone()) {
            return;
        }
        path.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, edges, &mut Vec::new(), &mut done, &mut circles);
    }
    circles
}

/// The layers of `src/` (docs/architecture.md): which top-level modules each may not name.
const FORBIDDEN: [(&str, &[&str]); 3] = [
    ("domain", &["app_state", "storage", "platform", "i18n", "ui", "catalogue_source"]),
    ("ui", &["storage", "platform"]),
    ("i18n", &["ui", "app_state"]),
];

/// Every `crate::<module>` a file names, in a `use` or inline, with the top-level module it
/// starts from.
fn crate_paths_named(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &text[at + "crate::".len()..];
            rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
        })
        .collect()
}

#[test]
fn each_layer_names_only_what_it_may() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    let mut checked = 0;
    for (layer, forbidden) in FORBIDDEN {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        for file in files {
            checked += 1;
            for named in crate_paths_named(&code_of(&file)) {
                if forbidden.contains(&named.as_str()) {
                    broken.push(format!("{} names crate::{named}", file.display()));
                }
            }
        }
    }
    assert!(checked > 100, "the layers were read ({checked} files)");
    assert_eq!(broken, Vec::<String>::new());
}

#[test]
fn a_layer_breach_is_seen_in_a_use_and_inline() {
    let text = "use crate::platform::page;\nfn f() { crate::storage::load(); }";
    assert_eq!(crate_paths_named(text), ["platform", "storage"]);
}
