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
                "{p}:{line}:{column}: not valid JSON: {message}. The file was left as it is"
            ),
            LoadError::NotBreakout { found: None, .. } => write!(
                f,
                "{p}: not a breakout file: it has no \"format\" field (expected \
                 \"breakout-plan\", \"breakout-template\" or \"breakout-session\")"
            ),
            LoadError::NotBreakout {
                found: Some(tag), ..
            } => write!(
                f,
                "{p}: not a breakout file: \"format\" is {tag:?} (expected \
                 \"breakout-plan\", \"breakout-template\" or \"breakout-session\")"
            ),
            LoadError::WrongKind {
                expected, found, ..
            } => write!(f, "{p}: this is a {found}, not a {expected}"),
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
            } => write!(f, "{p}:{line}:{column}: {field}: {message}"),
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
