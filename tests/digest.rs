//! `breakout digest`: the Chair's digest of many sessions, run as the Chair's assistant would,
//! over three sessions of two plans (two GFMD sessions on the built-in form, whose priority
//! messages are marked for the digest, and a workshop on its own form), with a damaged file
//! and a plan among them.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use breakout::model::{NewItem, Picks, Session, SlotId};
use breakout::storage::catalog;
use common::bin::{self, Ran};
use common::{clock, repo, session};

/// The second GFMD session (4.2), on the built-in GFMD form.
const PLAN_4_2: &str = "tests/fixtures/gfmd-2016-csd-4.2.json";

/// Adds an entry of `slot` at `table`; returns its id.
fn add(s: &mut Session, slot: &str, table: Option<&str>, text: &str) -> breakout::model::ItemId {
    session::add(s, NewItem::point(table, None, text).in_slot(slot))
}

/// Chooses exactly `ids` of `slot` for the report, in that order; the rest are left out.
fn pick(s: &mut Session, slot: &str, ids: Vec<breakout::model::ItemId>) {
    let left_out = s
        .live_items()
        .filter(|i| i.slot.as_ref().is_some_and(|x| x.as_str() == slot) && !ids.contains(&i.id))
        .map(|i| i.id)
        .collect();
    s.picks.insert(
        SlotId::from(slot),
        Picks {
            items: ids,
            left_out: Some(left_out),
            updated: clock::now(),
        },
    );
}

/// Session 4.1: two priority messages picked (the plenary's first, then Asia's), one left
/// out, and a picked recommendation (not a slot of the digest).
fn session_4_1() -> Session {
    let mut s = session::new();
    let asia = add(
        &mut s,
        "priority-message",
        Some("asia"),
        "PM41-asia firewalls",
    );
    let plenary = add(
        &mut s,
        "priority-message",
        Some("plenary"),
        "PM41-plenary *compact* with targets",
    );
    add(
        &mut s,
        "priority-message",
        Some("europe-med-africa"),
        "PM41-europe left out",
    );
    let rec = session::add(
        &mut s,
        NewItem::point(Some("asia"), None, "REC41 not in the digest")
            .in_slot("recommendation")
            .with_field("target", "States"),
    );
    pick(&mut s, "priority-message", vec![plenary, asia]);
    pick(&mut s, "recommendation", vec![rec]);
    s
}

/// Session 4.2: one picked from the Latin America table, one from no table, one left out.
fn session_4_2() -> Session {
    let plan = catalog::load_plan_file(&repo(PLAN_4_2)).expect("the 4.2 fixture loads");
    let mut s = session::on(plan);
    let latin = add(
        &mut s,
        "priority-message",
        Some("central-america"),
        "PM42-latin fair recruitment",
    );
    let nowhere = add(&mut s, "priority-message", None, "PM42-nowhere decent work");
    add(
        &mut s,
        "priority-message",
        Some("asia"),
        "PM42-asia left out",
    );
    pick(&mut s, "priority-message", vec![latin, nowhere]);
    s
}

/// The workshop, numbered 10.1 so that number order and text order differ, on its own form
/// with its key issues marked for the digest.
fn workshop() -> Session {
    let mut s = session::on(session::workshop_plan());
    let mut plan = (*s.plan).clone();
    plan.session.number = "10.1".into();
    s.plan = Arc::new(plan);
    let mut template = (*s.template).clone();
    for slot in template
        .sections
        .iter_mut()
        .flat_map(|x| x.slots.iter_mut())
    {
        slot.digest = slot.id.as_str() == "key-issue";
    }
    s.template = Arc::new(template);
    let housing = add(
        &mut s,
        "key-issue",
        Some("housing-health"),
        "KI-housing GP registration",
    );
    add(
        &mut s,
        "key-issue",
        Some("work-language"),
        "KI-work left out",
    );
    pick(&mut s, "key-issue", vec![housing]);
    s
}

/// A folder with the three sessions, a damaged file and a copy of a plan.
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new() -> Files {
        let dir = tempfile::tempdir().expect("tempdir");
        session::write_in(dir.path(), "s41.json", &session_4_1());
        session::write_in(dir.path(), "s42.json", &session_4_2());
        session::write_in(dir.path(), "workshop.json", &workshop());
        std::fs::write(
            dir.path().join("damaged.json"),
            "{\"format\": \"breakout-se",
        )
        .expect("write");
        std::fs::copy(
            repo("sessions/gfmd-2016-csd-4.1.json"),
            dir.path().join("plan.json"),
        )
        .expect("copy the plan");
        Files { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `breakout digest` over every file, in an order that is neither number nor name order,
    /// then `extra`.
    fn digest(&self, extra: &[&str]) -> Ran {
        bin::breakout()
            .dir(self.path())
            .args([
                "digest",
                "workshop.json",
                "damaged.json",
                "s42.json",
                "plan.json",
                "s41.json",
            ])
            .args(extra)
            .run()
    }
}

/// Where each of `parts` is in `text`, asserting they all are, in this order.
fn assert_in_order(what: &str, text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        match text[from..].find(part) {
            Some(at) => from += at + part.len(),
            None => panic!("{what}: {part:?} missing or out of order in:\n{text}"),
        }
    }
}

/// What no digest may hold: entries left out of their report, and slots not marked.
fn assert_only_picked(what: &str, text: &str) {
    for absent in ["left out", "REC41", "States"] {
        assert!(!text.contains(absent), "{what} holds {absent:?}:\n{text}");
    }
}

/// The damaged file and the plan are named on stderr with the loader's words, and the run
/// exits 1 after writing the rest.
fn assert_skipped_bad_files(ran: &Ran) {
    assert_eq!(ran.code(), Some(1), "{}", ran.err());
    let err = ran.err();
    assert!(err.contains("skipped: damaged.json:1:"), "{err}");
    assert!(
        err.contains("skipped: plan.json: this is a session plan, not a session file"),
        "{err}"
    );
    assert!(err.contains("2 files of 5 were skipped"), "{err}");
    for good in ["s41.json", "s42.json", "workshop.json"] {
        assert!(!err.contains(good), "{good} named on stderr: {err}");
    }
}

#[test]
fn markdown_groups_picked_entries_by_session_in_number_order_with_their_tables() {
    let files = Files::new();
    let ran = files.digest(&[]);
    assert_skipped_bad_files(&ran);
    let md = ran.out();
    assert!(
        md.starts_with("# Priority messages and key issues from 3 sessions\n"),
        "{md}"
    );
    assert_in_order(
        "md",
        &md,
        &[
            "## Session 4.1: Multilateral cooperation",
            "### Priority messages",
            // Report order (the picks), not capture order.
            "1. PM41-plenary \\*compact\\* with targets\n",
            "2. PM41-asia firewalls — _From Asia Group_",
            "## Session 4.2: Labour migration and decent work",
            "1. PM42-latin fair recruitment — _From Latin America Group_",
            "2. PM42-nowhere decent work\n",
            "## Session 10.1: Making local services work for newcomers",
            "### Key issues",
            "1. KI-housing GP registration — _From Housing and Health Table_",
        ],
    );
    assert_only_picked("md", &md);
    // The sessions come from two events: each is named.
    assert!(
        md.contains("_Riverside Newcomer Inclusion Workshop_"),
        "{md}"
    );
}

#[test]
fn plain_text_has_the_same_entries_in_the_same_order() {
    let files = Files::new();
    let ran = files.digest(&["--format", "txt"]);
    assert_skipped_bad_files(&ran);
    let txt = ran.out();
    assert_in_order(
        "txt",
        &txt,
        &[
            "PRIORITY MESSAGES AND KEY ISSUES FROM 3 SESSIONS",
            "SESSION 4.1: MULTILATERAL",
            "   1. PM41-plenary *compact* with targets\n",
            "   2. PM41-asia firewalls\n      (From Asia Group)",
            "SESSION 4.2: LABOUR",
            "   1. PM42-latin fair recruitment\n      (From Latin America Group)",
            "   2. PM42-nowhere decent work\n",
            "SESSION 10.1: MAKING LOCAL SERVICES",
            "   1. KI-housing GP registration\n      (From Housing and Health Table)",
        ],
    );
    assert_only_picked("txt", &txt);
    assert!(txt.lines().all(|l| l.chars().count() <= 78), "{txt}");
}

#[test]
fn json_is_machine_readable_with_each_entrys_table() {
    let files = Files::new();
    let ran = files.digest(&["--format", "json"]);
    assert_skipped_bad_files(&ran);
    let v: serde_json::Value = serde_json::from_str(&ran.out()).expect("the digest is JSON");
    assert_eq!(v["format"], "breakout-digest");
    let sessions = v["sessions"].as_array().expect("sessions");
    let numbers: Vec<&str> = sessions
        .iter()
        .map(|s| s["number"].as_str().expect("number"))
        .collect();
    assert_eq!(numbers, ["4.1", "4.2", "10.1"]);
    assert_eq!(sessions[0]["file"], "s41.json");
    assert_eq!(sessions[1]["plan"], "gfmd-2016-csd-4.2");
    assert_eq!(sessions[2]["plan"], "riverside-inclusion-2025");
    let entries = |s: usize| -> Vec<(String, serde_json::Value, serde_json::Value)> {
        let slots = sessions[s]["slots"].as_array().expect("slots");
        assert_eq!(slots.len(), 1, "{slots:?}");
        slots[0]["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| {
                (
                    e["text"].as_str().expect("text").to_owned(),
                    e["table"].clone(),
                    e["origin"].clone(),
                )
            })
            .collect()
    };
    use serde_json::Value::Null;
    assert_eq!(
        entries(0),
        [
            (
                "PM41-plenary *compact* with targets".to_owned(),
                "plenary".into(),
                // The plenary's entries are not attributed.
                Null
            ),
            (
                "PM41-asia firewalls".to_owned(),
                "asia".into(),
                "Asia Group".into()
            ),
        ]
    );
    assert_eq!(
        entries(1),
        [
            (
                "PM42-latin fair recruitment".to_owned(),
                "central-america".into(),
                "Latin America Group".into()
            ),
            ("PM42-nowhere decent work".to_owned(), Null, Null),
        ]
    );
    assert_eq!(
        entries(2),
        [(
            "KI-housing GP registration".to_owned(),
            "housing-health".into(),
            "Housing and Health Table".into()
        )]
    );
    assert_eq!(sessions[0]["slots"][0]["id"], "priority-message");
    assert_eq!(sessions[0]["slots"][0]["captured"], 3);
    assert_only_picked("json", &ran.out());
}

/// The Word document is written atomically where -o says, holds the entries in order, and
/// LibreOffice opens it.
#[test]
fn word_holds_the_digest_and_libreoffice_reads_it() {
    let files = Files::new();
    let ran = files.digest(&["-o", "digest.docx"]);
    assert_skipped_bad_files(&ran);
    assert!(ran.out().is_empty(), "{}", ran.out());
    assert!(ran.err().contains("Wrote digest.docx"), "{}", ran.err());
    let docx = files.path().join("digest.docx");
    let xml = bin::program("unzip")
        .if_missing("unzip is needed to read the .docx (Debian package unzip)")
        .arg("-p")
        .arg(&docx)
        .arg("word/document.xml")
        .run()
        .assert_ok()
        .out();
    assert_in_order(
        "document.xml",
        &xml,
        &[
            "Priority messages and key issues from 3 sessions",
            "Session 4.1: Multilateral",
            "PM41-plenary *compact* with targets",
            "PM41-asia firewalls",
            "From Asia Group",
            "Session 4.2: Labour",
            "PM42-latin",
            "From Latin America Group",
            "PM42-nowhere",
            "Session 10.1: Making local services",
            "KI-housing GP registration",
            "From Housing and Health Table",
        ],
    );
    assert_only_picked("document.xml", &xml);
    let text = libreoffice_text(&docx);
    assert_in_order(
        "LibreOffice's text",
        &text,
        &[
            "Priority messages and key issues from 3 sessions",
            "Session 4.1",
            "PM41-plenary",
            "PM41-asia firewalls — From Asia Group",
            "Session 4.2",
            "PM42-latin fair recruitment — From Latin America Group",
            "PM42-nowhere decent work",
            "Session 10.1",
            "KI-housing GP registration — From Housing and Health Table",
        ],
    );
    // Nothing is left beside it: the atomic write's temporary file is gone.
    let mut names = common::files_in(files.path());
    names.retain(|n| n.starts_with("digest"));
    assert_eq!(names, ["digest.docx"]);
}

/// The document as LibreOffice reads it (`soffice --headless --convert-to txt`).
fn libreoffice_text(docx: &Path) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    let ran = bin::program("soffice")
        .if_missing(
            "soffice (LibreOffice) was not found: the digest's .docx is checked by converting \
             it (Debian package libreoffice-writer-nogui)",
        )
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
        ])
        .arg(&out_dir)
        .arg(docx)
        .dir(dir.path())
        .time_limit(Duration::from_secs(180))
        .run()
        .assert_ok();
    let stem = docx.file_stem().expect("stem").to_string_lossy();
    std::fs::read_to_string(out_dir.join(format!("{stem}.txt")))
        .unwrap_or_else(|e| {
            panic!(
                "LibreOffice did not convert {}: {e}\n{}",
                docx.display(),
                ran.err()
            )
        })
        .replace('\u{feff}', "")
}

/// `--slots` gathers other slots; a session whose template has none of them, or marks none
/// when --slots is not given, is said on stderr and gives nothing, without failing the run.
#[test]
fn slots_chooses_other_slots_and_a_file_without_any_is_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    session::write_in(dir.path(), "s41.json", &session_4_1());
    // The workshop as its shipped form has it: nothing marked for the digest.
    let mut plain = session::on(session::workshop_plan());
    let issue = add(
        &mut plain,
        "key-issue",
        Some("work-language"),
        "KI-work picked",
    );
    pick(&mut plain, "key-issue", vec![issue]);
    session::write_in(dir.path(), "workshop.json", &plain);

    let ran = bin::run(dir.path(), ["digest", "s41.json", "workshop.json"]);
    assert_eq!(ran.code(), Some(0), "{}", ran.err());
    let err = ran.err();
    assert!(
        err.contains("workshop.json: its template marks no slot for the digest"),
        "{err}"
    );
    assert!(!err.contains("s41.json"), "{err}");
    let md = ran.out();
    assert!(
        md.starts_with("# Priority messages from 1 session\n"),
        "{md}"
    );
    assert!(!md.contains("KI-work"), "{md}");

    let ran = bin::run(
        dir.path(),
        [
            "digest",
            "s41.json",
            "workshop.json",
            "--slots",
            "key-issue,recommendation",
        ],
    );
    assert_eq!(ran.code(), Some(0), "{}", ran.err());
    assert_eq!(ran.err(), "");
    let md = ran.out();
    assert_in_order(
        "md",
        &md,
        &[
            "# Key issues and recommendations from 2 sessions",
            "## Session 1: Making local services",
            "### Key issues",
            "1. KI-work picked — _From Work and Language Table_",
            "## Session 4.1",
            "### Recommendations",
            "1. REC41 not in the digest — _From Asia Group_",
            "**Target:** States",
        ],
    );
    assert!(!md.contains("PM41"), "{md}");

    // No session has what was asked for: said, nothing written, exit 1.
    let ran = bin::run(
        dir.path(),
        ["digest", "s41.json", "--slots", "key-issue", "-o", "d.md"],
    );
    assert_eq!(ran.code(), Some(1), "{}", ran.err());
    let err = ran.err();
    assert!(
        err.contains("s41.json: its template has none of the slots key-issue"),
        "{err}"
    );
    assert!(
        err.contains("no session has a slot key-issue; nothing was written"),
        "{err}"
    );
    assert!(!dir.path().join("d.md").exists());
    let ran = bin::run(dir.path(), ["digest", "workshop.json"]);
    assert_eq!(ran.code(), Some(1), "{}", ran.err());
    assert!(
        ran.err()
            .contains("no session's template marks a slot for the digest"),
        "{}",
        ran.err()
    );
}

#[test]
fn nothing_readable_writes_nothing_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("junk.json"), "not json at all").expect("write");
    let ran = bin::run(
        dir.path(),
        ["digest", "junk.json", "missing.json", "-o", "d.md"],
    );
    assert_eq!(ran.code(), Some(1));
    let err = ran.err();
    assert!(err.contains("skipped: junk.json:1:"), "{err}");
    assert!(err.contains("skipped: missing.json: no such file"), "{err}");
    assert!(err.contains("no session file could be read"), "{err}");
    assert!(!dir.path().join("d.md").exists());

    assert_eq!(bin::run(dir.path(), ["digest"]).code(), Some(2));
    assert_eq!(
        bin::run(dir.path(), ["digest", "a.json", "--format", "pdf"]).code(),
        Some(2)
    );
    // The output may not be one of the session files.
    let s = session::write_in(dir.path(), "s41.json", &session_4_1());
    let before = std::fs::read(&s).expect("read");
    let ran = bin::run(dir.path(), ["digest", "s41.json", "-o", "./s41.json"]);
    assert_eq!(ran.code(), Some(1));
    assert!(
        ran.err().contains("one of the session files"),
        "{}",
        ran.err()
    );
    assert_eq!(std::fs::read(&s).expect("read"), before);
}

/// The digest's own words follow the interface's language; the format follows OUT's name.
#[test]
fn the_digest_speaks_the_interface_language_and_takes_its_format_from_out() {
    let files = Files::new();
    let ran = bin::breakout()
        .dir(files.path())
        .args([
            "--lang", "fr", "digest", "s41.json", "s42.json", "-o", "d.json",
        ])
        .run()
        .assert_ok();
    assert!(ran.err().contains("d.json"), "{}", ran.err());
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(files.path().join("d.json")).expect("read"))
            .expect("json, from the name d.json");
    assert_eq!(v["title"], "Priority messages de 2 sessions");
    let ran = bin::breakout()
        .dir(files.path())
        .args(["--lang", "es", "digest", "s41.json", "--format", "md"])
        .run()
        .assert_ok();
    assert_in_order(
        "es",
        &ran.out(),
        &[
            "# Priority messages de 1 sesión",
            "## Sesión 4.1:",
            "PM41-asia firewalls — _Procedencia: Asia Group_",
        ],
    );
    let fr = bin::breakout()
        .dir(files.path())
        .args(["--lang", "fr", "digest", "s41.json"])
        .run()
        .assert_ok()
        .out();
    assert!(
        fr.contains("PM41-asia firewalls — _Origine : Asia Group_"),
        "{fr}"
    );
}

/// A session that gives nothing says why, as its report would; entries under another's (the
/// actions of a recommendation) come only under the entries going into the report.
#[test]
fn empty_sessions_say_why_and_nested_slots_follow_their_parents() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Captured, and all taken out of the report (before any pick all would go in, as in the
    // report).
    let mut unpicked = session::new();
    add(
        &mut unpicked,
        "priority-message",
        Some("asia"),
        "PM-unpicked",
    );
    pick(&mut unpicked, "priority-message", Vec::new());
    session::write_in(dir.path(), "unpicked.json", &unpicked);
    // Nothing captured (session 4.2).
    let plan = catalog::load_plan_file(&repo(PLAN_4_2)).expect("the 4.2 fixture loads");
    session::write_in(dir.path(), "empty.json", &session::on(plan));
    let md = bin::run_ok(dir.path(), ["digest", "empty.json", "unpicked.json"]).out();
    assert_in_order(
        "md",
        &md,
        &[
            "## Session 4.1",
            "_None chosen for the report yet._",
            "## Session 4.2",
            "_Nothing captured._",
        ],
    );
    assert!(!md.contains("PM-unpicked"), "{md}");

    let mut s = session::new();
    let picked = session::add(
        &mut s,
        NewItem::point(Some("asia"), None, "REC picked").in_slot("recommendation"),
    );
    let left = session::add(
        &mut s,
        NewItem::point(Some("asia"), None, "REC left out").in_slot("recommendation"),
    );
    for (parent, text) in [
        (picked, "ACT under the picked"),
        (left, "ACT under the other"),
    ] {
        session::add(
            &mut s,
            NewItem::point(Some("central-america"), None, text)
                .in_slot("action")
                .under(parent),
        );
    }
    pick(&mut s, "recommendation", vec![picked]);
    session::write_in(dir.path(), "actions.json", &s);
    let txt = bin::run_ok(
        dir.path(),
        [
            "digest",
            "actions.json",
            "--slots",
            "action",
            "--format",
            "txt",
        ],
    )
    .out();
    assert!(
        txt.contains("   1. ACT under the picked\n      (From Latin America Group)"),
        "{txt}"
    );
    assert!(!txt.contains("ACT under the other"), "{txt}");
}
