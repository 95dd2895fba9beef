//! A read-only window following its file, through the update alone (no terminal, no files):
//! a new version of the session takes the old one's place and the viewer stays where they
//! were; a file that goes or cannot be read is said in words and the last version stays; keys
//! that would write are refused in one short sentence and the footer does not offer them.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use breakout::model::{NewItem, Session};
use breakout::storage::LoadError;
use breakout::tui::action::{Action, Command, Followed};
use breakout::tui::input::resolve;
use breakout::tui::modes::{Mode, ModeKind};
use breakout::tui::msg::{Msg, Unreadable};
use breakout::tui::state::{App, HitMap, Level};
use breakout::tui::update::{Effect, update};
use common::clock::now;
use common::session::{add, question_ids, table_ids};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn read_only(session: Session) -> App {
    let mut app = App::new(
        session,
        PathBuf::from("/tmp/follow.json"),
        Some("in use".into()),
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

fn cmd(app: &mut App, c: Command) -> Vec<Effect> {
    update(app, Action::Command(c), now())
}

fn follow(app: &mut App, s: &Session) -> Vec<Effect> {
    update(
        app,
        Action::Followed(Followed::Session(Box::new(s.clone()))),
        now(),
    )
}

fn key(app: &mut App, c: char) -> Vec<Effect> {
    let k = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    match resolve(app, &HitMap::default(), Msg::Key(k)) {
        Some(action) => update(app, action, now()),
        None => Vec::new(),
    }
}

/// A session with points at two tables and two questions.
fn session() -> (Session, Vec<breakout::model::ItemId>) {
    let mut s = common::session::new();
    let t = table_ids(&s);
    let q = question_ids(&s);
    let mut ids = Vec::new();
    for (table, question, text) in [
        (0, 0, "plenary q1"),
        (1, 0, "europe q1 a"),
        (1, 1, "europe q2"),
        (1, 0, "europe q1 b"),
    ] {
        let new = NewItem::point(Some(t[table].as_str()), Some(q[question].as_str()), text);
        ids.push(add(&mut s, new));
    }
    (s, ids)
}

#[test]
fn a_new_version_keeps_the_table_question_and_selection_the_viewer_chose() {
    let (s, ids) = session();
    let mut app = read_only(s.clone());
    // The viewer goes to the second table, second question, and selects an entry there.
    cmd(&mut app, Command::GoToTable(1));
    cmd(&mut app, Command::SelectEntry(ids[1]));
    cmd(&mut app, Command::GoToQuestion(1));
    let (table, question, selected) = (app.table, app.question, app.selected);
    assert_eq!((table, question), (1, Some(1)));

    // The writer adds a point at the first table and the plenary's question.
    let mut newer = s.clone();
    let t = table_ids(&newer);
    let q = question_ids(&newer);
    add(
        &mut newer,
        NewItem::point(Some(t[0].as_str()), Some(q[0].as_str()), "from the writer"),
    );
    let effects = follow(&mut app, &newer);
    assert!(
        !effects.contains(&Effect::Save),
        "a read-only window never saves"
    );
    assert_eq!(app.session, newer, "the new version is shown");
    assert_eq!(
        (app.table, app.question, app.selected),
        (table, question, selected),
        "the viewer stays where they were"
    );
    assert_eq!(app.table_counts()[0], 2, "the tab bar counts the new point");
}

#[test]
fn the_projector_stays_on_its_table_and_question_as_versions_come() {
    let (s, _) = session();
    let mut app = read_only(s.clone());
    cmd(&mut app, Command::Projector);
    cmd(&mut app, Command::GoToTable(0));
    cmd(&mut app, Command::NextTable);
    cmd(&mut app, Command::NextQuestion);
    assert_eq!((app.table, app.question), (1, Some(1)));
    let mut newer = s;
    for n in 0..3 {
        common::session::add_point(&mut newer, &format!("p{n}"));
        follow(&mut app, &newer);
        assert_eq!((app.table, app.question), (1, Some(1)));
        assert_eq!(
            app.modes.last().map(Mode::kind),
            Some(ModeKind::Projector),
            "still on the wall"
        );
    }
}

#[test]
fn a_deleted_selection_gives_way_to_its_neighbour_on_the_same_table() {
    let (s, ids) = session();
    let mut app = read_only(s.clone());
    cmd(&mut app, Command::GoToTable(1));
    cmd(&mut app, Command::SelectEntry(ids[3]));
    let mut newer = s;
    newer.delete(ids[3], now()).expect("delete");
    follow(&mut app, &newer);
    let selected = app.selected_item().expect("something is selected");
    assert_eq!(selected.table.as_ref(), app.table_id(), "on this table");
    assert_ne!(selected.id, ids[3]);
}

#[test]
fn a_file_that_goes_is_said_and_the_last_version_stays() {
    let (s, _) = session();
    let mut app = read_only(s.clone());
    update(&mut app, Action::Followed(Followed::Gone), now());
    assert_eq!(app.session, s, "the last version stays");
    let m = app.message.clone().expect("said");
    assert_eq!(m.level, Level::Warning);
    assert!(m.text.contains("follow.json is gone"), "{}", m.text);
    // A key clears the message, not the state of the file.
    cmd(&mut app, Command::SelectNext);
    assert!(app.follow_problem.is_some());
    // It comes back.
    let mut back = s;
    common::session::add_point(&mut back, "after");
    follow(&mut app, &back);
    assert!(app.follow_problem.is_none());
    assert_eq!(app.session, back);
    assert!(app.message.expect("said").text.contains("is back"));
}

#[test]
fn an_unreadable_file_is_said_with_its_reason() {
    let (s, _) = session();
    let mut app = read_only(s.clone());
    let why = LoadError::Empty {
        path: PathBuf::from("/tmp/follow.json"),
    };
    let f = Followed::Unreadable(Unreadable(Arc::new(why)));
    update(&mut app, Action::Followed(f), now());
    assert_eq!(app.session, s);
    let text = app.message.clone().expect("said").text;
    assert!(text.contains("cannot be read now"), "{text}");
    assert!(text.contains("empty"), "the reason: {text}");
}

/// A window that writes never has its file's new version put in place of its own changes:
/// a version from elsewhere (a sync tool) is merged in, so both sides' entries stay.
#[test]
fn a_window_that_writes_merges_what_the_follower_brings() {
    let (s, _) = session();
    let mut mine = s.clone();
    common::session::add_point(&mut mine, "mine, not yet on disk");
    let mut app = App::new(mine.clone(), PathBuf::from("/tmp/w.json"), None);
    let mut other = s.clone();
    common::session::add_point(&mut other, "not mine");
    let effects = follow(&mut app, &other);
    assert!(effects.contains(&Effect::Save), "the union is saved");
    let texts: Vec<&str> = app.session.live_items().map(|i| i.text.as_str()).collect();
    assert_eq!(texts.len(), s.live_items().count() + 2, "{texts:?}");
    assert!(texts.contains(&"mine, not yet on disk"), "{texts:?}");
    assert!(texts.contains(&"not mine"), "{texts:?}");
    assert!(app.follow_problem.is_none());
}

#[test]
fn keys_that_would_write_are_refused_in_one_short_sentence() {
    let (s, _) = session();
    let mut app = read_only(s.clone());
    for c in ['n', 'r', 'd', 'u', 'e', 'K', 's', ']', 'x', '+', 'I'] {
        app.message = None;
        let effects = key(&mut app, c);
        assert!(!effects.contains(&Effect::Save), "{c}");
        assert_eq!(app.modes.len(), 1, "{c} opens nothing");
        let m = app.message.clone().unwrap_or_else(|| panic!("{c} says"));
        assert_eq!(
            m.text, "Read-only: this window cannot change the session",
            "{c}"
        );
    }
    let effects = update(&mut app, Action::Paste("pasted".into()), now());
    assert!(effects.is_empty());
    assert_eq!(app.modes.len(), 1, "a paste opens no editor");
    assert_eq!(app.session, s);
    assert_eq!(app.revision, 0);
}

#[test]
fn stray_letters_change_nothing_in_a_read_only_window() {
    let (s, ids) = session();
    let mut app = read_only(s);
    cmd(&mut app, Command::GoToTable(1));
    cmd(&mut app, Command::SelectEntry(ids[2]));
    let before = (app.table, app.question, app.selected, app.revision);
    for c in ['z', 'Q', 'Z', 'f', 'w', 'o', 'v'] {
        key(&mut app, c);
        assert_eq!(
            (app.table, app.question, app.selected, app.revision),
            before,
            "{c}"
        );
        assert_eq!(app.modes.len(), 1, "{c}");
    }
}

#[test]
fn a_projector_window_refuses_the_timer_and_goes_back_to_a_read_only_main_screen() {
    let (s, _) = session();
    let mut app = read_only(s.clone());
    cmd(&mut app, Command::Projector);
    cmd(&mut app, Command::TimerToggle);
    assert_eq!(app.session, s, "the timer is the writer's");
    assert!(
        app.message
            .clone()
            .expect("said")
            .text
            .starts_with("Read-only")
    );
    assert_eq!(app.modes.last().map(Mode::kind), Some(ModeKind::Projector));
    cmd(&mut app, Command::Close);
    assert_eq!(app.modes.len(), 1);
    assert!(app.read_only.is_some());
}
