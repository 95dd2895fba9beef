//! Plain mode: a line-oriented session for screen readers and braille displays, and for
//! pipes. A prompt names the table and question; a line of text is a new discussion point; a
//! line starting with `/` is a command; every answer is one sentence (or a sentence and a
//! list), printed as plain lines: no colour, no cursor movement, no escape sequence.
//!
//! The loop is thin, like the live screen's: one channel carries lines (from an input
//! thread), signals, save reports, and files arriving from other laptops. Parsing
//! (`command`) and applying (`apply`, `describe`) are pure; saving, locking, merging and
//! exporting go through the storage layer exactly as the live screen uses it.

pub mod apply;
pub mod command;
pub mod describe;
pub mod fields;
pub mod form;
pub mod reply;
pub mod state;

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use chrono::Utc;

use crate::model::Session;
use crate::storage::{AutosaveConfig, Autosaver, SaveState, Store};
use crate::tr;
use apply::{Effect, Reply, State};

/// What reaches the loop.
enum Event {
    Line(String),
    /// End of input (Ctrl-D, or the end of a pipe).
    End,
    /// A signal asked to stop.
    Stop,
    Saved(SaveState),
    Arrived(crate::storage::watch::Arrival),
    /// A new version of the file a read-only session follows, or why there is none.
    Followed(crate::storage::follow::Followed),
}

/// How the session ended.
pub struct Ended {
    /// Set when the last save failed: where the notes went instead (or that they are lost).
    pub save_problem: Option<String>,
}

/// Text made safe to print: every control character but the line end becomes a space, so
/// nothing in an entry (or a file from another laptop) can move the cursor or colour a
/// braille display's line.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// Writes plain lines to standard output; remembers whether a prompt is waiting on its line.
struct Out {
    out: io::Stdout,
    at_prompt: bool,
}

impl Out {
    fn line(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let mut lock = self.out.lock();
        if self.at_prompt {
            // A message that did not answer a line (a file arrived) starts on its own line.
            let _ = lock.write_all(b"\n");
            self.at_prompt = false;
        }
        let _ = writeln!(lock, "{}", clean(text));
        let _ = lock.flush();
    }

    fn prompt(&mut self, text: &str) {
        let mut lock = self.out.lock();
        let _ = write!(lock, "{}", clean(text));
        let _ = lock.flush();
        self.at_prompt = true;
    }

    /// The line the user typed ended the prompt's line.
    fn answered(&mut self) {
        self.at_prompt = false;
    }

    /// Input ended (Ctrl-D, the end of a pipe, a signal) with the prompt waiting on its
    /// line: end that line, so the last sentence is a line of its own.
    fn end(&mut self) {
        if self.at_prompt {
            let mut lock = self.out.lock();
            let _ = lock.write_all(b"\n");
            let _ = lock.flush();
            self.at_prompt = false;
        }
    }
}

/// Reads standard input line by line on its own thread.
fn spawn_input(tx: mpsc::Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            let stdin = io::stdin();
            let mut lock = stdin.lock();
            loop {
                let mut bytes = Vec::new();
                match lock.read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => {
                        let _ = tx.send(Event::End);
                        return;
                    }
                    Ok(_) => {
                        let line = String::from_utf8_lossy(&bytes).into_owned();
                        if tx.send(Event::Line(line)).is_err() {
                            return;
                        }
                    }
                }
            }
        })
        .map(drop)
}

pub fn run(
    session: Session,
    store: Store,
    read_only: Option<String>,
    watch: Option<PathBuf>,
) -> io::Result<Ended> {
    let mut path = store.path().to_path_buf();
    let (tx, rx) = mpsc::channel::<Event>();
    let mut saver = read_only.is_none().then(|| {
        let notify = tx.clone();
        Autosaver::spawn(
            store,
            AutosaveConfig::default(),
            Some(Box::new(move |s: &SaveState| {
                let _ = notify.send(Event::Saved(s.clone()));
            })),
        )
    });
    // A kill signal, a closed terminal or console stops the loop, which saves first (as on
    // the live screen); the guard lets a Windows console handler wait for that save.
    let stop_tx = tx.clone();
    let _listening = crate::stop::listen(move || {
        let _ = stop_tx.send(Event::Stop);
    })?;
    spawn_input(tx.clone())?;
    // Where the session is saved, for the watcher to leave out (it moves with a save-as).
    let own = std::sync::Arc::new(std::sync::Mutex::new(path.clone()));
    if let Some(dir) = &watch {
        let arrivals = tx.clone();
        let own = std::sync::Arc::clone(&own);
        let own = move || own.lock().map(|p| p.clone()).unwrap_or_default();
        crate::storage::watch::watch(dir.clone(), own, move |a| {
            arrivals.send(Event::Arrived(a)).is_ok()
        });
    }
    // A read-only session follows the file as the copy that writes it saves. A session
    // that writes follows it too: a sync tool may put another laptop's version in its place,
    // which is merged in rather than saved over.
    let follow_tx = tx.clone();
    let follow = |path: &PathBuf| {
        let followed = follow_tx.clone();
        crate::storage::follow::follow(path.clone(), move |f| {
            followed.send(Event::Followed(f)).is_ok()
        })
        .ok()
    };
    let mut _follower = follow(&path);
    drop(tx);
    let mut state = State::new(session, path.clone(), read_only);
    state.watching = watch;
    let mut out = Out {
        out: io::stdout(),
        at_prompt: false,
    };
    if let Some(why) = &state.read_only {
        out.line(&tr!("plain-opened-read-only", why = why.as_str()));
    }
    out.line(&tr!("plain-welcome", place = describe::where_now(&state)));
    let mut save_problem = None;
    // Whether the user was told that saving fails (and not yet that it works again).
    let mut failing = false;
    // What following the file brought, said before the next prompt rather than over the
    // line being typed.
    let mut news = Following::default();
    loop {
        if !out.at_prompt {
            for line in news.take() {
                out.line(&line);
            }
            out.prompt(&describe::prompt(&state));
        }
        let event = rx.recv().unwrap_or(Event::End);
        let reply = match event {
            Event::Line(line) => {
                out.answered();
                // What came from the file first: the answer may count it.
                for said in news.take() {
                    out.line(&said);
                }
                // The save state as it is now, not as last reported (`/info` tells it).
                if let Some(s) = &saver {
                    state.save = s.state();
                }
                apply::apply(&mut state, command::parse(&line), Utc::now())
            }
            Event::End | Event::Stop => {
                save_problem = final_save(saver.as_ref(), &state.session, &path, true);
                break;
            }
            Event::Saved(mut s) => {
                let said = save_news(&mut failing, &s);
                let found = s.found.take();
                state.save = s;
                if let Some(text) = said {
                    out.line(&text);
                }
                match found {
                    Some(found) => found_on_disk(&mut state, found),
                    None => continue,
                }
            }
            Event::Arrived(a) => apply::arrived(&mut state, &a_name(&a), arrival(a)),
            Event::Followed(f) if state.read_only.is_none() => own_file(&mut state, f),
            Event::Followed(f) => {
                news.followed(&mut state, f);
                continue;
            }
        };
        if !reply.text.is_empty() {
            out.line(&reply.text);
        }
        if perform(&mut state, &mut saver, reply, &mut out, &path) {
            break;
        }
        // After a save-as the session lives at its new path, and is followed there.
        if path != state.path {
            path.clone_from(&state.path);
            if let Ok(mut own) = own.lock() {
                own.clone_from(&path);
            }
            _follower = follow(&path);
        }
    }
    out.end();
    if let Some(s) = saver.take() {
        let last = s.finish();
        if save_problem.is_none()
            && let Some(e) = last.error
        {
            save_problem = Some(tr!("plain-last-save-failed", why = e));
        }
    }
    if save_problem.is_none() {
        out.line(&match &state.read_only {
            Some(_) => tr!("plain-closed-read-only", file = path.as_path()),
            None => tr!(
                "plain-saved",
                file = path.as_path(),
                count = state.session.live_items().count()
            ),
        });
    }
    Ok(Ended { save_problem })
}

/// A version of this session's own file that someone else put on disk (a sync tool bringing
/// another laptop's): merged in and saved, so that the file holds both. This session's own
/// saves come back this way too, and merge to nothing. A file gone or unreadable is saved
/// again at once (the store keeps an unreadable one as a copy, and says so).
fn own_file(state: &mut State, f: crate::storage::follow::Followed) -> Reply {
    use crate::storage::follow::Followed as F;
    match f {
        F::Session(theirs) => changed_on_disk(state, &theirs),
        F::Gone | F::Unreadable(_) => Reply {
            text: String::new(),
            effects: vec![Effect::Save],
        },
    }
}

/// What a save found on disk that it had not written: merged into what it wrote, and now
/// into the session here too; or kept as a copy, which is said.
fn found_on_disk(state: &mut State, found: crate::storage::FoundOnDisk) -> Reply {
    use crate::storage::FoundOnDisk as F;
    match found {
        F::Merged(theirs) => changed_on_disk(state, &theirs),
        F::Kept { copy, reason } => Reply::say(tr!(
            "plain-disk-version-kept",
            file = file_name(&state.path),
            why = reason,
            copy = file_name(&copy)
        )),
    }
}

fn changed_on_disk(state: &mut State, theirs: &Session) -> Reply {
    let before = state.session.clone();
    match state.session.merge_from(theirs) {
        Ok(report) if report.changed_anything() => {
            // The entries it brought go into every undo step too: undoing a change made here
            // must not take the other laptop's entries away again.
            let brought: Vec<crate::model::Item> = state
                .session
                .all_items()
                .filter(|i| before.item(i.id) != Some(*i))
                .cloned()
                .collect();
            for step in state.undo.iter_mut().chain(state.redo.iter_mut()) {
                step.before.put_items_unchecked(brought.iter().cloned());
            }
            reply::saved(tr!(
                "plain-changed-on-disk",
                file = file_name(&state.path),
                new = report.new,
                updated = report.updated,
                deleted = report.deleted
            ))
        }
        Ok(_) => Reply::default(),
        // Another plan's session: saving again keeps it as a copy and says so.
        Err(_) => Reply {
            text: String::new(),
            effects: vec![Effect::Save],
        },
    }
}

/// What following the file brought since the last prompt.
#[derive(Default)]
struct Following {
    /// Entries that came in new versions of the file.
    new: usize,
    /// The file's trouble (gone, unreadable) or its return, in words, once each.
    said: Vec<String>,
    /// The file is gone or unreadable: its next good version says it is back.
    troubled: bool,
}

impl Following {
    /// A new version of the file replaces the session quietly (the table, question and last
    /// entry stay as they were); trouble with the file keeps the last version.
    fn followed(&mut self, state: &mut State, f: crate::storage::follow::Followed) {
        use crate::storage::follow::Followed as F;
        let file = file_name(&state.path);
        match f {
            F::Session(session) => {
                if std::mem::take(&mut self.troubled) {
                    self.said.push(tr!("plain-follow-back", file = file));
                }
                let had: std::collections::HashSet<_> =
                    state.session.live_items().map(|i| i.id).collect();
                self.new += session
                    .live_items()
                    .filter(|i| !had.contains(&i.id))
                    .count();
                // The writer moved the agenda to a phase that names its question: follow it;
                // otherwise the question chosen here stays.
                let phase = |s: &Session| s.agenda.as_ref().map(|a| a.phase);
                let moved_phase = phase(&state.session) != phase(&session);
                state.session = *session;
                if let Some(q) = state.session.phase_question().filter(|_| moved_phase) {
                    state.question = Some(q);
                }
                if state
                    .current
                    .is_some_and(|id| state.session.item(id).is_none_or(|i| !i.is_live()))
                {
                    state.current = None;
                }
            }
            F::Gone => {
                self.troubled = true;
                self.said.push(tr!("plain-follow-gone", file = file));
            }
            F::Unreadable(why) => {
                self.troubled = true;
                self.said.push(tr!(
                    "plain-follow-unreadable",
                    file = file,
                    why = why.to_string()
                ));
            }
        }
    }

    /// The sentences to say now, once.
    fn take(&mut self) -> Vec<String> {
        let mut lines = std::mem::take(&mut self.said);
        if self.new > 0 {
            lines.push(tr!(
                "plain-follow-new",
                count = std::mem::take(&mut self.new)
            ));
        }
        lines
    }
}

/// Does what a command asked beyond changing the state; true when the session should end.
fn perform(
    state: &mut State,
    saver: &mut Option<Autosaver>,
    reply: Reply,
    out: &mut Out,
    path: &Path,
) -> bool {
    for effect in reply.effects {
        match effect {
            Effect::Save => {
                if let Some(s) = saver.as_mut() {
                    s.submit(state.session.clone());
                }
            }
            Effect::Export => out.line(&export(&state.session, path)),
            Effect::SaveAs(to) => {
                let Some(s) = saver.as_mut() else { continue };
                // A line at a time: wait for the answer before the next prompt.
                let (tx, rx) = mpsc::channel();
                s.save_as(
                    to,
                    state.session.clone(),
                    Box::new(move |r| {
                        let _ = tx.send(r);
                    }),
                );
                match rx.recv() {
                    Ok(Ok(new)) => {
                        out.line(&tr!("plain-saved-as", file = new.as_path()));
                        state.path = new;
                    }
                    Ok(Err(e)) => out.line(&tr!("plain-save-as-failed", why = e.to_string())),
                    Err(_) => out.line(&tr!(
                        "plain-save-as-failed",
                        why = crate::storage::AutosaveError::Stopped.to_string()
                    )),
                }
            }
            Effect::Import(from) => {
                let arrivals = crate::storage::watch::read_once(&from, Some(path));
                if arrivals.is_empty() {
                    out.line(&tr!("plain-import-none", path = from.as_path()));
                }
                for a in arrivals {
                    let name = a_name(&a);
                    let r = apply::arrived(state, &name, arrival(a));
                    out.line(&r.text);
                    if r.effects.contains(&Effect::Save)
                        && let Some(s) = saver.as_mut()
                    {
                        s.submit(state.session.clone());
                    }
                }
            }
            Effect::Quit { rescue } => {
                match saver.as_ref().map(Autosaver::flush) {
                    Some(Err(e)) if !rescue => {
                        // Never leave silently with notes that are only in memory.
                        state.quit_blocked = true;
                        out.line(&tr!("plain-quit-blocked", why = e.to_string()));
                    }
                    Some(Err(_)) => {
                        if let Some(problem) =
                            final_save(saver.as_ref(), &state.session, path, true)
                        {
                            out.line(&problem);
                        }
                        return true;
                    }
                    _ => return true,
                }
            }
        }
    }
    false
}

/// Writes the report beside the session file, as the live screen's export does.
fn export(session: &Session, path: &Path) -> String {
    let written = crate::export::report_files(session, path)
        .map_err(|e| e.to_string())
        .and_then(|report| {
            crate::storage::atomic::write_files(&report.files)
                .map(|paths| (paths, report.notes))
                .map_err(|e| e.to_string())
        });
    match written {
        Ok((paths, notes)) => {
            let names: Vec<String> = paths.iter().map(|p| file_name(p)).collect();
            let dir = crate::storage::atomic::parent_dir(path);
            let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
            let mut said = tr!(
                "plain-exported",
                files = names.join(", "),
                dir = dir.as_path(),
                count = names.len()
            );
            // Past the form's limits: said with the files, as on the live screen.
            if !notes.is_empty() {
                said.push(' ');
                said.push_str(&tr!(
                    "plain-export-notes",
                    count = notes.len(),
                    notes = notes.join("; ")
                ));
            }
            said
        }
        Err(why) => tr!("plain-export-failed", why = why),
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn a_name(a: &crate::storage::watch::Arrival) -> String {
    use crate::storage::watch::Arrival as A;
    match a {
        A::Session { path, .. } | A::Rejected { path, .. } => file_name(path),
    }
}

fn arrival(a: crate::storage::watch::Arrival) -> Result<Session, String> {
    use crate::storage::watch::Arrival as A;
    match a {
        A::Session { session, .. } => Ok(*session),
        A::Rejected { reason, .. } => Err(reason.to_string()),
    }
}

/// What to say when saving starts failing, or works again: once, not at every retry.
fn save_news(failing: &mut bool, now: &SaveState) -> Option<String> {
    match (&now.error, *failing) {
        (Some(e), false) => {
            *failing = true;
            Some(if now.elsewhere {
                tr!("plain-save-failing-elsewhere", why = e.as_str())
            } else {
                tr!("plain-save-failing", why = e.as_str())
            })
        }
        (None, true) if !now.pending() => {
            *failing = false;
            Some(tr!("plain-save-works-again"))
        }
        _ => None,
    }
}

/// Saves what is pending at the end. If the session file cannot be written, writes a rescue
/// copy to the data folder (or the system's temporary folder) and says where (as the live
/// screen does at exit).
fn final_save(
    saver: Option<&Autosaver>,
    session: &Session,
    path: &Path,
    rescue: bool,
) -> Option<String> {
    let err = saver?.flush().err()?;
    if !rescue {
        return Some(err.to_string());
    }
    if let Some(rescue) = crate::storage::rescue::write_rescue_copy(session, path) {
        return Some(tr!(
            "plain-rescued",
            file = path,
            why = err.to_string(),
            rescue = rescue.as_path()
        ));
    }
    Some(tr!("plain-lost", file = path, why = err.to_string()))
}
