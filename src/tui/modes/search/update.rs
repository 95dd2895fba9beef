//! The search mode's update.

use super::Search;
use crate::tui::command::Command;
use crate::tui::modes::common::jump_to;
use crate::tui::modes::{Input, Mode};
use crate::tui::state::App;

pub fn update(app: &mut App, mut search: Box<Search>, input: Input) {
    match input {
        Input::Command(Command::Close | Command::Quit) => return,
        Input::Command(Command::Confirm) => {
            if let Some(id) = search.results.get(search.selected).copied() {
                jump_to(app, id);
            }
            return;
        }
        Input::Command(Command::SelectNext | Command::ScrollDown) => {
            search.selected = (search.selected + 1).min(search.results.len().saturating_sub(1));
        }
        Input::Command(Command::SelectPrev | Command::ScrollUp) => {
            search.selected = search.selected.saturating_sub(1)
        }
        Input::Command(_) => {}
        Input::Text(key) => {
            // Shift only makes capitals here; the widget reads it as "select".
            let single = crossterm::event::KeyEvent::new(
                key.code,
                key.modifiers - crossterm::event::KeyModifiers::SHIFT,
            );
            if crate::tui::editor::type_into(&mut search.query, single) {
                refresh(app, &mut search);
            }
        }
        Input::Paste(text) => {
            search.query.insert_str(text.replace(['\r', '\n'], " "));
            refresh(app, &mut search);
        }
    }
    app.modes.push(Mode::Search(search));
}

fn refresh(app: &App, search: &mut Search) {
    let q = search.query.lines().join(" ");
    search.results = app.session.search(&q);
    search.selected = 0;
}
