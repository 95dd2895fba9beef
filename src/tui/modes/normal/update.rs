//! Commands on the main screen.

use chrono::{DateTime, Utc};
use ratatui_textarea::TextArea;

use super::super::common::{
    changed, reselect_after_removal, say, select, set_table, step_question, step_selection,
    try_change, undo, writable,
};
use super::super::edit::update as edit;
use super::super::pick::{PickPurpose, Picker, slot_options};
use super::super::search::Search;
use super::super::tables::TableList;
use crate::model::NewItem;
use crate::tui::command::Command;
use crate::tui::effect::Effect;
use crate::tui::modes::Mode;
use crate::tui::state::{App, Grouping, Level, Row};

pub fn update(app: &mut App, command: Command, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
    // The file panel shows the last message whole, so it stays for it.
    if command != Command::FileInfo {
        app.message = None;
    }
    match command {
        Command::Quit => effects.push(Effect::Quit {
            rescue: app.quit_blocked,
        }),
        Command::Help => app.modes.push(Mode::Help { scroll: 0 }),
        Command::Aims => app.modes.push(Mode::Aims { scroll: 0 }),
        Command::FileInfo => app.modes.push(Mode::FileInfo),
        Command::Report => app.modes.push(Mode::Report { cursor: 0 }),
        Command::Projector => app.modes.push(Mode::Projector),
        Command::ChooseTable => {
            let list = TableList::new(&app.session.plan, app.table);
            app.modes.push(Mode::Tables(Box::new(list)));
        }
        Command::Import if writable(app) => {
            let mut input = TextArea::default();
            input.set_placeholder_text(crate::tr!("tui-import-placeholder"));
            app.modes.push(Mode::Import(Box::new(input)));
        }
        Command::SaveAs if writable(app) => {
            let input = super::super::save_as::prompt(&app.path);
            app.modes.push(Mode::SaveAs(Box::new(input)));
        }
        Command::Export => {
            effects.push(Effect::Export);
            say(app, Level::Info, crate::tr!("tui-exporting"));
        }
        Command::ToggleMouse => {
            app.mouse = !app.mouse;
            effects.push(Effect::SetMouse(app.mouse));
            let text = if app.mouse {
                crate::tr!("tui-mouse-on")
            } else {
                crate::tr!("tui-mouse-off")
            };
            say(app, Level::Info, text);
        }
        Command::NextTable
        | Command::PrevTable
        | Command::GoToTable(_)
        | Command::NextQuestion
        | Command::PrevQuestion
        | Command::GoToQuestion(_)
        | Command::TimerToggle
        | Command::NextPhase
        | Command::PrevPhase => navigate(app, command, now),
        Command::SelectNext | Command::ScrollDown => step_selection(app, 1),
        Command::SelectPrev | Command::ScrollUp => step_selection(app, -1),
        Command::SelectFirst => step_selection(app, isize::MIN),
        Command::SelectLast => step_selection(app, isize::MAX),
        // Only what this table lists: a click never selects something out of sight.
        Command::SelectEntry(id)
            if app
                .rows()
                .iter()
                .any(|r| matches!(r, Row::Item { id: x, .. } if *x == id)) =>
        {
            select(app, id)
        }
        Command::ToggleGrouping => {
            app.grouping = match app.grouping {
                Grouping::Question => Grouping::Kind,
                Grouping::Kind => Grouping::Question,
            };
            app.refresh();
        }
        Command::NewPoint => {
            let new = NewItem::at(app.table_id().cloned(), app.question_id().cloned(), "");
            edit::open_new(app, new, None);
        }
        Command::NewEntry(slot) => edit::new_in_slot(app, &slot),
        Command::NewEntryOfKind => {
            let options = slot_options(&app.session, false);
            app.modes.push(Mode::Pick(Picker {
                purpose: PickPurpose::New,
                title: crate::tr!("tui-pick-new-kind"),
                options,
                selected: 0,
            }));
        }
        Command::SortInto => match app.selected_item().map(|i| i.id) {
            Some(id) if writable(app) => {
                let options = slot_options(&app.session, true);
                app.modes.push(Mode::Pick(Picker {
                    purpose: PickPurpose::Sort(id),
                    title: crate::tr!("tui-pick-sort-into"),
                    options,
                    selected: 0,
                }));
            }
            Some(_) => {}
            None => say(app, Level::Info, crate::tr!("tui-select-first")),
        },
        Command::Edit => match app.selected_item().map(|i| i.id) {
            Some(id) => edit::open_existing(app, id),
            None => {
                let key = app.keymap.label(
                    crate::tui::modes::ModeKind::Normal,
                    &crate::tui::command::Command::NewPoint,
                );
                say(
                    app,
                    Level::Info,
                    crate::tr!("tui-nothing-selected", key = key),
                );
            }
        },
        Command::Delete => delete(app, now),
        Command::Undo => undo(app, now, true),
        Command::Redo => undo(app, now, false),
        Command::MoveUp => move_among_siblings(app, -1, now),
        Command::MoveDown => move_among_siblings(app, 1, now),
        Command::MoveToPrevQuestion => retag_question(app, -1, now),
        Command::MoveToNextQuestion => retag_question(app, 1, now),
        Command::MoveToPrevTable => retag_table(app, -1, now),
        Command::MoveToNextTable => retag_table(app, 1, now),
        Command::Search => {
            let mut query = TextArea::default();
            query.set_placeholder_text(crate::tr!("tui-search-placeholder"));
            app.modes.push(Mode::Search(Box::new(Search {
                query,
                results: Vec::new(),
                selected: 0,
            })));
        }
        _ => {}
    }
}

/// Moving between tables and questions, and the agenda timer: what the projector allows too.
pub fn navigate(app: &mut App, command: Command, now: DateTime<Utc>) {
    let tables = app.session.plan.tables.len();
    match command {
        Command::NextTable if tables > 0 => set_table(app, (app.table + 1) % tables),
        Command::PrevTable if tables > 0 => set_table(app, (app.table + tables - 1) % tables),
        Command::GoToTable(n) if n < tables => set_table(app, n),
        Command::NextQuestion => step_question(app, 1),
        Command::PrevQuestion => step_question(app, -1),
        Command::GoToQuestion(q) if q < app.session.plan.questions.len() => {
            app.question = Some(q);
            app.refresh();
        }
        Command::TimerToggle if !app.session.plan.agenda.is_empty() && writable(app) => {
            app.session.with_agenda(now, |a| {
                if a.running() {
                    a.pause(now)
                } else {
                    a.start(now)
                }
            });
            changed(app);
        }
        Command::NextPhase | Command::PrevPhase
            if !app.session.plan.agenda.is_empty() && writable(app) =>
        {
            app.session.step_phase(command == Command::NextPhase, now);
            changed(app);
            // Follow the room: a phase at one table (the plenary) shows that table.
            if let Some(t) = app.session.phase_table() {
                set_table(app, t);
            }
            // A phase that names its question (a café round) makes it current.
            if let Some(q) = app.session.phase_question() {
                app.question = Some(q);
                app.refresh();
            }
            if let Some(text) = phase_said(app) {
                say(app, Level::Info, text);
            }
        }
        _ => {}
    }
}

/// "Phase 2: Round 2 — question 2: Who acts?": where the agenda is now, and the question it
/// made current.
pub fn phase_said(app: &App) -> Option<String> {
    let s = &app.session;
    let index = s.agenda.as_ref()?.phase;
    let phase = s.plan.agenda.get(index)?;
    let question = s
        .phase_question()
        .and_then(|q| s.plan.questions.get(q).map(|x| (q, x)));
    Some(match question {
        Some((q, x)) => crate::tr!(
            "tui-phase-question",
            number = index + 1,
            phase = phase.title.as_str(),
            question = q + 1,
            title = x.title.as_str()
        ),
        None => crate::tr!(
            "tui-phase-now",
            number = index + 1,
            phase = phase.title.as_str()
        ),
    })
}

fn delete(app: &mut App, now: DateTime<Utc>) {
    let Some(id) = app.selected_item().map(|i| i.id) else {
        return;
    };
    if !writable(app) {
        return;
    }
    let rows = app.rows().to_vec();
    let under = app.session.children(id).len();
    if try_change(app, |s| s.delete(id, now)).is_some() {
        reselect_after_removal(app, &rows, id);
        say(app, Level::Info, crate::tr!("tui-deleted", count = under));
    }
}

fn move_among_siblings(app: &mut App, by: isize, now: DateTime<Utc>) {
    let Some(id) = app.selected_item().map(|i| i.id) else {
        return;
    };
    if !writable(app) {
        return;
    }
    let rows = app.rows().to_vec();
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
    try_change(app, |s| s.place_next_to(id, other, by < 0, now));
}

/// The selected entry, if it can move on its own (entries under another move with it).
fn movable(app: &mut App) -> Option<crate::model::Item> {
    let item = app.selected_item().cloned()?;
    if item.parent.is_some() {
        say(app, Level::Info, crate::tr!("tui-moves-with-parent"));
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
        .as_ref()
        .and_then(|q| qs.iter().position(|x| x.id == *q))
        .unwrap_or(n);
    let next = (pos as isize + by).rem_euclid(n as isize + 1) as usize;
    let question = qs.get(next).map(|q| q.id.clone());
    let table = item.table.clone();
    if try_change(app, |s| s.retag(item.id, table, question, now)).is_some() {
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
        say(app, Level::Info, crate::tr!("tui-no-table-further"));
        return;
    }
    let next = next as usize;
    let table = app.session.plan.tables.get(next).map(|t| t.id.clone());
    let question = item.question.clone();
    if try_change(app, |s| s.retag(item.id, table, question, now)).is_some() {
        app.table = next;
        app.selected = Some(item.id);
        app.refresh();
        let name = app.session.plan.tables[next].short.clone();
        say(app, Level::Info, crate::tr!("tui-moved-to", table = name));
    }
}
