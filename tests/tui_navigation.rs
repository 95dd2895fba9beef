//! Big plans and long words on a small screen: with 30 tables and 40 questions
//! (`tests/fixtures/thirty-tables-forty-questions.json`) the current table, question and
//! entry are always in view and any table can be reached directly; every list that can
//! outgrow the screen scrolls to its end and no further; and every message can be read
//! whole at 80×24, in English and in French. Drawn by `view::draw` on ratatui's
//! `TestBackend`, keys through the app's own keymap.

mod common;

use std::path::PathBuf;

use breakout::i18n::{self, Lang};
use breakout::model::{NewItem, Session};
use breakout::storage::catalog;
use breakout::tui::action::Action;
use breakout::tui::modes::Mode;
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap, Level, Message};
use breakout::tui::update::{handle, update};
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;

const FIXTURE: &str = "tests/fixtures/thirty-tables-forty-questions.json";

fn now() -> DateTime<Utc> {
    common::clock::now()
}

fn big_session() -> Session {
    let plan = catalog::load_plan_file(&common::repo(FIXTURE)).expect("the fixture plan loads");
    common::session::on(plan)
}

fn app_with(session: Session) -> App {
    App::new(session, PathBuf::from("/tmp/notes/big.json"), None)
}

fn key(app: &mut App, code: KeyCode) {
    let mods = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    handle(
        app,
        &HitMap::default(),
        Msg::Key(KeyEvent::new(code, mods)),
        now(),
    );
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn draw_buf(app: &mut App, w: u16, h: u16) -> Buffer {
    update(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
        now(),
    );
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, w, h));
    view::draw(&mut buf, app, now(), Theme::default());
    buf
}

fn draw(app: &mut App, w: u16, h: u16) -> String {
    common::screen::buffer_text(&draw_buf(app, w, h))
}

/// The tab bar's row (the first row after the header that holds a bracketed tab).
fn tab_row(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains('['))
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn the_fixture_has_thirty_tables_and_forty_questions() {
    let s = big_session();
    assert_eq!(s.plan.tables.len(), 30);
    assert_eq!(s.plan.questions.len(), 40);
}

#[test]
fn the_tab_bar_always_shows_the_current_table_with_its_name() {
    for (w, h) in [(80, 24), (100, 30), (40, 12)] {
        let mut app = app_with(big_session());
        for n in 0..30 {
            let screen = draw(&mut app, w, h);
            let tabs = tab_row(&screen);
            let want = format!("[{} ", n + 1);
            assert!(
                tabs.contains(&want),
                "table {} not highlighted at {w}×{h}:\n{screen}",
                n + 1
            );
            // Its name, as far as it goes (at least its first letters).
            let name = &app.session.plan.tables[n].short;
            let start: String = name.chars().take(3).collect();
            assert!(tabs.contains(&start), "{name} not named at {w}×{h}: {tabs}");
            // A sign of the tables out of sight on either side.
            if n >= 10 {
                assert!(tabs.contains('‹'), "no sign of tables to the left: {tabs}");
            }
            if n + 10 < 30 {
                assert!(tabs.contains('›'), "no sign of tables to the right: {tabs}");
            }
            key(&mut app, KeyCode::Tab);
        }
        // Round again to the first.
        let tabs = tab_row(&draw(&mut app, w, h));
        assert!(tabs.contains("[1 Accra"), "{tabs}");
    }
}

#[test]
fn names_are_as_long_as_space_allows() {
    let mut app = app_with(big_session());
    let tabs = tab_row(&draw(&mut app, 80, 24));
    assert!(tabs.contains("[1 Accra (0)]"), "{tabs}");
    assert!(tabs.contains("more ›"), "{tabs}");
    // A window wide enough for every tab shows them all, with no sign.
    let tabs = tab_row(&draw(&mut app, 600, 30));
    assert!(tabs.contains("30 Kathmandu (0)"), "{tabs}");
    assert!(!tabs.contains('›'), "{tabs}");
}

#[test]
fn any_table_can_be_reached_from_the_list() {
    let mut app = app_with(big_session());
    key(&mut app, KeyCode::Char('T'));
    assert!(matches!(app.mode(), Mode::Tables(_)));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("Go to table"), "{screen}");
    typ(&mut app, "25");
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("25  Yerevan"), "{screen}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.table, 24);
    assert!(matches!(app.mode(), Mode::Normal));
    assert!(tab_row(&draw(&mut app, 80, 24)).contains("[25 Yerevan"));

    // Letters find a name, accents or not; Esc goes nowhere.
    key(&mut app, KeyCode::Char('T'));
    typ(&mut app, "sao");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session.plan.tables[app.table].short, "São Paulo");
    key(&mut app, KeyCode::Char('T'));
    typ(&mut app, "kath");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.session.plan.tables[app.table].short, "São Paulo");
    assert!(matches!(app.mode(), Mode::Normal));

    // Arrows move through the whole list, which scrolls with them.
    key(&mut app, KeyCode::Char('T'));
    for _ in 0..40 {
        key(&mut app, KeyCode::Down);
    }
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("30  "), "{screen}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.table, 29);

    // The number keys are as they were.
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(app.table, 2);
}

#[test]
fn the_projector_view_reaches_any_table_too() {
    let mut app = app_with(big_session());
    key(&mut app, KeyCode::Char('P'));
    key(&mut app, KeyCode::Char('T'));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("Go to table"), "{screen}");
    typ(&mut app, "28");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.table, 27);
    assert!(matches!(app.mode(), Mode::Projector));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("Beirut working group"), "{screen}");
}

#[test]
fn the_current_question_is_in_view_in_both_panes() {
    let mut app = app_with(big_session());
    for q in 1..40 {
        key(&mut app, KeyCode::Char('l'));
        for (w, h) in [(80, 24), (100, 30), (60, 16)] {
            let screen = draw(&mut app, w, h);
            let heading = format!("▶ Q{} Question {}", q + 1, q + 1);
            assert!(
                screen.contains(&heading),
                "question {} not in the notes pane at {w}×{h}:\n{screen}",
                q + 1
            );
            if w >= 70 {
                let mark = format!("▶{} Question {}", q + 1, q + 1);
                assert!(screen.contains(&mark), "{screen}");
            }
        }
    }
}

#[test]
fn the_selected_entry_is_in_view_however_far_down() {
    let mut s = big_session();
    let questions = common::session::question_ids(&s);
    let tables = common::session::table_ids(&s);
    for (n, q) in questions.iter().enumerate() {
        let new = NewItem::point(
            Some(tables[0].as_str()),
            Some(q.as_str()),
            format!("point number {n} of the first table"),
        );
        common::session::add(&mut s, new);
    }
    let mut app = app_with(s);
    key(&mut app, KeyCode::Home);
    for n in 0..40 {
        let screen = draw(&mut app, 80, 24);
        let want = format!("point number {n} of");
        let line = screen.lines().find(|l| l.contains(&want));
        assert!(
            line.is_some_and(|l| l.contains('>')),
            "entry {n} not selected in view:\n{screen}"
        );
        key(&mut app, KeyCode::Char('j'));
    }
}

#[test]
fn help_scrolls_to_its_end_and_no_further() {
    let mut app = app_with(big_session());
    key(&mut app, KeyCode::Char('?'));
    let _ = draw(&mut app, 80, 24);
    for _ in 0..2000 {
        key(&mut app, KeyCode::Char('j'));
    }
    let at_end = draw(&mut app, 80, 24);
    let Mode::Help { scroll } = *app.mode() else {
        panic!("help closed")
    };
    assert!(scroll > 0 && scroll < 2000, "scroll {scroll}");
    // One step up moves at once.
    key(&mut app, KeyCode::Char('k'));
    let up = draw(&mut app, 80, 24);
    assert_ne!(at_end, up);
    // The end shows help's last note.
    let last_words = i18n::text("tui-help-limits", &[]);
    let last: String = last_words
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .into();
    assert!(at_end.contains(&last), "{at_end}");
}

#[test]
fn the_report_view_shows_every_section_of_an_empty_session() {
    for session in [common::session::new(), big_session()] {
        let mut app = app_with(session);
        key(&mut app, KeyCode::Char('R'));
        for _ in 0..200 {
            key(&mut app, KeyCode::Char('j'));
        }
        let screen = draw(&mut app, 80, 24);
        let last = app.session.template.sections.last().expect("a section");
        assert!(
            screen.contains(&format!("{}. ", last.number)),
            "the last section is out of reach:\n{screen}"
        );
    }
}

/// Every word of `text` is on `screen`.
fn all_words_on(screen: &str, text: &str) -> Result<(), String> {
    let missing: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !screen.contains(w))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("missing {missing:?} of {text:?}:\n{screen}"))
    }
}

/// Long messages of each kind, as the app words them in the language in force.
fn long_messages() -> Vec<(Level, String)> {
    let reason = "could not create /media/usb-stick/breakout/rapporteur-geneva-2016.json.tmp: \
                  Read-only file system (os error 30); the notes stay in memory";
    vec![
        (
            Level::Warning,
            breakout::tr!(
                "tui-over-limit-under",
                count = 3,
                kind = "actions",
                limit = 2
            ),
        ),
        (
            Level::Info,
            breakout::tr!(
                "tui-exported",
                files = "geneva.report.md, geneva.report.txt, geneva.report.docx",
                count = 3
            ),
        ),
        (
            Level::Error,
            breakout::tr!("tui-quit-blocked", reason = reason),
        ),
        (
            Level::Warning,
            breakout::tr!("tui-read-only", reason = reason),
        ),
    ]
}

#[test]
fn every_message_is_read_whole_at_80x24_in_english_and_french() {
    for code in ["en", "fr", "es"] {
        let lang = Lang::find(code).expect("a catalog");
        i18n::scoped(lang, || {
            for (w, h) in [(80, 24), (100, 30), (60, 16)] {
                // The status area, on the main screen.
                for (level, text) in long_messages() {
                    let mut app = app_with(big_session());
                    app.message = Some(Message {
                        text: text.clone(),
                        level,
                    });
                    let screen = draw(&mut app, w, h);
                    all_words_on(&screen, &text).unwrap_or_else(|e| panic!("{code} {w}×{h} {e}"));
                }
                // A save that failed: the header sums it up, the status area says it whole.
                let mut app = app_with(big_session());
                let error = "No space left on device (os error 28): the disk holding \
                             /home/rapporteur/breakout is full; free some space";
                app.save.error = Some(error.into());
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, error).unwrap_or_else(|e| panic!("{code} {e}"));
                // The header: the folder merged from and the last file that came.
                let mut app = app_with(big_session())
                    .watching(Some(PathBuf::from("/media/shared/conference-tables-sync")));
                app.last_arrival = Some(("asia-table-laptop-3.json".into(), now()));
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, "conference-tables-sync/ asia-table-laptop-3.json")
                    .unwrap_or_else(|e| panic!("{code} {e}"));
                // What to press under an empty question.
                let mut app = app_with(big_session());
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, &breakout::tr!("tui-nothing-yet", key = "n"))
                    .unwrap_or_else(|e| panic!("{code} {e}"));
                // The quote editor's consent line.
                let mut app = app_with(common::session::new());
                key(&mut app, KeyCode::Char('v'));
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, &breakout::tr!("tui-edit-approval"))
                    .unwrap_or_else(|e| panic!("{code} {e}"));
                // The merge prompt's note.
                let mut app = app_with(big_session());
                key(&mut app, KeyCode::Char('I'));
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, &breakout::tr!("tui-import-note"))
                    .unwrap_or_else(|e| panic!("{code} {e}"));
                // The projector's bottom lines: why the file it follows shows no newer version.
                let mut app = app_with(big_session());
                key(&mut app, KeyCode::Char('P'));
                let problem = breakout::tr!(
                    "tui-follow-unreadable",
                    file = "rapporteur-geneva-2016.json",
                    reason = "expected `,` or `}` at line 212 column 9: the file was cut short"
                );
                app.follow_problem = Some(problem.clone());
                let screen = draw(&mut app, w, h);
                all_words_on(&screen, &problem).unwrap_or_else(|e| panic!("{code} {e}"));
            }
        });
    }
}

#[test]
fn a_message_too_long_for_the_window_is_whole_in_the_file_panel() {
    let mut app = app_with(big_session());
    let text = (0..80)
        .map(|n| format!("word{n}"))
        .collect::<Vec<_>>()
        .join(" ");
    app.message = Some(Message {
        text: text.clone(),
        level: Level::Error,
    });
    let screen = draw(&mut app, 40, 12);
    assert!(screen.contains("F shows it all"), "{screen}");
    assert!(!screen.contains("word79"), "{screen}");
    key(&mut app, KeyCode::Char('F'));
    let screen = draw(&mut app, 120, 40);
    all_words_on(&screen, &text).unwrap_or_else(|e| panic!("{e}"));
}
