//! The report view's update: moving through the lines, picking and ordering what goes in,
//! opening the editor on an entry or a header field, exporting.

use chrono::{DateTime, Utc};

use super::{ReportRow, rows, selected_row};
use crate::model::ItemId;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::modes::Mode;
use crate::tui::modes::common::{say, try_change};
use crate::tui::modes::edit::update::{edit_header, open_existing};
use crate::tui::state::{App, Level};

pub fn update(
    app: &mut App,
    cursor: usize,
    command: Command,
    now: DateTime<Utc>,
    effects: &mut Vec<Effect>,
) {
    let rows = rows(&app.session);
    let selectable: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].selectable()).collect();
    let at = selected_row(&rows, cursor);
    let pos = at
        .and_then(|a| selectable.iter().position(|&i| i == a))
        .unwrap_or(0);
    let mut next = at.unwrap_or(0);
    let entry = at.and_then(|i| match &rows[i] {
        ReportRow::Entry {
            id,
            picked,
            movable,
            ..
        } => Some((*id, *picked, *movable)),
        _ => None,
    });
    match command {
        Command::Close | Command::Report => return,
        Command::Quit => {
            effects.push(Effect::Quit {
                rescue: app.quit_blocked,
            });
        }
        // Past the last line that can be chosen, the view goes on down to the end of the
        // form (the sections after it are read, not chosen).
        Command::SelectNext | Command::ScrollDown => {
            next = selectable
                .get(pos + 1)
                .copied()
                .unwrap_or_else(|| read_on(cursor, next, 1, rows.len()))
        }
        Command::SelectPrev | Command::ScrollUp => {
            next = pos
                .checked_sub(1)
                .and_then(|p| selectable.get(p))
                .copied()
                .unwrap_or(next)
        }
        Command::SelectFirst => next = selectable.first().copied().unwrap_or(next),
        Command::SelectLast => next = selectable.last().copied().unwrap_or(next),
        Command::PageDown => {
            next = match selectable.get(pos + 10) {
                Some(&n) => n,
                None if selectable.last() == at.as_ref() => read_on(cursor, next, 10, rows.len()),
                None => selectable.last().copied().unwrap_or(next),
            }
        }
        Command::PageUp => {
            next = selectable
                .get(pos.saturating_sub(10))
                .copied()
                .unwrap_or(next)
        }
        Command::Export => {
            effects.push(Effect::Export);
            say(app, Level::Info, crate::tr!("tui-exporting"));
        }
        Command::TogglePick => {
            // The cursor goes on to the line that followed the entry, not with the entry to
            // its new place: Space, Space leaves out two in a row, and K right after never
            // moves an entry the rapporteur did not mean.
            if let Some((id, Some(p), _)) = entry {
                let following = selectable.get(pos + 1).and_then(|&i| match &rows[i] {
                    ReportRow::Entry { id, .. } => Some(*id),
                    _ => None,
                });
                toggle_pick(app, id, !p, now);
                next = following
                    .and_then(|f| row_of(app, f))
                    .or_else(|| row_of(app, id))
                    .unwrap_or(next);
            }
        }
        Command::MoveUp | Command::MoveDown => {
            if let Some((id, _, true)) = entry {
                move_pick(app, id, command == Command::MoveUp, now);
                next = row_of(app, id).unwrap_or(next);
            }
        }
        Command::SaveAs => {
            // The prompt opens over the report view, which is there again when it closes.
            app.modes.push(Mode::Report { cursor: next });
            if crate::tui::modes::common::writable(app) {
                let input = crate::tui::modes::save_as::prompt(&app.path);
                app.modes.push(Mode::SaveAs(Box::new(input)));
            }
            return;
        }
        // Leaving out, putting back and reordering are undone here, where they were done.
        Command::Undo | Command::Redo => {
            crate::tui::modes::common::undo(app, now, command == Command::Undo);
        }
        Command::Help => {
            // Help opens over the report view, which is there again when it closes.
            app.modes.push(Mode::Report { cursor: next });
            app.modes.push(Mode::Help { scroll: 0 });
            return;
        }
        Command::Edit => {
            // The editor opens over the report view, which is there again when it closes.
            app.modes.push(Mode::Report { cursor: next });
            match at.map(|i| &rows[i]) {
                Some(ReportRow::Entry { id, .. }) => open_existing(app, *id),
                Some(ReportRow::Header { id, .. }) => edit_header(app, id),
                _ => {}
            }
            return;
        }
        _ => {}
    }
    app.modes.push(Mode::Report { cursor: next });
}

/// The cursor `by` rows further down the lines after the last one that can be chosen
/// (`last`), which it stays on, to show the rest of the form.
fn read_on(cursor: usize, last: usize, by: usize, rows: usize) -> usize {
    (cursor.max(last) + by)
        .min(rows.saturating_sub(1))
        .max(last)
}

/// Where an entry's line is now (picking moves it).
fn row_of(app: &App, id: ItemId) -> Option<usize> {
    rows(&app.session)
        .iter()
        .position(|r| matches!(r, ReportRow::Entry { id: x, .. } if *x == id))
}

fn toggle_pick(app: &mut App, id: ItemId, put_in: bool, now: DateTime<Utc>) {
    let Some(count) = try_change(app, |s| s.set_picked(id, put_in, now)) else {
        return;
    };
    if let (Some(limit), true) = (count.limit, count.over() > 0) {
        let plural = app
            .session
            .item(id)
            .and_then(|i| i.slot.as_ref())
            .and_then(|s| app.session.template.slot(s))
            .map_or_else(|| crate::tr!("tui-entries"), |s| s.plural().to_lowercase());
        say(
            app,
            Level::Warning,
            crate::tr!(
                "tui-over-limit-report",
                count = count.going_in,
                kind = plural,
                limit = limit
            ),
        );
    }
}

fn move_pick(app: &mut App, id: ItemId, up: bool, now: DateTime<Utc>) {
    // At the top or the bottom already: nothing changes, so nothing to undo.
    if !app.session.clone().move_pick(id, up, now).unwrap_or(true) {
        return;
    }
    try_change(app, |s| s.move_pick(id, up, now));
}
