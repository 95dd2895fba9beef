//! What can be wrong in a config file, told with the file, the line and the setting:
//! `config.toml:7: [keys] new_pont: no command has this name (did you mean new_point?)`.

use std::fmt;

/// One thing wrong in the config file; its setting keeps its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name (`config.toml`).
    pub file: String,
    /// The line, from 1; 0 for the file as a whole.
    pub line: usize,
    /// The setting as the file names it: `language`, `[theme] look`, `[keys] new_point`;
    /// empty for the file as a whole.
    pub key: String,
    pub kind: ProblemKind,
}

/// What a setting's value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Boolean,
    /// A key or a list of keys (`"a"`, `["q", "ctrl-q"]`).
    Keys,
    Table,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is there but cannot be read; the error's words.
    Unreadable(String),
    /// Not valid TOML; the parser's own words (English).
    Toml(String),
    /// No setting has this name; perhaps it was this one.
    UnknownSetting(Option<String>),
    WrongType(Expected),
    /// A language with no catalog; the ones there are.
    Language(String),
    /// Not a look; the ones there are.
    Look(String),
    /// Not a colour.
    Colour,
    /// No command has this name; perhaps it was this one.
    UnknownCommand(Option<String>),
    /// The command needs an argument, as in this example (`go_to_table 3`).
    NeedsArgument(String),
    /// No mode has this name; the ones there are.
    UnknownMode(String),
    /// Not a key name.
    UnknownKey(String),
    /// Ctrl-C always saves and quits.
    CtrlC,
    /// The command has no keys in that mode (or in any mode), so there is nothing to replace.
    NotBound,
    /// `key` already does `other` in `mode`.
    Clash {
        key: String,
        other: String,
        mode: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.kind.to_string();
        let text = match (self.line, self.key.is_empty()) {
            (0, _) => crate::tr!(
                "config-problem-file",
                file = self.file.as_str(),
                what = what
            ),
            (line, true) => crate::tr!(
                "config-problem-line",
                file = self.file.as_str(),
                line = line,
                what = what
            ),
            (line, false) => crate::tr!(
                "config-problem",
                file = self.file.as_str(),
                line = line,
                key = self.key.as_str(),
                what = what
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let maybe = |text: String, guess: &Option<String>| match guess {
            Some(g) => crate::tr!("config-did-you-mean", text = text, guess = g.as_str()),
            None => text,
        };
        let text = match self {
            ProblemKind::Unreadable(e) => crate::tr!("config-unreadable", error = e.as_str()),
            ProblemKind::Toml(e) => crate::tr!("config-toml", error = e.as_str()),
            ProblemKind::UnknownSetting(g) => maybe(crate::tr!("config-unknown-setting"), g),
            ProblemKind::WrongType(Expected::Text) => crate::tr!("config-expected-text"),
            ProblemKind::WrongType(Expected::Boolean) => crate::tr!("config-expected-boolean"),
            ProblemKind::WrongType(Expected::Keys) => crate::tr!("config-expected-keys"),
            ProblemKind::WrongType(Expected::Table) => crate::tr!("config-expected-table"),
            ProblemKind::Language(all) => {
                crate::tr!("config-unknown-language", available = all.as_str())
            }
            ProblemKind::Look(all) => crate::tr!("config-unknown-look", looks = all.as_str()),
            ProblemKind::Colour => crate::tr!("config-unknown-colour"),
            ProblemKind::UnknownCommand(g) => maybe(crate::tr!("config-unknown-command"), g),
            ProblemKind::NeedsArgument(example) => {
                crate::tr!("config-needs-argument", example = example.as_str())
            }
            ProblemKind::UnknownMode(all) => {
                crate::tr!("config-unknown-mode", modes = all.as_str())
            }
            ProblemKind::UnknownKey(k) => crate::tr!("config-unknown-key", key = k.as_str()),
            ProblemKind::CtrlC => crate::tr!("config-ctrl-c"),
            ProblemKind::NotBound => crate::tr!("config-not-bound"),
            ProblemKind::Clash { key, other, mode } => crate::tr!(
                "config-clash",
                key = key.as_str(),
                other = other.as_str(),
                mode = mode.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// The candidate nearest to `word`, if it is near enough to be what was meant (a typo or
/// two, or a different case or separator).
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let norm = |s: &str| s.to_lowercase().replace(['-', ' '], "_");
    let w = norm(word);
    candidates
        .into_iter()
        .map(|c| (distance(&w, &norm(c)), c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_owned())
}

/// Edit distance (insertions, deletions, substitutions) between two words.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}
