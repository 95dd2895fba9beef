//! The report view: the template section by section with what will go into the report. Here
//! the rapporteur picks which entries of a "pick" slot go in (recommendations, priority
//! messages) and in what order, edits entries and the header, and sees where the form's
//! limits are passed. Limits warn; they never block.

pub mod update;

use crossterm::event::KeyCode;

use crate::model::{ItemId, Session, Slot};
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-report";
    vec![
        bind_in(
            "report",
            &[Key::plain(Down), Key::ch('j')],
            Command::SelectNext,
            G,
            true,
        ),
        bind_in(
            "report",
            &[Key::plain(Up), Key::ch('k')],
            Command::SelectPrev,
            G,
            false,
        ),
        bind_in(
            "report",
            &[Key::plain(Home)],
            Command::SelectFirst,
            G,
            false,
        ),
        bind_in("report", &[Key::plain(End)], Command::SelectLast, G, false),
        bind(&[Key::plain(PageDown)], Command::PageDown, G, false),
        bind(&[Key::plain(PageUp)], Command::PageUp, G, false),
        bind(&[Key::ch(' ')], Command::TogglePick, G, true),
        bind_in("report", &[Key::ch('K')], Command::MoveUp, G, true),
        bind_in("report", &[Key::ch('J')], Command::MoveDown, G, false),
        bind_in(
            "report",
            &[Key::plain(Enter), Key::ch('e')],
            Command::Edit,
            G,
            true,
        ),
        bind_in("report", &[Key::ch('E')], Command::Export, G, true),
        bind(&[Key::ch('u')], Command::Undo, G, false),
        bind(&[Key::ch('U')], Command::Redo, G, false),
        bind(&[Key::ch('?')], Command::Help, G, false),
        bind(&[Key::ch('S')], Command::SaveAs, G, false),
        bind_in(
            "report",
            &[Key::plain(Esc), Key::ch('R'), Key::ch('q')],
            Command::Close,
            G,
            true,
        ),
    ]
}

/// A line of the report view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportRow {
    Title(String),
    Header {
        id: String,
        label: String,
        value: String,
    },
    Section(String),
    /// A slot's heading with its count against the form's limit; `over` when past it.
    Slot {
        text: String,
        over: bool,
    },
    Entry {
        id: ItemId,
        /// For entries the rapporteur can leave out (of slots they pick from, and under
        /// another entry): whether this entry is in the report.
        picked: Option<bool>,
        /// Position in the report, for entries that go in.
        number: Option<usize>,
        depth: u8,
        /// Whether K/J move it among its siblings in the report (its order is the report's).
        movable: bool,
    },
    Note(String),
}

impl ReportRow {
    pub fn selectable(&self) -> bool {
        matches!(self, ReportRow::Header { .. } | ReportRow::Entry { .. })
    }
}

/// The row the cursor stands on: the first line that can be selected at or after `cursor`
/// (the last when none is after it: the cursor went on down to read the end of the form).
/// The view shows this row as selected and the update acts on it, so the report opens with
/// its first line selected.
pub fn selected_row(rows: &[ReportRow], cursor: usize) -> Option<usize> {
    let mut selectable = (0..rows.len()).filter(|&i| rows[i].selectable());
    let last = selectable.clone().next_back();
    selectable.find(|&i| i >= cursor).or(last)
}

fn count_note(n: usize, limit: Option<u32>, plural: &str) -> (String, bool) {
    match limit {
        Some(l) if n > l as usize => (
            crate::tr!("tui-report-over", count = n, kind = plural, limit = l),
            true,
        ),
        Some(l) => (crate::tr!("tui-report-up-to", count = n, limit = l), false),
        None => (format!("{n}"), false),
    }
}

/// The tables whose entries going in pass the form's limit per table, in the plan's order:
/// "Asia: 4 of up to 3".
fn per_table_overs(session: &Session, slot: &crate::model::Slot) -> Vec<String> {
    session
        .tables_over_limit(slot)
        .into_iter()
        .map(|(table, count)| {
            let name = table
                .as_ref()
                .and_then(|t| session.plan.table(t))
                .map_or_else(|| crate::tr!("tui-no-table"), |t| t.short.clone());
            crate::tr!(
                "tui-report-over-table",
                table = name,
                count = count.going_in,
                limit = count.limit.unwrap_or(0)
            )
        })
        .collect()
}

/// Every line of the report view, in form order.
pub fn rows(session: &Session) -> Vec<ReportRow> {
    use crate::export::form::places;
    let t = &session.template;
    let mut out = vec![ReportRow::Title(t.title.clone())];
    for h in &t.header {
        out.push(ReportRow::Header {
            id: h.id.clone(),
            label: h.label.clone(),
            value: session.header_value(&h.id),
        });
    }
    for section in &t.sections {
        out.push(ReportRow::Section(format!(
            "{}. {}",
            section.number, section.heading
        )));
        for slot in section.slots.iter().filter(|s| s.parent.is_none()) {
            let going_in = session.chosen(slot);
            let (count, over) =
                count_note(going_in.len(), slot.limit, &slot.plural().to_lowercase());
            let per_table = per_table_overs(session, slot);
            let text = match slot.limit_per_table {
                Some(l) => format!(
                    "{} · {count} · {}",
                    slot.plural(),
                    crate::tr!("tui-report-per-table", limit = l)
                ),
                None => format!("{} · {count}", slot.plural()),
            };
            out.push(ReportRow::Slot {
                text,
                over: over || !per_table.is_empty(),
            });
            if !per_table.is_empty() {
                out.push(ReportRow::Note(format!(
                    "⚠ {}",
                    crate::tr!("tui-report-over-per-table", tables = per_table.join("; "))
                )));
            }
            let others = session.left_out(slot);
            if going_in.is_empty() && others.is_empty() {
                out.push(ReportRow::Note(match slot.key.as_deref() {
                    Some(k) => crate::tr!("tui-report-nothing-yet-key", key = k),
                    None => crate::tr!("tui-report-nothing-yet"),
                }));
            }
            // Numbered and headed as the export has them: a slot ranked per table by table.
            let places = places(session, slot, &going_in, t.report_language());
            for place in places {
                if let Some(group) = place.group {
                    out.push(ReportRow::Note(group));
                }
                out.push(ReportRow::Entry {
                    id: place.id,
                    picked: slot.pick.then_some(true),
                    number: Some(place.number),
                    depth: 0,
                    movable: slot.can_reorder(),
                });
                for child in t.slots().filter(|c| c.parent.as_ref() == Some(&slot.id)) {
                    children(session, place.id, child, &mut out);
                }
            }
            if !others.is_empty() {
                out.push(ReportRow::Note(crate::tr!(
                    "tui-report-left-out",
                    count = others.len()
                )));
            }
            for id in others {
                out.push(ReportRow::Entry {
                    id,
                    picked: Some(false),
                    number: None,
                    depth: 0,
                    movable: false,
                });
            }
        }
    }
    out
}

/// The entries of `child` under `parent`: those going in, numbered, each can be left out and
/// moved; then those left out.
fn children(session: &Session, parent: ItemId, child: &Slot, out: &mut Vec<ReportRow>) {
    let kids = session.chosen_under(parent, child);
    if let Some(l) = child.limit
        && kids.len() > l as usize
    {
        out.push(ReportRow::Note(format!(
            "⚠ {}",
            crate::tr!(
                "tui-report-over-under",
                count = kids.len(),
                kind = child.plural().to_lowercase(),
                limit = l
            )
        )));
    }
    for (k, kid) in kids.into_iter().enumerate() {
        out.push(ReportRow::Entry {
            id: kid,
            picked: Some(true),
            number: Some(k + 1),
            depth: 1,
            movable: child.can_reorder(),
        });
    }
    for kid in session.left_out_under(parent, child) {
        out.push(ReportRow::Entry {
            id: kid,
            picked: Some(false),
            number: None,
            depth: 1,
            movable: false,
        });
    }
}
