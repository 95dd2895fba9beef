//! The report view: the template section by section with what will go into the report. Here
//! the rapporteur picks which entries of a "pick" slot go in (recommendations, priority
//! messages) and in what order, edits entries and the header, and sees where the form's
//! limits are passed. Limits warn; they never block.

use chrono::{DateTime, Utc};
use crossterm::event::KeyCode;

use super::action::Action;
use super::state::{App, Level, Message, Mode};
use super::update::Effect;
use crate::export::report::chosen;
use crate::model::{Item, ItemId, Picks, Session};

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
        /// For slots the rapporteur picks from: whether this entry is in the report.
        picked: Option<bool>,
        /// Position in the report, for entries that go in.
        number: Option<usize>,
        depth: u8,
    },
    Note(String),
}

impl ReportRow {
    pub fn selectable(&self) -> bool {
        matches!(self, ReportRow::Header { .. } | ReportRow::Entry { .. })
    }
}

fn count_note(n: usize, limit: Option<u32>, plural: &str) -> (String, bool) {
    match limit {
        Some(l) if n > l as usize => (
            format!("{n} {plural} — the form allows {l}; you decide which go in"),
            true,
        ),
        Some(l) => (format!("{n} of up to {l}"), false),
        None => (format!("{n}"), false),
    }
}

/// Every line of the report view, in form order.
pub fn rows(session: &Session) -> Vec<ReportRow> {
    let t = &session.template;
    let mut out = vec![ReportRow::Title(t.title.clone())];
    for h in &t.header {
        out.push(ReportRow::Header {
            id: h.id.clone(),
            label: h.label.clone(),
            value: session.header_value(&h.id),
        });
    }
    let by_rank = |mut v: Vec<&Item>| {
        v.sort_by_key(|i| (i.rank, i.id));
        v.into_iter().map(|i| i.id).collect::<Vec<_>>()
    };
    for section in &t.sections {
        out.push(ReportRow::Section(format!(
            "{}. {}",
            section.number, section.heading
        )));
        for slot in section.slots.iter().filter(|s| s.parent.is_none()) {
            let going_in = chosen(session, slot);
            let (count, over) =
                count_note(going_in.len(), slot.limit, &slot.plural().to_lowercase());
            out.push(ReportRow::Slot {
                text: format!("{} · {count}", slot.plural()),
                over,
            });
            let others: Vec<ItemId> = if slot.pick {
                by_rank(
                    session
                        .live_items()
                        .filter(|i| i.slot.as_deref() == Some(slot.id.as_str()))
                        .filter(|i| !going_in.contains(&i.id))
                        .collect(),
                )
            } else {
                Vec::new()
            };
            if going_in.is_empty() && others.is_empty() {
                out.push(ReportRow::Note(format!(
                    "nothing captured yet{}",
                    slot.key.as_deref().map_or(String::new(), |k| format!(
                        " (press {k} on the main screen)"
                    ))
                )));
            }
            for (n, id) in going_in.iter().enumerate() {
                out.push(ReportRow::Entry {
                    id: *id,
                    picked: slot.pick.then_some(true),
                    number: Some(n + 1),
                    depth: 0,
                });
                for child in t
                    .slots()
                    .filter(|c| c.parent.as_deref() == Some(slot.id.as_str()))
                {
                    let kids = by_rank(
                        session
                            .live_items()
                            .filter(|i| i.parent == Some(*id))
                            .filter(|i| i.slot.as_deref() == Some(child.id.as_str()))
                            .collect(),
                    );
                    if let Some(l) = child.limit
                        && kids.len() > l as usize
                    {
                        out.push(ReportRow::Note(format!(
                            "⚠ {} {}: the form allows {l}",
                            kids.len(),
                            child.plural().to_lowercase()
                        )));
                    }
                    for (k, kid) in kids.into_iter().enumerate() {
                        out.push(ReportRow::Entry {
                            id: kid,
                            picked: None,
                            number: Some(k + 1),
                            depth: 1,
                        });
                    }
                }
            }
            if !others.is_empty() {
                out.push(ReportRow::Note(format!(
                    "not in the report (Space puts one in): {}",
                    others.len()
                )));
            }
            for id in others {
                out.push(ReportRow::Entry {
                    id,
                    picked: Some(false),
                    number: None,
                    depth: 0,
                });
            }
        }
    }
    out
}

/// Handles an action while the report view is open.
pub fn update(
    app: &mut App,
    cursor: usize,
    action: Action,
    now: DateTime<Utc>,
    effects: &mut Vec<Effect>,
) {
    let rows = rows(&app.session);
    let selectable: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].selectable()).collect();
    let pos = selectable.iter().position(|&i| i >= cursor).unwrap_or(0);
    let at = selectable.get(pos).copied();
    let mut next = at.unwrap_or(0);
    let key = match action {
        Action::Input(k) => k.code,
        Action::ScrollDown => KeyCode::Down,
        Action::ScrollUp => KeyCode::Up,
        Action::Close | Action::Report => {
            app.mode = Mode::Normal;
            return;
        }
        Action::Quit => {
            app.mode = Mode::Normal;
            app.quit = true;
            return;
        }
        _ => {
            app.mode = Mode::Report { cursor: next };
            return;
        }
    };
    match key {
        KeyCode::Esc | KeyCode::Char('R') | KeyCode::Char('q') => {
            app.mode = Mode::Normal;
            return;
        }
        KeyCode::Down | KeyCode::Char('j') => {
            next = selectable.get(pos + 1).copied().unwrap_or(next);
        }
        KeyCode::Up | KeyCode::Char('k') => {
            next = pos
                .checked_sub(1)
                .and_then(|p| selectable.get(p))
                .copied()
                .unwrap_or(next);
        }
        KeyCode::Home => next = selectable.first().copied().unwrap_or(next),
        KeyCode::End => next = selectable.last().copied().unwrap_or(next),
        KeyCode::PageDown => {
            next = selectable
                .get(pos + 10)
                .or(selectable.last())
                .copied()
                .unwrap_or(next)
        }
        KeyCode::PageUp => {
            next = selectable
                .get(pos.saturating_sub(10))
                .copied()
                .unwrap_or(next)
        }
        KeyCode::Char('E') => {
            effects.push(Effect::Export);
            app.message = Some(Message {
                text: "Exporting the report…".into(),
                level: Level::Info,
            });
        }
        KeyCode::Char(' ') => {
            if let Some(ReportRow::Entry {
                id,
                picked: Some(p),
                ..
            }) = at.map(|i| &rows[i])
            {
                toggle_pick(app, *id, !p, now);
            }
        }
        KeyCode::Char('K') | KeyCode::Char('J') => {
            if let Some(ReportRow::Entry {
                id,
                picked: Some(true),
                ..
            }) = at.map(|i| &rows[i])
            {
                move_pick(app, *id, key == KeyCode::Char('K'), now);
            }
        }
        KeyCode::Enter | KeyCode::Char('e') => match at.map(|i| &rows[i]) {
            Some(ReportRow::Entry { id, .. }) => {
                let id = *id;
                app.back_to_report = Some(next);
                super::update::edit_entry(app, id);
                if !matches!(app.mode, Mode::Edit(_)) {
                    app.back_to_report = None;
                    app.mode = Mode::Report { cursor: next };
                }
                return;
            }
            Some(ReportRow::Header { id, .. }) => {
                let id = id.clone();
                app.back_to_report = Some(next);
                super::update::edit_header(app, &id);
                if !matches!(app.mode, Mode::Edit(_)) {
                    app.back_to_report = None;
                    app.mode = Mode::Report { cursor: next };
                }
                return;
            }
            _ => {}
        },
        _ => {}
    }
    // Keep the cursor on the same entry when picking moved it.
    if let Some(ReportRow::Entry { id, .. }) = at.map(|i| &rows[i])
        && matches!(key, KeyCode::Char(' ' | 'K' | 'J'))
    {
        let id = *id;
        next = self::rows(&app.session)
            .iter()
            .position(|r| matches!(r, ReportRow::Entry { id: x, .. } if *x == id))
            .unwrap_or(next);
    }
    app.mode = Mode::Report { cursor: next };
}

fn writable(app: &mut App) -> bool {
    if let Some(why) = &app.read_only {
        app.message = Some(Message {
            text: format!("Read-only: {why}"),
            level: Level::Warning,
        });
        return false;
    }
    true
}

fn picks_of(app: &App, slot: &str) -> Option<Vec<ItemId>> {
    let s = app.session.template.slot(slot)?;
    Some(chosen(&app.session, s))
}

fn toggle_pick(app: &mut App, id: ItemId, put_in: bool, now: DateTime<Utc>) {
    let Some(slot) = app.session.item(id).and_then(|i| i.slot.clone()) else {
        return;
    };
    let Some(mut list) = picks_of(app, &slot) else {
        return;
    };
    if !writable(app) {
        return;
    }
    if put_in {
        if !list.contains(&id) {
            list.push(id);
        }
    } else {
        list.retain(|x| *x != id);
    }
    set_picks(app, &slot, list, now);
    let s = app.session.template.slot(&slot);
    let n = app.session.picks.get(&*slot).map_or(0, |p| p.items.len());
    if let Some(limit) = s.and_then(|s| s.limit)
        && n > limit as usize
    {
        let plural = s.map_or("entries".to_owned(), |s| s.plural().to_lowercase());
        app.message = Some(Message {
            text: format!("{n} {plural} in the report: the form allows {limit}"),
            level: Level::Warning,
        });
    }
}

fn move_pick(app: &mut App, id: ItemId, up: bool, now: DateTime<Utc>) {
    let Some(slot) = app.session.item(id).and_then(|i| i.slot.clone()) else {
        return;
    };
    let Some(mut list) = picks_of(app, &slot) else {
        return;
    };
    let Some(p) = list.iter().position(|x| *x == id) else {
        return;
    };
    let q = if up { p.checked_sub(1) } else { Some(p + 1) };
    let Some(q) = q.filter(|q| *q < list.len()) else {
        return;
    };
    if !writable(app) {
        return;
    }
    list.swap(p, q);
    set_picks(app, &slot, list, now);
}

fn set_picks(app: &mut App, slot: &str, items: Vec<ItemId>, now: DateTime<Utc>) {
    super::update::checkpoint(app);
    let updated = app.session.picks.get(slot).map_or(now, |p| {
        if now > p.updated {
            now
        } else {
            p.updated + chrono::TimeDelta::microseconds(1)
        }
    });
    app.session
        .picks
        .insert(slot.to_owned(), Picks { items, updated });
    app.session.updated = app.session.updated.max(now);
    app.revision += 1;
}
