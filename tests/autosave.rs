//! The background saver: the caller never waits on the disk, the newest snapshot always
//! reaches it, failures are visible and retried, and nothing pending is dropped at exit.

mod common;
use common::{poll, session};

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use breakout::model::{NewItem, Session};
use breakout::storage::{AutosaveConfig, Autosaver, SaveError, Sink, Store, catalog, load, store};

fn add(s: &mut Session, text: &str) {
    session::add(s, NewItem::point(Some("asia"), Some("q2"), text));
}

fn fast() -> AutosaveConfig {
    AutosaveConfig {
        quiet: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
        retry: Duration::from_millis(20),
        max_retry: Duration::from_millis(100),
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    // Generous: this waits for a background thread, it does not measure it.
    let limit = Duration::from_secs(20);
    poll(limit, || done().then_some(()))
        .unwrap_or_else(|| panic!("timed out waiting for {what} ({limit:?})"));
}

#[test]
fn a_change_reaches_disk_without_being_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.json");
    let opened = Store::open(&path, catalog::default_plan).expect("open");
    let mut s = opened.session;
    let mut saver = Autosaver::spawn(opened.store, AutosaveConfig::default(), None);
    add(
        &mut s,
        "Firewalls between immigration enforcement and services",
    );
    let started = Instant::now();
    saver.submit(s.clone());
    wait_until("the autosave", || saver.state().saved_generation == 1);
    eprintln!("autosave reached disk after {:?}", started.elapsed());
    let on_disk = load::read_session(&path).expect("parses");
    assert_eq!(on_disk, s);
    let state = saver.finish();
    assert!(state.saved_at.is_some());
    assert!(!state.pending());
    assert_eq!(state.error, None);
}

/// A sink that blocks until released, like a disk that has stalled.
struct Stalled {
    release: mpsc::Receiver<()>,
    saved: Arc<Mutex<Vec<usize>>>,
}

impl Sink for Stalled {
    fn save(&mut self, session: &Session) -> Result<(), SaveError> {
        let _ = self.release.recv();
        self.saved
            .lock()
            .expect("lock")
            .push(session.all_items().len());
        Ok(())
    }
}

#[test]
fn the_caller_never_waits_on_a_stalled_disk_and_the_newest_snapshot_wins() {
    let (release, rx) = mpsc::channel();
    let saved = Arc::new(Mutex::new(Vec::new()));
    let sink = Stalled {
        release: rx,
        saved: Arc::clone(&saved),
    };
    let mut saver = Autosaver::spawn(sink, fast(), None);
    let mut s = session::new();
    // If submit waited on the sink this loop would never finish: the sink is blocked.
    for i in 0..500 {
        add(&mut s, &format!("point {i}"));
        saver.submit(s.clone());
    }
    assert!(saver.state().pending());
    for _ in 0..500 {
        let _ = release.send(());
    }
    drop(release);
    let state = saver.finish();
    assert_eq!(state.saved_generation, 500);
    let saved = saved.lock().expect("lock");
    assert_eq!(
        saved.last(),
        Some(&500),
        "the newest snapshot is the last saved"
    );
    assert!(
        saved.len() < 500,
        "snapshots that arrive while a save is under way are coalesced, got {} saves",
        saved.len()
    );
}

/// Fails the first `failures` saves, as a full disk would, then succeeds.
struct Flaky {
    failures: usize,
    attempts: Arc<Mutex<usize>>,
    last_ok: Arc<Mutex<Option<Session>>>,
}

impl Sink for Flaky {
    fn save(&mut self, session: &Session) -> Result<(), SaveError> {
        let mut n = self.attempts.lock().expect("lock");
        *n += 1;
        if *n <= self.failures {
            return Err(SaveError::DiskFull {
                path: "session.json".into(),
            });
        }
        *self.last_ok.lock().expect("lock") = Some(session.clone());
        Ok(())
    }
}

#[test]
fn a_failed_save_is_reported_and_retried_until_it_succeeds() {
    let attempts = Arc::new(Mutex::new(0));
    let last_ok = Arc::new(Mutex::new(None));
    let (tx, rx) = mpsc::channel();
    let sink = Flaky {
        failures: 3,
        attempts: Arc::clone(&attempts),
        last_ok: Arc::clone(&last_ok),
    };
    let notify = Box::new(move |s: &breakout::storage::SaveState| {
        let _ = tx.send(s.clone());
    });
    let mut saver = Autosaver::spawn(sink, fast(), Some(notify));
    let mut s = session::new();
    add(&mut s, "কর্মসংস্থান ও অভিবাসন");
    saver.submit(s.clone());

    // The failure is visible while it lasts…
    let failed = rx
        .iter()
        .find(|st| st.error.is_some())
        .expect("a failure is reported");
    assert!(
        failed
            .error
            .as_deref()
            .unwrap_or("")
            .contains("disk is full")
    );
    assert!(failed.pending());
    // …and the saver keeps trying with the same snapshot, without a new change.
    let recovered = rx
        .iter()
        .find(|st| st.error.is_none() && st.saved_generation == 1)
        .expect("a later retry succeeds");
    assert!(!recovered.pending());
    assert_eq!(*attempts.lock().expect("lock"), 4);
    assert_eq!(last_ok.lock().expect("lock").as_ref(), Some(&s));
    drop(saver);
}

#[test]
fn flush_reports_a_failure_in_words() {
    let sink = Flaky {
        failures: usize::MAX,
        attempts: Arc::default(),
        last_ok: Arc::default(),
    };
    let mut saver = Autosaver::spawn(sink, fast(), None);
    let mut s = session::new();
    add(&mut s, "x");
    saver.submit(s);
    let err = saver.flush().expect_err("the disk is full");
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert!(
        saver.state().pending(),
        "the change is still pending, not lost"
    );
}

#[test]
fn finishing_saves_what_is_pending_without_waiting_for_a_pause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.json");
    let opened = Store::open(&path, catalog::default_plan).expect("open");
    let mut s = opened.session;
    let slow = AutosaveConfig {
        quiet: Duration::from_secs(3600),
        max_delay: Duration::from_secs(3600),
        ..AutosaveConfig::default()
    };
    let mut saver = Autosaver::spawn(opened.store, slow, None);
    add(&mut s, "the last words before quitting");
    saver.submit(s.clone());
    let state = saver.finish();
    assert_eq!(state.saved_generation, 1);
    assert_eq!(load::read_session(&path).expect("parses"), s);
}

/// Puts `session` in place of `path` as a sync tool does: written beside it, then renamed
/// over it.
fn arrives_by_rename(path: &std::path::Path, bytes: &[u8]) {
    let tmp = path.with_file_name(".syncthing.s.json.tmp");
    std::fs::write(&tmp, bytes).expect("write the other laptop's version");
    std::fs::rename(&tmp, path).expect("rename it into place");
}

fn texts(s: &Session) -> Vec<String> {
    let mut t: Vec<String> = s.live_items().map(|i| i.text.clone()).collect();
    t.sort();
    t
}

/// Another laptop's version of the file, put in place by a sync tool while this one holds it
/// open, is merged into the next save: the file ends with both sides' entries, and the save
/// says what it found (once).
#[test]
fn a_save_merges_in_the_version_another_laptop_put_on_disk() {
    use breakout::storage::FoundOnDisk;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.json");
    let opened = Store::open(&path, catalog::default_plan).expect("open");
    let mut ours = opened.session;
    add(&mut ours, "ours, first");
    let (tx, rx) = mpsc::channel();
    let notify = Box::new(move |s: &breakout::storage::SaveState| {
        let _ = tx.send(s.clone());
    });
    let mut saver = Autosaver::spawn(opened.store, fast(), Some(notify));
    saver.submit(ours.clone());
    saver.flush().expect("first save");
    let reports: Vec<_> = rx.try_iter().collect();
    assert!(
        reports.iter().all(|s| s.found.is_none()),
        "our own file is no news: {reports:?}"
    );

    // Laptop B captured a point into the same file; Syncthing puts B's version in place.
    let mut theirs = load::read_session(&path).expect("parses");
    add(&mut theirs, "theirs, from laptop B");
    arrives_by_rename(&path, &store::encode(&theirs).expect("encodes"));

    // This laptop types another point and saves: nothing of either side is lost.
    add(&mut ours, "ours, second");
    saver.submit(ours.clone());
    saver.flush().expect("second save");
    let on_disk = load::read_session(&path).expect("parses");
    assert_eq!(
        texts(&on_disk),
        ["ours, first", "ours, second", "theirs, from laptop B"]
    );
    let found: Vec<_> = rx.try_iter().filter_map(|s| s.found).collect();
    match found.as_slice() {
        [FoundOnDisk::Merged(s)] => assert_eq!(**s, theirs),
        other => panic!("one report of the version merged in, not {other:?}"),
    }
    assert_eq!(saver.state().found, None, "reported once, not kept");

    // The next save finds its own file: nothing to report, nothing changes.
    add(&mut ours, "ours, third");
    saver.submit(ours.clone());
    saver.flush().expect("third save");
    assert!(rx.try_iter().all(|s| s.found.is_none()));
    let on_disk = load::read_session(&path).expect("parses");
    assert_eq!(
        on_disk.live_items().count(),
        3,
        "the third save writes what it was given"
    );
    saver.finish();
}

/// A version on disk that cannot be merged (not JSON, another plan) is kept as a dated copy
/// before the session is written over it, and the save says where.
#[test]
fn a_version_on_disk_that_cannot_be_merged_is_kept_as_a_copy() {
    use breakout::storage::FoundOnDisk;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.json");
    let opened = Store::open(&path, catalog::default_plan).expect("open");
    let store = opened.store;
    let mut ours = opened.session;
    add(&mut ours, "ours");
    store.save_guarded(&ours).expect("first save");

    let garbage = b"{\"format\": \"breakout-session\", this is not JSON";
    arrives_by_rename(&path, garbage);
    let found = store.save_guarded(&ours).expect("saves over it");
    let Some(FoundOnDisk::Kept { copy, reason }) = found else {
        panic!("the unreadable version is kept and reported, not {found:?}");
    };
    assert!(!reason.is_empty());
    let name = copy
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        name.starts_with("s.json.") && name.ends_with(".bak"),
        "a dated backup beside the file: {name}"
    );
    assert_eq!(std::fs::read(&copy).expect("the copy"), garbage);
    assert_eq!(load::read_session(&path).expect("parses"), ours);
    // The next save is an ordinary one, and the copy stays.
    assert_eq!(store.save_guarded(&ours).expect("saves"), None);
    assert_eq!(std::fs::read(&copy).expect("the copy stays"), garbage);
}
