//! The background saver: the caller never waits on the disk, the newest snapshot always
//! reaches it, failures are visible and retried, and nothing pending is dropped at exit.

mod common;
use common::{poll, session};

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use breakout::model::{NewItem, Session};
use breakout::storage::{AutosaveConfig, Autosaver, SaveError, Sink, Store, catalog, load};

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
