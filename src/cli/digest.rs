//! `breakout digest FILE... [--format md|txt|docx|json] [-o OUT] [--slots ID,...]`: the
//! Chair's digest of many sessions' priority messages (or other slots) in one document.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{Failure, Outcome};
use crate::export::Format;
use crate::export::digest::{self, Choice, Source};
use crate::model::{Session, SlotId};
use crate::storage::atomic::{self, Backup};
use crate::storage::load;

/// `--format` of `breakout digest`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(super) enum DigestFormat {
    /// The digest in Markdown.
    Md,
    /// The digest as plain text.
    Txt,
    /// The digest as a Word document.
    Docx,
    /// The digest as JSON, for other programs.
    Json,
}

impl From<DigestFormat> for crate::export::Format {
    fn from(f: DigestFormat) -> Self {
        match f {
            DigestFormat::Md => crate::export::Format::Markdown,
            DigestFormat::Txt => crate::export::Format::Text,
            DigestFormat::Docx => crate::export::Format::Docx,
            DigestFormat::Json => crate::export::Format::Json,
        }
    }
}

/// What `breakout digest` was asked.
pub(super) struct Request<'a> {
    pub files: &'a [PathBuf],
    pub format: Option<Format>,
    pub output: Option<&'a Path>,
    pub slots: Option<&'a [SlotId]>,
}

pub(super) fn run(request: &Request<'_>) -> Outcome {
    let output = request.output.filter(|o| *o != Path::new("-"));
    let format = request
        .format
        .or_else(|| output.and_then(format_of))
        .unwrap_or(Format::Markdown);
    if format == Format::Docx && output.is_none() && std::io::stdout().is_terminal() {
        return Err(Failure(crate::tr!("cli-digest-docx-terminal")));
    }
    if let Some(out) = output
        && let Some(input) = request.files.iter().find(|f| same_file(out, f))
    {
        return Err(Failure(crate::tr!(
            "cli-digest-same-file",
            path = input.as_path()
        )));
    }
    // Every file is read; one that cannot be is named and left out, and the rest come out.
    let mut skipped = 0;
    let mut sessions: Vec<(&PathBuf, Session)> = Vec::new();
    for file in request.files {
        if sessions.iter().any(|(seen, _)| same_file(seen, file)) {
            continue;
        }
        match load::read_session(file) {
            Ok(s) => sessions.push((file, s)),
            Err(e) => {
                eprintln!(
                    "breakout: {}",
                    crate::tr!("cli-digest-skipped", error = e.to_string())
                );
                skipped += 1;
            }
        }
    }
    if sessions.is_empty() {
        return Err(Failure(crate::tr!("cli-digest-nothing")));
    }
    let sources: Vec<Source<'_>> = sessions
        .iter()
        .map(|(path, session)| Source {
            name: path.display().to_string(),
            session,
        })
        .collect();
    let choice = request.slots.map_or(Choice::Marked, Choice::Named);
    let digest = digest::build(&sources, choice);
    for name in &digest.without_slots {
        let note = match request.slots {
            None => crate::tr!("cli-digest-no-marked-slot", path = name.as_str()),
            Some(ids) => crate::tr!(
                "cli-digest-no-named-slot",
                path = name.as_str(),
                slots = ids.iter().map(SlotId::as_str).collect::<Vec<_>>().join(",")
            ),
        };
        eprintln!("breakout: {note}");
    }
    // Not one session had what was asked for: an empty digest would only look like one.
    if digest.without_slots.len() == sessions.len() {
        return Err(Failure(match request.slots {
            None => crate::tr!("cli-digest-none-marked"),
            Some(ids) => crate::tr!(
                "cli-digest-none-named",
                slots = ids.iter().map(SlotId::as_str).collect::<Vec<_>>().join(",")
            ),
        }));
    }
    let bytes = digest
        .render(format)
        .map_err(|e| Failure(crate::tr!("cli-digest-failed", error = e.to_string())))?;
    match output {
        Some(out) => {
            atomic::write_atomic(out, &bytes, Backup::None)
                .map_err(|e| super::export_failure(out, e))?;
            eprintln!("{}", crate::tr!("cli-wrote", path = out));
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|e| Failure(crate::tr!("cli-stdout-failed", error = e.to_string())))?;
        }
    }
    if skipped > 0 {
        return Err(Failure(crate::tr!(
            "cli-digest-some-skipped",
            count = skipped,
            total = request.files.len()
        )));
    }
    Ok(())
}

/// The format an output file's name asks for (`digest.docx`), when --format is not given.
fn format_of(out: &Path) -> Option<Format> {
    let ext = out.extension()?.to_str()?.to_ascii_lowercase();
    Format::ALL
        .into_iter()
        .find(|f| f.extension() == ext)
        .or_else(|| (ext == "markdown").then_some(Format::Markdown))
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || a.canonicalize()
            .ok()
            .zip(b.canonicalize().ok())
            .is_some_and(|(x, y)| x == y)
}
