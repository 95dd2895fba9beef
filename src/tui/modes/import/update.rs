//! The import prompt's update: the path is typed, Enter hands it to the importer.

use ratatui_textarea::TextArea;

use crate::tui::effect::Effect;
use crate::tui::modes::path_prompt::{self, Prompt};
use crate::tui::modes::{Input, Mode};
use crate::tui::state::App;

pub fn update(
    app: &mut App,
    input: Box<TextArea<'static>>,
    what: Input,
    effects: &mut Vec<Effect>,
) {
    let prompt = Prompt {
        effect: Effect::Import,
        mode: Mode::Import,
        saying: |path| crate::tr!("tui-import-reading", path = path),
    };
    path_prompt::update(app, input, what, effects, &prompt);
}
