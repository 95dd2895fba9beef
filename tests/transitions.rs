//! Each mode's update, driven by named commands and workers' results with no terminal at
//! all: what the mode stack becomes, what the session becomes, and which effects the loop is
//! asked to perform.

mod common;

use std::path::PathBuf;

use breakout::model::{NewItem, Session};
use breakout::storage::SaveState;
use std::sync::Arc;

use breakout::storage::AutosaveError;
use breakout::tui::action::{Action, Arrival, Command, ExportFailed, QuitBlocked};
use breakout::tui::input::resolve;
use breakout::tui::keys::Key;
use breakout::tui::modes::{Mode, ModeKind};
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, Choice, HitMap, Level};
use breakout::tui::update::{Effect, update};
use common::clock::now;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn session() -> Session {
    common::session::new()
}

fn app() -> App {
    let mut app = App::new(session(), PathBuf::from("/tmp/transitions.json"), None);
    run(
        &mut app,
        Action::Resized {
            width: 100,
            height: 30,
        },
    );
    app
}

fn run(app: &mut App, action: Action) -> Vec<Effect> {
    update(app, action, now())
}

fn cmd(app: &mut App, c: Command) -> Vec<Effect> {
    run(app, Action::Command(c))
}

fn text(app: &mut App, s: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for c in s.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        effects.extend(run(app, Action::Text(key)));
    }
    effects
}

fn kinds(app: &App) -> Vec<ModeKind> {
    app.modes.iter().map(Mode::kind).collect()
}

fn saves(effects: &[Effect]) -> bool {
    effects.contains(&Effect::Save)
}

#[test]
fn normal_opens_modes_on_the_stack_and_asks_for_effects() {
    let mut app = app();
    assert_eq!(kinds(&app), [ModeKind::Normal]);
    for (c, kind) in [
        (Command::Help, ModeKind::Panel),
        (Command::Aims, ModeKind::Panel),
        (Command::FileInfo, ModeKind::Panel),
        (Command::Report, ModeKind::Report),
        (Command::Projector, ModeKind::Projector),
        (Command::Search, ModeKind::Search),
        (Command::Import, ModeKind::Import),
        (Command::NewEntryOfKind, ModeKind::Pick),
        (Command::NewPoint, ModeKind::Edit),
    ] {
        assert!(
            cmd(&mut app, c.clone()).is_empty(),
            "{c:?} asks for nothing"
        );
        assert_eq!(kinds(&app), [ModeKind::Normal, kind], "{c:?}");
        cmd(&mut app, Command::Close);
        assert_eq!(kinds(&app), [ModeKind::Normal], "{c:?} closes");
    }
    assert_eq!(
        cmd(&mut app, Command::Quit),
        [Effect::Quit { rescue: false }]
    );
    assert_eq!(cmd(&mut app, Command::Export), [Effect::Export]);
    assert_eq!(
        cmd(&mut app, Command::ToggleMouse),
        [Effect::SetMouse(true)]
    );
    assert_eq!(
        cmd(&mut app, Command::ToggleMouse),
        [Effect::SetMouse(false)]
    );
}

#[test]
fn every_change_asks_for_a_save_and_moving_around_does_not() {
    let mut app = app();
    cmd(&mut app, Command::NewPoint);
    assert!(
        !saves(&text(&mut app, "")),
        "nothing typed, nothing to save"
    );
    let effects = text(&mut app, "x");
    assert!(saves(&effects), "the first letter is saved");
    cmd(&mut app, Command::Done);
    assert!(!saves(&cmd(&mut app, Command::NextTable)));
    assert!(!saves(&cmd(&mut app, Command::PrevTable)));
    assert!(!saves(&cmd(&mut app, Command::SelectLast)));
    assert!(saves(&cmd(&mut app, Command::Delete)));
    assert!(saves(&cmd(&mut app, Command::Undo)));
    assert!(saves(&cmd(&mut app, Command::Redo)));
}

#[test]
fn a_read_only_session_refuses_changes_and_never_saves() {
    let mut app = App::new(
        session(),
        PathBuf::from("/tmp/ro.json"),
        Some("in use".into()),
    );
    for c in [
        Command::NewPoint,
        Command::NewEntry("recommendation".into()),
        Command::Import,
        Command::TimerToggle,
        Command::Undo,
    ] {
        let effects = cmd(&mut app, c.clone());
        assert!(!saves(&effects), "{c:?}");
        assert_eq!(kinds(&app), [ModeKind::Normal], "{c:?} opens nothing");
        let m = app.message.clone().expect("says why");
        assert_eq!(m.level, Level::Warning);
        // One short sentence: the opening message and the file panel say why.
        assert_eq!(
            m.text, "Read-only: this window cannot change the session",
            "{c:?}"
        );
    }
    assert_eq!(app.revision, 0);
}

#[test]
fn the_editor_writes_through_and_returns_to_the_mode_beneath() {
    let mut app = app();
    cmd(&mut app, Command::NewEntry("recommendation".into()));
    text(&mut app, "Embed rights");
    cmd(&mut app, Command::NextField);
    text(&mut app, "States");
    cmd(&mut app, Command::PrevField);
    cmd(&mut app, Command::NewLine);
    text(&mut app, "now");
    let id = app.selected.expect("captured");
    let item = app.session.item(id).expect("item");
    assert_eq!(item.text, "Embed rights\nnow");
    assert_eq!(item.field("target"), "States");
    // Opened from the report view, closing goes back to it.
    cmd(&mut app, Command::Close);
    cmd(&mut app, Command::Report);
    cmd(&mut app, Command::SelectLast);
    let report_top = kinds(&app);
    assert_eq!(report_top, [ModeKind::Normal, ModeKind::Report]);
    // Quitting from the editor keeps the text and asks to quit.
    cmd(&mut app, Command::Close);
    cmd(&mut app, Command::Edit);
    text(&mut app, "!");
    assert_eq!(
        cmd(&mut app, Command::Quit),
        [Effect::Quit { rescue: false }]
    );
    assert_eq!(
        app.session.item(id).expect("item").text,
        "Embed rights\nnow!"
    );
    assert_eq!(kinds(&app), [ModeKind::Normal]);
}

#[test]
fn a_quote_records_approval_only_on_its_toggle() {
    let mut app = app();
    cmd(&mut app, Command::NewEntry("quote".into()));
    text(&mut app, "New alliances");
    // Text, speaker, organisation, then the approval toggle.
    for _ in 0..3 {
        cmd(&mut app, Command::NextField);
    }
    cmd(&mut app, Command::ToggleApproval);
    let id = app.selected.expect("captured");
    let a = app.session.item(id).and_then(|i| i.attribution.clone());
    assert!(a.is_some_and(|a| a.approved));
}

#[test]
fn search_finds_moves_and_jumps() {
    let mut app = app();
    for (table, words) in [
        ("asia", "firewalls in Asia"),
        ("europe-med-africa", "firewalls in Europe"),
    ] {
        let new = NewItem::point(Some(table), None, words);
        app.session.add(new, now()).expect("add");
    }
    cmd(&mut app, Command::Search);
    text(&mut app, "firewalls");
    let Mode::Search(s) = app.mode() else {
        panic!("search is open")
    };
    assert_eq!(s.results.len(), 2);
    cmd(&mut app, Command::SelectNext);
    cmd(&mut app, Command::Confirm);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
    let sel = app.selected_item().expect("jumped to it");
    assert_eq!(
        sel.text, "firewalls in Asia",
        "the plan's table order: Europe before Asia"
    );
}

#[test]
fn the_picker_chooses_by_position_and_closes() {
    let mut app = app();
    cmd(&mut app, Command::NewEntryOfKind);
    let Mode::Pick(p) = app.mode() else {
        panic!("picker")
    };
    let quote = p
        .options
        .iter()
        .position(|o| o.value == Choice::Slot("quote".into()))
        .expect("quotes are a kind");
    cmd(&mut app, Command::Choose(quote));
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Edit]);
    let Mode::Edit(e) = app.mode() else {
        panic!("editor")
    };
    assert_eq!(e.title, "Quote");
}

#[test]
fn import_hands_the_path_to_the_loop() {
    let mut app = app();
    cmd(&mut app, Command::Import);
    text(&mut app, "/media/usb");
    let effects = cmd(&mut app, Command::Confirm);
    assert_eq!(effects, [Effect::Import(PathBuf::from("/media/usb"))]);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
}

#[test]
fn the_report_view_picks_orders_and_edits() {
    let mut app = app();
    let mut recs = Vec::new();
    for words in ["one", "two"] {
        cmd(&mut app, Command::NewEntry("recommendation".into()));
        text(&mut app, words);
        cmd(&mut app, Command::Done);
        recs.push(app.selected.expect("captured"));
    }
    cmd(&mut app, Command::Report);
    // Down to the first recommendation: the header field comes first.
    let Some(first_rec) = breakout::tui::modes::report::rows(&app.session)
        .iter()
        .position(|r| matches!(r, breakout::tui::modes::report::ReportRow::Entry { id, .. } if *id == recs[0]))
    else {
        panic!("listed")
    };
    *app.modes.last_mut().expect("report") = Mode::Report { cursor: first_rec };
    assert!(saves(&cmd(&mut app, Command::TogglePick)), "taken out");
    let slot = app
        .session
        .template
        .slot("recommendation")
        .expect("slot")
        .clone();
    assert_eq!(app.session.chosen(&slot), vec![recs[1]]);
    cmd(&mut app, Command::Edit);
    assert_eq!(
        kinds(&app),
        [ModeKind::Normal, ModeKind::Report, ModeKind::Edit]
    );
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Report]);
    assert_eq!(cmd(&mut app, Command::Export), [Effect::Export]);
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
}

#[test]
fn panels_scroll_and_close_on_anything_else() {
    let mut app = app();
    cmd(&mut app, Command::Help);
    cmd(&mut app, Command::ScrollDown);
    cmd(&mut app, Command::PageDown);
    assert!(matches!(app.mode(), Mode::Help { scroll: 11 }));
    cmd(&mut app, Command::NewPoint);
    assert_eq!(
        kinds(&app),
        [ModeKind::Normal],
        "closed, and nothing else happened"
    );
    assert!(app.session.live_items().next().is_none());
}

#[test]
fn the_projector_moves_around_and_opens_nothing() {
    let mut app = app();
    cmd(&mut app, Command::Projector);
    cmd(&mut app, Command::NextTable);
    assert_eq!(app.table, 1);
    for c in [
        Command::NewPoint,
        Command::Help,
        Command::Search,
        Command::Delete,
    ] {
        cmd(&mut app, c);
        assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Projector]);
    }
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
}

#[test]
fn workers_results_change_only_what_they_report() {
    let mut app = app();
    let state = SaveState {
        saved_generation: 2,
        submitted_generation: 3,
        ..SaveState::default()
    };
    assert!(run(&mut app, Action::Saved(state.clone())).is_empty());
    assert_eq!(app.save, state);

    run(
        &mut app,
        Action::Exported(Err(ExportFailed::NotStarted(Arc::new(
            std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"),
        )))),
    );
    let m = app.message.clone().expect("said");
    assert_eq!(m.level, Level::Error);
    assert!(
        m.text
            .contains("Export failed: could not start writing the report: No space left"),
        "{}",
        m.text
    );

    let mut other = session();
    other
        .add(
            NewItem::point(Some("asia"), None, "from the Asia laptop"),
            now(),
        )
        .expect("add");
    let effects = run(
        &mut app,
        Action::Arrived(Arrival {
            name: "asia.json".into(),
            result: Ok(Box::new(other)),
        }),
    );
    assert!(saves(&effects), "a merge that brings something is saved");
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.starts_with("Merged asia.json"))
    );

    // A quit whose save failed is refused once, then writes a rescue copy.
    run(
        &mut app,
        Action::QuitBlocked(QuitBlocked(AutosaveError::Stopped)),
    );
    assert!(app.quit_blocked);
    assert_eq!(
        cmd(&mut app, Command::Quit),
        [Effect::Quit { rescue: true }]
    );
}

/// A window that writes follows its own file: a version another laptop put there (a sync
/// tool) is merged in and saved, so the next save holds both sides; its own saves coming
/// back, or a save that found the version first and reports it, change nothing twice.
#[test]
fn a_writing_window_merges_a_version_of_its_file_from_elsewhere() {
    use breakout::storage::FoundOnDisk;
    use breakout::tui::action::Followed;
    let mut app = app();
    cmd(&mut app, Command::NewPoint);
    text(&mut app, "typed here");
    cmd(&mut app, Command::Done);
    let own = app.session.clone();
    assert!(
        run(
            &mut app,
            Action::Followed(Followed::Session(Box::new(own.clone())))
        )
        .is_empty(),
        "its own save coming back is no change"
    );

    let mut theirs = own.clone();
    common::session::add(
        &mut theirs,
        NewItem::point(Some("asia"), None, "typed on laptop B"),
    );
    common::session::add(
        &mut theirs,
        NewItem::point(Some("asia"), None, "also typed on laptop B"),
    );
    let effects = run(
        &mut app,
        Action::Followed(Followed::Session(Box::new(theirs.clone()))),
    );
    assert!(saves(&effects), "the union is saved");
    assert_eq!(app.session.live_items().count(), 3);
    let m = app.message.clone().expect("said");
    assert!(
        m.text
            .starts_with("transitions.json changed on disk (another laptop): merged in 2 new"),
        "{}",
        m.text
    );

    // The autosaver found the same version first and reports it: nothing new, nothing said.
    app.message = None;
    let state = SaveState {
        found: Some(FoundOnDisk::Merged(Arc::new(theirs))),
        ..SaveState::default()
    };
    assert!(run(&mut app, Action::Saved(state)).is_empty());
    assert_eq!(app.message, None);
    assert_eq!(app.save.found, None, "the report is not kept");

    // A version the save could not merge was kept as a copy: the window says where.
    let state = SaveState {
        found: Some(FoundOnDisk::Kept {
            copy: PathBuf::from("/tmp/transitions.json.20261201-101500.bak"),
            reason: "not valid JSON".into(),
        }),
        ..SaveState::default()
    };
    run(&mut app, Action::Saved(state));
    let m = app.message.clone().expect("said");
    assert_eq!(m.level, Level::Warning);
    assert!(
        m.text.contains("transitions.json.20261201-101500.bak"),
        "{}",
        m.text
    );

    // A file gone from under it is written again.
    assert!(saves(&run(&mut app, Action::Followed(Followed::Gone))));

    // Undoing the point typed here takes only that point away, not laptop B's.
    let typed_here = |app: &App| app.session.live_items().any(|i| i.text == "typed here");
    for _ in 0..app.undo.len() {
        if typed_here(&app) {
            cmd(&mut app, Command::Undo);
        }
    }
    assert!(!typed_here(&app), "undone");
    let mut left: Vec<&str> = app.session.live_items().map(|i| i.text.as_str()).collect();
    left.sort_unstable();
    assert_eq!(left, ["also typed on laptop B", "typed on laptop B"]);
}

/// Every binding of every mode's table resolves to its command when that mode is on top.
#[test]
fn every_key_of_every_table_gives_its_command() {
    let mut app = app();
    let open = |app: &mut App, kind: ModeKind| {
        app.modes.truncate(1);
        match kind {
            ModeKind::Normal => {}
            ModeKind::Edit => {
                cmd(app, Command::NewEntry("quote".into()));
            }
            ModeKind::Search => {
                cmd(app, Command::Search);
            }
            ModeKind::Pick => {
                cmd(app, Command::NewEntryOfKind);
            }
            ModeKind::Import => {
                cmd(app, Command::Import);
            }
            ModeKind::Report => {
                cmd(app, Command::Report);
            }
            ModeKind::Panel => {
                cmd(app, Command::Help);
            }
            ModeKind::Projector => {
                cmd(app, Command::Projector);
            }
            ModeKind::Tables => {
                cmd(app, Command::ChooseTable);
            }
            ModeKind::SaveAs => {
                cmd(app, Command::SaveAs);
            }
        }
        assert_eq!(app.mode().kind(), kind);
    };
    let event = |k: &Key| {
        let mut mods = KeyModifiers::NONE;
        if k.ctrl {
            mods |= KeyModifiers::CONTROL;
        }
        if k.alt {
            mods |= KeyModifiers::ALT;
        }
        if matches!(k.code, KeyCode::Char(c) if c.is_uppercase()) || k.code == KeyCode::BackTab {
            mods |= KeyModifiers::SHIFT;
        }
        KeyEvent::new(k.code, mods)
    };
    for kind in ModeKind::ALL {
        open(&mut app, kind);
        let table = app.keymap.table(kind).to_vec();
        assert!(!table.is_empty(), "{kind:?} has keys");
        for b in table {
            for k in &b.keys {
                if b.command == Command::ToggleApproval {
                    // Space is text unless the approval toggle has the focus.
                    continue;
                }
                let got = resolve(&app, &HitMap::default(), Msg::Key(event(k)));
                assert_eq!(
                    got,
                    Some(Action::Command(b.command.clone())),
                    "{kind:?}: {} should give {}",
                    k.label(),
                    b.command.spec()
                );
            }
        }
    }
}

#[test]
fn quitting_works_from_every_mode() {
    for open in [
        Command::Search,
        Command::Import,
        Command::NewEntryOfKind,
        Command::Help,
        Command::Report,
        Command::Projector,
        Command::NewPoint,
    ] {
        let mut app = app();
        cmd(&mut app, open.clone());
        let effects = cmd(&mut app, Command::Quit);
        assert!(
            effects.contains(&Effect::Quit { rescue: false }),
            "{open:?}: {effects:?}"
        );
    }
}

#[test]
fn opening_says_what_was_opened() {
    let mut s = session();
    s.add(NewItem::point(Some("asia"), None, "one"), now())
        .expect("add");
    let mut app = App::new(s, PathBuf::from("/tmp/asia.json"), None);
    assert!(
        app.message.is_none(),
        "nothing is said before the update says it"
    );
    run(&mut app, Action::Opened);
    let m = app.message.clone().expect("said");
    assert!(
        m.text.starts_with("Opened asia.json: 1 entry"),
        "{}",
        m.text
    );
    let mut ro = App::new(
        session(),
        PathBuf::from("/tmp/ro.json"),
        Some("in use".into()),
    );
    run(&mut ro, Action::Opened);
    assert_eq!(ro.message.expect("said").text, "Read-only: in use");
}
