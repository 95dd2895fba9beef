//! The report as data: the template's sections filled from what was captured. Every output
//! format (Markdown, text, Word) is drawn from this one structure, so they agree, and none
//! knows any particular organiser's form.

use serde::Serialize;

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::model::{FieldKind, Item, ItemId, Ranking, SectionLayout, Session, Slot, SlotId};

use super::form;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Report {
    /// The language of the report's own words: the template's, when breakout has it.
    pub language: String,
    /// The words the report adds itself, in that language.
    pub words: Words,
    pub title: String,
    pub organiser: Option<String>,
    pub intro: Option<String>,
    pub header: Vec<HeaderRow>,
    pub sections: Vec<ReportSection>,
    /// Where the report goes over the form's limits (the rapporteur decides; this only says),
    /// in the language of the interface.
    pub warnings: Vec<String>,
    /// The language the template asks for when breakout has no catalog for it (its words are
    /// then in English).
    #[serde(skip)]
    pub unknown_language: Option<String>,
}

/// What a report says where the form has nothing to show, in the template's language. Layouts
/// get them as `words` (`{{ words.nothing_captured }}`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Words {
    /// "None chosen for the report yet." (entries were captured, none picked).
    pub none_chosen: String,
    /// "Nothing captured." (a slot with no entries).
    pub nothing_captured: String,
    /// "None captured." (no entries under an entry).
    pub none_captured: String,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words {
            none_chosen: crate::tr_in!(lang, "export-none-chosen"),
            nothing_captured: crate::tr_in!(lang, "export-nothing-captured"),
            none_captured: crate::tr_in!(lang, "export-none-captured"),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct HeaderRow {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReportSection {
    pub number: String,
    pub heading: String,
    pub instructions: String,
    pub slots: Vec<ReportSlot>,
    /// The form lays the section out as one table, a row per slot: its `row_caption` beside
    /// its entries (template `"layout": "table"`).
    pub table: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReportSlot {
    pub id: SlotId,
    pub label: String,
    pub plural: String,
    /// The form's caption with no number filled in (`{n}` removed), e.g. "Action(s) for this
    /// recommendation (up to two maximum)."
    pub caption: Option<String>,
    pub limit: Option<u32>,
    /// How many entries the form allows from each table, besides `limit`.
    pub limit_per_table: Option<u32>,
    /// How the entries are numbered when they are a ranking: `overall` (1–N, as always) or
    /// `per_table` (grouped by table, each group from 1; the first entry of each group carries
    /// its heading as `group`).
    pub ranked: Option<Ranking>,
    /// What the form calls an entry's main text ("What"), written before it in blocks.
    pub text_label: Option<String>,
    /// Whether each entry is laid out as a block of its own (it has fields or entries under
    /// it), rather than as an item of a list.
    pub blocks: bool,
    pub entries: Vec<Entry>,
    /// Live entries of the slot, chosen or not (for "none chosen" versus "nothing captured").
    pub candidates: usize,
    /// The form's numbered blank lines after the entries, up to the limit (template
    /// `"blanks": true`): entries with no text, numbered on from the last, each with its
    /// caption (a blank recommendation keeps its caption, fields and the captions of what goes
    /// under it). Printed instead of "Nothing captured."
    pub blanks: Vec<Entry>,
    /// In a section laid out as a table: the row's caption, numbered as the form numbers it
    /// ("1. Governance mechanisms:").
    pub row_caption: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// Its number: 1–N in report order, or from 1 within its table for a slot ranked per
    /// table.
    pub number: usize,
    /// The form's caption for this entry with its number (and table) filled in, e.g.
    /// "Recommendation 1 and who targeted to", or the slot's label and number.
    pub caption: String,
    /// For a slot ranked per table, on the first entry of each table's group: the group's
    /// heading (the table as the report names it, or the words for no table).
    pub group: Option<String>,
    /// The table the entry came from, as the report names it ("Asia Group"), for every slot.
    pub table: Option<String>,
    /// The slot's label for the main text ("What"), when the form names it.
    pub text_label: Option<String>,
    pub text: String,
    /// "From Asia Group", for slots that keep their table of origin.
    pub origin: Option<String>,
    pub fields: Vec<HeaderRow>,
    /// For quotes: the speaker when approval to name them is recorded, else the template's
    /// word for anonymous.
    pub attribution: Option<String>,
    /// Entries hanging under this one, by slot (actions, indicators).
    pub children: Vec<ReportSlot>,
}

fn caption(slot: &Slot, n: usize, table: &str) -> String {
    match &slot.caption {
        Some(c) if c.contains("{n}") => c.replace("{n}", &n.to_string()),
        _ => format!("{} {n}", slot.label),
    }
    .replace("{table}", table)
}

fn plain_caption(slot: &Slot) -> Option<String> {
    slot.caption.as_ref().map(|c| {
        without_table(c)
            .replace(" {n}", "")
            .replace("{n} ", "")
            .replace("{n}", "")
            .trim()
            .to_owned()
    })
}

/// A caption with its `{table}` placeholder taken out, for where no table applies.
fn without_table(c: &str) -> String {
    c.replace(" ({table})", "")
        .replace(" {table}", "")
        .replace("{table} ", "")
        .replace("{table}", "")
}

/// A blank entry's caption: numbered, with no table to name.
fn blank_caption(slot: &Slot, n: usize) -> String {
    match &slot.caption {
        Some(c) if c.contains("{n}") => without_table(c).replace("{n}", &n.to_string()),
        _ => format!("{} {n}", slot.label),
    }
}

/// Lookups built once per report, so building it stays linear in the number of entries.
struct Index<'a> {
    /// Live entries under each entry, in capture order.
    kids: HashMap<ItemId, Vec<&'a Item>>,
    /// Live entries per slot.
    counts: HashMap<&'a SlotId, usize>,
}

impl<'a> Index<'a> {
    fn new(session: &'a Session) -> Self {
        let mut kids: HashMap<ItemId, Vec<&Item>> = HashMap::new();
        let mut counts: HashMap<&SlotId, usize> = HashMap::new();
        for i in session.live_items() {
            if let Some(p) = i.parent {
                kids.entry(p).or_default().push(i);
            }
            if let Some(s) = i.slot.as_ref() {
                *counts.entry(s).or_default() += 1;
            }
        }
        for v in kids.values_mut() {
            v.sort_by_key(|i| (i.rank, i.id));
        }
        Index { kids, counts }
    }
}

fn entry(session: &Session, index: &Index<'_>, slot: &Slot, item: &Item, n: usize) -> Entry {
    let template = &session.template;
    let lang = template.report_language();
    let table = form::table_name(session, item.table.as_ref());
    let origin = slot
        .origin
        .then(|| item.table.as_ref().and_then(|t| session.plan.table(t)))
        .flatten()
        .and_then(|t| t.origin_label())
        .map(|o| crate::tr_in!(template.report_language(), "export-from", origin = o));
    let fields = slot
        .fields
        .iter()
        .map(|f| HeaderRow {
            label: f.label.clone(),
            value: match f.kind {
                FieldKind::Date => crate::model::format_date_value(item.field(&f.id), lang),
                FieldKind::Text => item.field(&f.id).to_owned(),
            },
        })
        .collect();
    // Chatham House: a name only with recorded approval; otherwise the template's word.
    let attribution = slot
        .attribution
        .as_ref()
        .map(|rule| match &item.attribution {
            Some(a) if a.approved && !a.speaker.trim().is_empty() => {
                [a.speaker.trim(), a.organisation.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            _ => rule.anonymous.clone(),
        });
    let children = template
        .slots()
        .filter(|c| c.parent.as_ref() == Some(&slot.id))
        .map(|c| {
            let ids: Vec<ItemId> = index
                .kids
                .get(&item.id)
                .into_iter()
                .flatten()
                .filter(|i| i.slot.as_ref() == Some(&c.id))
                .map(|i| i.id)
                .collect();
            // Those the rapporteur left out stay out; the order is the one they set.
            let chosen = session.choose_among(Some(item.id), c, &ids);
            // Its candidates are those under this entry: "none chosen" when all were left out.
            report_slot(session, index, c, &chosen, ids.len())
        })
        .collect();
    let table_words = table
        .clone()
        .unwrap_or_else(|| crate::tr_in!(lang, "export-no-table"));
    Entry {
        number: n,
        caption: caption(slot, n, &table_words),
        group: None,
        table,
        text_label: slot.text_label.clone(),
        text: item.text.trim_end().to_owned(),
        origin,
        fields,
        attribution,
        children,
    }
}

/// The report's part for `slot`: its entries `ids` going in, of `candidates` captured.
fn report_slot(
    session: &Session,
    index: &Index<'_>,
    slot: &Slot,
    ids: &[ItemId],
    candidates: usize,
) -> ReportSlot {
    let has_children = session
        .template
        .slots()
        .any(|c| c.parent.as_ref() == Some(&slot.id));
    let live: Vec<ItemId> = ids
        .iter()
        .copied()
        .filter(|id| session.item(*id).is_some())
        .collect();
    let lang = session.template.report_language();
    let entries: Vec<Entry> = form::places(session, slot, &live, lang)
        .into_iter()
        .filter_map(|place| {
            let item = session.item(place.id)?;
            let mut e = entry(session, index, slot, item, place.number);
            e.group = place.group;
            Some(e)
        })
        .collect();
    ReportSlot {
        id: slot.id.clone(),
        label: slot.label.clone(),
        plural: slot.plural().to_owned(),
        caption: plain_caption(slot),
        limit: slot.limit,
        limit_per_table: slot.limit_per_table,
        ranked: slot.ranked,
        text_label: slot.text_label.clone(),
        blocks: has_children || !slot.fields.is_empty(),
        blanks: if slot.blanks {
            blank_entries(session, index, slot, entries.len())
        } else {
            Vec::new()
        },
        entries,
        candidates,
        row_caption: None,
    }
}

/// How many blank lines a slot that asks for them prints after `filled` entries: up to its
/// limit, or one when it has no limit and nothing went in. A slot ranked per table numbers
/// from 1 in each table, so numbered blanks after the last table would mislead: it prints
/// them only when nothing went in.
fn blank_count(slot: &Slot, filled: usize) -> usize {
    if slot.ranked == Some(Ranking::PerTable) && filled > 0 {
        return 0;
    }
    match slot.limit {
        Some(limit) => (limit as usize).saturating_sub(filled),
        None => usize::from(filled == 0),
    }
}

/// The form's blank entries of `slot` after `filled` entries, numbered on from them.
fn blank_entries(session: &Session, index: &Index<'_>, slot: &Slot, filled: usize) -> Vec<Entry> {
    (filled + 1..=filled + blank_count(slot, filled))
        .map(|n| blank_entry(session, index, slot, n))
        .collect()
}

/// An entry as the empty form shows it: its caption, its fields' labels, and under it each
/// kind of entry it takes with its own blank lines (up to that slot's limit, or one).
fn blank_entry(session: &Session, index: &Index<'_>, slot: &Slot, n: usize) -> Entry {
    // Each kind of entry under it as the form leaves it blank, whether or not that slot
    // asks for blanks when filled in.
    let children = session
        .template
        .slots()
        .filter(|c| c.parent.as_ref() == Some(&slot.id))
        .map(|c| ReportSlot {
            blanks: blank_entries(session, index, c, 0),
            ..report_slot(session, index, c, &[], 0)
        })
        .collect();
    Entry {
        number: n,
        caption: blank_caption(slot, n),
        group: None,
        table: None,
        text_label: slot.text_label.clone(),
        text: String::new(),
        origin: None,
        fields: slot
            .fields
            .iter()
            .map(|f| HeaderRow {
                label: f.label.clone(),
                value: String::new(),
            })
            .collect(),
        attribution: None,
        children,
    }
}

/// The caption of each row of a section laid out as a table, numbered as the form does.
fn number_rows(slots: &mut [ReportSlot]) {
    for (k, slot) in slots.iter_mut().enumerate() {
        let caption = slot.caption.as_deref().unwrap_or(&slot.plural);
        slot.row_caption = Some(format!("{}. {caption}", k + 1));
    }
}

/// Fills the session's template from what it captured.
pub fn build(session: &Session) -> Report {
    let template = &session.template;
    let index = Index::new(session);
    let header = template
        .header
        .iter()
        .map(|h| HeaderRow {
            label: h.label.clone(),
            value: session.header_value(&h.id),
        })
        .collect();
    let mut warnings = Vec::new();
    let sections = template
        .sections
        .iter()
        .map(|section| {
            let mut slots: Vec<ReportSlot> = section
                .slots
                .iter()
                .filter(|s| s.parent.is_none())
                .map(|slot| {
                    let ids = session.chosen(slot);
                    let candidates = index.counts.get(&slot.id).copied().unwrap_or(0);
                    let rs = report_slot(session, &index, slot, &ids, candidates);
                    collect_warnings(&rs, None, &mut warnings);
                    form::table_warnings(session, slot, &mut warnings);
                    rs
                })
                .collect();
            let table = section.layout == SectionLayout::Table;
            if table {
                number_rows(&mut slots);
            }
            ReportSection {
                number: section.number.clone(),
                heading: section.heading.clone(),
                instructions: section.instructions.clone(),
                slots,
                table,
            }
        })
        .collect();
    let lang = template.report_language();
    Report {
        language: lang.code().to_owned(),
        words: Words::new(lang),
        unknown_language: template.missing_language().map(str::to_owned),
        title: template.title.clone(),
        organiser: template.organiser.clone(),
        intro: template.intro.clone(),
        header,
        sections,
        warnings,
    }
}

fn collect_warnings(slot: &ReportSlot, under: Option<&str>, out: &mut Vec<String>) {
    if let Some(limit) = slot.limit
        && slot.entries.len() > limit as usize
    {
        let (count, what) = (slot.entries.len(), slot.plural.to_lowercase());
        out.push(match under {
            Some(u) => crate::tr!(
                "export-over-limit-under",
                count = count,
                what = what,
                under = u,
                limit = limit
            ),
            None => crate::tr!(
                "export-over-limit",
                count = count,
                what = what,
                limit = limit
            ),
        });
    }
    for e in &slot.entries {
        let mut name = format!("{} {}", slot.label.to_lowercase(), e.number);
        // Numbers start again in each table there: the table tells which entry it is.
        if slot.ranked == Some(Ranking::PerTable)
            && let Some(t) = &e.table
        {
            name.push_str(&format!(" ({t})"));
        }
        for c in &e.children {
            collect_warnings(c, Some(&name), out);
        }
    }
}
