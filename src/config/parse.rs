//! A config file's text → `Config`, keeping each setting's line. Parsing goes on past a
//! mistake (the `toml` crate's recovering parser, then setting by setting), so one bad line
//! costs only what it sets.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::problem::{Expected, Problem, ProblemKind, suggest};
use super::{Colour, Config, KeySetting, Look, Role};

/// The settings a file may have at its top.
const TOP: [&str; 4] = ["language", "mouse", "theme", "keys"];

/// The file's text, read; `file` is its name, for the problems.
pub fn parse(file: &str, text: &str) -> Config {
    let mut p = Parser {
        file,
        text,
        bad: Vec::new(),
        config: Config {
            file: file.to_owned(),
            ..Config::default()
        },
    };
    let (doc, errors) = DeTable::parse_recoverable(text);
    for e in errors {
        let line = e.span().map_or(0, |s| p.line(s.start));
        p.bad.push(line);
        p.problem(
            line,
            String::new(),
            ProblemKind::Toml(e.message().trim().to_owned()),
        );
    }
    for (key, value) in doc.get_ref() {
        p.top(key, value);
    }
    p.config.problems.sort_by_key(|pr| pr.line);
    p.config
}

struct Parser<'a> {
    file: &'a str,
    text: &'a str,
    /// Lines the TOML parser found wrong: what it made of them is not used.
    bad: Vec<usize>,
    config: Config,
}

type Key<'i> = Spanned<Cow<'i, str>>;
type Value<'i> = Spanned<DeValue<'i>>;

impl Parser<'_> {
    /// The line (from 1) of a byte offset.
    fn line(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        self.text.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Whether a setting stands on a line the TOML parser found wrong (the parser recovers
    /// a value there, but it may not be what was meant).
    fn on_bad_line(&self, key: &Key<'_>, value: &Value<'_>) -> bool {
        let (k, v) = (key.span(), value.span());
        let lines = self.line(k.start.min(v.start))..=self.line(k.end.max(v.end));
        self.bad.iter().any(|l| lines.contains(l))
    }

    fn problem(&mut self, line: usize, key: String, kind: ProblemKind) {
        self.config.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            key,
            kind,
        });
    }

    fn at(&mut self, key: &Key<'_>, name: String, kind: ProblemKind) {
        let line = self.line(key.span().start);
        self.problem(line, name, kind);
    }

    fn top(&mut self, key: &Key<'_>, value: &Value<'_>) {
        let name = key.get_ref().as_ref();
        if !value.get_ref().is_table() && self.on_bad_line(key, value) {
            return;
        }
        match name {
            "language" => match value.get_ref().as_str() {
                Some(tag) if crate::i18n::Lang::find(tag).is_some() => {
                    self.config.language = Some(tag.to_owned());
                }
                Some(_) => {
                    let all: Vec<&str> = crate::i18n::Lang::all().map(|l| l.code()).collect();
                    self.at(key, name.into(), ProblemKind::Language(all.join(", ")));
                }
                None => self.at(key, name.into(), ProblemKind::WrongType(Expected::Text)),
            },
            "mouse" => match value.get_ref().as_bool() {
                Some(b) => self.config.mouse = Some(b),
                None => self.at(key, name.into(), ProblemKind::WrongType(Expected::Boolean)),
            },
            "theme" => match value.get_ref().as_table() {
                Some(t) => {
                    for (k, v) in t {
                        self.theme(k, v);
                    }
                }
                None => self.at(key, name.into(), ProblemKind::WrongType(Expected::Table)),
            },
            "keys" => match value.get_ref().as_table() {
                Some(t) => {
                    for (k, v) in t {
                        self.keys(None, k, v);
                    }
                }
                None => self.at(key, name.into(), ProblemKind::WrongType(Expected::Table)),
            },
            _ => {
                let guess = suggest(name, TOP);
                self.at(key, name.into(), ProblemKind::UnknownSetting(guess));
            }
        }
    }

    fn theme(&mut self, key: &Key<'_>, value: &Value<'_>) {
        let name = key.get_ref().as_ref();
        if self.on_bad_line(key, value) {
            return;
        }
        let shown = format!("[theme] {name}");
        if name == "look" {
            let look = value.get_ref().as_str().map(|v| {
                let v = v.trim().to_ascii_lowercase().replace('_', "-");
                Look::ALL.into_iter().find(|l| l.name() == v)
            });
            match look {
                Some(Some(l)) => self.config.look = Some(l),
                Some(None) => {
                    let all: Vec<&str> = Look::ALL.iter().map(|l| l.name()).collect();
                    self.at(key, shown, ProblemKind::Look(all.join(", ")));
                }
                None => self.at(key, shown, ProblemKind::WrongType(Expected::Text)),
            }
            return;
        }
        let Some(role) = Role::ALL.into_iter().find(|r| r.name() == name) else {
            let names = Role::ALL.map(Role::name);
            let guess = suggest(name, std::iter::once("look").chain(names));
            self.at(key, shown, ProblemKind::UnknownSetting(guess));
            return;
        };
        match value.get_ref().as_str().map(Colour::parse) {
            Some(Some(c)) => {
                self.config.colours.retain(|(r, _)| *r != role);
                self.config.colours.push((role, c));
            }
            Some(None) => self.at(key, shown, ProblemKind::Colour),
            None => self.at(key, shown, ProblemKind::WrongType(Expected::Text)),
        }
    }

    /// A command's keys under `[keys]` (`mode` is `None`) or a mode's table
    /// (`[keys.report-mode]`); a table under `[keys]` is a mode's.
    fn keys(&mut self, mode: Option<&str>, key: &Key<'_>, value: &Value<'_>) {
        let command = key.get_ref().as_ref();
        if !value.get_ref().is_table() && self.on_bad_line(key, value) {
            return;
        }
        let setting = KeySetting {
            mode: mode.map(str::to_owned),
            command: command.to_owned(),
            keys: Vec::new(),
            line: self.line(key.span().start),
        };
        let keys = match value.get_ref() {
            DeValue::String(s) => Some(vec![s.to_string()]),
            DeValue::Array(items) => items
                .iter()
                .map(|i| i.get_ref().as_str().map(str::to_owned))
                .collect(),
            DeValue::Table(t) if mode.is_none() => {
                for (k, v) in t {
                    self.keys(Some(command), k, v);
                }
                return;
            }
            _ => None,
        };
        match keys {
            Some(keys) => self.config.keys.push(KeySetting { keys, ..setting }),
            None => {
                let shown = setting.key();
                self.at(key, shown, ProblemKind::WrongType(Expected::Keys));
            }
        }
    }
}
