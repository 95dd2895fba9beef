//! Choosing from a short list: the kind of a new entry, the slot to sort an entry into, the
//! entry it goes under. Each option may have a key that picks it at once.

pub mod update;

use crossterm::event::{KeyCode, KeyEvent};

use crate::model::{ItemId, Session, SlotId};
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    /// Type a new entry of the chosen slot.
    New,
    /// Sort this entry into the chosen slot.
    Sort(ItemId),
    /// Hang `item` (sorted into `slot`) under the chosen entry.
    Parent { item: ItemId, slot: SlotId },
}

/// What an option of a list stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// A plain discussion point, in no slot.
    Point,
    /// An entry of this slot.
    Slot(SlotId),
    /// This entry (to hang another under).
    Entry(ItemId),
}

/// A list to choose from: each option is a value and the words shown for it.
#[derive(Debug, Clone)]
pub struct Picker {
    pub purpose: PickPurpose,
    pub title: String,
    pub options: Vec<PickOption>,
    pub selected: usize,
}

#[derive(Debug, Clone)]
pub struct PickOption {
    pub value: Choice,
    pub label: String,
    /// A key that picks this option at once.
    pub key: Option<char>,
}

impl Picker {
    /// The option a key picks at once, if any.
    pub fn option_for(&self, key: &KeyEvent) -> Option<Command> {
        let KeyCode::Char(c) = key.code else {
            return None;
        };
        self.options
            .iter()
            .position(|o| o.key == Some(c))
            .map(Command::Choose)
    }
}

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-pick";
    vec![
        bind_in(
            "pick",
            &[Key::plain(Down), Key::ch('j'), Key::plain(Tab)],
            Command::SelectNext,
            G,
            false,
        ),
        bind_in(
            "pick",
            &[Key::plain(Up), Key::ch('k'), Key::plain(BackTab)],
            Command::SelectPrev,
            G,
            false,
        ),
        bind_in("pick", &[Key::plain(Enter)], Command::Confirm, G, true),
        bind_in("pick", &[Key::plain(Esc)], Command::Close, G, true),
        bind(&[Key::ctrl('z')], Command::Suspend, G, false),
    ]
}

/// The template's slots as options (with a plain point first when `with_point`).
pub fn slot_options(s: &Session, with_point: bool) -> Vec<PickOption> {
    let mut v: Vec<PickOption> = s
        .template
        .slots()
        .map(|slot| PickOption {
            value: Choice::Slot(slot.id.clone()),
            label: match &slot.parent {
                Some(p) => crate::tr!(
                    "tui-slot-under-any",
                    slot = slot.label.as_str(),
                    parent = s.template.slot(p).map_or(p.as_str(), |x| x.label.as_str())
                ),
                None => slot.label.clone(),
            },
            key: slot.key.as_deref().and_then(|k| k.chars().next()),
        })
        .collect();
    if with_point {
        v.insert(
            0,
            PickOption {
                value: Choice::Point,
                label: crate::tr!("tui-pick-point"),
                key: Some('n'),
            },
        );
    }
    v
}
