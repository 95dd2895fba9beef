//! Two breakouts started at the same moment on a session file that does not exist yet: one
//! creates it and writes, the other opens it read-only and says so. Never an exit 1, never a
//! lost or damaged file, and no lock file left once both have ended. Run many times (bounded),
//! since the race it guards against was lost only some of the time.

// Locks and lock-file removal as Unix does them.
#![cfg(unix)]

mod common;

use std::time::Duration;

use breakout::storage::load::read_session;
use common::piped::Piped;

const ROUNDS: usize = 12;
const LIMIT: Duration = Duration::from_secs(30);

#[test]
fn two_started_at_once_on_a_new_file_one_writes_the_other_reads() {
    let home = tempfile::tempdir().expect("home");
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().expect("dir");
        let args = ["--plain", "s.json"];
        let (mut a, mut b) = (
            Piped::start(dir.path(), home.path(), &args),
            Piped::start(dir.path(), home.path(), &args),
        );
        // Both are running before either ends: wait for each one's first prompt.
        a.wait_for("> ", LIMIT);
        b.wait_for("> ", LIMIT);
        a.type_line("point from A");
        let (sa, oa, ea) = a.finish(LIMIT);
        b.type_line("point from B");
        let (sb, ob, eb) = b.finish(LIMIT);
        let report = format!("round {round}:\nA {sa}\n{oa}{ea}\n---\nB {sb}\n{ob}{eb}");
        assert!(sa.success() && sb.success(), "{report}");
        let created = [&oa, &ob]
            .iter()
            .filter(|o| o.contains("Created s.json"))
            .count();
        let read_only = [&oa, &ob]
            .iter()
            .filter(|o| o.contains("Read-only: open in another breakout"))
            .count();
        assert_eq!((created, read_only), (1, 1), "{report}");
        let writer = if oa.contains("Created s.json") {
            "A"
        } else {
            "B"
        };
        let session = read_session(&dir.path().join("s.json")).expect("the file reads");
        let texts: Vec<String> = session.live_items().map(|i| i.text.clone()).collect();
        assert_eq!(texts, vec![format!("point from {writer}")], "{report}");
        let files = common::files_in(dir.path());
        assert!(
            files == ["s.json"] || files == ["s.json", "s.json.bak"],
            "a lock or temporary file was left: {files:?}\n{report}"
        );
    }
}

/// The lock file goes with its holder: closed, refused (a directory, a truncated or newer
/// file), or moved aside by hand and taken by another, each leaves the right files.
#[test]
fn the_lock_file_is_removed_when_let_go_and_only_if_it_is_still_ours() {
    use breakout::storage::atomic::lock_path;
    use breakout::storage::catalog::default_plan;
    use breakout::storage::lock::SessionLock;
    use breakout::storage::{OpenError, Store};

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.json");
    let lock = lock_path(&path);

    // Closed: gone.
    let opened = Store::open(&path, default_plan).expect("open");
    assert!(lock.exists());
    drop(opened);
    assert!(!lock.exists(), "a closed session leaves no lock file");

    // Refused files take no lock.
    let folder = dir.path().join("folder.json");
    std::fs::create_dir(&folder).expect("mkdir");
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &std::fs::read(&path).expect("read")[..100]).expect("write");
    let newer = dir.path().join("newer.json");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &newer,
        text.replacen("\"format_version\": 2", "\"format_version\": 99", 1),
    )
    .expect("write");
    for refused in [&folder, &cut, &newer] {
        let err: OpenError = Store::open(refused, default_plan).expect_err("refused");
        assert!(!err.is_in_use(), "{err}");
        assert!(!lock_path(refused).exists(), "{}: {err}", refused.display());
    }

    // One holder at a time, and the next one after it lets go.
    let first = SessionLock::acquire(&path).expect("first");
    assert!(SessionLock::acquire(&path).is_err());
    drop(first);
    let second = SessionLock::acquire(&path).expect("after the first let go");
    assert!(lock.exists());
    assert!(SessionLock::acquire(&path).is_err(), "held again");

    // Someone removes the lock file by hand; another breakout makes and holds a new one. When
    // the first lets go it must not remove the other's file.
    std::fs::remove_file(&lock).expect("remove by hand");
    let third = SessionLock::acquire(&path).expect("a new lock file");
    drop(second);
    assert!(lock.exists(), "the other holder's lock file was removed");
    assert!(
        SessionLock::acquire(&path).is_err(),
        "the third still holds it"
    );
    drop(third);
    assert!(!lock.exists());
}
