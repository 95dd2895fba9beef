//! Applying a command to the session, and the answer to read out: no I/O here. Changes go
//! through the model exactly as the live screen makes them (new points and entries, entries
//! under a parent, deleting with what hangs under, undo as new edits a merge understands);
//! the loop performs the effects (saving, exporting, reading files to merge).

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::command::{Command, Timer};
use super::describe;
use super::form;
pub use super::reply::{Effect, Reply};
use super::reply::{change, numbered, saved, writable};
pub use super::state::State;
use super::state::{Step, find_question, find_slot, find_table};
use crate::model::{Item, ItemId, NewItem, Session, Slot};
use crate::tr;

/// Applies one command.
pub fn apply(state: &mut State, command: Command, now: DateTime<Utc>) -> Reply {
    let mut reply = match command {
        Command::Nothing => Reply::default(),
        Command::Point(text) => point(state, text, now),
        Command::Entry { slot, text } => match find_slot(&state.session, &slot, true) {
            Some(slot) => entry(state, &slot, text, now),
            None if slot.is_empty() => Reply::say(tr!("plain-entry-usage")),
            None => Reply::say(tr!("plain-no-slot", name = slot.as_str())),
        },
        Command::Other { word, text } => match find_slot(&state.session, &word, false) {
            Some(slot) => entry(state, &slot, text, now),
            None => Reply::say(tr!("plain-unknown", command = word.as_str())),
        },
        Command::Table(which) => match find_table(&state.session, &which) {
            Ok(n) => go_to_table(state, n),
            Err(text) => Reply::say(text),
        },
        Command::NextTable | Command::PrevTable => {
            let n = state.session.plan.tables.len().max(1);
            let by = if command == Command::NextTable {
                1
            } else {
                n - 1
            };
            go_to_table(state, (state.table + by) % n)
        }
        Command::Tables => Reply::say(describe::tables(state)),
        Command::Question(which) => match find_question(&state.session, &which) {
            Ok(q) => {
                state.question = q;
                Reply::say(describe::where_now(state))
            }
            Err(text) => Reply::say(text),
        },
        Command::NextQuestion | Command::PrevQuestion => {
            let n = state.session.plan.questions.len();
            // The cycle runs through every question and then "no question".
            let pos = state.question.unwrap_or(n) as isize;
            let by = if command == Command::NextQuestion {
                1
            } else {
                -1
            };
            let next = (pos + by).rem_euclid(n as isize + 1) as usize;
            state.question = (next < n).then_some(next);
            Reply::say(describe::where_now(state))
        }
        Command::Questions => Reply::say(describe::questions(state)),
        Command::List => Reply::say(describe::list(state)),
        Command::Edit { number, text } => edit(state, &number, text, now),
        Command::Delete(number) => delete(state, &number, now),
        Command::Field {
            number,
            name,
            value,
        } => form::set_field(state, &number, &name, value, now),
        Command::Fields(number) => form::fields(state, &number),
        Command::Header { name, value } => form::header(state, &name, value, now),
        Command::Report => Reply::say(form::report(state)),
        Command::Pick(number, on) => form::pick(state, &number, on, now),
        Command::Move { number, position } => form::move_to(state, &number, &position, now),
        Command::Undo => undo(state, now, true),
        Command::Redo => undo(state, now, false),
        Command::Timer(want) => timer(state, want, now),
        Command::Phase(Some(forward)) => phase(state, forward, now),
        Command::Phase(None) => Reply::say(tr!("plain-phase-usage")),
        Command::Export => Reply {
            text: String::new(),
            effects: vec![Effect::Export],
        },
        Command::Import(from) if from.is_empty() => Reply::say(tr!("plain-import-usage")),
        Command::Import(from) => match writable(state) {
            Err(r) => r,
            Ok(()) => Reply {
                text: String::new(),
                effects: vec![Effect::Import(PathBuf::from(from))],
            },
        },
        Command::SaveAs(to) if to.is_empty() => Reply::say(tr!("plain-save-as-usage")),
        Command::SaveAs(to) => match writable(state) {
            Err(r) => r,
            Ok(()) => Reply {
                text: String::new(),
                effects: vec![Effect::SaveAs(PathBuf::from(to))],
            },
        },
        Command::Info => Reply::say(describe::info(state)),
        Command::Help => Reply::say(describe::help(&state.session)),
        Command::Quit => Reply {
            text: String::new(),
            effects: vec![Effect::Quit {
                rescue: state.quit_blocked,
            }],
        },
    };
    if reply.effects.contains(&Effect::Save) && state.read_only.is_some() {
        reply.effects.retain(|e| *e != Effect::Save);
    }
    reply
}

fn point(state: &mut State, text: String, now: DateTime<Utc>) -> Reply {
    if text.is_empty() {
        return Reply::say(tr!("plain-point-usage"));
    }
    let new = NewItem::at(
        state.table_id().cloned(),
        state.question_id().cloned(),
        text,
    );
    match change(state, |s| s.add(new, now), adding) {
        Ok(id) => {
            state.current = Some(id);
            let number = state.number_of(id).unwrap_or(0);
            saved(tr!(
                "plain-point-added",
                number = number,
                place = describe::place(state)
            ))
        }
        Err(r) => r,
    }
}

/// A new entry of `slot`; one that goes under another goes under the current entry (or the
/// one it hangs under), else under the latest of its parent's kind at this table.
fn entry(state: &mut State, slot: &Slot, text: String, now: DateTime<Utc>) -> Reply {
    if text.is_empty() {
        return Reply::say(tr!("plain-entry-text-usage", slot = slot.id.as_str()));
    }
    let mut new = NewItem::at(
        state.table_id().cloned(),
        state.question_id().cloned(),
        text,
    )
    .in_slot(&slot.id);
    let mut parent_number = None;
    if let Some(parent_slot) = &slot.parent {
        let parent_label = state
            .session
            .template
            .slot(parent_slot)
            .map_or_else(|| parent_slot.to_string(), |s| s.label.to_lowercase());
        let Some(p) = parent_for(state, parent_slot) else {
            return Reply::say(tr!(
                "plain-parent-first",
                parent = parent_label,
                kind = slot.label.to_lowercase()
            ));
        };
        new = new.under(p);
        // With its parent's table, so the report shows them together.
        new.table = state.session.item(p).and_then(|i| i.table.clone());
        parent_number = state.number_of(p);
    }
    match change(state, |s| s.add(new, now), adding) {
        Ok(id) => {
            state.current = Some(id);
            let number = state.number_of(id).unwrap_or(0);
            let mut text = match parent_number {
                Some(parent) => tr!(
                    "plain-entry-added-under",
                    kind = slot.label.as_str(),
                    number = number,
                    parent = parent
                ),
                None => tr!(
                    "plain-entry-added",
                    kind = slot.label.as_str(),
                    number = number,
                    place = describe::place(state)
                ),
            };
            if let Some(warning) = describe::over_limit(&state.session, id) {
                text.push('\n');
                text.push_str(&warning);
            }
            saved(text)
        }
        Err(r) => r,
    }
}

/// "adding Recommendation 2, “Open legal pathways…”", for `/undo`.
fn adding(state: &State, id: &ItemId) -> String {
    tr!("plain-what-add", entry = describe::entry_named(state, *id))
}

/// The entry a new child of `parent_slot` goes under.
fn parent_for(state: &State, parent_slot: &crate::model::SlotId) -> Option<ItemId> {
    let of_kind = |i: &Item| i.is_live() && i.slot.as_ref() == Some(parent_slot);
    let here = state.table_id();
    if let Some(cur) = state.current.and_then(|c| state.session.item(c))
        && cur.is_live()
        && cur.table.as_ref() == here
    {
        if of_kind(cur) {
            return Some(cur.id);
        }
        if let Some(p) = cur.parent.and_then(|p| state.session.item(p))
            && of_kind(p)
        {
            return Some(p.id);
        }
    }
    state
        .listed()
        .into_iter()
        .rfind(|i| of_kind(i) && i.parent.is_none())
        .map(|i| i.id)
}

fn go_to_table(state: &mut State, n: usize) -> Reply {
    if n != state.table {
        state.table = n;
        state.current = None;
    }
    Reply::say(describe::where_now(state))
}

fn edit(state: &mut State, number: &str, text: String, now: DateTime<Utc>) -> Reply {
    let id = match numbered(state, number) {
        Ok(id) => id,
        Err(r) => return r,
    };
    if text.is_empty() {
        return Reply::say(tr!("plain-edit-usage"));
    }
    let named = describe::entry_named(state, id);
    let what = move |_: &State, _: &()| tr!("plain-what-edit", entry = named);
    match change(state, |s| s.set_text(id, text, now), what) {
        Ok(()) => {
            state.current = Some(id);
            saved(tr!(
                "plain-edited",
                number = state.number_of(id).unwrap_or(0)
            ))
        }
        Err(r) => r,
    }
}

fn delete(state: &mut State, number: &str, now: DateTime<Utc>) -> Reply {
    let id = match numbered(state, number) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let named = describe::entry_named(state, id);
    let under = state.session.children(id).len();
    let what = {
        let named = named.clone();
        move |_: &State, _: &()| tr!("plain-what-delete", entry = named)
    };
    match change(state, |s| s.delete(id, now), what) {
        Ok(()) => {
            if state.current == Some(id) {
                state.current = None;
            }
            saved(tr!("plain-deleted", entry = named, under = under))
        }
        Err(r) => r,
    }
}

fn undo(state: &mut State, now: DateTime<Utc>, back: bool) -> Reply {
    if let Err(r) = writable(state) {
        return r;
    }
    let (from, to) = if back {
        (&mut state.undo, &mut state.redo)
    } else {
        (&mut state.redo, &mut state.undo)
    };
    let Some(step) = from.pop() else {
        return Reply::say(if back {
            tr!("plain-nothing-to-undo")
        } else {
            tr!("plain-nothing-to-redo")
        });
    };
    to.push(Step {
        before: state.session.clone(),
        what: step.what.clone(),
    });
    state.session.revert_to(&step.before, now);
    if state
        .current
        .and_then(|c| state.session.item(c))
        .is_none_or(|i| !i.is_live())
    {
        state.current = None;
    }
    let count = state.listed().len();
    saved(if back {
        tr!("plain-undone", what = step.what, count = count)
    } else {
        tr!("plain-redone", what = step.what, count = count)
    })
}

fn timer(state: &mut State, want: Option<Timer>, now: DateTime<Utc>) -> Reply {
    if state.session.plan.agenda.is_empty() {
        return Reply::say(tr!("plain-no-agenda"));
    }
    if want == Some(Timer::Unknown) {
        return Reply::say(tr!("plain-timer-usage"));
    }
    if let Err(r) = writable(state) {
        return r;
    }
    let running = state.session.agenda.as_ref().is_some_and(|a| a.running());
    let start = match want {
        Some(Timer::Start) => true,
        Some(Timer::Pause) => false,
        _ => !running,
    };
    // As on the live screen, the timer is not part of undo (undo restores entries).
    if start != running {
        state
            .session
            .with_agenda(now, |a| if start { a.start(now) } else { a.pause(now) });
    }
    saved(describe::timer(&state.session, now))
}

fn phase(state: &mut State, forward: bool, now: DateTime<Utc>) -> Reply {
    if state.session.plan.agenda.is_empty() {
        return Reply::say(tr!("plain-no-agenda"));
    }
    if let Err(r) = writable(state) {
        return r;
    }
    state.session.step_phase(forward, now);
    // Follow the room: a phase at one table (the plenary) brings plain mode there.
    let one = state.session.phase_table();
    if let Some(t) = one
        && t != state.table
    {
        state.table = t;
        state.current = None;
    }
    let mut said = describe::timer(&state.session, now);
    // A phase that names its question (a café round) makes it current.
    if let Some(q) = state.session.phase_question() {
        state.question = Some(q);
        if let Some(x) = state.session.plan.questions.get(q) {
            said.push(' ');
            said.push_str(&tr!(
                "plain-phase-question",
                number = q + 1,
                title = x.title.as_str()
            ));
        }
    }
    saved(said)
}

/// A session file arrived (`--watch`, `/import`): merge it, and say what came in.
pub fn arrived(state: &mut State, name: &str, result: Result<Session, String>) -> Reply {
    let other = match result {
        Ok(s) => s,
        Err(why) => return Reply::say(tr!("plain-not-merged", file = name, why = why)),
    };
    if state.read_only.is_some() {
        return Reply::say(tr!(
            "plain-not-merged",
            file = name,
            why = tr!("plain-not-merged-read-only")
        ));
    }
    match state.session.merge_from(&other) {
        Ok(report) if report.changed_anything() => saved(tr!(
            "plain-merged",
            file = name,
            new = report.new,
            updated = report.updated,
            deleted = report.deleted
        )),
        Ok(_) => Reply::say(tr!("plain-merged-nothing", file = name)),
        Err(e) => Reply::say(tr!("plain-not-merged", file = name, why = e.to_string())),
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
