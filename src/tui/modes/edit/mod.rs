//! Typing an entry: its text (the `editor` widget) and its slot's fields. What is typed
//! reaches the session at once, so autosave keeps it from the first key. Keys this table
//! does not name go to the widget as text.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-edit";
    vec![
        bind(&[Key::plain(Enter)], Command::Done, G, true),
        bind(
            &[Key::alt(Enter), Key::ctrl('j')],
            Command::NewLine,
            G,
            true,
        ),
        bind(&[Key::alt(Char('j'))], Command::JoinLines, G, false),
        bind(&[Key::plain(Tab)], Command::NextField, G, true),
        bind_in("edit", &[Key::plain(Esc)], Command::Close, G, true),
        bind(&[Key::plain(BackTab)], Command::PrevField, G, false),
        bind(&[Key::ch(' ')], Command::ToggleApproval, G, false),
    ]
}

/// Keys the text widget itself knows, for the help screen: keys and what they do.
pub fn widget_keys() -> [(&'static str, String); 2] {
    [
        ("Ctrl-U / Ctrl-R", crate::tr!("tui-keys-undo-typing")),
        ("Ctrl-← / Ctrl-→", crate::tr!("tui-keys-word-move")),
    ]
}
