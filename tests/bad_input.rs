//! Bad input: whatever bytes the loader is given, it returns a clear error or a document that
//! validates, and never panics; a file it refuses is left exactly as it was.
//!
//! - Property tests feed arbitrary bytes, JSON-looking token soup, and mutations of real session,
//!   plan and template files (truncated, bytes flipped, inserted or deleted, values replaced or
//!   removed) to every parser, and open mutated session files through the store the app uses.
//! - Golden tests write one broken session file each and open it both with
//!   `load::read_session` and with `Store::open` (the app's path), checking the message and
//!   that the file on disk, and any backup beside it, is unchanged.
//! - Golden tests for plans and templates go through `catalog::load_plan_file`, as `--plan` does.

mod common;
use common::{files_in, repo, session};

use std::path::{Path, PathBuf};

use breakout::model::Session;
use breakout::storage::load::{self, Document};
use breakout::storage::{LoadError, Store, catalog};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Inputs

fn shipped(rel: &str) -> Vec<u8> {
    std::fs::read(repo(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The fixtures' sample session (one entry of most kinds: a recommendation with its target and
/// an action under it, a quote with attribution, a tombstone, header values and a pick), built
/// once per test binary so every generated case mutates the same bytes.
fn session() -> &'static Session {
    static SESSION: std::sync::OnceLock<Session> = std::sync::OnceLock::new();
    SESSION.get_or_init(session::sample)
}

fn session_value() -> Value {
    serde_json::to_value(session()).unwrap()
}

fn session_bytes() -> Vec<u8> {
    session::bytes(session())
}

/// The real files of each kind that mutations start from.
fn bases() -> &'static [(&'static str, Vec<u8>)] {
    static BASES: std::sync::OnceLock<Vec<(&'static str, Vec<u8>)>> = std::sync::OnceLock::new();
    BASES.get_or_init(|| {
        vec![
            ("session", session_bytes()),
            ("plan", shipped("sessions/gfmd-2016-csd-4.1.json")),
            (
                "plan",
                shipped("sessions/examples/two-tables-six-questions.json"),
            ),
            (
                "template",
                shipped("sessions/templates/gfmd-2016-csd-rapporteur.json"),
            ),
            (
                "template",
                shipped("sessions/templates/workshop-report.json"),
            ),
        ]
    })
}

/// A path with a space and a non-ASCII letter, so "names the path" is not satisfied by luck.
fn fuzz_path() -> &'static Path {
    Path::new("/fuzz/Dhaka notes/séance.json")
}

// ---------------------------------------------------------------------------------------------
// What every outcome must satisfy

/// An error must name the file and say something; a document must pass its own validation.
fn check_error(path: &Path, e: &LoadError) -> Result<(), TestCaseError> {
    let msg = e.to_string();
    let shown = path.display().to_string();
    prop_assert!(msg.len() > shown.len() + 5, "uninformative error: {msg:?}");
    prop_assert!(
        msg.starts_with(&shown),
        "error does not name the file: {msg:?}"
    );
    prop_assert_eq!(e.path(), path);
    Ok(())
}

fn check_document(doc: &Document) -> Result<(), TestCaseError> {
    let r = match doc {
        Document::Plan(p) => p.validate(),
        Document::Template(t) => t.validate(),
        Document::Session(s) => s.validate(),
    };
    prop_assert!(r.is_ok(), "loaded a document that does not validate: {r:?}");
    Ok(())
}

/// Every entry point of the loader, on the same bytes: none may panic, and they must agree.
fn check_all_parsers(bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = fuzz_path();
    let any = load::parse_any(path, bytes);
    match &any {
        Ok(doc) => check_document(doc)?,
        Err(e) => check_error(path, e)?,
    }
    let session = load::parse_session(path, bytes);
    let plan = load::parse_plan(path, bytes);
    let template = load::parse_template(path, bytes);
    for e in [
        session.as_ref().err(),
        plan.as_ref().err(),
        template.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    {
        check_error(path, e)?;
    }
    if let Ok(s) = &session {
        prop_assert!(s.validate().is_ok());
    }
    // parse_any succeeds exactly when the parser for the detected kind does.
    let ok_count = [session.is_ok(), plan.is_ok(), template.is_ok()]
        .iter()
        .filter(|ok| **ok)
        .count();
    prop_assert_eq!(ok_count, usize::from(any.is_ok()));
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Generators

/// Fragments that make random bytes look enough like a breakout file to get past the first
/// checks.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    " ",
    "\n",
    "\"format\"",
    "\"format_version\"",
    "\"breakout-session\"",
    "\"breakout-plan\"",
    "\"breakout-template\"",
    "1",
    "99",
    "0",
    "-1",
    "1e400",
    "18446744073709551616",
    "null",
    "true",
    "\"items\"",
    "\"text\"",
    "\"plan\"",
    "\"template\"",
    "\"id\"",
    "\\u0000",
    "\\ud800",
    "\"\\",
    "\u{feff}",
    "\u{fffd}",
    "ব",
    "😀",
    "\u{ff}",
];

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..64).prop_map(|t| t.concat().into_bytes())
}

/// A JSON value to drop somewhere into a document: every type, plus strings that mean
/// something to breakout (ids of real tables, questions and slots, format tags).
fn json_value() -> impl Strategy<Value = Value> {
    let words = prop::sample::select(
        &[
            "breakout-session",
            "breakout-plan",
            "breakout-template",
            "asia",
            "plenary",
            "q1",
            "q4",
            "recommendation",
            "action",
            "quote",
            "target",
            "2016-12-08T09:00:00Z",
            "2016-12-08",
            "0190a5b2-0000-7000-8000-000000000000",
            "",
            "ব্যবস্থা",
        ][..],
    );
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(&[0i64, 1, 2, 99, -1, u32::MAX as i64 + 1][..]).prop_map(Value::from),
        words.prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(&["id", "text", "slot", "format", "x", "parent", "table"][..])
                    .prop_map(str::to_owned),
                inner,
                0..4,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    /// Replace a node of the parsed document with a new value.
    Replace(Index, Value),
    /// Replace a node with a copy of another node of the same document (a duplicate id, a
    /// parent pointing at the wrong entry, a table id where a question id belongs, …).
    Copy(Index, Index),
    /// Remove a member of an object or an element of a list.
    Remove(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::Truncate),
        2 => (any::<Index>(), 1u8..).prop_map(|(i, m)| Mutation::Flip(i, m)),
        2 => (any::<Index>(), prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
            ]).prop_map(|(i, b)| Mutation::Insert(i, b)),
        2 => (any::<Index>(), 1usize..16).prop_map(|(i, n)| Mutation::Delete(i, n)),
        3 => (any::<Index>(), json_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Copy(a, b)),
        2 => any::<Index>().prop_map(Mutation::Remove),
    ]
}

/// JSON pointers of every node below the root.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                let p = format!("{here}/{i}");
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let structural = matches!(
        m,
        Mutation::Replace(..) | Mutation::Copy(..) | Mutation::Remove(_)
    );
    if structural {
        // Structural mutations need a parseable document; on an already broken one they do
        // nothing.
        let Ok(mut doc) = serde_json::from_slice::<Value>(bytes) else {
            return;
        };
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        if all.is_empty() {
            return;
        }
        match m {
            Mutation::Replace(i, v) => {
                *doc.pointer_mut(&all[i.index(all.len())]).unwrap() = v.clone();
            }
            Mutation::Copy(to, from) => {
                let v = doc.pointer(&all[from.index(all.len())]).unwrap().clone();
                *doc.pointer_mut(&all[to.index(all.len())]).unwrap() = v;
            }
            Mutation::Remove(i) => {
                let p = &all[i.index(all.len())];
                let (parent, key) = p.rsplit_once('/').unwrap();
                match doc.pointer_mut(parent).unwrap() {
                    Value::Object(o) => {
                        o.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Value::Array(a) => {
                        a.remove(key.parse::<usize>().unwrap());
                    }
                    _ => unreachable!(),
                }
            }
            _ => unreachable!(),
        }
        *bytes = serde_json::to_vec_pretty(&doc).unwrap();
        return;
    }
    let len = bytes.len();
    match m {
        Mutation::Truncate(i) => bytes.truncate(i.index(len + 1)),
        Mutation::Flip(i, mask) if len > 0 => bytes[i.index(len)] ^= mask,
        Mutation::Insert(i, b) => {
            let at = i.index(len + 1);
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Delete(i, n) if len > 0 => {
            let at = i.index(len);
            bytes.drain(at..(at + n).min(len));
        }
        _ => {}
    }
}

fn mutated() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (0..bases().len(), prop::collection::vec(mutation(), 1..4)).prop_map(|(base, ms)| {
        let mut bytes = bases()[base].1.clone();
        for m in &ms {
            apply(&mut bytes, m);
        }
        (base, bytes)
    })
}

// ---------------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_all_parsers(&bytes)?;
    }

    #[test]
    fn json_like_token_soup_never_panics(bytes in token_soup()) {
        check_all_parsers(&bytes)?;
    }

    #[test]
    fn mutated_files_give_an_error_or_a_valid_document((_, bytes) in mutated()) {
        check_all_parsers(&bytes)?;
    }
}

proptest! {
    // Each case opens a real file, so fewer of them.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Opening a damaged session file the way the app does never changes it: not the file, not
    /// its backup, and leaves no new file (its lock is removed when it is closed or refused).
    #[test]
    fn opening_a_mutated_session_file_never_changes_it(
        ms in prop::collection::vec(mutation(), 1..4)
    ) {
        let mut bytes = session_bytes();
        for m in &ms {
            apply(&mut bytes, m);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("session.json");
        std::fs::write(&path, &bytes).unwrap();
        let bak = dir.path().join("session.json.bak");
        std::fs::write(&bak, b"previous generation").unwrap();

        let direct = load::read_session(&path);
        match Store::open(&path, catalog::default_plan) {
            Ok(opened) => {
                prop_assert!(!opened.created);
                prop_assert!(opened.session.validate().is_ok());
                prop_assert_eq!(Some(&opened.session), direct.as_ref().ok());
            }
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(msg.starts_with(&path.display().to_string()), "{msg}");
                prop_assert_eq!(Some(msg), direct.as_ref().err().map(ToString::to_string));
            }
        }
        prop_assert_eq!(std::fs::read(&path).unwrap(), bytes);
        prop_assert_eq!(std::fs::read(&bak).unwrap(), b"previous generation".to_vec());
        prop_assert_eq!(
            files_in(dir.path()),
            vec!["session.json", "session.json.bak"],
            "a lock or temporary file was left"
        );
    }
}

/// The mutation generator must reach every outcome, or the property above would pass without
/// testing much: documents that still load, and each kind of error.
#[test]
fn mutations_reach_every_kind_of_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = mutated();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..2000 {
        let (_, bytes) = strategy.new_tree(&mut runner).unwrap().current();
        let outcome = match load::parse_any(fuzz_path(), &bytes) {
            Ok(_) => "loads",
            Err(LoadError::Syntax { .. }) => "syntax",
            Err(LoadError::Schema { .. }) => "schema",
            Err(LoadError::Invalid { .. }) => "invalid",
            Err(LoadError::NotBreakout { .. }) => "not breakout",
            Err(LoadError::Newer { .. }) => "newer",
            Err(_) => "other",
        };
        seen.insert(outcome);
    }
    for want in ["loads", "syntax", "schema", "invalid", "not breakout"] {
        assert!(seen.contains(want), "no mutation gave {want:?}: {seen:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Golden tests: session files

/// Writes `bytes` as a session file (with a good backup beside it), opens it both ways, and
/// returns the message after checking that both ways give it and that nothing on disk changed.
fn refused(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("table 2 – notes.json");
    std::fs::write(&path, bytes).unwrap();

    let direct = load::read_session(&path)
        .map(|_| ())
        .expect_err("read_session accepted a bad file")
        .to_string();
    let opened = Store::open(&path, catalog::default_plan)
        .map(|_| ())
        .expect_err("Store::open accepted a bad file");
    assert!(!opened.is_in_use());
    let read_only = Store::open_read_only(&path)
        .map(|_| ())
        .expect_err("open_read_only accepted a bad file");

    assert_eq!(opened.to_string(), direct);
    assert_eq!(read_only.to_string(), direct);
    let shown = path.display().to_string();
    assert!(
        direct.starts_with(&shown),
        "does not name the file: {direct}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file was changed");
    assert_eq!(
        files_in(dir.path()),
        vec!["table 2 – notes.json"],
        "a backup, temporary or lock file was left"
    );
    // Tests below look at the rest of the message.
    direct.replace(&shown, "FILE")
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

/// 1-based line and column of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = offset - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, col)
}

/// Asserts that `msg` starts `FILE:LINE:COL:` with LINE the line of `needle` (found after
/// `after`) and COL inside it, give or take the one character serde_json points at.
fn assert_points_at(msg: &str, text: &str, after: &str, needle: &str) {
    let start = text.find(after).expect("anchor")
        + text[text.find(after).unwrap()..]
            .find(needle)
            .expect("needle");
    let (line, col) = line_col(text, start);
    let prefix = format!("FILE:{line}:");
    assert!(msg.starts_with(&prefix), "expected {prefix} in {msg:?}");
    let got: usize = msg[prefix.len()..]
        .split(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (col.saturating_sub(1)..=col + needle.len()).contains(&got),
        "column {got} is not at {needle:?} (column {col}) in {msg:?}"
    );
}

#[test]
fn truncated_file_says_where_it_ends_too_early() {
    let full = String::from_utf8(session_bytes()).unwrap();
    let in_text = full.find("Protect wages").unwrap() + 7;
    let cuts = [1, full.len() / 3, in_text, full.len() / 2, full.len() - 3];
    for cut in cuts {
        let cut = (cut..).find(|c| full.is_char_boundary(*c)).unwrap();
        let part = &full[..cut];
        let msg = refused(part.as_bytes());
        let (line, col) = line_col(part, part.len());
        // serde_json reports the last character read: the one before the end.
        let col = col - 1;
        assert!(
            msg.starts_with(&format!("FILE:{line}:{col}: not valid JSON: ")),
            "cut at {cut}: {msg}"
        );
        assert!(msg.contains("ends too early"), "{msg}");
        assert!(msg.contains("cut short"), "{msg}");
        assert!(msg.ends_with("The file was left as it is"), "{msg}");
    }
}

/// A truncated file beside a good backup names the backup and how to open it; beside a backup
/// that does not read, it says nothing of it. Nothing on disk changes either way.
#[test]
fn a_truncated_file_names_its_good_backup_and_how_to_open_it() {
    let full = session_bytes();
    let entries = load::parse_session(fuzz_path(), &full)
        .unwrap()
        .live_items()
        .count();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("table 2 – notes.json");
    let bak = dir.path().join("table 2 – notes.json.bak");
    std::fs::write(&path, &full[..full.len() / 2]).unwrap();
    std::fs::write(&bak, &full).unwrap();
    for msg in [
        load::read_session(&path).unwrap_err().to_string(),
        Store::open(&path, catalog::default_plan)
            .unwrap_err()
            .to_string(),
        Store::open_read_only(&path).unwrap_err().to_string(),
    ] {
        let bak = bak.display().to_string();
        let file = path.display().to_string();
        assert!(msg.contains("ends too early"), "{msg}");
        assert!(
            msg.contains(&format!(
                "Its backup {bak} is the save before and reads correctly ({entries} entries)"
            )),
            "{msg}"
        );
        assert!(
            msg.contains(&format!("breakout --read-only '{bak}'")),
            "the command to look at it, quoted for the shell: {msg}"
        );
        assert!(msg.contains(&format!("cp '{bak}' '{file}'")), "{msg}");
    }
    // Opening the backup as the message says works.
    let shown = Store::open_read_only(&bak).unwrap();
    assert_eq!(shown.session.live_items().count(), entries);
    assert_eq!(files_in(dir.path()).len(), 2, "{:?}", files_in(dir.path()));

    // A backup that is itself damaged is not offered.
    std::fs::write(&bak, &full[..full.len() / 3]).unwrap();
    let msg = load::read_session(&path).unwrap_err().to_string();
    assert!(msg.contains("ends too early"), "{msg}");
    assert!(!msg.contains("backup"), "{msg}");
    // Nor is a backup that is missing.
    std::fs::remove_file(&bak).unwrap();
    let msg = load::read_session(&path).unwrap_err().to_string();
    assert!(!msg.contains("backup"), "{msg}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let full = String::from_utf8(session_bytes()).unwrap();

    let no_colon = full.replacen("\"format_version\": 1", "\"format_version\" 1", 1);
    let msg = refused(no_colon.as_bytes());
    assert_points_at(&msg, &no_colon, "\"format_version\"", " 1");
    assert!(msg.contains(": not valid JSON: expected `:`"), "{msg}");

    // "approved" is the last member of an attribution.
    let trailing_comma = full.replacen("\"approved\": true", "\"approved\": true,", 1);
    let msg = refused(trailing_comma.as_bytes());
    let comma = trailing_comma.find("\"approved\": true,").unwrap();
    let (line, _) = line_col(&trailing_comma, comma);
    assert!(
        msg.starts_with(&format!("FILE:{}:", line + 1)),
        "the error is where the comma is closed: {msg}"
    );
    assert!(
        msg.contains("not valid JSON: a field name in double quotes was expected: is there a comma before a closing }"),
        "{msg}"
    );

    // A line break typed inside a text while editing the file by hand.
    let raw_newline = full.replacen("Protect wages", "Protect\nwages", 1);
    let msg = refused(raw_newline.as_bytes());
    assert_points_at(&msg, &raw_newline, "\"items\"", "\nwages");
    assert!(
        msg.contains("not valid JSON: a line break or control character inside quotes: write a line break as \\n"),
        "{msg}"
    );

    let single_quotes = "{'format': 'breakout-session'}";
    let msg = refused(single_quotes.as_bytes());
    assert!(
        msg.starts_with("FILE:1:2: not valid JSON: a field name in double quotes was expected"),
        "{msg}"
    );

    let garbage = format!("{full}}}\n");
    let msg = refused(garbage.as_bytes());
    let (line, _) = line_col(&garbage, full.len());
    assert!(
        msg.starts_with(&format!(
            "FILE:{line}:1: not valid JSON: trailing characters"
        )),
        "{msg}"
    );

    let msg = refused(b"\xff\xfe{\0}\0");
    assert!(msg.starts_with("FILE:1:1: not valid JSON"), "{msg}");
    assert!(msg.contains("UTF-16; save it as UTF-8"), "{msg}");
}

#[test]
fn wrong_type_names_the_field_path_and_position() {
    let mut v = session_value();
    v["items"][0]["text"] = json!(5);
    let text = pretty(&v);
    let msg = refused(text.as_bytes());
    assert_points_at(&msg, &text, "\"items\"", "\"text\": 5");
    assert!(
        msg.contains(": items[0].text: expected text in quotes, found the number 5"),
        "{msg}"
    );

    let mut v = session_value();
    v["items"] = json!({});
    let text = pretty(&v);
    let msg = refused(text.as_bytes());
    assert_points_at(&msg, &text, "\"items\"", "{}");
    assert!(
        msg.contains(": items: expected a list ([…]), found an object ({…})"),
        "{msg}"
    );

    let mut v = session_value();
    v["items"][1]["rank"] = json!("first");
    let text = pretty(&v);
    let msg = refused(text.as_bytes());
    assert!(
        msg.contains(": items[1].rank: expected a whole number, found the text \"first\""),
        "{msg}"
    );

    let mut v = session_value();
    v["items"][2]["created"] = json!("8 December 2016");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains(": items[2].created: not a valid date or time"),
        "{msg}"
    );
    assert!(msg.contains("\"2016-12-08T09:30:00Z\""), "{msg}");

    let mut v = session_value();
    v["plan"]["tables"][1]["name"] = json!(["Asia"]);
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains(": plan.tables[1].name: expected text in quotes, found a list ([…])"),
        "{msg}"
    );

    let mut v = session_value();
    v["items"][0]["fields"]["target"] = Value::Null;
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains(": items[0].fields.target: expected text in quotes, found null"),
        "{msg}"
    );

    // Bytes that are not UTF-8 inside a text.
    let full = session_bytes();
    let at = full.windows(7).position(|w| w == b"Protect").unwrap();
    let mut latin1 = full.clone();
    latin1[at] = 0xE9;
    let msg = refused(&latin1);
    assert!(
        msg.contains(": items[0].text: the text is not valid UTF-8; save the file as UTF-8"),
        "{msg}"
    );
}

#[test]
fn unknown_field_is_named() {
    let mut v = session_value();
    let text = v["items"][0]["text"].take();
    let item = v["items"][0].as_object_mut().unwrap();
    item.remove("text");
    item.insert("txet".into(), text);
    let text = pretty(&v);
    let msg = refused(text.as_bytes());
    assert_points_at(&msg, &text, "\"items\"", "\"txet\"");
    assert!(
        msg.contains(": items[0].txet: unknown field `txet`"),
        "{msg}"
    );
    assert!(msg.contains("`text`"), "lists the fields it knows: {msg}");

    let mut v = session_value();
    v.as_object_mut().unwrap().insert("itmes".into(), json!([]));
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains(": itmes: unknown field `itmes`"), "{msg}");
}

#[test]
fn missing_required_field_is_named() {
    let mut v = session_value();
    v["items"][1].as_object_mut().unwrap().remove("rank");
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains(": items[1]: missing field `rank`"), "{msg}");

    let mut v = session_value();
    v.as_object_mut().unwrap().remove("plan");
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains(": (top level): missing field `plan`"), "{msg}");

    let mut v = session_value();
    v["template"]["sections"][0]["slots"][0]
        .as_object_mut()
        .unwrap()
        .remove("label");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains(": template.sections[0].slots[0]: missing field `label`"),
        "{msg}"
    );
}

#[test]
fn newer_version_is_refused_and_left_alone() {
    for version in [json!(3), json!(99), json!(5_000_000_000u64)] {
        let mut v = session_value();
        v["format_version"] = version.clone();
        // A newer breakout may have added fields this one does not know: the version check
        // must come first, not "unknown field".
        v["items"][0]["mood"] = json!("a field from the future");
        let msg = refused(pretty(&v).as_bytes());
        assert_eq!(
            msg,
            format!(
                "FILE: this session file has format version {version}, written by a newer \
                 breakout; this one reads up to version 2. Update breakout to open it. The \
                 file was left as it is"
            )
        );
    }

    // A plan or template kept inside the session, written by a newer breakout.
    let mut v = session_value();
    v["plan"]["format_version"] = json!(99);
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains("plan.format_version: version 99 was written by a newer breakout; this one reads up to version 2"), "{msg}");
    let mut v = session_value();
    v["template"]["format_version"] = json!(3);
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains("template.format_version: version 3"), "{msg}");

    let mut v = session_value();
    v["format_version"] = json!(0);
    let msg = refused(pretty(&v).as_bytes());
    assert!(msg.contains("format_version: must be at least 1"), "{msg}");
}

#[test]
fn wrong_kind_of_file_says_what_it_is_and_what_to_do() {
    let mut v = session_value();
    v["format"] = json!("breakout-plan");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.starts_with("FILE: this is a session plan, not a session file"),
        "{msg}"
    );

    // What a facilitator actually does: open the plan itself as if it were a session.
    let msg = refused(&shipped("sessions/gfmd-2016-csd-4.1.json"));
    assert!(
        msg.starts_with("FILE: this is a session plan, not a session file"),
        "{msg}"
    );
    assert!(
        msg.contains("breakout --plan 'FILE'"),
        "says how to start a session: {msg}"
    );

    let msg = refused(&shipped("sessions/templates/workshop-report.json"));
    assert!(
        msg.starts_with("FILE: this is a report template, not a session file"),
        "{msg}"
    );
    assert!(msg.contains("\"template\""), "{msg}");
}

#[test]
fn empty_file_is_refused_and_points_at_the_backup() {
    for bytes in [&b""[..], b"   \n\t\n", b"\xEF\xBB\xBF"] {
        let msg = refused(bytes);
        assert!(
            msg.starts_with("FILE: the file is empty. It was left as it is"),
            "{msg}"
        );
        assert!(msg.contains("FILE.bak"), "{msg}");
    }
}

#[test]
fn json_that_is_not_a_breakout_file_is_named_as_such() {
    let expected = "(expected \"breakout-plan\", \"breakout-template\" or \"breakout-session\")";
    let msg = refused(br#"{"name": "breakout", "version": "1.0.0"}"#);
    assert!(
        msg.starts_with("FILE: not a breakout file: it has no \"format\" field"),
        "{msg}"
    );
    assert!(msg.ends_with(expected), "{msg}");
    // Whole JSON that is not an object is named for what it holds, never "trailing characters".
    for (bytes, holds) in [
        (&b"[1,2,3]"[..], "a list ([…])"),
        (b"  [\"breakout-session\", 1]\n", "a list ([…])"),
        (b"\"breakout-session\"", "a single text in quotes"),
        (b"42", "a number"),
        (b"-1.5e3", "a number"),
        (b"true", "true or false"),
        (b"null", "null"),
    ] {
        let msg = refused(bytes);
        assert_eq!(
            msg,
            format!(
                "FILE: not a breakout file: it holds {holds}, not a breakout session, plan or \
                 template (those are objects, {{…}}). The file was left as it is"
            ),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
    // A list cut short is cut short, not a list.
    let msg = refused(b"[1, 2");
    assert!(msg.contains("not valid JSON"), "{msg}");
    let msg = refused(br#"{"format": "docx"}"#);
    assert_eq!(
        msg,
        format!("FILE: not a breakout file: \"format\" is \"docx\" {expected}")
    );
    let msg = refused(br#"{"format": 3}"#);
    assert_eq!(
        msg,
        format!("FILE: not a breakout file: \"format\" is 3 {expected}")
    );
    let long = format!(r#"{{"format": "{}"}}"#, "x".repeat(10_000));
    let msg = refused(long.as_bytes());
    assert!(
        msg.len() < 300,
        "a huge value is shortened: {} bytes",
        msg.len()
    );
}

#[test]
fn inconsistent_session_names_each_entry_and_field() {
    let v = session_value();
    let items = v["items"].as_array().unwrap();
    let index_of = |slot: &str| items.iter().position(|i| i["slot"] == json!(slot)).unwrap();
    let (rec, action, quote) = (
        index_of("recommendation"),
        index_of("action"),
        index_of("quote"),
    );

    // An action without the recommendation it belongs under.
    let mut v = session_value();
    v["items"][action].as_object_mut().unwrap().remove("parent");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.starts_with("FILE: this session file has 1 problem\n"),
        "{msg}"
    );
    assert!(
        msg.contains(&format!(
            "\n  items[{action}].parent: Action entries go under a Recommendation"
        )),
        "{msg}"
    );

    // Two entries with the same id.
    let mut v = session_value();
    v["items"][quote]["id"] = v["items"][rec]["id"].clone();
    let msg = refused(pretty(&v).as_bytes());
    let later = rec.max(quote);
    assert!(
        msg.contains(&format!(
            "\n  items[{later}].id: duplicate id {}",
            v["items"][rec]["id"].as_str().unwrap()
        )),
        "{msg}"
    );

    // A table, a question and a slot the plan and template do not have.
    let mut v = session_value();
    v["items"][rec]["table"] = json!("mars");
    v["items"][quote]["question"] = json!("q9");
    v["items"][action]["slot"] = json!("wish");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains(&format!(
            "\n  items[{rec}].table: the plan has no table \"mars\""
        )),
        "{msg}"
    );
    assert!(
        msg.contains(&format!(
            "\n  items[{quote}].question: the plan has no guiding question \"q9\""
        )),
        "{msg}"
    );
    assert!(
        msg.contains(&format!(
            "\n  items[{action}].slot: the report template has no slot \"wish\""
        )),
        "{msg}"
    );
    assert!(
        msg.starts_with("FILE: this session file has 3 problems\n"),
        "{msg}"
    );

    // A field the slot does not declare, attribution on an entry that is not a quote, a header
    // field the template does not have. (A pick of an entry in another slot is accepted: a
    // concurrent re-sort on another laptop can leave one, and the report skips it.)
    let mut v = session_value();
    v["items"][quote]["fields"] = json!({ "target": "States" });
    v["items"][rec]["attribution"] = json!({ "speaker": "X", "approved": true });
    v["picks"]["recommendation"]["items"] = json!([v["items"][quote]["id"].clone()]);
    v["header"]["venue"] = json!({ "value": "Dhaka", "updated": "2016-12-08T09:00:00Z" });
    let msg = refused(pretty(&v).as_bytes());
    for want in [
        format!("items[{quote}].fields: Quote entries have no field \"target\""),
        format!("items[{rec}].attribution: "),
        "header.venue: the template has no such header field".to_owned(),
    ] {
        assert!(
            msg.contains(&format!("\n  {want}")),
            "want {want:?} in {msg}"
        );
    }

    // The plan held inside the session is checked like a plan file.
    let mut v = session_value();
    v["plan"]["questions"][1]["id"] = json!("q1");
    let msg = refused(pretty(&v).as_bytes());
    assert!(
        msg.contains("\n  plan.questions[1].id: duplicate id \"q1\""),
        "{msg}"
    );
}

/// Control: the same machinery accepts the good file (so the refusals above are about what
/// was broken), and a byte-order mark from a Windows editor is fine.
#[test]
fn the_unbroken_file_opens() {
    for bytes in [
        session_bytes(),
        [&b"\xEF\xBB\xBF"[..], &session_bytes()].concat(),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(&load::read_session(&path).unwrap(), session());
        let opened = Store::open(&path, catalog::default_plan).unwrap();
        assert_eq!(&opened.session, session());
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
}

// ---------------------------------------------------------------------------------------------
// Golden tests: plans and templates, through catalog::load_plan_file

/// A folder holding a plan (the two-tables example, naming template `my-form`) and that
/// template (the workshop report) in `templates/`, each after `edit_*` has changed it.
struct PlanDir {
    dir: tempfile::TempDir,
}

impl PlanDir {
    fn new(edit_plan: impl FnOnce(&mut Value), edit_template: impl FnOnce(&mut Value)) -> Self {
        let mut plan: Value =
            serde_json::from_slice(&shipped("sessions/examples/two-tables-six-questions.json"))
                .unwrap();
        let mut template: Value =
            serde_json::from_slice(&shipped("sessions/templates/workshop-report.json")).unwrap();
        plan["template"] = json!("my-form");
        template["id"] = json!("my-form");
        edit_plan(&mut plan);
        edit_template(&mut template);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        let d = PlanDir { dir };
        std::fs::write(d.plan(), pretty(&plan)).unwrap();
        std::fs::write(d.template(), pretty(&template)).unwrap();
        d
    }

    fn plan(&self) -> PathBuf {
        self.dir.path().join("my plan.json")
    }

    fn template(&self) -> PathBuf {
        self.dir.path().join("templates").join("my-form.json")
    }

    /// The error loading the plan gives, with the plan's path shown as PLAN and the
    /// template's as TEMPLATE; both files must be unchanged.
    fn error(&self) -> String {
        let before = (
            std::fs::read(self.plan()).unwrap(),
            std::fs::read(self.template()).unwrap(),
        );
        let e = catalog::load_plan_file(&self.plan())
            .map(|_| ())
            .expect_err("the plan loaded");
        let after = (
            std::fs::read(self.plan()).unwrap(),
            std::fs::read(self.template()).unwrap(),
        );
        assert_eq!(before, after);
        e.to_string()
            .replace(&self.template().display().to_string(), "TEMPLATE")
            .replace(&self.plan().display().to_string(), "PLAN")
            .replace(&self.dir.path().display().to_string(), "DIR")
    }
}

#[test]
fn the_unbroken_plan_and_template_load() {
    let d = PlanDir::new(|_| {}, |_| {});
    let resolved = catalog::load_plan_file(&d.plan()).unwrap();
    assert_eq!(resolved.template.id, "my-form");
    assert_eq!(
        resolved.template_source,
        catalog::Source::File(d.template())
    );
    // A session over it round-trips, with nothing of GFMD about it.
    let s = session::on(resolved);
    let bytes = session::bytes(&s);
    assert_eq!(load::parse_session(Path::new("s.json"), &bytes).unwrap(), s);
}

#[test]
fn malformed_plan_names_line_and_column() {
    let d = PlanDir::new(|_| {}, |_| {});
    let text = std::fs::read_to_string(d.plan()).unwrap();
    let broken = text.replacen("\"minutes\": 25,", "\"minutes\": 25", 1);
    std::fs::write(d.plan(), &broken).unwrap();
    let msg = d.error();
    let (line, _) = line_col(&broken, broken.find("\"minutes\": 25").unwrap());
    assert!(
        msg.starts_with(&format!("PLAN:{}:", line + 1)),
        "points at the line after the missing comma: {msg}"
    );
    assert!(
        msg.contains("not valid JSON: expected `,` or `}` (is a comma missing just before this?)"),
        "{msg}"
    );

    let d = PlanDir::new(|p| p["agenda"][0]["minutes"] = json!("25 min"), |_| {});
    let msg = d.error();
    assert!(
        msg.contains(
            ": agenda[0].minutes: expected a whole number, 0 or more, found the text \"25 min\""
        ),
        "{msg}"
    );

    let d = PlanDir::new(|p| p["event"]["start"] = json!("2024-02-30"), |_| {});
    let msg = d.error();
    assert!(
        msg.contains(": event.start: not a valid date or time"),
        "{msg}"
    );

    let d = PlanDir::new(|p| p["tables"][0]["nmae"] = json!("Housing"), |_| {});
    let msg = d.error();
    assert!(
        msg.contains(": tables[0].nmae: unknown field `nmae`"),
        "{msg}"
    );

    let d = PlanDir::new(|p| p["format_version"] = json!(3), |_| {});
    let msg = d.error();
    assert!(
        msg.starts_with(
            "PLAN: this session plan has format version 3, written by a newer breakout"
        ),
        "{msg}"
    );
}

#[test]
fn plan_naming_a_missing_template_lists_where_it_looked() {
    let d = PlanDir::new(|p| p["template"] = json!("nowhere"), |_| {});
    let msg = d.error();
    assert!(
        msg.starts_with(
            "PLAN: the plan uses report template \"nowhere\", which is not built in and was not found in"
        ),
        "{msg}"
    );
    let sep = std::path::MAIN_SEPARATOR;
    for place in [
        format!("DIR{sep}templates{sep}nowhere.json"),
        format!("DIR{sep}nowhere.json"),
        format!("DIR{sep}..{sep}templates{sep}nowhere.json"),
    ] {
        assert!(
            msg.contains(&format!("\n  {place}")),
            "does not list {place}: {msg}"
        );
    }

    // A template file found under the name, holding another id.
    let d = PlanDir::new(|_| {}, |t| t["id"] = json!("other-form"));
    let msg = d.error();
    assert!(
        msg.starts_with("TEMPLATE: this report template has 1 problem"),
        "{msg}"
    );
    assert!(
        msg.contains(
            "\n  id: the plan asks for template \"my-form\" but this file's id is \"other-form\""
        ),
        "{msg}"
    );
}

#[test]
fn plan_with_duplicate_question_ids_names_the_question() {
    let d = PlanDir::new(|p| p["questions"][3]["id"] = json!("q2"), |_| {});
    let msg = d.error();
    assert!(
        msg.starts_with("PLAN: this session plan has 1 problem"),
        "{msg}"
    );
    assert!(
        msg.contains("\n  questions[3].id: duplicate id \"q2\""),
        "{msg}"
    );
}

#[test]
fn agenda_naming_an_unknown_table_names_the_phase() {
    let d = PlanDir::new(|p| p["agenda"][1]["tables"][1] = json!("garden"), |_| {});
    let msg = d.error();
    assert!(
        msg.contains("\n  agenda[1].tables[1]: no table with id \"garden\" in \"tables\""),
        "{msg}"
    );
}

#[test]
fn template_with_a_duplicate_slot_key_names_both_slots() {
    // The key a rapporteur presses to capture an entry of the slot.
    let d = PlanDir::new(
        |_| {},
        |t| t["sections"][3]["slots"][0]["key"] = t["sections"][1]["slots"][0]["key"].clone(),
    );
    let msg = d.error();
    assert!(
        msg.starts_with("TEMPLATE: this report template has 1 problem"),
        "{msg}"
    );
    assert!(
        msg.contains(
            "\n  sections[3].slots[0].key: key \"i\" is already used by sections[1].slots[0]"
        ),
        "{msg}"
    );

    // The slot's id, which captured entries refer to.
    let d = PlanDir::new(
        |_| {},
        |t| t["sections"][4]["slots"][0]["id"] = json!("speaker"),
    );
    let msg = d.error();
    assert!(
        msg.contains("\n  sections[4].slots[0].id: duplicate slot id \"speaker\" (also at sections[0].slots[0])"),
        "{msg}"
    );
}

#[test]
fn template_slot_under_a_missing_parent_names_the_slot() {
    let d = PlanDir::new(
        |_| {},
        |t| t["sections"][4]["slots"][0]["parent"] = json!("recommendation"),
    );
    let msg = d.error();
    assert!(
        msg.starts_with("TEMPLATE: this report template has 1 problem"),
        "{msg}"
    );
    assert!(
        msg.contains("\n  sections[4].slots[0].parent: no slot with id \"recommendation\""),
        "{msg}"
    );

    let d = PlanDir::new(
        |_| {},
        |t| t["sections"][2]["slots"][0]["fields"][0]["label"] = json!(7),
    );
    let msg = d.error();
    assert!(
        msg.starts_with("TEMPLATE:")
            && msg.contains(": sections[2].slots[0].fields[0].label: expected text in quotes, found the number 7"),
        "{msg}"
    );
}
