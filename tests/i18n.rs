//! The catalogs: each parses, has exactly English's messages with the same arguments, and
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use breakout::i18n;
use fluent_syntax::ast::Entry;

/// Message id (and `id.attribute`) → the variables its text uses.
fn messages(code: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("locales/{code}.ftl does not parse: {errors:?}"),
    };
    let mut ids = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                ids.insert(m.id.name.to_owned(), BTreeSet::new());
                for a in m.attributes {
                    ids.insert(format!("{}.{}", m.id.name, a.id.name), BTreeSet::new());
                }
            }
            Entry::Term(t) => {
                ids.insert(format!("-{}", t.id.name), BTreeSet::new());
            }
            Entry::Junk { content } => panic!("locales/{code}.ftl: cannot read {content:?}"),
            _ => {}
        }
    }
    // Variables, by the lines each message spans (its first line and the indented ones).
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.split_once('=').map(|(id, _)| id.trim()).filter(|id| {
            !line.starts_with([' ', '#', '.']) && ids.contains_key(*id) && !id.is_empty()
        });
        if let Some(id) = starts_message {
            current = Some(id.to_owned());
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = ids.get_mut(id).expect("known id");
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                let name: String = rest[at + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
                rest = &rest[at + 1..];
            }
        }
    }
    ids
}

fn catalogs() -> Vec<(&'static str, BTreeMap<String, BTreeSet<String>>)> {
    i18n::sources()
        .map(|(code, source)| (code, messages(code, source)))
        .collect()
}

#[test]
fn there_are_english_french_and_spanish_catalogs() {
    let codes: Vec<_> = i18n::sources().map(|(c, _)| c).collect();
    assert_eq!(
        codes.first(),
        Some(&"en"),
        "English first: it is the fallback"
    );
    for code in ["fr", "es"] {
        assert!(codes.contains(&code), "no catalog for {code}: {codes:?}");
    }
}

#[test]
fn every_catalog_has_exactly_the_english_messages_and_arguments() {
    let all = catalogs();
    let (_, english) = &all[0];
    assert!(english.len() > 20, "the English catalog is nearly empty");
    for (code, catalog) in &all[1..] {
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !catalog.contains_key(*k))
            .collect();
        let extra: Vec<_> = catalog
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "locales/{code}.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "locales/{code}.ftl has unknown {extra:?}");
        for (id, vars) in english {
            assert_eq!(
                &catalog[id], vars,
                "locales/{code}.ftl: {id} must use the arguments English uses"
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every string literal in `src/` that looks like a message id.
fn literals_in_src() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for piece in text.split('"').skip(1).step_by(2) {
            if !piece.is_empty()
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            {
                found.insert(piece.to_owned());
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_is_in_english_and_every_english_message_is_used() {
    let all = catalogs();
    let english = &all[0].1;
    let literals = literals_in_src();
    // A message is asked for by `tr!("id"…)` or `tr_in!(lang, "id"…)`.
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut unknown = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        for (at, _) in text.match_indices("tr!(\"") {
            if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue; // include_str!, not tr!
            }
            let id: String = text[at + 5..].chars().take_while(|c| *c != '"').collect();
            if !english.contains_key(&id) {
                unknown.push(format!("{}: {id}", f.display()));
            }
        }
        for (at, _) in text.match_indices("tr_in!(") {
            let rest = &text[at..];
            let id = rest.split('"').nth(1).unwrap_or_default();
            if !english.contains_key(id) {
                unknown.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "not in locales/en.ftl:\n{}",
        unknown.join("\n")
    );
    // Ids built at run time (`command-…`) are used by their prefix literal.
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !id.contains('.') && !id.starts_with('-'))
        .filter(|id| {
            !literals.contains(*id)
                && !literals
                    .iter()
                    .any(|l| l.ends_with('-') && id.starts_with(l.as_str()))
        })
        .collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
}
