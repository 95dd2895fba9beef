//! Turning a session into what leaves the laptop: the report in Markdown, plain text and
//! Word, and the session itself as JSON. Produces bytes and paths, writes nothing: the caller
//! writes them (with `storage::atomic`). Depends on the model only.

pub mod digest;
mod digest_docx;
pub mod docx;
pub mod form;
pub mod layout;
pub mod report;

use std::path::{Path, PathBuf};

use crate::model::Session;

/// The session itself as JSON: pretty-printed (readable and diffable), ending in a newline.
/// This is also the session file's on-disk form.
pub fn json(session: &Session) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    Docx,
    Json,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Text, Format::Docx, Format::Json];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Layout(#[from] layout::LayoutError),
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
    #[error("{}", crate::tr!("export-encode", error = .0.to_string()))]
    Json(#[from] serde_json::Error),
}

/// The report formats the app writes beside its session file.
pub const REPORT_FORMATS: [Format; 3] = [Format::Markdown, Format::Text, Format::Docx];

/// `FILE.report.md` and so on, beside the session file `FILE.json`.
pub fn report_path(session_path: &Path, format: Format) -> PathBuf {
    let stem = session_path
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    session_path.with_file_name(format!("{stem}.report.{}", format.extension()))
}

/// The report in every format the app writes, each with its path beside the session file
/// (in the order of [`REPORT_FORMATS`]), and what the report notes about the form's limits.
#[derive(Debug)]
pub struct ReportFiles {
    pub files: Vec<(PathBuf, Vec<u8>)>,
    pub notes: Vec<String>,
}

/// [`ReportFiles`] of `session`, beside `session_path`: the report is built once for all.
pub fn report_files(session: &Session, session_path: &Path) -> Result<ReportFiles, ExportError> {
    let report = report::build(session);
    let files = REPORT_FORMATS
        .into_iter()
        .map(|format| {
            Ok((
                report_path(session_path, format),
                render(session, &report, format, None)?,
            ))
        })
        .collect::<Result<_, ExportError>>()?;
    Ok(ReportFiles {
        files,
        notes: report.warnings,
    })
}

/// The bytes of `session` in `format`; `layout` replaces the built-in Markdown or text layout.
pub fn export(
    session: &Session,
    format: Format,
    layout: Option<&str>,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Json => Ok(json(session)?),
        _ => render(session, &report::build(session), format, layout),
    }
}

/// The bytes of `report`, built from `session`, in `format`.
pub fn render(
    session: &Session,
    report: &report::Report,
    format: Format,
    layout: Option<&str>,
) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Markdown => {
            layout::render(layout.unwrap_or(layout::MARKDOWN), report)?.into_bytes()
        }
        Format::Text => layout::render(layout.unwrap_or(layout::TEXT), report)?.into_bytes(),
        Format::Docx => docx::render(report)?,
        Format::Json => json(session)?,
    })
}
