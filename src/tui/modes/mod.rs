//! The modes of the screen, each in its own folder: its state and key table in `mod.rs`, its
//! update in `update.rs` (state files never import update files, so no import runs in a
//! circle). Modes stack: the main screen is always at the bottom; a dialog opened from the
//! report view returns to it when it closes.

pub mod common;
pub mod edit;
pub mod import;
pub mod normal;
pub mod panel;
pub mod path_prompt;
pub mod pick;
pub mod projector;
pub mod report;
pub mod save_as;
pub mod search;
pub mod tables;
pub mod what_changed;

use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::command::Command;
use super::editor::Editor;

/// What reaches the mode on top: a named command, a key for the text it is typing, or a
/// paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Command(Command),
    Text(KeyEvent),
    Paste(String),
}

#[derive(Debug)]
pub enum Mode {
    /// The main screen: questions beside the current table's entries.
    Normal,
    Edit(Box<Editor>),
    Help {
        scroll: u16,
    },
    Search(Box<search::Search>),
    Pick(pick::Picker),
    Aims {
        scroll: u16,
    },
    FileInfo,
    /// The report view; `cursor` is the selected row.
    Report {
        cursor: usize,
    },
    /// Asking for a file or folder to merge in.
    Import(Box<TextArea<'static>>),
    /// The current question and the table's points, large, for the wall.
    Projector,
    /// Choosing any table from a list of them all.
    Tables(Box<tables::TableList>),
    /// Asking for another folder to save the session in from now on.
    SaveAs(Box<TextArea<'static>>),
}

/// Which key table a mode uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeKind {
    Normal,
    Edit,
    Search,
    Pick,
    Import,
    Report,
    /// Help, aims and the file panel: reading, scrolling, closing.
    Panel,
    Projector,
    /// The list of every table, to go to one.
    Tables,
    SaveAs,
}

impl ModeKind {
    pub const ALL: [ModeKind; 10] = [
        ModeKind::Normal,
        ModeKind::Edit,
        ModeKind::Search,
        ModeKind::Pick,
        ModeKind::Import,
        ModeKind::Report,
        ModeKind::Panel,
        ModeKind::Projector,
        ModeKind::Tables,
        ModeKind::SaveAs,
    ];

    /// The heading of this mode's keys in help.
    pub fn title(self) -> String {
        crate::i18n::text(self.title_id(), &[])
    }

    /// The message id of the heading (each mode's key table lists its keys under it).
    pub fn title_id(self) -> &'static str {
        match self {
            ModeKind::Normal => "tui-mode-normal",
            ModeKind::Edit => "tui-mode-edit",
            ModeKind::Search => "tui-mode-search",
            ModeKind::Pick => "tui-mode-pick",
            ModeKind::Import => "tui-mode-import",
            ModeKind::Report => "tui-mode-report",
            ModeKind::Panel => "tui-mode-panel",
            ModeKind::Projector => "tui-mode-projector",
            ModeKind::Tables => "tui-mode-tables",
            ModeKind::SaveAs => "tui-mode-save-as",
        }
    }
}

impl Mode {
    pub fn kind(&self) -> ModeKind {
        match self {
            Mode::Normal => ModeKind::Normal,
            Mode::Edit(_) => ModeKind::Edit,
            Mode::Search(_) => ModeKind::Search,
            Mode::Pick(_) => ModeKind::Pick,
            Mode::Import(_) => ModeKind::Import,
            Mode::Report { .. } => ModeKind::Report,
            Mode::Help { .. } | Mode::Aims { .. } | Mode::FileInfo => ModeKind::Panel,
            Mode::Projector => ModeKind::Projector,
            Mode::Tables(_) => ModeKind::Tables,
            Mode::SaveAs(_) => ModeKind::SaveAs,
        }
    }
}
