//! What makes the Word document behave like the form in Word: numbered and bulleted entries
//! are real Word lists (numbering definitions, so Word renumbers them when the rapporteur
//! edits), paragraphs in right-to-left scripts run right to left, a block entry's table stays on
//! one page, and a section the form lays out as a table is one.

use docx_rs::{
    AbstractNumbering, DocumentChild, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, SpecialIndentType, Start, Table,
    TableCellContent, TableChild, TableRowChild, XMLDocx,
};

use super::{bold_para, lines, para, row, table, xml_text};
use crate::export::report::{Entry, ReportSection, ReportSlot, Words};

/// The numbering definitions (abstract numberings). docx-rs always writes its own definition
/// 1 and its instance 1, so ours start at 2.
const DECIMAL: usize = 2;
const BULLET: usize = 3;
/// The one instance of the bullet list: bullets have no count to restart.
const BULLETS: usize = 2;
/// Where a list's text starts, and the hanging number or bullet before it (twentieths of a
/// point): 1 cm for the numbered entries (an attribution under one is indented as much),
/// half that for the bullets inside a table cell.
const LIST_INDENT: i32 = 567;
const BULLET_INDENT: i32 = 284;

/// The document with the numbering definitions its lists use: a decimal list ("1.") and a
/// bullet list ("•").
pub(super) fn with_lists(doc: Docx) -> Docx {
    let decimal = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("decimal"),
        LevelText::new("%1."),
        LevelJc::new("left"),
    )
    .indent(
        Some(LIST_INDENT),
        Some(SpecialIndentType::Hanging(LIST_INDENT)),
        None,
        None,
    );
    let bullet = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    )
    .indent(
        Some(BULLET_INDENT),
        Some(SpecialIndentType::Hanging(BULLET_INDENT)),
        None,
        None,
    );
    doc.add_abstract_numbering(AbstractNumbering::new(DECIMAL).add_level(decimal))
        .add_abstract_numbering(AbstractNumbering::new(BULLET).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLET))
}

/// The numbered list a run of entries goes in: one instance of the decimal list per slot,
/// and a new one wherever the entries' numbers do not follow on (a ranking that starts again
/// in each table), each starting at its first entry's number. Word continues a list across
/// instances of one definition unless told where to start, hence the override.
#[derive(Default)]
pub(super) struct NumberedList {
    /// The instance in use and the number its next paragraph gets.
    current: Option<(usize, usize)>,
}

impl NumberedList {
    /// `p` as the list's paragraph numbered `number` (the number is Word's, not typed).
    pub(super) fn item(&mut self, doc: Docx, p: Paragraph, number: usize) -> (Docx, Paragraph) {
        let (doc, id) = match self.current {
            Some((id, next)) if next == number => (doc, id),
            _ => {
                // docx-rs writes its instance 1 first, then ours in order from 2.
                let id = doc.numberings.numberings.len() + 2;
                let doc = doc.add_numbering(
                    Numbering::new(id, DECIMAL).add_override(LevelOverride::new(0).start(number)),
                );
                (doc, id)
            }
        };
        self.current = Some((id, number + 1));
        (doc, p.numbering(NumberingId::new(id), IndentLevel::new(0)))
    }
}

/// `p` as an item of the bullet list.
pub(super) fn bulleted(p: Paragraph) -> Paragraph {
    p.numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
}

/// A table that stays on one page where it fits: no row breaks across pages, and every
/// paragraph but those of the last row keeps with the next (Word's idiom for "keep the table
/// together"), so a table that would break starts on the next page instead.
pub(super) fn kept_together(mut t: Table) -> Table {
    let last = t.rows.len().saturating_sub(1);
    t.rows = std::mem::take(&mut t.rows)
        .into_iter()
        .enumerate()
        .map(|(k, TableChild::TableRow(mut r))| {
            r = r.cant_split();
            if k < last {
                for TableRowChild::TableCell(cell) in &mut r.cells {
                    for content in &mut cell.children {
                        if let TableCellContent::Paragraph(p) = content {
                            p.property = std::mem::take(&mut p.property).keep_next(true);
                        }
                    }
                }
            }
            TableChild::TableRow(r)
        })
        .collect();
    t
}

/// A section the form lays out as a table: a row per slot, its numbered caption beside its
/// entries (one paragraph each, as the form's lines), its blank lines, or what the report says
/// when there is nothing.
pub(super) fn add_table_section(doc: Docx, section: &ReportSection, words: &Words) -> Docx {
    let rows = section
        .slots
        .iter()
        .map(|slot| {
            let caption = slot
                .row_caption
                .clone()
                .unwrap_or_else(|| slot.plural.clone());
            row(bold_para(&caption), cell_content(slot, words)).cant_split()
        })
        .collect();
    // On one page, like a recommendation's table: the form's rows belong together.
    doc.add_table(kept_together(table(rows)))
        .add_paragraph(Paragraph::new())
}

fn cell_content(slot: &ReportSlot, words: &Words) -> Vec<Paragraph> {
    let note = |s: &str| Paragraph::new().add_run(Run::new().add_text(xml_text(s)).italic());
    if slot.entries.is_empty() && slot.candidates > 0 {
        return vec![note(&words.none_chosen)];
    }
    if slot.entries.is_empty() && slot.blanks.is_empty() {
        return vec![note(&words.nothing_captured)];
    }
    let mut out = Vec::new();
    for e in &slot.entries {
        out.push(para(&entry_text(e)));
        if let Some(a) = &e.attribution {
            out.push(Paragraph::new().add_run(lines(Run::new().italic(), &format!("— {a}"))));
        }
    }
    out.extend(slot.blanks.iter().map(|_| para("")));
    out
}

/// An entry's text as the report prints it: its table of origin first, where it has one.
pub(super) fn entry_text(e: &Entry) -> String {
    match &e.origin {
        Some(o) => format!("({o}) {}", e.text),
        None => e.text.clone(),
    }
}

// ---------------------------------------------------------------------------------------------
// Right to left

/// Marks every paragraph whose first strong directional character is right-to-left (rule P2 of
/// the Unicode bidirectional algorithm: Arabic, Hebrew, Persian, Urdu, …) as a right-to-left
/// paragraph (`w:bidi`), so it is aligned to the right and its punctuation falls where the
/// reader expects. Paragraphs with no strong character (numbers, blanks) stay as they are.
pub(super) fn mark_directions(mut doc: Docx) -> Docx {
    for child in &mut doc.document.children {
        match child {
            DocumentChild::Paragraph(p) => mark(p),
            DocumentChild::Table(t) => mark_table(t),
            _ => {}
        }
    }
    doc
}

fn mark_table(t: &mut Table) {
    for TableChild::TableRow(r) in &mut t.rows {
        for TableRowChild::TableCell(cell) in &mut r.cells {
            for content in &mut cell.children {
                match content {
                    TableCellContent::Paragraph(p) => mark(p),
                    TableCellContent::Table(t) => mark_table(t),
                    _ => {}
                }
            }
        }
    }
}

/// `p` marked right-to-left when the entry's own `text` is, whatever comes before it: an Arabic
/// entry stays right-to-left behind a "(From Asia Group)" in the report's language.
pub(in crate::export) fn in_direction_of(mut p: Paragraph, text: &str) -> Paragraph {
    if right_to_left(text) {
        p.property = std::mem::take(&mut p.property).bidi(true);
    }
    p
}

fn mark(p: &mut Paragraph) {
    if right_to_left(&unescaped(&p.raw_text())) {
        p.property = std::mem::take(&mut p.property).bidi(true);
    }
}

/// Rule P2 (and P3): the paragraph runs right to left when its first strong character, outside
/// isolates, is R or AL. A line break does not end the search: in Word it is one paragraph.
pub(super) fn right_to_left(text: &str) -> bool {
    unicode_bidi::get_base_direction_full(text) == unicode_bidi::Direction::Rtl
}

/// docx-rs keeps text XML-escaped; the letters of `&quot;` must not count as left-to-right
/// text. Every `&` there starts an entity (a literal one is `&amp;`), and every entity stands
/// for a neutral character, so dropping them leaves the direction as it was.
fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_entity = false;
    for c in text.chars() {
        match c {
            '&' => in_entity = true,
            ';' if in_entity => in_entity = false,
            _ if in_entity => {}
            _ => out.push(c),
        }
    }
    out
}

/// Marks the runs of right-to-left paragraphs as right-to-left text (`w:rtl`), which Word
/// writes itself for Arabic or Hebrew typed in: neutral characters (spaces, punctuation,
/// digits' separators) then take the paragraph's direction, and the run uses the font and size
/// set for complex scripts.
///
/// docx-rs has a paragraph's `bidi` but no run property for `rtl`, and no way to add raw markup
/// to a run; so the built `document.xml` is edited here, in the paragraphs marked `w:bidi` only:
/// each run's properties (and the paragraph mark's) get `<w:rtl />`. This is sound on docx-rs's
/// output: text is always escaped, so `<w:bidi />`, `<w:rPr />` and `</w:rPr>` can only be
/// markup, and paragraphs do not nest (tables hold paragraphs, never the reverse).
pub(super) fn mark_rtl_runs(mut xml: XMLDocx) -> XMLDocx {
    let Ok(doc) = String::from_utf8(std::mem::take(&mut xml.document)) else {
        return xml;
    };
    let mut out = String::with_capacity(doc.len() + doc.len() / 16);
    let mut rest = doc.as_str();
    while let Some(start) = next_paragraph(rest) {
        let Some(len) = rest[start..].find("</w:p>") else {
            break;
        };
        let end = start + len + "</w:p>".len();
        out.push_str(&rest[..start]);
        let p = &rest[start..end];
        if p.contains("<w:bidi />") {
            out.push_str(
                &p.replace("</w:rPr>", "<w:rtl /></w:rPr>")
                    .replace("<w:rPr />", "<w:rPr><w:rtl /></w:rPr>"),
            );
        } else {
            out.push_str(p);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    xml.document = out.into_bytes();
    xml
}

/// Where the next paragraph's start tag is (`<w:p>` or `<w:p …>`, not `<w:pPr>`).
pub(super) fn next_paragraph(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find("<w:p") {
        let at = from + k;
        match s.as_bytes().get(at + 4) {
            Some(b' ' | b'>') => return Some(at),
            _ => from = at + 4,
        }
    }
    None
}
