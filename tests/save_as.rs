//! "Save as": when the session's folder can no longer be written (or its disk is full), the
//! session moves to another folder and goes on being saved there. The store (lock moved,
//! nothing overwritten that is not this session), the autosaver (learns the new path off the
//! key loop), the live screen's update (key, prompt, effect, new path), and plain mode end to
//! end with a folder turned read-only under it.

#![cfg(unix)]

mod common;
use common::mount::{loud_skip, read_only_over};
use common::piped::Piped;
use common::{files_in, poll, session};

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use breakout::storage::atomic::lock_path;
use breakout::storage::catalog::default_plan;
use breakout::storage::load::read_session;
use breakout::storage::{AutosaveConfig, Autosaver, SaveAsError, Store};
use breakout::tui::action::{Action, Command, SaveAsFailed};
use breakout::tui::modes::{Mode, ModeKind};
use breakout::tui::state::App;
use breakout::tui::update::{Effect, update};
use common::clock::now;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

// ---------------------------------------------------------------------------------------------
// The store

#[test]
fn save_as_moves_the_file_and_its_lock_and_overwrites_nothing_else() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let path = a.path().join("geneva.json");
    let mut opened = Store::open(&path, default_plan).unwrap();
    session::add_point(&mut opened.session, "before the move");
    opened.store.save(&opened.session).unwrap();

    // Not a .json file, a folder that does not exist, the same file: refused, nothing moves.
    let err = opened
        .store
        .save_as(&b.path().join("notes.txt"), &opened.session)
        .unwrap_err();
    assert!(matches!(err, SaveAsError::NotJson(_)), "{err:?}");
    assert!(err.to_string().contains(".json"), "{err}");
    let err = opened
        .store
        .save_as(&b.path().join("no/such/x.json"), &opened.session)
        .unwrap_err();
    assert!(matches!(err, SaveAsError::NoFolder(_)), "{err:?}");
    let err = opened.store.save_as(&path, &opened.session).unwrap_err();
    assert!(matches!(err, SaveAsError::Same(_)), "{err:?}");

    // Another session, and a file that is not a session, are left alone.
    let other = b.path().join("geneva.json");
    std::fs::write(&other, session::bytes(&session::new())).unwrap();
    let err = opened.store.save_as(b.path(), &opened.session).unwrap_err();
    assert!(matches!(err, SaveAsError::Exists(_)), "{err:?}");
    assert!(err.to_string().contains("left as it is"), "{err}");
    let junk = b.path().join("junk.json");
    std::fs::write(&junk, b"[1, 2").unwrap();
    let err = opened.store.save_as(&junk, &opened.session).unwrap_err();
    assert!(matches!(err, SaveAsError::Exists(_)), "{err:?}");
    assert_eq!(std::fs::read(&junk).unwrap(), b"[1, 2");
    assert_eq!(
        files_in(b.path()),
        ["geneva.json", "junk.json"],
        "no lock left"
    );
    assert_eq!(opened.store.path(), path);
    assert!(lock_path(&path).exists());

    // A folder: the same name inside it. The new file is locked, the old lock is gone.
    std::fs::remove_file(&other).unwrap();
    let new = opened.store.save_as(b.path(), &opened.session).unwrap();
    assert_eq!(new, b.path().join("geneva.json"));
    assert_eq!(opened.store.path(), new);
    assert_eq!(read_session(&new).unwrap(), opened.session);
    assert!(lock_path(&new).exists());
    assert!(!lock_path(&path).exists(), "the old lock file is removed");
    let err = Store::open(&new, default_plan).unwrap_err();
    assert!(err.is_in_use(), "{err}");
    drop(Store::open(&path, default_plan).expect("the old file is free again"));

    // Saves go to the new file from now on; the old one stays as it was.
    let old_bytes = std::fs::read(&path).unwrap();
    session::add_point(&mut opened.session, "after the move");
    opened.store.save(&opened.session).unwrap();
    assert_eq!(read_session(&new).unwrap(), opened.session);
    assert_eq!(std::fs::read(&path).unwrap(), old_bytes);

    // Back to the first folder, over the older copy of this same session: allowed.
    let back = opened.store.save_as(&path, &opened.session).unwrap();
    assert_eq!(back, path);
    assert_eq!(read_session(&path).unwrap(), opened.session);
    drop(opened);
    assert_eq!(files_in(a.path()), ["geneva.json", "geneva.json.bak"]);
}

#[test]
fn the_autosaver_learns_the_new_path_and_keeps_saving_there() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let path = a.path().join("s.json");
    let mut opened = Store::open(&path, default_plan).unwrap();
    let config = AutosaveConfig {
        quiet: Duration::from_millis(20),
        max_delay: Duration::from_millis(50),
        ..AutosaveConfig::default()
    };
    let mut saver = Autosaver::spawn(opened.store, config, None);
    session::add_point(&mut opened.session, "one");
    let (tx, rx) = std::sync::mpsc::channel();
    saver.save_as(
        b.path().to_path_buf(),
        opened.session.clone(),
        Box::new(move |r| {
            let _ = tx.send(r.map_err(|e| e.to_string()));
        }),
    );
    let new = rx
        .recv_timeout(Duration::from_secs(10))
        .unwrap()
        .expect("saved as");
    assert_eq!(new, b.path().join("s.json"));
    assert!(!saver.state().pending());
    session::add_point(&mut opened.session, "two");
    saver.submit(opened.session.clone());
    saver.flush().unwrap();
    assert_eq!(read_session(&new).unwrap(), opened.session);
    assert_eq!(read_session(&path).unwrap().live_items().count(), 0);

    // A refused save-as changes nothing: the snapshot is saved where the session is.
    session::add_point(&mut opened.session, "three");
    let (tx, rx) = std::sync::mpsc::channel();
    saver.save_as(
        b.path().join("x.txt"),
        opened.session.clone(),
        Box::new(move |r| {
            let _ = tx.send(r.map_err(|e| e.to_string()));
        }),
    );
    assert!(rx.recv_timeout(Duration::from_secs(10)).unwrap().is_err());
    saver.flush().unwrap();
    assert_eq!(read_session(&new).unwrap(), opened.session);
    drop(saver);
    assert_eq!(files_in(b.path()), ["s.json", "s.json.bak"], "lock removed");
}

// ---------------------------------------------------------------------------------------------
// The live screen's update

fn new_app(read_only: Option<String>) -> App {
    let mut app = App::new(
        session::new(),
        PathBuf::from("/tmp/sa/geneva.json"),
        read_only,
    );
    update(
        &mut app,
        Action::Resized {
            width: 100,
            height: 30,
        },
        now(),
    );
    app
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let mods = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    let hits = breakout::tui::state::HitMap::default();
    let msg = breakout::tui::msg::Msg::Key(KeyEvent::new(code, mods));
    breakout::tui::update::handle(app, &hits, msg, now())
}

#[test]
fn s_opens_a_prompt_whose_enter_asks_for_the_save_and_the_result_moves_the_app() {
    let mut app = new_app(None);
    assert!(key(&mut app, KeyCode::Char('S')).is_empty());
    let Mode::SaveAs(prompt) = app.mode() else {
        panic!("S opens the save-as prompt, got {:?}", app.mode().kind());
    };
    // Prefilled with a folder, ending in a separator, ready to type a name or take as is.
    let prefilled = prompt.lines().join("");
    assert!(prefilled.ends_with('/'), "{prefilled:?}");
    // Esc leaves it, nothing asked.
    assert!(key(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.mode().kind(), ModeKind::Normal);

    key(&mut app, KeyCode::Char('S'));
    for _ in 0..prefilled.chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    for c in "/media/usb/".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(effects, [Effect::SaveAs(PathBuf::from("/media/usb/"))]);
    assert_eq!(app.mode().kind(), ModeKind::Normal);
    assert!(app.message.as_ref().unwrap().text.contains("/media/usb/"));

    // The autosaver's answer: the app now names the new file (title, F panel).
    let new = PathBuf::from("/media/usb/geneva.json");
    update(&mut app, Action::SavedAs(Ok(new.clone())), now());
    assert_eq!(app.path, new);
    let said = &app.message.as_ref().unwrap().text;
    assert!(said.contains("/media/usb/geneva.json"), "{said}");
    // A refusal keeps the path and says why.
    let why = SaveAsFailed(Arc::new(SaveAsError::NotJson(PathBuf::from("x.txt"))));
    update(&mut app, Action::SavedAs(Err(why)), now());
    assert_eq!(app.path, new);
    let said = &app.message.as_ref().unwrap().text;
    assert!(said.contains("still saving where it was"), "{said}");
}

#[test]
fn save_as_works_from_the_report_view_and_not_read_only() {
    let mut app = new_app(None);
    key(&mut app, KeyCode::Char('R'));
    assert_eq!(app.mode().kind(), ModeKind::Report);
    key(&mut app, KeyCode::Char('S'));
    assert_eq!(app.mode().kind(), ModeKind::SaveAs);
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.mode().kind(),
        ModeKind::Report,
        "back to the report view"
    );

    let mut looking = new_app(Some("open in another breakout".into()));
    update(&mut looking, Action::Command(Command::SaveAs), now());
    assert_eq!(looking.mode().kind(), ModeKind::Normal);
    assert!(looking.message.as_ref().unwrap().text.contains("Read-only"));
}

#[test]
fn a_save_that_fails_for_want_of_room_or_rights_names_the_key() {
    let mut app = new_app(None);
    let failed = breakout::storage::SaveState {
        error: Some("/x/s.json: cannot write in this folder".into()),
        elsewhere: true,
        submitted_generation: 1,
        ..Default::default()
    };
    update(&mut app, Action::Saved(failed), now());
    let theme = breakout::tui::view::Theme::default();
    let label = breakout::tui::view::save_label(&app, theme)
        .content
        .into_owned();
    assert!(label.contains("S: save in another folder"), "{label}");
}

// ---------------------------------------------------------------------------------------------
// Plain mode, end to end: the folder turns read-only, /save-as moves the session, typing goes
// on being saved in the new folder.

#[test]
fn plain_mode_saves_as_another_folder_when_its_own_turns_read_only() {
    let root = tempfile::tempdir().unwrap();
    let first = root.path().join("first");
    let second = root.path().join("second");
    std::fs::create_dir(&first).unwrap();
    std::fs::create_dir(&second).unwrap();
    let mut child = Piped::start(root.path(), root.path(), &["--plain", "first/s.json"]);
    let wait = Duration::from_secs(30);
    let path = first.join("s.json");
    child.type_line("saved in the first folder");
    child.wait_for("Point 1 added", wait);
    poll(Duration::from_secs(30), || {
        read_session(&path)
            .ok()
            .filter(|s| s.live_items().count() == 1)
    })
    .expect("autosaved");

    let read_only = match read_only_over(&first) {
        Ok(m) => Some(m),
        Err(why) => {
            loud_skip(
                "save-as from a read-only folder (bind mount)",
                &why,
                "Only the /save-as part of this test ran.",
            );
            None
        }
    };
    child.type_line("typed while the folder is read-only");
    if read_only.is_some() {
        child.wait_for("/save-as FOLDER saves them in another folder", wait);
    }
    child.type_line("/save-as second");
    child.wait_for("Saved as second/s.json", wait);
    child.type_line("typed after the move");
    child.wait_for("Point 3 added", wait);
    let (status, out, err) = child.finish(wait);
    assert!(status.success(), "{out}\n{err}");
    assert!(out.contains("Saved second/s.json (3 entries)"), "{out}");
    let moved = read_session(&second.join("s.json")).unwrap();
    let texts: Vec<&str> = moved.live_items().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "saved in the first folder",
            "typed while the folder is read-only",
            "typed after the move"
        ]
    );
    assert_eq!(files_in(&second), ["s.json", "s.json.bak"], "no lock left");
    drop(read_only);
    assert_eq!(read_session(&path).unwrap().live_items().count(), 1);
}

// ---------------------------------------------------------------------------------------------
// The live screen, end to end in tmux: the folder turns read-only, the header names the key,
// S and a folder move the session, and what is typed next is saved in the new folder.

#[test]
fn the_live_screen_saves_as_another_folder_when_its_own_turns_read_only() {
    use common::tmux::Tmux;
    let root = tempfile::tempdir().unwrap();
    let first = root.path().join("first");
    let second = root.path().join("second");
    std::fs::create_dir(&first).unwrap();
    std::fs::create_dir(&second).unwrap();
    let path = first.join("s.json");
    let home = root.path().to_str().unwrap();
    let tmux = Tmux::new("save-as");
    tmux.start_wrapped(
        "s",
        100,
        30,
        &[("HOME", home), ("XDG_DATA_HOME", home)],
        &[common::bin::BIN, path.to_str().unwrap()],
    );
    tmux.wait_for("s", "? help");
    let entries = |p: &std::path::Path, n: usize| {
        poll(Duration::from_secs(30), || {
            read_session(p).ok().filter(|s| s.live_items().count() == n)
        })
        .unwrap_or_else(|| panic!("{} never had {n} entries", p.display()))
    };
    tmux.keys("s", &["n"]);
    tmux.type_text("s", "saved in the first folder");
    tmux.keys("s", &["Enter"]);
    entries(&path, 1);

    let read_only = match read_only_over(&first) {
        Ok(m) => Some(m),
        Err(why) => {
            loud_skip(
                "save-as from a read-only folder on the live screen (bind mount)",
                &why,
                "Only the save-as part of this test ran.",
            );
            None
        }
    };
    tmux.keys("s", &["n"]);
    tmux.type_text("s", "typed while read-only");
    tmux.keys("s", &["Enter"]);
    if read_only.is_some() {
        tmux.wait_for("s", "save failed (S: save in another folder)");
    }
    tmux.keys("s", &["S"]);
    // The prompt starts at the home folder: typing a folder's name inside it is enough.
    tmux.wait_for("s", &format!("{home}/"));
    tmux.type_text("s", "second");
    tmux.keys("s", &["Enter"]);
    let new = second.join("s.json");
    tmux.wait_for("s", &format!("Saved as {}", new.display()));
    tmux.keys("s", &["n"]);
    tmux.type_text("s", "typed after the move");
    tmux.keys("s", &["Enter"]);
    let moved = entries(&new, 3);
    let texts: Vec<&str> = moved.live_items().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "saved in the first folder",
            "typed while read-only",
            "typed after the move"
        ]
    );
    tmux.keys("s", &["F"]);
    tmux.wait_for("s", &format!("File:     {}", new.display()));
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", "? help");
    tmux.keys("s", &["q"]);
    assert_eq!(tmux.wait_exit("s"), 0);
    assert!(
        !lock_path(&new).exists(),
        "the new lock file is removed at the end"
    );
    drop(read_only);
    assert_eq!(read_session(&path).unwrap().live_items().count(), 1);
}
