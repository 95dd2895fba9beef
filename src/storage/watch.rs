//! Session files arriving from other laptops: read once (import), or watched in a folder
//! that a sync tool, a network share or a USB stick fills. breakout runs no server and opens
//! no connection: the folder is the transport. A file still being copied does not parse yet;
//! it is skipped and tried again, never merged half-written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::error::LoadError;
use super::load;
use crate::model::Session;

/// How often a watched folder is looked at.
pub const POLL: Duration = Duration::from_secs(2);

#[derive(Debug)]
pub enum Arrival {
    /// A session file that parsed: merge it.
    Session {
        path: PathBuf,
        session: Box<Session>,
    },
    /// A file that is not a usable session (and is not merely incomplete).
    Rejected { path: PathBuf, reason: Rejection },
}

/// Why a file offered as a session was not merged.
#[derive(Debug, thiserror::Error)]
pub enum Rejection {
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Named directly (not found in a watched folder), but empty, cut short or not a session.
    #[error("{}", crate::tr!("storage-incomplete"))]
    Incomplete,
}

/// Session files in `dir` (not its sub-folders), leaving out `own` (the session being edited)
/// and breakout's own side files.
pub fn candidates(dir: &Path, own: Option<&Path>) -> Vec<PathBuf> {
    let own = own.and_then(|p| p.canonicalize().ok());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| is_session_name(&n.to_string_lossy()))
        })
        .filter(|p| p.is_file())
        .filter(|p| own.is_none() || p.canonicalize().ok() != own)
        .collect();
    v.sort();
    v
}

/// Whether a file of that name in a watched folder may be another laptop's session: it ends
/// in `.json`, and is neither hidden nor a file that a sync tool or breakout is still writing.
///
/// - breakout's own side files end otherwise: `FILE.bak`, `FILE.lock`, and the temporary file
///   of a save, `.FILE.AbC123.tmp`.
/// - Syncthing writes what it receives to `.syncthing.NAME.tmp` (`~syncthing~NAME.tmp` on
///   Windows) and renames it to NAME once complete; so do other tools with names that start
///   with `.` or `~` (`~$report.docx`, `.~lock.NAME#`). None is read before it is renamed.
/// - Syncthing's conflict copies, `NAME.sync-conflict-DATE-TIME-DEVICE.json`, are sessions:
///   the version of a table file that lost a conflict. They are merged like any other file,
///   so nothing captured on either laptop is lost; entries in both are matched by their ids,
///   so none comes twice.
pub fn is_session_name(name: &str) -> bool {
    name.ends_with(".json") && !name.starts_with('.') && !name.starts_with('~')
}

/// Reads one file. `None` means "not ready yet" (empty or cut short: still being copied).
pub fn read(path: &Path) -> Option<Arrival> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(_) => return None,
    };
    match load::detect(path, &bytes) {
        Ok(super::Kind::Session) => {}
        // Plans, templates and other JSON in the folder are not table files.
        Ok(_) | Err(LoadError::NotBreakout { .. } | LoadError::NotObject { .. }) => return None,
        Err(LoadError::Empty { .. }) | Err(LoadError::Syntax { .. }) => return None,
        Err(e) => {
            return Some(Arrival::Rejected {
                path: path.to_path_buf(),
                reason: e.into(),
            });
        }
    }
    Some(match load::parse_session(path, &bytes) {
        Ok(s) => Arrival::Session {
            path: path.to_path_buf(),
            session: Box::new(s),
        },
        Err(e) => Arrival::Rejected {
            path: path.to_path_buf(),
            reason: e.into(),
        },
    })
}

impl Arrival {
    /// Writes what came to the log (on the reading thread, off any key loop).
    fn logged(self) -> Arrival {
        match &self {
            Arrival::Session { path, session } => {
                tracing::info!(path = %path.display(), entries = session.live_items().count(), "arrived")
            }
            Arrival::Rejected { path, reason } => {
                tracing::info!(path = %path.display(), why = %reason, "refused")
            }
        }
        self
    }
}

/// Reads a file, or every session file in a folder, once.
pub fn read_once(path: &Path, own: Option<&Path>) -> Vec<Arrival> {
    read_all(path, own)
        .into_iter()
        .map(Arrival::logged)
        .collect()
}

fn read_all(path: &Path, own: Option<&Path>) -> Vec<Arrival> {
    if path.is_dir() {
        candidates(path, own)
            .iter()
            .filter_map(|p| read(p))
            .collect()
    } else {
        match read(path) {
            Some(a) => vec![a],
            None => vec![Arrival::Rejected {
                path: path.to_path_buf(),
                reason: why_not(path),
            }],
        }
    }
}

/// Why a file named directly was not taken: what it is when it is something else (a plan, a
/// list, other JSON), else incomplete (empty or cut short, perhaps still being copied).
fn why_not(path: &Path) -> Rejection {
    let Ok(bytes) = std::fs::read(path) else {
        return Rejection::Incomplete;
    };
    match load::detect(path, &bytes) {
        Ok(found) if found != super::Kind::Session => Rejection::Load(LoadError::WrongKind {
            path: path.to_path_buf(),
            expected: super::Kind::Session,
            found,
        }),
        Err(e @ (LoadError::NotBreakout { .. } | LoadError::NotObject { .. })) => {
            Rejection::Load(e)
        }
        _ => Rejection::Incomplete,
    }
}

/// Watches `dir` on its own thread, calling `deliver` for each new or changed file that
/// parses (or is rejected), other than `own()`, the session being edited (asked at each look:
/// a "save as" may move it into the folder). Returns when `deliver` returns false.
pub fn watch(
    dir: PathBuf,
    own: impl Fn() -> PathBuf + Send + 'static,
    deliver: impl Fn(Arrival) -> bool + Send + 'static,
) {
    let _ = std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || {
            // (modified, length) of each file as last delivered.
            let mut seen: HashMap<PathBuf, (Option<SystemTime>, u64)> = HashMap::new();
            loop {
                for path in candidates(&dir, Some(&own())) {
                    let Ok(meta) = std::fs::metadata(&path) else {
                        continue;
                    };
                    let sig = (meta.modified().ok(), meta.len());
                    if seen.get(&path) == Some(&sig) {
                        continue;
                    }
                    if let Some(arrival) = read(&path) {
                        seen.insert(path, sig);
                        if !deliver(arrival.logged()) {
                            return;
                        }
                    }
                }
                std::thread::sleep(POLL);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_tools_temporary_files_are_not_sessions() {
        for name in [
            ".syncthing.asia.json.tmp",
            "~syncthing~asia.json.tmp",
            ".syncthing.asia.json",
            "~syncthing~asia.json",
            "asia.json.tmp",
            ".asia.json.AbC123.tmp",
            "asia.json.bak",
            "asia.json.lock",
            "asia.json.sync-conflict-20261201-101500-ABCDEFG.lock",
            "asia.json.sync-conflict-20261201-101500-ABCDEFG.bak",
            ".hidden.json",
            "~$asia.json",
            ".stfolder",
            "asia.json.part",
        ] {
            assert!(!is_session_name(name), "{name} is not a session");
        }
        for name in [
            "asia.json",
            "asia.sync-conflict-20261201-101500-ABCDEFG.json",
            "europe-med-africa.json",
            "rapporteur.sync-conflict-20261201-101500-ABCDEFG.json",
        ] {
            assert!(is_session_name(name), "{name} is a session");
        }
    }

    /// Syncthing's files in a watched folder where the rapporteur's own session also lives: a
    /// conflict copy of a table file is a candidate, and so is the conflict copy of the
    /// rapporteur's own file (an older version of it, which merges as nothing new, or as what
    /// another laptop added to it); the rapporteur's file itself, Syncthing's temporary files
    /// and its folder marker are not.
    #[test]
    fn in_a_syncthing_folder_only_sessions_and_their_conflict_copies_are_candidates() {
        let dir = tempfile::tempdir().expect("tempdir");
        let own = dir.path().join("rapporteur.json");
        std::fs::create_dir(dir.path().join(".stfolder")).expect("marker");
        std::fs::create_dir(dir.path().join(".stversions")).expect("versions");
        for name in [
            "rapporteur.json",
            "rapporteur.json.lock",
            "rapporteur.json.bak",
            "rapporteur.sync-conflict-20261201-101500-ABCDEFG.json",
            "asia.json",
            "asia.sync-conflict-20261201-101500-ABCDEFG.json",
            ".syncthing.asia.json.tmp",
            "~syncthing~asia.json.tmp",
            ".syncthing.europe.json.tmp",
            ".stversions/asia~20261201-101500.json",
        ] {
            std::fs::write(dir.path().join(name), b"{}").expect("write");
        }
        let names: Vec<String> = candidates(dir.path(), Some(&own))
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(
            names,
            [
                "asia.json",
                "asia.sync-conflict-20261201-101500-ABCDEFG.json",
                "rapporteur.sync-conflict-20261201-101500-ABCDEFG.json",
            ]
        );
    }
}
