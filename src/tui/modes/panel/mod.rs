//! Reading panels: help, the aims and reference material, and the session file's state.
//! Arrows and page keys scroll; any other key closes.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-panel";
    vec![
        bind(
            &[Key::plain(Down), Key::ch('j')],
            Command::ScrollDown,
            G,
            true,
        ),
        bind(&[Key::plain(Up), Key::ch('k')], Command::ScrollUp, G, false),
        bind(
            &[Key::plain(PageDown), Key::ch(' ')],
            Command::PageDown,
            G,
            false,
        ),
        bind(&[Key::plain(PageUp)], Command::PageUp, G, false),
        bind_in("panel", &[Key::plain(Esc)], Command::Close, G, true),
        bind(&[Key::ctrl('z')], Command::Suspend, G, false),
    ]
}
