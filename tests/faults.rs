//! Faults: a full disk and a read-only folder leave the previous file intact and the error
//! reported, to a direct save and through the autosaver, which keeps the session in memory
//! and succeeds once the fault is gone.
//!
//! Each fault is tested twice where the machine allows it: with an injected writer (always)
//! and for real, on a tiny `tmpfs` and on a read-only bind mount (needs root, or
//! CAP_SYS_ADMIN). Where mounting is refused the real tests say so loudly on stderr and only the
//! injected ones run. `BREAKOUT_TEST_NO_MOUNT=1` forces that fallback;
//! `BREAKOUT_TEST_REQUIRE_MOUNT=1` makes it a failure instead.

mod common;
use common::mount::{loud_skip, mount_tmpfs, read_only_over};
use common::{files_in, poll, session};

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use breakout::model::Session;
use breakout::storage::atomic::{Backup, backup_path, lock_path, write_atomic, write_atomic_using};
use breakout::storage::catalog::default_plan;
use breakout::storage::load::read_session;
use breakout::storage::store::encode;
use breakout::storage::{AutosaveConfig, Autosaver, SaveError, SaveState, Sink, Store};

const ENOSPC: i32 = 28;

/// What ran where a real file system could not be mounted.
const INJECTED_RAN: &str = "Only the injected-writer version of this test ran.";

// ---------------------------------------------------------------------------------------------
// Helpers

fn add(session: &mut Session, text: &str) {
    session::add_point(session, text);
}

/// Adds `n` long entries of every kind, to make a file too big for what is left of a disk.
fn grow(session: &mut Session, n: usize, tag: &str) {
    session::add_mixed(session, n, &format!("{tag} {}", "lorem ipsum ".repeat(40)));
}

/// Names in `dir` that look like temporary files of a save.
fn temps_in(dir: &Path) -> Vec<String> {
    files_in(dir)
        .into_iter()
        .filter(|n| n.starts_with('.') && n.ends_with(".tmp"))
        .collect()
}

/// What is on disk for a session: the file and its backup, byte for byte.
fn snapshot(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    (
        std::fs::read(path).unwrap(),
        std::fs::read(backup_path(path)).ok(),
    )
}

fn assert_untouched(path: &Path, before: &(Vec<u8>, Option<Vec<u8>>), what: &str) {
    assert!(
        snapshot(path) == *before,
        "{what}: the previous file (or its backup) changed"
    );
    read_session(path).unwrap_or_else(|e| panic!("{what}: the previous file must still load: {e}"));
    let temps = temps_in(path.parent().unwrap());
    assert!(temps.is_empty(), "{what}: temporary files left: {temps:?}");
}

fn quick_config() -> AutosaveConfig {
    AutosaveConfig {
        quiet: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        retry: Duration::from_millis(10),
        max_retry: Duration::from_millis(50),
    }
}

/// Waits (generously) until the autosaver's state satisfies `done`.
fn wait_for(saver: &Autosaver, what: &str, done: impl Fn(&SaveState) -> bool) -> SaveState {
    poll(Duration::from_secs(30), || {
        Some(saver.state()).filter(&done)
    })
    .unwrap_or_else(|| panic!("timed out waiting for {what}: {:?}", saver.state()))
}

/// Drives an autosaver through a fault that `fault(true)` turns on and `fault(false)` off:
/// the error is reported while it lasts, the session in memory and the file on disk stay as
/// they were, and once it is gone a flush saves everything and clears the error.
fn autosave_through_fault(
    path: &Path,
    sink: impl Sink,
    mut session: Session,
    fault: &dyn Fn(bool),
    expect_in_reason: &str,
) {
    // Counts failed attempts, which the autosaver announces through `notify`.
    let failures = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&failures);
    let notify = Box::new(move |s: &SaveState| {
        if s.error.is_some() {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    });
    let mut saver = Autosaver::spawn(sink, quick_config(), Some(notify));
    add(&mut session, "saved before the fault");
    saver.submit(session.clone());
    saver.flush().expect("a save before the fault");
    assert_eq!(read_session(path).unwrap(), session);
    let before = snapshot(path);

    fault(true);
    grow(&mut session, 30, "typed during the fault");
    let kept = session.clone();
    saver.submit(session.clone());
    let state = wait_for(&saver, "the error to be reported", |s| s.error.is_some());
    let reason = state.error.clone().unwrap();
    assert!(
        reason.contains(expect_in_reason),
        "the reason shown should say what is wrong: {reason}"
    );
    assert!(state.pending(), "the change is still pending: {state:?}");
    assert!(saver.flush().is_err(), "a flush during the fault fails");
    // More typing during the fault: saved again (and retried), still failing, nothing written.
    add(&mut session, "typed later during the fault");
    let failed = failures.load(Ordering::SeqCst);
    saver.submit(session.clone());
    poll(Duration::from_secs(30), || {
        (failures.load(Ordering::SeqCst) >= failed + 2).then_some(())
    })
    .expect("no retry during the fault");
    assert!(saver.state().error.is_some());
    assert_untouched(path, &before, "autosave during the fault");
    assert_ne!(kept, session);
    assert!(kept.live_items().count() + 1 == session.live_items().count());

    fault(false);
    saver
        .flush()
        .expect("once the fault is gone the next save succeeds");
    let state = saver.state();
    assert_eq!(state.error, None, "the error is cleared: {state:?}");
    assert!(!state.pending());
    assert_eq!(state.saved_generation, 3);
    assert_eq!(
        read_session(path).unwrap(),
        session,
        "everything typed during the fault reached the disk"
    );
    let last = saver.finish();
    assert_eq!(last.error, None);
}

// ---------------------------------------------------------------------------------------------
// Full disk, injected

#[test]
fn injected_enospc_part_way_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    let mut session = session::new();
    add(&mut session, "first generation");
    write_atomic(&path, &encode(&session).unwrap(), Backup::Keep).unwrap();
    add(&mut session, "second generation");
    write_atomic(&path, &encode(&session).unwrap(), Backup::Keep).unwrap();
    let before = snapshot(&path);
    assert!(before.1.is_some(), "a backup exists");

    grow(&mut session, 5, "never saved");
    let bytes = encode(&session).unwrap();
    let err = write_atomic_using(&path, &bytes, Backup::Keep, |f, b| {
        // The disk fills up part-way through the file.
        f.write_all(&b[..b.len() / 2])?;
        Err(io::Error::from_raw_os_error(ENOSPC))
    })
    .unwrap_err();
    assert!(matches!(err, SaveError::DiskFull { .. }), "got {err:?}");
    let msg = err.to_string();
    assert!(msg.contains("disk is full"), "{msg}");
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("safe in memory"), "{msg}");
    assert_untouched(&path, &before, "injected ENOSPC");

    // The same failure reported the modern way (ErrorKind::StorageFull) is a full disk too.
    let err = write_atomic_using(&path, &bytes, Backup::Keep, |_, _| {
        Err(io::Error::from(io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert!(matches!(err, SaveError::DiskFull { .. }), "got {err:?}");
    assert_untouched(&path, &before, "injected StorageFull");

    // The next save retries from memory and succeeds.
    write_atomic(&path, &bytes, Backup::Keep).unwrap();
    assert_eq!(read_session(&path).unwrap(), session);
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), before.0);
}

/// A sink that writes like [`Store`] but through a writer that fails while `fault` is set.
struct FlakyDisk {
    path: PathBuf,
    fault: Arc<AtomicBool>,
    error: fn() -> io::Error,
}

impl Sink for FlakyDisk {
    fn save(&mut self, session: &Session) -> Result<(), SaveError> {
        let fault = self.fault.load(Ordering::SeqCst);
        let error = self.error;
        write_atomic_using(&self.path, &encode(session)?, Backup::Keep, |f, b| {
            if fault {
                f.write_all(&b[..b.len() / 3])?;
                Err(error())
            } else {
                f.write_all(b)
            }
        })
    }
}

#[test]
fn injected_enospc_through_the_autosaver_is_reported_and_retried() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    let opened = Store::open(&path, default_plan).unwrap();
    let fault = Arc::new(AtomicBool::new(false));
    let sink = FlakyDisk {
        path: path.clone(),
        fault: Arc::clone(&fault),
        error: || io::Error::from_raw_os_error(ENOSPC),
    };
    let set = |on: bool| fault.store(on, Ordering::SeqCst);
    autosave_through_fault(&path, sink, opened.session, &set, "disk is full");
    drop(opened.store);
}

// ---------------------------------------------------------------------------------------------
// Full disk, real

/// Fills the file system holding `dir` with `filler`, then frees `leave` bytes of it, so that
/// the next write larger than that fails part-way with ENOSPC.
fn fill_disk(dir: &Path, leave: u64) -> PathBuf {
    let filler = dir.join("filler");
    let mut f = File::create(&filler).unwrap();
    let chunk = vec![0x5a_u8; 4096];
    loop {
        match f.write(&chunk) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::StorageFull => break,
            Err(e) => panic!("filling the disk: {e}"),
        }
    }
    let len = f.metadata().unwrap().len();
    assert!(len > leave, "the disk was nearly full already");
    f.set_len(len - leave).unwrap();
    f.sync_all().unwrap();
    filler
}

#[test]
fn real_full_disk_leaves_the_previous_file_intact_and_the_next_save_retries() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let _mount = match mount_tmpfs(&disk, "256k") {
        Ok(m) => m,
        Err(why) => {
            loud_skip("full disk (tmpfs)", &why, INJECTED_RAN);
            return; // The injected tests above cover this fault without a mount.
        }
    };
    let path = disk.join("session.json");
    let opened = Store::open(&path, default_plan).expect("open on the small disk");
    let store = opened.store;
    let mut session = opened.session;
    add(&mut session, "before the disk filled up: বাংলা");
    store.save(&session).unwrap();
    let before = snapshot(&path);
    let size = before.0.len() as u64;

    // Leave room for part of the file only.
    let filler = fill_disk(&disk, 8192);
    grow(&mut session, 60, "typed while the disk is full");
    assert!(encode(&session).unwrap().len() as u64 > size + 8192);
    let err = store.save(&session).unwrap_err();
    assert!(matches!(err, SaveError::DiskFull { .. }), "got {err:?}");
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert_untouched(&path, &before, "real full disk");
    // Again, with no room at all.
    std::fs::remove_file(&filler).unwrap();
    let filler = fill_disk(&disk, 0);
    assert!(matches!(
        store.save(&session),
        Err(SaveError::DiskFull { .. })
    ));
    assert_untouched(&path, &before, "real full disk, no room at all");

    // Space is freed: the next save succeeds.
    std::fs::remove_file(&filler).unwrap();
    store.save(&session).expect("a save after space was freed");
    assert_eq!(read_session(&path).unwrap(), session);
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), before.0);

    // Through the autosaver: the disk fills up, then space is freed.
    let filler = disk.join("filler");
    let fault = |on: bool| {
        if on {
            fill_disk(&disk, 8192);
        } else {
            std::fs::remove_file(&filler).unwrap();
        }
    };
    autosave_through_fault(&path, store, session, &fault, "disk is full");
}

// ---------------------------------------------------------------------------------------------
// Read-only folder

#[test]
fn injected_permission_denied_is_reported_as_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    let mut session = session::new();
    add(&mut session, "saved");
    write_atomic(&path, &encode(&session).unwrap(), Backup::Keep).unwrap();
    let before = snapshot(&path);
    add(&mut session, "not saved");
    for error in [
        io::Error::from(io::ErrorKind::PermissionDenied),
        io::Error::from(io::ErrorKind::ReadOnlyFilesystem),
    ] {
        let kind = error.kind();
        let mut error = Some(error);
        let err = write_atomic_using(&path, &encode(&session).unwrap(), Backup::Keep, |_, _| {
            Err(error.take().unwrap())
        })
        .unwrap_err();
        assert!(
            matches!(err, SaveError::ReadOnly { .. }),
            "{kind:?}: {err:?}"
        );
        assert!(
            err.to_string().contains("cannot write in this folder"),
            "{err}"
        );
        assert_untouched(&path, &before, "injected read-only");
    }

    let opened = Store::open(&path, default_plan).unwrap();
    let fault = Arc::new(AtomicBool::new(false));
    let sink = FlakyDisk {
        path: path.clone(),
        fault: Arc::clone(&fault),
        error: || io::Error::from(io::ErrorKind::PermissionDenied),
    };
    let set = |on: bool| fault.store(on, Ordering::SeqCst);
    autosave_through_fault(
        &path,
        sink,
        opened.session,
        &set,
        "cannot write in this folder",
    );
}

#[test]
fn real_read_only_folder_leaves_the_file_intact_and_can_be_opened_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("stick");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("session.json");
    let opened = Store::open(&path, default_plan).unwrap();
    let store = opened.store;
    let mut session = opened.session;
    add(
        &mut session,
        "saved before the folder went read-only: العربية",
    );
    store.save(&session).unwrap();
    let before = snapshot(&path);

    let read_only = match read_only_over(&folder) {
        Ok(m) => m,
        Err(why) => {
            loud_skip("read-only folder (bind mount)", &why, INJECTED_RAN);
            return; // injected_permission_denied_is_reported_as_read_only covers it.
        }
    };
    assert!(
        File::create(folder.join("probe")).is_err(),
        "the folder should be read-only now"
    );
    add(&mut session, "typed while read-only");
    let err = store.save(&session).unwrap_err();
    assert!(matches!(err, SaveError::ReadOnly { .. }), "got {err:?}");
    let msg = err.to_string();
    assert!(msg.contains("cannot write in this folder"), "{msg}");
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert_untouched(&path, &before, "read-only folder");

    // Opening for writing needs the lock file, which cannot be opened for writing here.
    drop(store);
    let err = Store::open(&path, default_plan).unwrap_err();
    assert!(!err.is_in_use(), "not in use, just read-only: {err}");
    let msg = err.to_string();
    assert!(
        msg.contains(&lock_path(&path).display().to_string()) && msg.contains("Read-only"),
        "the message says the lock cannot be taken because the folder is read-only: {msg}"
    );
    // A new session there cannot be started either, and nothing is left behind.
    let err = Store::open(&folder.join("new.json"), default_plan).unwrap_err();
    assert!(err.to_string().contains("Read-only"), "{err}");
    assert!(!folder.join("new.json").exists());
    // Looking is fine.
    let ro = Store::open_read_only(&path).expect("read-only opening works");
    assert_eq!(ro.session.live_items().count(), 1);
    assert!(matches!(
        ro.store.save(&ro.session),
        Err(SaveError::ReadOnlySession { .. })
    ));
    assert_untouched(&path, &before, "read-only open");

    // Through the autosaver: the folder goes read-only, then writable again.
    drop(read_only);
    let opened = Store::open(&path, default_plan).expect("writable again");
    let over = std::cell::RefCell::new(None);
    let fault = |on: bool| {
        *over.borrow_mut() = on.then(|| read_only_over(&folder).unwrap());
    };
    autosave_through_fault(
        &path,
        opened.store,
        opened.session,
        &fault,
        "cannot write in this folder",
    );
}
