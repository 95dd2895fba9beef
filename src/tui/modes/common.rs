//! What the modes' updates share: messages, the read-only guard (and which commands write),
//! undo checkpoints, and moving the selection and the current table.

use chrono::{DateTime, Utc};

use crate::model::{ItemId, ModelError, Passed, Session};
use crate::tui::command::Command;
use crate::tui::state::{App, Level, Message, Row, UNDO_DEPTH};

pub fn say(app: &mut App, level: Level, text: impl Into<String>) {
    app.message = Some(Message {
        text: text.into(),
        level,
    });
}

/// Refuses a change when the session is read-only, in one short sentence (the opening
/// message and the file panel say why it is read-only).
pub fn writable(app: &mut App) -> bool {
    if app.read_only.is_some() {
        say(app, Level::Warning, crate::tr!("tui-read-only-refused"));
        return false;
    }
    true
}

/// Whether a command changes the session (or opens what would): what a read-only window
/// refuses at once and leaves out of its footer.
pub fn writes(command: &Command) -> bool {
    use Command as C;
    matches!(
        command,
        C::NewPoint
            | C::NewEntry(_)
            | C::NewEntryOfKind
            | C::SortInto
            | C::Edit
            | C::Delete
            | C::Undo
            | C::Redo
            | C::MoveUp
            | C::MoveDown
            | C::MoveToPrevQuestion
            | C::MoveToNextQuestion
            | C::MoveToPrevTable
            | C::MoveToNextTable
            | C::TimerToggle
            | C::NextPhase
            | C::PrevPhase
            | C::Import
            | C::TogglePick
            | C::SaveAs
    )
}

/// Remembers the session before a change, for undo; what was undone can no longer be redone.
pub fn checkpoint(app: &mut App) {
    checkpoint_with(app, app.session.clone());
}

/// Remembers `before`, the session as it was before a change just made, for undo.
pub fn checkpoint_with(app: &mut App, before: Session) {
    push_undo(app, before);
    app.redo.clear();
}

/// Remembers the session for undo but keeps redo: an editor opened by mistake and left
/// changes nothing.
pub fn keep_for_undo(app: &mut App) {
    push_undo(app, app.session.clone());
}

fn push_undo(app: &mut App, snapshot: Session) {
    app.undo.push(snapshot);
    if app.undo.len() > UNDO_DEPTH {
        app.undo.remove(0);
    }
}

/// Makes a change through the model, when the session may be changed: on success it can be
/// undone, on refusal the session is as it was and the user is told why.
pub fn try_change<T>(
    app: &mut App,
    change: impl FnOnce(&mut Session) -> Result<T, ModelError>,
) -> Option<T> {
    if !writable(app) {
        return None;
    }
    let before = app.session.clone();
    match change(&mut app.session) {
        Ok(done) => {
            checkpoint_with(app, before);
            changed(app);
            Some(done)
        }
        Err(e) => {
            say(app, Level::Error, e.to_string());
            None
        }
    }
}

/// The session changed in a way that may move entries around the table view.
pub fn changed(app: &mut App) {
    app.revision += 1;
    app.structure += 1;
    app.refresh();
}

/// Only an entry's text or fields changed: the rows stay as they are.
pub fn text_changed(app: &mut App) {
    app.revision += 1;
}

pub fn set_table(app: &mut App, n: usize) {
    app.table = n;
    app.refresh();
    if app
        .selected_item()
        .is_none_or(|i| i.table.as_ref() != app.table_id())
    {
        app.selected = first_item(app.rows());
    }
}

pub fn first_item(rows: &[Row]) -> Option<ItemId> {
    rows.iter().find_map(|r| match r {
        Row::Item { id, .. } => Some(*id),
        _ => None,
    })
}

pub fn item_ids(rows: &[Row]) -> Vec<ItemId> {
    rows.iter()
        .filter_map(|r| match r {
            Row::Item { id, .. } => Some(*id),
            _ => None,
        })
        .collect()
}

pub fn step_question(app: &mut App, by: isize) {
    let n = app.session.plan.questions.len();
    if n == 0 {
        return;
    }
    // The cycle runs through every question and then "no question".
    let pos = app.question.unwrap_or(n);
    let next = (pos as isize + by).rem_euclid(n as isize + 1) as usize;
    app.question = (next < n).then_some(next);
    app.refresh();
}

pub fn step_selection(app: &mut App, by: isize) {
    let ids = item_ids(app.rows());
    if ids.is_empty() {
        app.selected = None;
        return;
    }
    let pos = app.selected.and_then(|s| ids.iter().position(|i| *i == s));
    let next = match (pos, by) {
        (_, isize::MIN) => 0,
        (_, isize::MAX) => ids.len() - 1,
        (None, _) => 0,
        (Some(p), by) => (p as isize + by).clamp(0, ids.len() as isize - 1) as usize,
    };
    select(app, ids[next]);
}

/// Selects an entry; the question pane follows it.
pub fn select(app: &mut App, id: ItemId) {
    app.selected = Some(id);
    if let Some(q) = app.session.item(id).map(|i| i.question.clone()) {
        app.question = q.and_then(|q| app.session.plan.questions.iter().position(|p| p.id == q));
    }
    app.refresh();
}

/// Shows an entry wherever it is: its table, its question, selected.
pub fn jump_to(app: &mut App, id: ItemId) {
    let Some(item) = app.session.item(id) else {
        return;
    };
    if let Some(t) = item
        .table
        .as_ref()
        .and_then(|t| app.session.plan.tables.iter().position(|x| x.id == *t))
    {
        app.table = t;
    }
    select(app, id);
}

/// After `removed` left the list, selects its neighbour.
pub fn reselect_after_removal(app: &mut App, before: &[Row], removed: ItemId) {
    let ids = item_ids(before);
    let pos = ids.iter().position(|i| *i == removed).unwrap_or(0);
    let live = |id: &ItemId| app.session.item(*id).is_some_and(|i| i.is_live());
    app.selected = ids[pos..]
        .iter()
        .chain(ids[..pos].iter().rev())
        .copied()
        .find(live);
}

/// The template's limits warn; they never stop capture. What goes into the report counts,
/// as in the main list's marks: an entry left out counts against no limit.
pub fn warn_over_limit(app: &mut App, id: ItemId) {
    let Some(passed) = app.session.limit_passed_by(id) else {
        return;
    };
    let Some(slot) = (app.session.item(id))
        .and_then(|i| i.slot.as_ref())
        .and_then(|s| app.session.template.slot(s))
    else {
        return;
    };
    let plural = slot.plural().to_lowercase();
    let key = app.keymap.label(
        crate::tui::modes::ModeKind::Normal,
        &crate::tui::command::Command::Report,
    );
    let text = match passed {
        Passed::Under(count) => crate::tr!(
            "tui-over-limit-under",
            count = count.going_in,
            kind = plural,
            limit = count.limit.unwrap_or_default(),
            key = key
        ),
        Passed::Total(count) => crate::tr!(
            "tui-over-limit",
            count = count.going_in,
            kind = plural,
            limit = count.limit.unwrap_or_default(),
            key = key
        ),
        Passed::Table(table, count) => {
            let limit = count.limit.unwrap_or_default();
            match table.as_ref().and_then(|t| app.session.plan.table(t)) {
                Some(t) => crate::tr!(
                    "tui-over-limit-table",
                    count = count.going_in,
                    kind = plural,
                    table = t.short.as_str(),
                    limit = limit,
                    key = key
                ),
                None => crate::tr!(
                    "tui-over-limit-no-table",
                    count = count.going_in,
                    kind = plural,
                    limit = limit,
                    key = key
                ),
            }
        }
    };
    say(app, Level::Warning, text);
}

/// Goes back (`back`) or forward through the session-wide undo history.
pub fn undo(app: &mut App, now: DateTime<Utc>, back: bool) {
    if !writable(app) {
        return;
    }
    let (from, to) = if back {
        (&mut app.undo, &mut app.redo)
    } else {
        (&mut app.redo, &mut app.undo)
    };
    let Some(target) = from.pop() else {
        let text = if back {
            crate::tr!("tui-nothing-to-undo")
        } else {
            crate::tr!("tui-nothing-to-redo")
        };
        say(app, Level::Info, text);
        return;
    };
    // Named before the change: after it, the two sessions read alike.
    let focus = app.selected;
    let what = if back {
        super::what_changed::what_changed(&target, &app.session, focus)
    } else {
        super::what_changed::what_changed(&app.session, &target, focus)
    };
    to.push(app.session.clone());
    app.session.revert_to(&target, now);
    changed(app);
    // An undone move to another table takes the view back with the entry: the selection is
    // always something on screen, so `d` never deletes an entry out of sight.
    if let Some(id) = app.selected_item().map(|i| i.id) {
        jump_to(app, id);
    }
    let here = app.table_id().cloned();
    if app.selected_item().is_none_or(|i| i.table != here) {
        app.selected = first_item(app.rows());
    }
    let text = if back {
        crate::tr!("tui-undone", what = what)
    } else {
        crate::tr!("tui-redone", what = what)
    };
    say(app, Level::Info, text);
}
