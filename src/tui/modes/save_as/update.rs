//! The save-as prompt's update: the path is typed, Enter hands it to the autosaver.

use ratatui_textarea::TextArea;

use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::modes::common::say;
use crate::tui::modes::{Input, Mode};
use crate::tui::state::{App, Level};

pub fn update(
    app: &mut App,
    mut input: Box<TextArea<'static>>,
    what: Input,
    effects: &mut Vec<Effect>,
) {
    match what {
        Input::Command(Command::Close | Command::Quit) => return,
        Input::Command(Command::Confirm) => {
            let typed = input.lines().join("");
            let path = typed.trim();
            if !path.is_empty() {
                effects.push(Effect::SaveAs(std::path::PathBuf::from(path)));
                say(
                    app,
                    Level::Info,
                    crate::tr!("tui-save-as-saving", path = path),
                );
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
    app.modes.push(Mode::SaveAs(input));
}

/// How a save-as went: from now on the session is saved at the new path, or nothing changed.
pub fn saved_as(app: &mut App, result: Result<std::path::PathBuf, crate::tui::msg::SaveAsFailed>) {
    match result {
        Ok(path) => {
            let text = crate::tr!("tui-save-as-done", path = path.as_path());
            app.path = path;
            say(app, Level::Info, text);
        }
        Err(e) => say(
            app,
            Level::Error,
            crate::tr!("tui-save-as-failed", error = e.to_string()),
        ),
    }
}
