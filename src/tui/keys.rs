//! Keys as the key tables name them, and one binding of a table: keys, the command they give,
//! and the words help and the footer show for it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::command::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    pub const fn alt(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: true,
        }
    }

    /// A key as pressed; Shift is folded into the character itself.
    pub fn from_event(e: &KeyEvent) -> Key {
        let code = match e.code {
            KeyCode::Char(c) if e.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        Key {
            code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
        }
    }

    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        match (self.ctrl, self.alt) {
            // Ctrl with a letter is written with the capital, as terminals and manuals do:
            // Ctrl-L, never Ctrl-l (Shift makes no difference with Ctrl).
            (true, _) => match self.code {
                KeyCode::Char(c) if c.is_alphabetic() => format!("Ctrl-{}", c.to_uppercase()),
                _ => format!("Ctrl-{base}"),
            },
            (_, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

impl Key {
    /// A key as a config file names it: a character as it is (`n`, `K`, `+`), or a name
    /// as help writes it, in any case (`Enter`, `tab`, `Space`, `PgUp`, `F5`, `Del`), arrows
    /// as `up` `down` `left` `right` (or `↑` …), with `ctrl-` or `alt-` before
    /// (`ctrl-q`, `Alt-Enter`); `shift-` only before a letter or Tab (`shift-tab`).
    pub fn parse(text: &str) -> Option<Key> {
        let mut rest = text.trim();
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        // A modifier is a word and a dash before something: `ctrl--` is Ctrl with `-`.
        while let Some((word, after)) = rest.split_once('-') {
            if after.is_empty() {
                break;
            }
            match word.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => ctrl = true,
                "alt" | "meta" => alt = true,
                "shift" => shift = true,
                _ => break,
            }
            rest = after;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => match c {
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c if shift && c.is_alphabetic() => KeyCode::Char(c.to_uppercase().next()?),
                c if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
                c => KeyCode::Char(c),
            },
            (Some(_), Some(_)) => named(&rest.to_ascii_lowercase())?,
            _ => return None,
        };
        let code = match code {
            KeyCode::Tab if shift => KeyCode::BackTab,
            // Shift was folded into the letter; with anything else it is not a key of ours.
            KeyCode::Char(_) | KeyCode::BackTab => code,
            _ if shift => return None,
            other => other,
        };
        Some(Key { code, ctrl, alt })
    }

    /// The key as a config file writes it, which `parse` reads back: `n`, `Enter`,
    /// `ctrl-r`, `alt-Enter`, `up`, `Space`.
    pub fn config_name(&self) -> String {
        let base = match self.code {
            KeyCode::Up => "up".to_owned(),
            KeyCode::Down => "down".to_owned(),
            KeyCode::Left => "left".to_owned(),
            KeyCode::Right => "right".to_owned(),
            KeyCode::Char(c) if self.ctrl => c.to_string(),
            _ => Key::plain(self.code).label(),
        };
        match (self.ctrl, self.alt) {
            (true, true) => format!("ctrl-alt-{base}"),
            (true, false) => format!("ctrl-{base}"),
            (false, true) => format!("alt-{base}"),
            (false, false) => base,
        }
    }
}

/// A key's name (lower case) as `Key::parse` reads it.
fn named(name: &str) -> Option<KeyCode> {
    use KeyCode::*;
    Some(match name {
        "enter" | "return" => Enter,
        "tab" => Tab,
        "backtab" | "shift-tab" => BackTab,
        "esc" | "escape" => Esc,
        "space" => Char(' '),
        "up" => Up,
        "down" => Down,
        "left" => Left,
        "right" => Right,
        "home" => Home,
        "end" => End,
        "pgup" | "pageup" => PageUp,
        "pgdn" | "pgdown" | "pagedown" => PageDown,
        "del" | "delete" => Delete,
        "backspace" => Backspace,
        "insert" | "ins" => Insert,
        f if f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=24) => F(n),
            _ => return None,
        },
        _ => return None,
    })
}

/// One line of the help screen and, when `footer` is set, a hint in the footer.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub command: Command,
    /// What the binding does, in words (looked up when drawn: the screen's language).
    pub about: About,
    /// Message id of the help heading this binding is listed under (`tui-group-…`).
    pub group: &'static str,
    pub footer: bool,
}

/// Ctrl-L, in every mode's table: the whole screen drawn again.
pub fn redraw(group: &'static str) -> Binding {
    bind(&[Key::ctrl('l')], Command::Redraw, group, false)
}

/// Ctrl-Z, in every mode's table: the app steps aside for the shell until `fg`.
pub fn suspend(group: &'static str) -> Binding {
    bind(&[Key::ctrl('z')], Command::Suspend, group, false)
}

/// Where a binding's words come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    /// A message of the catalog: `tui-command-NAME`, or `tui-command-MODE-NAME` where a mode
    /// words the command its own way.
    Message(String),
    /// A report template's slot: its label, and the label of the slot it goes under.
    Slot {
        label: String,
        parent: Option<String>,
    },
}

impl Binding {
    /// Short words for the footer and help, e.g. "new point"; what comes before a `:` is the
    /// footer's part.
    pub fn hint(&self) -> String {
        match &self.about {
            About::Message(id) => crate::i18n::text(id, &[]),
            About::Slot {
                label,
                parent: Some(parent),
            } => crate::tr!(
                "tui-slot-under-selected",
                slot = label.as_str(),
                parent = parent.as_str()
            ),
            About::Slot {
                label,
                parent: None,
            } => label.clone(),
        }
    }

    /// The footer's words: the hint up to its `:`.
    pub fn short_hint(&self) -> String {
        let hint = self.hint();
        hint.split(':').next().unwrap_or(&hint).trim().to_owned()
    }
}

/// The catalog's prefix of the commands' words.
const COMMAND: &str = "tui-command-";

/// A binding worded by the command's own message, `tui-command-NAME`.
pub fn bind(keys: &[Key], command: Command, group: &'static str, footer: bool) -> Binding {
    let id = format!("{COMMAND}{}", command.name());
    with_about(keys, command, About::Message(id), group, footer)
}

/// A binding worded as `mode` words it, `tui-command-MODE-NAME` ("cancel" for `close` in a
/// list, "back to the main screen" in the projector view).
pub fn bind_in(
    mode: &str,
    keys: &[Key],
    command: Command,
    group: &'static str,
    footer: bool,
) -> Binding {
    let id = format!("{COMMAND}{mode}-{}", command.name());
    with_about(keys, command, About::Message(id), group, footer)
}

pub fn with_about(
    keys: &[Key],
    command: Command,
    about: About,
    group: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        keys: keys.to_vec(),
        command,
        about,
        group,
        footer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_letters_are_written_with_the_capital() {
        assert_eq!(Key::ctrl('l').label(), "Ctrl-L");
        assert_eq!(Key::ctrl('r').label(), "Ctrl-R");
        assert_eq!(Key::ch('U').label(), "U");
        assert_eq!(Key::ch('u').label(), "u");
        assert_eq!(Key::alt(KeyCode::Enter).label(), "Alt-Enter");
        let ctrl_left = Key {
            code: KeyCode::Left,
            ctrl: true,
            alt: false,
        };
        assert_eq!(ctrl_left.label(), "Ctrl-←");
    }

    #[test]
    fn key_names_parse_in_any_case_and_write_back() {
        let k = |s: &str| Key::parse(s);
        assert_eq!(k("n"), Some(Key::ch('n')));
        assert_eq!(k("K"), Some(Key::ch('K')), "a letter keeps its case");
        assert_eq!(k("shift-k"), Some(Key::ch('K')));
        assert_eq!(k("Enter"), Some(Key::plain(KeyCode::Enter)));
        assert_eq!(k("ENTER"), k("return"));
        assert_eq!(k("ctrl-q"), Some(Key::ctrl('q')));
        assert_eq!(
            k("Ctrl-Q"),
            Some(Key::ctrl('q')),
            "Ctrl-Q is written with the capital"
        );
        assert_eq!(k("alt-enter"), Some(Key::alt(KeyCode::Enter)));
        assert_eq!(k("Space"), Some(Key::ch(' ')));
        assert_eq!(k("PgUp"), Some(Key::plain(KeyCode::PageUp)));
        assert_eq!(k("up"), Some(Key::plain(KeyCode::Up)));
        assert_eq!(k("↓"), Some(Key::plain(KeyCode::Down)));
        assert_eq!(k("F5"), Some(Key::plain(KeyCode::F(5))));
        assert_eq!(k("shift-tab"), Some(Key::plain(KeyCode::BackTab)));
        assert_eq!(k("Shift-Tab"), Some(Key::plain(KeyCode::BackTab)));
        assert_eq!(k("-"), Some(Key::ch('-')));
        assert_eq!(k("ctrl--"), Some(Key::ctrl('-')));
        for bad in ["", "enterr", "F99", "shift-Enter", "ctrl-", "hyper-x", "ab"] {
            assert_eq!(k(bad), None, "{bad:?}");
        }
        let all = [
            Key::ch('n'),
            Key::ch('K'),
            Key::ch(' '),
            Key::ch('+'),
            Key::ctrl('r'),
            Key::alt(KeyCode::Enter),
            Key::plain(KeyCode::BackTab),
            Key::plain(KeyCode::Up),
            Key::plain(KeyCode::PageDown),
            Key::plain(KeyCode::Delete),
            Key::plain(KeyCode::F(12)),
        ];
        for key in all {
            assert_eq!(
                Key::parse(&key.config_name()),
                Some(key),
                "{}",
                key.config_name()
            );
        }
    }
}
