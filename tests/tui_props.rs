//! Random use of the live screen: sequences of keys (every binding of the key map, printable
//! text in several scripts, editing keys), pastes, clicks and window sizes from 1×1 to 200×60,
//! drawing on ratatui's `TestBackend` after every step. Nothing may panic, and after every
//! step the session is valid, ids are unique, entries that hang under another hang under a
//! live entry of the right slot, the selection is a live entry, and undo stays bounded.

mod common;

use std::collections::HashSet;
use std::path::PathBuf;

use breakout::model::{Attribution, NewItem, Session};
use breakout::storage::SaveState;
use breakout::storage::catalog;
use breakout::tui::keymap::Keymap;
use breakout::tui::modes::ModeKind;
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap, Mode, UNDO_DEPTH, rows};
use breakout::tui::update::handle;
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn base_time() -> DateTime<Utc> {
    common::clock::now()
}

fn session() -> Session {
    common::session::new()
}

/// A session with something of every shape in it: points at two tables, a recommendation with
/// an action and an indicator, a deleted action, a quote.
fn seeded() -> Session {
    let mut s = session();
    let t = base_time();
    s.add(NewItem::point(Some("plenary"), Some("q1"), "a point"), t)
        .unwrap();
    let rec = s
        .add(
            NewItem::point(Some("plenary"), Some("q1"), "রোহিঙ্গা recommendation 👍🏽")
                .in_slot("recommendation")
                .with_field("target", "States"),
            t,
        )
        .unwrap();
    s.add(
        NewItem::point(Some("plenary"), Some("q3"), "an action")
            .in_slot("action")
            .under(rec),
        t,
    )
    .unwrap();
    let gone = s
        .add(
            NewItem::point(Some("plenary"), Some("q3"), "a deleted action")
                .in_slot("action")
                .under(rec),
            t,
        )
        .unwrap();
    s.delete(gone, t).unwrap();
    s.add(
        NewItem::point(Some("plenary"), None, "an indicator")
            .in_slot("indicator")
            .under(rec),
        t,
    )
    .unwrap();
    let mut quote = NewItem::point(Some("asia"), Some("q4"), "移民の権利 حقوق").in_slot("quote");
    quote.attribution = Some(Attribution {
        speaker: "Amy".into(),
        organisation: String::new(),
        approved: true,
    });
    s.add(quote, t).unwrap();
    s.add(NewItem::point(Some("asia"), Some("q2"), "another point"), t)
        .unwrap();
    s
}

#[derive(Debug, Clone)]
enum Op {
    Key(KeyEvent),
    Paste(String),
    Click { column: u16, row: u16 },
    Resize { width: u16, height: u16 },
    Scroll(bool),
    Saved(bool),
}

/// Every key of the key map as crossterm would report it.
fn bound_keys() -> Vec<KeyEvent> {
    let r = catalog::default_plan().expect("default plan");
    let keymap = Keymap::new(&r.template);
    let mut out = Vec::new();
    for b in ModeKind::ALL.iter().flat_map(|&kind| keymap.table(kind)) {
        for k in &b.keys {
            let mut mods = KeyModifiers::NONE;
            if k.ctrl {
                mods |= KeyModifiers::CONTROL;
            }
            if k.alt {
                mods |= KeyModifiers::ALT;
            }
            match k.code {
                KeyCode::Char(c) if c.is_uppercase() => mods |= KeyModifiers::SHIFT,
                KeyCode::BackTab => mods |= KeyModifiers::SHIFT,
                _ => {}
            }
            out.push(KeyEvent::new(k.code, mods));
        }
    }
    out
}

/// Letters, digits and punctuation, and pieces of Bengali (with vowel signs and a virama),
/// Arabic, CJK and emoji (with a skin tone and a zero-width joiner) typed one code point at a
/// time.
const TYPED: &[char] = &[
    'a',
    'e',
    'o',
    'x',
    'Z',
    ' ',
    ' ',
    '1',
    ',',
    '.',
    '-',
    '(',
    '“',
    'ব',
    'া',
    'ং',
    'ক',
    '্',
    'ষ',
    'ি',
    'ে',
    'ো',
    'ع',
    'ر',
    'ب',
    'ي',
    '日',
    '本',
    '語',
    '👍',
    '\u{1F3FD}',
    '\u{200D}',
    '👨',
    '👩',
    '🇧',
    '🇩',
    '\u{301}',
];

fn special_keys() -> Vec<KeyEvent> {
    use KeyCode::*;
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let alt = KeyModifiers::ALT;
    vec![
        KeyEvent::new(Esc, none),
        KeyEvent::new(Enter, none),
        KeyEvent::new(Enter, none),
        KeyEvent::new(Tab, none),
        KeyEvent::new(BackTab, KeyModifiers::SHIFT),
        KeyEvent::new(Left, none),
        KeyEvent::new(Right, none),
        KeyEvent::new(Up, none),
        KeyEvent::new(Down, none),
        KeyEvent::new(Home, none),
        KeyEvent::new(End, none),
        KeyEvent::new(PageUp, none),
        KeyEvent::new(PageDown, none),
        KeyEvent::new(Backspace, none),
        KeyEvent::new(Backspace, none),
        KeyEvent::new(Delete, none),
        KeyEvent::new(Enter, alt),
        KeyEvent::new(Char('j'), ctrl),
        KeyEvent::new(Char('m'), ctrl),
        KeyEvent::new(Left, ctrl),
        KeyEvent::new(Right, ctrl),
        KeyEvent::new(Char('u'), ctrl),
        KeyEvent::new(Char('r'), ctrl),
        KeyEvent::new(Char('w'), ctrl),
        KeyEvent::new(Char('k'), ctrl),
        KeyEvent::new(F(5), none),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let typed = prop::sample::select(TYPED)
        .prop_map(|c| Op::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    prop_oneof![
        5 => prop::sample::select(bound_keys()).prop_map(Op::Key),
        5 => typed,
        3 => prop::sample::select(special_keys()).prop_map(Op::Key),
        1 => "[a-z বা👍🏽日\r\n]{0,24}".prop_map(Op::Paste),
        1 => (0u16..200, 0u16..60).prop_map(|(column, row)| Op::Click { column, row }),
        1 => (1u16..=200, 1u16..=60).prop_map(|(width, height)| Op::Resize { width, height }),
        1 => any::<bool>().prop_map(Op::Scroll),
        1 => any::<bool>().prop_map(Op::Saved),
    ]
}

fn draw(
    terminal: &mut Terminal<TestBackend>,
    app: &mut App,
    size: (u16, u16),
    now: DateTime<Utc>,
) -> HitMap {
    if terminal.size().expect("size") != ratatui::layout::Size::new(size.0, size.1) {
        terminal.backend_mut().resize(size.0, size.1);
        terminal
            .resize(ratatui::layout::Rect::new(0, 0, size.0, size.1))
            .expect("resize");
    }
    let mut hits = HitMap::default();
    let drawn = terminal
        .draw(|f| hits = view::draw(f.buffer_mut(), app, now, Theme::default()))
        .expect("draw")
        .buffer
        .clone();
    // Frames drawn before must not change what a frame draws.
    let mut fresh = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
    let from_scratch = fresh
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now, Theme::default());
        })
        .expect("draw")
        .buffer
        .clone();
    assert_eq!(
        drawn, from_scratch,
        "a frame drawn after others differs from one drawn afresh"
    );
    hits
}

fn check(app: &App, step: usize, op: &Op) -> Result<(), TestCaseError> {
    let s = &app.session;
    prop_assert!(
        s.validate().is_ok(),
        "step {step} {op:?}: {:?}",
        s.validate()
    );
    let mut ids = HashSet::new();
    for i in s.all_items() {
        prop_assert!(
            ids.insert(i.id),
            "step {step} {op:?}: duplicate id {}",
            i.id
        );
    }
    for i in s.live_items() {
        let Some(parent_slot) = i
            .slot
            .as_deref()
            .and_then(|slot| s.template.slot(slot))
            .and_then(|slot| slot.parent.as_deref())
        else {
            continue;
        };
        let parent = i.parent.and_then(|p| s.item(p));
        prop_assert!(
            parent.is_some_and(|p| p.is_live() && p.slot.as_deref() == Some(parent_slot)),
            "step {step} {op:?}: {:?} {:?} hangs under {:?}",
            i.slot,
            i.text,
            parent
        );
    }
    if let Some(sel) = app.selected {
        prop_assert!(
            s.item(sel).is_some_and(|i| i.is_live()),
            "step {step} {op:?}: the selection {sel} is not a live entry"
        );
        // On the main screen the selection is something shown, so `d` never deletes unseen.
        if matches!(app.mode(), Mode::Normal) {
            prop_assert_eq!(
                s.item(sel).and_then(|i| i.table.as_ref()),
                app.table_id(),
                "step {}: {:?}: the selection is at another table",
                step,
                op
            );
        }
    }
    // The table view's remembered rows are what the session gives now.
    let fresh = rows(s, app.table_id(), app.grouping, app.question_id());
    prop_assert_eq!(
        app.rows(),
        &fresh,
        "step {}: {:?}: the table view shows stale rows",
        step,
        op
    );
    prop_assert!(
        app.undo.len() <= UNDO_DEPTH,
        "step {step}: undo {}",
        app.undo.len()
    );
    prop_assert!(
        app.redo.len() <= UNDO_DEPTH,
        "step {step}: redo {}",
        app.redo.len()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_use_never_panics_and_keeps_the_model_whole(
        seed in any::<bool>(),
        read_only in prop::bool::weighted(0.1),
        start in (1u16..=200, 1u16..=60),
        ops in prop::collection::vec(op(), 1..200),
    ) {
        let session = if seed { seeded() } else { session() };
        let why = read_only.then(|| "another breakout has it open".to_owned());
        let mut app = App::new(session, PathBuf::from("/tmp/tui-props.json"), why);
        let mut size = start;
        let mut saved = 0u64;
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
        let resize = |app: &mut App, (width, height): (u16, u16), now| {
            // As the loop does: the window's size reaches the app as a message.
            handle(app, &HitMap::default(), Msg::Resize { width, height }, now)
        };
        resize(&mut app, size, base_time());
        let mut hits = draw(&mut terminal, &mut app, size, base_time());
        for (step, op) in ops.iter().enumerate() {
            let now = base_time() + TimeDelta::seconds(7 * step as i64);
            let mouse = |kind, column, row| {
                Msg::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
            };
            let msg = match op.clone() {
                Op::Key(k) => Msg::Key(k),
                Op::Paste(text) => Msg::Paste(text),
                Op::Click { column, row } => mouse(MouseEventKind::Down(MouseButton::Left), column, row),
                Op::Resize { width, height } => {
                    size = (width, height);
                    Msg::Resize { width, height }
                }
                Op::Scroll(true) => mouse(MouseEventKind::ScrollDown, 0, 0),
                Op::Scroll(false) => mouse(MouseEventKind::ScrollUp, 0, 0),
                Op::Saved(ok) => {
                    saved += 1;
                    Msg::Saved(SaveState {
                        saved_at: None,
                        saved_generation: saved,
                        submitted_generation: saved + u64::from(!ok),
                        error: (!ok).then(|| "No space left on device".to_owned()),
                        elsewhere: !ok,
                        found: None,
                    })
                }
            };
            handle(&mut app, &hits, msg, now);
            hits = draw(&mut terminal, &mut app, size, now);
            check(&app, step, op)?;
        }
        if read_only {
            prop_assert_eq!(app.revision, 0, "a read-only session never changes");
        }
    }
}
