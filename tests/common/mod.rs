//! Shared fixtures for the tests that drive breakout from outside. A test file takes them with
//! `mod common;` and uses what it needs:
//!
//! - [`clock`]: the one fixed clock every session and entry a test makes is stamped with;
//! - [`session`]: the one session builder (default plan, entries of every kind and script,
//!   written with the crate's own encoder);
//! - [`bin`]: the one runner of the built binary (private HOME, captured output, a time limit),
//!   and of this test binary re-run as a helper child;
//! - [`tmux`]: the one tmux driver for end-to-end tests through a real terminal;
//! - [`mount`]: real mounts (tmpfs, read-only) for fault tests;
//! - [`piped`]: the binary kept running with pipes, typed at over time (plain mode);
//! - [`syncthing`]: real Syncthing instances on 127.0.0.1, one per laptop, sharing a folder.
//!
//! Below: the few helpers that are none of those (files of this repository, folder listings,
//! waiting for something with a deadline).
//!
//! - [`screen`]: a drawn screen (ratatui buffer) as text, for the TUI tests.

// Each test binary uses a part of the fixtures; the rest is not dead, only unused there.
#![allow(dead_code)]

pub mod bin;
pub mod clock;
pub mod mount;
pub mod piped;
pub mod screen;
pub mod session;
pub mod syncthing;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A file of this repository, e.g. `repo("sessions/gfmd-2016-csd-4.1.json")`.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The names in `dir`, sorted; none when it does not exist.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| {
                    let e = e.unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()));
                    e.file_name().to_string_lossy().into_owned()
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// How often [`poll`] looks.
pub const POLL: Duration = Duration::from_millis(10);

/// Calls `f` every [`POLL`] until it returns something or `limit` has passed. Tests wait with
/// this for what happens on another thread or in another process, never a fixed time.
pub fn poll<T>(limit: Duration, f: impl FnMut() -> Option<T>) -> Option<T> {
    poll_every(POLL, limit, f)
}

/// [`poll`], looking every `every` (for a look that costs a process, such as a tmux command).
pub fn poll_every<T>(
    every: Duration,
    limit: Duration,
    mut f: impl FnMut() -> Option<T>,
) -> Option<T> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(every);
    }
}
