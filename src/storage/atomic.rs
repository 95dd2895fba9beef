//! Replacing a file so that a crash, a kill or a full disk at any moment leaves either the old
//! content or the new one on disk, never a mixture or nothing.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::error::SaveError;

/// `FILE.bak`: the previous good generation of `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak")
}

/// `FILE.lock`: the file a session's lock is taken on (never renamed over).
pub fn lock_path(path: &Path) -> PathBuf {
    sibling(path, ".lock")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_owned())
}

pub(crate) fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Prefix of the temporary files a save of `path` creates, so stale ones can be found.
pub(crate) fn temp_prefix(path: &Path) -> String {
    format!(".{}.", file_name(path))
}

pub(crate) const TEMP_SUFFIX: &str = ".tmp";

/// Whether a replace keeps the file it replaces as `FILE.bak`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    Keep,
    None,
}

/// Atomically replaces `path` with `bytes`.
pub fn write_atomic(path: &Path, bytes: &[u8], backup: Backup) -> Result<(), SaveError> {
    write_atomic_using(path, bytes, backup, |f, b| f.write_all(b))
}

/// Atomically replaces each file in turn with its bytes, without keeping backups; returns
/// the paths written. A failure part-way leaves the files written before it whole.
pub fn write_files(files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>, SaveError> {
    let mut written = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        write_atomic(path, bytes, Backup::None)?;
        written.push(path.clone());
    }
    Ok(written)
}

/// As [`write_atomic`], with the step that writes the bytes into the temporary file supplied
/// by the caller. Tests use it to inject a disk that fills up part-way.
pub fn write_atomic_using(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    write: impl FnOnce(&mut File, &[u8]) -> io::Result<()>,
) -> Result<(), SaveError> {
    let err = |e: io::Error| SaveError::from_io(path, e);
    let dir = parent_dir(path);
    // tempfile creates the file with mode 0600: session notes can be sensitive.
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(err)?;
    write(tmp.as_file_mut(), bytes).map_err(err)?;
    tmp.as_file_mut().flush().map_err(err)?;
    // persist() only renames; without this the rename can reach disk before the data does.
    tmp.as_file().sync_all().map_err(err)?;

    if backup == Backup::Keep && path.exists() {
        keep_backup(path).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    sync_dir(dir).map_err(err)?;
    Ok(())
}

/// Makes `FILE.bak` a copy of the current `FILE`, atomically.
fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    let dir = parent_dir(path);
    let staging = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .make_in(dir, |p| {
            // A hard link costs nothing; file systems without links (FAT sticks) get a copy.
            std::fs::hard_link(path, p).or_else(|_| copy_synced(path, p))
        })?;
    staging.persist(&bak).map_err(|e| e.error)?;
    Ok(())
}

fn copy_synced(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::copy(from, to)?;
    File::open(to)?.sync_all()
}

/// Makes a rename in `dir` durable, where the file system can. Some refuse to sync a folder
/// (network shares, FAT and exFAT sticks); the file's data was already synced and renamed, so
/// a refusal is no failure of the save. A real I/O error still is.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        match File::open(dir).and_then(|d| d.sync_all()) {
            Err(e) if dir_sync_refused(&e) => Ok(()),
            done => done,
        }
    }
    // Windows opens no folder as a file (without FILE_FLAG_BACKUP_SEMANTICS) and has no
    // folder sync: NTFS journals the rename itself.
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Whether opening or syncing a folder failed because the file system does not do it (EINVAL,
/// EPERM, EACCES, ENOTSUP, ENOSYS, EISDIR, EROFS), rather than because the disk failed (EIO) or
/// is full (ENOSPC). Only Unix syncs folders; the tests run everywhere.
#[cfg_attr(not(unix), allow(dead_code))]
fn dir_sync_refused(e: &io::Error) -> bool {
    use io::ErrorKind as K;
    matches!(
        e.kind(),
        K::InvalidInput
            | K::PermissionDenied
            | K::Unsupported
            | K::IsADirectory
            | K::ReadOnlyFilesystem
    )
}

/// Whether `name` is a temporary file of a save of the session whose temp prefix is `prefix`:
/// the prefix, tempfile's random alphanumeric part, the suffix. The random part must hold no
/// dot, or the temporary files of `FILE.x` (`.FILE.x.AbC123.tmp`), another session that may be
/// saving right now, would pass for ours.
fn is_own_temp(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            !random.is_empty() && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes temporary files left by a save that was interrupted. Only call this while holding
/// the session's lock, so no save of ours is in flight.
pub fn remove_stale_temps(path: &Path) -> usize {
    let prefix = temp_prefix(path);
    let Ok(entries) = std::fs::read_dir(parent_dir(path)) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| is_own_temp(&e.file_name().to_string_lossy(), &prefix))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_sync_the_file_system_refuses_is_no_failure() {
        use io::ErrorKind as K;
        for kind in [
            K::InvalidInput,
            K::PermissionDenied,
            K::Unsupported,
            K::IsADirectory,
            K::ReadOnlyFilesystem,
        ] {
            assert!(dir_sync_refused(&io::Error::from(kind)), "{kind:?}");
        }
        for kind in [
            K::Other,
            K::StorageFull,
            K::NotFound,
            K::Interrupted,
            K::TimedOut,
        ] {
            assert!(!dir_sync_refused(&io::Error::from(kind)), "{kind:?}");
        }
    }

    /// The numbers Linux gives: the refusals, and the failures that still fail the save.
    #[cfg(target_os = "linux")]
    #[test]
    fn linux_errors_are_classified_by_number() {
        let refused = |n| dir_sync_refused(&io::Error::from_raw_os_error(n));
        // EPERM, EACCES, EISDIR, EINVAL, EROFS, ENOSYS, EOPNOTSUPP (= ENOTSUP)
        for n in [1, 13, 21, 22, 30, 38, 95] {
            assert!(refused(n), "errno {n} is a refusal");
        }
        // EIO, ENOSPC, EDQUOT, ESTALE
        for n in [5, 28, 122, 116] {
            assert!(!refused(n), "errno {n} is a failure");
        }
    }

    #[test]
    fn a_save_syncs_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one", Backup::Keep).unwrap();
        write_atomic(&path, b"two", Backup::Keep).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"one");
        sync_dir(dir.path()).unwrap();
    }
}
