//! A config file's `[keys]` applied to the key tables: command and key names checked, each
//! setting that cannot apply told with its line, the rest applied. What was wrong keeps its
//! default keys.

use super::command::Command;
use super::keymap::{Keymap, Refused, Remap, mode_named, mode_table};
use super::keys::Key;
use super::modes::ModeKind;
use crate::config::{Config, KeySetting, Problem, ProblemKind, suggest};
use crate::model::Template;

/// The key tables for `template` with the config's keys, and what could not apply.
pub fn keymap(template: &Template, config: &Config) -> (Keymap, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut remaps = Vec::new();
    let mut origins = Vec::new();
    for (n, setting) in config.keys.iter().enumerate() {
        match remap(template, setting) {
            Ok(Some(r)) => {
                remaps.push(r);
                origins.push(n);
            }
            Ok(None) => {}
            Err(kind) => problems.push(problem(config, setting, kind)),
        }
    }
    let (map, refused) = Keymap::with_remaps(template, &remaps);
    for (i, why) in refused {
        let Some(setting) = origins.get(i).and_then(|&n| config.keys.get(n)) else {
            continue;
        };
        let kind = match why {
            Refused::NotBound => ProblemKind::NotBound,
            Refused::Clash { mode, key, other } => ProblemKind::Clash {
                key: key.label(),
                other,
                mode: mode_table(mode),
            },
        };
        problems.push(problem(config, setting, kind));
    }
    problems.sort_by_key(|p| p.line);
    (map, problems)
}

fn problem(config: &Config, setting: &KeySetting, kind: ProblemKind) -> Problem {
    Problem {
        file: config.file_name(),
        line: setting.line,
        key: setting.key(),
        kind,
    }
}

/// One setting as a remap; `None` for the slot of another report template (a config file
/// serves every session), which is no mistake.
fn remap(template: &Template, setting: &KeySetting) -> Result<Option<Remap>, ProblemKind> {
    let mode = match &setting.mode {
        None => None,
        Some(m) => Some(mode_named(m).ok_or_else(|| {
            let all: Vec<String> = ModeKind::ALL.into_iter().map(mode_table).collect();
            ProblemKind::UnknownMode(all.join(", "))
        })?),
    };
    let mut words = setting.command.split_whitespace();
    let name = words.next().unwrap_or("");
    let argument = words.collect::<Vec<_>>().join(" ");
    let names = Command::names();
    if !names.contains(&name) {
        return Err(ProblemKind::UnknownCommand(suggest(
            name,
            names.iter().copied(),
        )));
    }
    match (Command::takes_argument(name), argument.is_empty()) {
        (true, true) => {
            let example = match name {
                "new_entry" => template
                    .slots()
                    .next()
                    .map_or("quote".to_owned(), |s| s.id.to_string()),
                _ => "1".to_owned(),
            };
            return Err(ProblemKind::NeedsArgument(format!("{name} {example}")));
        }
        (false, false) => return Err(ProblemKind::UnknownCommand(Some(name.to_owned()))),
        _ => {}
    }
    if name == "new_entry" && template.slots().all(|s| s.id.as_str() != argument) {
        return Ok(None);
    }
    let mut keys = Vec::new();
    for k in &setting.keys {
        let key = Key::parse(k).ok_or_else(|| ProblemKind::UnknownKey(k.clone()))?;
        if key == Key::ctrl('c') {
            return Err(ProblemKind::CtrlC);
        }
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let command = if argument.is_empty() {
        name.to_owned()
    } else {
        format!("{name} {argument}")
    };
    Ok(Some(Remap {
        mode,
        command,
        keys,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> std::sync::Arc<Template> {
        crate::model::test_support::session().template
    }

    fn kinds(text: &str) -> (Keymap, Vec<(usize, String, ProblemKind)>) {
        let config = crate::config::parse("config.toml", text);
        assert!(config.problems.is_empty(), "{:?}", config.problems);
        let (map, problems) = keymap(&template(), &config);
        let problems = problems
            .into_iter()
            .map(|p| (p.line, p.key, p.kind))
            .collect();
        (map, problems)
    }

    fn keys_of(map: &Keymap, kind: ModeKind, spec: &str) -> Vec<String> {
        map.table(kind)
            .iter()
            .find(|b| b.command.spec() == spec)
            .map(|b| b.keys.iter().map(Key::label).collect())
            .unwrap_or_default()
    }

    #[test]
    fn names_and_keys_are_checked_and_each_problem_has_its_line() {
        let (map, problems) = kinds(
            r#"[keys]
new_pont = "a"
new_point = "z"
quit = ["Q", "ctrl-q"]
go_to_table = "F3"
"go_to_table 3" = "F3"
undo = "hyper-u"
redo = "ctrl-c"
help = "u"
"quit now" = "x"
"new_entry elsewhere" = "W"
"new_entry quote" = "V"

[keys.report]
close = "x"

[keys.report-mode]
close = "x"
new_point = "p"
"#,
        );
        assert_eq!(
            problems,
            [
                (
                    2,
                    "[keys] new_pont".into(),
                    ProblemKind::UnknownCommand(Some("new_point".into()))
                ),
                (
                    5,
                    "[keys] go_to_table".into(),
                    ProblemKind::NeedsArgument("go_to_table 1".into())
                ),
                (
                    7,
                    "[keys] undo".into(),
                    ProblemKind::UnknownKey("hyper-u".into())
                ),
                (8, "[keys] redo".into(), ProblemKind::CtrlC),
                (
                    9,
                    "[keys] help".into(),
                    ProblemKind::Clash {
                        key: "u".into(),
                        other: "undo".into(),
                        mode: "normal-mode".into()
                    }
                ),
                (
                    10,
                    "[keys] quit now".into(),
                    ProblemKind::UnknownCommand(Some("quit".into()))
                ),
                (
                    15,
                    "[keys.report] close".into(),
                    ProblemKind::UnknownMode(
                        "normal-mode, edit-mode, search-mode, pick-mode, import-mode, \
                         report-mode, panel-mode, projector-mode, tables-mode, save-as-mode"
                            .into()
                    )
                ),
                (
                    19,
                    "[keys.report-mode] new_point".into(),
                    ProblemKind::NotBound
                ),
            ]
        );
        assert_eq!(keys_of(&map, ModeKind::Normal, "new_point"), ["z"]);
        assert_eq!(keys_of(&map, ModeKind::Normal, "quit"), ["Q", "Ctrl-Q"]);
        assert_eq!(keys_of(&map, ModeKind::Projector, "quit"), ["Q", "Ctrl-Q"]);
        assert_eq!(keys_of(&map, ModeKind::Normal, "go_to_table 3"), ["F3"]);
        assert_eq!(
            keys_of(&map, ModeKind::Normal, "undo"),
            ["u"],
            "default kept"
        );
        assert_eq!(
            keys_of(&map, ModeKind::Normal, "help"),
            ["?"],
            "default kept"
        );
        assert_eq!(keys_of(&map, ModeKind::Normal, "new_entry quote"), ["V"]);
        assert_eq!(keys_of(&map, ModeKind::Report, "close"), ["x"]);
    }

    #[test]
    fn no_config_is_the_default_tables() {
        let (map, problems) = keymap(&template(), &Config::default());
        assert!(problems.is_empty());
        for kind in ModeKind::ALL {
            let a: Vec<_> = map.table(kind).iter().map(|b| b.keys.clone()).collect();
            let default = Keymap::new(&template());
            let b: Vec<_> = default.table(kind).iter().map(|b| b.keys.clone()).collect();
            assert_eq!(a, b);
        }
    }
}
