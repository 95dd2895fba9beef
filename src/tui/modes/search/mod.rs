//! Searching every table for what an entry says; Enter jumps to the highlighted one.

pub mod update;

use crossterm::event::KeyCode;
use ratatui_textarea::TextArea;

use crate::model::ItemId;
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

#[derive(Debug)]
pub struct Search {
    pub query: TextArea<'static>,
    pub results: Vec<ItemId>,
    pub selected: usize,
}

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-search";
    vec![
        bind_in(
            "search",
            &[Key::plain(Down), Key::plain(Tab)],
            Command::SelectNext,
            G,
            true,
        ),
        bind_in(
            "search",
            &[Key::plain(Up), Key::plain(BackTab)],
            Command::SelectPrev,
            G,
            false,
        ),
        bind_in("search", &[Key::plain(Enter)], Command::Confirm, G, true),
        bind_in("search", &[Key::plain(Esc)], Command::Close, G, true),
        bind(&[Key::ctrl('z')], Command::Suspend, G, false),
    ]
}
