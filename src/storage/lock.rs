//! One writer per session file. The lock is taken on `FILE.lock`, never on the session file
//! itself: every save renames a new file over the session file, so a lock on it would be left
//! on the old inode.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::atomic::lock_path;

/// Held for as long as a session is open for writing; released when dropped (or when the
/// process dies, however it dies). On Unix dropping it also removes `FILE.lock` while still
/// holding it, so a clean exit leaves nothing behind; a lock file left by a process that died
/// holds no lock and is simply taken over by the next opener.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
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
    ///
    /// A holder removes `FILE.lock` when it lets go, while still holding it. Whoever opened
    /// the file just before that removal may then lock a file that no longer has a name, so
    /// after locking the name is checked to still be this very file; if not, the lock is let
    /// go and taken again on the file now at that name. Two writers can therefore never both
    /// hold "the" lock.
    pub fn acquire(session: &Path) -> Result<SessionLock, LockError> {
        let path = lock_path(session);
        let io_err = |source| LockError::Io {
            lock: path.clone(),
            source,
        };
        let ours = format!("process {} ", std::process::id());
        let mut tries = 0;
        let mut file = open_lock_file(&path).map_err(io_err)?;
        loop {
            match file.try_lock() {
                Ok(()) => {
                    if still_named(&file, &path) {
                        break;
                    }
                    // Removed (or replaced) by the holder we waited for: lock the new one.
                    tries += 1;
                    if tries > 100 {
                        return Err(io_err(io::Error::other("the lock file keeps changing")));
                    }
                    let _ = file.unlock();
                    file = open_lock_file(&path).map_err(io_err)?;
                    continue;
                }
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
                        file = open_lock_file(&path).map_err(io_err)?;
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
        Ok(SessionLock { file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    /// Removes `FILE.lock`, but only while it is still this lock's file (someone may have
    /// deleted it by hand and another breakout made a new one), and before letting go, so no
    /// other opener can be holding it at that moment.
    fn drop(&mut self) {
        // On Windows a removed file that another process still has open lingers, and a new one
        // cannot be checked against it (no stable file ids in std): the lock file stays there.
        #[cfg(unix)]
        if still_named(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// Whether `path` names the open `file` (the same file, not a new one made since).
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the lock file is never removed (see `Drop`), so the name is still the file.
#[cfg(not(unix))]
fn still_named(_file: &File, _path: &Path) -> bool {
    true
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
