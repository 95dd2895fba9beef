//! The report as a Word document, built from the same structure as the other formats:
//! headings for the sections, a two-column table (caption | content) for entries laid out as
//! blocks (a recommendation with its target, actions and indicators), numbered Word lists for
//! the rest. Every table has explicit column widths, or LibreOffice may collapse it.

use docx_rs::{
    BreakType, Docx, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType, Table, TableCell,
    TableRow, WidthType,
};

use super::report::{Entry, Report, ReportSlot, Words};

#[cfg(test)]
mod tests;
mod word;

pub(super) use word::in_direction_of;

/// A4 with 2 cm margins, in twentieths of a point.
pub(super) const PAGE_W: u32 = 11906;
pub(super) const PAGE_H: u32 = 16838;
pub(super) const MARGIN: i32 = 1134;
const CONTENT_W: usize = (PAGE_W as usize) - 2 * (MARGIN as usize);
const CAPTION_W: usize = 2800;

#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("export-docx-failed", error = .0.as_str()))]
pub struct DocxError(pub(super) String);

pub fn render(report: &Report) -> Result<Vec<u8>, DocxError> {
    let mut doc = document();
    doc = word::with_lists(doc);

    doc = doc.add_paragraph(para(&report.title).style("Title"));
    if let Some(o) = &report.organiser {
        doc = doc.add_paragraph(para(o));
    }
    if let Some(i) = &report.intro {
        doc = doc.add_paragraph(para(i));
    }
    if !report.header.is_empty() {
        let rows = report
            .header
            .iter()
            .map(|h| row(bold_para(&h.label), vec![para(or_dash(&h.value))]))
            .collect();
        doc = doc.add_table(table(rows));
    }
    for section in &report.sections {
        doc = doc.add_paragraph(
            para(&format!("{}. {}", section.number, section.heading))
                .style("Heading1")
                .keep_next(true),
        );
        for p in section
            .instructions
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
        {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(lines(Run::new().italic(), &p.trim().replace('\n', " ")))
                    .line_spacing(LineSpacing::new().after(120))
                    // The form's instructions stay with what they introduce.
                    .keep_next(true),
            );
        }
        if section.table {
            doc = word::add_table_section(doc, section, &report.words);
            continue;
        }
        let many = section.slots.len() > 1;
        for slot in &section.slots {
            if many {
                let title = slot.caption.clone().unwrap_or_else(|| slot.plural.clone());
                doc = doc.add_paragraph(para(&title).style("Heading2").keep_next(true));
            }
            doc = add_slot(doc, slot, &report.words);
        }
    }
    finish(doc)
}

/// An A4 page with 2 cm margins, the report's fonts and its title and heading styles: the
/// report and the digest look alike.
pub(super) fn document() -> Docx {
    Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            docx_rs::PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(36)
                .bold()
                .line_spacing(LineSpacing::new().after(120)),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(28)
                .bold()
                .outline_lvl(0)
                .line_spacing(LineSpacing::new().before(360).after(120)),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("Heading 2")
                .size(24)
                .bold()
                .outline_lvl(1)
                .line_spacing(LineSpacing::new().before(240).after(80)),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
}

/// The document's bytes, its right-to-left paragraphs marked as such.
pub(super) fn finish(doc: Docx) -> Result<Vec<u8>, DocxError> {
    let mut out = std::io::Cursor::new(Vec::new());
    word::mark_rtl_runs(word::mark_directions(doc).build())
        .pack(&mut out)
        .map_err(|e| DocxError(e.to_string()))?;
    Ok(out.into_inner())
}

fn add_slot(mut doc: Docx, slot: &ReportSlot, words: &Words) -> Docx {
    if slot.entries.is_empty() && slot.candidates > 0 {
        return doc.add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(xml_text(&words.none_chosen)).italic()),
        );
    }
    if slot.entries.is_empty() && slot.blanks.is_empty() {
        return doc.add_paragraph(
            Paragraph::new().add_run(
                Run::new()
                    .add_text(xml_text(&words.nothing_captured))
                    .italic(),
            ),
        );
    }
    if slot.blocks {
        for e in slot.entries.iter().chain(&slot.blanks) {
            if let Some(g) = &e.group {
                doc = doc.add_paragraph(group_heading(g));
            }
            doc = doc
                .add_table(word::kept_together(entry_table(e, words)))
                .add_paragraph(Paragraph::new());
        }
        return doc;
    }
    let mut list = word::NumberedList::default();
    for e in slot.entries.iter().chain(&slot.blanks) {
        if let Some(g) = &e.group {
            doc = doc.add_paragraph(group_heading(g));
        }
        let p;
        let text = word::in_direction_of(para(&word::entry_text(e)), &e.text);
        (doc, p) = list.item(doc, text, e.number);
        doc = doc.add_paragraph(p);
        if let Some(a) = &e.attribution {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(lines(Run::new().italic(), &format!("— {a}")))
                    .indent(Some(567), None, None, None),
            );
        }
    }
    doc
}

/// A block entry: its caption beside its text and fields, then one row per kind of entry
/// under it.
fn entry_table(e: &Entry, words: &Words) -> Table {
    let mut content = Vec::new();
    let mut first = String::new();
    if let Some(o) = &e.origin {
        first.push_str(&format!("({o}) "));
    }
    let main = match &e.text_label {
        Some(label) => Paragraph::new()
            .add_run(lines(Run::new(), &first))
            .add_run(lines(Run::new().bold(), &format!("{label}: ")))
            .add_run(lines(Run::new(), &e.text))
            .line_spacing(LineSpacing::new().after(80)),
        None => {
            first.push_str(&e.text);
            para(&first)
        }
    };
    content.push(word::in_direction_of(main, &e.text));
    for f in &e.fields {
        content.push(
            Paragraph::new()
                .add_run(lines(Run::new().bold(), &format!("{}: ", f.label)))
                .add_run(lines(Run::new(), or_dash(&f.value))),
        );
    }
    let mut rows = vec![row(bold_para(&e.caption), content)];
    for c in &e.children {
        let caption = c.caption.clone().unwrap_or_else(|| c.plural.clone());
        let items = if c.entries.is_empty() && c.blanks.is_empty() {
            let said = if c.candidates > 0 {
                &words.none_chosen
            } else {
                &words.none_captured
            };
            vec![Paragraph::new().add_run(Run::new().add_text(xml_text(said)).italic())]
        } else {
            c.entries
                .iter()
                .chain(&c.blanks)
                .map(|ce| word::bulleted(para(&ce.text)))
                .collect()
        };
        rows.push(row(bold_para(&caption), items));
    }
    table(rows)
}

/// The heading of a group of entries of a slot ranked per table (the table's name), kept
/// with the first entry under it.
fn group_heading(text: &str) -> Paragraph {
    bold_para(text)
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(160).after(80))
}

fn table(rows: Vec<TableRow>) -> Table {
    Table::new(rows)
        .set_grid(vec![CAPTION_W, CONTENT_W - CAPTION_W])
        .width(CONTENT_W, WidthType::Dxa)
}

fn row(caption: Paragraph, content: Vec<Paragraph>) -> TableRow {
    let mut right = TableCell::new().width(CONTENT_W - CAPTION_W, WidthType::Dxa);
    for p in content {
        right = right.add_paragraph(p);
    }
    TableRow::new(vec![
        TableCell::new()
            .width(CAPTION_W, WidthType::Dxa)
            .add_paragraph(caption),
        right,
    ])
}

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s }
}

/// A paragraph whose line breaks are kept as breaks.
pub(super) fn para(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(lines(Run::new(), text))
        .line_spacing(LineSpacing::new().after(80))
}

fn bold_para(text: &str) -> Paragraph {
    Paragraph::new().add_run(lines(Run::new().bold(), text))
}

/// Every text of the document goes through here.
pub(super) fn lines(mut run: Run, text: &str) -> Run {
    for (n, line) in xml_text(text).split('\n').enumerate() {
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// Text that Word can read. XML 1.0 allows no control characters but tab and line breaks, and
/// one stray character makes Word and LibreOffice refuse the whole document. Text pasted from
/// slides carries vertical tabs (line breaks there) and form feeds: those become line breaks;
/// other control characters are dropped.
fn xml_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\r' | '\u{0B}' | '\u{0C}' => Some('\n'),
            '\t' | '\n' => Some(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}
