//! Everything that reaches the app, as one message type: input from the terminal, and what
//! the workers (autosaver, folder watcher, importer, exporter, clock) report. The loop
//! receives these on one channel; `keymap::resolve` turns keys and clicks into commands.

use std::path::PathBuf;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::model::Session;
use crate::storage::SaveState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    Resize {
        width: u16,
        height: u16,
    },
    /// A second passed while the agenda timer runs.
    Tick,
    Saved(SaveState),
    /// A session file from another laptop was read, or refused.
    Arrived(Arrival),
    /// The report files were written, or why they were not.
    Exported(Result<Vec<PathBuf>, String>),
}

/// A file from another laptop, as the app receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// The file's name, for messages.
    pub name: String,
    pub result: Result<Box<Session>, String>,
}
