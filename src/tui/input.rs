//! Input becomes commands here, and only here (besides the text-editing widget, which takes
//! the keys no table claims while text is being typed): keys through the current mode's
//! table, clicks through where the last frame drew things.

use std::time::{Duration, Instant};

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
        Msg::PastedKey(key) => resolve_pasted(app, &key),
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

/// A key from a burst (see [`Burst`]): in the editor, the key that would finish the entry is
/// a line break of the pasted text, so that the rest of the paste is typed into the entry
/// and nothing of it runs as a command. Anywhere else it is the key it is.
fn resolve_pasted(app: &App, key: &KeyEvent) -> Option<Action> {
    if let Mode::Edit(_) = app.mode()
        && app.keymap.command(app.mode().kind(), key) == Some(Command::Done)
    {
        return Some(Action::Paste("\n".into()));
    }
    resolve_key(app, key)
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

/// Keys closer together than this came in one burst: a paste that a terminal or multiplexer
/// sent as keys (without bracketed paste). Typing is never this fast: a person's keys are
/// 30 ms apart or more, and the keys of a paste arrive together, in one read.
pub const BURST_GAP: Duration = Duration::from_millis(10);

/// Tells a line break inside a paste sent as keys from Enter pressed to finish an entry.
/// The input thread hands it every key with the moment it was read: an Enter is held until
/// the next key comes or [`BURST_GAP`] has passed. Another key within the gap makes it a
/// [`Msg::PastedKey`]; otherwise it goes out as typed, a gap's time late (too short to see).
/// Times are given, so tests need no clock.
#[derive(Debug, Default)]
pub struct Burst {
    held: Option<(KeyEvent, Instant)>,
}

impl Burst {
    /// A key read at `at`: the messages to send now, in order.
    pub fn key(&mut self, key: KeyEvent, at: Instant) -> Vec<Msg> {
        let mut out = Vec::with_capacity(2);
        if let Some((enter, read)) = self.held.take() {
            let follows =
                key.kind == KeyEventKind::Press && at.saturating_duration_since(read) <= BURST_GAP;
            out.push(if follows {
                Msg::PastedKey(enter)
            } else {
                Msg::Key(enter)
            });
        }
        let enter = key.code == KeyCode::Enter
            && key.kind == KeyEventKind::Press
            && !key
                .modifiers
                .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL);
        if enter {
            self.held = Some((key, at));
        } else {
            out.push(Msg::Key(key));
        }
        out
    }

    /// Something other than a key came (a bracketed paste, a click, a resize), or nothing
    /// came in time: the Enter held, if any, goes out as typed.
    pub fn release(&mut self) -> Option<Msg> {
        self.held.take().map(|(k, _)| Msg::Key(k))
    }

    /// How long, at `now`, to wait for another key before releasing the Enter held; `None`
    /// when none is held (wait as long as it takes).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.held
            .as_ref()
            .map(|(_, read)| BURST_GAP.saturating_sub(now.saturating_duration_since(*read)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn an_enter_followed_within_the_gap_is_pasted_and_one_followed_later_is_typed() {
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let mut b = Burst::default();
        assert_eq!(
            b.key(key(KeyCode::Char('a')), t0),
            vec![Msg::Key(key(KeyCode::Char('a')))]
        );
        // Enter is held: nothing goes out until the next key says what it was.
        assert_eq!(b.key(key(KeyCode::Enter), ms(1)), vec![]);
        assert_eq!(b.wait(ms(4)), Some(BURST_GAP - Duration::from_millis(3)));
        assert_eq!(
            b.key(key(KeyCode::Char('u')), ms(2)),
            vec![
                Msg::PastedKey(key(KeyCode::Enter)),
                Msg::Key(key(KeyCode::Char('u')))
            ]
        );
        assert_eq!(b.wait(ms(2)), None, "nothing held");
        // A person: Enter, then a command 40 ms later.
        assert_eq!(b.key(key(KeyCode::Enter), ms(100)), vec![]);
        assert_eq!(
            b.key(key(KeyCode::Char('u')), ms(140)),
            vec![
                Msg::Key(key(KeyCode::Enter)),
                Msg::Key(key(KeyCode::Char('u')))
            ]
        );
        // Two line breaks in a row: the first is pasted, the second waits for what follows.
        b.key(key(KeyCode::Enter), ms(200));
        assert_eq!(
            b.key(key(KeyCode::Enter), ms(200)),
            vec![Msg::PastedKey(key(KeyCode::Enter))]
        );
        assert_eq!(b.wait(ms(215)), Some(Duration::ZERO), "the gap has passed");
        assert_eq!(b.release(), Some(Msg::Key(key(KeyCode::Enter))));
        assert_eq!(b.release(), None);
    }

    #[test]
    fn only_a_plain_enter_pressed_is_held() {
        let t0 = Instant::now();
        let mut b = Burst::default();
        let alt_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT);
        assert_eq!(b.key(alt_enter, t0), vec![Msg::Key(alt_enter)]);
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            ..key(KeyCode::Enter)
        };
        assert_eq!(b.key(release, t0), vec![Msg::Key(release)]);
        // A key released right after Enter is the same key stroke, not a burst.
        b.key(key(KeyCode::Enter), t0);
        assert_eq!(
            b.key(release, t0),
            vec![Msg::Key(key(KeyCode::Enter)), Msg::Key(release)]
        );
    }
}
