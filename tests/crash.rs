//! Crash: a child process autosaves a growing session and is killed with SIGKILL at random
//! moments, many times. After every kill the session file parses and holds every change the
//! child reported saved, the lock is free again, and the temporary files an interrupted save
//! left behind are cleaned up by the next open.
//!
//! The child is this test binary itself, re-run with `--exact crash_child` and the
//! `BREAKOUT_CRASH_CHILD` variable naming the session file; without the variable `crash_child`
//! does nothing. Set `BREAKOUT_CRASH_SEED` to replay a run (the seed is printed on stderr).

mod common;
use common::{bin, files_in, session};

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use breakout::model::NewItem;
use breakout::storage::atomic::backup_path;
use breakout::storage::catalog::default_plan;
use breakout::storage::load::read_session;
use breakout::storage::{AutosaveConfig, Autosaver, SaveState, Store};

const CHILD_ENV: &str = "BREAKOUT_CRASH_CHILD";
const ROUND_ENV: &str = "BREAKOUT_CRASH_ROUND";
const SEED_ENV: &str = "BREAKOUT_CRASH_SEED";

const ROUNDS: u32 = 40;

/// Generous: only a child that never starts fails on this.
const CHILD_START_TIMEOUT: Duration = Duration::from_secs(60);

/// The text of the `k`-th entry the child adds in round `round`: several scripts, an emoji
/// with a skin tone and a joiner, and two lines.
fn entry_text(round: u32, k: u64) -> String {
    format!("round {round} entry {k}: বাংলা সভা — العربية 🌍👩🏽‍💻 中文\nsecond line of {round}/{k} ✅")
}

/// Recovers (round, k) from a text written by [`entry_text`].
fn parse_entry(text: &str) -> Option<(u32, u64)> {
    let rest = text.strip_prefix("round ")?;
    let (round, rest) = rest.split_once(" entry ")?;
    let (k, _) = rest.split_once(':')?;
    let (round, k) = (round.parse().ok()?, k.parse().ok()?);
    (text == entry_text(round, k)).then_some((round, k))
}

/// The child: opens the session, then adds entries one after another, handing a snapshot to
/// the autosaver after each and printing `SAVED <generation>` whenever a save completes.
/// Runs until killed (or, should the parent vanish, for at most a minute).
#[test]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return; // Not a child: nothing to do.
    };
    let path = PathBuf::from(path);
    let round: u32 = std::env::var(ROUND_ENV).unwrap().parse().unwrap();
    let opened = Store::open(&path, default_plan).expect("child: open the session");
    let mut session = opened.session;

    let printed = AtomicU64::new(0);
    let notify = Box::new(move |s: &SaveState| {
        if s.saved_generation > printed.load(Ordering::SeqCst) {
            printed.store(s.saved_generation, Ordering::SeqCst);
            let mut out = std::io::stdout().lock();
            writeln!(out, "SAVED {}", s.saved_generation).unwrap();
            out.flush().unwrap();
        }
    });
    let config = AutosaveConfig {
        quiet: Duration::from_millis(5),
        max_delay: Duration::from_millis(10),
        retry: Duration::from_millis(5),
        max_retry: Duration::from_millis(50),
    };
    let mut saver = Autosaver::spawn(opened.store, config, Some(notify));
    {
        // A leading newline keeps the marker on its own line whatever the harness printed.
        let mut out = std::io::stdout().lock();
        writeln!(out, "\nREADY").unwrap();
        out.flush().unwrap();
    }

    let (tables, questions) = (
        session::table_ids(&session),
        session::question_ids(&session),
    );
    let started = Instant::now();
    for k in 1u64.. {
        // Generation k (the k-th snapshot of this autosaver) is the first to hold entry k.
        let table = &tables[k as usize % tables.len()];
        let question = &questions[k as usize % questions.len()];
        session::add(
            &mut session,
            NewItem::point(Some(table), Some(question), entry_text(round, k)),
        );
        saver.submit(session.clone());
        std::thread::sleep(Duration::from_millis(1));
        if started.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
}

fn temp_files(dir: &Path, session: &Path) -> Vec<String> {
    let prefix = format!(".{}.", session.file_name().unwrap().to_string_lossy());
    files_in(dir)
        .into_iter()
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".tmp"))
        .collect()
}

/// Every entry text in the file, checked to be one the child wrote; as (round, k) pairs.
fn entries_in(path: &Path) -> BTreeSet<(u32, u64)> {
    let session = read_session(path)
        .unwrap_or_else(|e| panic!("the session file must always parse after a kill: {e}"));
    let mut found = BTreeSet::new();
    for item in session.live_items() {
        let entry = parse_entry(&item.text)
            .unwrap_or_else(|| panic!("an entry's text was changed on disk: {:?}", item.text));
        assert!(found.insert(entry), "entry {entry:?} is in the file twice");
    }
    found
}

#[test]
fn sigkill_during_autosave_never_loses_a_reported_save() {
    let seed = std::env::var(SEED_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    eprintln!("crash test seed: {seed} (set {SEED_ENV}={seed} to replay)");
    let mut rng = fastrand::Rng::with_seed(seed);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    // A save interrupted before this test began: the first open must clean it up.
    let planted = dir.path().join(".session.json.AbC123.tmp");
    std::fs::write(&planted, b"{\"half a sess").unwrap();
    // Another file that merely looks alike is not ours to remove.
    let bystander = dir.path().join(".session.json.bak.notes.tmp");
    std::fs::write(&bystander, b"keep me").unwrap();

    // Everything that has been seen on disk, which must stay there.
    let mut expected: BTreeSet<(u32, u64)> = BTreeSet::new();
    let mut total_reported = 0u64; // sum over rounds of the last generation reported saved
    let mut kills_with_temp = 0u32;
    let mut stale_removed_total = 0usize;

    for round in 1..=ROUNDS {
        let round_text = round.to_string();
        let mut child = bin::helper(
            "crash_child",
            &[
                (CHILD_ENV, path.as_os_str()),
                (ROUND_ENV, OsStr::new(&round_text)),
            ],
        );

        // Wait until the child has the session open, then let it run for a random moment.
        // Every whole line the child writes is a report of a completed save, or READY.
        let mut reported = 0u64;
        let mut note = |line: &str| {
            if let Some(n) = line.strip_prefix("SAVED ") {
                reported = reported.max(n.parse().unwrap());
            }
        };
        child.wait_for_line(
            &format!("READY in round {round} (it has the session open)"),
            CHILD_START_TIMEOUT,
            |line| {
                note(line);
                line.ends_with("READY")
            },
        );
        let delay = match rng.u32(0..10) {
            0 => 0,                  // at once, likely during the first save
            1..=6 => rng.u64(1..60), // in the thick of it
            _ => rng.u64(60..200),   // after many saves
        };
        std::thread::sleep(Duration::from_millis(delay));
        let status = child.kill();
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(
                status.signal(),
                Some(9),
                "round {round}: the child must die of SIGKILL, not exit ({status})"
            );
        }
        #[cfg(not(unix))]
        assert!(
            !status.success(),
            "round {round}: the child must be killed, not exit ({status})"
        );
        // Every whole line the child wrote before dying was a report of a completed save.
        for line in child.rest() {
            note(&line);
        }
        total_reported += reported;

        // The file parses, is not empty, lost nothing seen before, and holds entries
        // 1..=m of this round for some m no smaller than the last generation reported saved.
        assert!(std::fs::metadata(&path).unwrap().len() > 0, "empty file");
        let found = entries_in(&path);
        let missing: Vec<_> = expected.difference(&found).collect();
        assert!(
            missing.is_empty(),
            "round {round} (seed {seed}): entries saved in earlier rounds are gone: {missing:?}"
        );
        let this_round: Vec<u64> = found
            .iter()
            .filter(|(r, _)| *r == round)
            .map(|(_, k)| *k)
            .collect();
        let m = this_round.len() as u64;
        assert_eq!(
            this_round,
            (1..=m).collect::<Vec<_>>(),
            "round {round} (seed {seed}): the file must hold a prefix of the entries"
        );
        assert!(
            m >= reported,
            "round {round} (seed {seed}): generation {reported} was reported saved but the \
             file holds only {m} of this round's entries"
        );
        let strays: Vec<_> = found
            .iter()
            .filter(|e| e.0 != round && !expected.contains(e))
            .collect();
        assert!(strays.is_empty(), "entries from nowhere: {strays:?}");
        expected = found;

        // The backup, when there is one, is a whole file too.
        let bak = backup_path(&path);
        if bak.exists() {
            read_session(&bak).unwrap_or_else(|e| panic!("round {round}: FILE.bak: {e}"));
        }

        // The lock died with the child; reopening cleans up what an interrupted save left.
        let temps_before = temp_files(dir.path(), &path);
        if temps_before
            .iter()
            .any(|t| dir.path().join(t) != bystander && dir.path().join(t) != planted)
        {
            kills_with_temp += 1;
        }
        let reopened = Store::open(&path, default_plan).unwrap_or_else(|e| {
            panic!("round {round}: reopening after the kill must work (lock released): {e}")
        });
        // The bystander is a prefix look-alike and must survive, so it is not counted.
        let ours = temps_before
            .iter()
            .filter(|t| dir.path().join(t) != bystander)
            .count();
        assert_eq!(
            reopened.stale_temps_removed, ours,
            "round {round}: stale temporary files {temps_before:?}"
        );
        let left: Vec<_> = temp_files(dir.path(), &path)
            .into_iter()
            .filter(|t| dir.path().join(t) != bystander)
            .collect();
        assert!(
            left.is_empty(),
            "round {round}: stale temps remain: {left:?}"
        );
        assert!(!reopened.created);
        assert_eq!(reopened.session, read_session(&path).unwrap());
        stale_removed_total += reopened.stale_temps_removed;
        drop(reopened); // Releases the lock for the next child.
    }

    assert!(
        !planted.exists(),
        "the planted stale temporary file was not removed"
    );
    assert_eq!(std::fs::read(&bystander).unwrap(), b"keep me");
    assert!(
        total_reported > 0,
        "no child ever reported a save: the test checked nothing"
    );
    eprintln!(
        "crash test: {ROUNDS} kills, {} entries survived, {total_reported} generations reported saved, \
         {kills_with_temp} kills left a temporary file, {stale_removed_total} stale temps removed",
        expected.len()
    );
}
