//! The one place the app's state changes: `update(app, action, now)` hands a command to the
//! mode on top of the stack (each mode's update lives with the mode), applies workers'
//! results, and returns effects for the loop. No I/O happens here.

use chrono::{DateTime, Utc};

pub use super::effect::Effect;

use super::action::{Action, Arrival, ExportFailed, Followed, Written};
use super::command::Command;
use super::input::resolve;
use super::modes::common::{self, changed, first_item, reselect_after_removal, say};
use super::modes::{
    Input, Mode, edit, import, normal, panel, pick, projector, report, save_as, search, tables,
};
use super::msg::Msg;
use super::state::{App, HitMap, Level, Message};
use crate::model::{NewItem, Session};

/// Resolves a message (keys and clicks through the keymap and the last frame's hit map) and
/// applies it.
pub fn handle(app: &mut App, hits: &HitMap, msg: Msg, now: DateTime<Utc>) -> Vec<Effect> {
    match resolve(app, hits, msg) {
        Some(action) => update(app, action, now),
        None => Vec::new(),
    }
}

pub fn update(app: &mut App, action: Action, now: DateTime<Utc>) -> Vec<Effect> {
    let revision = app.revision;
    let mut effects = Vec::new();
    match action {
        Action::Saved(mut state) => {
            let found = state.found.take();
            app.save = state;
            if let Some(found) = found {
                found_on_disk(app, found);
            }
        }
        Action::Arrived(arrival) => arrived(app, arrival, now),
        Action::Exported(result) => exported(app, result),
        Action::Followed(f) if app.read_only.is_none() => own_file(app, f),
        Action::Followed(f) => followed(app, f),
        Action::SavedAs(result) => save_as::update::saved_as(app, result),
        // A pause in typing: a large entry's last keys reach the session now.
        Action::Tick => edit::update::flush(app, now, false),
        Action::Flush => edit::update::flush(app, now, true),
        Action::Resized { width, height } => app.size = (width, height),
        Action::Opened => app.message = opening_message(app),
        Action::QuitBlocked(reason) => {
            // Never leave silently with notes that are only in memory.
            app.quit_blocked = true;
            say(
                app,
                Level::Error,
                crate::tr!(
                    "tui-quit-blocked",
                    key = app
                        .keymap
                        .label(super::modes::ModeKind::Normal, &Command::Quit),
                    reason = reason.to_string()
                ),
            );
        }
        Action::Command(command) => to_mode(app, Input::Command(command), now, &mut effects),
        Action::Text(key) => to_mode(app, Input::Text(key), now, &mut effects),
        Action::Paste(text) => to_mode(app, Input::Paste(text), now, &mut effects),
    }
    app.refresh();
    if app.revision != revision && app.read_only.is_none() {
        effects.insert(0, Effect::Save);
    }
    effects
}

/// Hands input to the mode on top of the stack. The mode is taken off the stack while its
/// update runs and put back (or not, when it closes) by that update.
fn to_mode(app: &mut App, input: Input, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
    // Redrawing changes nothing in any mode: the loop does it.
    if input == Input::Command(Command::Redraw) {
        effects.push(Effect::Redraw);
        return;
    }
    // Suspending changes nothing either; where there is no job control it is only said.
    if input == Input::Command(Command::Suspend) {
        if cfg!(unix) {
            effects.push(Effect::Suspend);
        } else {
            let kind = app.mode().kind();
            let suspend = app.keymap.label(kind, &Command::Suspend);
            let key = app
                .keymap
                .label(super::modes::ModeKind::Normal, &Command::Quit);
            say(
                app,
                Level::Info,
                crate::tr!("tui-suspend-unavailable", suspend = suspend, key = key),
            );
        }
        return;
    }
    // Quitting (q or Ctrl-C) works from every mode, after the mode has kept what it holds.
    let quit = input == Input::Command(Command::Quit);
    // A read-only window answers a key that would write in one short sentence, whatever
    // the mode, and changes nothing.
    if app.read_only.is_some() && would_write(app.mode(), &input) {
        say(app, Level::Warning, crate::tr!("tui-read-only-refused"));
        return;
    }
    let mode = if app.modes.len() > 1 {
        app.modes.pop().unwrap_or(Mode::Normal)
    } else {
        Mode::Normal
    };
    match (mode, input) {
        (Mode::Normal, Input::Command(c)) => normal::update::update(app, c, now, effects),
        (Mode::Normal, Input::Paste(text)) => {
            // Pasting on the main screen starts a new point with the pasted text.
            let new = NewItem::at(app.table_id().cloned(), app.question_id().cloned(), "");
            edit::update::open_new(app, new, None);
            if matches!(app.mode(), Mode::Edit(_)) {
                to_mode(app, Input::Paste(text), now, effects);
            }
        }
        (Mode::Normal, Input::Text(_)) => {}
        (Mode::Edit(editor), input) => edit::update::update(app, editor, input, now, effects),
        (Mode::Search(s), input) => search::update::update(app, s, input),
        (Mode::Tables(list), input) => tables::update::update(app, list, input),
        (Mode::Import(prompt), input) => import::update::update(app, prompt, input, effects),
        (Mode::SaveAs(prompt), input) => save_as::update::update(app, prompt, input, effects),
        (Mode::Pick(p), Input::Command(c)) => pick::update::update(app, p, c, now),
        (Mode::Report { cursor }, Input::Command(c)) => {
            report::update::update(app, cursor, c, now, effects)
        }
        (Mode::Projector, Input::Command(c)) => projector::update::update(app, c, now, effects),
        (panel @ (Mode::Help { .. } | Mode::Aims { .. } | Mode::FileInfo), Input::Command(c)) => {
            panel::update::update(app, panel, c, now)
        }
        // Text and pastes mean nothing to modes without an input: the mode stays as it was.
        (mode, _) => app.modes.push(mode),
    }
    if app.modes.is_empty() {
        app.modes.push(Mode::Normal);
    }
    // An editor holding a bad date stays open on it at the first quit (a second leaves).
    let held = matches!(app.mode(), Mode::Edit(e) if e.quit_warned);
    if quit && !held && !effects.iter().any(|e| matches!(e, Effect::Quit { .. })) {
        effects.push(Effect::Quit {
            rescue: app.quit_blocked,
        });
    }
}

/// Whether this input to `mode` would change the session: refused at once in a read-only
/// window. (Text and pastes go to what is being typed — a search, a path — except that a
/// paste on the main screen starts a new point.)
fn would_write(mode: &Mode, input: &Input) -> bool {
    match input {
        Input::Command(c) => common::writes(c),
        Input::Paste(_) => matches!(mode, Mode::Normal),
        Input::Text(_) => false,
    }
}

fn exported(app: &mut App, result: Result<Written, ExportFailed>) {
    match result {
        Ok(Written { paths, notes }) => {
            let key = app
                .keymap
                .label(super::modes::ModeKind::Normal, &Command::FileInfo);
            let mut text = exported_words(&paths, app.size.0 as usize, &key);
            app.exported = paths;
            if notes.is_empty() {
                return say(app, Level::Info, text);
            }
            // Past the form's limits: said with the files, as the command line says it.
            text.push_str(&crate::tr!(
                "tui-export-notes",
                count = notes.len(),
                notes = notes.join("; ")
            ));
            say(app, Level::Warning, text)
        }
        Err(e) => say(
            app,
            Level::Error,
            crate::tr!("tui-export-failed", error = e.to_string()),
        ),
    }
}

/// "Exported to ~/breakout/: asia.report.md, .txt, .docx": the folder (the home folder as
/// `~`, its start cut when it leaves too little room in `width` columns) and the files'
/// names, each after the first without what they share with it. When the folder is cut,
/// the message names `key`, which opens the file panel: it shows the whole paths.
pub fn exported_words(paths: &[std::path::PathBuf], width: usize, key: &str) -> String {
    let name = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let names: Vec<String> = paths.iter().map(|p| name(p)).collect();
    let stem = |n: &str| n.rfind('.').map_or(n.len(), |dot| dot);
    let files: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| match names.first() {
            Some(first)
                if i > 0 && stem(n) == stem(first) && n[..stem(n)] == first[..stem(first)] =>
            {
                n[stem(n)..].to_owned()
            }
            _ => n.clone(),
        })
        .collect();
    let files = files.join(", ");
    let folder = paths
        .first()
        .and_then(|p| p.parent())
        .map(|d| {
            let shown = match dirs::home_dir()
                .and_then(|h| d.strip_prefix(h).ok().map(|r| r.to_path_buf()))
            {
                Some(rest) if rest.as_os_str().is_empty() => "~".to_owned(),
                Some(rest) => format!("~/{}", rest.display()),
                None => d.display().to_string(),
            };
            let sep = std::path::MAIN_SEPARATOR;
            if shown.ends_with(sep) {
                shown
            } else {
                format!("{shown}{sep}")
            }
        })
        .unwrap_or_default();
    let full = crate::tr!(
        "tui-exported",
        folder = folder.as_str(),
        files = files.as_str()
    );
    let room = width.saturating_sub(2);
    if unicode_width::UnicodeWidthStr::width(full.as_str()) <= room {
        return full;
    }
    let with = |folder: &str| {
        crate::tr!(
            "tui-exported-cut",
            folder = folder,
            files = files.as_str(),
            key = key
        )
    };
    let over = unicode_width::UnicodeWidthStr::width(with(&folder).as_str()).saturating_sub(room);
    // The folder's end says most: its start goes, down to "…" and the last folder's name.
    let chars: Vec<char> = folder.chars().collect();
    let keep = chars.len().saturating_sub(over + 1).max(
        folder
            .trim_end_matches(std::path::MAIN_SEPARATOR)
            .rsplit(std::path::MAIN_SEPARATOR)
            .next()
            .map_or(0, |last| last.chars().count() + 2),
    );
    let cut: String = chars[chars.len().saturating_sub(keep)..].iter().collect();
    with(&format!("…{cut}"))
}

/// Merges a file from another laptop into the session, and says what came in.
fn arrived(app: &mut App, arrival: Arrival, now: DateTime<Utc>) {
    let session = match arrival.result {
        Ok(s) => s,
        Err(reason) => {
            say(
                app,
                Level::Warning,
                crate::tr!(
                    "tui-merge-refused",
                    file = arrival.name.as_str(),
                    reason = reason.to_string()
                ),
            );
            return;
        }
    };
    if app.read_only.is_some() {
        say(
            app,
            Level::Warning,
            crate::tr!("tui-merge-read-only", file = arrival.name.as_str()),
        );
        return;
    }
    let before = app.session.clone();
    match app.session.merge_from(&session) {
        Ok(report) => {
            tracing::info!(
                file = arrival.name,
                new = report.new,
                updated = report.updated,
                deleted = report.deleted,
                "merged"
            );
            if report.changed_anything() {
                keep_through_undo(app, &before);
                changed(app);
                app.last_arrival = Some((arrival.name.clone(), now));
                say(
                    app,
                    Level::Info,
                    crate::tr!(
                        "tui-merged",
                        file = arrival.name.as_str(),
                        report = report.to_string()
                    ),
                );
            } else {
                say(
                    app,
                    Level::Info,
                    crate::tr!(
                        "tui-merged-nothing-new",
                        file = arrival.name.as_str(),
                        report = report.to_string()
                    ),
                );
            }
            if app.selected_item().is_none() {
                app.selected = first_item(app.rows());
            }
        }
        Err(e) => say(
            app,
            Level::Warning,
            crate::tr!(
                "tui-merge-refused",
                file = arrival.name.as_str(),
                reason = e.to_string()
            ),
        ),
    }
}

/// A version of this window's own file that someone else put on disk (a sync tool bringing
/// another laptop's): merged in, so that the next save holds both. The window's own saves
/// come back this way too, and merge to nothing. A file gone or unreadable is saved again at
/// once, the store keeping an unreadable one as a copy and saying so.
fn own_file(app: &mut App, f: Followed) {
    match f {
        Followed::Session(theirs) => changed_on_disk(app, &theirs),
        Followed::Gone | Followed::Unreadable(_) => common::text_changed(app),
    }
}

/// What a save found on disk that it had not written: merged into what it wrote, and now
/// into the window's session too; or kept as a copy, which the window says.
fn found_on_disk(app: &mut App, found: crate::storage::FoundOnDisk) {
    use crate::storage::FoundOnDisk as F;
    match found {
        F::Merged(theirs) => changed_on_disk(app, &theirs),
        F::Kept { copy, reason } => say(
            app,
            Level::Warning,
            crate::tr!(
                "tui-disk-version-kept",
                file = file_name(&app.path),
                reason = reason,
                copy = file_name(&copy)
            ),
        ),
    }
}

fn changed_on_disk(app: &mut App, theirs: &Session) {
    let before = app.session.clone();
    match app.session.merge_from(theirs) {
        Ok(report) if report.changed_anything() => {
            keep_through_undo(app, &before);
            changed(app);
            say(
                app,
                Level::Info,
                crate::tr!(
                    "tui-changed-on-disk",
                    file = file_name(&app.path),
                    new = report.new,
                    updated = report.updated,
                    deleted = report.deleted
                ),
            );
            if app.selected_item().is_none() {
                app.selected = first_item(app.rows());
            }
        }
        Ok(_) => {}
        // Another plan's session: saving again keeps it as a copy and says so.
        Err(_) => common::text_changed(app),
    }
}

/// The entries a merge brought (what changed since `before`) go into every undo step too:
/// undoing a change made here must not take another laptop's entries away again (an undo
/// writes entries added since as deleted).
fn keep_through_undo(app: &mut App, before: &Session) {
    let brought: Vec<crate::model::Item> = app
        .session
        .all_items()
        .filter(|i| before.item(i.id) != Some(*i))
        .cloned()
        .collect();
    if brought.is_empty() {
        return;
    }
    for step in app.undo.iter_mut().chain(app.redo.iter_mut()) {
        step.put_items_unchecked(brought.iter().cloned());
    }
}

/// A new version of the file this read-only window follows takes the old one's place, the
/// viewer staying where they were; or, when there is none, why (the last version read stays
/// on screen).
fn followed(app: &mut App, f: Followed) {
    let file = file_name(&app.path);
    match f {
        Followed::Session(session) => {
            if app.follow_problem.take().is_some() {
                say(app, Level::Info, crate::tr!("tui-follow-back", file = file));
            }
            if *session != app.session {
                replace_session(app, *session);
            }
        }
        Followed::Gone => follow_problem(app, crate::tr!("tui-follow-gone", file = file)),
        Followed::Unreadable(why) => follow_problem(
            app,
            crate::tr!(
                "tui-follow-unreadable",
                file = file,
                reason = why.to_string()
            ),
        ),
    }
}

fn follow_problem(app: &mut App, text: String) {
    app.follow_problem = Some(text.clone());
    say(app, Level::Warning, text);
}

/// Puts a newer version of the session in place, keeping the table, question and selected
/// entry the viewer chose (by id: the file's order may differ). A selected entry that was
/// deleted gives way to its neighbour. When the writer moved the agenda to a phase that
/// names its question, the viewer's question follows it; otherwise it is left alone.
fn replace_session(app: &mut App, new: Session) {
    let table = app.table_id().cloned();
    let question = app.question_id().cloned();
    let phase = |s: &Session| s.agenda.as_ref().map(|a| a.phase);
    let moved_phase = phase(&app.session) != phase(&new);
    let rows = app.rows().to_vec();
    let selected = app.selected;
    app.session = new;
    let plan = &app.session.plan;
    app.table = table
        .and_then(|t| plan.tables.iter().position(|x| x.id == t))
        .unwrap_or(app.table)
        .min(plan.tables.len().saturating_sub(1));
    if let Some(q) = question {
        app.question = plan.questions.iter().position(|x| x.id == q);
    }
    if let Some(q) = app.session.phase_question().filter(|_| moved_phase) {
        app.question = Some(q);
    }
    changed(app);
    if let Some(id) = selected
        && app.selected_item().is_none()
    {
        reselect_after_removal(app, &rows, id);
    }
    let here = app.table_id().cloned();
    if app.selected_item().is_none_or(|i| i.table != here) {
        app.selected = first_item(app.rows());
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// What the footer says first: what was opened, or why it is read-only. A projector window
/// says nothing: the wall shows only the session.
fn opening_message(app: &App) -> Option<Message> {
    if matches!(app.mode(), Mode::Projector) {
        return None;
    }
    if let Some(why) = &app.read_only {
        return Some(Message {
            text: crate::tr!("tui-read-only", reason = why.as_str()),
            level: Level::Warning,
        });
    }
    if !app.config.problems.is_empty() {
        return Some(Message {
            text: crate::tr!(
                "tui-config-problems",
                key = app
                    .keymap
                    .label(super::modes::ModeKind::Normal, &Command::FileInfo),
                count = app.config.problems.len()
            ),
            level: Level::Warning,
        });
    }
    let live = app.session.live_items().count();
    if live == 0 {
        return None;
    }
    let path = &app.path;
    let last = app.session.live_items().map(|i| i.updated).max();
    Some(Message {
        text: {
            let file = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            match last {
                Some(t) => crate::tr!(
                    "tui-opened-last-change",
                    file = file,
                    count = live,
                    time = t
                        .with_timezone(&chrono::Local)
                        .format("%H:%M:%S")
                        .to_string()
                ),
                None => crate::tr!("tui-opened", file = file, count = live),
            }
        },
        level: Level::Info,
    })
}
