//! Asking for a session file (or a folder of them) from a table laptop to merge in.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

pub fn keys() -> Vec<Binding> {
    const G: &str = "Merging in a file";
    vec![
        bind(
            &[Key::plain(KeyCode::Enter)],
            Command::Confirm,
            "merge in",
            G,
            true,
        ),
        bind(
            &[Key::plain(KeyCode::Esc)],
            Command::Close,
            "cancel",
            G,
            true,
        ),
    ]
}
