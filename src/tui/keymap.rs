//! The key tables of every mode, put together at start-up for one report template (its slots
//! bring capture keys) and the user's remapped keys (a config file's `[keys]`). The same
//! tables drive dispatch (`input`), the help screen and the footer, so they cannot disagree.
//!
//! Each mode's defaults stay where the mode is (`modes/<mode>/mod.rs`, one `bind(...)` line
//! per command); a remap replaces a command's keys by its name (`Command::spec`), so a new
//! binding there can be remapped with no change here.

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

/// The user's keys for one command (named as `Command::spec` names it: `new_point`,
/// `go_to_table 3`, `new_entry quote`), replacing its default keys in every mode that binds
/// it, or in one mode only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remap {
    pub mode: Option<ModeKind>,
    pub command: String,
    pub keys: Vec<Key>,
}

/// Why a remap was left out (the command keeps its default keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// No mode (or not the mode named) has this command.
    NotBound,
    /// `key` already does `other` in `mode` (a default key, or another remap that came
    /// first).
    Clash {
        mode: ModeKind,
        key: Key,
        other: String,
    },
}

/// Which remap gave each binding (mode, position in its table) its keys.
struct Owners(Vec<(ModeKind, usize, Option<usize>)>);

impl Owners {
    fn of(&self, mode: ModeKind, n: usize) -> Option<usize> {
        self.0
            .iter()
            .find(|(m, i, _)| *m == mode && *i == n)
            .and_then(|(_, _, o)| *o)
    }
}

/// A mode's short name: `normal`, `report`, …
pub fn mode_name(kind: ModeKind) -> &'static str {
    let id = kind.title_id();
    id.strip_prefix("tui-mode-").unwrap_or(id)
}

/// A mode's table of keys in a config file, under `[keys]`: `normal-mode`, `report-mode`, …
/// (not the bare name: `report`, `search`, `edit` are commands too, and a TOML key cannot
/// be both a command's keys and a table).
pub fn mode_table(kind: ModeKind) -> String {
    format!("{}-mode", mode_name(kind))
}

/// The mode a config file's table names (`report-mode`).
pub fn mode_named(name: &str) -> Option<ModeKind> {
    ModeKind::ALL
        .into_iter()
        .find(|&k| mode_table(k).eq_ignore_ascii_case(name))
}

impl Keymap {
    /// The default keys.
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
                    ModeKind::Tables => modes::tables::keys(),
                    ModeKind::SaveAs => modes::save_as::keys(),
                };
                // Ctrl-L redraws and Ctrl-Z suspends in every mode (the main screen lists them
                // with its own keys).
                if kind != ModeKind::Normal {
                    table.push(super::keys::redraw(kind.title_id()));
                    table.push(super::keys::suspend(kind.title_id()));
                }
                (kind, table)
            })
            .collect();
        Keymap { tables, shadowed }
    }

    /// The default keys with `remaps` applied: a remap for one mode wins over one for every
    /// mode. A remap of a command no mode has, or one that would give a key two commands in
    /// a mode, is left out, and said why by its position in `remaps`; the command keeps its
    /// default keys. When two remaps clash, the later one is left out.
    pub fn with_remaps(template: &Template, remaps: &[Remap]) -> (Keymap, Vec<(usize, Refused)>) {
        let base = Keymap::new(template);
        let mut refused = Vec::new();
        let mut accepted: Vec<bool> = remaps
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let bound = base
                    .tables
                    .iter()
                    .filter(|(k, _)| r.mode.is_none_or(|m| m == *k))
                    .any(|(_, t)| t.iter().any(|b| b.command.spec() == r.command));
                if !bound {
                    refused.push((i, Refused::NotBound));
                }
                bound
            })
            .collect();
        // Leaving a remap out gives its command back its default keys, which may clash in
        // turn: go on until no key does two things.
        loop {
            let (map, owners) = base.remapped(remaps, &accepted);
            let Some((mode, key, a, b)) = map.first_clash(&owners) else {
                return (map, refused);
            };
            let owner = |n: usize| owners.of(mode, n);
            let (blame, other) = match (owner(a), owner(b)) {
                (Some(x), Some(y)) if x > y => (x, b),
                (_, Some(y)) => (y, a),
                (Some(x), None) => (x, b),
                // Two defaults on one key (a mistake in a table) stay as they are.
                (None, None) => return (map, refused),
            };
            if let Some(ok) = accepted.get_mut(blame) {
                *ok = false;
            }
            let other = map
                .table(mode)
                .get(other)
                .map(|b| b.command.spec())
                .unwrap_or_default();
            refused.push((blame, Refused::Clash { mode, key, other }));
        }
    }

    /// The tables with the accepted remaps, and which remap gave each binding its keys.
    fn remapped(&self, remaps: &[Remap], accepted: &[bool]) -> (Keymap, Owners) {
        let mut owners = Owners(Vec::new());
        let mut map = self.clone();
        for (kind, table) in &mut map.tables {
            for (n, b) in table.iter_mut().enumerate() {
                let spec = b.command.spec();
                let find = |one_mode: bool| {
                    remaps.iter().zip(accepted).position(|(r, ok)| {
                        *ok && r.command == spec
                            && r.mode.is_some() == one_mode
                            && r.mode.is_none_or(|m| m == *kind)
                    })
                };
                let owner = find(true).or_else(|| find(false));
                if let Some(r) = owner.and_then(|i| remaps.get(i)) {
                    b.keys.clone_from(&r.keys);
                }
                owners.0.push((*kind, n, owner));
            }
        }
        (map, owners)
    }

    /// The first key that two bindings of a mode share, in table order: the mode, the key,
    /// and the two bindings' positions. Only clashes a remap took part in count.
    fn first_clash(&self, owners: &Owners) -> Option<(ModeKind, Key, usize, usize)> {
        for (kind, table) in &self.tables {
            for (i, a) in table.iter().enumerate() {
                for (j, b) in table.iter().enumerate().skip(i + 1) {
                    let owned = |n: usize| owners.of(*kind, n).is_some();
                    let remapped = owned(i) || owned(j);
                    if let Some(k) = a.keys.iter().find(|k| b.keys.contains(k))
                        && remapped
                    {
                        return Some((*kind, *k, i, j));
                    }
                }
            }
        }
        None
    }

    /// The bindings of a mode, in the order help lists them.
    pub fn table(&self, kind: ModeKind) -> &[Binding] {
        self.tables
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, t)| t.as_slice())
    }

    /// The first key of `command` in a mode, as help writes it, for messages that name the
    /// key to press ("press n to add a point"); the command's name when it has no key.
    pub fn label(&self, kind: ModeKind, command: &Command) -> String {
        self.table(kind)
            .iter()
            .find(|b| b.command == *command)
            .and_then(|b| b.keys.first())
            .map_or_else(|| command.spec(), Key::label)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> std::sync::Arc<Template> {
        crate::model::test_support::session().template
    }

    fn keys_of(map: &Keymap, kind: ModeKind, spec: &str) -> Vec<Key> {
        map.table(kind)
            .iter()
            .find(|b| b.command.spec() == spec)
            .map(|b| b.keys.clone())
            .unwrap_or_default()
    }

    fn f10() -> Key {
        Key::parse("F10").expect("F10")
    }

    fn remap(mode: Option<ModeKind>, command: &str, keys: &[Key]) -> Remap {
        Remap {
            mode,
            command: command.into(),
            keys: keys.to_vec(),
        }
    }

    #[test]
    fn a_remap_replaces_the_keys_in_every_mode_that_has_the_command() {
        let t = template();
        let (map, refused) =
            Keymap::with_remaps(&t, &[remap(None, "quit", &[Key::ch('Q'), Key::ctrl('q')])]);
        assert!(refused.is_empty(), "{refused:?}");
        let both = [Key::ch('Q'), Key::ctrl('q')];
        assert_eq!(keys_of(&map, ModeKind::Normal, "quit"), both);
        assert_eq!(keys_of(&map, ModeKind::Projector, "quit"), both);
        let q = Key::ch('q');
        let normal = map.table(ModeKind::Normal);
        assert!(
            !normal.iter().any(|b| b.keys.contains(&q)),
            "q no longer quits"
        );
    }

    #[test]
    fn a_remap_for_one_mode_wins_there_only() {
        let t = template();
        let (map, refused) = Keymap::with_remaps(
            &t,
            &[
                remap(Some(ModeKind::Report), "close", &[Key::ch('x')]),
                remap(None, "close", &[f10()]),
            ],
        );
        assert!(refused.is_empty(), "{refused:?}");
        assert_eq!(keys_of(&map, ModeKind::Report, "close"), [Key::ch('x')]);
        assert_eq!(keys_of(&map, ModeKind::Search, "close"), [f10()]);
    }

    #[test]
    fn a_clash_leaves_the_remap_out_and_says_with_what() {
        let t = template();
        let (map, refused) = Keymap::with_remaps(
            &t,
            &[
                remap(None, "new_point", &[Key::ch('z')]),
                // `n` is new_point's default key, now free; `u` is undo's.
                remap(None, "redo", &[Key::ch('n')]),
                remap(None, "quit", &[Key::ch('u')]),
                remap(None, "help", &[Key::ch('z')]),
                remap(Some(ModeKind::Search), "new_point", &[Key::ch('z')]),
            ],
        );
        assert_eq!(keys_of(&map, ModeKind::Normal, "new_point"), [Key::ch('z')]);
        assert_eq!(keys_of(&map, ModeKind::Normal, "redo"), [Key::ch('n')]);
        assert_eq!(
            keys_of(&map, ModeKind::Normal, "quit"),
            [Key::ch('q')],
            "back to its default"
        );
        assert_eq!(keys_of(&map, ModeKind::Normal, "help"), [Key::ch('?')]);
        assert_eq!(
            refused,
            [
                (4, Refused::NotBound),
                (
                    3,
                    Refused::Clash {
                        mode: ModeKind::Normal,
                        key: Key::ch('z'),
                        other: "new_point".into()
                    }
                ),
                (
                    2,
                    Refused::Clash {
                        mode: ModeKind::Normal,
                        key: Key::ch('u'),
                        other: "undo".into()
                    }
                ),
            ]
        );
    }

    #[test]
    fn leaving_a_remap_out_can_leave_out_the_one_that_took_its_key() {
        let t = template();
        // help takes q; quit's remap clashes with new_point and goes back to q, which
        // help now has: help's remap goes too.
        let (map, refused) = Keymap::with_remaps(
            &t,
            &[
                remap(None, "help", &[Key::ch('q')]),
                remap(None, "quit", &[Key::ch('n')]),
            ],
        );
        assert_eq!(keys_of(&map, ModeKind::Normal, "quit"), [Key::ch('q')]);
        assert_eq!(keys_of(&map, ModeKind::Normal, "help"), [Key::ch('?')]);
        assert_eq!(refused.len(), 2, "{refused:?}");
    }

    /// Modes where letters are typed text: a slot key means nothing there.
    const TYPING: [ModeKind; 5] = [
        ModeKind::Edit,
        ModeKind::Search,
        ModeKind::Import,
        ModeKind::Tables,
        ModeKind::SaveAs,
    ];

    /// Every single character bound in a mode's default table (slot keys left out).
    fn single_characters(map: &Keymap, kind: ModeKind) -> Vec<char> {
        map.table(kind)
            .iter()
            .filter(|b| !matches!(b.command, Command::NewEntry(_)))
            .flat_map(|b| b.keys.iter())
            .filter_map(|k| {
                // A character key is named by its character (Space by its name); the check
                // against `Key::ch` leaves out named keys and anything with Ctrl or Alt.
                let name = k.config_name();
                let mut chars = name.chars();
                let c = match (chars.next(), chars.next()) {
                    _ if name == "Space" => ' ',
                    (Some(c), None) => c,
                    _ => return None,
                };
                (Key::ch(c) == *k).then_some(c)
            })
            .collect()
    }

    #[test]
    fn the_template_format_reserves_every_key_the_modes_use() {
        use crate::model::RESERVED_KEYS;
        let map = Keymap::new(&template());
        let mut used = std::collections::BTreeSet::new();
        for kind in ModeKind::ALL.into_iter().filter(|k| !TYPING.contains(k)) {
            for c in single_characters(&map, kind) {
                assert!(
                    RESERVED_KEYS.contains(&c),
                    "{c:?} is bound in {} mode but a template may give it to a slot: add it to \
                     model::RESERVED_KEYS (and the README)",
                    mode_name(kind)
                );
                used.insert(c);
            }
        }
        // And the other way: the format reserves nothing the app does not use.
        let extra: Vec<&char> = RESERVED_KEYS.iter().filter(|c| !used.contains(c)).collect();
        assert!(extra.is_empty(), "reserved but bound in no mode: {extra:?}");
        // The test template's slot keys are not among them, so they were left out above.
        assert!(!used.contains(&'r') && !used.contains(&'v'), "{used:?}");
    }

    #[test]
    fn mode_tables_are_the_title_ids_without_their_prefix_and_with_mode() {
        assert_eq!(mode_name(ModeKind::Normal), "normal");
        assert_eq!(mode_table(ModeKind::Normal), "normal-mode");
        assert_eq!(mode_named("Report-Mode"), Some(ModeKind::Report));
        assert_eq!(mode_named("report"), None, "report is a command");
        assert_eq!(mode_named("nowhere-mode"), None);
    }
}
