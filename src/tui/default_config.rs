//! `breakout config --default`: a complete config file with every setting at its default,
//! written from the key tables and the theme's palette, so it cannot drift from them. Every
//! command is in it, with its help words as a comment.

use super::command::Command;
use super::keymap::{Keymap, mode_table};
use super::keys::{About, Binding, Key};
use super::modes::ModeKind;
use super::view::default_colour;
use crate::config::{Look, Role};
use crate::model::Template;

/// How wide the comments are.
const WIDTH: usize = 92;

/// The default config for sessions of `template`; `path` is where it belongs.
pub fn text(template: &Template, path: &str) -> String {
    let mut out = String::new();
    comment(&mut out, &crate::tr!("config-default-intro", path = path));
    out.push('\n');
    comment(&mut out, &crate::tr!("config-default-language"));
    out.push_str("# language = \"en\"\n\n");
    comment(&mut out, &crate::tr!("config-default-mouse"));
    out.push_str("mouse = false\n\n[theme]\n");
    comment(&mut out, &crate::tr!("config-default-theme"));
    out.push_str(&format!("look = \"{}\"\n", Look::Default.name()));
    for role in Role::ALL {
        let words = role_words(role);
        let colour = default_colour(role).name();
        out.push_str(&format!("{} = \"{colour}\"  # {words}\n", role.name()));
    }
    out.push_str("\n[keys]\n");
    comment(&mut out, &crate::tr!("config-default-keys"));
    let map = Keymap::new(template);
    let (everywhere, per_mode) = commands(&map);
    for (spec, keys, words) in &everywhere {
        out.push('\n');
        comment(&mut out, words);
        out.push_str(&format!("{} = {}\n", toml_key(spec), keys_value(keys)));
    }
    let slots: Vec<&Binding> = map
        .table(ModeKind::Normal)
        .iter()
        .filter(|b| matches!(b.about, About::Slot { .. }))
        .collect();
    if !slots.is_empty() {
        out.push('\n');
        comment(&mut out, &crate::tr!("config-default-slots"));
        for b in slots {
            out.push_str(&format!(
                "# {} = {}  # {}\n",
                toml_key(&b.command.spec()),
                keys_value(&b.keys),
                b.hint()
            ));
        }
    }
    let bound: Vec<String> = ModeKind::ALL
        .into_iter()
        .flat_map(|k| map.table(k).iter().map(|b| b.command.name()))
        .collect();
    let unbound: Vec<&str> = Command::names()
        .iter()
        .copied()
        .filter(|n| !bound.iter().any(|b| b == n))
        .collect();
    if !unbound.is_empty() {
        out.push('\n');
        let names = unbound.join(", ");
        comment(
            &mut out,
            &crate::tr!("config-default-no-keys", names = names),
        );
    }
    for (kind, lines) in per_mode {
        out.push_str(&format!("\n[keys.{}]\n", mode_table(kind)));
        let title = kind.title();
        comment(&mut out, &crate::tr!("config-default-mode", mode = title));
        for (spec, keys, words) in lines {
            out.push('\n');
            comment(&mut out, &words);
            out.push_str(&format!("{} = {}\n", toml_key(&spec), keys_value(&keys)));
        }
    }
    out
}

type Line = (String, Vec<Key>, String);

/// The commands with the same keys in every mode that has them, and, mode by mode, those
/// whose keys differ between modes; each with its keys and help words. The template's slots
/// are left to their own comment.
fn commands(map: &Keymap) -> (Vec<Line>, Vec<(ModeKind, Vec<Line>)>) {
    let mut specs: Vec<String> = Vec::new();
    for kind in ModeKind::ALL {
        for b in map.table(kind) {
            let spec = b.command.spec();
            if !matches!(b.about, About::Slot { .. }) && !specs.contains(&spec) {
                specs.push(spec);
            }
        }
    }
    let mut everywhere = Vec::new();
    let mut per_mode: Vec<(ModeKind, Vec<Line>)> =
        ModeKind::ALL.into_iter().map(|k| (k, Vec::new())).collect();
    for spec in specs {
        let found: Vec<(ModeKind, &Binding)> = ModeKind::ALL
            .into_iter()
            .flat_map(|k| map.table(k).iter().map(move |b| (k, b)))
            .filter(|(_, b)| b.command.spec() == spec)
            .collect();
        let Some((_, first)) = found.first() else {
            continue;
        };
        if found.iter().all(|(_, b)| b.keys == first.keys) {
            everywhere.push((spec, first.keys.clone(), first.hint()));
        } else {
            for (kind, b) in found {
                if let Some((_, lines)) = per_mode.iter_mut().find(|(k, _)| *k == kind) {
                    lines.push((spec.clone(), b.keys.clone(), b.hint()));
                }
            }
        }
    }
    per_mode.retain(|(_, lines)| !lines.is_empty());
    (everywhere, per_mode)
}

fn role_words(role: Role) -> String {
    match role {
        Role::Heading => crate::tr!("config-default-role-heading"),
        Role::Slot => crate::tr!("config-default-role-slot"),
        Role::Ok => crate::tr!("config-default-role-ok"),
        Role::Warning => crate::tr!("config-default-role-warning"),
        Role::Error => crate::tr!("config-default-role-error"),
        Role::Key => crate::tr!("config-default-role-key"),
    }
}

/// A command as a TOML key: bare when it can be, quoted with its argument.
fn toml_key(spec: &str) -> String {
    if spec
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        spec.to_owned()
    } else {
        format!("\"{spec}\"")
    }
}

/// One key as a TOML string, several as a list.
fn keys_value(keys: &[Key]) -> String {
    let quoted: Vec<String> = keys
        .iter()
        .map(|k| {
            let name = k.config_name();
            let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
            format!("\"{escaped}\"")
        })
        .collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        _ => format!("[{}]", quoted.join(", ")),
    }
}

/// `text` as comment lines of at most `WIDTH` columns.
fn comment(out: &mut String, text: &str) {
    for paragraph in text.lines() {
        let mut line = String::from("#");
        for word in paragraph.split_whitespace() {
            if line.chars().count() + 1 + word.chars().count() > WIDTH && line != "#" {
                out.push_str(&line);
                out.push('\n');
                line = String::from("#");
            }
            line.push(' ');
            line.push_str(word);
        }
        out.push_str(&line);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Colour, parse};

    fn template() -> std::sync::Arc<Template> {
        crate::model::test_support::session().template
    }

    type Tables = Vec<(ModeKind, Vec<(String, Vec<Key>)>)>;

    fn tables(map: &Keymap) -> Tables {
        ModeKind::ALL
            .into_iter()
            .map(|k| {
                let t = map.table(k);
                (
                    k,
                    t.iter()
                        .map(|b| (b.command.spec(), b.keys.clone()))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_default_config_parses_back_to_exactly_the_defaults() {
        let t = template();
        let text = text(&t, "/home/ana/.config/breakout/config.toml");
        let config = parse("config.toml", &text);
        assert!(config.problems.is_empty(), "{:?}\n{text}", config.problems);
        assert!(!config.keys.is_empty());
        let (map, problems) = super::super::keyconfig::keymap(&t, &config);
        assert!(problems.is_empty(), "{problems:?}\n{text}");
        assert_eq!(tables(&map), tables(&Keymap::new(&t)), "{text}");
        assert_eq!(config.mouse, Some(false));
        assert_eq!(config.language, None);
        assert_eq!(config.look, Some(Look::Default));
        let defaults: Vec<(Role, Colour)> = Role::ALL
            .into_iter()
            .map(|r| (r, default_colour(r)))
            .collect();
        assert_eq!(config.colours, defaults);
    }

    #[test]
    fn the_default_config_names_every_command() {
        let text = text(&template(), "config.toml");
        for name in Command::names() {
            assert!(text.contains(name), "{name} is missing:\n{text}");
        }
        // Each bound command is written as a setting, with its words above it.
        assert!(text.contains("\nnew_point = \"n\"\n"), "{text}");
        assert!(text.contains("\nquit = \"q\"\n"), "{text}");
        assert!(text.contains("\nredraw = \"ctrl-l\"\n"), "{text}");
        assert!(text.contains("\n\"go_to_table 1\" = \"1\"\n"), "{text}");
        assert!(text.contains("\n[keys.report-mode]\n"), "{text}");
        assert!(text.contains("# \"new_entry quote\" = \"v\""), "{text}");
        assert!(
            text.lines().all(|l| l.chars().count() <= WIDTH + 40),
            "{text}"
        );
    }
}
