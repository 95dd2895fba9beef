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

/// A key from a burst (see [`Burst`]): in a mode where text is being typed (the editor, a
/// search, a path, the tables filter), Enter and Tab are characters of the pasted text — taken
/// as a paste of a line break or a tab, which the mode treats as it treats a bracketed paste —
/// so that the entry or prompt stays open, focus stays in its field, and nothing of the rest
/// of the paste runs as a command. Anywhere else the key is the key it is.
fn resolve_pasted(app: &App, key: &KeyEvent) -> Option<Action> {
    let typing = matches!(
        app.mode(),
        Mode::Edit(_) | Mode::Search(_) | Mode::Import(_) | Mode::Tables(_) | Mode::SaveAs(_)
    );
    match pasted_char(key) {
        Some(c) if typing => Some(Action::Paste(c.to_string())),
        _ => resolve_key(app, key),
    }
}

/// The character a key held by [`Burst`] stands for in pasted text: Enter a line break, Tab
/// a tab. `None` for any other key (or one with a modifier a paste never sends): those are
/// never held.
fn pasted_char(key: &KeyEvent) -> Option<char> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    match key.code {
        KeyCode::Enter
            if !key
                .modifiers
                .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL) =>
        {
            Some('\n')
        }
        KeyCode::Tab if key.modifiers.is_empty() => Some('\t'),
        _ => None,
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

/// Keys closer together than this came in one burst: a paste that a terminal or multiplexer
/// sent as keys (without bracketed paste). Why 20 ms: a paste arrives in one read, or, over a
/// slow link (ssh, a multiplexer), in chunks a few milliseconds apart; a person's keys are
/// 30 ms apart or more, even rolled keys of a fast typist. 20 ms takes the chunks in and
/// leaves a margin below the fastest typing; an Enter typed alone goes out 20 ms late, too
/// short to see.
pub const BURST_GAP: Duration = Duration::from_millis(20);

/// Tells a line break or tab inside a paste sent as keys from Enter pressed to finish an entry
/// or Tab pressed to go to the next field. The input thread hands it every key with the moment
/// it was read: an Enter or Tab pressed (see `pasted_char`) is held until the next key press
/// comes or [`BURST_GAP`] has passed. Another press within the gap makes it a
/// [`Msg::PastedKey`]; otherwise it goes out as typed. Releases and repeats (Windows reports
/// them; a key's own release comes right after its press) decide nothing: they wait behind
/// the held key, in order. Times are given, so tests need no clock.
#[derive(Debug, Default)]
pub struct Burst {
    held: Option<Held>,
}

#[derive(Debug)]
struct Held {
    key: KeyEvent,
    read: Instant,
    /// Releases and repeats read while the key was held, to go out after it.
    behind: Vec<KeyEvent>,
}

impl Burst {
    /// A key read at `at`: the messages to send now, in order.
    pub fn key(&mut self, key: KeyEvent, at: Instant) -> Vec<Msg> {
        if key.kind != KeyEventKind::Press {
            return match self.held.as_mut() {
                Some(held) => {
                    held.behind.push(key);
                    Vec::new()
                }
                None => vec![Msg::Key(key)],
            };
        }
        let mut out = Vec::new();
        if let Some(held) = self.held.take() {
            let pasted = at.saturating_duration_since(held.read) <= BURST_GAP;
            out.push(if pasted {
                Msg::PastedKey(held.key)
            } else {
                Msg::Key(held.key)
            });
            out.extend(held.behind.into_iter().map(Msg::Key));
        }
        if pasted_char(&key).is_some() {
            self.held = Some(Held {
                key,
                read: at,
                behind: Vec::new(),
            });
        } else {
            out.push(Msg::Key(key));
        }
        out
    }

    /// Something other than a key came (a bracketed paste, a click, a resize), or nothing
    /// came in time: the key held, if any, goes out as typed (with what waited behind it).
    pub fn release(&mut self) -> Vec<Msg> {
        self.held
            .take()
            .map(|h| {
                std::iter::once(h.key)
                    .chain(h.behind)
                    .map(Msg::Key)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How long, at `now`, to wait for another key before releasing the key held; `None`
    /// when none is held (wait as long as it takes).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.held
            .as_ref()
            .map(|h| BURST_GAP.saturating_sub(now.saturating_duration_since(h.read)))
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
        assert_eq!(b.wait(ms(225)), Some(Duration::ZERO), "the gap has passed");
        assert_eq!(b.release(), vec![Msg::Key(key(KeyCode::Enter))]);
        assert_eq!(b.release(), vec![]);
    }

    fn with_kind(code: KeyCode, kind: KeyEventKind) -> KeyEvent {
        KeyEvent { kind, ..key(code) }
    }

    #[test]
    fn the_gap_takes_in_a_paste_arriving_in_chunks_and_leaves_out_typing() {
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let mut b = Burst::default();
        // Over a slow link the next chunk comes 18 ms later: still the same paste.
        b.key(key(KeyCode::Enter), t0);
        assert_eq!(
            b.key(key(KeyCode::Char('x')), ms(18)),
            vec![
                Msg::PastedKey(key(KeyCode::Enter)),
                Msg::Key(key(KeyCode::Char('x')))
            ]
        );
        // A fast typist's next key, 30 ms after Enter: typed.
        b.key(key(KeyCode::Enter), ms(100));
        assert_eq!(
            b.key(key(KeyCode::Char('u')), ms(130)),
            vec![
                Msg::Key(key(KeyCode::Enter)),
                Msg::Key(key(KeyCode::Char('u')))
            ]
        );
    }

    /// Windows reports releases (and repeats): Enter's own release comes right after its
    /// press, before the rest of the paste. They decide nothing and keep their order.
    #[test]
    fn releases_and_repeats_wait_behind_the_held_key_and_the_next_press_decides() {
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let mut b = Burst::default();
        let enter_up = with_kind(KeyCode::Enter, KeyEventKind::Release);
        let x_up = with_kind(KeyCode::Char('x'), KeyEventKind::Release);
        let x_again = with_kind(KeyCode::Char('x'), KeyEventKind::Repeat);
        // Nothing held: a release goes out at once.
        assert_eq!(b.key(x_up, t0), vec![Msg::Key(x_up)]);
        // A paste on Windows: Enter down, Enter up, next key down, within the gap.
        assert_eq!(b.key(key(KeyCode::Enter), ms(1)), vec![]);
        assert_eq!(b.key(enter_up, ms(1)), vec![]);
        assert_eq!(b.key(x_again, ms(2)), vec![]);
        assert!(b.wait(ms(2)).is_some(), "still held");
        assert_eq!(
            b.key(key(KeyCode::Char('x')), ms(3)),
            vec![
                Msg::PastedKey(key(KeyCode::Enter)),
                Msg::Key(enter_up),
                Msg::Key(x_again),
                Msg::Key(key(KeyCode::Char('x')))
            ]
        );
        // A person on Windows: Enter down and up, the next key much later.
        b.key(key(KeyCode::Enter), ms(100));
        b.key(enter_up, ms(180));
        assert_eq!(
            b.key(key(KeyCode::Char('u')), ms(300)),
            vec![
                Msg::Key(key(KeyCode::Enter)),
                Msg::Key(enter_up),
                Msg::Key(key(KeyCode::Char('u')))
            ]
        );
        // Nothing follows in time: the held key goes out with what waited behind it.
        b.key(key(KeyCode::Enter), ms(400));
        b.key(enter_up, ms(405));
        assert_eq!(
            b.release(),
            vec![Msg::Key(key(KeyCode::Enter)), Msg::Key(enter_up)]
        );
    }

    #[test]
    fn a_plain_enter_or_tab_pressed_is_held_and_nothing_else() {
        let t0 = Instant::now();
        let mut b = Burst::default();
        for other in [
            KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT),
            KeyEvent::new(KeyCode::Enter, KeyModifiers::CONTROL),
            KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT),
            key(KeyCode::BackTab),
            key(KeyCode::Esc),
            key(KeyCode::Char(' ')),
        ] {
            assert_eq!(b.key(other, t0), vec![Msg::Key(other)], "{other:?}");
        }
        // A tab in a paste: held, then pasted; so is a line break right after it.
        assert_eq!(b.key(key(KeyCode::Tab), t0), vec![]);
        assert_eq!(
            b.key(key(KeyCode::Enter), t0),
            vec![Msg::PastedKey(key(KeyCode::Tab))]
        );
        assert_eq!(
            b.key(key(KeyCode::Char(' ')), t0),
            vec![
                Msg::PastedKey(key(KeyCode::Enter)),
                Msg::Key(key(KeyCode::Char(' ')))
            ]
        );
        // A Tab pressed alone goes out as typed.
        b.key(key(KeyCode::Tab), t0);
        assert_eq!(b.release(), vec![Msg::Key(key(KeyCode::Tab))]);
    }
}
