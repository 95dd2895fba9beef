use std::sync::mpsc;
use std::time::Duration;

use chrono::Utc;

use super::*;
use crate::model::NewItem;
use crate::storage::atomic::{Backup, write_atomic};
use crate::storage::store::encode;

/// How long anything may take: generous, the machine may be busy. Nothing waits this long
/// unless something is wrong.
const LIMIT: Duration = Duration::from_secs(20);

fn session() -> Session {
    let r = crate::storage::catalog::default_plan().expect("the built-in plan");
    Session::new(r.plan, r.template, Utc::now())
}

fn with_point(mut s: Session, text: &str) -> Session {
    s.add(NewItem::at(None, None, text), Utc::now())
        .expect("a point");
    s
}

fn texts(s: &Session) -> Vec<String> {
    s.live_items().map(|i| i.text.clone()).collect()
}

/// What a follower delivered, as words a test compares.
#[derive(Debug, PartialEq)]
enum Seen {
    Points(Vec<String>),
    Gone,
    Unreadable,
}

fn start(path: &Path, timing: Timing) -> (Follower, mpsc::Receiver<Seen>) {
    let (tx, rx) = mpsc::channel();
    let f = follow_with(path.to_path_buf(), timing, move |f| {
        let seen = match f {
            Followed::Session(s) => Seen::Points(texts(&s)),
            Followed::Gone => Seen::Gone,
            Followed::Unreadable(_) => Seen::Unreadable,
        };
        tx.send(seen).is_ok()
    })
    .expect("the follower starts");
    (f, rx)
}

fn next(rx: &mpsc::Receiver<Seen>) -> Seen {
    rx.recv_timeout(LIMIT)
        .expect("the follower delivers within the limit")
}

/// Waits for a delivery that `want` accepts; every delivery before it must pass `allowed`.
fn until(rx: &mpsc::Receiver<Seen>, want: impl Fn(&Seen) -> bool) -> Vec<Seen> {
    let mut all = Vec::new();
    loop {
        let s = next(rx);
        let done = want(&s);
        all.push(s);
        if done {
            return all;
        }
    }
}

fn save(path: &Path, s: &Session) {
    write_atomic(path, &encode(s).expect("encode"), Backup::Keep).expect("save");
}

fn quick() -> Timing {
    Timing {
        settle: Duration::from_millis(20),
        retry: Duration::from_millis(50),
        retries: 4,
        poll: Duration::from_millis(50),
        force_polling: false,
    }
}

fn new_file(dir: &tempfile::TempDir) -> (PathBuf, Session) {
    let path = dir.path().join("s.json");
    let s = session();
    save(&path, &s);
    (path, s)
}

fn a_save_renamed_over_the_file_is_seen_with(timing: Timing) {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let (_f, rx) = start(&path, timing);
    assert_eq!(next(&rx), Seen::Points(vec![]), "the first look");
    let s = with_point(s, "first");
    save(&path, &s);
    until(&rx, |x| *x == Seen::Points(vec!["first".into()]));
    let s = with_point(s, "second");
    save(&path, &s);
    let seen = until(&rx, |x| matches!(x, Seen::Points(p) if p.len() == 2));
    assert!(
        seen.iter().all(|x| matches!(x, Seen::Points(_))),
        "{seen:?}"
    );
}

#[test]
fn a_save_renamed_over_the_file_is_seen() {
    a_save_renamed_over_the_file_is_seen_with(quick());
}

#[test]
fn a_save_is_seen_by_polling_too() {
    a_save_renamed_over_the_file_is_seen_with(Timing {
        force_polling: true,
        ..quick()
    });
}

#[test]
fn a_burst_of_saves_is_read_a_few_times_not_once_per_event() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, mut s) = new_file(&dir);
    let timing = Timing {
        settle: Duration::from_millis(200),
        ..Timing::default()
    };
    let (_f, rx) = start(&path, timing);
    assert_eq!(next(&rx), Seen::Points(vec![]));
    for n in 0..10 {
        s = with_point(s, &format!("p{n}"));
        save(&path, &s);
    }
    let seen = until(&rx, |x| matches!(x, Seen::Points(p) if p.len() == 10));
    // Each save is several events (create, write, close, rename): ten saves in a row are
    // far more than ten events, and are read far fewer times.
    assert!(seen.len() < 10, "read {} times: {seen:?}", seen.len());
}

#[test]
fn a_half_written_file_is_not_delivered_and_the_whole_one_is() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let timing = Timing {
        retries: 100,
        ..quick()
    };
    let (_f, rx) = start(&path, timing);
    assert_eq!(next(&rx), Seen::Points(vec![]));
    let bytes = encode(&with_point(s, "whole")).expect("encode");
    // A tool that writes in place, in two goes.
    std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("half");
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&path, &bytes).expect("whole");
    let seen = until(&rx, |x| *x == Seen::Points(vec!["whole".into()]));
    assert_eq!(seen.len(), 1, "only the whole file: {seen:?}");
}

#[test]
fn a_file_that_stays_cut_short_is_reported_once() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let (_f, rx) = start(&path, quick());
    assert_eq!(next(&rx), Seen::Points(vec![]));
    let bytes = encode(&with_point(s.clone(), "x")).expect("encode");
    std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("half");
    assert_eq!(next(&rx), Seen::Unreadable);
    // Once a good version is back it is delivered.
    save(&path, &with_point(s, "back"));
    assert_eq!(next(&rx), Seen::Points(vec!["back".into()]));
}

#[test]
fn a_file_that_is_not_a_session_is_reported() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, _) = new_file(&dir);
    let (_f, rx) = start(&path, quick());
    assert_eq!(next(&rx), Seen::Points(vec![]));
    write_atomic(&path, b"[1, 2, 3]\n", Backup::None).expect("write");
    assert_eq!(next(&rx), Seen::Unreadable);
}

#[test]
fn a_deleted_file_is_reported_and_its_return_too() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let (_f, rx) = start(&path, quick());
    assert_eq!(next(&rx), Seen::Points(vec![]));
    std::fs::remove_file(&path).expect("remove");
    assert_eq!(next(&rx), Seen::Gone);
    save(&path, &with_point(s, "again"));
    assert_eq!(next(&rx), Seen::Points(vec!["again".into()]));
}

#[test]
fn other_files_in_the_folder_wake_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let (_f, rx) = start(&path, quick());
    assert_eq!(next(&rx), Seen::Points(vec![]));
    // Another session in the same folder, saved a few times: not the followed file.
    let other = dir.path().join("other.json");
    for n in 0..3 {
        save(&other, &with_point(s.clone(), &format!("o{n}")));
    }
    save(&path, &with_point(s, "mine"));
    assert_eq!(next(&rx), Seen::Points(vec!["mine".into()]));
}

#[test]
fn dropping_the_follower_stops_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, s) = new_file(&dir);
    let (f, rx) = start(&path, quick());
    assert_eq!(next(&rx), Seen::Points(vec![]));
    drop(f);
    save(&path, &with_point(s, "unseen"));
    // The thread ends and drops its sender: the channel closes without a delivery.
    assert_eq!(
        rx.recv_timeout(LIMIT),
        Err(mpsc::RecvTimeoutError::Disconnected)
    );
}
