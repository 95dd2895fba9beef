//! The projector view's update.

use chrono::{DateTime, Utc};

use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::modes::Mode;
use crate::tui::modes::normal::update::navigate;
use crate::tui::modes::tables::TableList;
use crate::tui::state::App;

pub fn update(app: &mut App, command: Command, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
    // A warning on the wall lasts until the next key.
    app.message = None;
    match command {
        Command::Close | Command::Projector => return,
        // The list of tables opens over the projector view and returns to it.
        Command::ChooseTable => {
            app.modes.push(Mode::Projector);
            let list = TableList::new(&app.session.plan, app.table);
            app.modes.push(Mode::Tables(Box::new(list)));
            return;
        }
        Command::Quit => effects.push(Effect::Quit {
            rescue: app.quit_blocked,
        }),
        other => navigate(app, other, now),
    }
    app.modes.push(Mode::Projector);
}
