//! What a form can ask, on the screen and in plain mode (issue 15, item 1): date fields typed
//! and checked in the editor, the main text's own label, an agenda phase that makes its
//! question current, and entries past the form's limits (in total or per table) marked in
//! the main list and counted per table in the report view.
//!
//! The form is `tests/fixtures/form-tui-cafe.json` (a commitment: "What", who, a date "By
//! when"; 4 in total, 2 per table, picked) with its plan `form-tui-cafe-plan.json` (two
//! tables, three questions, a welcome and three rounds each naming a question).

mod common;

use std::path::PathBuf;

use breakout::model::{NewItem, Session};
use breakout::plain;
use breakout::storage::catalog;
use breakout::tui::action::{Action, Command, Followed};
use breakout::tui::modes::{Mode, ModeKind};
use breakout::tui::state::{App, Level};
use breakout::tui::update::{Effect, update};
use breakout::tui::view::{self, Theme};
use common::clock::now;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn cafe() -> Session {
    let plan = catalog::load_plan_file(&common::repo("tests/fixtures/form-tui-cafe-plan.json"))
        .expect("the café plan and its form load");
    common::session::on(plan)
}

fn app_with(session: Session, read_only: Option<String>) -> App {
    let mut app = App::new(session, PathBuf::from("/tmp/cafe.json"), read_only);
    run(
        &mut app,
        Action::Resized {
            width: 80,
            height: 24,
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

fn text(app: &mut App, s: &str) {
    for c in s.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        run(app, Action::Text(key));
    }
}

fn backspaces(app: &mut App, n: usize) {
    for _ in 0..n {
        let key = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
        run(app, Action::Text(key));
    }
}

fn kinds(app: &App) -> Vec<ModeKind> {
    app.modes.iter().map(Mode::kind).collect()
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

fn editor_focus(app: &App) -> Option<usize> {
    match app.mode() {
        Mode::Edit(e) => Some(e.focus),
        _ => None,
    }
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    run(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let frame = terminal
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now(), Theme::default());
        })
        .expect("draw");
    common::screen::buffer_text(&frame.buffer.clone())
}

/// A new commitment with its text, who, and `date` typed in the date field; Enter pressed.
fn commitment(app: &mut App, what: &str, date: &str) {
    cmd(app, Command::NewEntry("commitment".into()));
    text(app, what);
    cmd(app, Command::NextField);
    text(app, "Council");
    cmd(app, Command::NextField);
    text(app, date);
    cmd(app, Command::Done);
}

fn only_item(app: &App) -> breakout::model::Item {
    let items: Vec<_> = app.session.live_items().cloned().collect();
    assert_eq!(items.len(), 1, "{items:?}");
    items[0].clone()
}

#[test]
fn a_bad_date_keeps_the_editor_open_on_it_with_the_models_words() {
    let mut app = app_with(cafe(), None);
    commitment(&mut app, "Fund the advice centre", "8/12/2026");
    assert_eq!(
        kinds(&app),
        [ModeKind::Normal, ModeKind::Edit],
        "still open"
    );
    assert_eq!(editor_focus(&app), Some(2), "on the date field");
    assert_eq!(
        message(&app),
        "By when: \"8/12/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-08"
    );
    assert_eq!(app.message.as_ref().map(|m| &m.level), Some(&Level::Error));
    // Nothing typed is lost: the text and the other field reached the session meanwhile.
    let item = only_item(&app);
    assert_eq!(item.text, "Fund the advice centre");
    assert_eq!(item.field("who"), "Council");
    assert_eq!(item.field("by"), "", "a bad date is not written");

    // Leaving the field is held back too, and Esc.
    cmd(&mut app, Command::NextField);
    assert_eq!(editor_focus(&app), Some(2));
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Edit]);

    // Mended (written loosely), it is kept the one way the file keeps it, and the refusal
    // goes from the status line.
    backspaces(&mut app, 9);
    text(&mut app, "2026-12-8");
    cmd(&mut app, Command::NextField);
    assert_eq!(editor_focus(&app), Some(0), "Tab goes on round to the text");
    assert_eq!(message(&app), "");
    cmd(&mut app, Command::Done);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
    assert_eq!(only_item(&app).field("by"), "2026-12-08");
}

#[test]
fn a_bad_date_in_an_entry_keeps_the_good_one_the_session_had() {
    let mut app = app_with(cafe(), None);
    commitment(&mut app, "Fund the advice centre", "2027-03-01");
    assert_eq!(kinds(&app), [ModeKind::Normal]);
    cmd(&mut app, Command::Edit);
    cmd(&mut app, Command::PrevField);
    text(&mut app, "x");
    cmd(&mut app, Command::PrevField);
    assert_eq!(editor_focus(&app), Some(2), "held on the date");
    assert!(message(&app).contains("2027-03-01x"), "{}", message(&app));
    assert_eq!(only_item(&app).field("by"), "2027-03-01");
}

#[test]
fn quitting_with_a_bad_date_asks_once_then_leaves_without_it() {
    let mut app = app_with(cafe(), None);
    cmd(&mut app, Command::NewEntry("commitment".into()));
    text(&mut app, "Open a Saturday clinic");
    cmd(&mut app, Command::PrevField);
    text(&mut app, "soon");
    let effects = cmd(&mut app, Command::Quit);
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Quit { .. })),
        "{effects:?}"
    );
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Edit]);
    assert!(message(&app).ends_with("Ctrl-C again leaves without this date"));
    let effects = cmd(&mut app, Command::Quit);
    assert!(effects.iter().any(|e| matches!(e, Effect::Quit { .. })));
    let item = only_item(&app);
    assert_eq!(item.text, "Open a Saturday clinic");
    assert_eq!(item.field("by"), "");
}

#[test]
fn esc_with_a_bad_date_asks_once_then_leaves_without_it() {
    let mut app = app_with(cafe(), None);
    cmd(&mut app, Command::NewEntry("commitment".into()));
    text(&mut app, "Open a Saturday clinic");
    cmd(&mut app, Command::PrevField);
    text(&mut app, "soon");
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Edit]);
    assert!(
        message(&app).ends_with("Esc again leaves without this date"),
        "{}",
        message(&app)
    );
    // Typing between: the next Esc is a first one again.
    text(&mut app, "er");
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Edit]);
    cmd(&mut app, Command::Close);
    assert_eq!(kinds(&app), [ModeKind::Normal]);
    let item = only_item(&app);
    assert_eq!(item.text, "Open a Saturday clinic");
    assert_eq!(item.field("by"), "");
}

#[test]
fn the_editor_names_the_main_text_and_a_dates_format() {
    let mut app = app_with(cafe(), None);
    cmd(&mut app, Command::NewEntry("commitment".into()));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("What:"), "{s}");
    assert!(s.contains("By when: The day it is due (YYYY-MM-DD)"), "{s}");
    cmd(&mut app, Command::PrevField);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("By when:  YYYY-MM-DD"), "the placeholder: {s}");
}

#[test]
fn the_aims_panel_names_the_current_phase_and_each_phases_question() {
    let mut app = app_with(cafe(), None);
    cmd(&mut app, Command::NextPhase);
    cmd(&mut app, Command::Aims);
    let s = screen(&mut app, 100, 40);
    let line = |needle: &str| {
        s.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {s}"))
            .to_owned()
    };
    assert!(line("Welcome — 10 min").contains(" 1. "), "{s}");
    assert!(!line("Welcome — 10 min").contains("(now)"), "{s}");
    let round_1 = line("Round 1 — 20 min");
    assert!(round_1.contains("▶2. "), "{s}");
    assert!(
        round_1.contains("— question 1: What works (now)"),
        "{round_1}"
    );
    assert!(
        line("Round 2 — 20 min — question 2: Who acts?").contains(" 3. "),
        "{s}"
    );
}

#[test]
fn moving_to_a_phase_makes_its_question_current_and_says_so() {
    let mut app = app_with(cafe(), None);
    assert_eq!(app.question, Some(0));
    cmd(&mut app, Command::NextQuestion);
    cmd(&mut app, Command::NextQuestion);
    // The welcome names no question: the one chosen stays.
    cmd(&mut app, Command::NextPhase);
    assert_eq!(app.question, Some(0), "round 1 asks question 1");
    assert_eq!(message(&app), "Phase 2: Round 1 — question 1: What works");
    cmd(&mut app, Command::NextPhase);
    assert_eq!(app.question, Some(1));
    assert_eq!(message(&app), "Phase 3: Round 2 — question 2: Who acts?");
    cmd(&mut app, Command::PrevPhase);
    cmd(&mut app, Command::PrevPhase);
    assert_eq!(app.question, Some(0));
    assert_eq!(message(&app), "Phase 1: Welcome");
    // The projector's own phase keys do the same.
    cmd(&mut app, Command::Projector);
    cmd(&mut app, Command::NextPhase);
    cmd(&mut app, Command::NextPhase);
    cmd(&mut app, Command::NextPhase);
    assert_eq!(app.question, Some(2));
    assert_eq!(kinds(&app), [ModeKind::Normal, ModeKind::Projector]);
}

#[test]
fn a_read_only_window_follows_the_question_only_when_the_phase_moved() {
    let mut writer = cafe();
    writer.step_phase(true, now());
    writer.step_phase(true, now());
    let mut viewer = app_with(writer.clone(), Some("opened read-only".into()));
    assert_eq!(viewer.question, Some(1), "opens on round 2's question");
    cmd(&mut viewer, Command::NextQuestion);
    assert_eq!(viewer.question, Some(2));
    // A new version with the phase where it was: the viewer's choice stays.
    writer
        .add(NewItem::point(Some("north"), Some("q1"), "a point"), now())
        .expect("add");
    run(
        &mut viewer,
        Action::Followed(Followed::Session(Box::new(writer.clone()))),
    );
    assert_eq!(viewer.question, Some(2));
    // The writer moves back to round 1: the viewer follows.
    writer.step_phase(false, now());
    run(
        &mut viewer,
        Action::Followed(Followed::Session(Box::new(writer.clone()))),
    );
    assert_eq!(viewer.question, Some(0));
}

/// Three commitments at North and two at South: North's third is past the limit per table
/// (2), and the fifth in report order past the limit in total (4).
fn over_limits() -> App {
    let mut s = cafe();
    for (table, text) in [
        ("north", "Fund the advice centre"),
        ("north", "Open a Saturday clinic"),
        ("north", "Translate the leaflets into five languages"),
        ("south", "Train the front desk"),
        ("south", "Publish waiting times"),
    ] {
        s.add(
            NewItem::point(Some(table), Some("q2"), text).in_slot("commitment"),
            now(),
        )
        .expect("add");
    }
    let mut app = app_with(s, None);
    // It opens where the last change was made: North first.
    cmd(&mut app, Command::GoToTable(0));
    app
}

#[test]
fn entries_past_a_limit_are_marked_in_the_main_list_in_words() {
    let mut app = over_limits();
    let s = screen(&mut app, 80, 24);
    insta::assert_snapshot!("over_limit_north_80x24", s);
    let marked: Vec<&str> = s.lines().filter(|l| l.contains("[over limit]")).collect();
    assert_eq!(marked.len(), 1, "{s}");
    assert!(marked[0].contains("Translate the"), "{s}");
    cmd(&mut app, Command::NextTable);
    let s = screen(&mut app, 80, 24);
    let marked: Vec<&str> = s.lines().filter(|l| l.contains("[over limit]")).collect();
    assert_eq!(marked.len(), 1, "{s}");
    assert!(marked[0].contains("Publish waiting times"), "{s}");
    // Deleted, an entry no longer counts: the marks follow at once.
    let id = |app: &App, text: &str| {
        app.session
            .live_items()
            .find(|i| i.text == text)
            .map(|i| i.id)
            .expect("entry")
    };
    assert_eq!(app.over_limit().len(), 2);
    let south_last = id(&app, "Publish waiting times");
    cmd(&mut app, Command::SelectEntry(south_last));
    cmd(&mut app, Command::Delete);
    let north_third = id(&app, "Translate the leaflets into five languages");
    assert_eq!(
        app.over_limit().iter().copied().collect::<Vec<_>>(),
        [north_third]
    );
}

#[test]
fn the_report_view_counts_per_table_overs() {
    let mut app = over_limits();
    cmd(&mut app, Command::Report);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("up to 2 per table"), "{s}");
    assert!(
        s.contains("⚠ Past the limit per table: North: 3 of up to 2"),
        "{s}"
    );
    // The entries past a limit are marked there as in the main list.
    let marked: Vec<&str> = s.lines().filter(|l| l.contains("[over limit]")).collect();
    assert_eq!(marked.len(), 2, "{s}");
    assert!(marked[0].contains("Translate the leaflets"), "{s}");
    assert!(marked[1].contains("Publish waiting times"), "{s}");
}

#[test]
fn the_report_view_numbers_a_slot_ranked_per_table_within_each_table() {
    let mut s = cafe();
    let template = std::sync::Arc::make_mut(&mut s.template);
    template.sections[0].slots[0].ranked = Some(breakout::model::Ranking::PerTable);
    for (table, text) in [
        ("south", "Train the front desk"),
        ("north", "Fund the advice centre"),
        ("north", "Open a Saturday clinic"),
    ] {
        s.add(
            NewItem::point(Some(table), Some("q2"), text).in_slot("commitment"),
            now(),
        )
        .expect("add");
    }
    let mut app = app_with(s, None);
    cmd(&mut app, Command::Report);
    let s = screen(&mut app, 120, 40);
    let lines: Vec<&str> = s.lines().map(str::trim).collect();
    let at = |needle: &str| {
        lines
            .iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {s}"))
    };
    // As the export: tables in the plan's order, each numbered from 1.
    assert!(at("North table") < at("1. Fund the advice centre"), "{s}");
    assert!(at("2. Open a Saturday clinic") < at("South table"), "{s}");
    assert!(at("South table") < at("1. Train the front desk"), "{s}");
}

fn plain_state() -> plain::state::State {
    plain::state::State::new(cafe(), PathBuf::from("/tmp/cafe.json"), None)
}

fn plain_say(state: &mut plain::state::State, line: &str) -> String {
    breakout::i18n::scoped(breakout::i18n::Lang::ENGLISH, || {
        plain::apply::apply(state, plain::command::parse(line), now()).text
    })
}

#[test]
fn plain_mode_checks_dates_names_the_main_text_and_follows_the_phases_question() {
    let mut s = plain_state();
    assert!(plain_say(&mut s, "/commitment Fund the advice centre").starts_with("Commitment 1"));
    assert_eq!(
        plain_say(&mut s, "/field 1 by 8/12/2026"),
        "Not changed: By when: \"8/12/2026\" is not a date; write it as YYYY-MM-DD, e.g. \
         2026-12-08."
    );
    assert_eq!(
        plain_say(&mut s, "/field 1 by 2026-12-8"),
        "The By when of Commitment 1, “Fund the advice centre” is now “2026-12-08”."
    );
    let fields = plain_say(&mut s, "/fields 1");
    assert!(
        fields.contains("What (text): Fund the advice centre"),
        "{fields}"
    );
    assert_eq!(
        plain_say(&mut s, "/field 1 what Fund the centre"),
        "The What of Commitment 1, “Fund the advice centre” is now “Fund the centre”."
    );
    assert_eq!(
        plain_say(&mut s, "/field 1 what -"),
        "Give the number and the new text, for example /edit 2 New wording."
    );
    let said = plain_say(&mut s, "/phase next");
    assert!(
        said.ends_with("Question 1 is now current: What works"),
        "{said}"
    );
    plain_say(&mut s, "/question 3");
    let said = plain_say(&mut s, "/phase next");
    assert!(
        said.ends_with("Question 2 is now current: Who acts?"),
        "{said}"
    );
    assert_eq!(s.question, Some(1));
}

/// The id of the live entry with `text`.
fn entry_id(session: &Session, text: &str) -> breakout::model::ItemId {
    session
        .live_items()
        .find(|i| i.text == text)
        .map(|i| i.id)
        .expect("entry")
}

fn warning(app: &App) -> Option<String> {
    app.message
        .as_ref()
        .filter(|m| m.level == Level::Warning)
        .map(|m| m.text.clone())
}

#[test]
fn capture_warns_of_a_table_past_its_limit_and_counts_only_what_goes_in() {
    let mut app = app_with(cafe(), None);
    cmd(&mut app, Command::GoToTable(0));
    commitment(&mut app, "Fund the advice centre", "");
    commitment(&mut app, "Open a Saturday clinic", "");
    assert_eq!(warning(&app), None);
    // A third at North: past the form's two per table (four in total is not reached).
    commitment(&mut app, "Translate the leaflets", "");
    assert_eq!(
        warning(&app).as_deref(),
        Some(
            "3 commitments from North in the report: the form allows 2 per table; \
             R chooses which go in"
        )
    );
    // Two left out: they count against neither limit, as in the main list's marks.
    for text in ["Fund the advice centre", "Open a Saturday clinic"] {
        let id = entry_id(&app.session, text);
        app.session.set_picked(id, false, now()).expect("leave out");
    }
    cmd(&mut app, Command::GoToTable(1));
    commitment(&mut app, "Train the front desk", "");
    commitment(&mut app, "Publish waiting times", "");
    // Five captured, three going in (four allowed); two of South's (two allowed).
    assert_eq!(warning(&app), None, "{:?}", app.message);
    commitment(&mut app, "Answer the phone", "");
    assert_eq!(
        warning(&app).as_deref(),
        Some(
            "3 commitments from South in the report: the form allows 2 per table; \
             R chooses which go in"
        )
    );
    // One put back: five going in, past the limit in total, which is said first.
    let id = entry_id(&app.session, "Fund the advice centre");
    app.session.set_picked(id, true, now()).expect("put back");
    commitment(&mut app, "Print the map", "");
    assert_eq!(
        warning(&app).as_deref(),
        Some("6 commitments in the report: the form allows 4; R chooses which go in")
    );
    assert_eq!(app.session.live_items().count(), 7);
}

#[test]
fn plain_mode_warns_of_a_table_past_its_limit_and_counts_only_what_goes_in() {
    let mut s = plain_state();
    plain_say(&mut s, "/table north");
    plain_say(&mut s, "/commitment Fund the advice centre");
    assert_eq!(
        plain_say(&mut s, "/commitment Open a Saturday clinic"),
        "Commitment 2 added at North, Q1."
    );
    assert_eq!(
        plain_say(&mut s, "/commitment Translate the leaflets"),
        "Commitment 3 added at North, Q1.\nNote: 3 commitments from North go into the report, and \
         the form allows 2 from each table; all are kept."
    );
    // Numbered within the table: the first two left out.
    for n in ["1", "2"] {
        let said = plain_say(&mut s, &format!("/unpick {n}"));
        assert!(
            said.starts_with(&format!("Commitment {n} is left out")),
            "{said}"
        );
    }
    plain_say(&mut s, "/table south");
    plain_say(&mut s, "/commitment Train the front desk");
    // Five captured, three going in: within the four allowed, and South's two.
    assert_eq!(
        plain_say(&mut s, "/commitment Publish waiting times"),
        "Commitment 2 added at South, Q1."
    );
    assert_eq!(
        plain_say(&mut s, "/commitment Answer the phone"),
        "Commitment 3 added at South, Q1.\nNote: 3 commitments from South go into the report, and \
         the form allows 2 from each table; all are kept."
    );
    plain_say(&mut s, "/table north");
    assert!(plain_say(&mut s, "/pick 1").starts_with("Commitment 1 is now number"));
    assert_eq!(
        plain_say(&mut s, "/commitment Print the map"),
        "Commitment 4 added at North, Q1.\nNote: 6 commitments now go into the report, and the \
         form allows 4; all are kept."
    );
}
