//! Turning a session into what leaves the laptop: the report in Markdown, plain text and
//! Word, and the session itself as JSON. Depends on the model only.

pub mod docx;
pub mod layout;
pub mod report;

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
    #[error("could not encode the session: {0}")]
    Json(#[from] serde_json::Error),
}

/// The bytes of `session` in `format`; `layout` replaces the built-in Markdown or text layout.
pub fn export(
    session: &Session,
    format: Format,
    layout: Option<&str>,
) -> Result<Vec<u8>, ExportError> {
    let report = || report::build(session);
    Ok(match format {
        Format::Markdown => {
            layout::render(layout.unwrap_or(layout::MARKDOWN), &report())?.into_bytes()
        }
        Format::Text => layout::render(layout.unwrap_or(layout::TEXT), &report())?.into_bytes(),
        Format::Docx => docx::render(&report())?,
        Format::Json => json(session)?,
    })
}
