//! The one place the app's state changes: `update(app, action, now)`. No I/O happens here;
//! what must happen outside (quitting, switching the mouse) is returned as effects.

use chrono::{DateTime, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::action::Action;
use super::editor::{Editor, Outcome, Target};
use super::state::{
    App, Grouping, Level, Message, Mode, PickOption, PickPurpose, Picker, Row, Search, UNDO_DEPTH,
};
use crate::model::{ItemId, NewItem, Session};

/// Work for the loop, outside the pure update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    SetMouse(bool),
    /// Write the report files beside the session file, off the key loop.
    Export,
    /// Read a session file, or a folder of them, off the key loop, and merge them in.
    Import(std::path::PathBuf),
}

pub fn update(app: &mut App, action: Action, now: DateTime<Utc>) -> Vec<Effect> {
    let mut effects = Vec::new();
    match action {
        Action::Saved(state) => {
            app.save = state;
            return effects;
        }
        Action::Arrived(arrival) => {
            arrived(app, arrival, now);
            return effects;
        }
        Action::Exported(result) => {
            match result {
                Ok(paths) => {
                    let names: Vec<String> = paths
                        .iter()
                        .map(|p| {
                            std::path::Path::new(p)
                                .file_name()
                                .map_or(p.clone(), |n| n.to_string_lossy().into_owned())
                        })
                        .collect();
                    say(
                        app,
                        Level::Info,
                        format!(
                            "Exported {} beside the session (F shows where)",
                            names.join(", ")
                        ),
                    )
                }
                Err(e) => say(app, Level::Error, format!("Export failed: {e}")),
            }
            return effects;
        }
        Action::Redraw | Action::Resized => return effects,
        Action::Paste(text) => {
            paste(app, &text, now);
            return effects;
        }
        _ => {}
    }
    // Keys typed in a dialog or the editor belong to it.
    let mode = std::mem::replace(&mut app.mode, Mode::Normal);
    match mode {
        Mode::Edit(editor) => edit_mode(app, editor, action, now),
        Mode::Search(search) => search_mode(app, search, action),
        Mode::Pick(picker) => pick_mode(app, picker, action, now),
        Mode::Help { scroll } => {
            app.mode =
                scrolled(scroll, &action).map_or(Mode::Normal, |scroll| Mode::Help { scroll })
        }
        Mode::Aims { scroll } => {
            app.mode =
                scrolled(scroll, &action).map_or(Mode::Normal, |scroll| Mode::Aims { scroll })
        }
        Mode::FileInfo => {}
        Mode::Import(input) => import_mode(app, input, action, &mut effects),
        Mode::Report { cursor } => super::report::update(app, cursor, action, now, &mut effects),
        Mode::Normal => normal(app, action, now, &mut effects),
    }
    effects
}

/// A reading panel (help, aims): arrows and page keys scroll it; any other key closes it.
fn scrolled(scroll: u16, action: &Action) -> Option<u16> {
    match action {
        Action::Input(k) => match k.code {
            KeyCode::Down | KeyCode::Char('j') => Some(scroll.saturating_add(1)),
            KeyCode::Up | KeyCode::Char('k') => Some(scroll.saturating_sub(1)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(scroll.saturating_add(10)),
            KeyCode::PageUp => Some(scroll.saturating_sub(10)),
            _ => None,
        },
        Action::ScrollDown => Some(scroll.saturating_add(3)),
        Action::ScrollUp => Some(scroll.saturating_sub(3)),
        _ => None,
    }
}

fn say(app: &mut App, level: Level, text: impl Into<String>) {
    app.message = Some(Message {
        text: text.into(),
        level,
    });
}

/// Refuses a change when the session is read-only; says why.
fn writable(app: &mut App) -> bool {
    if let Some(why) = &app.read_only {
        let text = format!("Read-only: {why}");
        say(app, Level::Warning, text);
        return false;
    }
    true
}

/// Remembers the session before a change, for undo.
pub(super) fn checkpoint(app: &mut App) {
    app.undo.push(app.session.clone());
    if app.undo.len() > UNDO_DEPTH {
        app.undo.remove(0);
    }
    app.redo.clear();
}

/// The session changed in a way that may move entries around the table view.
fn changed(app: &mut App) {
    app.revision += 1;
    app.structure += 1;
}

/// Only an entry's text or fields changed: the rows stay as they are.
fn text_changed(app: &mut App) {
    app.revision += 1;
}

/// What the projector view lets through: moving around and the timer. Anything that would
/// open an editor or a dialog there would be invisible on the wall.
fn allowed_on_projector(a: &Action) -> bool {
    matches!(
        a,
        Action::Projector
            | Action::Quit
            | Action::NextTable
            | Action::PrevTable
            | Action::GoToTable(_)
            | Action::NextQuestion
            | Action::PrevQuestion
            | Action::TimerToggle
            | Action::TimerNextPhase
            | Action::TimerPrevPhase
            | Action::Saved(_)
    )
}

fn normal(app: &mut App, action: Action, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
    app.message = None;
    let tables = app.session.plan.tables.len();
    if let Action::Input(key) = &action {
        // Keys typed where nothing can be seen change nothing.
        if app.too_small && app.keymap.action(key) != Some(Action::Quit) {
            return;
        }
        if app.projector && key.code == KeyCode::Esc {
            app.projector = false;
            return;
        }
    }
    if app.projector && !matches!(action, Action::Input(_)) && !allowed_on_projector(&action) {
        return;
    }
    match action {
        Action::Input(key) => {
            if let Some(a) = app.keymap.action(&key) {
                normal(app, a, now, effects);
            }
        }
        Action::Quit => {
            app.quit = true;
            effects.push(Effect::Quit);
        }
        Action::Close => app.projector = false,
        Action::Help => app.mode = Mode::Help { scroll: 0 },
        Action::Aims => app.mode = Mode::Aims { scroll: 0 },
        Action::FileInfo => app.mode = Mode::FileInfo,
        Action::Report => app.mode = Mode::Report { cursor: 0 },
        Action::Import if writable(app) => {
            let mut input = TextArea::default();
            input.set_placeholder_text("a session file, or a folder of them");
            app.mode = Mode::Import(Box::new(input));
        }
        Action::Export => {
            effects.push(Effect::Export);
            say(app, Level::Info, "Exporting the report…");
        }
        Action::Projector => app.projector = !app.projector,
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            effects.push(Effect::SetMouse(app.mouse));
            let text = if app.mouse {
                "Mouse on: click a table or an entry (M turns it off to select text)"
            } else {
                "Mouse off: the terminal selects text again"
            };
            say(app, Level::Info, text);
        }
        Action::NextTable if tables > 0 => set_table(app, (app.table + 1) % tables),
        Action::PrevTable if tables > 0 => set_table(app, (app.table + tables - 1) % tables),
        Action::GoToTable(n) if n < tables => set_table(app, n),
        Action::NextQuestion => step_question(app, 1),
        Action::PrevQuestion => step_question(app, -1),
        Action::SelectNext => step_selection(app, 1),
        Action::SelectPrev => step_selection(app, -1),
        Action::SelectFirst => step_selection(app, isize::MIN),
        Action::SelectLast => step_selection(app, isize::MAX),
        Action::ScrollDown => step_selection(app, 1),
        Action::ScrollUp => step_selection(app, -1),
        Action::ToggleGrouping => {
            app.grouping = match app.grouping {
                Grouping::Question => Grouping::Kind,
                Grouping::Kind => Grouping::Question,
            }
        }
        Action::NewPoint => {
            let new = NewItem::point(app.table_id(), app.question_id(), "");
            open_new(app, new, None);
        }
        Action::NewInSlot(slot) => new_in_slot(app, &slot),
        Action::NewInSlotPicker => {
            let options = slot_options(&app.session, false);
            app.mode = Mode::Pick(Picker {
                purpose: PickPurpose::New,
                title: "New entry of which kind?".into(),
                options,
                selected: 0,
            });
        }
        Action::SortInto => match app.selected_item().map(|i| i.id) {
            Some(id) if writable(app) => {
                let options = slot_options(&app.session, true);
                app.mode = Mode::Pick(Picker {
                    purpose: PickPurpose::Sort(id),
                    title: "Sort the entry into…".into(),
                    options,
                    selected: 0,
                });
            }
            Some(_) => {}
            None => say(app, Level::Info, "Select an entry first (j/k or ↑/↓)"),
        },
        Action::Edit => match app.selected_item() {
            Some(item) => {
                let id = item.id;
                open_existing(app, id);
            }
            None => say(app, Level::Info, "Nothing selected: n starts a new point"),
        },
        Action::Delete => {
            if let Some(id) = app.selected_item().map(|i| i.id)
                && writable(app)
            {
                let rows = app.rows();
                checkpoint(app);
                let under = app.session.children(id).len();
                if app.session.delete(id, now).is_ok() {
                    changed(app);
                    reselect_after_removal(app, &rows, id);
                    let text = match under {
                        0 => "Deleted (u brings it back)".to_owned(),
                        1 => "Deleted, with the entry under it (u brings them back)".to_owned(),
                        n => format!("Deleted, with the {n} entries under it (u brings them back)"),
                    };
                    say(app, Level::Info, text);
                }
            }
        }
        Action::Undo => undo(app, now, true),
        Action::Redo => undo(app, now, false),
        Action::MoveUp => move_among_siblings(app, -1, now),
        Action::MoveDown => move_among_siblings(app, 1, now),
        Action::MoveToPrevQuestion => retag_question(app, -1, now),
        Action::MoveToNextQuestion => retag_question(app, 1, now),
        Action::MoveToPrevTable => retag_table(app, -1, now),
        Action::MoveToNextTable => retag_table(app, 1, now),
        Action::Search => {
            let mut query = TextArea::default();
            query.set_placeholder_text("type to search every table");
            app.mode = Mode::Search(Box::new(Search {
                query,
                results: Vec::new(),
                selected: 0,
            }));
        }
        Action::TimerToggle if !app.session.plan.agenda.is_empty() && writable(app) => {
            app.session.with_agenda(now, |a| {
                if a.running() {
                    a.pause(now)
                } else {
                    a.start(now)
                }
            });
            changed(app);
        }
        Action::TimerNextPhase | Action::TimerPrevPhase
            if !app.session.plan.agenda.is_empty() && writable(app) =>
        {
            let forward = action == Action::TimerNextPhase;
            let last = app.session.plan.agenda.len() - 1;
            app.session.with_agenda(now, |a| {
                let to = if forward {
                    (a.phase + 1).min(last)
                } else {
                    a.phase.saturating_sub(1)
                };
                a.go_to(to, now);
            });
            changed(app);
            // Follow the room: a phase at one table (the plenary) shows that table.
            if let Some(t) = phase_table(&app.session) {
                set_table(app, t);
            }
        }
        Action::Click { column, row } => click(app, column, row),
        _ => {}
    }
}

fn phase_table(s: &Session) -> Option<usize> {
    let a = s.agenda.as_ref()?;
    match s.plan.agenda.get(a.phase)?.tables.as_slice() {
        [one] => s.plan.tables.iter().position(|t| &t.id == one),
        _ => None,
    }
}

fn set_table(app: &mut App, n: usize) {
    app.table = n;
    if app
        .selected_item()
        .is_none_or(|i| i.table.as_deref() != app.table_id())
    {
        app.selected = first_item(&app.rows());
    }
}

fn first_item(rows: &[Row]) -> Option<ItemId> {
    rows.iter().find_map(|r| match r {
        Row::Item { id, .. } => Some(*id),
        _ => None,
    })
}

fn step_question(app: &mut App, by: isize) {
    let n = app.session.plan.questions.len();
    if n == 0 {
        return;
    }
    // The cycle runs through every question and then "no question".
    let pos = app.question.unwrap_or(n);
    let next = (pos as isize + by).rem_euclid(n as isize + 1) as usize;
    app.question = (next < n).then_some(next);
}

fn step_selection(app: &mut App, by: isize) {
    let ids: Vec<ItemId> = app
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Item { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
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
fn select(app: &mut App, id: ItemId) {
    app.selected = Some(id);
    if let Some(q) = app.session.item(id).map(|i| i.question.clone()) {
        app.question = q.and_then(|q| app.session.plan.questions.iter().position(|p| *p.id == *q));
    }
}

fn reselect_after_removal(app: &mut App, before: &[Row], removed: ItemId) {
    let ids: Vec<ItemId> = before
        .iter()
        .filter_map(|r| match r {
            Row::Item { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    let pos = ids.iter().position(|i| *i == removed).unwrap_or(0);
    let live = |id: &ItemId| app.session.item(*id).is_some_and(|i| i.is_live());
    app.selected = ids[pos..]
        .iter()
        .chain(ids[..pos].iter().rev())
        .copied()
        .find(live);
}

fn slot_options(s: &Session, with_point: bool) -> Vec<PickOption> {
    let mut v: Vec<PickOption> = s
        .template
        .slots()
        .map(|slot| PickOption {
            value: slot.id.clone(),
            label: match &slot.parent {
                Some(p) => format!(
                    "{} (under a {})",
                    slot.label,
                    s.template.slot(p).map_or(p.as_str(), |x| x.label.as_str())
                ),
                None => slot.label.clone(),
            },
            key: slot.key.as_deref().and_then(|k| k.chars().next()),
        })
        .collect();
    if with_point {
        v.insert(
            0,
            PickOption {
                value: String::new(),
                label: "Discussion point (not in the report)".into(),
                key: Some('n'),
            },
        );
    }
    v
}

/// The entry a new child of `parent_slot` goes under: the selected entry, or the one the
/// selected entry hangs under.
fn parent_for(app: &App, parent_slot: &str) -> Option<ItemId> {
    let sel = app.selected_item()?;
    if sel.slot.as_deref() == Some(parent_slot) {
        return Some(sel.id);
    }
    let p = app.session.item(sel.parent?)?;
    (p.slot.as_deref() == Some(parent_slot) && p.is_live()).then_some(p.id)
}

fn new_in_slot(app: &mut App, slot_id: &str) {
    let Some(slot) = app.session.template.slot(slot_id).cloned() else {
        return;
    };
    let mut new = NewItem::point(app.table_id(), app.question_id(), "").in_slot(slot_id);
    if let Some(parent_slot) = &slot.parent {
        let parent_label = app
            .session
            .template
            .slot(parent_slot)
            .map_or(parent_slot.clone(), |s| s.label.to_lowercase());
        match parent_for(app, parent_slot) {
            Some(p) => {
                new = new.under(p);
                // Keep it with its parent's table, so the report shows them together.
                new.table = app
                    .session
                    .item(p)
                    .and_then(|i| i.table.as_deref().map(str::to_owned));
            }
            None => {
                say(
                    app,
                    Level::Warning,
                    format!(
                        "Select a {parent_label} first: {} entries go under one",
                        slot.label.to_lowercase()
                    ),
                );
                return;
            }
        }
    }
    open_new(app, new, Some(&slot));
}

fn open_new(app: &mut App, new: NewItem, slot: Option<&crate::model::Slot>) {
    if !writable(app) {
        return;
    }
    let title = slot.map_or_else(|| "Discussion point".to_owned(), |s| s.label.clone());
    let editor = Editor::new(Target::New(new), title, slot, "", &Default::default(), None);
    editor_checkpoint(app);
    app.mode = Mode::Edit(Box::new(editor));
}

/// Remembers the session before an editor opens, for undo. Redo survives until something is
/// typed (see `write_through`): an editor opened by mistake and left changes nothing.
fn editor_checkpoint(app: &mut App) {
    app.undo.push(app.session.clone());
    if app.undo.len() > UNDO_DEPTH {
        app.undo.remove(0);
    }
}

/// Opens the editor on an entry (from the report view).
pub(super) fn edit_entry(app: &mut App, id: ItemId) {
    open_existing(app, id);
}

/// Opens a one-field editor for a header field of the report.
pub(super) fn edit_header(app: &mut App, field: &str) {
    if !writable(app) {
        return;
    }
    let Some(label) = app
        .session
        .template
        .header_field(field)
        .map(|h| h.label.clone())
    else {
        return;
    };
    let value = app.session.header_value(field);
    let editor = Editor::new(
        Target::Header(field.to_owned()),
        label,
        None,
        &value,
        &Default::default(),
        None,
    );
    checkpoint(app);
    app.mode = Mode::Edit(Box::new(editor));
}

fn open_existing(app: &mut App, id: ItemId) {
    if !writable(app) {
        return;
    }
    let Some(item) = app.session.item(id).cloned() else {
        return;
    };
    let slot = item
        .slot
        .as_deref()
        .and_then(|s| app.session.template.slot(s))
        .cloned();
    let title = slot
        .as_ref()
        .map_or_else(|| "Discussion point".to_owned(), |s| s.label.clone());
    let editor = Editor::new(
        Target::Existing(id),
        title,
        slot.as_ref(),
        &item.text,
        &item.fields,
        item.attribution.as_deref(),
    );
    editor_checkpoint(app);
    app.mode = Mode::Edit(Box::new(editor));
}

fn edit_mode(app: &mut App, mut editor: Box<Editor>, action: Action, now: DateTime<Utc>) {
    let outcome = match action {
        Action::Input(key) => editor.key(key),
        Action::Close => Outcome::Done,
        Action::Quit => {
            // Quitting from the editor keeps the text, like Esc, then quits.
            write_through(app, &mut editor, now);
            finish_edit(app, &editor, now);
            app.quit = true;
            return;
        }
        _ => Outcome::Moved,
    };
    match outcome {
        Outcome::Changed => {
            write_through(app, &mut editor, now);
            app.mode = Mode::Edit(editor);
        }
        Outcome::Moved => app.mode = Mode::Edit(editor),
        Outcome::Done => finish_edit(app, &editor, now),
    }
}

/// Puts what the editor holds into the session, so autosave keeps it from the first key.
fn write_through(app: &mut App, editor: &mut Editor, now: DateTime<Utc>) {
    let text = editor.value();
    let fields = editor.field_values();
    let attribution = editor.attribution_value();
    let revision = app.revision;
    match &editor.target {
        Target::New(new) => {
            // A speaker typed before the quote itself counts too.
            let named = attribution
                .as_ref()
                .is_some_and(|a| !a.speaker.is_empty() || !a.organisation.is_empty());
            if text.is_empty() && fields.is_empty() && !named {
                return;
            }
            let mut new = new.clone();
            new.text = text;
            new.fields = fields;
            new.attribution = attribution;
            match app.session.add(new, now) {
                Ok(id) => {
                    editor.target = Target::Existing(id);
                    app.selected = Some(id);
                    changed(app);
                }
                Err(e) => say(app, Level::Error, e.to_string()),
            }
        }
        Target::Header(field) => {
            let field = field.clone();
            match app.session.set_header(&field, text.replace('\n', " "), now) {
                Ok(()) => changed(app),
                Err(e) => say(app, Level::Error, e.to_string()),
            }
        }
        Target::Existing(id) => {
            let result = app.session.update(*id, now, |i| {
                i.text = text;
                i.fields = fields;
                i.attribution = attribution.map(Box::new);
            });
            match result {
                Ok(()) => text_changed(app),
                Err(e) => say(app, Level::Error, e.to_string()),
            }
        }
    }
    if app.revision != revision {
        // Something was typed: what was undone before cannot be redone on top of it.
        app.redo.clear();
    }
}

fn finish_edit(app: &mut App, editor: &Editor, now: DateTime<Utc>) {
    app.mode = match app.back_to_report.take() {
        Some(cursor) => Mode::Report { cursor },
        None => Mode::Normal,
    };
    match editor.target {
        Target::Header(_) => {
            if app
                .undo
                .last()
                .is_some_and(|b| b.header == app.session.header)
            {
                app.undo.pop();
            }
        }
        Target::New(_) => {
            // Nothing was typed: nothing was captured, and there is nothing to undo.
            app.undo.pop();
        }
        Target::Existing(id) => {
            let unchanged = app
                .undo
                .last()
                .and_then(|before| before.item(id))
                .zip(app.session.item(id))
                .is_some_and(|(a, b)| a == b);
            if unchanged {
                app.undo.pop();
            } else if editor.value().trim().is_empty()
                && editor.field_values().is_empty()
                && editor
                    .attribution_value()
                    .is_none_or(|a| a.speaker.trim().is_empty() && a.organisation.trim().is_empty())
            {
                // An entry emptied by hand is removed rather than left blank.
                let rows = app.rows();
                if app.session.delete(id, now).is_ok() {
                    changed(app);
                    reselect_after_removal(app, &rows, id);
                    say(app, Level::Info, "Empty entry removed (u brings it back)");
                }
                return;
            }
            // An entry edited from the report view may sit at another table: selecting it
            // would put the selection out of sight (and `d` would delete it unseen).
            if app
                .session
                .item(id)
                .is_some_and(|i| i.table.as_deref() == app.table_id())
            {
                app.selected = Some(id);
            }
            warn_over_limit(app, id);
        }
    }
}

/// The template's limits warn; they never stop capture.
fn warn_over_limit(app: &mut App, id: ItemId) {
    let Some(item) = app.session.item(id) else {
        return;
    };
    let Some(slot) = item
        .slot
        .as_deref()
        .and_then(|s| app.session.template.slot(s))
    else {
        return;
    };
    let Some(limit) = slot.limit else { return };
    let count = app
        .session
        .live_items()
        .filter(|i| i.slot == item.slot && i.parent == item.parent)
        .count();
    if count > limit as usize {
        let scope = if item.parent.is_some() {
            " under this entry"
        } else {
            ""
        };
        let text = if item.parent.is_some() {
            format!(
                "{count} {}{scope}: the report form allows {limit}. All are kept; delete or move \
                 the ones that should not go in",
                slot.plural().to_lowercase()
            )
        } else {
            format!(
                "{count} {}: the report form allows {limit}; R chooses which go in",
                slot.plural().to_lowercase()
            )
        };
        say(app, Level::Warning, text);
    }
}

fn paste(app: &mut App, text: &str, now: DateTime<Utc>) {
    match &mut app.mode {
        Mode::Edit(_) => {
            let Mode::Edit(mut editor) = std::mem::replace(&mut app.mode, Mode::Normal) else {
                return;
            };
            if editor.paste(text) == Outcome::Changed {
                write_through(app, &mut editor, now);
            }
            app.mode = Mode::Edit(editor);
        }
        Mode::Search(search) => {
            search.query.insert_str(text.replace(['\r', '\n'], " "));
            let q = search.query.lines().join(" ");
            search.results = find(&app.session, &q);
            search.selected = 0;
        }
        Mode::Normal => {
            // Pasting on the main screen starts a new point with the pasted text.
            let new = NewItem::point(app.table_id(), app.question_id(), "");
            open_new(app, new, None);
            // A read-only session opens no editor: pasting again would recurse for ever.
            if matches!(app.mode, Mode::Edit(_)) {
                paste(app, text, now);
            }
        }
        _ => {}
    }
}

fn undo(app: &mut App, now: DateTime<Utc>, back: bool) {
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
            "Nothing to undo"
        } else {
            "Nothing to redo"
        };
        say(app, Level::Info, text);
        return;
    };
    to.push(app.session.clone());
    app.session.revert_to(&target, now);
    changed(app);
    // An undone move to another table takes the view back with the entry: the selection is
    // always something on screen, so `d` never deletes an entry out of sight.
    if let Some(id) = app.selected_item().map(|i| i.id) {
        jump_to(app, id);
    }
    let here = app.table_id().map(str::to_owned);
    if app
        .selected_item()
        .is_none_or(|i| i.table.as_deref() != here.as_deref())
    {
        app.selected = first_item(&app.rows());
    }
    say(app, Level::Info, if back { "Undone" } else { "Redone" });
}

fn move_among_siblings(app: &mut App, by: isize, now: DateTime<Utc>) {
    let Some(id) = app.selected_item().map(|i| i.id) else {
        return;
    };
    if !writable(app) {
        return;
    }
    let rows = app.rows();
    let Some(pos) = rows
        .iter()
        .position(|r| matches!(r, Row::Item { id: x, .. } if *x == id))
    else {
        return;
    };
    let depth = match rows[pos] {
        Row::Item { depth, .. } => depth,
        _ => 0,
    };
    // The neighbour at the same depth within the same group; a heading ends the search.
    let mut i = pos as isize + by;
    let mut neighbour = None;
    while i >= 0 && (i as usize) < rows.len() {
        match &rows[i as usize] {
            Row::Item {
                id: other,
                depth: d,
            } if *d == depth => {
                neighbour = Some(*other);
                break;
            }
            Row::Item { depth: d, .. } if *d > depth => {}
            _ => break,
        }
        i += by;
    }
    let Some(other) = neighbour else { return };
    checkpoint(app);
    if app.session.place_next_to(id, other, by < 0, now).is_ok() {
        changed(app);
    }
}

/// The selected entry, if it can move on its own (entries under another move with it).
fn movable(app: &mut App) -> Option<crate::model::Item> {
    let item = app.selected_item().cloned()?;
    if item.parent.is_some() {
        say(
            app,
            Level::Info,
            "This entry moves with the one it hangs under",
        );
        return None;
    }
    Some(item)
}

fn retag_question(app: &mut App, by: isize, now: DateTime<Utc>) {
    let Some(item) = movable(app) else {
        return;
    };
    if !writable(app) {
        return;
    }
    let qs = &app.session.plan.questions;
    let n = qs.len();
    let pos = item
        .question
        .as_deref()
        .and_then(|q| qs.iter().position(|x| x.id == q))
        .unwrap_or(n);
    let next = (pos as isize + by).rem_euclid(n as isize + 1) as usize;
    let question = qs.get(next).map(|q| q.id.clone());
    checkpoint(app);
    if app
        .session
        .retag(item.id, item.table.clone(), question, now)
        .is_ok()
    {
        changed(app);
        select(app, item.id);
    }
}

fn retag_table(app: &mut App, by: isize, now: DateTime<Utc>) {
    let Some(item) = movable(app) else {
        return;
    };
    let n = app.session.plan.tables.len();
    if n < 2 || !writable(app) {
        return;
    }
    let next = app.table as isize + by;
    if next < 0 || next >= n as isize {
        say(app, Level::Info, "There is no table further that way");
        return;
    }
    let next = next as usize;
    let table = app.session.plan.tables.get(next).map(|t| t.id.clone());
    checkpoint(app);
    if app
        .session
        .retag(item.id, table, item.question.clone(), now)
        .is_ok()
    {
        changed(app);
        app.table = next;
        app.selected = Some(item.id);
        let name = app.session.plan.tables[next].short.clone();
        say(app, Level::Info, format!("Moved to {name}"));
    }
}

/// Live entries whose text or fields contain `query` (ignoring case), in table order.
pub fn find(session: &Session, query: &str) -> Vec<ItemId> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let table_pos = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| session.plan.tables.iter().position(|x| x.id == t))
            .unwrap_or(usize::MAX)
    };
    let mut hits: Vec<_> = session
        .live_items()
        .filter(|i| {
            i.text.to_lowercase().contains(&q)
                || i.fields.values().any(|v| v.to_lowercase().contains(&q))
        })
        .map(|i| (table_pos(&i.table), i.rank, i.id))
        .collect();
    hits.sort();
    hits.into_iter().map(|(_, _, id)| id).collect()
}

fn search_mode(app: &mut App, mut search: Box<Search>, action: Action) {
    match action {
        Action::Input(key) => match key.code {
            KeyCode::Esc => return,
            KeyCode::Enter => {
                if let Some(id) = search.results.get(search.selected).copied() {
                    jump_to(app, id);
                }
                return;
            }
            KeyCode::Down | KeyCode::Tab => {
                search.selected = (search.selected + 1).min(search.results.len().saturating_sub(1));
            }
            KeyCode::Up | KeyCode::BackTab => search.selected = search.selected.saturating_sub(1),
            _ => {
                let single = KeyEvent::new(key.code, key.modifiers - KeyModifiers::SHIFT);
                if key.code != KeyCode::Enter && search.query.input(single) {
                    let q = search.query.lines().join(" ");
                    search.results = find(&app.session, &q);
                    search.selected = 0;
                }
            }
        },
        Action::Close => return,
        _ => {}
    }
    app.mode = Mode::Search(search);
}

fn jump_to(app: &mut App, id: ItemId) {
    let Some(item) = app.session.item(id) else {
        return;
    };
    if let Some(t) = item
        .table
        .as_deref()
        .and_then(|t| app.session.plan.tables.iter().position(|x| x.id == t))
    {
        app.table = t;
    }
    select(app, id);
}

fn pick_mode(app: &mut App, mut picker: Picker, action: Action, now: DateTime<Utc>) {
    let chosen = match action {
        Action::Input(key) => match key.code {
            KeyCode::Esc => return,
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
                picker.selected = (picker.selected + 1).min(picker.options.len().saturating_sub(1));
                None
            }
            KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => {
                picker.selected = picker.selected.saturating_sub(1);
                None
            }
            KeyCode::Enter => picker.options.get(picker.selected).cloned(),
            KeyCode::Char(c) => picker.options.iter().find(|o| o.key == Some(c)).cloned(),
            _ => None,
        },
        Action::Close => return,
        _ => None,
    };
    match chosen {
        None => app.mode = Mode::Pick(picker),
        Some(option) => match picker.purpose {
            PickPurpose::New => new_in_slot(app, &option.value),
            PickPurpose::Sort(id) => sort_into(app, id, &option.value, now),
            PickPurpose::Parent { item, slot } => {
                if let Ok(parent) = option.value.parse::<uuid::Uuid>() {
                    resort(app, item, Some(slot), Some(ItemId(parent)), now);
                }
            }
        },
    }
}

fn sort_into(app: &mut App, id: ItemId, slot: &str, now: DateTime<Utc>) {
    let slot = (!slot.is_empty()).then(|| slot.to_owned());
    let parent_slot = slot
        .as_deref()
        .and_then(|s| app.session.template.slot(s))
        .and_then(|s| s.parent.clone());
    match parent_slot {
        None => resort(app, id, slot, None, now),
        Some(ps) => {
            // Choose the entry it goes under: the current table's first.
            let here = app.table_id().map(str::to_owned);
            let mut options: Vec<(bool, i64, PickOption)> = app
                .session
                .live_items()
                // Never the entry itself: it cannot hang under itself.
                .filter(|i| i.slot.as_deref() == Some(ps.as_str()) && i.id != id)
                .map(|i| {
                    let table = i
                        .table
                        .as_deref()
                        .and_then(|t| app.session.plan.table(t))
                        .map_or("no table", |t| t.short.as_str());
                    let first_line = i.text.lines().next().unwrap_or("");
                    (
                        i.table.as_deref() != here.as_deref(),
                        i.rank,
                        PickOption {
                            value: i.id.to_string(),
                            label: format!("{first_line}  ({table})"),
                            key: None,
                        },
                    )
                })
                .collect();
            options.sort_by_key(|(elsewhere, rank, _)| (*elsewhere, *rank));
            if options.is_empty() {
                let label = app
                    .session
                    .template
                    .slot(&ps)
                    .map_or(ps.clone(), |s| s.label.to_lowercase());
                say(
                    app,
                    Level::Warning,
                    format!("There is no {label} to put it under yet"),
                );
                return;
            }
            app.mode = Mode::Pick(Picker {
                purpose: PickPurpose::Parent {
                    item: id,
                    slot: slot.unwrap_or_default(),
                },
                title: "Under which one?".into(),
                options: options.into_iter().map(|(_, _, o)| o).collect(),
                selected: 0,
            });
        }
    }
}

fn resort(
    app: &mut App,
    id: ItemId,
    slot: Option<String>,
    parent: Option<ItemId>,
    now: DateTime<Utc>,
) {
    if !app.session.children(id).is_empty() {
        say(
            app,
            Level::Warning,
            "Entries hang under this one: move or delete them first",
        );
        return;
    }
    let template = app.session.template.clone();
    let target = slot.as_deref().and_then(|s| template.slot(s));
    let parent_table = parent
        .and_then(|p| app.session.item(p))
        .and_then(|p| p.table.clone());
    // Deleted entries that hung under this one stay in the file as tombstones; once it is of
    // another kind they would hang under the wrong kind of entry, so they become plain
    // (still deleted) points. Undo brings them back as they were.
    let slot_changes = app
        .session
        .item(id)
        .is_some_and(|i| i.slot.as_deref() != slot.as_deref());
    let tombstones: Vec<ItemId> = app
        .session
        .items
        .iter()
        .filter(|i| i.parent == Some(id) && !i.is_live())
        .map(|i| i.id)
        .collect();
    checkpoint(app);
    if slot_changes {
        // Picked for the report as one kind, it is no longer one: take it off that list.
        let old_slot = app.session.item(id).and_then(|i| i.slot.clone());
        if let Some(picks) = old_slot.and_then(|s| app.session.picks.get_mut(&*s))
            && picks.items.contains(&id)
        {
            picks.items.retain(|x| *x != id);
            picks.updated = if now > picks.updated {
                now
            } else {
                picks.updated + chrono::TimeDelta::microseconds(1)
            };
        }
        for t in tombstones {
            let _ = app.session.update(t, now, |i| {
                i.slot = None;
                i.parent = None;
                i.fields.clear();
                i.attribution = None;
            });
        }
    }
    let result = app.session.update(id, now, |i| {
        i.slot = slot.clone();
        i.parent = parent;
        i.fields
            .retain(|k, _| target.is_some_and(|t| t.field(k).is_some()));
        if target.is_none_or(|t| t.attribution.is_none()) {
            i.attribution = None;
        }
        if parent.is_some() {
            i.table = parent_table.clone();
        }
    });
    match result {
        Ok(()) => {
            changed(app);
            // Hung under an entry at another table, it moved there: the view goes with it.
            jump_to(app, id);
            let label = target.map_or("a discussion point".to_owned(), |t| {
                let article = match t.label.chars().next() {
                    Some(c) if "AEIOUaeiou".contains(c) => "an",
                    _ => "a",
                };
                // "Recommendation" reads as a word, "SDG lesson" keeps its capitals.
                let second_lower = t.label.chars().nth(1).is_some_and(char::is_lowercase);
                let word = if second_lower {
                    t.label.to_lowercase()
                } else {
                    t.label.clone()
                };
                format!("{article} {word}")
            });
            say(app, Level::Info, format!("Now {label}"));
            warn_over_limit(app, id);
        }
        Err(e) => {
            // Put back what was changed before the refusal (the tombstones above).
            if let Some(before) = app.undo.pop() {
                app.session = before;
                app.structure += 1;
            }
            say(app, Level::Error, e.to_string());
        }
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    let hit = |r: &ratatui::layout::Rect| {
        column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
    };
    if let Some((_, t)) = app.hits.tabs.iter().find(|(r, _)| hit(r)) {
        let t = *t;
        set_table(app, t);
    } else if let Some((_, id)) = app.hits.items.iter().find(|(r, _)| hit(r)) {
        let id = *id;
        select(app, id);
    } else if let Some((_, q)) = app.hits.questions.iter().find(|(r, _)| hit(r)) {
        app.question = Some(*q);
    }
}

fn import_mode(
    app: &mut App,
    mut input: Box<TextArea<'static>>,
    action: Action,
    effects: &mut Vec<Effect>,
) {
    match action {
        Action::Input(key) => match key.code {
            KeyCode::Esc => return,
            KeyCode::Enter => {
                let typed = input.lines().join("");
                let path = typed.trim();
                if !path.is_empty() {
                    effects.push(Effect::Import(std::path::PathBuf::from(path)));
                    say(app, Level::Info, format!("Reading {path}…"));
                }
                return;
            }
            _ => {
                input.input(key);
            }
        },
        Action::Paste(text) => {
            input.insert_str(text.replace(['\r', '\n'], ""));
        }
        Action::Close => return,
        _ => {}
    }
    app.mode = Mode::Import(input);
}

/// Merges a file from another laptop into the session, and says what came in.
fn arrived(app: &mut App, arrival: super::action::Arrival, now: DateTime<Utc>) {
    let session = match arrival.result {
        Ok(s) => s,
        Err(reason) => {
            say(
                app,
                Level::Warning,
                format!("{}: not merged: {reason}", arrival.name),
            );
            return;
        }
    };
    if app.read_only.is_some() {
        say(
            app,
            Level::Warning,
            format!("{}: not merged: this session is read-only", arrival.name),
        );
        return;
    }
    match app.session.merge_from(&session) {
        Ok(report) => {
            if report.changed_anything() {
                changed(app);
                app.last_arrival = Some((arrival.name.clone(), now));
                say(
                    app,
                    Level::Info,
                    format!("Merged {}: {report}", arrival.name),
                );
            } else {
                say(
                    app,
                    Level::Info,
                    format!("{}: nothing new ({report})", arrival.name),
                );
            }
            if app.selected_item().is_none() {
                app.selected = first_item(&app.rows());
            }
        }
        Err(e) => say(
            app,
            Level::Warning,
            format!("{}: not merged: {e}", arrival.name),
        ),
    }
}
