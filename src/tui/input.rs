//! Input becomes commands here, and only here (besides the text-editing widget, which takes
//! the keys no table claims while text is being typed): keys through the current mode's
//! table, clicks through where the last frame drew things.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::Action;
use super::command::Command;
use super::modes::Mode;
use super::msg::Msg;
use super::state::{App, HitMap};

/// Ctrl-C quits from anywhere, after saving.
fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)
}

/// What a message asks of the update: keys through the current mode's table, clicks through
/// what the last frame drew where. `None` when it asks nothing.
pub fn resolve(app: &App, hits: &HitMap, msg: Msg) -> Option<Action> {
    match msg {
        Msg::Key(key) => resolve_key(app, &key),
        Msg::Paste(text) => Some(Action::Paste(text)),
        Msg::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                hits.at(m.column, m.row).map(Action::Command)
            }
            MouseEventKind::ScrollDown => Some(Action::Command(Command::ScrollDown)),
            MouseEventKind::ScrollUp => Some(Action::Command(Command::ScrollUp)),
            _ => None,
        },
        Msg::Resize { width, height } => Some(Action::Resized { width, height }),
        Msg::Tick => Some(Action::Tick),
        Msg::Saved(s) => Some(Action::Saved(s)),
        Msg::Arrived(a) => Some(Action::Arrived(a)),
        Msg::Exported(r) => Some(Action::Exported(r)),
        Msg::Followed(f) => Some(Action::Followed(f)),
        Msg::SavedAs(r) => Some(Action::SavedAs(r)),
    }
}

fn resolve_key(app: &App, key: &KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if is_ctrl_c(key) {
        return Some(Action::Command(Command::Quit));
    }
    // Tests check that a panic restores the terminal and keeps the text; never in a release
    // build.
    #[cfg(debug_assertions)]
    if key.code == KeyCode::F(12) && std::env::var_os("BREAKOUT_TEST_PANIC_KEY").is_some() {
        panic!("test panic requested with F12 (BREAKOUT_TEST_PANIC_KEY is set)");
    }
    let mode = app.mode();
    let kind = mode.kind();
    let command = app.keymap.command(kind, key);
    // On a screen too small to see, keys that would act unseen change nothing, but quitting
    // still works; what is being typed keeps being typed (and Esc still keeps it).
    let typing = matches!(
        mode,
        Mode::Edit(_) | Mode::Search(_) | Mode::Import(_) | Mode::Tables(_) | Mode::SaveAs(_)
    );
    if app.too_small() && !typing {
        return command
            .filter(|c| matches!(c, Command::Quit | Command::Redraw | Command::Suspend))
            .map(Action::Command);
    }
    match mode {
        Mode::Edit(editor) => match command {
            // Space toggles the approval only when that is what has the focus.
            Some(Command::ToggleApproval) if !editor.focus_on_approval() => {
                Some(Action::Text(*key))
            }
            Some(c) => Some(Action::Command(c)),
            None if editor.focus_on_approval() => None,
            None => Some(Action::Text(*key)),
        },
        Mode::Search(_) | Mode::Import(_) | Mode::Tables(_) | Mode::SaveAs(_) => {
            Some(command.map_or(Action::Text(*key), Action::Command))
        }
        Mode::Pick(picker) => command
            .or_else(|| picker.option_for(key))
            .map(Action::Command),
        // A reading panel: any key it does not use closes it.
        Mode::Help { .. } | Mode::Aims { .. } | Mode::FileInfo => {
            Some(Action::Command(command.unwrap_or(Command::Close)))
        }
        _ => command.map(Action::Command),
    }
}
