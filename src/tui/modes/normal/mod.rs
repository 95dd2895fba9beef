//! The main screen: the guiding questions beside the current table's entries. Its keys
//! capture, move around, arrange, and open every other mode. Slot keys come from the
//! session's report template.

pub mod update;

use crossterm::event::KeyCode;

use crate::model::Template;
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

pub const CAPTURE: &str = "Capture";
pub const REPORT: &str = "Capture into the report form";
pub const MOVE: &str = "Move around";
pub const ARRANGE: &str = "Arrange";
pub const SESSION: &str = "Session";

/// The main screen's keys, and the template slots whose key a built-in key already takes.
pub fn keys(template: &Template) -> (Vec<Binding>, Vec<(String, String)>) {
    use Command as C;
    use KeyCode::*;
    let mut bindings = vec![
        bind(&[Key::ch('n')], C::NewPoint, "new point", CAPTURE, true),
        bind(
            &[Key::plain(Enter), Key::ch('e')],
            C::Edit,
            "edit",
            CAPTURE,
            true,
        ),
        bind(
            &[Key::ch('+')],
            C::NewEntryOfKind,
            "new entry of any kind (pick from a list)",
            CAPTURE,
            false,
        ),
        bind(
            &[Key::ch('x')],
            C::SortInto,
            "sort the selected point into a report slot",
            CAPTURE,
            false,
        ),
        bind(&[Key::plain(Tab)], C::NextTable, "next table", MOVE, true),
        bind(
            &[Key::plain(BackTab)],
            C::PrevTable,
            "previous table",
            MOVE,
            false,
        ),
        bind(
            &[Key::ch('j'), Key::plain(Down)],
            C::SelectNext,
            "next entry",
            MOVE,
            false,
        ),
        bind(
            &[Key::ch('k'), Key::plain(Up)],
            C::SelectPrev,
            "previous entry",
            MOVE,
            false,
        ),
        bind(
            &[Key::plain(Home)],
            C::SelectFirst,
            "first entry",
            MOVE,
            false,
        ),
        bind(&[Key::plain(End)], C::SelectLast, "last entry", MOVE, false),
        bind(
            &[Key::ch('l'), Key::plain(Right)],
            C::NextQuestion,
            "next guiding question",
            MOVE,
            false,
        ),
        bind(
            &[Key::ch('h'), Key::plain(Left)],
            C::PrevQuestion,
            "previous guiding question",
            MOVE,
            false,
        ),
        bind(&[Key::ch('/')], C::Search, "search", MOVE, true),
        bind(
            &[Key::ch('K')],
            C::MoveUp,
            "move the entry up",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('J')],
            C::MoveDown,
            "move the entry down",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('H')],
            C::MoveToPrevQuestion,
            "move the entry to the previous question",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('L')],
            C::MoveToNextQuestion,
            "move the entry to the next question",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('<')],
            C::MoveToPrevTable,
            "move the entry to the previous table",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('>')],
            C::MoveToNextTable,
            "move the entry to the next table",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('d'), Key::plain(Delete)],
            C::Delete,
            "delete",
            ARRANGE,
            false,
        ),
        bind(&[Key::ch('u')], C::Undo, "undo", ARRANGE, true),
        bind(
            &[Key::ctrl('r'), Key::ch('U')],
            C::Redo,
            "redo",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('b')],
            C::ToggleGrouping,
            "group by question / by kind",
            ARRANGE,
            false,
        ),
        bind(
            &[Key::ch('s')],
            C::TimerToggle,
            "start / pause the timer",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch(']')],
            C::NextPhase,
            "next agenda phase",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('[')],
            C::PrevPhase,
            "previous agenda phase",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('P')],
            C::Projector,
            "projector view",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('R')],
            C::Report,
            "report view: pick what goes in, set the header",
            SESSION,
            true,
        ),
        bind(
            &[Key::ch('E')],
            C::Export,
            "export the report (Markdown, text, Word) beside the session file",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('I')],
            C::Import,
            "merge in a table laptop's file (or a folder of them)",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('A')],
            C::Aims,
            "aims and reference material",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('F')],
            C::FileInfo,
            "session file and save state",
            SESSION,
            false,
        ),
        bind(
            &[Key::ch('M')],
            C::ToggleMouse,
            "mouse on / off",
            SESSION,
            false,
        ),
        crate::tui::keys::redraw(SESSION),
        bind(&[Key::ch('?')], C::Help, "help", SESSION, true),
        bind(&[Key::ch('q')], C::Quit, "quit", SESSION, true),
    ];
    for n in 1..=9u8 {
        let c = char::from(b'0' + n);
        bindings.push(bind(
            &[Key::ch(c)],
            C::GoToTable(usize::from(n - 1)),
            "table by number",
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
        let hint = match &slot.parent {
            Some(p) => format!(
                "{} (under the selected {})",
                slot.label,
                template.slot(p).map_or(p.as_str(), |s| s.label.as_str())
            ),
            None => slot.label.clone(),
        };
        bindings.push(bind(
            &[key],
            C::NewEntry(slot.id.clone()),
            &hint,
            REPORT,
            false,
        ));
    }
    (bindings, shadowed)
}
