//! The last resort at exit: when the session file cannot be written, a copy of the session
//! goes to the data folder, else the system's temporary folder.

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::atomic::{Backup, write_atomic};
use super::store::encode;
use crate::model::Session;

/// Writes `session` as `NAME.rescue-STAMP.json` beside nothing it could harm; returns where,
/// or `None` if no folder would take it.
pub fn write_rescue_copy(session: &Session, path: &Path) -> Option<PathBuf> {
    let dirs = [
        dirs::data_dir().map(|d| d.join("breakout")),
        Some(std::env::temp_dir()),
    ];
    write_in(session, path, dirs.into_iter().flatten())
}

fn write_in(
    session: &Session,
    path: &Path,
    dirs: impl IntoIterator<Item = PathBuf>,
) -> Option<PathBuf> {
    let name = format!(
        "{}.rescue-{}.json",
        path.file_name()
            .map_or("session".into(), |n| n.to_string_lossy().into_owned()),
        Utc::now().format("%Y%m%dT%H%M%S")
    );
    let bytes = encode(session).ok()?;
    dirs.into_iter().find_map(|dir| {
        let _ = std::fs::create_dir_all(&dir);
        let rescue = dir.join(&name);
        write_atomic(&rescue, &bytes, Backup::None)
            .is_ok()
            .then_some(rescue)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::session;

    #[test]
    fn a_rescue_copy_goes_to_the_first_folder_that_takes_it_and_reads_back() {
        let s = session();
        let tmp = tempfile::tempdir().expect("tempdir");
        let blocked = tmp.path().join("a-file");
        std::fs::write(&blocked, "not a folder").expect("write");
        let good = tmp.path().join("rescue");
        let at = write_in(
            &s,
            Path::new("/nowhere/notes.json"),
            [blocked, good.clone()],
        )
        .expect("written");
        assert_eq!(at.parent(), Some(good.as_path()));
        let name = at.file_name().expect("name").to_string_lossy().into_owned();
        assert!(name.starts_with("notes.json.rescue-"), "{name}");
        let bytes = std::fs::read(&at).expect("read");
        let back: Session = serde_json::from_slice(&bytes).expect("a session");
        assert_eq!(back.id, s.id);
    }
}
