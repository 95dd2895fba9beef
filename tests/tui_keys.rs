//! The live screen driven by keys, as a rapporteur types them: every test sends key events
//! through `update` and checks both the session (the model) and the screen drawn by
//! `view::draw` on ratatui's `TestBackend`.

mod common;
use common::screen::buffer_text;

use std::path::PathBuf;

use breakout::model::{Item, ItemId, NewItem, Session, SlotId};
use breakout::tui::action::{Action, Command};
use breakout::tui::editor::{Editor, Target};
use breakout::tui::modes::ModeKind;
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, Choice, Grouping, HitMap, Level, Mode, PickPurpose};
use breakout::tui::update::{Effect, handle, update};
use breakout::tui::view::text::cluster_width;
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_segmentation::UnicodeSegmentation;

// ---------------------------------------------------------------------------------------------
// Harness

fn now() -> DateTime<Utc> {
    common::clock::now()
}

fn session() -> Session {
    common::session::new()
}

fn app() -> App {
    App::new(session(), PathBuf::from("/tmp/tui-keys/session.json"), None)
}

thread_local! {
    /// Where the last frame drew things, as the loop keeps it for clicks.
    static HITS: std::cell::RefCell<HitMap> = std::cell::RefCell::new(HitMap::default());
}

fn hits() -> HitMap {
    HITS.with(|h| h.borrow().clone())
}

/// A message as the loop receives it: keys and clicks resolved through the keymap and the
/// last frame's click map.
fn send(app: &mut App, msg: Msg) -> Vec<Effect> {
    handle(app, &hits(), msg, now())
}

fn click(app: &mut App, column: u16, row: u16) -> Vec<Effect> {
    send(
        app,
        Msg::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    )
}

fn projector(app: &App) -> bool {
    matches!(app.mode(), Mode::Projector)
}

fn quits(effects: &[Effect]) -> bool {
    effects.iter().any(|e| matches!(e, Effect::Quit { .. }))
}

/// A key as crossterm reports it: capitals carry Shift, Shift-Tab is BackTab with Shift.
fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    let mods = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        KeyCode::BackTab => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    send(app, Msg::Key(KeyEvent::new(code, mods)))
}

fn ch(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyCode::Char(c))
}

fn with(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    send(app, Msg::Key(KeyEvent::new(code, mods)))
}

/// Types `text` one key at a time, as a person would.
fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        ch(app, c);
    }
}

fn enter(app: &mut App) {
    key(app, KeyCode::Enter);
}

/// Starts an entry with `k` (n, r, a, …), types it and finishes with Enter; returns its id.
fn capture(app: &mut App, k: char, text: &str) -> ItemId {
    ch(app, k);
    assert!(editor(app).is_some(), "{k} opens the editor");
    typ(app, text);
    enter(app);
    assert!(matches!(app.mode(), Mode::Normal));
    let id = app.selected.expect("the new entry is selected");
    assert_eq!(app.session.item(id).expect("captured").text, text);
    id
}

fn editor(app: &App) -> Option<&Editor> {
    match app.mode() {
        Mode::Edit(e) => Some(e),
        _ => None,
    }
}

fn live(app: &App) -> Vec<&Item> {
    app.session.live_items().collect()
}

fn item(app: &App, id: ItemId) -> &Item {
    app.session.item(id).expect("item exists")
}

/// Draws the app at `w`×`h` at the fixed time, keeps the click map, returns the screen text.
fn screen_at(app: &mut App, w: u16, h: u16, at: DateTime<Utc>) -> String {
    // As the terminal loop does: the window's size reaches the app as a message.
    update(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
        at,
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let mut hits = HitMap::default();
    let frame = terminal
        .draw(|f| hits = view::draw(f.buffer_mut(), app, at, Theme::default()))
        .expect("draw");
    let text = buffer_text(frame.buffer);
    HITS.with(|h| *h.borrow_mut() = hits);
    text
}

fn screen(app: &mut App) -> String {
    screen_at(app, 80, 24, now())
}

fn message(app: &App) -> (&str, Level) {
    let m = app.message.as_ref().expect("a message is shown");
    (m.text.as_str(), m.level.clone())
}

fn table_index(app: &App, id: &str) -> usize {
    app.session
        .plan
        .tables
        .iter()
        .position(|t| t.id == id)
        .expect("table")
}

/// Where each text first appears on the screen, to compare orders.
fn order(screen: &str, texts: &[&str]) -> Vec<usize> {
    texts
        .iter()
        .map(|t| {
            screen
                .find(t)
                .unwrap_or_else(|| panic!("{t:?} not on screen:\n{screen}"))
        })
        .collect()
}

/// A line of a bordered box without the border and the padding.
fn inside_border(line: &str) -> &str {
    line.trim_matches(|c: char| c == '│' || c.is_whitespace())
}

fn is_sorted(v: &[usize]) -> bool {
    v.windows(2).all(|w| w[0] < w[1])
}

// ---------------------------------------------------------------------------------------------
// Capture

#[test]
fn n_typing_and_enter_capture_a_point_at_the_current_table_and_question() {
    let mut app = app();
    ch(&mut app, '4'); // Asia
    ch(&mut app, 'l'); // Q2
    ch(&mut app, 'n');
    let e = editor(&app).expect("n opens the editor");
    assert_eq!(e.focus, 0, "the cursor is in the text, ready for typing");
    typ(&mut app, "Colombo process");
    let s = screen(&mut app);
    assert!(s.contains("New Discussion point · Asia · Q2"), "{s}");
    assert!(s.contains("Colombo process"), "{s}");
    enter(&mut app);

    assert!(matches!(app.mode(), Mode::Normal));
    let items = live(&app);
    assert_eq!(items.len(), 1);
    let point = items[0];
    assert_eq!(point.text, "Colombo process");
    assert_eq!(point.table.as_deref(), Some("asia"));
    assert_eq!(point.question.as_deref(), Some("q2"));
    assert_eq!(point.slot, None);
    assert_eq!(app.selected, Some(point.id));
    let s = screen(&mut app);
    assert!(s.contains("• Colombo process"), "{s}");
    assert!(s.contains("Asia (1)"), "the tab counts the entry: {s}");
    assert!(app.session.validate().is_ok());
}

#[test]
fn typing_is_written_through_to_the_session_on_every_key() {
    let mut app = app();
    ch(&mut app, 'n');
    assert!(
        live(&app).is_empty(),
        "nothing captured before the first key"
    );
    let mut typed = String::new();
    for c in "Step Up!".chars() {
        let revision = app.revision;
        ch(&mut app, c);
        typed.push(c);
        let items = live(&app);
        assert_eq!(items.len(), 1, "one entry, however many keys");
        assert_eq!(items[0].text, typed, "written through before Enter");
        assert!(app.revision > revision, "each key is a change for autosave");
    }
    key(&mut app, KeyCode::Backspace);
    assert_eq!(live(&app)[0].text, "Step Up");
    assert!(editor(&app).is_some(), "still typing");
}

#[test]
fn esc_leaves_the_editor_and_keeps_what_was_typed() {
    let mut app = app();
    ch(&mut app, 'n');
    typ(&mut app, "half a thought");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode(), Mode::Normal));
    let id = app.selected.expect("selected");
    assert_eq!(item(&app, id).text, "half a thought");

    // Editing an existing entry: Esc keeps the change too.
    ch(&mut app, 'e');
    typ(&mut app, ", finished");
    key(&mut app, KeyCode::Esc);
    assert_eq!(item(&app, id).text, "half a thought, finished");
    assert!(screen(&mut app).contains("half a thought, finished"));

    // Esc at once on a new entry captures nothing and leaves nothing to undo.
    let undo = app.undo.len();
    ch(&mut app, 'n');
    key(&mut app, KeyCode::Esc);
    assert_eq!(live(&app).len(), 1);
    assert_eq!(app.undo.len(), undo);
}

#[test]
fn every_slot_key_of_the_template_captures_an_entry_of_that_slot() {
    let mut app = app();
    ch(&mut app, '4');
    let slots: Vec<(char, SlotId, Option<SlotId>)> = app
        .session
        .template
        .slots()
        .filter_map(|s| {
            let k = s.key.as_deref()?.chars().next()?;
            Some((k, s.id.clone(), s.parent.clone()))
        })
        .collect();
    let keys: String = slots.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(keys, "praigctwymvo", "the GFMD template's keys");

    let mut recommendation = None;
    for (k, slot, parent) in &slots {
        if parent.is_some() {
            // Select the recommendation for entries that go under one.
            app.selected = recommendation;
        }
        let text = format!("entry for {slot}");
        let id = capture(&mut app, *k, &text);
        let it = item(&app, id);
        assert_eq!(it.slot.as_deref(), Some(slot.as_str()), "key {k}");
        assert_eq!(it.table.as_deref(), Some("asia"));
        match parent {
            Some(_) => assert_eq!(it.parent, recommendation, "{slot} under the recommendation"),
            None => assert_eq!(it.parent, None),
        }
        if slot == "recommendation" {
            recommendation = Some(id);
        }
    }
    assert_eq!(live(&app).len(), slots.len());
    assert!(app.session.validate().is_ok());

    let s = screen_at(&mut app, 120, 40, now());
    for label in ["Recommendation: entry", "Action: entry", "Indicator: entry"] {
        assert!(s.contains(label), "{label}: {s}");
    }
    // Actions and indicators are drawn indented beneath their recommendation.
    let rec_line = s.lines().find(|l| l.contains("Recommendation: ")).unwrap();
    let act_line = s.lines().find(|l| l.contains("Action: ")).unwrap();
    let indent = |l: &str, w: &str| l.find(w).unwrap();
    assert!(indent(act_line, "Action") > indent(rec_line, "Recommendation"));
}

#[test]
fn actions_and_indicators_need_a_selected_recommendation() {
    let mut app = app();
    for k in ['a', 'i'] {
        ch(&mut app, k);
        assert!(
            matches!(app.mode(), Mode::Normal),
            "{k} does not open the editor"
        );
        let (text, level) = message(&app);
        assert_eq!(level, Level::Warning);
        assert!(text.contains("Select a recommendation first"), "{text}");
        assert!(screen(&mut app).contains("Select a recommendation first"));
        assert!(live(&app).is_empty(), "nothing captured");
    }
    // A plain point selected is not a recommendation either.
    capture(&mut app, 'n', "just a point");
    ch(&mut app, 'a');
    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(message(&app).1, Level::Warning);
    assert_eq!(live(&app).len(), 1);

    // With an action selected, a new indicator goes under the action's recommendation.
    let rec = capture(&mut app, 'r', "Embed the rights framework");
    let action = capture(&mut app, 'a', "Support CSO consultations");
    assert_eq!(app.selected, Some(action));
    let indicator = capture(&mut app, 'i', "Benchmarks in the compact");
    assert_eq!(item(&app, indicator).parent, Some(rec));
}

#[test]
fn a_recommendation_target_is_typed_in_its_field_reached_by_tab() {
    let mut app = app();
    ch(&mut app, '4');
    ch(&mut app, 'r');
    typ(&mut app, "Embed Rights Framework");
    let s = screen(&mut app);
    assert!(s.contains("Target: "), "the field is shown: {s}");
    key(&mut app, KeyCode::Tab);
    assert_eq!(editor(&app).unwrap().focus, 1);
    typ(&mut app, "States");
    let id = app.selected.expect("captured at the first key");
    assert_eq!(item(&app, id).field("target"), "States", "written through");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(
        editor(&app).unwrap().focus,
        0,
        "Shift-Tab goes back to the text"
    );
    typ(&mut app, " into the compact");
    enter(&mut app);
    let it = item(&app, id);
    assert_eq!(it.text, "Embed Rights Framework into the compact");
    assert_eq!(it.field("target"), "States");
    let s = screen_at(&mut app, 120, 40, now());
    assert!(s.contains("Target: States"), "{s}");

    // A target typed before any text is kept too.
    ch(&mut app, 'r');
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "IOM");
    key(&mut app, KeyCode::Esc);
    let only_target = live(&app)
        .into_iter()
        .find(|i| i.field("target") == "IOM")
        .expect("kept");
    assert_eq!(only_target.text, "");
}

#[test]
fn a_quote_records_its_speaker_and_whether_they_may_be_named() {
    let mut app = app();
    ch(&mut app, 'v');
    typ(&mut app, "This moment requires new alliances");
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "Amy");
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "PICUM");
    key(&mut app, KeyCode::Tab);
    assert!(editor(&app).unwrap().focus_on_approval());
    let s = screen(&mut app);
    assert!(s.contains("[ ] Space: agreed to be named"), "{s}");
    let id = app.selected.unwrap();
    let a = item(&app, id).attribution.clone().expect("attribution");
    assert_eq!(
        (a.speaker.as_str(), a.organisation.as_str()),
        ("Amy", "PICUM")
    );
    assert!(!a.approved, "anonymous unless approved");

    ch(&mut app, ' ');
    assert!(item(&app, id).attribution.as_ref().unwrap().approved);
    assert!(screen(&mut app).contains("[x] Space: agreed to be named"));
    ch(&mut app, ' ');
    assert!(!item(&app, id).attribution.as_ref().unwrap().approved);
    ch(&mut app, ' ');
    assert_eq!(item(&app, id).text, "This moment requires new alliances");
    enter(&mut app);

    let s = screen_at(&mut app, 120, 40, now());
    assert!(
        s.contains("Said by: Amy, PICUM (approved to be named)"),
        "{s}"
    );
    ch(&mut app, 'e');
    key(&mut app, KeyCode::BackTab);
    ch(&mut app, ' ');
    enter(&mut app);
    let s = screen_at(&mut app, 120, 40, now());
    assert!(
        s.contains("Said by: anonymous (not approved: Amy, PICUM is not named)"),
        "{s}"
    );
}

#[test]
fn e_and_enter_edit_the_selected_entry() {
    let mut app = app();
    let id = capture(&mut app, 'n', "Sanctuary cities");
    for k in [KeyCode::Char('e'), KeyCode::Enter] {
        key(&mut app, k);
        let e = editor(&app).expect("the editor opens");
        assert_eq!(e.target, Target::Existing(id));
        assert!(!e.is_new);
        assert_eq!(e.value(), item(&app, id).text);
        assert!(screen(&mut app).contains("Edit Discussion point"));
        typ(&mut app, " in the US");
        enter(&mut app);
    }
    assert_eq!(item(&app, id).text, "Sanctuary cities in the US in the US");
    assert_eq!(live(&app).len(), 1, "editing never makes a new entry");

    // Emptying an entry by hand removes it (and u brings it back).
    ch(&mut app, 'e');
    for _ in 0..item(&app, id).text.chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    enter(&mut app);
    assert!(live(&app).is_empty());
    assert!(message(&app).0.contains("Empty entry removed"));
    ch(&mut app, 'u');
    assert_eq!(item(&app, id).text, "Sanctuary cities in the US in the US");
    assert!(item(&app, id).is_live());

    // Nothing selected: a hint instead of an editor.
    let mut empty = self::app();
    ch(&mut empty, 'e');
    assert!(matches!(empty.mode(), Mode::Normal));
    assert!(message(&empty).0.contains("n starts a new point"));
}

#[test]
fn alt_enter_breaks_the_line_and_paste_keeps_line_breaks() {
    let mut app = app();
    ch(&mut app, 'n');
    typ(&mut app, "one");
    with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    typ(&mut app, "two");
    with(&mut app, KeyCode::Char('j'), KeyModifiers::CONTROL);
    send(&mut app, Msg::Paste("three\r\nfour".into()));
    enter(&mut app);
    let id = app.selected.unwrap();
    assert_eq!(item(&app, id).text, "one\ntwo\nthree\nfour");

    // Pasting on the main screen starts a new point with the pasted text.
    send(&mut app, Msg::Paste("pasted words".into()));
    assert!(editor(&app).is_some());
    enter(&mut app);
    let pasted = app.selected.unwrap();
    assert_ne!(pasted, id);
    assert_eq!(item(&app, pasted).text, "pasted words");
}

// ---------------------------------------------------------------------------------------------
// Moving around

#[test]
fn tab_shift_tab_and_numbers_switch_tables() {
    let mut app = app();
    assert_eq!(app.table, 0, "starts at the plenary");
    let names: Vec<String> = app
        .session
        .plan
        .tables
        .iter()
        .map(|t| t.name.clone())
        .collect();
    let title = |app: &mut App| {
        let s = screen_at(app, 120, 40, now());
        s.lines()
            .find(|l| l.contains("By question · "))
            .expect("table view title")
            .to_owned()
    };
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.table, 1);
    assert!(title(&mut app).contains(&names[1]));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.table, 3);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.table, 0, "wraps around");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.table, 3);
    assert!(title(&mut app).contains("Asia"));
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.table, 2);
    ch(&mut app, '2');
    assert_eq!(app.table, 1);
    assert!(title(&mut app).contains(&names[1]));
    ch(&mut app, '9');
    assert_eq!(app.table, 1, "no ninth table: nothing happens");

    // Each table keeps its own entries; the selection follows the table.
    let here = capture(&mut app, 'n', "at Europe");
    ch(&mut app, '3');
    assert_eq!(app.selected, None, "nothing at Central America");
    assert!(!screen(&mut app).contains("at Europe"));
    ch(&mut app, '2');
    assert_eq!(app.selected, Some(here));
    assert!(screen(&mut app).contains("at Europe"));
}

#[test]
fn h_and_l_change_the_guiding_question() {
    let mut app = app();
    assert_eq!(app.question, Some(0));
    let s = screen(&mut app);
    assert!(s.contains("▶1 Recommendations for"), "{s}");
    ch(&mut app, 'l');
    assert_eq!(app.question, Some(1));
    let s = screen(&mut app);
    assert!(s.contains("▶2 Actors for success"), "{s}");
    assert!(
        s.contains("▶ Q2 Actors for success"),
        "table view heading: {s}"
    );
    key(&mut app, KeyCode::Right);
    ch(&mut app, 'l');
    assert_eq!(app.question, Some(3));
    ch(&mut app, 'l');
    assert_eq!(app.question, None, "after the last: no guiding question");
    assert!(screen(&mut app).contains("▶ No guiding question"));
    ch(&mut app, 'l');
    assert_eq!(app.question, Some(0), "and round again");
    ch(&mut app, 'h');
    assert_eq!(app.question, None);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.question, Some(3));
    let p = capture(&mut app, 'n', "about the compact");
    assert_eq!(item(&app, p).question.as_deref(), Some("q4"));
}

#[test]
fn j_and_k_move_the_selection() {
    let mut app = app();
    let a = capture(&mut app, 'n', "first");
    let b = capture(&mut app, 'n', "second");
    let c = capture(&mut app, 'n', "third");
    assert_eq!(app.selected, Some(c));
    ch(&mut app, 'k');
    assert_eq!(app.selected, Some(b));
    key(&mut app, KeyCode::Up);
    assert_eq!(app.selected, Some(a));
    ch(&mut app, 'k');
    assert_eq!(app.selected, Some(a), "stays at the top");
    ch(&mut app, 'j');
    assert_eq!(app.selected, Some(b));
    key(&mut app, KeyCode::Down);
    ch(&mut app, 'j');
    assert_eq!(app.selected, Some(c), "stays at the bottom");
    key(&mut app, KeyCode::Home);
    assert_eq!(app.selected, Some(a));
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected, Some(c));
}

#[test]
fn the_mouse_selects_a_table_and_an_entry() {
    let mut app = app();
    ch(&mut app, 'M');
    assert!(app.mouse);
    let id = capture(&mut app, 'n', "click me");
    capture(&mut app, 'n', "not me");
    let s = screen(&mut app);
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("click me"))
        .unwrap();
    let col = line.find("click me").unwrap();
    let column = line[..col].chars().count() as u16;
    click(&mut app, column, row as u16);
    assert_eq!(app.selected, Some(id));
    let (tab, _) = hits().tabs.iter().find(|(_, t)| *t == 3).cloned().unwrap();
    click(&mut app, tab.x, tab.y);
    assert_eq!(app.table, 3);
}

// ---------------------------------------------------------------------------------------------
// Arranging

#[test]
fn shift_j_and_k_reorder_within_the_group_with_stable_ids() {
    let mut app = app();
    let a = capture(&mut app, 'n', "alpha");
    let b = capture(&mut app, 'n', "bravo");
    let c = capture(&mut app, 'n', "charlie");
    let ids_before: Vec<ItemId> = app.session.all_items().map(|i| i.id).collect();
    ch(&mut app, 'K');
    assert!(is_sorted(&order(
        &screen(&mut app),
        &["alpha", "charlie", "bravo"]
    )));
    ch(&mut app, 'K');
    assert!(is_sorted(&order(
        &screen(&mut app),
        &["charlie", "alpha", "bravo"]
    )));
    ch(&mut app, 'K');
    assert_eq!(app.selected, Some(c), "the moved entry stays selected");
    ch(&mut app, 'J');
    assert!(is_sorted(&order(
        &screen(&mut app),
        &["alpha", "charlie", "bravo"]
    )));
    let ids_after: Vec<ItemId> = app.session.all_items().map(|i| i.id).collect();
    assert_eq!(ids_before, ids_after, "reordering keeps every id");
    assert!(item(&app, a).rank < item(&app, c).rank);
    assert!(item(&app, c).rank < item(&app, b).rank);
    ch(&mut app, 'u');
    assert!(is_sorted(&order(
        &screen(&mut app),
        &["charlie", "alpha", "bravo"]
    )));
}

#[test]
fn shift_h_and_l_move_an_entry_and_what_hangs_under_it_to_another_question() {
    let mut app = app();
    let rec = capture(&mut app, 'r', "Leverage the Global Compact");
    let act_ = capture(&mut app, 'a', "Connect parliamentarians");
    ch(&mut app, 'L');
    let (text, _) = message(&app);
    assert!(text.contains("moves with the one it hangs under"), "{text}");
    assert_eq!(item(&app, act_).question.as_deref(), Some("q1"));

    app.selected = Some(rec);
    ch(&mut app, 'L');
    assert_eq!(item(&app, rec).question.as_deref(), Some("q2"));
    assert_eq!(
        item(&app, act_).question.as_deref(),
        Some("q2"),
        "children follow"
    );
    assert_eq!(app.question, Some(1), "the question pane follows");
    let s = screen(&mut app);
    let heading = s.find("Q2 Actors").unwrap();
    assert!(s.find("Leverage the Global").unwrap() > heading, "{s}");
    ch(&mut app, 'H');
    ch(&mut app, 'H');
    assert_eq!(item(&app, rec).question, None, "before Q1 is no question");
    assert!(screen(&mut app).contains("No guiding question"));
    ch(&mut app, 'H');
    assert_eq!(item(&app, rec).question.as_deref(), Some("q4"));
}

#[test]
fn less_and_greater_move_an_entry_with_its_children_to_another_table() {
    let mut app = app();
    ch(&mut app, '4');
    let rec = capture(&mut app, 'r', "Embed Rights Framework");
    let a1 = capture(&mut app, 'a', "Development assistance providers");
    app.selected = Some(rec);
    let ind = capture(&mut app, 'i', "Implementation measures");
    app.selected = Some(rec);
    ch(&mut app, '<');
    let central = table_index(&app, "central-america");
    assert_eq!(app.table, central, "the view follows the entry");
    for id in [rec, a1, ind] {
        assert_eq!(item(&app, id).table.as_deref(), Some("central-america"));
    }
    assert_eq!(app.selected, Some(rec));
    assert!(message(&app).0.contains("Moved to Central America"));
    let s = screen_at(&mut app, 120, 40, now());
    assert!(s.contains("Embed Rights Framework") && s.contains("Development assistance"));
    assert!(s.contains("Asia (0)"), "{s}");
    ch(&mut app, '>');
    assert_eq!(app.table, 3);
    assert!(
        [rec, a1, ind]
            .iter()
            .all(|id| item(&app, *id).table.as_deref() == Some("asia"))
    );
    ch(&mut app, '>');
    assert_eq!(app.table, 3, "no table after the last");
    assert!(message(&app).0.contains("no table further"));

    // A child on its own does not move.
    app.selected = Some(a1);
    ch(&mut app, '<');
    assert_eq!(item(&app, a1).table.as_deref(), Some("asia"));
    assert!(
        message(&app)
            .0
            .contains("moves with the one it hangs under")
    );
}

#[test]
fn delete_undo_and_redo_keep_ids_and_leave_tombstones() {
    let mut app = app();
    let rec = capture(&mut app, 'r', "IOM should embrace the rights framework");
    let a1 = capture(&mut app, 'a', "Open up IOM contracts");
    let p = capture(&mut app, 'n', "a point");
    app.selected = Some(rec);
    ch(&mut app, 'd');
    assert_eq!(
        message(&app).0,
        "Deleted, with the entry under it (u brings them back)"
    );
    for id in [rec, a1] {
        let it = item(&app, id);
        assert!(!it.is_live(), "a tombstone stays in the file");
        assert_eq!(it.deleted, Some(now()));
    }
    assert_eq!(
        app.session.all_items().len(),
        3,
        "nothing is removed from the file"
    );
    assert_eq!(app.selected, Some(p), "the next entry is selected");
    let s = screen(&mut app);
    assert!(
        !s.contains("IOM should") && !s.contains("Open up IOM"),
        "{s}"
    );

    ch(&mut app, 'u');
    assert!(item(&app, rec).is_live() && item(&app, a1).is_live());
    assert!(message(&app).0.contains("Undone"));
    assert!(screen(&mut app).contains("Open up IOM"));
    let ids: Vec<ItemId> = app.session.all_items().map(|i| i.id).collect();
    assert_eq!(
        ids,
        vec![rec, a1, p],
        "undo restores the same entries, same ids"
    );

    with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert!(!item(&app, rec).is_live() && !item(&app, a1).is_live());
    assert!(message(&app).0.contains("Redone"));
    ch(&mut app, 'U');
    assert!(message(&app).0.contains("Nothing to redo"));
    ch(&mut app, 'u');
    ch(&mut app, 'u'); // the point
    ch(&mut app, 'u'); // the action
    ch(&mut app, 'u'); // the recommendation
    assert!(live(&app).is_empty());
    assert_eq!(
        app.session.all_items().len(),
        3,
        "undone captures are tombstones too"
    );
    ch(&mut app, 'u');
    assert!(message(&app).0.contains("Nothing to undo"));
    ch(&mut app, 'U');
    assert_eq!(live(&app).len(), 1);
    assert!(app.session.validate().is_ok());
}

#[test]
fn undoing_a_move_to_another_table_shows_the_entry_where_it_went_back() {
    let mut app = app();
    ch(&mut app, '4');
    let id = capture(&mut app, 'n', "moved by mistake");
    ch(&mut app, '<');
    assert_eq!(app.table, 2);
    ch(&mut app, 'u');
    assert_eq!(item(&app, id).table.as_deref(), Some("asia"));
    // The selection must be an entry on screen, or `d` would delete something unseen.
    assert_eq!(app.table, 3, "the view follows the entry back");
    assert_eq!(app.selected, Some(id));
    assert!(screen(&mut app).contains("moved by mistake"));
}

#[test]
fn x_sorts_a_point_into_a_report_slot() {
    let mut app = app();
    ch(&mut app, '4');
    let p = capture(&mut app, 'n', "Embed Rights Framework");
    ch(&mut app, 'x');
    let Mode::Pick(picker) = &app.mode() else {
        panic!("x opens a picker");
    };
    assert_eq!(picker.purpose, PickPurpose::Sort(p));
    let s = screen(&mut app);
    assert!(s.contains("Sort the entry into"), "{s}");
    assert!(s.contains("Recommendation"), "{s}");
    ch(&mut app, 'r');
    assert_eq!(item(&app, p).slot.as_deref(), Some("recommendation"));
    assert_eq!(message(&app).0, "Now a recommendation");
    let rec = p;

    // A point becomes an action under a recommendation chosen from a list.
    let q = capture(&mut app, 'n', "Support CSO regional consultations");
    ch(&mut app, 'x');
    ch(&mut app, 'a');
    let Mode::Pick(picker) = &app.mode() else {
        panic!("a parent picker opens");
    };
    assert!(matches!(picker.purpose, PickPurpose::Parent { .. }));
    assert_eq!(picker.options.len(), 1);
    assert!(screen(&mut app).contains("Under which one?"));
    enter(&mut app);
    let it = item(&app, q);
    assert_eq!(it.slot.as_deref(), Some("action"));
    assert_eq!(it.parent, Some(rec));
    assert!(app.session.validate().is_ok());
    let s = screen_at(&mut app, 120, 40, now());
    let r_line = s.find("Recommendation: Embed").unwrap();
    assert!(s.find("Action: Support CSO").unwrap() > r_line);

    // A recommendation is never offered as a parent of itself.
    let other = capture(&mut app, 'r', "Second recommendation");
    ch(&mut app, 'x');
    ch(&mut app, 'a');
    let Mode::Pick(picker) = &app.mode() else {
        panic!("a parent picker opens");
    };
    assert!(
        picker
            .options
            .iter()
            .all(|o| o.value != Choice::Entry(other))
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(item(&app, other).slot.as_deref(), Some("recommendation"));

    // A recommendation with actions under it cannot become one of them.
    app.selected = Some(rec);
    ch(&mut app, 'x');
    ch(&mut app, 'n');
    assert!(message(&app).0.contains("Entries hang under this one"));
    assert_eq!(item(&app, rec).slot.as_deref(), Some("recommendation"));

    // Back to a point: x then n.
    app.selected = Some(q);
    ch(&mut app, 'x');
    ch(&mut app, 'n');
    assert_eq!(item(&app, q).slot, None);
    assert_eq!(item(&app, q).parent, None);
    assert!(app.session.validate().is_ok());
}

#[test]
fn x_into_an_action_with_no_recommendation_warns() {
    let mut app = app();
    capture(&mut app, 'n', "an action, maybe");
    ch(&mut app, 'x');
    ch(&mut app, 'a');
    let (text, level) = message(&app);
    assert_eq!(level, Level::Warning);
    assert!(text.contains("no recommendation to put it under"), "{text}");
    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(live(&app)[0].slot, None);
    // Nothing selected: a hint.
    app.selected = None;
    ch(&mut app, 'x');
    assert!(message(&app).0.contains("Select an entry first"));
}

#[test]
fn a_recommendation_whose_deleted_action_lingers_can_still_be_sorted_elsewhere() {
    let mut app = app();
    let rec = capture(&mut app, 'r', "maybe a recommendation");
    let a = capture(&mut app, 'a', "an action");
    ch(&mut app, 'd');
    assert!(!item(&app, a).is_live());
    app.selected = Some(rec);
    ch(&mut app, 'x');
    ch(&mut app, 'n');
    assert_eq!(item(&app, rec).slot, None, "now a point");
    assert!(
        app.session.validate().is_ok(),
        "the deleted action's tombstone still fits: {:?}",
        app.session.validate()
    );
    ch(&mut app, 'u');
    assert_eq!(item(&app, rec).slot.as_deref(), Some("recommendation"));
    ch(&mut app, 'u');
    assert!(item(&app, a).is_live());
    assert_eq!(item(&app, a).parent, Some(rec));
    assert!(app.session.validate().is_ok());
}

#[test]
fn plus_picks_any_kind_of_entry_from_a_list() {
    let mut app = app();
    ch(&mut app, '+');
    let Mode::Pick(picker) = &app.mode() else {
        panic!("+ opens a picker");
    };
    assert_eq!(picker.purpose, PickPurpose::New);
    assert_eq!(picker.options.len(), app.session.template.slots().count());
    let s = screen_at(&mut app, 120, 40, now());
    assert!(s.contains("New entry of which kind?"), "{s}");
    assert!(s.contains("m  Priority message"), "{s}");
    ch(&mut app, 'm');
    assert_eq!(editor(&app).expect("editor").title, "Priority message");
    typ(&mut app, "Draw on multistakeholder processes");
    enter(&mut app);
    let id = app.selected.unwrap();
    assert_eq!(item(&app, id).slot.as_deref(), Some("priority-message"));

    // Arrows and Enter choose too: the second option is the recommendation.
    ch(&mut app, '+');
    key(&mut app, KeyCode::Down);
    enter(&mut app);
    assert_eq!(editor(&app).expect("editor").title, "Recommendation");
    key(&mut app, KeyCode::Esc);
    // Esc on the picker leaves it, capturing nothing.
    ch(&mut app, '+');
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(live(&app).len(), 1);
}

#[test]
fn search_finds_entries_at_every_table_and_enter_jumps_there() {
    let mut app = app();
    ch(&mut app, '2');
    let eu = capture(&mut app, 'n', "Firewalls in Amsterdam");
    ch(&mut app, '4');
    let asia = capture(&mut app, 'r', "Rights framework");
    ch(&mut app, '1');
    assert_eq!(app.table, 0);

    ch(&mut app, '/');
    assert!(matches!(app.mode(), Mode::Search(_)));
    typ(&mut app, "FIRE");
    let Mode::Search(search) = &app.mode() else {
        panic!("search")
    };
    assert_eq!(search.results, vec![eu], "case is ignored");
    let s = screen(&mut app);
    assert!(s.contains("Search all tables"), "{s}");
    assert!(
        s.contains("Europe–Med–Africa · Q1 · Point: Firewalls in Amsterdam"),
        "{s}"
    );
    enter(&mut app);
    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(app.table, 1, "the table switches");
    assert_eq!(app.selected, Some(eu), "the entry is selected");

    // Two results, chosen with ↓.
    ch(&mut app, '/');
    typ(&mut app, "r");
    let Mode::Search(search) = &app.mode() else {
        panic!("search")
    };
    assert!(search.results.contains(&asia) && search.results.contains(&eu));
    let pos = search.results.iter().position(|x| *x == asia).unwrap();
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    enter(&mut app);
    assert_eq!(app.table, 3);
    assert_eq!(app.selected, Some(asia));

    // Esc leaves search where we were.
    ch(&mut app, '/');
    typ(&mut app, "nothing like this");
    assert!(screen(&mut app).contains("No entry contains that"));
    key(&mut app, KeyCode::Esc);
    assert_eq!((app.table, app.selected), (3, Some(asia)));
}

#[test]
fn b_groups_by_kind_and_back_by_question() {
    let mut app = app();
    capture(&mut app, 'r', "a recommendation");
    capture(&mut app, 'n', "a point");
    assert_eq!(app.grouping, Grouping::Question);
    ch(&mut app, 'b');
    assert_eq!(app.grouping, Grouping::Kind);
    let s = screen(&mut app);
    assert!(s.contains("By kind · Plenary"), "{s}");
    assert!(is_sorted(&order(
        &s,
        &["Recommendations", "Discussion points"]
    )));
    ch(&mut app, 'b');
    assert_eq!(app.grouping, Grouping::Question);
    assert!(screen(&mut app).contains("By question · Plenary"));
}

#[test]
fn shift_p_shows_the_question_and_points_without_chrome() {
    let mut app = app();
    ch(&mut app, '4');
    capture(&mut app, 'n', "Firewalls between enforcement and services");
    ch(&mut app, 'l');
    capture(&mut app, 'n', "Another question's point");
    ch(&mut app, 'h');
    ch(&mut app, 'P');
    assert!(projector(&app));
    let s = screen(&mut app);
    assert!(
        s.contains("1. Recommendations for changes in policies and"),
        "{s}"
    );
    assert!(s.contains("What needs to be changed"), "{s}");
    assert!(
        s.contains("• Firewalls between enforcement and services"),
        "{s}"
    );
    assert!(s.contains("Asia: South and Southeast Asia"), "{s}");
    assert!(
        !s.contains("Another question's point"),
        "only the current question: {s}"
    );
    for chrome in [
        "Guiding questions",
        "new point",
        "GFMD Civil Society Days",
        "Plenary (0)",
    ] {
        assert!(!s.contains(chrome), "{chrome:?} on the wall: {s}");
    }
    // On the wall, keys that would open an editor or a dialog (unseen there) do nothing;
    // moving around does.
    for k in ['n', 'r', '?', '/', '+', 'd', 'e'] {
        ch(&mut app, k);
        assert!(
            matches!(app.mode(), Mode::Projector) && app.modes.len() == 2,
            "{k} in the projector view"
        );
    }
    assert_eq!(live(&app).len(), 2);
    ch(&mut app, 'l');
    assert_eq!(app.question, Some(1));
    assert!(screen(&mut app).contains("Another question's point"));
    ch(&mut app, 'P');
    assert!(!projector(&app));
    assert!(screen(&mut app).contains("Guiding questions"));
    ch(&mut app, 'P');
    key(&mut app, KeyCode::Esc);
    assert!(!projector(&app), "Esc returns too");
}

#[test]
fn s_starts_and_pauses_the_timer_and_brackets_change_phase() {
    let mut app = app();
    assert_eq!(app.session.agenda, None);
    // At 80 columns the phase's title gives way to the countdown and the key hint, whole.
    let s = screen(&mut app);
    assert!(
        s.contains(
            "⏸ 1/3 Plenary: introduction and two discussi… · 20:00 left  (s starts the timer)"
        ),
        "{s}"
    );
    let s = screen_at(&mut app, 120, 40, now());
    assert!(
        s.contains("⏸ 1/3 Plenary: introduction and two discussion starters · 20:00 left"),
        "{s}"
    );
    ch(&mut app, 's');
    let a = app
        .session
        .agenda
        .clone()
        .expect("timer state in the session");
    assert_eq!(a.phase, 0);
    assert_eq!(a.running_since, Some(now()));
    assert!(app.revision > 0, "saved with the session");
    let later = now() + TimeDelta::seconds(90);
    let s = screen_at(&mut app, 120, 40, later);
    assert!(s.contains("▶ 1/3 Plenary"), "{s}");
    assert!(s.contains("18:30 left"), "{s}");

    handle(
        &mut app,
        &HitMap::default(),
        Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE)),
        later,
    );
    let a = app.session.agenda.clone().unwrap();
    assert_eq!(a.running_since, None, "paused");
    assert_eq!(a.elapsed_ms, 90_000);
    let s = screen_at(&mut app, 120, 40, later + TimeDelta::seconds(600));
    assert!(
        s.contains("⏸ 1/3") && s.contains("18:30 left"),
        "paused: {s}"
    );

    ch(&mut app, ']');
    let a = app.session.agenda.clone().unwrap();
    assert_eq!((a.phase, a.elapsed_ms), (1, 0));
    assert!(screen(&mut app).contains("2/3 Regional tables"));
    ch(&mut app, '4');
    ch(&mut app, ']');
    assert_eq!(app.session.agenda.as_ref().unwrap().phase, 2);
    assert_eq!(
        app.table, 0,
        "report-back is in the plenary: the view follows"
    );
    ch(&mut app, ']');
    assert_eq!(
        app.session.agenda.as_ref().unwrap().phase,
        2,
        "no phase after the last"
    );
    ch(&mut app, '[');
    ch(&mut app, '[');
    ch(&mut app, '[');
    assert_eq!(app.session.agenda.as_ref().unwrap().phase, 0);

    // The last five minutes warn, and past zero it says how much over.
    ch(&mut app, 's');
    let s = screen_at(&mut app, 80, 24, now() + TimeDelta::seconds(21 * 60 + 5));
    assert!(s.contains("+1:05 over"), "{s}");
}

#[test]
fn help_lists_every_binding_of_the_keymap_with_the_template_slot_keys() {
    let mut app = app();
    ch(&mut app, '?');
    assert!(matches!(app.mode(), Mode::Help { .. }));
    let s = screen_at(&mut app, 120, 200, now());
    assert!(s.contains(" Help "), "{s}");
    let mut listed = 0;
    for b in app.keymap.table(ModeKind::Normal) {
        if matches!(b.command, Command::GoToTable(_)) {
            assert!(s.contains("1 … 9") && s.contains("go to table by number"));
            continue;
        }
        let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
        let line = s
            .lines()
            .map(inside_border)
            .find(|l| {
                l.starts_with(&format!("{} ", keys.join(" / ")))
                    && l.ends_with(&format!("{}  {}", b.hint(), b.command.spec()))
            })
            .unwrap_or_else(|| panic!("{keys:?} {:?} not in help:\n{s}", b.hint()));
        assert!(!line.is_empty());
        listed += 1;
    }
    assert!(listed > 30, "{listed}");
    for (k, hint) in [
        ('r', "Recommendation"),
        ('a', "Action (under the selected Recommendation)"),
        ('i', "Indicator (under the selected Recommendation)"),
        ('v', "Quote"),
        ('o', "Other information"),
    ] {
        assert!(
            s.lines()
                .map(inside_border)
                .any(|l| l.starts_with(&format!("{k} ")) && l.contains(hint)),
            "{k} {hint}: {s}"
        );
    }
    assert!(s.contains("While typing an entry"));
    // Every mode's keys are listed, each with its command's name.
    for kind in ModeKind::ALL {
        // The main screen's keys are listed under their own groups (Capture, …).
        assert!(
            kind == ModeKind::Normal || s.contains(&kind.title()),
            "{}: {s}",
            kind.title()
        );
        for b in app.keymap.table(kind) {
            if matches!(b.command, Command::GoToTable(_)) {
                continue;
            }
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            let wanted = format!("{}  {}", b.hint(), b.command.spec());
            assert!(
                s.lines()
                    .map(inside_border)
                    .any(|l| l.starts_with(&format!("{} ", keys.join(" / ")))
                        && l.ends_with(&wanted)),
                "{keys:?} {wanted}: {s}"
            );
        }
    }
    for (k, what) in breakout::tui::modes::edit::widget_keys() {
        assert!(
            s.lines()
                .map(inside_border)
                .any(|l| l.starts_with(&format!("{k} ")) && l.ends_with(&what)),
            "{k} {what}: {s}"
        );
    }

    // At 80×24 it scrolls, and any other key closes it.
    let top = screen(&mut app);
    ch(&mut app, 'j');
    ch(&mut app, 'j');
    assert!(matches!(app.mode(), Mode::Help { scroll: 2 }));
    assert_ne!(screen(&mut app), top);
    ch(&mut app, 'z');
    assert!(matches!(app.mode(), Mode::Normal));
    assert!(live(&app).is_empty(), "the closing key does nothing else");
}

#[test]
fn the_footer_hints_the_keys_that_matter_now() {
    let mut app = app();
    let s = screen(&mut app);
    let footer = s.lines().nth(23).unwrap();
    assert!(footer.contains("n new point"), "{footer}");
    assert!(footer.contains("+ report entry"), "{footer}");
    assert!(footer.contains("? help"), "help is always hinted: {footer}");
    ch(&mut app, 'n');
    let s = screen(&mut app);
    let footer = s.lines().nth(23).unwrap();
    assert!(
        footer.contains("Enter done") && footer.contains("Esc done, kept"),
        "{footer}"
    );
}

#[test]
fn aims_and_the_file_panel_are_one_key_away() {
    let mut app = app();
    ch(&mut app, 'A');
    let s = screen_at(&mut app, 120, 40, now());
    assert!(s.contains("Aims of the session"), "{s}");
    ch(&mut app, 'z');
    assert!(matches!(app.mode(), Mode::Normal));
    ch(&mut app, 'F');
    let s = screen(&mut app);
    assert!(s.contains("/tmp/tui-keys/session.json"), "{s}");
    ch(&mut app, 'z');
    assert!(matches!(app.mode(), Mode::Normal));
}

#[test]
fn q_quits() {
    let mut app = app();
    let effects = ch(&mut app, 'q');
    assert_eq!(effects, vec![Effect::Quit { rescue: false }]);

    // In the editor q is a letter; the editor's text survives a quit request.
    let mut app = self::app();
    ch(&mut app, 'n');
    assert!(!quits(&ch(&mut app, 'q')));
    let effects = with(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(quits(&effects), "Ctrl-C quits from the editor");
    assert_eq!(live(&app)[0].text, "q");
}

// ---------------------------------------------------------------------------------------------
// Limits warn, never refuse

#[test]
fn a_fifth_recommendation_warns_and_is_still_captured() {
    let mut app = app();
    for n in 1..=4 {
        capture(&mut app, 'r', &format!("recommendation {n}"));
        assert_ne!(
            app.message.as_ref().map(|m| m.level.clone()),
            Some(Level::Warning)
        );
    }
    let fifth = capture(&mut app, 'r', "recommendation 5");
    let (text, level) = message(&app);
    assert_eq!(level, Level::Warning);
    assert!(
        text.contains("5 recommendations in the report: the form allows 4; R chooses which go in"),
        "{text}"
    );
    assert!(item(&app, fifth).is_live());
    assert_eq!(live(&app).len(), 5);
    assert!(screen_at(&mut app, 120, 40, now()).contains("in the report: the form allows 4"));
}

#[test]
fn a_third_action_warns_and_is_still_captured() {
    let mut app = app();
    let rec = capture(&mut app, 'r', "Leverage the compact");
    for n in 1..=2 {
        app.selected = Some(rec);
        capture(&mut app, 'a', &format!("action {n}"));
        assert!(app.message.is_none(), "{:?}", app.message);
    }
    let third = capture(&mut app, 'a', "action 3");
    let (text, level) = message(&app);
    assert_eq!(level, Level::Warning);
    assert!(
        text.contains(
            "3 actions in the report under this entry: the form allows 2; R chooses which go in"
        ),
        "{text}"
    );
    assert_eq!(item(&app, third).parent, Some(rec));
    assert_eq!(app.session.children(rec).len(), 3);
}

// ---------------------------------------------------------------------------------------------
// Read-only

#[test]
fn a_read_only_app_refuses_every_change_and_says_why() {
    const REFUSED: &str = "Read-only: this window cannot change the session";
    let mut s = session();
    let rec = s
        .add(
            NewItem::point(Some("plenary"), Some("q1"), "existing").in_slot("recommendation"),
            now(),
        )
        .unwrap();
    let why = "another breakout (pid 4242) has this file open";
    let mut app = App::new(s, PathBuf::from("/tmp/ro.json"), Some(why.into()));
    let before = app.session.clone();
    app.selected = Some(rec);
    let header = screen(&mut app);
    assert!(
        header.lines().next().unwrap().contains("READ-ONLY"),
        "{header}"
    );

    let keys: Vec<KeyEvent> = "nreaidxuUKJHL<>sp[]v+"
        .chars()
        .map(|c| {
            let m = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            KeyEvent::new(KeyCode::Char(c), m)
        })
        .chain([
            KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL),
        ])
        .collect();
    for k in keys {
        app.selected = Some(rec);
        send(&mut app, Msg::Key(k));
        if let Mode::Pick(_) = app.mode() {
            // `+` lists kinds; choosing one is refused in turn.
            ch(&mut app, 'n');
            ch(&mut app, 'r');
        }
        assert!(
            matches!(app.mode(), Mode::Normal),
            "{k:?} opened {:?}",
            app.mode()
        );
        assert_eq!(app.session, before, "{k:?} changed the session");
        assert_eq!(app.revision, 0, "{k:?}");
        if let Some(m) = &app.message
            && m.level == Level::Warning
        {
            // One short sentence: the opening message said why.
            assert_eq!(m.text, REFUSED, "{k:?}");
        }
    }
    ch(&mut app, 'n');
    let (text, _) = message(&app);
    assert_eq!(text, REFUSED);
    assert!(screen(&mut app).contains(REFUSED));

    // Pasting on the main screen would start a point: refused too, without a crash.
    send(&mut app, Msg::Paste("pasted".into()));
    assert_eq!(app.session, before);
    assert!(matches!(app.mode(), Mode::Normal));

    // Looking around still works.
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.table, 1);
    ch(&mut app, '/');
    typ(&mut app, "exist");
    enter(&mut app);
    assert_eq!((app.table, app.selected), (0, Some(rec)));
    ch(&mut app, 'P');
    assert!(projector(&app));
}

// ---------------------------------------------------------------------------------------------
// Any script

const SCRIPTS: &[&str] = &[
    "অভিবাসী শ্রমিকদের অধিকার ক্ষমতায়ন",
    "حقوق العمال المهاجرين في الخليج",
    "移民労働者の権利と「安全な移住」",
    "Great 👍🏽 work 👨‍👩‍👧 together 🇧🇩 ✊🏿",
];

#[test]
fn bengali_arabic_cjk_and_emoji_typed_key_by_key_round_trip_exactly() {
    let mut app = app();
    for text in SCRIPTS {
        let id = capture(&mut app, 'n', text);
        assert_eq!(item(&app, id).text, *text);
    }
    // The quote's speaker in Bengali, and a target in Arabic.
    ch(&mut app, 'v');
    typ(&mut app, SCRIPTS[2]);
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "আমিনা");
    enter(&mut app);
    let q = app.selected.unwrap();
    assert_eq!(item(&app, q).attribution.as_ref().unwrap().speaker, "আমিনা");
    ch(&mut app, 'r');
    key(&mut app, KeyCode::Tab);
    typ(&mut app, SCRIPTS[1]);
    enter(&mut app);
    assert_eq!(
        item(&app, app.selected.unwrap()).field("target"),
        SCRIPTS[1]
    );

    // The saved JSON carries them exactly.
    let json = serde_json::to_string(&app.session).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    for text in SCRIPTS {
        assert!(back.live_items().any(|i| i.text == *text), "{text}");
    }
    // And they are on screen, whole, at 120 columns.
    // (An emoji sequence shows as its members, without the joiners terminals disagree on.)
    let s = screen_at(&mut app, 120, 40, now());
    for text in SCRIPTS {
        let drawn = text.replace(['\u{200d}', '\u{fe0f}'], "");
        assert!(s.contains(&drawn), "{text} not on screen:\n{s}");
    }
    // At 80×24 every row still fits the terminal's columns.
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        let s = screen_at(&mut app, w, h, now());
        for line in s.lines() {
            let cols: usize = line.graphemes(true).map(cluster_width).sum();
            assert!(cols <= w as usize, "{cols} > {w}: {line}");
        }
    }
}

fn boundaries(line: &str) -> Vec<usize> {
    let mut out = vec![0];
    let mut n = 0;
    for g in line.graphemes(true) {
        n += g.chars().count();
        out.push(n);
    }
    out
}

#[test]
fn the_cursor_moves_by_visible_character_never_into_one() {
    let text = "বাংলা ক্ষমতা 👍🏽👨‍👩‍👧 日本 عربي x";
    let mut app = app();
    ch(&mut app, 'n');
    typ(&mut app, text);
    let marks = boundaries(text);
    let cursor = |app: &App| {
        let c = editor(app).unwrap().text.cursor();
        (c.0, c.1)
    };
    assert_eq!(cursor(&app), (0, text.chars().count()));

    // Left, one visible character at a time, to the start.
    let mut seen = vec![cursor(&app).1];
    for _ in 0..text.chars().count() + 3 {
        key(&mut app, KeyCode::Left);
        let (row, col) = cursor(&app);
        assert_eq!(row, 0);
        assert!(
            marks.contains(&col),
            "Left stopped inside a cluster at {col}"
        );
        if seen.last() != Some(&col) {
            seen.push(col);
        }
    }
    seen.reverse();
    assert_eq!(seen, marks, "Left visits every boundary, and only those");

    // Right, back to the end.
    let mut seen = vec![cursor(&app).1];
    for _ in 0..text.chars().count() + 3 {
        key(&mut app, KeyCode::Right);
        let col = cursor(&app).1;
        assert!(
            marks.contains(&col),
            "Right stopped inside a cluster at {col}"
        );
        if seen.last() != Some(&col) {
            seen.push(col);
        }
    }
    assert_eq!(seen, marks);

    // Word moves, Home and End too.
    for (code, mods) in [
        (KeyCode::Left, KeyModifiers::CONTROL),
        (KeyCode::Left, KeyModifiers::CONTROL),
        (KeyCode::Right, KeyModifiers::CONTROL),
        (KeyCode::Home, KeyModifiers::NONE),
        (KeyCode::Right, KeyModifiers::CONTROL),
        (KeyCode::End, KeyModifiers::NONE),
    ] {
        with(&mut app, code, mods);
        let col = cursor(&app).1;
        assert!(marks.contains(&col), "{code:?} {mods:?} stopped at {col}");
    }

    // Typing in the middle lands between clusters and keeps the text exact.
    key(&mut app, KeyCode::Home);
    key(&mut app, KeyCode::Right);
    typ(&mut app, "+");
    enter(&mut app);
    let id = app.selected.unwrap();
    let first = text.graphemes(true).next().unwrap();
    assert_eq!(first, "বাং", "a spacing mark belongs to its cluster");
    assert_eq!(
        item(&app, id).text,
        format!("{first}+{}", &text[first.len()..])
    );

    // On a second line, Up and Down never land inside a cluster either.
    ch(&mut app, 'e');
    with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    typ(&mut app, "xx👍🏽বা");
    let second = "xx👍🏽বা";
    let first = item(&app, id).text.lines().next().unwrap().to_owned();
    for _ in 0..4 {
        key(&mut app, KeyCode::Left);
        key(&mut app, KeyCode::Up);
        let (row, col) = cursor(&app);
        let line = if row == 0 { &first } else { second };
        assert!(boundaries(line).contains(&col), "Up: {row},{col}");
        key(&mut app, KeyCode::Down);
        let (row, col) = cursor(&app);
        let line = if row == 0 { &first } else { second };
        assert!(boundaries(line).contains(&col), "Down: {row},{col}");
    }
}

#[test]
fn a_window_too_small_says_so_and_the_screen_comes_back_on_resize() {
    let mut app = app();
    capture(&mut app, 'n', "kept while the window is small");
    let s = screen_at(&mut app, 30, 8, now());
    assert!(s.contains("Window too small (30×8)"), "{s}");
    assert!(hits().items.is_empty() && hits().tabs.is_empty());
    // Keys that would act unseen do nothing while it is small; nothing is lost.
    let before = app.session.clone();
    for k in ['n', 'd', 'x', 'r'] {
        ch(&mut app, k);
        assert!(matches!(app.mode(), Mode::Normal), "{k}");
    }
    typ(&mut app, "typed blind");
    assert_eq!(app.session, before);
    let s = screen(&mut app);
    assert!(s.contains("kept while the window is small"), "{s}");
    assert!(s.contains("Guiding questions"), "{s}");
    ch(&mut app, 'n');
    assert!(editor(&app).is_some(), "keys act again at a usable size");
    key(&mut app, KeyCode::Esc);
    // Narrower than 70 columns: no question pane, the current question named above the list.
    let s = screen_at(&mut app, 50, 20, now());
    assert!(!s.contains("Guiding questions"), "{s}");
    assert!(s.contains("Q1 Recommendations for changes"), "{s}");
    // What is being typed keeps being typed in a window too small to see it, and Esc keeps it.
    ch(&mut app, 'n');
    screen_at(&mut app, 30, 8, now());
    typ(&mut app, "typed small");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode(), Mode::Normal));
    assert!(live(&app).iter().any(|i| i.text == "typed small"));
    // q still quits from a window too small to see.
    screen_at(&mut app, 30, 8, now());
    assert!(quits(&ch(&mut app, 'q')));
}

#[test]
fn opening_and_leaving_an_editor_without_typing_keeps_redo() {
    let mut app = app();
    let id = capture(&mut app, 'n', "deleted, then undone");
    ch(&mut app, 'd');
    ch(&mut app, 'u');
    assert!(item(&app, id).is_live());
    // An editor opened by mistake and left at once changes nothing, redo included.
    ch(&mut app, 'n');
    key(&mut app, KeyCode::Esc);
    ch(&mut app, 'e');
    key(&mut app, KeyCode::Esc);
    with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(
        message(&app).0,
        "Redone: deleted point “deleted, then undone”"
    );
    assert!(!item(&app, id).is_live());
    // Typing is a change: after it there is nothing to redo.
    ch(&mut app, 'u');
    ch(&mut app, 'e');
    typ(&mut app, "!");
    key(&mut app, KeyCode::Esc);
    with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(message(&app).0, "Nothing to redo");
    ch(&mut app, 'u');
    assert_eq!(item(&app, id).text, "deleted, then undone");
}

#[test]
fn a_speaker_typed_before_the_quote_is_kept_on_esc() {
    let mut app = app();
    ch(&mut app, 'v');
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "Amy Shannon");
    key(&mut app, KeyCode::Esc);
    let quotes: Vec<&Item> = live(&app);
    assert_eq!(quotes.len(), 1, "what was typed is kept");
    let a = quotes[0].attribution.as_ref().expect("attribution");
    assert_eq!(a.speaker, "Amy Shannon");
    assert_eq!(quotes[0].slot.as_deref(), Some("quote"));
    // Editing it later and leaving it so does not remove it either.
    ch(&mut app, 'e');
    key(&mut app, KeyCode::Enter);
    assert_eq!(live(&app).len(), 1);
}

#[test]
fn sorting_a_point_under_another_tables_recommendation_follows_it_there() {
    let mut app = app();
    ch(&mut app, '2');
    let rec = capture(&mut app, 'r', "Leverage new Global Compact");
    ch(&mut app, '4');
    let p = capture(&mut app, 'n', "Connect parliamentarians across regions");
    ch(&mut app, 'x');
    ch(&mut app, 'a');
    let Mode::Pick(picker) = &app.mode() else {
        panic!("a parent picker opens");
    };
    assert!(picker.options[0].label.contains("Europe–Med–Africa"));
    enter(&mut app);
    let it = item(&app, p);
    assert_eq!(it.parent, Some(rec));
    assert_eq!(it.table.as_deref(), Some("europe-med-africa"));
    assert_eq!(message(&app).0, "Now an action");
    // The view goes with it: the selection is always something on screen.
    assert_eq!(app.table, 1);
    assert_eq!(app.selected, Some(p));
    assert!(screen(&mut app).contains("Connect parliamentarians"));
}

#[test]
fn an_entry_picked_for_the_report_can_be_sorted_into_another_slot() {
    let mut app = app();
    let a = capture(&mut app, 'r', "first recommendation");
    let b = capture(&mut app, 'r', "second recommendation");
    // In the report view, take the first one out: the second stays picked.
    ch(&mut app, 'R');
    let row = breakout::tui::modes::report::rows(&app.session)
        .iter()
        .position(
            |r| matches!(r, breakout::tui::modes::report::ReportRow::Entry { id, .. } if *id == a),
        )
        .expect("listed");
    *app.modes.last_mut().expect("the report view") = Mode::Report { cursor: row };
    ch(&mut app, ' ');
    assert_eq!(app.session.picks["recommendation"].items, vec![b]);
    key(&mut app, KeyCode::Esc);
    // The picked one becomes a plain point.
    app.selected = Some(b);
    ch(&mut app, 'x');
    ch(&mut app, 'n');
    assert_eq!(item(&app, b).slot, None);
    assert!(
        app.session.validate().is_ok(),
        "{:?}",
        app.session.validate()
    );
    ch(&mut app, 'u');
    assert_eq!(app.session.picks["recommendation"].items, vec![b]);
    assert!(app.session.validate().is_ok());
}

#[test]
fn an_entry_edited_from_the_report_view_is_not_selected_out_of_sight() {
    let mut app = app();
    ch(&mut app, '4');
    let asia = capture(&mut app, 'r', "at Asia");
    ch(&mut app, '1');
    let here = capture(&mut app, 'n', "at the plenary");
    ch(&mut app, 'R');
    let row = breakout::tui::modes::report::rows(&app.session)
        .iter()
        .position(
            |r| matches!(r, breakout::tui::modes::report::ReportRow::Entry { id, .. } if *id == asia),
        )
        .expect("listed");
    *app.modes.last_mut().expect("the report view") = Mode::Report { cursor: row };
    enter(&mut app);
    typ(&mut app, "!");
    enter(&mut app);
    assert_eq!(item(&app, asia).text, "at Asia!");
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode(), Mode::Normal));
    assert_eq!(app.table, 0);
    let sel = app.selected_item().expect("a selection");
    assert_eq!(
        sel.table.as_deref(),
        Some("plenary"),
        "d must never delete an entry that is not on screen"
    );
    assert_eq!(sel.id, here);
}

/// A key in a 2 MB entry costs what it costs in a short one: the entry reaches the session
/// when its oldest unwritten key is a moment old (the loop's tick), and whatever is left when
/// the editor closes, never by a copy per key.
#[test]
fn typing_into_a_large_entry_writes_it_through_when_due_not_on_every_key() {
    use breakout::tui::editor::WRITE_DELAY;
    let mut app = app();
    let id = capture(&mut app, 'n', "start");
    ch(&mut app, 'e');
    let big = "firewalls between immigration enforcement and services ".repeat(40_000);
    send(&mut app, Msg::Paste(big.clone()));
    let before = (item(&app, id).updated, item(&app, id).text.len());
    typ(&mut app, "more");
    assert_eq!(
        (item(&app, id).updated, item(&app, id).text.len()),
        before,
        "no copy of the entry per key"
    );
    let effects = update(&mut app, Action::Tick, now() + WRITE_DELAY);
    assert!(effects.contains(&Effect::Save), "written, then saved");
    assert_eq!(item(&app, id).text, format!("start{big}more"));
    typ(&mut app, "!");
    key(&mut app, KeyCode::Esc);
    assert_eq!(item(&app, id).text, format!("start{big}more!"));
    // Stopped by a signal with keys unwritten: the loop flushes before its final save.
    ch(&mut app, 'e');
    typ(&mut app, "?");
    update(&mut app, Action::Flush, now());
    assert_eq!(item(&app, id).text, format!("start{big}more!?"));
}

/// Ctrl-L asks the loop to draw every cell again, in every mode, and changes nothing: the
/// editor keeps what was typed and stays open.
#[test]
fn ctrl_l_redraws_in_every_mode_and_changes_nothing() {
    let ctrl_l = |app: &mut App| with(app, KeyCode::Char('l'), KeyModifiers::CONTROL);
    let mut app = app();
    assert_eq!(ctrl_l(&mut app), [Effect::Redraw]);
    ch(&mut app, 'n');
    typ(&mut app, "প্র 👍🏽");
    assert_eq!(ctrl_l(&mut app), [Effect::Redraw]);
    assert_eq!(
        editor(&app).map(|e| e.text.text()),
        Some("প্র 👍🏽".to_owned())
    );
    key(&mut app, KeyCode::Esc);
    for open in ['/', '?', 'P'] {
        ch(&mut app, open);
        let kind = app.mode().kind();
        assert_eq!(ctrl_l(&mut app), [Effect::Redraw], "{kind:?}");
        assert_eq!(app.mode().kind(), kind, "Ctrl-L leaves {kind:?} open");
        key(&mut app, KeyCode::Esc);
    }
    for kind in ModeKind::ALL {
        assert!(
            app.keymap
                .table(kind)
                .iter()
                .any(|b| b.command == Command::Redraw),
            "{kind:?} has no redraw key"
        );
    }
}

/// Ctrl-Z asks the loop to suspend (Unix), in every mode, and changes nothing: the editor
/// keeps what was typed and stays open for when the shell brings the app back.
#[test]
fn ctrl_z_suspends_in_every_mode_and_changes_nothing() {
    let ctrl_z = |app: &mut App| with(app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    let mut app = app();
    assert_eq!(ctrl_z(&mut app), [Effect::Suspend]);
    ch(&mut app, 'n');
    typ(&mut app, "half a sentence");
    assert_eq!(ctrl_z(&mut app), [Effect::Suspend]);
    assert_eq!(
        editor(&app).map(|e| e.text.text()),
        Some("half a sentence".to_owned())
    );
    key(&mut app, KeyCode::Esc);
    for open in ['/', '?', 'P', 'R'] {
        ch(&mut app, open);
        let kind = app.mode().kind();
        assert_eq!(ctrl_z(&mut app), [Effect::Suspend], "{kind:?}");
        assert_eq!(app.mode().kind(), kind, "Ctrl-Z leaves {kind:?} open");
        key(&mut app, KeyCode::Esc);
    }
    for kind in ModeKind::ALL {
        let suspend = app
            .keymap
            .table(kind)
            .iter()
            .find(|b| b.command == Command::Suspend)
            .unwrap_or_else(|| panic!("{kind:?} has no suspend key"));
        assert_eq!(suspend.keys[0].label(), "Ctrl-Z");
    }
}
