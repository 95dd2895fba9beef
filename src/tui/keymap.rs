//! The one table of keys. It drives dispatch, the help screen and the footer hints, so they
//! cannot disagree. Slot keys come from the session's report template.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::model::Template;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
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
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".into(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (_, true) => format!("Alt-{base}"),
            _ => base,
        }
    }
}

/// One line of the help screen and, when `footer` is set, a hint in the footer.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    /// Short words for the footer, e.g. "new point".
    pub hint: String,
    /// Heading of the help screen this binding is listed under.
    pub group: &'static str,
    pub footer: bool,
}

fn b(keys: &[Key], action: Action, hint: &str, group: &'static str, footer: bool) -> Binding {
    Binding {
        keys: keys.to_vec(),
        action,
        hint: hint.to_owned(),
        group,
        footer,
    }
}

/// The keys of the main screen, with one capture key per template slot whose key is free.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
    /// Slots whose template key is already taken by a built-in key; reachable through `+`.
    pub shadowed: Vec<(String, String)>,
}

impl Keymap {
    pub fn new(template: &Template) -> Keymap {
        use KeyCode::*;
        const CAPTURE: &str = "Capture";
        const REPORT: &str = "Capture into the report form";
        const MOVE: &str = "Move around";
        const ARRANGE: &str = "Arrange";
        const SESSION: &str = "Session";
        let mut bindings = vec![
            b(
                &[Key::ch('n')],
                Action::NewPoint,
                "new point",
                CAPTURE,
                true,
            ),
            b(
                &[Key::plain(Enter), Key::ch('e')],
                Action::Edit,
                "edit",
                CAPTURE,
                true,
            ),
            b(
                &[Key::ch('+')],
                Action::NewInSlotPicker,
                "new entry of any kind (pick from a list)",
                CAPTURE,
                false,
            ),
            b(
                &[Key::ch('x')],
                Action::SortInto,
                "sort the selected point into a report slot",
                CAPTURE,
                false,
            ),
            b(
                &[Key::plain(Tab)],
                Action::NextTable,
                "next table",
                MOVE,
                true,
            ),
            b(
                &[Key::plain(BackTab)],
                Action::PrevTable,
                "previous table",
                MOVE,
                false,
            ),
            b(
                &[Key::ch('j'), Key::plain(Down)],
                Action::SelectNext,
                "next entry",
                MOVE,
                false,
            ),
            b(
                &[Key::ch('k'), Key::plain(Up)],
                Action::SelectPrev,
                "previous entry",
                MOVE,
                false,
            ),
            b(
                &[Key::plain(Home)],
                Action::SelectFirst,
                "first entry",
                MOVE,
                false,
            ),
            b(
                &[Key::plain(End)],
                Action::SelectLast,
                "last entry",
                MOVE,
                false,
            ),
            b(
                &[Key::ch('l'), Key::plain(Right)],
                Action::NextQuestion,
                "next guiding question",
                MOVE,
                false,
            ),
            b(
                &[Key::ch('h'), Key::plain(Left)],
                Action::PrevQuestion,
                "previous guiding question",
                MOVE,
                false,
            ),
            b(&[Key::ch('/')], Action::Search, "search", MOVE, true),
            b(
                &[Key::ch('K')],
                Action::MoveUp,
                "move the entry up",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('J')],
                Action::MoveDown,
                "move the entry down",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('H')],
                Action::MoveToPrevQuestion,
                "move the entry to the previous question",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('L')],
                Action::MoveToNextQuestion,
                "move the entry to the next question",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('<')],
                Action::MoveToPrevTable,
                "move the entry to the previous table",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('>')],
                Action::MoveToNextTable,
                "move the entry to the next table",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('d'), Key::plain(Delete)],
                Action::Delete,
                "delete",
                ARRANGE,
                false,
            ),
            b(&[Key::ch('u')], Action::Undo, "undo", ARRANGE, true),
            b(
                &[Key::ctrl('r'), Key::ch('U')],
                Action::Redo,
                "redo",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('b')],
                Action::ToggleGrouping,
                "group by question / by kind",
                ARRANGE,
                false,
            ),
            b(
                &[Key::ch('s')],
                Action::TimerToggle,
                "start / pause the timer",
                SESSION,
                false,
            ),
            b(
                &[Key::ch(']')],
                Action::TimerNextPhase,
                "next agenda phase",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('[')],
                Action::TimerPrevPhase,
                "previous agenda phase",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('P')],
                Action::Projector,
                "projector view",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('R')],
                Action::Report,
                "report view: pick what goes in, set the header",
                SESSION,
                true,
            ),
            b(
                &[Key::ch('E')],
                Action::Export,
                "export the report (Markdown, text, Word) beside the session file",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('I')],
                Action::Import,
                "merge in a table laptop's file (or a folder of them)",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('A')],
                Action::Aims,
                "aims and reference material",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('F')],
                Action::FileInfo,
                "session file and save state",
                SESSION,
                false,
            ),
            b(
                &[Key::ch('M')],
                Action::ToggleMouse,
                "mouse on / off",
                SESSION,
                false,
            ),
            b(&[Key::ch('?')], Action::Help, "help", SESSION, true),
            b(&[Key::ch('q')], Action::Quit, "quit", SESSION, true),
        ];
        for n in 1..=9u8 {
            let c = char::from(b'0' + n);
            bindings.push(b(
                &[Key::ch(c)],
                Action::GoToTable(usize::from(n - 1)),
                "table by number",
                MOVE,
                false,
            ));
        }
        let taken = |k: &Key, bs: &[Binding]| bs.iter().any(|b| b.keys.contains(k));
        let mut shadowed = Vec::new();
        for slot in template.slots() {
            let Some(c) = slot.key.as_deref().and_then(|k| k.chars().next()) else {
                continue;
            };
            let key = Key::ch(c);
            if taken(&key, &bindings) {
                shadowed.push((slot.label.clone(), c.to_string()));
                continue;
            }
            let hint = match &slot.parent {
                Some(p) => format!(
                    "{} (under the selected {})",
                    slot.label,
                    template.slot(p).map_or(p.as_str(), |s| s.label.as_str())
                ),
                None => slot.label.clone(),
            };
            bindings.push(b(
                &[key],
                Action::NewInSlot(slot.id.clone()),
                &hint,
                REPORT,
                false,
            ));
        }
        Keymap { bindings, shadowed }
    }

    /// The action of a key on the main screen.
    pub fn action(&self, key: &KeyEvent) -> Option<Action> {
        let k = Key::from_event(key);
        self.bindings
            .iter()
            .find(|b| b.keys.contains(&k))
            .map(|b| b.action.clone())
    }

    /// The first key of an action, for hints such as "press r".
    pub fn key_for(&self, action: &Action) -> Option<String> {
        self.bindings
            .iter()
            .find(|b| &b.action == action)
            .and_then(|b| b.keys.first())
            .map(Key::label)
    }
}

/// Keys inside the editor, for the help screen and the editor's footer.
pub const EDITOR_KEYS: &[(&str, &str)] = &[
    ("Enter", "done (the entry is kept)"),
    ("Esc", "done (nothing typed is lost)"),
    ("Alt-Enter / Ctrl-J", "new line"),
    ("Tab / Shift-Tab", "next / previous field"),
    ("Ctrl-U / Ctrl-R", "undo / redo typing"),
    ("Ctrl-← / Ctrl-→", "word left / right"),
    ("Space on “approved”", "toggle approval to name the speaker"),
];
