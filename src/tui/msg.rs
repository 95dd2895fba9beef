//! Everything that reaches the app, as one message type: input from the terminal, and what
//! the workers (autosaver, folder watcher, importer, exporter, clock) report. The loop
//! receives these on one channel; `keymap::resolve` turns keys and clicks into commands.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::export::ExportError;
use crate::model::Session;
use crate::storage::watch::Rejection;
use crate::storage::{AutosaveError, SaveError, SaveState};

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
    Exported(Result<Vec<PathBuf>, ExportFailed>),
}

/// A file from another laptop, as the app receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// The file's name, for messages.
    pub name: String,
    pub result: Result<Box<Session>, Refused>,
}

/// Why the report files were not written. Errors cross from a worker thread, so they are
/// shared, and compared by what they say.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ExportFailed {
    #[error(transparent)]
    Build(Arc<ExportError>),
    #[error(transparent)]
    Write(Arc<SaveError>),
    #[error("could not start writing the report: {0}")]
    NotStarted(Arc<std::io::Error>),
}

/// Why a file from another laptop was not merged.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    Rejected(Arc<Rejection>),
    #[error("could not start reading: {0}")]
    NotStarted(Arc<std::io::Error>),
}

/// Why quitting found the last changes unsaved.
#[derive(Debug, Clone, thiserror::Error)]
#[error(transparent)]
pub struct QuitBlocked(pub AutosaveError);

macro_rules! equal_by_message {
    ($($t:ty),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                self.to_string() == other.to_string()
            }
        }
        impl Eq for $t {}
    )*};
}

equal_by_message!(ExportFailed, Refused, QuitBlocked);
