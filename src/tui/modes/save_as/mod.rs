//! "Save as": asking for another folder (or a `.json` file) to save the session in from now
//! on, when its folder can no longer be written or its disk is full.

pub mod update;

use crossterm::event::KeyCode;
use ratatui_textarea::TextArea;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind_in};

pub fn keys() -> Vec<Binding> {
    const G: &str = "tui-mode-save-as";
    vec![
        bind_in(
            "save_as",
            &[Key::plain(KeyCode::Enter)],
            Command::Confirm,
            G,
            true,
        ),
        bind_in(
            "save_as",
            &[Key::plain(KeyCode::Esc)],
            Command::Close,
            G,
            true,
        ),
    ]
}

/// The prompt, holding a folder to start from: the user's home folder, else the session's own.
pub fn prompt(current: &std::path::Path) -> TextArea<'static> {
    let folder = dirs::home_dir().unwrap_or_else(|| {
        current
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default()
    });
    let mut text = folder.display().to_string();
    if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
        text.push(std::path::MAIN_SEPARATOR);
    }
    let mut input = TextArea::from([text]);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input.set_placeholder_text(crate::tr!("tui-save-as-placeholder"));
    input
}
