//! Two breakouts started at the same moment on a session file that does not exist yet: one
//! creates it and writes, the other opens it read-only and says so. Never an exit 1, never a
//! lost or damaged file, and no lock file left once both have ended. Run many times (bounded),
//! since the race it guards against was lost only some of the time.

// Locks and lock-file removal as Unix does them.
#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use breakout::storage::load::read_session;

const ROUNDS: usize = 12;
const LIMIT: Duration = Duration::from_secs(30);

struct Started {
    child: Child,
    out: Arc<Mutex<Vec<u8>>>,
    reader: std::thread::JoinHandle<()>,
}

fn start(dir: &Path, home: &Path) -> Started {
    let mut child = Command::new(common::bin::BIN)
        .args(["--plain", "s.json"])
        .current_dir(dir)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start breakout");
    let mut stdout = child.stdout.take().expect("stdout");
    let out = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&out);
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("out").extend_from_slice(&buf[..n]);
        }
    });
    Started { child, out, reader }
}

fn text(s: &Started) -> String {
    String::from_utf8_lossy(&s.out.lock().expect("out")).into_owned()
}

/// Ends one: says `line`, closes its input, waits for it; returns (status, stdout, stderr).
fn finish(mut s: Started, line: &str) -> (std::process::ExitStatus, String, String) {
    let mut stdin = s.child.stdin.take().expect("stdin");
    let _ = writeln!(stdin, "{line}");
    drop(stdin);
    let deadline = Instant::now() + LIMIT;
    let status = loop {
        if let Some(status) = s.child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = s.child.kill();
            panic!("breakout did not end: {}", text(&s));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut err = String::new();
    if let Some(mut e) = s.child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let out = Arc::clone(&s.out);
    let _ = s.reader.join();
    let out = String::from_utf8_lossy(&out.lock().expect("out")).into_owned();
    (status, out, err)
}

#[test]
fn two_started_at_once_on_a_new_file_one_writes_the_other_reads() {
    let home = tempfile::tempdir().expect("home");
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().expect("dir");
        let (a, b) = (
            start(dir.path(), home.path()),
            start(dir.path(), home.path()),
        );
        // Both are running before either ends: wait for each one's first prompt.
        let deadline = Instant::now() + LIMIT;
        while !(text(&a).contains("> ") && text(&b).contains("> ")) {
            assert!(
                Instant::now() < deadline,
                "round {round}: no prompt:\n{}\n---\n{}",
                text(&a),
                text(&b)
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let (sa, oa, ea) = finish(a, "point from A");
        let (sb, ob, eb) = finish(b, "point from B");
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
        text.replacen("\"format_version\": 1", "\"format_version\": 99", 1),
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
