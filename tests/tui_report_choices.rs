//! The report view's choices, driven by keys: actions and indicators left out (Space) and
//! reordered (K/J) under their recommendation, entries captured after a choice going in at the
//! end, ranked slots reordered, and undo of each; checked in the session, the export's data
//! and the screen drawn on ratatui's `TestBackend`.

mod common;
use common::screen::buffer_text;

use std::path::PathBuf;
use std::sync::Arc;

use breakout::export::report::{ReportSlot, build};
use breakout::model::{ItemId, NewItem, Ranking, Session};
use breakout::tui::modes::report::{ReportRow, rows};
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap, Mode};
use breakout::tui::update::handle;
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn now() -> DateTime<Utc> {
    common::clock::now()
}

fn app_with(session: Session) -> App {
    App::new(
        session,
        PathBuf::from("/tmp/tui-report-choices/session.json"),
        None,
    )
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

fn ch(app: &mut App, c: char) {
    key(app, KeyCode::Char(c));
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

fn screen(app: &mut App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let frame = terminal
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now(), Theme::default());
        })
        .expect("draw");
    buffer_text(frame.buffer)
}

/// Opens the report view (R) with the cursor on `id`'s line.
fn report_at(app: &mut App, id: ItemId) {
    if !matches!(app.mode(), Mode::Report { .. }) {
        ch(app, 'R');
    }
    let row = rows(&app.session)
        .iter()
        .position(|r| matches!(r, ReportRow::Entry { id: x, .. } if *x == id))
        .expect("the entry has a line in the report view");
    *app.modes.last_mut().expect("the report view") = Mode::Report { cursor: row };
}

fn add(s: &mut Session, new: NewItem) -> ItemId {
    s.add(new, now()).expect("add")
}

fn rec(s: &mut Session, text: &str) -> ItemId {
    add(
        s,
        NewItem::point(Some("asia"), None, text).in_slot("recommendation"),
    )
}

fn action(s: &mut Session, under: ItemId, text: &str) -> ItemId {
    add(
        s,
        NewItem::point(Some("asia"), None, text)
            .in_slot("action")
            .under(under),
    )
}

fn slot_of<'a>(slots: &'a [ReportSlot], id: &str) -> &'a ReportSlot {
    slots
        .iter()
        .find(|s| s.id.as_str() == id)
        .expect("the slot is in the report")
}

/// The texts the export gives under the recommendation `n` (from 0), for `child`.
fn exported_under(app: &App, n: usize, child: &str) -> Vec<String> {
    let report = build(&app.session);
    let recs = report
        .sections
        .iter()
        .flat_map(|s| &s.slots)
        .find(|s| s.id.as_str() == "recommendation")
        .expect("recommendations");
    slot_of(&recs.entries[n].children, child)
        .entries
        .iter()
        .map(|e| e.text.clone())
        .collect()
}

#[test]
fn three_actions_said_aloud_become_the_forms_two_and_a_later_one_goes_in() {
    let mut s = common::session::new();
    let r = rec(&mut s, "Ratify the conventions");
    let x = action(&mut s, r, "Lobby parliaments");
    let y = action(&mut s, r, "Write to ministers");
    let z = action(&mut s, r, "Train trade unions");
    let mut app = app_with(s);
    let actions = app.session.template.slot("action").expect("slot").clone();

    // Three actions, two allowed: the report view warns under the recommendation.
    ch(&mut app, 'R');
    assert!(screen(&mut app).contains("3 actions: the form allows 2"));

    // Space leaves "Write to ministers" out; it is listed, unticked, after those going in.
    report_at(&mut app, y);
    ch(&mut app, ' ');
    assert_eq!(app.session.chosen_under(r, &actions), vec![x, z]);
    assert_eq!(app.session.left_out_under(r, &actions), vec![y]);
    let shown = screen(&mut app);
    assert!(!shown.contains("3 actions: the form allows 2"), "{shown}");
    assert!(
        shown.contains("[x] 1. Action: Lobby parliaments"),
        "{shown}"
    );
    assert!(
        shown.contains("[x] 2. Action: Train trade unions"),
        "{shown}"
    );
    assert!(shown.contains("[ ] Action: Write to ministers"), "{shown}");

    // K moves "Train trade unions" up: the form's first action.
    report_at(&mut app, z);
    ch(&mut app, 'K');
    assert_eq!(app.session.chosen_under(r, &actions), vec![z, x]);
    assert!(screen(&mut app).contains("[x] 1. Action: Train trade unions"));
    assert_eq!(
        exported_under(&app, 0, "action"),
        ["Train trade unions", "Lobby parliaments"]
    );

    // Captured after the choice, on the main screen: in, at the end, and exported.
    key(&mut app, KeyCode::Esc);
    let later = action(&mut app.session, r, "Brief the press");
    let r2 = rec(&mut app.session, "Fund the networks");
    assert_eq!(app.session.chosen_under(r, &actions), vec![z, x, later]);
    assert_eq!(
        exported_under(&app, 0, "action"),
        ["Train trade unions", "Lobby parliaments", "Brief the press"]
    );
    let recs = app.session.template.slot("recommendation").expect("slot");
    assert_eq!(app.session.chosen(recs), vec![r, r2]);
    ch(&mut app, 'R');
    let shown = screen(&mut app);
    assert!(shown.contains("3 actions: the form allows 2"), "{shown}");

    // Space on a left-out action puts it back in, at the end.
    report_at(&mut app, y);
    ch(&mut app, ' ');
    assert_eq!(app.session.chosen_under(r, &actions), vec![z, x, later, y]);
}

#[test]
fn after_space_the_cursor_stays_in_place_on_the_entry_that_came_up() {
    let mut s = common::session::new();
    let r = rec(&mut s, "Ratify the conventions");
    let x = action(&mut s, r, "Lobby parliaments");
    let y = action(&mut s, r, "Write to ministers");
    let z = action(&mut s, r, "Train trade unions");
    let mut app = app_with(s);
    let actions = app.session.template.slot("action").expect("slot").clone();
    report_at(&mut app, x);
    // Space, Space: the two first actions out, not one out and back in.
    ch(&mut app, ' ');
    ch(&mut app, ' ');
    assert_eq!(app.session.chosen_under(r, &actions), vec![z]);
    assert_eq!(app.session.left_out_under(r, &actions), vec![x, y]);
    // K now moves the entry under the cursor, never one left out a moment ago.
    ch(&mut app, 'K');
    assert_eq!(app.session.left_out_under(r, &actions), vec![x, y]);
}

#[test]
fn undo_and_help_work_in_the_report_view_itself() {
    let mut s = common::session::new();
    let r = rec(&mut s, "Ratify the conventions");
    let x = action(&mut s, r, "Lobby parliaments");
    let mut app = app_with(s);
    let actions = app.session.template.slot("action").expect("slot").clone();
    report_at(&mut app, x);
    ch(&mut app, ' ');
    assert!(app.session.chosen_under(r, &actions).is_empty());
    ch(&mut app, 'u');
    assert_eq!(app.session.chosen_under(r, &actions), vec![x]);
    assert_eq!(
        message(&app),
        "Undone: left action “Lobby parliaments” out of the report"
    );
    assert!(
        matches!(app.mode(), Mode::Report { .. }),
        "still in the report view"
    );
    ch(&mut app, 'U');
    assert!(app.session.chosen_under(r, &actions).is_empty());
    ch(&mut app, '?');
    assert!(matches!(app.mode(), Mode::Help { .. }));
    key(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.mode(), Mode::Report { .. }),
        "back where help was asked"
    );
}

#[test]
fn undo_takes_back_leaving_out_and_moving_an_action() {
    let mut s = common::session::new();
    let r = rec(&mut s, "Ratify the conventions");
    let x = action(&mut s, r, "Lobby parliaments");
    let y = action(&mut s, r, "Write to ministers");
    let z = action(&mut s, r, "Train trade unions");
    let mut app = app_with(s);
    let actions = app.session.template.slot("action").expect("slot").clone();
    report_at(&mut app, x);
    ch(&mut app, ' ');
    report_at(&mut app, y);
    ch(&mut app, 'J');
    assert_eq!(app.session.chosen_under(r, &actions), vec![z, y]);
    // J on the last one going in changes nothing, and leaves nothing to undo.
    ch(&mut app, 'J');
    key(&mut app, KeyCode::Esc);
    // The main list's selection is elsewhere: of the two the move swapped, the one first
    // in the new order is named.
    app.selected = Some(r);
    ch(&mut app, 'u');
    assert_eq!(app.session.chosen_under(r, &actions), vec![y, z]);
    assert_eq!(app.session.left_out_under(r, &actions), vec![x]);
    assert_eq!(
        message(&app),
        "Undone: reordered action “Train trade unions” in the report"
    );
    ch(&mut app, 'u');
    assert_eq!(app.session.chosen_under(r, &actions), vec![x, y, z]);
    assert_eq!(
        message(&app),
        "Undone: left action “Lobby parliaments” out of the report"
    );
    ch(&mut app, 'U');
    assert_eq!(app.session.chosen_under(r, &actions), vec![y, z]);
    assert_eq!(
        message(&app),
        "Redone: left action “Lobby parliaments” out of the report"
    );
    // With the moved one selected, it is the one named.
    ch(&mut app, 'U');
    app.selected = Some(y);
    ch(&mut app, 'u');
    assert_eq!(
        message(&app),
        "Undone: reordered action “Write to ministers” in the report"
    );
}

#[test]
fn a_ranked_slot_is_reordered_in_the_report_view_and_others_are_not() {
    let mut s = common::session::new();
    Arc::make_mut(&mut s.template)
        .sections
        .iter_mut()
        .flat_map(|x| x.slots.iter_mut())
        .find(|x| x.id.as_str() == "progress-example")
        .expect("progress examples")
        .ranked = Some(Ranking::Overall);
    let entry = |s: &mut Session, text: &str, slot: &str| {
        add(s, NewItem::point(None, None, text).in_slot(slot))
    };
    let (a, b) = (
        entry(&mut s, "First other", "other"),
        entry(&mut s, "Second other", "other"),
    );
    let (c, d) = (
        entry(&mut s, "Third example", "progress-example"),
        entry(&mut s, "Fourth example", "progress-example"),
    );
    let mut app = app_with(s);
    let other = app.session.template.slot("other").expect("slot").clone();
    let ranked = (app.session.template.slot("progress-example"))
        .expect("slot")
        .clone();

    // Neither ranked nor picked: K and Space change nothing; all go in, in capture order.
    report_at(&mut app, b);
    ch(&mut app, 'K');
    ch(&mut app, ' ');
    assert_eq!(app.session.chosen(&other), vec![a, b]);
    assert!(app.session.picks.is_empty());

    // Ranked: K/J set the ranking; Space leaves none out.
    report_at(&mut app, d);
    ch(&mut app, 'K');
    assert_eq!(app.session.chosen(&ranked), vec![d, c]);
    let shown = screen(&mut app);
    let (first, second) = (
        shown.find("1. Fourth example").expect("first"),
        shown.find("2. Third example").expect("second"),
    );
    assert!(first < second, "{shown}");
    ch(&mut app, ' ');
    assert_eq!(app.session.chosen(&ranked), vec![d, c]);
    let e = entry(&mut app.session, "Fifth example", "progress-example");
    assert_eq!(app.session.chosen(&ranked), vec![d, c, e]);
    report_at(&mut app, d);
    ch(&mut app, 'J');
    assert_eq!(app.session.chosen(&ranked), vec![c, d, e]);
    // Undone, the reorder of a slot not picked from is named like any other.
    key(&mut app, KeyCode::Esc);
    app.selected = Some(d);
    ch(&mut app, 'u');
    assert_eq!(app.session.chosen(&ranked), vec![d, c, e]);
    assert_eq!(
        message(&app),
        "Undone: reordered example “Fourth example” in the report"
    );
}

#[test]
fn the_report_view_with_an_action_left_out() {
    let mut s = common::session::new();
    let r = rec(&mut s, "Ratify the conventions");
    action(&mut s, r, "Lobby parliaments");
    let y = action(&mut s, r, "Write to ministers");
    action(&mut s, r, "Train trade unions");
    add(
        &mut s,
        NewItem::point(Some("asia"), None, "An indicator")
            .in_slot("indicator")
            .under(r),
    );
    let mut app = app_with(s);
    report_at(&mut app, y);
    ch(&mut app, ' ');
    insta::assert_snapshot!("report_view_action_left_out_80x24", screen(&mut app));
}
