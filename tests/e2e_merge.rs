//! Several laptops, one report, end to end: three table laptops write their session files
//! into a shared folder while the rapporteur's breakout watches it, as a synced folder or a
//! USB stick would make them arrive. Real binaries, driven through tmux as a person would.
//!
//! Every test has its own tmux server (the driver in `common/tmux.rs`), so tests run in
//! parallel and never touch a user's tmux. tmux is required: without it the test fails and
//! says to run `.ci/test`, which installs it.
//!
//! Also the watcher on its own: a half-copied file is neither merged nor an error, and is
//! merged once complete.

// Needs tmux: Unix only (Windows builds are checked, not tested).
#![cfg(unix)]

mod common;
use common::bin::{self, BIN};
use common::session;
use common::tmux::{self, Tmux};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use breakout::model::{Item, ItemId, NewItem, Session};
use breakout::storage::load::read_session;
use breakout::storage::watch::{self, Arrival};

/// How long the rapporteur may take to hold every entry: the watcher looks every 2 s, and the
/// suite may be running many other tests on a slow machine.
const MERGE_TIMEOUT: Duration = Duration::from_secs(30);

/// The terminals' size.
const COLS: u16 = 100;
const ROWS: u16 = 30;

/// Text on the main screen once it is drawn: the end of the footer, the last line drawn.
const READY: &str = "? help";

// ---------------------------------------------------------------------------------------------
// The end-to-end test

struct TableLaptop {
    /// The plan's table id, given with `--table`.
    table: &'static str,
    /// tmux session name; also the file name in the shared folder.
    pane: &'static str,
    /// The tab's short name, shown on the table laptop's screen.
    short: &'static str,
    /// How the report names the table ("From … Group").
    origin: &'static str,
    recommendation: &'static str,
    target: &'static str,
    point: &'static str,
}

const TABLES: [TableLaptop; 3] = [
    TableLaptop {
        table: "europe-med-africa",
        pane: "europe",
        short: "Europe–Med–Africa",
        origin: "From Europe and Mediterranean Group",
        recommendation: "Open regular pathways for labour mobility across the Mediterranean",
        target: "EU member states and the African Union",
        point: "Europe: readmission deals undermine rights at sea",
    },
    TableLaptop {
        table: "central-america",
        pane: "central",
        short: "Central America",
        origin: "From Latin America Group",
        recommendation: "Guarantee consular protection along the whole corridor",
        target: "Governments of Mexico and Guatemala",
        point: "Central America: children travel alone more often now",
    },
    TableLaptop {
        table: "asia",
        pane: "asia",
        short: "Asia",
        origin: "From Asia Group",
        recommendation: "অভিবাসী শ্রমিকদের অধিকার রক্ষায় নিয়োগ ফি বাতিল করুন",
        target: "Governments of Bangladesh and the GCC states",
        point: "Asia: kafala ties workers to one employer",
    },
];

/// How many live entries of `s` read exactly `text`.
fn count_text(s: &Session, text: &str) -> usize {
    s.live_items().filter(|i| i.text == text).count()
}

fn ids(s: &Session) -> BTreeMap<ItemId, &Item> {
    s.all_items().map(|i| (i.id, i)).collect()
}

/// Why the rapporteur's file does not yet hold every table's entries exactly once, or `None`
/// when it does.
fn missing(rapporteur: &Path, tables: &[Session]) -> Option<String> {
    let r = match read_session(rapporteur) {
        Ok(r) => r,
        Err(e) => return Some(format!("cannot read it: {e}")),
    };
    let mut why = Vec::new();
    let mine = ids(&r);
    if mine.len() != r.all_items().len() {
        why.push("an id is there twice".to_owned());
    }
    for t in tables {
        for item in t.all_items() {
            match mine.get(&item.id) {
                Some(got) if *got == item => {}
                Some(got) => why.push(format!("{:?} is there as {:?}", item.text, got.text)),
                None => why.push(format!("{:?} ({}) is missing", item.text, item.id)),
            }
            if count_text(&r, &item.text) != 1 {
                why.push(format!(
                    "{:?} is there {} times",
                    item.text,
                    count_text(&r, &item.text)
                ));
            }
        }
    }
    let expected: usize = tables.iter().map(|t| t.all_items().len()).sum();
    if r.all_items().len() != expected {
        why.push(format!(
            "{} entries, expected {expected}: {:?}",
            r.all_items().len(),
            r.all_items().map(|i| &i.text).collect::<Vec<_>>()
        ));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

#[test]
fn three_table_laptops_and_a_rapporteur_watching_their_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shared = dir.path().join("tables");
    std::fs::create_dir(&shared).expect("create the shared folder");
    let rapporteur = dir.path().join("R.json");
    let (r, s) = (
        rapporteur.to_str().expect("utf-8"),
        shared.to_str().expect("utf-8"),
    );

    let tmux = Tmux::new("merge");
    // A session that holds the server up while the others come and go.
    tmux.start("keep", COLS, ROWS, &["sleep", "600"]);
    tmux.start_wrapped("rapporteur", COLS, ROWS, &[], &[BIN, r, "--watch", s]);
    tmux.wait_for("rapporteur", READY);
    tmux.wait_for("rapporteur", "⇄ tables/");

    // The three table laptops start on their files in the shared folder.
    let files: Vec<PathBuf> = TABLES
        .iter()
        .map(|t| shared.join(format!("{}.json", t.pane)))
        .collect();
    for (t, f) in TABLES.iter().zip(&files) {
        let f = f.to_str().expect("utf-8");
        tmux.start_wrapped(t.pane, COLS, ROWS, &[], &[BIN, f, "--table", t.table]);
    }
    for t in &TABLES {
        let screen = tmux.wait_for(t.pane, READY);
        // At 100 columns the long phase name leaves room for only part of the table's name.
        let short: String = t.short.chars().take(6).collect();
        assert!(
            screen.contains(&format!("table laptop: {short}")),
            "{}: the header names the table laptop's table:\n{screen}",
            t.pane
        );
    }

    // Each table captures a recommendation with its target, then a point, all at once. The
    // files autosave into the shared folder while typing; the rapporteur merges as they come.
    for t in &TABLES {
        tmux.keys(t.pane, &["r"]);
        tmux.wait_for(t.pane, "New Recommendation");
    }
    for t in &TABLES {
        tmux.type_text(t.pane, t.recommendation);
        tmux.keys(t.pane, &["Tab"]);
        tmux.type_text(t.pane, t.target);
    }
    for t in &TABLES {
        tmux.wait_for(t.pane, &format!("Target: {}", t.target));
        tmux.keys(t.pane, &["Enter"]);
        // The editor has closed: the main screen's footer is back.
        tmux.wait_for(t.pane, READY);
        tmux.keys(t.pane, &["n"]);
        tmux.wait_for(t.pane, "New Discussion point");
    }
    for t in &TABLES {
        tmux.type_text(t.pane, t.point);
    }
    for t in &TABLES {
        tmux.wait_for(t.pane, t.point);
        tmux.keys(t.pane, &["Enter"]);
        tmux.wait_for(t.pane, READY);
        tmux.keys(t.pane, &["q"]);
    }
    for t in &TABLES {
        assert_eq!(
            tmux.wait_exit(t.pane),
            0,
            "{}: breakout exit status",
            t.pane
        );
        tmux.wait_for(t.pane, "Saved ");
    }

    // What each table laptop saved: its recommendation and its point, tagged with its table.
    let tables: Vec<Session> = files
        .iter()
        .map(|f| read_session(f).expect("a table laptop's file reads"))
        .collect();
    for (t, saved) in TABLES.iter().zip(&tables) {
        assert_eq!(saved.home_table.as_deref(), Some(t.table));
        let texts: Vec<&str> = saved.live_items().map(|i| i.text.as_str()).collect();
        assert_eq!(saved.all_items().len(), 2, "{}: {texts:?}", t.pane);
        let rec = saved
            .live_items()
            .find(|i| i.slot.as_deref() == Some("recommendation"))
            .unwrap_or_else(|| panic!("{}: no recommendation in {texts:?}", t.pane));
        assert_eq!(rec.text, t.recommendation);
        assert_eq!(rec.field("target"), t.target);
        assert_eq!(rec.table.as_deref(), Some(t.table));
        let point = saved
            .live_items()
            .find(|i| i.slot.is_none())
            .unwrap_or_else(|| panic!("{}: no point in {texts:?}", t.pane));
        assert_eq!(point.text, t.point);
        assert_eq!(point.table.as_deref(), Some(t.table));
    }

    // The rapporteur's own file comes to hold every entry exactly once.
    let mut why = String::new();
    let done = common::poll_every(tmux::POLL, MERGE_TIMEOUT, || {
        match missing(&rapporteur, &tables) {
            None => Some(()),
            Some(w) => {
                why = w;
                None
            }
        }
    });
    if done.is_none() {
        panic!(
            "the rapporteur's file did not hold every table's entries within {MERGE_TIMEOUT:?}: \
             {why}\nits screen shows:\n{}",
            tmux.screen_joined("rapporteur")
        );
    }
    let screen = tmux.wait_for("rapporteur", "(last: ");
    assert!(
        screen.contains("Merged "),
        "the footer says what was merged:\n{screen}"
    );

    tmux.keys("rapporteur", &["q"]);
    assert_eq!(
        tmux.wait_exit("rapporteur"),
        0,
        "the rapporteur's exit status"
    );
    tmux.wait_for("rapporteur", "(6 entries)");
    if let Some(why) = missing(&rapporteur, &tables) {
        panic!("after quitting, the rapporteur's file is not whole: {why}");
    }
    let merged = read_session(&rapporteur).expect("read");
    assert_eq!(
        merged.home_table, None,
        "the rapporteur's file is no table's"
    );

    // The report lists each table's recommendation with its table of origin.
    let out = bin::run_ok(dir.path(), ["export", r, "--format", "md"]);
    let md = String::from_utf8(out.stdout).expect("the Markdown is UTF-8");
    for t in &TABLES {
        let line = md
            .lines()
            .find(|l| l.contains(t.recommendation))
            .unwrap_or_else(|| panic!("the report lacks {:?}:\n{md}", t.recommendation));
        assert!(
            line.contains(t.origin),
            "{:?} is not marked {:?} in the report: {line}",
            t.recommendation,
            t.origin
        );
        assert_eq!(md.matches(t.recommendation).count(), 1, "once:\n{md}");
        assert!(md.contains(t.target), "the target of {}:\n{md}", t.pane);
    }
}

// ---------------------------------------------------------------------------------------------
// The watcher on its own

/// A table laptop's file: a recommendation in Bengali with its target, and a point.
fn session_bytes() -> (Vec<u8>, Session) {
    let mut s = session::new();
    s.home_table = Some("asia".into());
    session::add(
        &mut s,
        NewItem::point(Some("asia"), Some("q1"), "অভিবাসী শ্রমিকদের অধিকার রক্ষা")
            .in_slot("recommendation")
            .with_field("target", "GCC states"),
    );
    session::add(&mut s, NewItem::point(Some("asia"), None, "a point 🎉"));
    (session::bytes(&s), s)
}

/// A file half copied into the watched folder (its first half, cut wherever that falls, even
/// inside a Bengali letter) is neither merged nor reported; once the copy completes it is
/// merged.
#[test]
fn a_half_copied_file_is_skipped_then_merged_once_complete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = dir.path().join("R.json");
    let file = dir.path().join("asia.json");
    let (bytes, session) = session_bytes();

    // Every cut of the file reads as "not ready yet", never as a rejected file. (Only the
    // line end may be missing from a complete file.)
    let end = bytes
        .iter()
        .rposition(|&b| b == b'}')
        .expect("a JSON object");
    for cut in (1..end).step_by(97).chain([bytes.len() / 2, end]) {
        std::fs::write(&file, &bytes[..cut]).expect("write");
        assert!(
            watch::read(&file).is_none(),
            "a file cut at byte {cut} of {} is not ready",
            bytes.len()
        );
    }
    // Asked for explicitly (import), a half file is refused with words, not merged.
    match watch::read_once(&file, Some(&own)).as_slice() {
        [Arrival::Rejected { reason, .. }] => {
            assert!(
                reason.to_string().contains("still being copied"),
                "{reason}"
            )
        }
        other => panic!("a half file imported: {other:?}"),
    }

    std::fs::write(&file, &bytes[..bytes.len() / 2]).expect("write");
    let (tx, rx) = mpsc::channel();
    let mine = own.clone();
    watch::watch(
        dir.path().to_path_buf(),
        move || mine.clone(),
        move |a| {
            let session = matches!(a, Arrival::Session { .. });
            // Keep watching until a session arrives; then the watcher may stop.
            tx.send(a).is_ok() && !session
        },
    );
    // Three looks at the folder: nothing arrives.
    let early = rx.recv_timeout(watch::POLL * 3 + Duration::from_millis(500));
    assert!(
        early.is_err(),
        "a half-copied file was delivered: {:?}",
        early.map(|a| match a {
            Arrival::Session { path, .. } => format!("merged {}", path.display()),
            Arrival::Rejected { reason, .. } => format!("rejected: {reason}"),
        })
    );

    // The copy completes, in place, as cp or a sync tool writing into the file would.
    std::fs::write(&file, &bytes).expect("write");
    let arrived = rx
        .recv_timeout(watch::POLL * 3 + tmux::TIMEOUT)
        .expect("the completed file arrives");
    match arrived {
        Arrival::Session { path, session: got } => {
            assert_eq!(path, file);
            assert_eq!(*got, session);
        }
        Arrival::Rejected { reason, .. } => panic!("the complete file was rejected: {reason}"),
    }
    // And it merges: into an empty session of the same plan, everything comes in.
    let mut rapporteur = session::new();
    let report = rapporteur.merge_from(&session).expect("merge");
    assert_eq!(report.new, 2, "{report}");
}

/// The session being edited, breakout's side files and other JSON in the folder are not
/// table files.
#[test]
fn the_watcher_looks_only_at_other_session_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (bytes, _) = session_bytes();
    let own = dir.path().join("R.json");
    for name in [
        "R.json",
        "asia.json",
        "asia.json.bak",
        "asia.json.lock",
        ".asia.json.AbC123.tmp",
        ".hidden.json",
    ] {
        std::fs::write(dir.path().join(name), &bytes).expect("write");
    }
    std::fs::copy(
        common::repo("sessions/gfmd-2016-csd-4.1.json"),
        dir.path().join("plan.json"),
    )
    .expect("copy a plan");
    let found = watch::candidates(dir.path(), Some(&own));
    let names: Vec<String> = found
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["asia.json", "plan.json"]);
    assert!(
        watch::read(&dir.path().join("plan.json")).is_none(),
        "a plan is no table file"
    );
}
