//! Everything that can happen to the app, whatever caused it (a key, a click, a signal, the
//! autosaver). `update` is the only place these change state.

use crossterm::event::KeyEvent;

use crate::model::Session;
use crate::storage::SaveState;

/// A file from another laptop, as the app receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// The file's name, for messages.
    pub name: String,
    pub result: Result<Box<Session>, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    /// Leave whatever dialog or editor is open, keeping what was typed.
    Close,
    NextTable,
    PrevTable,
    GoToTable(usize),
    NextQuestion,
    PrevQuestion,
    SelectNext,
    SelectPrev,
    SelectFirst,
    SelectLast,
    /// Start typing a new discussion point at the current table and question.
    NewPoint,
    /// Start typing a new entry of a template slot.
    NewInSlot(String),
    /// Choose a slot from a list, then type a new entry of it.
    NewInSlotPicker,
    /// Sort the selected entry into a slot (a point becomes a recommendation…).
    SortInto,
    Edit,
    Delete,
    Undo,
    Redo,
    MoveUp,
    MoveDown,
    MoveToPrevQuestion,
    MoveToNextQuestion,
    MoveToPrevTable,
    MoveToNextTable,
    ToggleGrouping,
    Search,
    Projector,
    TimerToggle,
    TimerNextPhase,
    TimerPrevPhase,
    Aims,
    FileInfo,
    /// Open or close the report view.
    Report,
    /// Ask for a file or folder of session files to merge in.
    Import,
    /// A session file from another laptop was read (or rejected).
    Arrived(Arrival),
    /// Write the report files beside the session file.
    Export,
    /// The export finished: the paths written, or why it failed.
    Exported(Result<Vec<String>, String>),
    ToggleMouse,
    /// A key for the text editor, search box or a list dialog.
    Input(KeyEvent),
    Paste(String),
    /// A mouse click at a screen cell.
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp,
    ScrollDown,
    Saved(SaveState),
    /// A second passed while the timer runs: redraw only.
    Redraw,
    /// The window changed size: repaint everything.
    Resized,
}
