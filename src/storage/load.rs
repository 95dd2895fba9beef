//! Reading plans, templates and sessions: parse, check the format version, check the schema,
//! then check consistency. Every failure names the file and, where it can, the line, column
//! and field.

use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{Kind, LoadError, TopLevel};
use crate::model::{
    PLAN_FORMAT_VERSION, Plan, Problem, SESSION_FORMAT_VERSION, Session, TEMPLATE_FORMAT_VERSION,
    Template,
};

/// Any breakout file, as `validate` reads it.
#[derive(Debug)]
pub enum Document {
    Plan(Box<Plan>),
    Template(Template),
    Session(Box<Session>),
}

/// Reads just enough of a file to know what it is before trusting its shape.
#[derive(Deserialize)]
struct Probe {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Which kind of breakout file these bytes are, checking syntax and version on the way.
pub fn detect(path: &Path, bytes: &[u8]) -> Result<Kind, LoadError> {
    let bytes = strip_bom(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(LoadError::Syntax {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: crate::tr!("storage-utf16"),
        });
    }
    // Only an object can be a breakout file; anything else is named for what it is ("a
    // list"), once it is known to be whole JSON. (serde would also fill the probe from a list.)
    if let Some(top) = TopLevel::of(bytes) {
        serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
            .map_err(|e| syntax_error(path, &e))?;
        return Err(LoadError::NotObject {
            path: path.to_path_buf(),
            top,
        });
    }
    let probe: Probe = serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => LoadError::NotBreakout {
            path: path.to_path_buf(),
            found: None,
        },
        _ => syntax_error(path, &e),
    })?;
    let tag = match probe.format {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => {
            return Err(LoadError::NotBreakout {
                path: path.to_path_buf(),
                found: Some(other.to_string()),
            });
        }
        None => {
            return Err(LoadError::NotBreakout {
                path: path.to_path_buf(),
                found: None,
            });
        }
    };
    let kind = Kind::from_tag(&tag).ok_or_else(|| LoadError::NotBreakout {
        path: path.to_path_buf(),
        found: Some(serde_json::Value::String(tag.clone()).to_string()),
    })?;
    let supported = supported_version(kind);
    if let Some(found) = probe
        .format_version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        && found > u64::from(supported)
    {
        return Err(LoadError::Newer {
            path: path.to_path_buf(),
            kind,
            found,
            supported,
        });
    }
    Ok(kind)
}

pub fn supported_version(kind: Kind) -> u32 {
    match kind {
        Kind::Plan => PLAN_FORMAT_VERSION,
        Kind::Template => TEMPLATE_FORMAT_VERSION,
        Kind::Session => SESSION_FORMAT_VERSION,
    }
}

/// Parses a plan. Its template is resolved separately (see `catalog`).
pub fn parse_plan(path: &Path, bytes: &[u8]) -> Result<Plan, LoadError> {
    let plan: Plan = parse_kind(path, bytes, Kind::Plan)?;
    plan.validate().map_err(|p| invalid(path, Kind::Plan, p))?;
    Ok(plan)
}

pub fn parse_template(path: &Path, bytes: &[u8]) -> Result<Template, LoadError> {
    let t: Template = parse_kind(path, bytes, Kind::Template)?;
    t.validate().map_err(|p| invalid(path, Kind::Template, p))?;
    Ok(t)
}

pub fn parse_session(path: &Path, bytes: &[u8]) -> Result<Session, LoadError> {
    let mut s: Session = parse_kind(path, bytes, Kind::Session)?;
    s.settle_old_picks();
    s.validate().map_err(|p| invalid(path, Kind::Session, p))?;
    Ok(s)
}

/// Reads a session file. When it cannot be read because it is damaged (empty, cut short, not
/// valid) and its backup `FILE.bak` reads correctly, the error names the backup.
pub fn read_session(path: &Path) -> Result<Session, LoadError> {
    parse_session(path, &read_bytes(path)?).map_err(|error| with_backup(path, error))
}

fn with_backup(path: &Path, error: LoadError) -> LoadError {
    let damaged = matches!(
        error,
        LoadError::Empty { .. }
            | LoadError::Syntax { .. }
            | LoadError::Schema { .. }
            | LoadError::Invalid { .. }
    );
    if !damaged {
        return error;
    }
    let backup = super::atomic::backup_path(path);
    match read_bytes(&backup).and_then(|bytes| parse_session(&backup, &bytes)) {
        Ok(good) => LoadError::GoodBackup {
            error: Box::new(error),
            backup,
            entries: good.live_items().count(),
        },
        Err(_) => error,
    }
}

pub fn read_template(path: &Path) -> Result<Template, LoadError> {
    parse_template(path, &read_bytes(path)?)
}

/// Parses any breakout file (plans are returned without resolving their template).
pub fn parse_any(path: &Path, bytes: &[u8]) -> Result<Document, LoadError> {
    Ok(match detect(path, bytes)? {
        Kind::Plan => Document::Plan(Box::new(parse_plan(path, bytes)?)),
        Kind::Template => Document::Template(parse_template(path, bytes)?),
        Kind::Session => Document::Session(Box::new(parse_session(path, bytes)?)),
    })
}

/// The format version a parsed document declares.
trait Versioned {
    fn format_version(&self) -> u32;
}

impl Versioned for Plan {
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl Versioned for Template {
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

impl Versioned for Session {
    fn format_version(&self) -> u32 {
        self.format_version
    }
}

fn parse_kind<T: DeserializeOwned + Versioned>(
    path: &Path,
    bytes: &[u8],
    want: Kind,
) -> Result<T, LoadError> {
    // A good file takes one plain parse; anything else is parsed again, field by field, to
    // say exactly what is wrong and where. The version is checked either way: a newer file
    // that happens to parse is still refused.
    if let Ok(value) = serde_json::from_slice::<T>(strip_bom(bytes)) {
        return not_newer(path, value, want);
    }
    let found = detect(path, bytes)?;
    if found != want {
        return Err(LoadError::WrongKind {
            path: path.to_path_buf(),
            expected: want,
            found,
        });
    }
    let mut de = serde_json::Deserializer::from_slice(strip_bom(bytes));
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = match e.path().to_string().as_str() {
            "." => crate::tr!("storage-top-level"),
            p => p.to_owned(),
        };
        let inner = e.into_inner();
        LoadError::Schema {
            path: path.to_path_buf(),
            field,
            line: inner.line(),
            column: inner.column(),
            message: bare_message(&inner),
        }
    })?;
    de.end().map_err(|e| syntax_error(path, &e))?;
    Ok(value)
}

/// A newer file that happens to parse is still refused: it may mean more than this build
/// understands, and saving it would drop that.
fn not_newer<T: Versioned>(path: &Path, value: T, want: Kind) -> Result<T, LoadError> {
    let found = value.format_version();
    let supported = supported_version(want);
    if found > supported {
        return Err(LoadError::Newer {
            path: path.to_path_buf(),
            kind: want,
            found: u64::from(found),
            supported,
        });
    }
    Ok(value)
}

fn invalid(path: &Path, kind: Kind, problems: Vec<Problem>) -> LoadError {
    LoadError::Invalid {
        path: path.to_path_buf(),
        kind,
        problems,
    }
}

fn syntax_error(path: &Path, e: &serde_json::Error) -> LoadError {
    let message = if e.is_eof() {
        crate::tr!("storage-cut-short")
    } else {
        bare_message(e)
    };
    LoadError::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// serde_json appends " at line L column C" to its messages; we print the position ourselves.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// Editors on some systems start UTF-8 files with a byte-order mark, which JSON forbids.
fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewItem;
    use crate::storage::{catalog, store};

    /// Entries whose text holds quotes, braces, line breaks and several scripts.
    fn session(n: usize) -> Session {
        let r = catalog::default_plan().expect("plan");
        let now = chrono::Utc::now();
        let mut s = Session::new(r.plan, r.template, now);
        for i in 0..n {
            let text = format!(
                "Point {i}: \"quoted\", {{braces}} and\nline breaks ],\n    }},\n    {{ {}",
                "বাংলা عربي 👍🏽 ".repeat(i % 9)
            );
            let mut item = NewItem::point(Some("asia"), Some("q1"), text);
            if i % 3 == 0 {
                item = item
                    .in_slot("recommendation")
                    .with_field("target", "States");
            }
            s.add(item, now).expect("add");
        }
        s
    }

    #[test]
    fn a_large_session_reads_back_as_it_was_written() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.json");
        let s = session(3000);
        let bytes = store::encode(&s).expect("encode");
        assert!(bytes.len() > 1024 * 1024, "{} bytes", bytes.len());
        std::fs::write(&path, &bytes).expect("write");
        assert_eq!(read_session(&path).expect("read"), s);
        // With a byte-order mark, as some editors save.
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend_from_slice(&bytes);
        assert_eq!(parse_session(&path, &marked).expect("parse"), s);
    }

    #[test]
    fn a_broken_entry_deep_in_a_large_file_is_named_with_its_line() {
        let path = Path::new("s.json");
        let bytes = store::encode(&session(3000)).expect("encode");
        let text = String::from_utf8(bytes).expect("utf-8");
        let bad = text.replacen("\"text\": \"Point 2999", "\"text\": 5, \"x\": \"", 1);
        let line = 1 + bad[..bad.find("\"text\": 5").expect("edit")]
            .matches('\n')
            .count();
        match parse_session(path, bad.as_bytes()) {
            Err(LoadError::Schema {
                field, line: at, ..
            }) => {
                assert!(field.starts_with("items["), "{field}");
                assert!(field.ends_with("].text"), "{field}");
                assert_eq!(at, line);
            }
            other => panic!("expected a schema error, got {other:?}"),
        }
    }
}
