//! Everything that reaches the app, as one message type: input from the terminal, and what
//! the workers (autosaver, folder watcher, importer, exporter, clock) report. The loop
//! receives these on one channel; `keymap::resolve` turns keys and clicks into commands.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::export::ExportError;
use crate::model::Session;
use crate::storage::watch::Rejection;
use crate::storage::{AutosaveError, LoadError, SaveAsError, SaveError, SaveState};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    /// A key that came in a burst, with more keys right behind it, faster than anyone types:
    /// a paste that a terminal or multiplexer sent as keys (see `input::Burst`). Enter or Tab
    /// so marked is a line break or tab in the pasted text where text is being typed, not the
    /// end of the entry or prompt, nor a move to the next field.
    PastedKey(KeyEvent),
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
    Exported(Result<Written, ExportFailed>),
    /// The session is now saved at this path ("save as"), or why not.
    SavedAs(Result<PathBuf, SaveAsFailed>),
    /// The session file this window follows has a new version, or has none.
    Followed(Followed),
}

/// What the follower of a read-only window's file saw (see `storage::follow`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Followed {
    /// The file as it is now.
    Session(Box<Session>),
    /// The file is not there any more: the window keeps the last version it read.
    Gone,
    /// The file cannot be read as a session now: why.
    Unreadable(Unreadable),
}

/// Why the followed file cannot be read, shared across threads and compared by its words.
#[derive(Debug, Clone)]
pub struct Unreadable(pub Arc<LoadError>);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<crate::storage::follow::Followed> for Followed {
    fn from(f: crate::storage::follow::Followed) -> Followed {
        use crate::storage::follow::Followed as F;
        match f {
            F::Session(s) => Followed::Session(s),
            F::Gone => Followed::Gone,
            F::Unreadable(e) => Followed::Unreadable(Unreadable(Arc::new(e))),
        }
    }
}

/// A file from another laptop, as the app receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// The file's name, for messages.
    pub name: String,
    pub result: Result<Box<Session>, Refused>,
}

/// The report files written: where, and the notes the report makes about the form's limits
/// (the rapporteur decides; the export only says).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub paths: Vec<PathBuf>,
    pub notes: Vec<String>,
}

impl From<Vec<PathBuf>> for Written {
    fn from(paths: Vec<PathBuf>) -> Self {
        Written {
            paths,
            notes: Vec::new(),
        }
    }
}

/// Why the report files were not written. Errors cross from a worker thread, so they are
/// shared, and compared by what they say.
#[derive(Debug, Clone)]
pub enum ExportFailed {
    Build(Arc<ExportError>),
    Write(Arc<SaveError>),
    NotStarted(Arc<std::io::Error>),
}

impl std::fmt::Display for ExportFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportFailed::Build(e) => e.fmt(f),
            ExportFailed::Write(e) => e.fmt(f),
            ExportFailed::NotStarted(e) => {
                let text = crate::tr!("tui-export-not-started", error = e.to_string());
                f.write_str(&text)
            }
        }
    }
}

impl std::error::Error for ExportFailed {}

/// Why a file from another laptop was not merged.
#[derive(Debug, Clone)]
pub enum Refused {
    Rejected(Arc<Rejection>),
    NotStarted(Arc<std::io::Error>),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Rejected(e) => e.fmt(f),
            Refused::NotStarted(e) => {
                let text = crate::tr!("tui-import-not-started", error = e.to_string());
                f.write_str(&text)
            }
        }
    }
}

impl std::error::Error for Refused {}

/// Why "save as" did not move the session.
#[derive(Debug, Clone, thiserror::Error)]
#[error(transparent)]
pub struct SaveAsFailed(pub Arc<SaveAsError>);

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

equal_by_message!(ExportFailed, Refused, QuitBlocked, Unreadable, SaveAsFailed);
