//! The import prompt's update: the path is typed, Enter hands it to the importer.

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
                effects.push(Effect::Import(std::path::PathBuf::from(path)));
                say(
                    app,
                    Level::Info,
                    crate::tr!("tui-import-reading", path = path),
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
    app.modes.push(Mode::Import(input));
}
