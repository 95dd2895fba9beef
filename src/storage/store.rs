//! Opening a session file for writing: lock, clean up after a crash, load or create, save.
//!
//! The lock keeps a second breakout on this computer from writing the file, but a sync tool
//! (Syncthing, a share) can still put another laptop's version in its place. So the
//! autosaver's saves are guarded (`save_guarded`): just before writing, a file on disk that is
//! not the version this store last read or wrote is read and merged into what is written, so
//! nothing captured on either side is lost. One that cannot be read or merged is kept beside
//! the session as a dated `FILE.DATE.bak` copy (and, as at every save, as `FILE.bak`) before
//! the session is written over it.

use std::cell::Cell;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;

use super::atomic::{self, remove_stale_temps};
use super::catalog::ResolvedPlan;
use super::error::{LoadError, SaveError};
use super::follow::{Signature, signature};
use super::load;
use super::lock::{LockError, SessionLock};
use crate::model::Session;

/// A session file opened by this process. With a lock it may save; without one it is read-only.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    lock: Option<SessionLock>,
    /// The version of the file this store last read or wrote: another one on disk came from
    /// elsewhere (a sync tool, another laptop).
    known: Cell<Option<Signature>>,
    /// What the last guarded save found on disk, for the autosaver to report.
    found: Option<FoundOnDisk>,
}

/// A version of the session file that a save found on disk and had not written or read
/// itself: another laptop's, put there by a sync tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoundOnDisk {
    /// It was merged into what was written (nothing of it is lost); the version found, for
    /// the caller to merge into what it holds too.
    Merged(Arc<Session>),
    /// It is not a session this one can merge (unreadable, another plan): it was kept as
    /// `copy`, and the session was written over it.
    Kept { copy: PathBuf, reason: String },
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

/// Why "save as" did not move the session to another file. The session keeps being saved
/// (or retried) where it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveAsError {
    #[error("{}", crate::tr!("storage-save-as-not-json", path = .0.as_path()))]
    NotJson(PathBuf),
    #[error("{}", crate::tr!("storage-no-folder", path = .0.as_path()))]
    NoFolder(PathBuf),
    #[error("{}", crate::tr!("storage-save-as-same", path = .0.as_path()))]
    Same(PathBuf),
    /// Something that is not this session is there already; it is never overwritten.
    #[error("{}", crate::tr!("storage-save-as-exists", path = .0.as_path()))]
    Exists(PathBuf),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    Save(#[from] SaveError),
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
            known: Cell::new(None),
            found: None,
        };
        match std::fs::metadata(path) {
            Ok(_) => {
                // The version is noted before it is read: one that replaces it meanwhile
                // differs, and is merged at the first save.
                store.known.set(signature(path).ok());
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
                known: Cell::new(None),
                found: None,
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

    /// Saves the session to another file from now on ("save as"): `to` is a file ending in
    /// `.json`, or a folder, which takes the session file's name. The new file is locked and
    /// written first; only then is the old lock let go (and its lock file removed), so the
    /// session is never without a writer's lock. A file already at `to` is overwritten only
    /// when it is a copy of this same session; anything else there is left as it is.
    /// Returns the new path.
    pub fn save_as(&mut self, to: &Path, session: &Session) -> Result<PathBuf, SaveAsError> {
        if self.is_read_only() {
            return Err(SaveError::ReadOnlySession {
                path: self.path.clone(),
            }
            .into());
        }
        let target = save_as_target(&self.path, to)?;
        let dir = atomic::parent_dir(&target);
        if !dir.is_dir() {
            return Err(SaveAsError::NoFolder(dir.to_path_buf()));
        }
        if same_file(&target, &self.path) {
            return Err(SaveAsError::Same(target));
        }
        let lock = SessionLock::acquire(&target)?;
        match std::fs::symlink_metadata(&target) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Ok(meta) if meta.is_file() => match load::read_session(&target) {
                Ok(there) if there.id == session.id => {}
                _ => return Err(SaveAsError::Exists(target)),
            },
            _ => return Err(SaveAsError::Exists(target)),
        }
        atomic::write_atomic(&target, &encode(session)?, atomic::Backup::Keep)?;
        // From now on the new file is the one whose foreign versions are merged in.
        self.known.set(signature(&target).ok());
        self.path = target.clone();
        // The old lock goes (and its file with it) only now that the new one is held.
        self.lock = Some(lock);
        Ok(target)
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
        saved?;
        self.known.set(signature(&self.path).ok());
        Ok(())
    }

    /// Writes the session as [`save`](Self::save) does, after merging in a version of the file
    /// that another laptop put on disk since this store last read or wrote it; says what it
    /// found. `None` when the file on disk was this store's own (or brought nothing new).
    pub fn save_guarded(&self, session: &Session) -> Result<Option<FoundOnDisk>, SaveError> {
        if self.is_read_only() {
            return Err(SaveError::ReadOnlySession {
                path: self.path.clone(),
            });
        }
        let looked = signature(&self.path).ok();
        let found = match looked {
            Some(now) if Some(now) != self.known.get() => self.read_foreign(session),
            // Ours, or not there (deleted: the save puts it back).
            _ => Ok(None),
        };
        let (written, found) = match found {
            Ok(Some(union)) => {
                self.save(&union.session)?;
                (union.session, Some(union.found))
            }
            Ok(None) => {
                self.save(session)?;
                (session.clone(), None)
            }
            Err(kept) => return self.save(session).map(|()| Some(kept)),
        };
        // A version put in place after that look and before the rename was not merged, but
        // the save kept it as FILE.bak (a link to the file it replaced): merge it and write
        // again, once.
        let bak = atomic::backup_path(&self.path);
        let late = match signature(&bak) {
            Ok(sig) if looked.is_some_and(|l| l != sig) => read_session_file(&bak),
            _ => None,
        };
        let found = match late {
            Some(late) => {
                let mut union = written;
                match union.merge_from(&late) {
                    Ok(report) if report.changed_anything() => {
                        self.save(&union)?;
                        // What came from elsewhere: the version found first, with the late one.
                        Some(match found {
                            Some(mut first) => {
                                let _ = first.merge_from(&late);
                                first
                            }
                            None => late,
                        })
                    }
                    _ => found,
                }
            }
            None => found,
        };
        Ok(found.map(|f| FoundOnDisk::Merged(Arc::new(f))))
    }

    /// Reads the version on disk that is not ours and merges `session` with it: the union to
    /// write, or `None` when it brought nothing. One that cannot be read or merged is kept
    /// as a dated copy first (the error says where).
    fn read_foreign(&self, session: &Session) -> Result<Option<Union>, FoundOnDisk> {
        let theirs = std::fs::read(&self.path)
            .map_err(|e| {
                LoadError::Io {
                    path: self.path.clone(),
                    source: e,
                }
                .to_string()
            })
            .and_then(|bytes| load::parse_session(&self.path, &bytes).map_err(|e| e.to_string()));
        let mut union = session.clone();
        let merged = theirs.and_then(|theirs| {
            let report = union.merge_from(&theirs).map_err(|e| e.to_string())?;
            Ok((theirs, report))
        });
        match merged {
            Ok((theirs, report)) if report.changed_anything() => Ok(Some(Union {
                session: union,
                found: theirs,
            })),
            Ok(_) => Ok(None),
            Err(reason) => Err(FoundOnDisk::Kept {
                copy: self.keep_copy(),
                reason,
            }),
        }
    }

    /// Keeps the file as it is on disk as `FILE.YYYYMMDD-HHMMSS.bak`, beside it (a hard link,
    /// or a copy where the file system has none). Where even that fails, `FILE.bak`, which
    /// every save keeps, still holds it until the next save: that is the path returned.
    fn keep_copy(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(format!(".{}.bak", Utc::now().format("%Y%m%d-%H%M%S")));
        let copy = PathBuf::from(name);
        let kept = std::fs::hard_link(&self.path, &copy)
            .or_else(|_| std::fs::copy(&self.path, &copy).map(drop));
        match kept {
            Ok(()) => copy,
            Err(_) => atomic::backup_path(&self.path),
        }
    }

    /// Takes what the last guarded save through the autosaver found on disk.
    pub fn take_found(&mut self) -> Option<FoundOnDisk> {
        self.found.take()
    }

    /// Notes what a guarded save found, for [`take_found`](Self::take_found).
    pub(crate) fn found_on_disk(&mut self, found: FoundOnDisk) {
        self.found = Some(found);
    }
}

/// The file "save as" writes: `to` itself when it names a `.json` file; inside `to`, under
/// the current file's name, when it is a folder (or ends with a separator).
pub fn save_as_target(current: &Path, to: &Path) -> Result<PathBuf, SaveAsError> {
    let text = to.as_os_str().to_string_lossy();
    let folder_like = text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR);
    if to.is_dir() || folder_like {
        let name = current.file_name().map_or_else(
            || std::ffi::OsString::from("session.json"),
            |n| n.to_owned(),
        );
        return Ok(to.join(name));
    }
    if to
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
    {
        Ok(to.to_path_buf())
    } else {
        Err(SaveAsError::NotJson(to.to_path_buf()))
    }
}

/// Whether two paths name the same file (both must exist to be the same).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The session in `path`, if it can be read as one now.
fn read_session_file(path: &Path) -> Option<Session> {
    let bytes = std::fs::read(path).ok()?;
    load::parse_session(path, &bytes).ok()
}

/// What a guarded save writes when the file on disk brought something: the union, and the
/// version found.
struct Union {
    session: Session,
    found: Session,
}

/// The bytes of a session file: pretty-printed JSON (readable and diffable), ending in a
/// newline. `export::json` gives the same bytes (tests/roundtrip.rs holds them equal).
pub fn encode(session: &Session) -> Result<Vec<u8>, SaveError> {
    let mut bytes = serde_json::to_vec_pretty(session)?;
    bytes.push(b'\n');
    Ok(bytes)
}
