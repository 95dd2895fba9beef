//! The shape of the code, checked: dependencies run one way, nothing about one event is
//! hard-coded, and there is no networking code at all.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read src") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

fn src(sub: &str) -> Vec<(PathBuf, String)> {
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub))
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read");
            (p, text)
        })
        .collect()
}

#[test]
fn the_model_knows_no_files_terminals_or_ui() {
    for (path, text) in src("model") {
        for banned in [
            "crate::storage",
            "crate::tui",
            "crate::cli",
            "crate::export",
            "ratatui",
            "crossterm",
            "std::fs",
        ] {
            assert!(
                !text.contains(banned),
                "{} uses {banned}: the model must stay free of I/O and UI",
                path.display()
            );
        }
    }
}

#[test]
fn storage_and_export_know_no_terminal() {
    for (path, text) in src("storage").into_iter().chain(src("export")) {
        for banned in ["crate::tui", "crate::cli", "ratatui", "crossterm"] {
            assert!(!text.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn the_config_file_knows_no_screen() {
    let files = src("config");
    assert!(!files.is_empty(), "src/config exists");
    for (path, text) in files {
        for banned in [
            "crate::tui",
            "crate::cli",
            "ratatui",
            "crossterm",
            "KeyCode",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn plain_mode_knows_no_full_screen_terminal() {
    let files = src("plain");
    assert!(!files.is_empty(), "src/plain exists");
    for (path, text) in files {
        for banned in [
            "ratatui",
            "crossterm",
            "crate::tui",
            "\\x1b",
            "\\u{1b}[",
            "\\e[",
        ] {
            // Only code before the tests: the tests feed escape sequences in on purpose.
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            assert!(!code.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn views_only_read_the_state() {
    for (path, text) in src("tui/view") {
        for banned in [
            "&mut App",
            "update(",
            "crate::storage::Store",
            "std::fs::write",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", path.display());
        }
    }
}

#[test]
fn nothing_about_one_event_is_in_the_code() {
    // The built-in plans are embedded by the catalogue; everything else takes them as data.
    for (path, text) in src("") {
        if path.ends_with("storage/catalog.rs") {
            continue;
        }
        assert!(
            !text.to_lowercase().contains("gfmd"),
            "{} mentions GFMD: plans and templates are data",
            path.display()
        );
    }
}

#[test]
fn there_is_no_networking_code() {
    for (path, text) in src("") {
        for banned in [
            "std::net",
            "TcpStream",
            "UdpSocket",
            "reqwest",
            "hyper::",
            "ureq",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", path.display());
        }
    }
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .unwrap_or("");
    for banned in ["reqwest", "hyper", "ureq", "tokio", "curl"] {
        assert!(!deps.contains(banned), "Cargo.toml depends on {banned}");
    }
}

/// Every `crate::…` or `super::…` path a file uses, resolved to the file it names. A path
/// names the deepest existing module file along it (`crate::tui::modes::pick::Picker` is
/// `src/tui/modes/pick/mod.rs`).
fn imports_of(path: &Path, text: &str, root: &Path) -> Vec<PathBuf> {
    // The module path of this file: src/tui/modes/pick/update.rs -> [tui, modes, pick, update].
    let rel = path.strip_prefix(root).expect("under src");
    let mut module: Vec<String> = rel
        .with_extension("")
        .iter()
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    if module
        .last()
        .is_some_and(|m| m == "mod" || m == "lib" || m == "main")
    {
        module.pop();
    }
    let mut out = Vec::new();
    // Only code before the tests: a test module may use anything.
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    for line in code.lines() {
        let line = line.trim();
        if line.starts_with("//") {
            continue;
        }
        // Expand `use a::{b, c::{d}}` roughly: every path-looking token after crate/super.
        for (n, _) in line
            .match_indices("crate::")
            .chain(line.match_indices("super::"))
        {
            let rest = &line[n..];
            let tokens: Vec<&str> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|t| !t.is_empty())
                .collect();
            let mut segs: Vec<String> = Vec::new();
            let mut base = module.clone();
            for t in &tokens {
                match *t {
                    "crate" => base.clear(),
                    "super" => {
                        base.pop();
                    }
                    _ => segs.push((*t).to_owned()),
                }
            }
            let mut full = base;
            full.extend(segs);
            // The deepest prefix that is a file.
            while !full.is_empty() {
                let as_file = root.join(full.join("/")).with_extension("rs");
                let as_dir = root.join(full.join("/")).join("mod.rs");
                if as_file.is_file() {
                    out.push(as_file);
                    break;
                }
                if as_dir.is_file() {
                    out.push(as_dir);
                    break;
                }
                full.pop();
            }
        }
    }
    out.retain(|p| p != path);
    out.sort();
    out.dedup();
    out
}

fn import_graph() -> Vec<(PathBuf, Vec<PathBuf>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    src("")
        .into_iter()
        .map(|(p, text)| {
            let deps = imports_of(&p, &text, &root);
            (p, deps)
        })
        .collect()
}

fn module_of(p: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    p.strip_prefix(&root)
        .ok()
        .and_then(|r| r.iter().next())
        .map(|c| c.to_string_lossy().trim_end_matches(".rs").to_owned())
        .unwrap_or_default()
}

#[test]
fn imports_run_one_way_between_layers() {
    let graph = import_graph();
    let allowed = |from: &str, to: &str| match from {
        // The message catalog stands below everything and uses nothing.
        "i18n" => to == "i18n",
        "model" => matches!(to, "model" | "i18n"),
        "storage" => matches!(to, "model" | "storage" | "i18n"),
        "export" => matches!(to, "model" | "export" | "i18n"),
        "tui" => !matches!(to, "cli" | "plain"),
        // Plain mode stands beside the live screen, on the same layers, and never touches
        // the terminal's screen.
        "plain" => matches!(
            to,
            "plain" | "model" | "storage" | "export" | "i18n" | "stop"
        ),
        // Signals and console events: the platform, below everything.
        "stop" => to == "stop",
        // The user's config file: read and checked, in words; it knows no screen (the live
        // screen applies its keys).
        "config" => matches!(to, "config" | "i18n"),
        _ => true,
    };
    let mut wrong = Vec::new();
    for (file, deps) in &graph {
        let from = module_of(file);
        for d in deps {
            let to = module_of(d);
            if !allowed(&from, &to) {
                wrong.push(format!("{} uses {}", file.display(), d.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
    // The graph is real: the update imports the modes, and the modes the state.
    let uses = |a: &str, b: &str| {
        graph
            .iter()
            .any(|(f, ds)| f.ends_with(a) && ds.iter().any(|d| d.ends_with(b)))
    };
    assert!(uses("tui/update.rs", "tui/state.rs"));
    assert!(uses("tui/modes/pick/update.rs", "tui/modes/pick/mod.rs"));
    assert!(uses("tui/keyconfig.rs", "config/mod.rs"));
}

#[test]
fn no_file_imports_in_a_circle() {
    let graph = import_graph();
    let index = |p: &PathBuf| graph.iter().position(|(f, _)| f == p);
    // Depth-first search with colours; a grey node met again closes a circle.
    let mut colour = vec![0u8; graph.len()];
    let mut circles = Vec::new();
    fn visit(
        n: usize,
        graph: &[(PathBuf, Vec<PathBuf>)],
        colour: &mut [u8],
        stack: &mut Vec<usize>,
        circles: &mut Vec<String>,
        index: &dyn Fn(&PathBuf) -> Option<usize>,
    ) {
        colour[n] = 1;
        stack.push(n);
        for d in &graph[n].1 {
            let Some(m) = index(d) else { continue };
            if colour[m] == 1 {
                let from = stack.iter().position(|&x| x == m).unwrap_or(0);
                let names: Vec<String> = stack[from..]
                    .iter()
                    .map(|&x| graph[x].0.display().to_string())
                    .collect();
                circles.push(names.join(" -> "));
            } else if colour[m] == 0 {
                visit(m, graph, colour, stack, circles, index);
            }
        }
        stack.pop();
        colour[n] = 2;
    }
    for n in 0..graph.len() {
        if colour[n] == 0 {
            visit(
                n,
                &graph,
                &mut colour,
                &mut Vec::new(),
                &mut circles,
                &index,
            );
        }
    }
    assert!(
        circles.is_empty(),
        "imports in a circle:\n{}",
        circles.join("\n")
    );
}

#[test]
fn no_source_file_is_over_about_600_lines() {
    for (path, text) in src("") {
        let n = text.lines().count();
        assert!(n <= 600, "{} has {n} lines: split it", path.display());
    }
}

#[test]
fn key_codes_are_matched_only_in_the_key_tables_and_the_text_widget() {
    for (path, text) in src("") {
        let p = path.to_string_lossy();
        let allowed = p.ends_with("tui/keys.rs")
            || p.ends_with("tui/input.rs")
            || p.ends_with("tui/editor.rs")
            || p.contains("tui/editor/")
            || (p.contains("tui/modes/") && p.ends_with("mod.rs"));
        if allowed {
            continue;
        }
        assert!(
            !text.contains("KeyCode::"),
            "{} matches KeyCode: keys become commands in the key tables only",
            path.display()
        );
    }
}

/// A bare pseudo-terminal, or one whose input another thread reads, never answers "where is
/// the cursor": anything that asks waits for ever. ratatui's `Terminal::clear` asks.
#[test]
fn nothing_asks_the_terminal_where_its_cursor_is() {
    for (path, text) in src("") {
        for banned in ["get_cursor_position", "cursor::position", ".clear()?"] {
            assert!(
                !text.contains(banned),
                "{} uses {banned}: it asks the terminal for the cursor position",
                path.display()
            );
        }
    }
}
