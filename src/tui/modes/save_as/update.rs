//! The save-as prompt's update: the path is typed, Enter hands it to the autosaver.

use ratatui_textarea::TextArea;

use crate::tui::effect::Effect;
use crate::tui::modes::common::say;
use crate::tui::modes::path_prompt::{self, Prompt};
use crate::tui::modes::{Input, Mode};
use crate::tui::state::{App, Level};

pub fn update(
    app: &mut App,
    input: Box<TextArea<'static>>,
    what: Input,
    effects: &mut Vec<Effect>,
) {
    let prompt = Prompt {
        effect: Effect::SaveAs,
        mode: Mode::SaveAs,
        saying: |path| crate::tr!("tui-save-as-saving", path = path),
    };
    path_prompt::update(app, input, what, effects, &prompt);
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
