//! The log file, `breakout.log` in the data folder (where new sessions go): what breakout did
//! with files — saves, merges and arrivals, refused files, lock holders, start and stop — for
//! finding out afterwards what happened. Its lines are for diagnosis, in plain English.
//!
//! Logging never gets in the way: a data folder that cannot be written means no log and no
//! error; lines go to a writer thread through a bounded queue that drops lines rather than
//! wait, so the key loop never waits for the disk; and the file is bounded: past 1 MB at
//! start it becomes `breakout.log.1` (replacing the one before) and a new one begins.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The log's file name in the data folder.
pub const FILE: &str = "breakout.log";
/// The previous log's file name.
pub const OLD: &str = "breakout.log.1";
/// Past this size at start, the log is rolled over.
pub const LIMIT: u64 = 1 << 20;

/// Where this process logs, once logging has started.
static PATH: OnceLock<PathBuf> = OnceLock::new();

/// Keeps the writer thread going; dropping it writes what is queued.
#[must_use = "the log is written until this is dropped"]
pub struct Guard(#[allow(dead_code)] Option<tracing_appender::non_blocking::WorkerGuard>);

/// breakout's data folder: new sessions and the log go there (`~/.local/share/breakout` on
/// Linux).
pub fn data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("breakout"))
}

/// The log file, if this process is logging.
pub fn path() -> Option<&'static Path> {
    PATH.get().map(PathBuf::as_path)
}

/// Starts logging to the data folder's log, if it can be written; otherwise nothing.
pub fn start() -> Guard {
    match data_dir() {
        Some(dir) => start_in(&dir),
        None => Guard(None),
    }
}

/// Starts logging to `dir/breakout.log` (creating the folder, readable by its owner only).
/// Once per process; later calls do nothing.
pub fn start_in(dir: &Path) -> Guard {
    if PATH.get().is_some() {
        return Guard(None);
    }
    let Some((path, file)) = open(dir) else {
        return Guard(None);
    };
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .thread_name("log")
        .finish(file);
    let subscriber = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_target(false)
        .with_thread_names(true)
        .finish();
    if tracing::subscriber::set_global_default(subscriber).is_err() {
        return Guard(None);
    }
    let _ = PATH.set(path);
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        pid = std::process::id(),
        args = ?std::env::args().skip(1).collect::<Vec<_>>(),
        "start"
    );
    Guard(Some(guard))
}

/// Opens the log for appending, rolling it over first when it is past the limit.
fn open(dir: &Path) -> Option<(PathBuf, File)> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).ok()?;
    let path = dir.join(FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > LIMIT) {
        let _ = std::fs::rename(&path, dir.join(OLD));
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&path).ok()?;
    Some((path, file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_past_the_limit_is_rolled_over_and_a_folder_that_cannot_hold_one_gives_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        let big = vec![b'x'; usize::try_from(LIMIT).expect("fits") + 10];
        std::fs::write(dir.path().join(FILE), &big).expect("write");
        let (path, _file) = open(dir.path()).expect("opened");
        assert_eq!(path, dir.path().join(FILE));
        assert_eq!(std::fs::metadata(&path).expect("new").len(), 0);
        let old = std::fs::metadata(dir.path().join(OLD)).expect("rolled");
        assert_eq!(old.len(), big.len() as u64);
        // A small log is appended to, not rolled.
        std::fs::write(&path, b"line\n").expect("write");
        let (_, _file) = open(dir.path()).expect("opened");
        assert_eq!(std::fs::read(&path).expect("read"), b"line\n");
        // The data folder's place is taken by a file: no log, no error.
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, b"").expect("write");
        assert!(open(&blocked.join("breakout")).is_none());
    }
}
