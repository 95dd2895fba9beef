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
fn storage_and_export_know_nothing_of_each_other() {
    for (path, text) in src("storage") {
        assert!(
            !text.contains("crate::export"),
            "{} uses crate::export: storage must not depend on export",
            path.display()
        );
    }
    for (path, text) in src("export") {
        assert!(
            !text.contains("crate::storage"),
            "{} uses crate::storage: export produces bytes, the caller writes them",
            path.display()
        );
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
