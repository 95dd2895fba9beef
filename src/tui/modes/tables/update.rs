//! The table list's update: narrowing it as letters and digits are typed, moving the
//! highlight, going to the table chosen.

use super::TableList;
use crate::tui::command::Command;
use crate::tui::modes::common::set_table;
use crate::tui::modes::{Input, Mode};
use crate::tui::state::App;

pub fn update(app: &mut App, mut list: Box<TableList>, input: Input) {
    let count = list.matches(&app.session.plan).len();
    match input {
        Input::Command(Command::Close | Command::Quit) => return,
        Input::Command(Command::Confirm) => {
            if let Some(&n) = list.matches(&app.session.plan).get(list.selected) {
                set_table(app, n);
            }
            return;
        }
        Input::Command(Command::SelectNext | Command::ScrollDown) => {
            list.selected = (list.selected + 1).min(count.saturating_sub(1));
        }
        Input::Command(Command::SelectPrev | Command::ScrollUp) => {
            list.selected = list.selected.saturating_sub(1);
        }
        // A click on a table's tab behind the list goes there.
        Input::Command(Command::GoToTable(n)) if n < app.session.plan.tables.len() => {
            set_table(app, n);
            return;
        }
        Input::Command(_) => {}
        Input::Text(key) => {
            // Shift only makes capitals here; the widget reads it as "select".
            let single = crossterm::event::KeyEvent::new(
                key.code,
                key.modifiers - crossterm::event::KeyModifiers::SHIFT,
            );
            if crate::tui::editor::type_into(&mut list.filter, single) {
                list.selected = 0;
            }
        }
        Input::Paste(text) => {
            list.filter.insert_str(text.replace(['\r', '\n'], " "));
            list.selected = 0;
        }
    }
    app.modes.push(Mode::Tables(list));
}
