//! One writer per session file. The lock is taken on `FILE.lock`, never on the session file
//! itself: every save renames a new file over the session file, so a lock on it would be left
//! on the old inode.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::atomic::lock_path;

/// Held for as long as a session is open for writing; released when dropped (or when the
/// process dies, however it dies).
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
    path: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", in_use(.session, .holder.as_deref()))]
    InUse {
        session: PathBuf,
        holder: Option<String>,
    },
    #[error("{}", crate::tr!("storage-lock-failed", path = .lock.as_path(), error = .source.to_string()))]
    Io { lock: PathBuf, source: io::Error },
}

fn in_use(session: &Path, holder: Option<&str>) -> String {
    match holder {
        Some(h) => crate::tr!("storage-in-use-by", path = session, holder = h),
        None => crate::tr!("storage-in-use", path = session),
    }
}

impl SessionLock {
    /// Takes the lock for the session file at `session`, or says who holds it.
    pub fn acquire(session: &Path) -> Result<SessionLock, LockError> {
        let path = lock_path(session);
        let io_err = |source| LockError::Io {
            lock: path.clone(),
            source,
        };
        let mut file = open_lock_file(&path).map_err(io_err)?;
        let ours = format!("process {} ", std::process::id());
        let mut tries = 0;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file
                        .rewind()
                        .and_then(|()| file.read_to_string(&mut holder));
                    let holder = holder.trim();
                    // A lock this process has just let go of stays held while a child that
                    // another thread is starting still has a copy of its descriptor (until the
                    // child runs its program): wait that moment out, never another holder.
                    if holder.starts_with(&ours) && tries < 10 {
                        tries += 1;
                        std::thread::sleep(std::time::Duration::from_millis(10));
                        continue;
                    }
                    tracing::info!(session = %session.display(), holder, "lock held by another process");
                    return Err(LockError::InUse {
                        session: session.to_path_buf(),
                        holder: (!holder.is_empty()).then(|| holder.to_owned()),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(io_err(e)),
            }
        }
        // Who holds it, for the message a second opener sees. Best effort: the lock itself is
        // what matters.
        let note = format!(
            "process {} on {}, since {}",
            std::process::id(),
            hostname(),
            chrono::Local::now().format("%H:%M on %Y-%m-%d")
        );
        let _ = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(note.as_bytes()));
        Ok(SessionLock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// This computer's name, as the second opener's message shows it.
fn hostname() -> String {
    let name = gethostname::gethostname();
    let name = name.to_string_lossy();
    let name = name.trim();
    if name.is_empty() {
        "this computer".to_owned()
    } else {
        name.to_owned()
    }
}
