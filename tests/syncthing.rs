//! Several laptops through a real sync tool: three Syncthing instances on this machine (two
//! table laptops and the rapporteur's), each with its own home and shared folder, talking over
//! 127.0.0.1 only (see `common/syncthing.rs`). The table laptops run breakout on a file in
//! their synced folder; the rapporteur runs `breakout --watch` on its synced folder with its
//! own session file outside it, as README advises. The files travel through Syncthing, and
//! the rapporteur's session ends with every point of both tables exactly once — also after a
//! real Syncthing conflict: the same table file changed on two laptops that could not sync,
//! which Syncthing resolves by keeping one version and renaming the other to
//! `NAME.sync-conflict-DATE-TIME-DEVICE.json`. Both are sessions and breakout merges both.
//!
//! Syncthing is required: without it this test fails and says to run `.ci/test`, which
//! installs it. It is never skipped.

// Needs Syncthing and Unix pipes: Linux only (Windows builds are checked, not tested).
#![cfg(unix)]

mod common;
use common::bin;
use common::piped::Piped;
use common::syncthing::{self, Syncthing, wait};

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use breakout::model::Session;
use breakout::storage::load::read_session;

/// The rapporteur's breakout (or a table laptop's that stays open), running in plain mode
/// through pipes (as a script or a screen reader user would). Killed when dropped.
struct Rapporteur {
    breakout: Piped,
    own: PathBuf,
}

impl Rapporteur {
    fn start(home: &Path, own: &str, watch: &Path) -> Rapporteur {
        let args = [
            "--plain".as_ref(),
            own.as_ref(),
            "--watch".as_ref(),
            watch.as_os_str(),
        ];
        Rapporteur::run(home, &args, home.join(own))
    }

    /// A table laptop's breakout that stays open on `file` (in its synced folder), typing
    /// points at `table` when told.
    fn table(home: &Path, file: &Path, table: &str) -> Rapporteur {
        let args = [
            "--plain".as_ref(),
            file.as_os_str(),
            "--table".as_ref(),
            table.as_ref(),
        ];
        Rapporteur::run(home, &args, file.to_path_buf())
    }

    fn run(home: &Path, args: &[&std::ffi::OsStr], own: PathBuf) -> Rapporteur {
        std::fs::create_dir_all(home).expect("the user's folder");
        Rapporteur {
            breakout: Piped::start(home, home, args),
            own,
        }
    }

    fn type_line(&mut self, line: &str) {
        self.breakout.type_line(line);
    }

    fn text(&self) -> String {
        self.breakout.text()
    }

    /// Its saved session, once it holds exactly `texts` among its live items (in any order);
    /// fails after [`syncthing::WAIT`] saying what it holds and what it said.
    fn wait_saved(&self, texts: &[&str], all: &[Syncthing]) -> Session {
        let mut expected: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
        expected.sort();
        let deadline = Instant::now() + syncthing::WAIT;
        loop {
            let session = read_session(&self.own).ok();
            let holds = session.as_ref().map(live_texts).unwrap_or_default();
            if holds == expected {
                return session.expect("read");
            }
            if Instant::now() >= deadline {
                syncthing::fail(
                    &format!(
                        "the rapporteur's {} does not hold the tables' points.\nexpected: \
                         {expected:#?}\nholds: {holds:#?}\nthe rapporteur said:\n{}",
                        self.own.display(),
                        self.text()
                    ),
                    all,
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Waits until it has said `text`; fails after [`syncthing::WAIT`] with what it said.
    fn wait_said(&self, text: &str, all: &[Syncthing]) {
        wait(&format!("the rapporteur to say {text:?}"), all, || {
            self.text().contains(text).then_some(())
        });
    }

    /// `/quit`, and what it printed in all.
    fn quit(mut self) -> String {
        self.type_line("/quit");
        let (status, out, err) = self.breakout.finish(bin::TIME_LIMIT);
        assert!(
            status.success(),
            "the rapporteur ended with {status}:\n{out}\n{err}"
        );
        out
    }
}

/// The texts of a session's live items, sorted (duplicates kept, so they show).
fn live_texts(session: &Session) -> Vec<String> {
    let mut v: Vec<String> = session.live_items().map(|i| i.text.clone()).collect();
    v.sort();
    v
}

/// A table laptop's note-taker captures `lines` as points at `table`, in the session file
/// `name` inside the laptop's synced folder (created from the default plan the first time),
/// with breakout in plain mode through a pipe.
fn capture(laptop: &Syncthing, table: &str, name: &str, lines: &[&str]) {
    let home = laptop
        .folder
        .parent()
        .expect("the laptop's folder")
        .join("user");
    std::fs::create_dir_all(&home).expect("the note-taker's home");
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    bin::breakout()
        .dir(&home)
        .args(["--plain", "--table", table])
        .arg(laptop.folder.join(name))
        .stdin(input)
        .run()
        .assert_ok();
}

/// The number of live points of `path`, if it is a session that can be read now.
fn points_in(path: &Path) -> Option<usize> {
    read_session(path).ok().map(|s| s.live_items().count())
}

#[test]
fn three_laptops_through_syncthing_give_the_rapporteur_every_point_once_even_after_a_conflict() {
    let started = Instant::now();
    let root = tempfile::tempdir().expect("tempdir");
    let nodes = syncthing::mesh(root.path(), &["table-a", "table-b", "rapporteur"]);
    let [a, b, c] = &nodes[..] else {
        unreachable!("three instances")
    };
    eprintln!("three Syncthings connected after {:?}", started.elapsed());

    // The rapporteur's own file lives outside the synced folder (README: `breakout
    // rapporteur.json --watch /media/shared`).
    let rapporteur = Rapporteur::start(
        &root.path().join("rapporteur/user"),
        "rapporteur.json",
        &c.folder,
    );

    // Two tables capture on their laptops; each file travels to the rapporteur.
    let asia = [
        "Asia: visas take too long",
        "Asia: recruitment fees",
        "Asia: data gaps",
    ];
    let europe = [
        "Europe: labour inspection",
        "Europe: skills recognition",
        "Europe: housing",
    ];
    capture(a, "asia", "asia.json", &asia);
    capture(b, "europe-med-africa", "europe.json", &europe);
    let first: Vec<&str> = asia.iter().chain(&europe).copied().collect();
    rapporteur.wait_saved(&first, &nodes);
    eprintln!(
        "both tables' points reached the rapporteur after {:?}",
        started.elapsed()
    );

    // A conflict, for real: laptop B takes over the Asia file while it is cut off from the
    // others (its folder paused), and laptop A goes on writing it too.
    wait("asia.json (3 points) to reach laptop B", &nodes, || {
        (points_in(&b.folder.join("asia.json")) == Some(3)).then_some(())
    });
    b.pause_folder(&nodes);
    let from_a = "Asia: said at laptop A while B was away";
    let from_b = "Asia: typed on laptop B while it was away";
    capture(a, "asia", "asia.json", &[from_a]);
    // A's change is scanned and sent (the rapporteur has it) before B's exists.
    wait(
        "laptop A's 4th Asia point to reach the rapporteur's folder",
        &nodes,
        || (points_in(&c.folder.join("asia.json")) == Some(4)).then_some(()),
    );
    assert_eq!(
        points_in(&b.folder.join("asia.json")),
        Some(3),
        "laptop B's folder is paused: A's change must not have reached it"
    );
    capture(b, "asia", "asia.json", &[from_b]);
    b.resume_folder(&nodes);

    let conflict = wait(
        "a Syncthing conflict copy of asia.json in the rapporteur's folder",
        &nodes,
        || {
            common::files_in(&c.folder)
                .into_iter()
                .find(|n| n.starts_with("asia.sync-conflict-") && n.ends_with(".json"))
        },
    );
    eprintln!("conflict copy {conflict} after {:?}", started.elapsed());
    // Merged, or found to bring nothing new when the other version came first ("Merged NAME:
    // …" or "NAME brought nothing new.").
    rapporteur.wait_said(&conflict, &nodes);
    let all: Vec<&str> = first.iter().copied().chain([from_a, from_b]).collect();
    let merged = rapporteur.wait_saved(&all, &nodes);
    eprintln!(
        "the rapporteur held all 8 points after {:?}",
        started.elapsed()
    );

    // Every point at its table, once (wait_saved compared the texts with duplicates kept).
    for item in merged.live_items() {
        let table = item.table.as_ref().map(|t| t.as_str().to_owned());
        let expected = if item.text.starts_with("Asia") {
            "asia"
        } else {
            "europe-med-africa"
        };
        assert_eq!(
            table.as_deref(),
            Some(expected),
            "{} is at its table",
            item.text
        );
    }
    let said = rapporteur.quit();
    eprintln!(
        "the rapporteur's folder: {:?}\nthe rapporteur said:\n{said}",
        common::files_in(&c.folder)
    );
    // Every file it merged or looked at was a session, a table file or a conflict copy:
    // never Syncthing's temporary files nor breakout's side files (`.lock`, `.bak`, and
    // their own conflict copies).
    let named: Vec<&str> = said
        .lines()
        .filter_map(|l| l.rsplit("> ").next())
        .filter_map(|l| {
            l.strip_prefix("Merged ")
                .and_then(|rest| rest.split(':').next())
                .or_else(|| l.strip_suffix(" brought nothing new."))
        })
        .collect();
    assert!(
        named.contains(&conflict.as_str()),
        "the rapporteur names the conflict copy:\n{said}"
    );
    for name in &named {
        assert!(
            ["asia.json", "europe.json"].contains(name)
                || (name.starts_with("asia.sync-conflict-") && name.ends_with(".json")),
            "the rapporteur merged {name}, which is no table file:\n{said}"
        );
    }
    assert!(!said.contains("not merged"), "a file was refused:\n{said}");
    let saved = read_session(&root.path().join("rapporteur/user/rapporteur.json")).expect("saved");
    assert_eq!(live_texts(&saved), {
        let mut v: Vec<String> = all.iter().map(|t| (*t).to_owned()).collect();
        v.sort();
        v
    });
    laptop_a_stays_open_while_b_takes_over(&nodes);
    eprintln!("done in {:?}", started.elapsed());
}

/// The bug this found: laptop A keeps asia.json open in breakout while the note-taker goes on
/// at laptop B; Syncthing puts B's version in place on A. A merges it (rather than saving its
/// own over it at its next change), and asia.json ends with everyone's points on every
/// laptop.
fn laptop_a_stays_open_while_b_takes_over(nodes: &[Syncthing]) {
    let [a, b, c] = nodes else {
        unreachable!("three instances")
    };
    let home = a.folder.parent().expect("the laptop's folder").join("user");
    let file = a.folder.join("asia-plenary.json");
    let mut on_a = Rapporteur::table(&home, &file, "asia");
    let first = "Asia plenary: typed on A, still open";
    on_a.type_line(first);
    let name = "asia-plenary.json";
    wait("A's open file (1 point) to reach laptop B", nodes, || {
        (points_in(&b.folder.join(name)) == Some(1)).then_some(())
    });
    let from_b = "Asia plenary: typed on B while A stayed open";
    capture(b, "asia", name, &[from_b]);
    wait(
        "laptop A's breakout to merge B's version of its open file",
        nodes,
        || {
            on_a.text()
                .contains("asia-plenary.json changed on disk (another laptop): merged in 1 new")
                .then_some(())
        },
    );
    let later = "Asia plenary: typed on A after B's version came";
    on_a.type_line(later);
    let said = on_a.quit();
    eprintln!("laptop A, open all along, said:\n{said}");
    let mut expected = vec![first.to_owned(), from_b.to_owned(), later.to_owned()];
    expected.sort();
    for laptop in [a, b, c] {
        let path = laptop.folder.join(name);
        let holds = wait(
            &format!(
                "{} to hold every point (laptop A said:\n{said})",
                path.display()
            ),
            nodes,
            || {
                let texts = read_session(&path).ok().map(|s| live_texts(&s))?;
                (texts == expected).then_some(texts)
            },
        );
        assert_eq!(holds, expected);
    }
}
