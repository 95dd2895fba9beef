//! Reading panels: help, the aims and reference material, and the session file's state.
//! Arrows and page keys scroll; any other key closes.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "Help, aims and file panels";
    vec![
        bind(
            &[Key::plain(Down), Key::ch('j')],
            Command::ScrollDown,
            "scroll: down",
            G,
            true,
        ),
        bind(
            &[Key::plain(Up), Key::ch('k')],
            Command::ScrollUp,
            "scroll: up",
            G,
            false,
        ),
        bind(
            &[Key::plain(PageDown), Key::ch(' ')],
            Command::PageDown,
            "page down",
            G,
            false,
        ),
        bind(&[Key::plain(PageUp)], Command::PageUp, "page up", G, false),
        bind(
            &[Key::plain(Esc)],
            Command::Close,
            "close: so does any other key",
            G,
            true,
        ),
    ]
}
