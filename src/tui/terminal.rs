//! The terminal around the live screen: taking it (raw mode, the alternate screen, the
//! session's name as the window's title) and giving it back, stopping the process for the
//! shell's job control (Ctrl-Z, `kill -TSTP`), and the words a panic adds.

use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::style::Print;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, SetTitle, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};

use crate::model::Session;

/// Whether the app has the terminal (raw mode, alternate screen, its title): what
/// `restore_terminal` gives back, once.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// xterm's title stack: push the terminal's title before setting the session's, pop it after.
const PUSH_TITLE: &str = "\x1b[22;0t";
const POP_TITLE: &str = "\x1b[23;0t";

/// Gives the terminal back as it was: cooked mode, the shell's screen, its cursor and title.
/// Does nothing when the app does not have it (already restored, or never taken).
pub(super) fn restore_terminal() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show,
        Print(POP_TITLE)
    );
}

/// Takes the terminal for the full screen: raw mode, the alternate screen, pastes as one
/// event, the session's name as the window title (the terminal's own kept on its stack).
pub(super) fn take_terminal(title: &str, mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    TAKEN.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    let taken = execute!(
        out,
        Print(PUSH_TITLE),
        SetTitle(title),
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )
    .and_then(|()| {
        if mouse {
            execute!(out, EnableMouseCapture)
        } else {
            Ok(())
        }
    });
    if taken.is_err() {
        restore_terminal();
    }
    taken
}

/// The window's title while the app runs: the session file's name and the session's number
/// and theme, without control characters (they would end the title early).
pub(super) fn window_title(session: &Session, path: &Path) -> String {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let info = &session.plan.session;
    let title = crate::tr!(
        "tui-title",
        file = file,
        session = format!("{} {}", info.number, info.title).trim()
    );
    title.chars().filter(|c| !c.is_control()).collect()
}

/// Stops this process as SIGTSTP's default action would, until the shell continues it.
#[cfg(unix)]
pub(super) fn stop_process() {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
}

#[cfg(not(unix))]
pub(super) fn stop_process() {}

/// SIGTSTP from outside the terminal's keys (`kill -TSTP`): suspend as Ctrl-Z does. (In raw
/// mode the terminal sends Ctrl-Z as a key, not as this signal.)
#[cfg(unix)]
pub(super) fn listen_suspend(
    suspend: impl Fn() -> bool + Send + 'static,
) -> io::Result<signal_hook::iterator::Handle> {
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGTSTP])?;
    let handle = signals.handle();
    std::thread::Builder::new()
        .name("suspend".into())
        .spawn(move || {
            for _ in signals.forever() {
                if !suspend() {
                    break;
                }
            }
        })?;
    Ok(handle)
}

/// What a panic's message adds, after the terminal is restored and Rust's own message: where
/// the notes are (or what went wrong saving them) and where the log is.
pub(super) fn panic_words(path: &Path, read_only: bool, problem: Option<String>) -> String {
    let notes = match problem {
        Some(problem) => problem,
        None if read_only => crate::tr!("tui-panic-read-only", path = path),
        None => crate::tr!("tui-panic-saved", path = path),
    };
    let log = match crate::log::path() {
        Some(log) => crate::tr!("tui-panic-log", log = log),
        None => crate::tr!("tui-panic-no-log"),
    };
    format!("{notes}\n{log}")
}
