//! Opening a session file for writing: lock, clean up after a crash, load or create, save.

use std::io;
use std::path::{Path, PathBuf};

use chrono::Utc;

use super::atomic::{self, remove_stale_temps};
use super::catalog::ResolvedPlan;
use super::error::{LoadError, SaveError};
use super::load;
use super::lock::{LockError, SessionLock};
use crate::model::Session;

/// A session file opened by this process. With a lock it may save; without one it is read-only.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    lock: Option<SessionLock>,
}

/// The result of opening a session file.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub session: Session,
    /// True when the file did not exist and was created from the plan.
    pub created: bool,
    /// Temporary files of an interrupted save that were cleaned up.
    pub stale_temps_removed: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error("{}", crate::tr!("storage-no-folder", path = .0.as_path()))]
    NoFolder(PathBuf),
    #[error("{}", crate::tr!("storage-create-failed", path = .path.as_path(), error = .source.to_string()))]
    Create { path: PathBuf, source: SaveError },
}

impl OpenError {
    /// Whether opening read-only would work instead (another process holds the file).
    pub fn is_in_use(&self) -> bool {
        matches!(self, OpenError::Lock(LockError::InUse { .. }))
    }
}

impl Store {
    /// Opens `path` for writing. When it does not exist it is created from the plan that
    /// `plan` supplies (called only then). A file that exists but cannot be read is reported
    /// and left untouched.
    pub fn open(
        path: &Path,
        plan: impl FnOnce() -> Result<ResolvedPlan, LoadError>,
    ) -> Result<Opened, OpenError> {
        let dir = atomic::parent_dir(path);
        if !dir.is_dir() {
            return Err(OpenError::NoFolder(dir.to_path_buf()));
        }
        let lock = SessionLock::acquire(path)?;
        let stale_temps_removed = remove_stale_temps(path);
        let store = Store {
            path: path.to_path_buf(),
            lock: Some(lock),
        };
        match std::fs::metadata(path) {
            Ok(_) => {
                let session = load::read_session(path)?;
                Ok(Opened {
                    store,
                    session,
                    created: false,
                    stale_temps_removed,
                })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let resolved = plan()?;
                let session = Session::new(resolved.plan, resolved.template, Utc::now());
                store.save(&session).map_err(|source| OpenError::Create {
                    path: path.to_path_buf(),
                    source,
                })?;
                Ok(Opened {
                    store,
                    session,
                    created: true,
                    stale_temps_removed,
                })
            }
            Err(source) => Err(LoadError::Io {
                path: path.to_path_buf(),
                source,
            }
            .into()),
        }
    }

    /// Opens `path` without a lock, for looking only; saves are refused.
    pub fn open_read_only(path: &Path) -> Result<Opened, OpenError> {
        let session = load::read_session(path)?;
        Ok(Opened {
            store: Store {
                path: path.to_path_buf(),
                lock: None,
            },
            session,
            created: false,
            stale_temps_removed: 0,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Writes the session atomically. On failure the file on disk is unchanged.
    pub fn save(&self, session: &Session) -> Result<(), SaveError> {
        if self.is_read_only() {
            return Err(SaveError::ReadOnlySession {
                path: self.path.clone(),
            });
        }
        let bytes = encode(session)?;
        let saved = atomic::write_atomic(&self.path, &bytes, atomic::Backup::Keep);
        tracing::info!(path = %self.path.display(), bytes = bytes.len(), entries = session.live_items().count(), error = saved.as_ref().err().map(ToString::to_string), "save");
        saved
    }
}

/// The bytes of a session file: pretty-printed JSON (readable and diffable), ending in a
/// newline. `export::json` gives the same bytes (tests/roundtrip.rs holds them equal).
pub fn encode(session: &Session) -> Result<Vec<u8>, SaveError> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}
