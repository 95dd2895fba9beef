//! Writing the report files beside a session file, as the app's export key does.

use std::path::{Path, PathBuf};

use super::atomic::{Backup, write_atomic};
use crate::export::{Format, export};
use crate::model::Session;

/// The report formats the app writes.
pub const REPORT_FORMATS: [Format; 3] = [Format::Markdown, Format::Text, Format::Docx];

/// `FILE.report.md` and so on, beside the session file `FILE.json`.
pub fn report_path(session_path: &Path, format: Format) -> PathBuf {
    let stem = session_path
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    session_path.with_file_name(format!("{stem}.report.{}", format.extension()))
}

/// Writes the report in every format beside the session file; returns the paths written.
/// Each file is replaced atomically, so a failure part-way leaves earlier exports whole.
pub fn write_reports(session: &Session, session_path: &Path) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for format in REPORT_FORMATS {
        let path = report_path(session_path, format);
        let bytes = export(session, format, None).map_err(|e| e.to_string())?;
        write_atomic(&path, &bytes, Backup::None).map_err(|e| e.to_string())?;
        written.push(path);
    }
    Ok(written)
}
