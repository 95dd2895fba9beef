//! The reading panels' update: scrolling, and closing on anything else.

use chrono::{DateTime, Utc};

use crate::tui::command::Command;
use crate::tui::modes::Mode;
use crate::tui::state::App;

pub fn update(app: &mut App, mode: Mode, command: Command, now: DateTime<Utc>) {
    let by = |scroll: u16| match command {
        Command::ScrollDown | Command::SelectNext => Some(scroll.saturating_add(1)),
        Command::ScrollUp | Command::SelectPrev => Some(scroll.saturating_sub(1)),
        Command::PageDown => Some(scroll.saturating_add(10)),
        Command::PageUp => Some(scroll.saturating_sub(10)),
        _ => None,
    };
    let next = match mode {
        Mode::Help { scroll } => by(scroll).map(|scroll| Mode::Help { scroll }),
        Mode::Aims { scroll } => by(scroll).map(|scroll| Mode::Aims { scroll }),
        // The file panel does not scroll: any key closes it.
        _ => None,
    };
    if let Some(mode) = next {
        app.modes.push(mode);
        // Never past the end: a step back up from there moves at once.
        let max = crate::tui::view::scroll_max(app, now);
        if let (Some(max), Some(Mode::Help { scroll } | Mode::Aims { scroll })) =
            (max, app.modes.last_mut())
        {
            *scroll = (*scroll).min(max);
        }
    }
}
