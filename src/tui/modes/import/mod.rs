//! Asking for a session file (or a folder of them) from a table laptop to merge in.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

pub fn keys() -> Vec<Binding> {
    const G: &str = "tui-mode-import";
    vec![
        bind_in(
            "import",
            &[Key::plain(KeyCode::Enter)],
            Command::Confirm,
            G,
            true,
        ),
        bind_in(
            "import",
            &[Key::plain(KeyCode::Esc)],
            Command::Close,
            G,
            true,
        ),
        bind(&[Key::ctrl('z')], Command::Suspend, G, false),
    ]
}
