//! What the update takes: a named command, text for the focused input, or a worker's result.
//! Keys and clicks have already been resolved (see `keymap::resolve`).

use std::path::PathBuf;

use crossterm::event::KeyEvent;

pub use super::command::Command;
pub use super::msg::{
    Arrival, ExportFailed, Followed, QuitBlocked, Refused, SaveAsFailed, Written,
};
use crate::storage::SaveState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Command(Command),
    /// A key for the text being typed (editor, search box, path prompt).
    Text(KeyEvent),
    Paste(String),
    Resized {
        width: u16,
        height: u16,
    },
    /// The clock moved on (a running timer, or a pause in typing a large entry).
    Tick,
    /// Put everything typed into the session now: a final save follows.
    Flush,
    /// The session is on screen for the first time: say what was opened.
    Opened,
    Saved(SaveState),
    Arrived(Arrival),
    Exported(Result<Written, ExportFailed>),
    /// A new version of the followed file, or why there is none (a read-only window shows
    /// it; a window that writes merges in a version from elsewhere).
    Followed(Followed),
    /// The session is now saved at this path, or why it could not move there.
    SavedAs(Result<PathBuf, SaveAsFailed>),
    /// Quitting found that the last changes could not be saved.
    QuitBlocked(QuitBlocked),
}

impl From<Command> for Action {
    fn from(c: Command) -> Action {
        Action::Command(c)
    }
}
