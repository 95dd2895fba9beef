//! The edit mode's update: opening the editor on a new or existing entry or a header field,
//! writing what is typed through to the session, and closing.

use chrono::{DateTime, Utc};

use super::super::common::{
    changed, checkpoint, keep_for_undo, reselect_after_removal, say, text_changed, warn_over_limit,
    writable,
};
use crate::model::{ItemId, NewItem, SlotId};
use crate::tui::command::Command;
use crate::tui::editor::{Editor, Outcome, Target};
use crate::tui::effect::Effect;
use crate::tui::modes::{Input, Mode, ModeKind};
use crate::tui::state::{App, Level};

/// A command or text while the editor is open (it is on top of the mode stack).
pub fn update(
    app: &mut App,
    mut editor: Box<Editor>,
    input: Input,
    now: DateTime<Utc>,
    effects: &mut Vec<Effect>,
) {
    let quit = input == Input::Command(Command::Quit);
    // A quit held back by a bad date, asked again: leave without that date.
    let quit_again = quit && std::mem::take(&mut editor.quit_warned);
    // Esc held back by a bad date, pressed again with nothing typed between: the same.
    let close = input == Input::Command(Command::Close);
    let close_again = std::mem::take(&mut editor.close_warned) && close;
    let outcome = match input {
        Input::Text(key) => Some(editor.input(key, now)),
        Input::Paste(text) => {
            let outcome = editor.paste_at(&text, now);
            offer_to_join(app, &editor, &text);
            Some(outcome)
        }
        // Quitting from the editor keeps the text, like Esc, then quits; a bad date keeps
        // the editor open on it (a second quit leaves without it).
        Input::Command(Command::Done | Command::Close | Command::Quit)
            if !quit_again
                && !close_again
                && held(app, &mut editor, Leaving::Entry { quit, close }, now) =>
        {
            Some(Outcome::Moved)
        }
        Input::Command(Command::Done | Command::Close | Command::Quit) => None,
        Input::Command(Command::NewLine) => Some(editor.newline(now)),
        Input::Command(Command::JoinLines) => Some(join_lines(app, &mut editor, now)),
        Input::Command(Command::NextField | Command::PrevField)
            if held(app, &mut editor, Leaving::Field, now) =>
        {
            Some(Outcome::Moved)
        }
        Input::Command(Command::NextField) => {
            editor.next_field();
            Some(Outcome::Moved)
        }
        Input::Command(Command::PrevField) => {
            editor.prev_field();
            Some(Outcome::Moved)
        }
        Input::Command(Command::ToggleApproval) => Some(editor.toggle_approval(now)),
        Input::Command(_) => Some(Outcome::Moved),
    };
    match outcome {
        Some(_) => {
            // Small entries reach the session at every change; a large one once its
            // oldest unwritten change is a moment old (a tick comes then), so a key costs
            // the same in a 2 MB entry as in a short one.
            if editor.write_due(now) {
                write_through(app, &mut editor, now);
            }
            app.modes.push(Mode::Edit(editor));
        }
        None => {
            if editor.unwritten() {
                write_through(app, &mut editor, now);
            }
            finish_edit(app, &editor, now);
            if quit {
                effects.push(Effect::Quit {
                    rescue: app.quit_blocked,
                });
            }
        }
    }
}

/// What the rapporteur is leaving: the focused field, or the whole entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaving {
    Field,
    Entry { quit: bool, close: bool },
}

/// Whether a bad date holds the editor open: the focus goes to it and the status line says
/// what the model says (how to write a date). Nothing typed is lost. A good date is written
/// the one way the file keeps it, and a refusal said before is taken back.
fn held(app: &mut App, editor: &mut Editor, leaving: Leaving, now: DateTime<Utc>) -> bool {
    let bad = match leaving {
        Leaving::Field => editor
            .focus
            .checked_sub(1)
            .and_then(|n| editor.bad_date(n).map(|e| (n, e))),
        Leaving::Entry { .. } => editor.first_bad_date(),
    };
    if let Some((n, error)) = bad {
        editor.focus = n + 1;
        let text = match leaving {
            Leaving::Entry { quit: true, .. } => {
                editor.quit_warned = true;
                // In the editor only Ctrl-C quits (q is a letter typed).
                crate::tr!("tui-edit-bad-date-quit", error = error.to_string())
            }
            Leaving::Entry { close: true, .. } => {
                editor.close_warned = true;
                let key = app.keymap.label(ModeKind::Edit, &Command::Close);
                crate::tr!(
                    "tui-edit-bad-date-close",
                    error = error.to_string(),
                    key = key
                )
            }
            _ => error.to_string(),
        };
        say(app, Level::Error, text.clone());
        editor.complaint = Some(text);
        return true;
    }
    match leaving {
        Leaving::Field => {
            if let Some(n) = editor.focus.checked_sub(1) {
                editor.tidy_date(n, now);
            }
        }
        Leaving::Entry { .. } => {
            for n in 0..editor.fields.len() {
                editor.tidy_date(n, now);
            }
        }
    }
    if let Some(said) = editor.complaint.take()
        && app.message.as_ref().is_some_and(|m| m.text == said)
    {
        app.message = None;
    }
    false
}

/// After a paste into the entry's text whose lines a join would change (or a line break of a
/// paste sent as keys, whose lines are yet to come), says which key joins them.
fn offer_to_join(app: &mut App, editor: &Editor, pasted: &str) {
    if editor.focus != 0 || !pasted.contains(['\n', '\r']) {
        return;
    }
    let pasted = pasted.replace("\r\n", "\n").replace('\r', "\n");
    if pasted != "\n" && crate::tui::editor::join_wrapped(&pasted) == pasted {
        return;
    }
    let key = app.keymap.label(ModeKind::Edit, &Command::JoinLines);
    say(
        app,
        Level::Info,
        crate::tr!("tui-paste-has-breaks", key = key),
    );
}

fn join_lines(app: &mut App, editor: &mut Editor, now: DateTime<Utc>) -> Outcome {
    if editor.focus != 0 {
        return Outcome::Moved;
    }
    let (outcome, gone) = editor.join_lines(now);
    let text = if gone == 0 {
        crate::tr!("tui-nothing-to-join")
    } else {
        // The text widget's own undo, a fixed key.
        crate::tr!("tui-lines-joined", count = gone, key = "Ctrl-U")
    };
    say(app, Level::Info, text);
    outcome
}

/// Writes through what the open editor holds and the session does not yet: when it falls
/// due (`all == false`, on a tick), or all of it (before a final save).
pub fn flush(app: &mut App, now: DateTime<Utc>, all: bool) {
    let Some(Mode::Edit(editor)) = app.modes.last_mut() else {
        return;
    };
    let wanted = if all {
        editor.unwritten()
    } else {
        editor.write_due(now)
    };
    if !wanted {
        return;
    }
    if let Some(Mode::Edit(mut editor)) = app.modes.pop() {
        write_through(app, &mut editor, now);
        app.modes.push(Mode::Edit(editor));
    }
}

/// The entry a new child of `parent_slot` goes under: the selected entry, or the one the
/// selected entry hangs under.
fn parent_for(app: &App, parent_slot: &SlotId) -> Option<ItemId> {
    let sel = app.selected_item()?;
    if sel.slot.as_ref() == Some(parent_slot) {
        return Some(sel.id);
    }
    let p = app.session.item(sel.parent?)?;
    (p.slot.as_ref() == Some(parent_slot) && p.is_live()).then_some(p.id)
}

pub fn new_in_slot(app: &mut App, slot_id: &SlotId) {
    let Some(slot) = app.session.template.slot(slot_id).cloned() else {
        return;
    };
    let mut new =
        NewItem::at(app.table_id().cloned(), app.question_id().cloned(), "").in_slot(slot_id);
    if let Some(parent_slot) = &slot.parent {
        let parent_label = app
            .session
            .template
            .slot(parent_slot)
            .map_or_else(|| parent_slot.to_string(), |s| s.label.to_lowercase());
        match parent_for(app, parent_slot) {
            Some(p) => {
                new = new.under(p);
                // Keep it with its parent's table, so the report shows them together.
                new.table = app.session.item(p).and_then(|i| i.table.clone());
            }
            None => {
                say(
                    app,
                    Level::Warning,
                    crate::tr!(
                        "tui-select-parent-first",
                        parent = parent_label,
                        kind = slot.label.to_lowercase()
                    ),
                );
                return;
            }
        }
    }
    open_new(app, new, Some(&slot));
}

pub fn open_new(app: &mut App, new: NewItem, slot: Option<&crate::model::Slot>) {
    if !writable(app) {
        return;
    }
    let title = slot.map_or_else(|| crate::tr!("tui-discussion-point"), |s| s.label.clone());
    let editor = Editor::new(Target::New(new), title, slot, "", &Default::default(), None);
    keep_for_undo(app);
    app.modes.push(Mode::Edit(Box::new(editor)));
}

/// Opens a one-field editor for a header field of the report.
pub fn edit_header(app: &mut App, field: &str) {
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
    app.modes.push(Mode::Edit(Box::new(editor)));
}

pub fn open_existing(app: &mut App, id: ItemId) {
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
        .map_or_else(|| crate::tr!("tui-discussion-point"), |s| s.label.clone());
    let editor = Editor::new(
        Target::Existing(id),
        title,
        slot.as_ref(),
        &item.text,
        &item.fields,
        item.attribution.as_deref(),
    );
    keep_for_undo(app);
    app.modes.push(Mode::Edit(Box::new(editor)));
}

/// Puts what the editor holds into the session, so autosave keeps it from the first key.
fn write_through(app: &mut App, editor: &mut Editor, now: DateTime<Utc>) {
    editor.mark_written();
    let text = editor.value();
    let stored = match &editor.target {
        Target::Existing(id) => app.session.item(*id).map(|i| i.fields.clone()),
        _ => None,
    };
    let fields = editor.fields_to_write(stored.as_ref());
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

/// The editor has closed: forget an undo step that changed nothing, remove an entry
/// emptied by hand, and warn when the form's limit is passed.
fn finish_edit(app: &mut App, editor: &Editor, now: DateTime<Utc>) {
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
                let rows = app.rows().to_vec();
                if app.session.delete(id, now).is_ok() {
                    changed(app);
                    reselect_after_removal(app, &rows, id);
                    let key = app.keymap.label(
                        crate::tui::modes::ModeKind::Normal,
                        &crate::tui::command::Command::Undo,
                    );
                    say(app, Level::Info, crate::tr!("tui-empty-removed", key = key));
                }
                return;
            }
            // An entry edited from the report view may sit at another table: selecting it
            // would put the selection out of sight (and `d` would delete it unseen).
            if app
                .session
                .item(id)
                .is_some_and(|i| i.table.as_ref() == app.table_id())
            {
                app.selected = Some(id);
            }
            warn_over_limit(app, id);
        }
    }
}
