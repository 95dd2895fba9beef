//! Locking: a second opener is refused while the first holds the session, in the same process
//! and from another one; it may open the file read-only; the lock is on `FILE.lock`, survives
//! saves that rename over `FILE`, and dies with its holder. Files are created owner-only.
//!
//! The other process is this test binary re-run with `--exact lock_child` and the
//! `BREAKOUT_LOCK_CHILD` variable naming the session file; without it `lock_child` does nothing.

// Checks file modes and inodes: Unix only (Windows builds are checked, not tested).
#![cfg(unix)]

mod common;
use common::{bin, session};

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use breakout::storage::atomic::{backup_path, lock_path};
use breakout::storage::catalog::default_plan;
use breakout::storage::load::read_session;
use breakout::storage::{OpenError, SaveError, Store};

const CHILD_ENV: &str = "BREAKOUT_LOCK_CHILD";

fn second_open_refused(path: &Path) -> OpenError {
    let err = Store::open(path, default_plan)
        .expect_err("a second opener must be refused while the first holds the session");
    assert!(err.is_in_use(), "expected 'in use', got: {err}");
    let msg = err.to_string();
    assert!(
        msg.contains(&path.display().to_string()),
        "the message names the session: {msg}"
    );
    assert!(
        msg.contains("already open"),
        "the message says it is open elsewhere: {msg}"
    );
    assert!(
        msg.contains("read-only"),
        "the message suggests opening read-only: {msg}"
    );
    err
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn second_opener_in_the_same_process_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");

    let first = Store::open(&path, default_plan).unwrap();
    assert!(first.created);
    assert!(!first.store.is_read_only());
    let lock = lock_path(&path);
    assert_eq!(lock, dir.path().join("session.json.lock"));
    assert!(lock.exists(), "the lock is taken on FILE.lock");

    let err = second_open_refused(&path);
    let msg = err.to_string();
    assert!(
        msg.contains(&format!("process {}", std::process::id())),
        "the message says who holds it: {msg}"
    );

    // Read-only opening works while locked, and refuses to save.
    let ro = Store::open_read_only(&path).unwrap();
    assert!(ro.store.is_read_only());
    assert_eq!(ro.session, first.session);
    let before = std::fs::read(&path).unwrap();
    let refused = ro.store.save(&ro.session).unwrap_err();
    assert!(
        matches!(refused, SaveError::ReadOnlySession { .. }),
        "got {refused:?}"
    );
    assert!(refused.to_string().contains("read-only"), "{refused}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a refused save wrote"
    );

    // Saves rename a new file over FILE; the lock, on FILE.lock, stays in force.
    let lock_inode = std::fs::metadata(&lock).unwrap().ino();
    let mut session = first.session.clone();
    for n in 0..3 {
        let file_inode = std::fs::metadata(&path).unwrap().ino();
        session::add_point(&mut session, &format!("point {n}: বাংলা العربية 🙂"));
        first.store.save(&session).unwrap();
        assert_ne!(
            std::fs::metadata(&path).unwrap().ino(),
            file_inode,
            "a save replaces FILE with a new file"
        );
        second_open_refused(&path);
    }
    assert_eq!(std::fs::metadata(&lock).unwrap().ino(), lock_inode);
    assert_eq!(read_session(&path).unwrap(), session);

    // Owner-only: the session file, its backup and the lock.
    let bak = backup_path(&path);
    assert!(bak.exists(), "a save keeps FILE.bak");
    for p in [&path, &bak, &lock] {
        assert_eq!(mode(p), 0o600, "{} has mode {:o}", p.display(), mode(p));
    }

    // Closing the first releases the lock.
    drop(first);
    let again = Store::open(&path, default_plan).expect("the lock is released on close");
    assert!(!again.created);
    assert_eq!(again.session, session);
}

/// A file that already exists with looser permissions becomes owner-only on the first save.
#[test]
fn saving_makes_an_existing_file_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("session.json");
    drop(Store::open(&path, default_plan).unwrap());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let opened = Store::open(&path, default_plan).unwrap();
    opened.store.save(&opened.session).unwrap();
    assert_eq!(mode(&path), 0o600);
    // The backup is the previous generation, whatever its mode was; it is still readable.
    read_session(&backup_path(&path)).unwrap();
}

/// The other process: opens the session, says READY, and holds it until killed (or, should
/// the parent vanish, for at most a minute).
#[test]
fn lock_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return; // Not a child: nothing to do.
    };
    let opened = Store::open(&PathBuf::from(path), default_plan).expect("child: open");
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "\nREADY {}", std::process::id()).unwrap();
        out.flush().unwrap();
    }
    std::thread::sleep(Duration::from_secs(60));
    drop(opened);
}

#[test]
fn second_opener_in_another_process_is_refused_until_it_dies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("séance বাংলা.json");

    let mut child = bin::helper("lock_child", &[(CHILD_ENV, path.as_os_str())]);
    // Generous: only a child that never starts fails on this.
    let ready = child.wait_for_line(
        "READY (it has the session open)",
        Duration::from_secs(60),
        |line| line.starts_with("READY "),
    );
    let child_pid = ready["READY ".len()..].to_owned();
    assert_eq!(child_pid, child.id().to_string());

    let err = second_open_refused(&path);
    let msg = err.to_string();
    assert!(
        msg.contains(&format!("process {child_pid}")),
        "the message says which process holds it: {msg}"
    );

    let ro = Store::open_read_only(&path).expect("read-only opening works while locked");
    assert!(matches!(
        ro.store.save(&ro.session),
        Err(SaveError::ReadOnlySession { .. })
    ));

    // The lock dies with its holder, however it dies.
    child.kill();
    let opened = Store::open(&path, default_plan).expect("the lock is released on death");
    assert!(!opened.created);
    assert_eq!(opened.session, ro.session);
    // And this process now holds it.
    second_open_refused(&path);
}
