//! Searching every table for what an entry says; Enter jumps to the highlighted one.

pub mod update;

use crossterm::event::KeyCode;
use ratatui_textarea::TextArea;

use crate::model::ItemId;
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

#[derive(Debug)]
pub struct Search {
    pub query: TextArea<'static>,
    pub results: Vec<ItemId>,
    pub selected: usize,
}

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "Search";
    vec![
        bind(
            &[Key::plain(Down), Key::plain(Tab)],
            Command::SelectNext,
            "choose: the next result",
            G,
            true,
        ),
        bind(
            &[Key::plain(Up), Key::plain(BackTab)],
            Command::SelectPrev,
            "previous result",
            G,
            false,
        ),
        bind(&[Key::plain(Enter)], Command::Confirm, "go to it", G, true),
        bind(&[Key::plain(Esc)], Command::Close, "close", G, true),
    ]
}
