//! The main screen: the guiding questions beside the current table's entries. Its keys
//! capture, move around, arrange, and open every other mode. Slot keys come from the
//! session's report template.

pub mod update;

use crossterm::event::KeyCode;

use crate::model::Template;
use crate::tui::command::Command;
use crate::tui::keys::{About, Binding, Key, bind, with_about};

// Help's headings, as message ids.
pub const CAPTURE: &str = "tui-group-capture";
pub const REPORT: &str = "tui-group-capture-report";
pub const MOVE: &str = "tui-group-move";
pub const ARRANGE: &str = "tui-group-arrange";
pub const SESSION: &str = "tui-group-session";

/// The main screen's keys, and the template slots whose key a built-in key already takes.
pub fn keys(template: &Template) -> (Vec<Binding>, Vec<(String, String)>) {
    use Command as C;
    use KeyCode::*;
    let mut bindings = vec![
        bind(&[Key::ch('n')], C::NewPoint, CAPTURE, true),
        bind(&[Key::plain(Enter), Key::ch('e')], C::Edit, CAPTURE, true),
        bind(&[Key::ch('+')], C::NewEntryOfKind, CAPTURE, false),
        bind(&[Key::ch('x')], C::SortInto, CAPTURE, false),
        bind(&[Key::plain(Tab)], C::NextTable, MOVE, true),
        bind(&[Key::plain(BackTab)], C::PrevTable, MOVE, false),
        bind(&[Key::ch('T')], C::ChooseTable, MOVE, false),
        bind(
            &[Key::ch('j'), Key::plain(Down)],
            C::SelectNext,
            MOVE,
            false,
        ),
        bind(&[Key::ch('k'), Key::plain(Up)], C::SelectPrev, MOVE, false),
        bind(&[Key::plain(Home)], C::SelectFirst, MOVE, false),
        bind(&[Key::plain(End)], C::SelectLast, MOVE, false),
        bind(
            &[Key::ch('l'), Key::plain(Right)],
            C::NextQuestion,
            MOVE,
            false,
        ),
        bind(
            &[Key::ch('h'), Key::plain(Left)],
            C::PrevQuestion,
            MOVE,
            false,
        ),
        bind(&[Key::ch('/')], C::Search, MOVE, true),
        bind(&[Key::ch('K')], C::MoveUp, ARRANGE, false),
        bind(&[Key::ch('J')], C::MoveDown, ARRANGE, false),
        bind(&[Key::ch('H')], C::MoveToPrevQuestion, ARRANGE, false),
        bind(&[Key::ch('L')], C::MoveToNextQuestion, ARRANGE, false),
        bind(&[Key::ch('<')], C::MoveToPrevTable, ARRANGE, false),
        bind(&[Key::ch('>')], C::MoveToNextTable, ARRANGE, false),
        bind(
            &[Key::ch('d'), Key::plain(Delete)],
            C::Delete,
            ARRANGE,
            false,
        ),
        bind(&[Key::ch('u')], C::Undo, ARRANGE, true),
        bind(&[Key::ctrl('r'), Key::ch('U')], C::Redo, ARRANGE, false),
        bind(&[Key::ch('b')], C::ToggleGrouping, ARRANGE, false),
        bind(&[Key::ch('s')], C::TimerToggle, SESSION, false),
        bind(&[Key::ch(']')], C::NextPhase, SESSION, false),
        bind(&[Key::ch('[')], C::PrevPhase, SESSION, false),
        bind(&[Key::ch('P')], C::Projector, SESSION, false),
        bind(&[Key::ch('R')], C::Report, SESSION, true),
        bind(&[Key::ch('E')], C::Export, SESSION, false),
        bind(&[Key::ch('I')], C::Import, SESSION, false),
        bind(&[Key::ch('S')], C::SaveAs, SESSION, false),
        bind(&[Key::ch('A')], C::Aims, SESSION, false),
        bind(&[Key::ch('F')], C::FileInfo, SESSION, false),
        bind(&[Key::ch('M')], C::ToggleMouse, SESSION, false),
        crate::tui::keys::redraw(SESSION),
        bind(&[Key::ctrl('z')], C::Suspend, SESSION, false),
        bind(&[Key::ch('?')], C::Help, SESSION, true),
        bind(&[Key::ch('q')], C::Quit, SESSION, true),
    ];
    for n in 1..=9u8 {
        let c = char::from(b'0' + n);
        bindings.push(bind(
            &[Key::ch(c)],
            C::GoToTable(usize::from(n - 1)),
            MOVE,
            false,
        ));
    }
    let taken = |k: &Key, bs: &[Binding]| bs.iter().any(|b| b.keys.contains(k));
    let mut shadowed = Vec::new();
    for slot in template.slots() {
        let Some(c) = slot.key.as_deref().and_then(|k| k.chars().next()) else {
            continue;
        };
        let key = Key::ch(c);
        if taken(&key, &bindings) {
            shadowed.push((slot.label.clone(), c.to_string()));
            continue;
        }
        let about = About::Slot {
            label: slot.label.clone(),
            parent: slot.parent.as_ref().map(|p| {
                template
                    .slot(p)
                    .map_or(p.as_str(), |s| s.label.as_str())
                    .to_owned()
            }),
        };
        let new = C::NewEntry(slot.id.clone());
        bindings.push(with_about(&[key], new, about, REPORT, false));
    }
    (bindings, shadowed)
}
