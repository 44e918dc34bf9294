//! The rules of docs/ARCHITECTURE.md that a reader of `src/` can check, made executable: no
//! source file over 900 lines before its tests, no function over 120 lines, no view using
//! another view's module, and the layers' arrows pointing one way. A file or function may be
//! longer only when ARCHITECTURE.md names it, with the reason, under "Longer than the rules".
//!
//! The program's code is what is checked: a file up to its `#[cfg(test)] mod`, comments left
//! out. Tests beside the code may reach across layers for test data (a demo workspace in a
//! model test), which the program itself never does.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 900;
const MAX_FN_LINES: usize = 120;

/// The layers under `src/` and those each must never use.
const NEVER: [(&str, &[&str]); 8] = [
    ("model", &["ops", "interop", "store", "sync", "remind", "sharing", "ui", "cli"]),
    ("ops", &["interop", "store", "sync", "remind", "sharing", "ui", "cli"]),
    ("interop", &["store", "sync", "remind", "sharing", "ui", "cli"]),
    ("store", &["ops", "interop", "sync", "remind", "sharing", "ui", "cli"]),
    ("sync", &["store", "remind", "sharing", "ui", "cli"]),
    ("remind", &["sync", "sharing", "ui", "cli"]),
    ("cli", &["ui"]),
    ("sharing", &["ui", "cli"]),
];

struct Source {
    /// Relative to `src/`, with `/`: `interop/csv/write.rs`.
    path: String,
    /// The program's lines (up to the tests), comments blanked.
    lines: Vec<String>,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = src();
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).expect("a source file is UTF-8");
            let path = file.strip_prefix(&root).expect("under src").to_string_lossy().replace('\\', "/");
            Source { path, lines: program(&text) }
        })
        .collect()
}

/// The lines before the file's test module, each without its comment.
fn program(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let end = (0..lines.len())
        .find(|&i| {
            lines[i] == "#[cfg(test)]"
                && lines[i + 1..].iter().find(|l| !l.starts_with("#[")).is_some_and(|l| l.starts_with("mod "))
        })
        .unwrap_or(lines.len());
    lines[..end].iter().map(|line| without_comment(line)).collect()
}

/// A line without its `//` comment (a `//` inside a string literal is kept).
fn without_comment(line: &str) -> String {
    let mut in_string = false;
    let mut escaped = false;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return line[..i].to_owned(),
            _ => {}
        }
    }
    line.to_owned()
}

/// What ARCHITECTURE.md allows to be longer: files (relative to `src/`) and functions (file,
/// name), each named on a line of its "Longer than the rules" section with a reason after a
/// colon: ``- `ui/views/journeys/grid.rs`, `fn grid`: …``.
fn allowed_longer() -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ARCHITECTURE.md"))
        .expect("docs/ARCHITECTURE.md is readable");
    allowed_in(&doc)
}

/// [`allowed_longer`] of a document's text.
fn allowed_in(doc: &str) -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let mut files = BTreeSet::new();
    let mut functions = BTreeSet::new();
    let mut inside = false;
    for line in doc.lines() {
        if line.starts_with('#') {
            inside = line.trim_start_matches('#').trim() == "Longer than the rules";
            continue;
        }
        let Some(item) = line.strip_prefix("- ").filter(|_| inside) else { continue };
        let Some((names, reason)) = item.split_once("`: ") else { continue };
        if reason.split_whitespace().count() < 4 {
            continue;
        }
        // `names` ends inside the last quote: "`file.rs`, `fn name".
        let quoted: Vec<&str> = names.split('`').skip(1).step_by(2).collect();
        let file = quoted.iter().find(|q| q.ends_with(".rs")).map(|f| f.trim_start_matches("src/").to_owned());
        let function = quoted.iter().find_map(|q| q.strip_prefix("fn ")).map(str::to_owned);
        match (file, function) {
            (Some(file), Some(function)) => {
                functions.insert((file, function));
            }
            (Some(file), None) => {
                files.insert(file);
            }
            _ => {}
        }
    }
    (files, functions)
}

/// Each function of a file: its name, first line (1-based) and length in lines, from the `fn`
/// line to the closing brace at the same indentation.
fn functions(source: &Source) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    for (i, line) in source.lines.iter().enumerate() {
        let Some(name) = fn_name(line) else { continue };
        let indent = &line[..line.len() - line.trim_start().len()];
        let opening = line.trim_end();
        if opening.ends_with('}') || opening.ends_with(';') {
            continue;
        }
        let close = format!("{indent}}}");
        let end = source.lines[i + 1..].iter().position(|l| l.trim_end() == close).map(|n| i + 1 + n);
        if let Some(end) = end {
            found.push((name, i + 1, end - i + 1));
        }
    }
    found
}

/// The name of the function a line declares, if it does.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let qualifier = word.starts_with("pub")
            || matches!(word, "const" | "async" | "unsafe" | "extern" | "default")
            || word.starts_with('"');
        if word == "fn" {
            let rest = words.next()?;
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            return (!name.is_empty()).then_some(name);
        }
        if !qualifier {
            return None;
        }
    }
    None
}

fn report(what: &str, offenders: &[String]) {
    assert!(offenders.is_empty(), "{what}:\n  {}", offenders.join("\n  "));
}

#[test]
fn no_source_file_is_over_900_lines_before_its_tests() {
    let (allowed, _) = allowed_longer();
    let offenders: Vec<String> = sources()
        .iter()
        .filter(|s| s.lines.len() > MAX_FILE_LINES && !allowed.contains(&s.path))
        .map(|s| format!("src/{}: {} lines", s.path, s.lines.len()))
        .collect();
    report(&format!("files over {MAX_FILE_LINES} lines that docs/ARCHITECTURE.md does not name"), &offenders);
}

#[test]
fn no_function_is_over_120_lines() {
    let (_, allowed) = allowed_longer();
    let mut offenders = Vec::new();
    for source in sources() {
        for (name, line, length) in functions(&source) {
            if length > MAX_FN_LINES && !allowed.contains(&(source.path.clone(), name.clone())) {
                offenders.push(format!("src/{}:{line}: fn {name} is {length} lines", source.path));
            }
        }
    }
    report(&format!("functions over {MAX_FN_LINES} lines that docs/ARCHITECTURE.md does not name"), &offenders);
}

/// The first path segments that follow `prefix` on a line: `people` in `prefix people::x`, and
/// `people`, `insights` in `prefix {people::x, insights}`.
fn segments_after(line: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| s.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + prefix.len()..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.push(ident(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(ident(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.push(ident(after));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The ways a file can name a module at the crate's root: `crate::` and as many `super::` as
/// the file is deep.
fn root_prefixes(path: &str) -> Vec<String> {
    let parts: Vec<&str> = path.split('/').collect();
    let depth = match parts.as_slice() {
        ["lib.rs" | "main.rs"] => 0,
        [.., "mod.rs"] => parts.len() - 1,
        _ => parts.len(),
    };
    let mut prefixes = vec!["crate::".to_owned()];
    if depth > 0 {
        prefixes.push("super::".repeat(depth));
    }
    prefixes
}

#[test]
fn the_layers_use_only_the_layers_below_them() {
    let mut offenders = Vec::new();
    for source in sources() {
        let layer = source.path.split(['/', '.']).next().unwrap_or_default();
        let Some((_, never)) = NEVER.iter().find(|(name, _)| *name == layer) else { continue };
        let prefixes = root_prefixes(&source.path);
        for (n, line) in source.lines.iter().enumerate() {
            for prefix in &prefixes {
                for used in segments_after(line, prefix) {
                    if never.contains(&used.as_str()) {
                        offenders.push(format!("src/{}:{}: {layer} uses {used}: {}", source.path, n + 1, line.trim()));
                    }
                }
            }
        }
    }
    report("uses against the layers' arrows (docs/ARCHITECTURE.md)", &offenders);
}

/// The views: each module directly under `src/ui/views/`, a file or a folder.
fn views() -> BTreeSet<String> {
    fs::read_dir(src().join("ui/views"))
        .expect("src/ui/views is readable")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_stem()?.to_str()?.to_owned();
            (name != "mod").then_some(name)
        })
        .collect()
}

#[test]
fn no_view_uses_another_view() {
    let views = views();
    let mut offenders = Vec::new();
    for source in sources() {
        let Some(inside) = source.path.strip_prefix("ui/views/") else { continue };
        let own = inside.split(['/', '.']).next().unwrap_or_default();
        if own == "mod" {
            continue;
        }
        // `super::` reaches `views` from a view's own file, `super::super::` from a file in its folder.
        let depth = inside.split('/').count() - usize::from(inside.ends_with("/mod.rs"));
        let prefixes = ["views::".to_owned(), "super::".repeat(depth)];
        for (n, line) in source.lines.iter().enumerate() {
            for prefix in &prefixes {
                for used in segments_after(line, prefix) {
                    if used != own && views.contains(&used) {
                        offenders.push(format!(
                            "src/{}:{}: {own} uses the view {used}: {}",
                            source.path,
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    report("views that use another view (shared words and helpers belong in views/mod.rs or below it)", &offenders);
}

#[test]
fn the_checks_find_what_they_look_for() {
    let source = Source {
        path: "interop/csv/write.rs".into(),
        lines: program(
            "use crate::{model, store::save};\nfn a() {\n    if x {\n    }\n}\n    pub(crate) fn b() -> u8 { 1 }\n\
             pub fn c(\n    x: u8,\n) {\n}\n#[cfg(test)]\nmod tests {\n    fn d() {\n    }\n}\n",
        ),
    };
    assert_eq!(source.lines.len(), 10, "the test module is left out");
    assert_eq!(functions(&source), [("a".to_owned(), 2, 4), ("c".to_owned(), 7, 4)]);
    assert_eq!(segments_after(&source.lines[0], "crate::"), ["model", "store"]);
    assert_eq!(segments_after("use super::super::super::ui::x; // crate::cli", "super::super::super::"), ["ui"]);
    assert_eq!(without_comment(r#"let url = "https://x"; // crate::ui"#), r#"let url = "https://x"; "#);
    assert_eq!(root_prefixes("interop/csv/write.rs"), ["crate::", "super::super::super::"]);
    assert_eq!(root_prefixes("interop/csv.rs"), ["crate::", "super::super::"]);
    assert_eq!(root_prefixes("interop/mod.rs"), ["crate::", "super::"]);
    assert_eq!(root_prefixes("cli.rs"), ["crate::", "super::"]);
    assert_eq!(fn_name("    pub(crate) const fn shown<'a>(x: &'a str) -> &'a str {").as_deref(), Some("shown"));
    assert_eq!(fn_name("    let f = |x| x;"), None);
    let doc = "## Rules\n- `ui/app.rs`: said elsewhere, not in the section\n## Longer than the rules\nText.\n\
               - `src/ui/views/journeys/grid.rs`: a grid is laid out in one pass, for its speed\n\
               - `ops/merge.rs`, `fn merge`: every field of a person is joined in one place\n\
               - `interop/csv.rs`: too short\n## Tests\n- `store/lock.rs`: a reason that is not in the section";
    let (files, functions) = allowed_in(doc);
    assert_eq!(files.into_iter().collect::<Vec<_>>(), ["ui/views/journeys/grid.rs"], "a reason is needed");
    assert_eq!(functions.into_iter().collect::<Vec<_>>(), [("ops/merge.rs".to_owned(), "merge".to_owned())]);
}
