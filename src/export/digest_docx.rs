//! The Chair's digest as a Word document: a heading per session, the entries numbered under
//! it, each followed by its table of origin; the page and styles of the report.

use docx_rs::{Docx, LineSpacing, Paragraph, Run, SpecialIndentType};

use super::digest::{Digest, DigestSlot};
use super::docx::{DocxError, document, in_direction_of, lines, para};
use super::report::Words;

/// Where an entry's text starts, right of its number, in twentieths of a point.
const HANG: i32 = 425;

pub fn render(digest: &Digest) -> Result<Vec<u8>, DocxError> {
    let mut doc = document().add_paragraph(para(&digest.title).style("Title"));
    let many_kinds = digest.kinds.len() > 1;
    for session in &digest.sessions {
        doc = doc.add_paragraph(para(&session.heading).style("Heading1").keep_next(true));
        if digest.many_events {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(lines(Run::new().italic(), &session.event))
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().after(120)),
            );
        }
        for slot in &session.slots {
            if many_kinds || session.slots.len() > 1 {
                doc = doc.add_paragraph(para(&slot.plural).style("Heading2").keep_next(true));
            }
            doc = add_slot(doc, slot, &digest.words);
        }
    }
    super::docx::finish(doc)
}

fn add_slot(mut doc: Docx, slot: &DigestSlot, words: &Words) -> Docx {
    if slot.entries.is_empty() {
        let said = if slot.candidates > 0 {
            &words.none_chosen
        } else {
            &words.nothing_captured
        };
        return doc.add_paragraph(Paragraph::new().add_run(lines(Run::new().italic(), said)));
    }
    for e in &slot.entries {
        let mut p = Paragraph::new()
            .add_run(Run::new().add_text(format!("{}.", e.number)).add_tab())
            .add_run(lines(Run::new(), &e.text))
            .indent(
                Some(HANG),
                Some(SpecialIndentType::Hanging(HANG)),
                None,
                None,
            )
            .line_spacing(LineSpacing::new().after(80));
        if let Some(from) = &e.from {
            p = p
                .add_run(Run::new().add_text(" — "))
                .add_run(lines(Run::new().italic(), from));
        }
        doc = doc.add_paragraph(in_direction_of(p, &e.text));
        for f in &e.fields {
            let value = if f.shown.trim().is_empty() {
                "—"
            } else {
                &f.shown
            };
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(lines(Run::new().bold(), &format!("{}: ", f.label)))
                    .add_run(lines(Run::new(), value))
                    .indent(Some(HANG), None, None, None)
                    .line_spacing(LineSpacing::new().after(80)),
            );
        }
    }
    doc
}
