//! Following a session file that another breakout writes: a read-only window (a projector on
//! the wall, a second look at the rapporteur's file) shows each new version within about a
//! second of its autosave.
//!
//! The file's folder is watched through the system's change events (`notify`: inotify on
//! Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows), not the file itself: a save
//! writes a temporary file and renames it over the session file, which replaces the file the
//! system would have been watching. Nothing runs while nothing changes. A burst of events (a
//! save is several) gives one read. When change events cannot be had (the system's limit of
//! watches is reached, a file system without them), the file's modified time and length are
//! looked at once a second instead, quietly.
//!
//! A version that does not parse because it is empty or cut short (a tool writing in place) is
//! not delivered: it is read again shortly, and only reported if it stays so. Whatever goes
//! wrong, the caller keeps what it last received. (Folders of other laptops' files, which sync
//! tools and shares fill, are polled instead: see `watch`; their change events are unreliable.)

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::atomic::parent_dir;
use super::error::LoadError;
use super::load;
use crate::model::Session;

/// What the follower reports.
#[derive(Debug)]
pub enum Followed {
    /// The file as it is now (the first look reports it too).
    Session(Box<Session>),
    /// The file is not there any more (deleted, or renamed away). Reported once; a file that
    /// comes back is reported as a `Session` again.
    Gone,
    /// The file is there but is not a session breakout can read (reported once per version).
    Unreadable(LoadError),
}

/// How quickly the follower reacts; the tests make it impatient.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Events closer together than this are one change: the file is read once they stop.
    pub settle: Duration,
    /// A file that is empty or cut short is read again after this long…
    pub retry: Duration,
    /// …this many times, before it is reported as unreadable.
    pub retries: u32,
    /// How often the file is looked at when change events cannot be had.
    pub poll: Duration,
    /// Look every `poll` even when change events could be had (tests of the fallback).
    pub force_polling: bool,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            settle: Duration::from_millis(80),
            retry: Duration::from_millis(250),
            retries: 8,
            poll: Duration::from_secs(1),
            force_polling: false,
        }
    }
}

/// The longest a steady stream of events can put off a read.
const SETTLE_AT_MOST: Duration = Duration::from_millis(600);

/// A running follower; dropping it stops it.
#[derive(Debug)]
pub struct Follower {
    wake: Sender<Wake>,
}

impl Drop for Follower {
    fn drop(&mut self) {
        let _ = self.wake.send(Wake::Stop);
    }
}

enum Wake {
    Event(notify::Result<notify::Event>),
    Stop,
}

/// Follows `path` on its own thread with the usual timing, calling `deliver` with the file as
/// it is now, and again whenever it changes. Stops when the follower is dropped or `deliver`
/// returns false.
pub fn follow(
    path: PathBuf,
    deliver: impl FnMut(Followed) -> bool + Send + 'static,
) -> std::io::Result<Follower> {
    follow_with(path, Timing::default(), deliver)
}

/// As [`follow`], with the given timing.
pub fn follow_with(
    path: PathBuf,
    timing: Timing,
    deliver: impl FnMut(Followed) -> bool + Send + 'static,
) -> std::io::Result<Follower> {
    let (tx, rx) = mpsc::channel();
    let events = tx.clone();
    std::thread::Builder::new()
        .name("follow".into())
        .spawn(move || {
            let mut state = State {
                path,
                timing,
                deliver,
                seen: None,
                gone: false,
                reported: false,
                tries: 0,
            };
            state.run(&rx, events);
        })?;
    Ok(Follower { wake: tx })
}

/// What identifies a version of the file without reading it (the autosaver's guard uses it
/// too: see `Store`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    modified: Option<SystemTime>,
    len: u64,
    /// The file's identity: a rename over it gives a new one.
    #[cfg(unix)]
    inode: u64,
}

pub(crate) fn signature(path: &Path) -> std::io::Result<Signature> {
    let meta = std::fs::metadata(path)?;
    Ok(Signature {
        modified: meta.modified().ok(),
        len: meta.len(),
        #[cfg(unix)]
        inode: std::os::unix::fs::MetadataExt::ino(&meta),
    })
}

struct State<F> {
    path: PathBuf,
    timing: Timing,
    deliver: F,
    /// The version last read (delivered, or reported as unreadable).
    seen: Option<Signature>,
    /// `Gone` was the last thing delivered.
    gone: bool,
    /// This version was reported as unreadable.
    reported: bool,
    /// Reads of a version that was empty or cut short, so far.
    tries: u32,
}

/// What a look at the file asks for next.
enum Next {
    Wait,
    Retry,
    Stop,
}

impl<F: FnMut(Followed) -> bool> State<F> {
    fn run(&mut self, rx: &Receiver<Wake>, events: Sender<Wake>) {
        let dir = parent_dir(&self.path).to_path_buf();
        let mut watcher = if self.timing.force_polling {
            None
        } else {
            watch(&dir, events.clone())
        };
        // Polling only stands in for a watch that was lost, not one the system refused at
        // the start or the caller declined: a lost one is set up again when it can be.
        let had_watch = watcher.is_some();
        // The first look is delivered whatever it finds: the caller may have read an older
        // version before the follower started.
        let mut retry_at = match self.look(true) {
            Next::Stop => return,
            Next::Retry => Some(Instant::now() + self.timing.retry),
            Next::Wait => None,
        };
        loop {
            let polling = watcher.is_none();
            let deadline = match (retry_at, polling) {
                (Some(r), _) => Some(r),
                (None, true) => Some(Instant::now() + self.timing.poll),
                (None, false) => None,
            };
            let got = match deadline {
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(d) => rx.recv_timeout(d.saturating_duration_since(Instant::now())),
            };
            let force = match got {
                Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                Ok(Wake::Event(Ok(e))) if !self.concerns(&dir, &e) => continue,
                Ok(Wake::Event(result)) => {
                    if result.is_err() {
                        // The watch broke (the system dropped it): look every second instead.
                        watcher = None;
                    }
                    if !self.settle(rx) {
                        return;
                    }
                    false
                }
                // A retry is due, or it is time to poll.
                Err(RecvTimeoutError::Timeout) => retry_at.is_some(),
            };
            retry_at = match self.look(force) {
                Next::Stop => return,
                Next::Retry => Some(Instant::now() + self.timing.retry),
                Next::Wait => None,
            };
            // The folder itself went away: its watch went with it. Look every second until
            // it is back, then watch it again.
            if !dir.is_dir() {
                watcher = None;
            } else if watcher.is_none() && had_watch {
                watcher = watch(&dir, events.clone());
            }
        }
    }

    /// Whether an event may be about the followed file.
    fn concerns(&self, dir: &Path, e: &notify::Event) -> bool {
        if let EventKind::Access(kind) = e.kind
            && kind != AccessKind::Close(AccessMode::Write)
        {
            // Someone (this follower included) opened or read a file: nothing changed.
            return false;
        }
        let name = self.path.file_name();
        // No paths: the system lost track (an overflow); look again to be sure.
        e.paths.is_empty() || e.paths.iter().any(|p| p.file_name() == name || p == dir)
    }

    /// Waits until events stop coming for a moment (a save is several of them), at most
    /// `SETTLE_AT_MOST`. False when asked to stop meanwhile.
    fn settle(&self, rx: &Receiver<Wake>) -> bool {
        let until = Instant::now() + SETTLE_AT_MOST;
        loop {
            let wait = self
                .timing
                .settle
                .min(until.saturating_duration_since(Instant::now()));
            match rx.recv_timeout(wait) {
                Ok(Wake::Stop) | Err(RecvTimeoutError::Disconnected) => return false,
                Ok(Wake::Event(_)) if Instant::now() < until => {}
                Ok(Wake::Event(_)) | Err(RecvTimeoutError::Timeout) => return true,
            }
        }
    }

    /// Looks at the file; reads it when it changed (or `force`), and delivers what it found.
    fn look(&mut self, force: bool) -> Next {
        let sig = match signature(&self.path) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return self.gone(),
            // Not readable just now (permissions changing, a share reconnecting): try later.
            Err(_) => return self.not_ready(),
        };
        if !force && self.seen == Some(sig) && !self.gone {
            return Next::Wait;
        }
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return self.gone(),
            Err(_) => return self.not_ready(),
        };
        let parsed = load::detect(&self.path, &bytes)
            .and_then(|kind| match kind {
                super::Kind::Session => Ok(()),
                found => Err(LoadError::WrongKind {
                    path: self.path.clone(),
                    expected: super::Kind::Session,
                    found,
                }),
            })
            .and_then(|()| load::parse_session(&self.path, &bytes));
        match parsed {
            Ok(session) => {
                self.seen = Some(sig);
                self.gone = false;
                self.reported = false;
                self.tries = 0;
                self.send(Followed::Session(Box::new(session)))
            }
            // Empty or cut short: still being written, in all likelihood.
            Err(LoadError::Empty { .. } | LoadError::Syntax { .. })
                if self.tries < self.timing.retries =>
            {
                self.not_ready()
            }
            Err(e) => {
                let first = self.seen != Some(sig) || !self.reported;
                self.seen = Some(sig);
                self.tries = 0;
                self.gone = false;
                if first {
                    self.reported = true;
                    return self.send(Followed::Unreadable(e));
                }
                Next::Wait
            }
        }
    }

    fn not_ready(&mut self) -> Next {
        self.tries += 1;
        if self.tries > self.timing.retries {
            self.tries = 0;
            return Next::Wait;
        }
        Next::Retry
    }

    fn gone(&mut self) -> Next {
        self.seen = None;
        self.tries = 0;
        if self.gone {
            return Next::Wait;
        }
        self.gone = true;
        self.send(Followed::Gone)
    }

    fn send(&mut self, what: Followed) -> Next {
        if (self.deliver)(what) {
            Next::Wait
        } else {
            Next::Stop
        }
    }
}

/// Watches `dir` (not its sub-folders), sending its events to the follower; `None` when the
/// system will not (then the follower polls).
fn watch(dir: &Path, to: Sender<Wake>) -> Option<RecommendedWatcher> {
    let handler = move |e: notify::Result<notify::Event>| {
        let _ = to.send(Wake::Event(e));
    };
    let mut w = notify::recommended_watcher(handler).ok()?;
    w.watch(dir, RecursiveMode::NonRecursive).ok()?;
    Some(w)
}

#[cfg(test)]
#[path = "follow_tests.rs"]
mod tests;
