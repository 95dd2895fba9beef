//! Work the update asks the loop to do outside it: saving, exporting, importing, quitting,
//! switching mouse capture. The update itself does no I/O.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Hand the session as it is now to the autosaver.
    Save,
    /// Save and leave; with `rescue`, a save that fails writes a rescue copy elsewhere.
    Quit {
        rescue: bool,
    },
    SetMouse(bool),
    /// Write the report files beside the session file, off the key loop.
    Export,
    /// Read a session file, or a folder of them, off the key loop, and merge them in.
    Import(PathBuf),
    /// Save the session to this folder or file from now on, off the key loop.
    SaveAs(PathBuf),
    /// Clear the terminal and draw every cell again: something else wrote over the screen,
    /// or the terminal drew a cluster at a width of its own.
    Redraw,
    /// Save, give the terminal back to the shell and stop the process (Ctrl-Z, Unix); when the
    /// shell continues it (`fg`), take the terminal again and draw everything.
    Suspend,
}
