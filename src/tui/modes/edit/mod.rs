//! Typing an entry: its text (the `editor` widget) and its slot's fields. What is typed
//! reaches the session at once, so autosave keeps it from the first key. Keys this table
//! does not name go to the widget as text.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "While typing an entry";
    vec![
        bind(
            &[Key::plain(Enter)],
            Command::Done,
            "done: the entry is kept",
            G,
            true,
        ),
        bind(
            &[Key::alt(Enter), Key::ctrl('j')],
            Command::NewLine,
            "new line",
            G,
            true,
        ),
        bind(
            &[Key::plain(Tab)],
            Command::NextField,
            "next field",
            G,
            true,
        ),
        bind(
            &[Key::plain(Esc)],
            Command::Close,
            "done, kept: nothing typed is lost",
            G,
            true,
        ),
        bind(
            &[Key::plain(BackTab)],
            Command::PrevField,
            "previous field",
            G,
            false,
        ),
        bind(
            &[Key::ch(' ')],
            Command::ToggleApproval,
            "on “approved”: toggle approval to name the speaker",
            G,
            false,
        ),
    ]
}

/// Keys the text widget itself knows, for the help screen.
pub const WIDGET_KEYS: &[(&str, &str)] = &[
    ("Ctrl-U / Ctrl-R", "undo / redo typing"),
    ("Ctrl-← / Ctrl-→", "word left / right"),
];
