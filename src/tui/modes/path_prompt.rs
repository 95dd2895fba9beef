//! What the path prompts (import, save as) share: a path is typed, Enter hands it on.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::modes::common::say;
use crate::tui::modes::{Input, Mode};
use crate::tui::state::{App, Level};

/// What one prompt does with its path.
pub struct Prompt {
    /// The effect Enter gives with the typed path.
    pub effect: fn(PathBuf) -> Effect,
    /// The prompt as a mode again, while typing goes on.
    pub mode: fn(Box<TextArea<'static>>) -> Mode,
    /// What the status line says once the path is handed on.
    pub saying: fn(&str) -> String,
}

pub fn update(
    app: &mut App,
    mut input: Box<TextArea<'static>>,
    what: Input,
    effects: &mut Vec<Effect>,
    prompt: &Prompt,
) {
    match what {
        Input::Command(Command::Close | Command::Quit) => return,
        Input::Command(Command::Confirm) => {
            let typed = input.lines().join("");
            let path = typed.trim();
            if !path.is_empty() {
                effects.push((prompt.effect)(PathBuf::from(path)));
                say(app, Level::Info, (prompt.saying)(path));
            }
            return;
        }
        Input::Command(_) => {}
        Input::Text(key) => {
            crate::tui::editor::type_into(&mut input, key);
        }
        Input::Paste(text) => {
            input.insert_str(text.replace(['\r', '\n'], ""));
        }
    }
    app.modes.push((prompt.mode)(input));
}
