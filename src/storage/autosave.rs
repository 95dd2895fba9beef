//! Saving in the background. The caller hands over a snapshot after each change and goes on at
//! once; a worker thread waits for a pause in typing (or at most `max_delay`), then writes the
//! newest snapshot, and keeps retrying a failed save from memory. Snapshots share the
//! session's items (`Arc`) rather than copying them. A save into a [`Store`] merges in a
//! version of the file that another laptop put on disk meanwhile, and reports it once
//! (`SaveState::found`), so that the caller merges it too.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::error::SaveError;
use super::store::{FoundOnDisk, SaveAsError, Store};
use crate::model::Session;

/// Where the autosaver writes. [`Store`] is the real one; tests supply failing ones.
pub trait Sink: Send + 'static {
    fn save(&mut self, session: &Session) -> Result<(), SaveError>;

    /// Saves to another file from now on (see [`Store::save_as`]); returns the new path.
    fn save_as(&mut self, to: &Path, _session: &Session) -> Result<PathBuf, SaveAsError> {
        Err(SaveAsError::Same(to.to_path_buf()))
    }

    /// What the last successful save found on disk that it had not written itself (taken
    /// once). Sinks that never look say nothing.
    fn take_found(&mut self) -> Option<FoundOnDisk> {
        None
    }
}

impl Sink for Store {
    fn save(&mut self, session: &Session) -> Result<(), SaveError> {
        if let Some(found) = Store::save_guarded(self, session)? {
            self.found_on_disk(found);
        }
        Ok(())
    }

    fn take_found(&mut self) -> Option<FoundOnDisk> {
        Store::take_found(self)
    }

    fn save_as(&mut self, to: &Path, session: &Session) -> Result<PathBuf, SaveAsError> {
        Store::save_as(self, to, session)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct AutosaveConfig {
    /// Save once typing pauses this long.
    pub quiet: Duration,
    /// Save at least this often while changes keep coming.
    pub max_delay: Duration,
    /// First wait before retrying a failed save; doubles up to `max_retry`.
    pub retry: Duration,
    pub max_retry: Duration,
}

impl Default for AutosaveConfig {
    fn default() -> Self {
        AutosaveConfig {
            quiet: Duration::from_millis(300),
            max_delay: Duration::from_millis(1000),
            retry: Duration::from_secs(1),
            max_retry: Duration::from_secs(10),
        }
    }
}

/// What the caller can show about saving.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveState {
    /// When the last successful save finished.
    pub saved_at: Option<DateTime<Utc>>,
    /// Generation of the newest snapshot on disk (snapshots are numbered from 1).
    pub saved_generation: u64,
    /// Generation of the newest snapshot handed over.
    pub submitted_generation: u64,
    /// Why the last attempt failed, while it has not yet succeeded again (an
    /// [`AutosaveError`], as the user reads it).
    pub error: Option<String>,
    /// The last failure is one that saving to another folder gets round (the disk is full,
    /// or the folder cannot be written): a UI offers "save as".
    pub elsewhere: bool,
    /// What the save just made found on disk from elsewhere (merged in, or kept as a copy).
    /// Carried by the one report made right after that save, then cleared: the caller merges
    /// it into what it holds and says so.
    pub found: Option<FoundOnDisk>,
}

/// Why the autosaver did not save. It crosses from the worker thread to the caller's, so it
/// is `Clone + Send`: the save error is shared, not copied.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AutosaveError {
    #[error("{}", crate::tr!("storage-autosave-not-started"))]
    NotStarted,
    #[error("{}", crate::tr!("storage-autosave-stopped"))]
    Stopped,
    #[error(transparent)]
    Save(Arc<SaveError>),
}

// An AutosaveError must be able to cross threads and be kept: checked when compiling.
const _: fn() = || {
    fn crosses_threads<T: Clone + Send + Sync + 'static>() {}
    crosses_threads::<AutosaveError>();
};

impl SaveState {
    /// Changes handed over but not yet on disk.
    pub fn pending(&self) -> bool {
        self.submitted_generation > self.saved_generation
    }
}

enum Msg {
    Snapshot(u64, Box<Session>),
    Flush(Sender<Result<(), AutosaveError>>),
    SaveAs(u64, Box<Session>, PathBuf, Done),
}

/// Told, on the worker thread, how a "save as" went: the new path, or why not.
pub type Done = Box<dyn FnOnce(Result<PathBuf, Arc<SaveAsError>>) + Send>;

/// Handle to the background saver. Dropping it saves what is pending, then stops the worker.
pub struct Autosaver {
    tx: Option<Sender<Msg>>,
    state: Arc<Mutex<SaveState>>,
    generation: u64,
    worker: Option<JoinHandle<()>>,
}

type Notify = Box<dyn Fn(&SaveState) + Send>;

impl Autosaver {
    /// Starts the worker. `notify` is called on the worker thread whenever the save state
    /// changes (a UI uses it to wake up and redraw the indicator).
    pub fn spawn(sink: impl Sink, config: AutosaveConfig, notify: Option<Notify>) -> Autosaver {
        let (tx, rx) = mpsc::channel();
        let state = Arc::new(Mutex::new(SaveState::default()));
        let worker_state = Arc::clone(&state);
        let worker = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || run(sink, config, rx, worker_state, notify))
            .ok();
        let mut saver = Autosaver {
            tx: Some(tx),
            state,
            generation: 0,
            worker,
        };
        if saver.worker.is_none() {
            saver.tx = None;
            lock(&saver.state).error = Some(AutosaveError::NotStarted.to_string());
        }
        saver
    }

    /// Hands over the session as it is now. Returns at once; the write happens later.
    pub fn submit(&mut self, snapshot: Session) {
        self.generation += 1;
        lock(&self.state).submitted_generation = self.generation;
        let sent = self.tx.as_ref().is_some_and(|tx| {
            tx.send(Msg::Snapshot(self.generation, Box::new(snapshot)))
                .is_ok()
        });
        if !sent {
            lock(&self.state).error = Some(AutosaveError::Stopped.to_string());
        }
    }

    /// Saves the session as it is now to another file, and from then on there (see
    /// [`Store::save_as`]). Returns at once; `done` is called on the worker thread when it is
    /// done. If it fails, saving goes on to the old file as before.
    pub fn save_as(&mut self, to: PathBuf, snapshot: Session, done: Done) {
        self.generation += 1;
        lock(&self.state).submitted_generation = self.generation;
        let msg = Msg::SaveAs(self.generation, Box::new(snapshot), to, done);
        if let Some(tx) = self.tx.as_ref()
            && let Err(mpsc::SendError(Msg::SaveAs(_, _, _, done))) = tx.send(msg)
        {
            done(Err(Arc::new(SaveAsError::Save(SaveError::Io {
                path: PathBuf::new(),
                source: std::io::Error::other(AutosaveError::Stopped.to_string()),
            }))));
        }
    }

    pub fn state(&self) -> SaveState {
        lock(&self.state).clone()
    }

    /// Saves whatever is pending now and waits for the result.
    pub fn flush(&self) -> Result<(), AutosaveError> {
        let (reply, answer) = mpsc::channel();
        let tx = self.tx.as_ref().ok_or(AutosaveError::Stopped)?;
        tx.send(Msg::Flush(reply))
            .map_err(|_| AutosaveError::Stopped)?;
        answer.recv().map_err(|_| AutosaveError::Stopped)?
    }

    /// Saves what is pending and stops the worker; returns the final state.
    pub fn finish(mut self) -> SaveState {
        self.stop();
        self.state()
    }

    fn stop(&mut self) {
        // Closing the channel makes the worker write what is pending and return.
        self.tx = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.stop();
    }
}

fn lock(state: &Mutex<SaveState>) -> std::sync::MutexGuard<'_, SaveState> {
    // A panic elsewhere must not stop saves: the state is plain data, still usable.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Pending {
    generation: u64,
    session: Session,
    first_change: Instant,
    last_change: Instant,
}

/// Makes `session` the one to write next; the wait for quiet counts from the first change not
/// yet written.
fn pend(pending: &mut Option<Pending>, generation: u64, session: Session) {
    let now = Instant::now();
    let first_change = pending.as_ref().map_or(now, |p| p.first_change);
    *pending = Some(Pending {
        generation,
        session,
        first_change,
        last_change: now,
    });
}

fn run<S: Sink>(
    mut sink: S,
    config: AutosaveConfig,
    rx: Receiver<Msg>,
    state: Arc<Mutex<SaveState>>,
    notify: Option<Notify>,
) {
    let mut pending: Option<Pending> = None;
    let mut retry_at: Option<Instant> = None;
    let mut backoff = config.retry;
    let publish = |change: &dyn Fn(&mut SaveState)| {
        let snapshot = {
            let mut s = lock(&state);
            change(&mut s);
            s.clone()
        };
        if let Some(n) = &notify {
            n(&snapshot);
        }
    };

    let save = |sink: &mut S,
                pending: &mut Option<Pending>,
                retry_at: &mut Option<Instant>,
                backoff: &mut Duration|
     -> Result<(), AutosaveError> {
        let Some(p) = pending.as_ref() else {
            return Ok(());
        };
        match sink.save(&p.session) {
            Ok(()) => {
                let generation = p.generation;
                *pending = None;
                *retry_at = None;
                *backoff = config.retry;
                let found = sink.take_found();
                publish(&|s| {
                    s.saved_at = Some(Utc::now());
                    s.saved_generation = s.saved_generation.max(generation);
                    s.error = None;
                    s.elsewhere = false;
                    s.found = found.clone();
                });
                if found.is_some() {
                    // Reported once: later reports and `state()` do not repeat it.
                    lock(&state).found = None;
                }
                Ok(())
            }
            Err(e) => {
                // Keep the snapshot: the next attempt writes it again from memory.
                let reason = e.to_string();
                let elsewhere =
                    matches!(e, SaveError::DiskFull { .. } | SaveError::ReadOnly { .. });
                *retry_at = Some(Instant::now() + *backoff);
                *backoff = (*backoff * 2).min(config.max_retry);
                publish(&|s| {
                    s.error = Some(reason.clone());
                    s.elsewhere = elsewhere;
                });
                Err(AutosaveError::Save(Arc::new(e)))
            }
        }
    };

    loop {
        let msg = match &pending {
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(p) => {
                let due = (p.last_change + config.quiet).min(p.first_change + config.max_delay);
                let due = retry_at.map_or(due, |r| due.max(r));
                rx.recv_timeout(due.saturating_duration_since(Instant::now()))
            }
        };
        match msg {
            Ok(Msg::Snapshot(generation, session)) => pend(&mut pending, generation, *session),
            Ok(Msg::Flush(reply)) => {
                let result = save(&mut sink, &mut pending, &mut retry_at, &mut backoff);
                let _ = reply.send(result);
            }
            Ok(Msg::SaveAs(generation, session, to, done)) => {
                match sink.save_as(&to, &session) {
                    Ok(path) => {
                        // Everything up to this snapshot is in the new file.
                        if pending.as_ref().is_some_and(|p| p.generation <= generation) {
                            pending = None;
                        }
                        retry_at = None;
                        backoff = config.retry;
                        publish(&|s| {
                            s.saved_at = Some(Utc::now());
                            s.saved_generation = s.saved_generation.max(generation);
                            s.error = None;
                            s.elsewhere = false;
                        });
                        done(Ok(path));
                    }
                    Err(e) => {
                        // Not moved: the snapshot is saved (or retried) where it was.
                        pend(&mut pending, generation, *session);
                        done(Err(Arc::new(e)));
                    }
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                let _ = save(&mut sink, &mut pending, &mut retry_at, &mut backoff);
            }
            Err(RecvTimeoutError::Disconnected) => {
                // The handle is gone: one last attempt at what is pending.
                let _ = save(&mut sink, &mut pending, &mut retry_at, &mut backoff);
                return;
            }
        }
    }
}
