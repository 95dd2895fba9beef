//! Capture under pressure, through `update` as the loop drives it: a paste sent as keys
//! (its Enter marked by the input thread as followed by a burst) stays text; pasted wrapped
//! lines can be joined and the join undone; the editor's title names the entry an action
//! goes under; undo and redo say what they undid; the export message says where the files
//! went. (The burst detector's timing is unit-tested in `tui::input`; the real terminal in
//! tests/e2e_paste.rs.)

mod common;
use common::screen::buffer_text;

use std::path::PathBuf;

use breakout::model::{ItemId, Session};
use breakout::tui::action::{Action, Written};
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap, Mode};
use breakout::tui::update::{exported_words, handle, update};
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> DateTime<Utc> {
    common::clock::now()
}

fn session() -> Session {
    common::session::new()
}

fn app() -> App {
    App::new(
        session(),
        PathBuf::from("/tmp/tui-capture/session.json"),
        None,
    )
}

fn send(app: &mut App, msg: Msg) {
    handle(app, &HitMap::default(), msg, now());
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    send(app, Msg::Key(KeyEvent::new(code, mods)));
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        key(app, KeyCode::Char(c), mods);
    }
}

fn enter(app: &mut App) {
    key(app, KeyCode::Enter, KeyModifiers::NONE);
}

fn editing(app: &App) -> bool {
    matches!(app.mode(), Mode::Edit(_))
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

fn texts(app: &App) -> Vec<String> {
    app.session.live_items().map(|i| i.text.clone()).collect()
}

fn capture(app: &mut App, k: char, text: &str) -> ItemId {
    typ(app, &k.to_string());
    assert!(editing(app), "{k} opens the editor");
    typ(app, text);
    enter(app);
    app.selected.expect("the new entry is selected")
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    update(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
        now(),
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let frame = terminal
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now(), Theme::default());
        })
        .expect("draw");
    buffer_text(frame.buffer)
}

#[test]
fn an_enter_followed_by_a_burst_is_a_line_break_and_nothing_after_it_is_a_command() {
    let mut app = app();
    capture(&mut app, 'n', "kept before");
    typ(&mut app, "n");
    typ(&mut app, "pasted");
    // As the input thread sends a paste that came as keys: the Enter marked, then the keys.
    let enter_key = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    send(&mut app, Msg::PastedKey(enter_key));
    assert!(editing(&app), "the entry stays open");
    typ(&mut app, "u d q");
    send(&mut app, Msg::PastedKey(enter_key));
    typ(&mut app, "n");
    assert!(editing(&app));
    assert_eq!(texts(&app), ["kept before", "pasted\nu d q\nn"]);
    // The Enter a person presses still finishes the entry.
    enter(&mut app);
    assert!(!editing(&app));
    assert_eq!(texts(&app), ["kept before", "pasted\nu d q\nn"]);
    // On the main screen a marked Enter is the Enter it is (here: edit the selected entry).
    send(&mut app, Msg::PastedKey(enter_key));
    assert!(
        editing(&app),
        "Enter on the main screen opens the selected entry"
    );
}

/// As the input thread marks a Tab or Enter followed by a burst.
fn pasted(app: &mut App, code: KeyCode) -> Vec<breakout::tui::update::Effect> {
    handle(
        app,
        &HitMap::default(),
        Msg::PastedKey(KeyEvent::new(code, KeyModifiers::NONE)),
        now(),
    )
}

/// A quote has a speaker, an organisation and the speaker's approval: a Tab in a paste is a
/// tab in the text, not a move to the next field, so the paste's letters are not dropped
/// on the approval toggle nor its Space taken as the speaker's consent.
#[test]
fn a_pasted_tab_in_the_editor_is_text_and_the_focus_stays() {
    let mut app = app();
    typ(&mut app, "v");
    typ(&mut app, "said");
    for _ in 0..3 {
        pasted(&mut app, KeyCode::Tab);
        typ(&mut app, "x y");
    }
    pasted(&mut app, KeyCode::Enter);
    typ(&mut app, " z");
    let Mode::Edit(editor) = app.mode() else {
        panic!("the entry stays open, got {:?}", app.mode().kind());
    };
    assert_eq!(editor.focus, 0, "the focus stays in the text");
    assert_eq!(editor.attribution, Some(false), "no consent given");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(texts(&app), ["said\tx y\tx y\tx y\n z"]);
    let item = app.session.live_items().next().expect("kept");
    assert!(
        item.attribution.as_ref().is_none_or(|a| !a.approved),
        "{:?}",
        item.attribution
    );
}

/// In a search, a path prompt or the tables filter, a pasted Enter neither confirms nor lets
/// the rest of the paste run on the main screen: it is typed, as a paste of a line break.
#[test]
fn a_pasted_enter_in_a_prompt_is_text_and_nothing_runs_on_the_main_screen() {
    let mut app = app();
    capture(&mut app, 'n', "kept");
    // Search: the line break becomes a space of the one-line query.
    typ(&mut app, "/");
    typ(&mut app, "ke");
    assert!(pasted(&mut app, KeyCode::Enter).is_empty());
    typ(&mut app, "u d");
    pasted(&mut app, KeyCode::Tab);
    typ(&mut app, "q");
    let Mode::Search(search) = app.mode() else {
        panic!("the search stays open, got {:?}", app.mode().kind());
    };
    assert_eq!(search.query.lines().join("\n"), "ke u d\tq");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(matches!(app.mode(), Mode::Normal));

    // Tables filter: the same.
    typ(&mut app, "T");
    assert!(matches!(app.mode(), Mode::Tables(_)));
    typ(&mut app, "a");
    pasted(&mut app, KeyCode::Enter);
    typ(&mut app, "u");
    let Mode::Tables(list) = app.mode() else {
        panic!("the tables filter stays open, got {:?}", app.mode().kind());
    };
    assert_eq!(list.query(), "a u");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);

    // Save as: no save is asked; the paste stays in the path (a line break is never part
    // of a path: dropped, as a bracketed paste drops it).
    typ(&mut app, "S");
    assert!(matches!(app.mode(), Mode::SaveAs(_)));
    typ(&mut app, "a");
    assert!(pasted(&mut app, KeyCode::Enter).is_empty(), "nothing asked");
    typ(&mut app, "uq");
    let Mode::SaveAs(prompt) = app.mode() else {
        panic!("the prompt stays open, got {:?}", app.mode().kind());
    };
    assert!(
        prompt.lines().join("").ends_with("auq"),
        "{:?}",
        prompt.lines()
    );
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);

    // Import: the same.
    typ(&mut app, "I");
    assert!(matches!(app.mode(), Mode::Import(_)));
    typ(&mut app, "b");
    assert!(pasted(&mut app, KeyCode::Enter).is_empty(), "nothing asked");
    typ(&mut app, "dn");
    let Mode::Import(prompt) = app.mode() else {
        panic!("the prompt stays open, got {:?}", app.mode().kind());
    };
    assert!(
        prompt.lines().join("").ends_with("bdn"),
        "{:?}",
        prompt.lines()
    );
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);

    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(texts(&app), ["kept"], "nothing ran on the main screen");
}

#[test]
fn a_paste_of_wrapped_lines_offers_to_join_them_and_the_join_is_undone_with_ctrl_u() {
    let mut app = app();
    typ(&mut app, "n");
    send(&mut app, Msg::Paste("- a list\n- keeps its breaks".into()));
    assert_eq!(message(&app), "", "nothing to join: no offer");
    send(
        &mut app,
        Msg::Paste(
            "\n\nMember States should\r\nopen recom-\r\nmended pathways.\r\n\r\nNext.".into(),
        ),
    );
    assert_eq!(
        message(&app),
        "Pasted with its line breaks: Alt-j joins wrapped lines into paragraphs"
    );
    key(&mut app, KeyCode::Char('j'), KeyModifiers::ALT);
    let joined =
        "- a list\n- keeps its breaks\n\nMember States should open recommended pathways.\n\nNext.";
    assert_eq!(texts(&app), [joined]);
    assert_eq!(
        message(&app),
        "Wrapped lines joined: 2 line breaks fewer (Ctrl-U takes it back)"
    );
    key(&mut app, KeyCode::Char('j'), KeyModifiers::ALT);
    assert!(
        message(&app).starts_with("No wrapped lines to join"),
        "{}",
        message(&app)
    );
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(
        texts(&app),
        [
            "- a list\n- keeps its breaks\n\nMember States should\nopen recom-\nmended pathways.\n\nNext."
        ]
    );
    // The join is a command of the edit mode, in help and the default config.
    let help = breakout::tui::default_config::text(&app.session.template, "config.toml");
    assert!(help.contains("join_lines = \"alt-j\""), "{help}");
}

#[test]
fn the_editor_title_names_the_recommendation_an_action_goes_under() {
    let mut app = app();
    capture(&mut app, 'r', "First recommendation");
    let second = capture(
        &mut app,
        'r',
        "Embed the rights framework in every IOM programme",
    );
    app.selected = Some(second);
    typ(&mut app, "a");
    let s = screen(&mut app, 160, 30);
    assert!(
        s.contains("New Action under Recommendation 2: Embed the rights framework in every"),
        "{s}"
    );
    // Narrower: the recommendation's words are cut; the table and question stay.
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("New Action under Recommendation 2: Embed"),
        "{s}"
    );
    assert!(s.contains("… · Plenary · Q1"), "{s}");
    typ(&mut app, "Open up IOM");
    enter(&mut app);
    typ(&mut app, "e");
    let s = screen(&mut app, 100, 30);
    let title = s
        .lines()
        .find(|l| l.contains("Edit Action under"))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(title.contains("Recommendation 2: Embed"), "{title}");
    assert!(title.contains('…'), "{title}");
}

#[test]
fn undo_and_redo_say_what_they_undid() {
    let mut app = app();
    let rec = capture(&mut app, 'r', "IOM should embrace the rights framework");
    capture(&mut app, 'a', "Open up IOM contracts to civil society");
    typ(&mut app, "u");
    assert_eq!(message(&app), "Undone: new action “Open up IOM contracts…”");
    typ(&mut app, "U");
    assert_eq!(message(&app), "Redone: new action “Open up IOM contracts…”");
    app.selected = Some(rec);
    typ(&mut app, "d");
    typ(&mut app, "u");
    assert_eq!(
        message(&app),
        "Undone: deleted recommendation “IOM should embrace the…” and 1 more"
    );
    capture(&mut app, 'n', "a point");
    typ(&mut app, "K");
    typ(&mut app, "u");
    assert_eq!(message(&app), "Undone: moved point “a point”");
    typ(&mut app, ">");
    typ(&mut app, "u");
    assert!(
        message(&app).starts_with("Undone: moved point “a point” to "),
        "{}",
        message(&app)
    );
}

#[test]
fn the_export_message_names_the_folder_and_the_files_shortened_to_fit() {
    let dir = PathBuf::from("/srv/conference/rapporteurs/geneva-2026/asia");
    let paths: Vec<PathBuf> = ["md", "txt", "docx"]
        .iter()
        .map(|e| dir.join(format!("asia.report.{e}")))
        .collect();
    assert_eq!(
        exported_words(&paths, 200, "F"),
        "Exported to /srv/conference/rapporteurs/geneva-2026/asia/: asia.report.md, .txt, .docx"
    );
    let short = exported_words(&paths, 80, "F");
    assert!(short.chars().count() <= 78, "{short}");
    assert!(short.starts_with("Exported to …"), "{short}");
    assert!(
        short.ends_with("/asia/: asia.report.md, .txt, .docx (F shows where)"),
        "{short}"
    );
    // The file panel shows the whole paths.
    let mut app = app();
    update(&mut app, Action::Exported(Ok(paths.clone().into())), now());
    typ(&mut app, "F");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("asia.report.docx"), "{s}");
    assert!(s.contains("Report files:"), "{s}");

    // What the report notes about the form's limits is said with the files.
    let mut app = self::app();
    let notes = vec!["3 commitments from North: the form allows 2 from each table".to_owned()];
    let written = Written {
        paths: paths.clone(),
        notes,
    };
    update(&mut app, Action::Exported(Ok(written)), now());
    assert!(
        message(&app).ends_with(
            ". Note (you decide): 3 commitments from North: the form allows 2 from each table"
        ),
        "{}",
        message(&app)
    );
}
