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
    /// A plan names a report template that is neither built in nor beside it.
    TemplateNotFound {
        path: PathBuf,
        id: String,
        searched: Vec<PathBuf>,
    },
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

    pub fn noun(self) -> &'static str {
        match self {
            Kind::Plan => "session plan",
            Kind::Template => "report template",
            Kind::Session => "session file",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::Syntax { path, .. }
            | LoadError::NotBreakout { path, .. }
            | LoadError::WrongKind { path, .. }
            | LoadError::Newer { path, .. }
            | LoadError::Schema { path, .. }
            | LoadError::Invalid { path, .. }
            | LoadError::TemplateNotFound { path, .. } => path,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.path().display();
        match self {
            LoadError::Io { source, .. } => match source.kind() {
                io::ErrorKind::NotFound => write!(f, "{p}: no such file"),
                io::ErrorKind::PermissionDenied => {
                    write!(f, "{p}: permission denied; check the file's owner and mode")
                }
                io::ErrorKind::InvalidData => {
                    write!(f, "{p}: the file is not UTF-8 text ({source})")
                }
                _ => write!(f, "{p}: cannot read: {source}"),
            },
            LoadError::Empty { .. } => write!(
                f,
                "{p}: the file is empty. It was left as it is; if it is a session file, its \
                 backup {p}.bak may hold the last good copy"
            ),
            LoadError::Syntax {
                line,
                column,
                message,
                ..
            } => write!(
                f,
                "{p}:{line}:{column}: not valid JSON: {}. The file was left as it is",
                syntax_words(message)
            ),
            LoadError::NotBreakout { found: None, .. } => write!(
                f,
                "{p}: not a breakout file: it has no \"format\" field (expected \
                 \"breakout-plan\", \"breakout-template\" or \"breakout-session\")"
            ),
            LoadError::NotBreakout {
                found: Some(value), ..
            } => write!(
                f,
                "{p}: not a breakout file: \"format\" is {} (expected \
                 \"breakout-plan\", \"breakout-template\" or \"breakout-session\")",
                shorten(value, 60)
            ),
            LoadError::WrongKind {
                expected, found, ..
            } => {
                write!(f, "{p}: this is a {found}, not a {expected}")?;
                match (expected, found) {
                    (Kind::Session, Kind::Plan) => write!(
                        f,
                        ". To start a new session from this plan, run: breakout --plan {}",
                        shell_quoted(self.path())
                    ),
                    (Kind::Plan, Kind::Session) => write!(
                        f,
                        ". To open this session, run: breakout {}",
                        shell_quoted(self.path())
                    ),
                    (_, Kind::Template) => f.write_str(
                        ". A report template is used through a plan that names it in its \
                         \"template\" field",
                    ),
                    _ => Ok(()),
                }
            }
            LoadError::Newer {
                kind,
                found,
                supported,
                ..
            } => write!(
                f,
                "{p}: this {kind} has format version {found}, written by a newer breakout; \
                 this one reads up to version {supported}. Update breakout to open it. The \
                 file was left as it is"
            ),
            LoadError::Schema {
                field,
                line,
                column,
                message,
                ..
            } => write!(f, "{p}:{line}:{column}: {field}: {}", plain(message)),
            LoadError::Invalid { kind, problems, .. } => {
                write!(f, "{p}: this {kind} has {} problem", problems.len())?;
                if problems.len() != 1 {
                    f.write_str("s")?;
                }
                for problem in problems {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
            LoadError::TemplateNotFound { id, searched, .. } => {
                write!(
                    f,
                    "{p}: the plan uses report template {id:?}, which is not built in and \
                     was not found in"
                )?;
                for s in searched {
                    write!(f, "\n  {}", s.display())?;
                }
                Ok(())
            }
        }
    }
}

/// serde_json's syntax messages, with the likely slip of a hand-edited file named.
fn syntax_words(message: &str) -> String {
    let hint = match message {
        "key must be a string" => {
            "a field name in double quotes was expected: is there a comma before a closing }, \
             or a name in single quotes?"
        }
        "trailing comma" => "a comma before a closing ] or }: remove it",
        "expected `,` or `}`" | "expected `,` or `]`" => {
            return format!("{message} (is a comma missing just before this?)");
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a line break or control character inside quotes: write a line break as \\n"
        }
        "invalid escape" => "an unknown escape after a backslash: write a backslash as \\\\",
        _ => return message.to_owned(),
    };
    hint.to_owned()
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
            return format!(
                "expected {}, found {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if let Some((n, expected)) = message
        .strip_prefix("invalid length ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return format!(
            "expected {}, found a list ([…]) of {n} item{}",
            expected_words(expected),
            if n == "1" { "" } else { "s" }
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
        return format!(
            "not a valid date or time ({message}); write a date as \"2016-12-08\" and a date \
             and time as \"2016-12-08T09:30:00Z\""
        );
    }
    if message == "invalid unicode code point" {
        return "the text is not valid UTF-8; save the file as UTF-8".to_owned();
    }
    message.to_owned()
}

fn expected_words(expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" => "text in quotes".to_owned(),
        "a sequence" => "a list ([…])".to_owned(),
        "a map" => "an object ({…})".to_owned(),
        "a boolean" => "true or false".to_owned(),
        "i8" | "i16" | "i32" | "i64" | "i128" => "a whole number".to_owned(),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number, 0 or more".to_owned(),
        "a formatted UUID string" => "an id in quotes (a UUID)".to_owned(),
        "an RFC 3339 formatted date and time string" => {
            "a date and time in quotes, such as \"2016-12-08T09:30:00Z\"".to_owned()
        }
        e if e.starts_with("struct ") => "an object ({…})".to_owned(),
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
        "map" => "an object ({…})".to_owned(),
        "sequence" => "a list ([…])".to_owned(),
        "null" => "null".to_owned(),
        _ => {
            if let Some(n) = quoted("integer `").or_else(|| quoted("floating point `")) {
                format!("the number {n}")
            } else if let Some(b) = quoted("boolean `") {
                b
            } else if let Some(s) = found.strip_prefix("string ") {
                format!("the text {}", shorten(s, 60))
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
    #[error("{}: the disk is full; free some space (the notes are safe in memory and will be saved as soon as there is room)", .path.display())]
    DiskFull { path: PathBuf },
    #[error("{}: cannot write in this folder ({source}); the notes are safe in memory: save them to another folder", .path.display())]
    ReadOnly { path: PathBuf, source: io::Error },
    #[error("{}: could not save: {source}", .path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("could not encode the session: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("{}: opened read-only, so changes are not saved here", .path.display())]
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
