//! The key tables of every mode, put together for one report template (its slots bring
//! capture keys). The same tables drive dispatch (`input`), the help screen and the footer, so
//! they cannot disagree.

use crossterm::event::KeyEvent;

use super::command::Command;
use super::keys::{Binding, Key};
use super::modes::{self, ModeKind};
use crate::model::Template;

/// Every mode's table of keys.
#[derive(Debug, Clone)]
pub struct Keymap {
    tables: Vec<(ModeKind, Vec<Binding>)>,
    /// Slots whose template key is already taken by a built-in key; reachable through `+`.
    pub shadowed: Vec<(String, String)>,
}

impl Keymap {
    pub fn new(template: &Template) -> Keymap {
        let (normal, shadowed) = modes::normal::keys(template);
        let tables = ModeKind::ALL
            .iter()
            .map(|&kind| {
                let mut table = match kind {
                    ModeKind::Normal => normal.clone(),
                    ModeKind::Edit => modes::edit::keys(),
                    ModeKind::Search => modes::search::keys(),
                    ModeKind::Pick => modes::pick::keys(),
                    ModeKind::Import => modes::import::keys(),
                    ModeKind::Report => modes::report::keys(),
                    ModeKind::Panel => modes::panel::keys(),
                    ModeKind::Projector => modes::projector::keys(),
                    ModeKind::SaveAs => modes::save_as::keys(),
                };
                // Ctrl-L redraws in every mode (the main screen lists it with its own keys).
                if kind != ModeKind::Normal {
                    table.push(super::keys::redraw(kind.title_id()));
                }
                (kind, table)
            })
            .collect();
        Keymap { tables, shadowed }
    }

    /// The bindings of a mode, in the order help lists them.
    pub fn table(&self, kind: ModeKind) -> &[Binding] {
        self.tables
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, t)| t.as_slice())
    }

    /// The command a key gives in a mode.
    pub fn command(&self, kind: ModeKind, key: &KeyEvent) -> Option<Command> {
        let k = Key::from_event(key);
        self.table(kind)
            .iter()
            .find(|b| b.keys.contains(&k))
            .map(|b| b.command.clone())
    }
}
