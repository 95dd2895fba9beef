//! What can go wrong reading or writing files, in words a rapporteur can act on.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::Problem;

/// Why a plan, template or session file could not be read. Whatever the reason, the file was
/// not changed.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Empty {
        path: PathBuf,
    },
    /// Not JSON at all, or cut short.
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not a breakout file of any kind.
    NotBreakout {
        path: PathBuf,
        /// The `format` value found, as JSON text (`"docx"`, `3`).
        found: Option<String>,
    },
    /// Whole JSON whose top level is not an object (a list, a number…): not a breakout file.
    NotObject {
        path: PathBuf,
        top: TopLevel,
    },
    /// A breakout file, but not the kind asked for (a session where a plan was expected).
    WrongKind {
        path: PathBuf,
        expected: Kind,
        found: Kind,
    },
    /// Written by a newer breakout; reading it here could silently drop what it added.
    Newer {
        path: PathBuf,
        kind: Kind,
        found: u64,
        supported: u32,
    },
    /// A field of the wrong type, a missing or unknown field.
    Schema {
        path: PathBuf,
        field: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but inconsistent (duplicate ids, references to nothing, …).
    Invalid {
        path: PathBuf,
        kind: Kind,
        problems: Vec<Problem>,
    },
    /// A session file that cannot be read (empty, cut short, damaged) beside a backup,
    /// `FILE.bak`, that reads correctly: the message says so and how to use it.
    GoodBackup {
        error: Box<LoadError>,
        backup: PathBuf,
        entries: usize,
    },
    /// A plan names a report template that is neither built in nor beside it.
    TemplateNotFound {
        path: PathBuf,
        id: String,
        searched: Vec<PathBuf>,
    },
}

/// What a JSON file holds at its top level when it is not an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopLevel {
    List,
    Text,
    Number,
    Boolean,
    Null,
}

impl TopLevel {
    /// What the first character of these bytes starts, unless it is an object (or nothing
    /// JSON can start with, which the parser then names).
    pub fn of(bytes: &[u8]) -> Option<TopLevel> {
        match bytes.iter().find(|b| !b.is_ascii_whitespace())? {
            b'[' => Some(TopLevel::List),
            0x22 => Some(TopLevel::Text), // a double quote
            b'-' | b'0'..=b'9' => Some(TopLevel::Number),
            b't' | b'f' => Some(TopLevel::Boolean),
            b'n' => Some(TopLevel::Null),
            _ => None,
        }
    }
}

/// The three kinds of breakout file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plan,
    Template,
    Session,
}

impl Kind {
    pub fn format_tag(self) -> &'static str {
        match self {
            Kind::Plan => "breakout-plan",
            Kind::Template => "breakout-template",
            Kind::Session => "breakout-session",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Kind> {
        [Kind::Plan, Kind::Template, Kind::Session]
            .into_iter()
            .find(|k| k.format_tag() == tag)
    }

    pub fn noun(self) -> String {
        match self {
            Kind::Plan => crate::tr!("storage-kind-plan"),
            Kind::Template => crate::tr!("storage-kind-template"),
            Kind::Session => crate::tr!("storage-kind-session"),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.noun())
    }
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::Syntax { path, .. }
            | LoadError::NotBreakout { path, .. }
            | LoadError::NotObject { path, .. }
            | LoadError::WrongKind { path, .. }
            | LoadError::Newer { path, .. }
            | LoadError::Schema { path, .. }
            | LoadError::Invalid { path, .. }
            | LoadError::TemplateNotFound { path, .. } => path,
            LoadError::GoodBackup { error, .. } => error.path(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        let text = match self {
            LoadError::Io { source, .. } => match source.kind() {
                io::ErrorKind::NotFound => crate::tr!("storage-no-such-file", path = path),
                io::ErrorKind::PermissionDenied => {
                    crate::tr!("storage-permission-denied", path = path)
                }
                io::ErrorKind::InvalidData => {
                    crate::tr!("storage-not-utf8", path = path, error = source.to_string())
                }
                _ => crate::tr!(
                    "storage-cannot-read",
                    path = path,
                    error = source.to_string()
                ),
            },
            LoadError::Empty { .. } => crate::tr!("storage-empty", path = path),
            LoadError::Syntax {
                line,
                column,
                message,
                ..
            } => crate::tr!(
                "storage-syntax",
                path = path,
                line = *line,
                column = *column,
                problem = syntax_words(message)
            ),
            LoadError::NotBreakout { found: None, .. } => {
                crate::tr!("storage-no-format", path = path)
            }
            LoadError::NotBreakout {
                found: Some(value), ..
            } => crate::tr!(
                "storage-not-breakout",
                path = path,
                found = shorten(value, 60)
            ),
            LoadError::NotObject { top, .. } => match top {
                TopLevel::List => crate::tr!("storage-holds-list", path = path),
                TopLevel::Text => crate::tr!("storage-holds-text", path = path),
                TopLevel::Number => crate::tr!("storage-holds-number", path = path),
                TopLevel::Boolean => crate::tr!("storage-holds-boolean", path = path),
                TopLevel::Null => crate::tr!("storage-holds-null", path = path),
            },
            LoadError::WrongKind {
                expected, found, ..
            } => {
                let (kinds, quoted) = ((*expected, *found), shell_quoted(path));
                let (expected, found) = (expected.noun(), found.noun());
                match kinds {
                    (Kind::Session, Kind::Plan) => crate::tr!(
                        "storage-wrong-kind-plan",
                        path = path,
                        found = found,
                        expected = expected,
                        command = quoted
                    ),
                    (Kind::Plan, Kind::Session) => crate::tr!(
                        "storage-wrong-kind-session",
                        path = path,
                        found = found,
                        expected = expected,
                        command = quoted
                    ),
                    (_, Kind::Template) => crate::tr!(
                        "storage-wrong-kind-template",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                    _ => crate::tr!(
                        "storage-wrong-kind",
                        path = path,
                        found = found,
                        expected = expected
                    ),
                }
            }
            LoadError::Newer {
                kind,
                found,
                supported,
                ..
            } => crate::tr!(
                "storage-newer",
                path = path,
                kind = kind.noun(),
                found = *found,
                supported = *supported
            ),
            LoadError::Schema {
                field,
                line,
                column,
                message,
                ..
            } => crate::tr!(
                "storage-schema",
                path = path,
                line = *line,
                column = *column,
                field = field.as_str(),
                problem = plain(message)
            ),
            LoadError::Invalid { kind, problems, .. } => {
                let mut text = crate::tr!(
                    "storage-invalid",
                    path = path,
                    kind = kind.noun(),
                    count = problems.len()
                );
                for problem in problems {
                    text.push_str(&format!("\n  {problem}"));
                }
                text
            }
            LoadError::GoodBackup {
                error,
                backup,
                entries,
            } => format!(
                "{error}\n{}",
                crate::tr!(
                    "storage-good-backup",
                    backup = backup.as_path(),
                    count = *entries,
                    open = shell_quoted(backup),
                    target = shell_quoted(path),
                    path = path
                )
            ),
            LoadError::TemplateNotFound { id, searched, .. } => {
                let mut text = crate::tr!(
                    "storage-template-not-found",
                    path = path,
                    id = format!("{id:?}")
                );
                for s in searched {
                    text.push_str(&format!("\n  {}", s.display()));
                }
                text
            }
        };
        f.write_str(&text)
    }
}

/// serde_json's syntax messages, with the likely slip of a hand-edited file named.
fn syntax_words(message: &str) -> String {
    match message {
        "key must be a string" => crate::tr!("storage-syntax-key"),
        "trailing comma" => crate::tr!("storage-syntax-trailing-comma"),
        "expected `,` or `}`" | "expected `,` or `]`" => {
            crate::tr!("storage-syntax-missing-comma", message = message)
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            crate::tr!("storage-syntax-control")
        }
        "invalid escape" => crate::tr!("storage-syntax-escape"),
        _ => message.to_owned(),
    }
}

/// A path as it must be typed in a command: in single quotes when it holds anything a shell
/// would take apart.
fn shell_quoted(path: &Path) -> String {
    let s = path.display().to_string();
    let plain = |c: char| c.is_alphanumeric() || "/._-+,:@%=".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// At most `max` characters of `s`, marking a cut with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

/// serde's and chrono's wording, in the words of JSON and of someone editing the file by hand:
/// "expected text in quotes, found the number 5" rather than "invalid type: integer `5`,
/// expected a string".
fn plain(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some((found, expected)) = message
            .strip_prefix(prefix)
            .and_then(|rest| rest.rsplit_once(", expected "))
        {
            return crate::tr!(
                "storage-expected-found",
                expected = expected_words(expected),
                found = found_words(found)
            );
        }
    }
    if let Some((n, expected)) = message
        .strip_prefix("invalid length ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return crate::tr!(
            "storage-expected-list",
            expected = expected_words(expected),
            count = n.parse::<u64>().unwrap_or(0)
        );
    }
    // chrono's parse errors, which do not say what they wanted.
    const TIME_ERRORS: &[&str] = &[
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "bad or unsupported format string",
    ];
    if TIME_ERRORS.contains(&message) {
        return crate::tr!("storage-bad-time", message = message);
    }
    if message == "invalid unicode code point" {
        return crate::tr!("storage-bad-unicode");
    }
    message.to_owned()
}

fn expected_words(expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" => crate::tr!("storage-json-text"),
        "a sequence" => crate::tr!("storage-json-list"),
        "a map" => crate::tr!("storage-json-object"),
        "a boolean" => crate::tr!("storage-json-boolean"),
        "i8" | "i16" | "i32" | "i64" | "i128" => crate::tr!("storage-json-integer"),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => crate::tr!("storage-json-count"),
        "a formatted UUID string" => crate::tr!("storage-json-uuid"),
        "an RFC 3339 formatted date and time string" => crate::tr!("storage-json-time"),
        e if e.starts_with("struct ") => crate::tr!("storage-json-object"),
        e => e.to_owned(),
    }
}

fn found_words(found: &str) -> String {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix('`'))
            .map(str::to_owned)
    };
    match found {
        "map" => crate::tr!("storage-json-object"),
        "sequence" => crate::tr!("storage-json-list"),
        "null" => "null".to_owned(),
        _ => {
            if let Some(n) = quoted("integer `").or_else(|| quoted("floating point `")) {
                crate::tr!("storage-found-number", number = n)
            } else if let Some(b) = quoted("boolean `") {
                b
            } else if let Some(s) = found.strip_prefix("string ") {
                crate::tr!("storage-found-text", text = shorten(s, 60))
            } else {
                found.to_owned()
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Why a save did not reach disk. The previous file on disk is untouched and the session in
/// memory is intact.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::tr!("storage-disk-full", path = .path.as_path()))]
    DiskFull { path: PathBuf },
    #[error("{}", crate::tr!("storage-save-read-only", path = .path.as_path(), error = .source.to_string()))]
    ReadOnly { path: PathBuf, source: io::Error },
    #[error("{}", crate::tr!("storage-save-failed", path = .path.as_path(), error = .source.to_string()))]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", crate::tr!("storage-encode", error = .0.to_string()))]
    Encode(#[from] serde_json::Error),
    #[error("{}", crate::tr!("storage-session-read-only", path = .path.as_path()))]
    ReadOnlySession { path: PathBuf },
}

impl SaveError {
    pub(crate) fn from_io(path: &Path, source: io::Error) -> SaveError {
        let path = path.to_path_buf();
        match source.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                SaveError::DiskFull { path }
            }
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                SaveError::ReadOnly { path, source }
            }
            _ => SaveError::Io { path, source },
        }
    }
}
