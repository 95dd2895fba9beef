//! The JSON Schemas shipped in `sessions/schema/` match the types breakout reads, and every
//! shipped plan, template and a fresh session validate against them.
//!
//! After changing a model type, regenerate the shipped copies with
//! `BREAKOUT_UPDATE_SCHEMAS=1 cargo test --test schema`.

mod common;
use common::{repo, session};

use std::path::{Path, PathBuf};

use breakout::model::{SchemaKind, schema, schema_text};

fn shipped(kind: SchemaKind) -> PathBuf {
    repo("sessions/schema").join(kind.file_name())
}

#[test]
fn shipped_schemas_match_the_types() {
    let update = std::env::var_os("BREAKOUT_UPDATE_SCHEMAS").is_some();
    for kind in SchemaKind::ALL {
        let path = shipped(kind);
        let want = schema_text(kind);
        if update {
            std::fs::write(&path, &want).expect("write schema");
            continue;
        }
        let have =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            have == want,
            "{} is out of date with the model types; run \
             BREAKOUT_UPDATE_SCHEMAS=1 cargo test --test schema",
            path.display()
        );
    }
}

fn validator(kind: SchemaKind) -> jsonschema::Validator {
    jsonschema::validator_for(&schema(kind)).expect("schema compiles")
}

fn assert_valid(kind: SchemaKind, path: &Path, doc: &serde_json::Value) {
    let v = validator(kind);
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} does not match the {} schema:\n{}",
        path.display(),
        kind.file_name(),
        errors.join("\n")
    );
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read sessions/") {
        let p = entry.expect("entry").path();
        if p.is_dir() && p.file_name().is_some_and(|n| n != "schema") {
            out.extend(json_files(&p));
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
    out
}

#[test]
fn shipped_files_validate_against_the_schemas() {
    let dir = repo("sessions");
    let files = json_files(&dir);
    assert!(files.len() >= 4, "expected the shipped plans and templates");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        let doc: serde_json::Value = serde_json::from_str(&text).expect("shipped JSON parses");
        let kind = match doc["format"].as_str() {
            Some("breakout-plan") => SchemaKind::Plan,
            Some("breakout-template") => SchemaKind::Template,
            Some("breakout-session") => SchemaKind::Session,
            other => panic!("{}: unexpected format {other:?}", path.display()),
        };
        assert_valid(kind, &path, &doc);
    }
}

#[test]
fn a_session_with_items_validates_against_the_session_schema() {
    // Entries of most kinds under a parent, with fields, attribution, a tombstone, a header
    // value and a pick; then entries of every kind in every script.
    let sample = session::sample();
    let doc = serde_json::to_value(&sample).expect("serialise");
    assert_valid(SchemaKind::Session, Path::new("(sample session)"), &doc);
    let mixed = session::with_entries(16);
    let doc = serde_json::to_value(&mixed).expect("serialise");
    assert_valid(SchemaKind::Session, Path::new("(mixed session)"), &doc);
}

#[test]
fn the_schema_rejects_a_misspelt_field() {
    // The point of shipping a schema: an editor flags a typo before breakout ever runs.
    let path = repo("sessions/gfmd-2016-csd-4.1.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("parse");
    let q = doc["questions"][0].as_object_mut().expect("question");
    let text = q.remove("text").expect("text");
    q.insert("txet".into(), text);
    assert!(!validator(SchemaKind::Plan).is_valid(&doc));
}
