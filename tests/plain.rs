//! Plain mode from outside, as a screen reader user or a script meets it: the built binary
//! fed through a pipe, and run in a pseudo-terminal (with TERM=dumb or --plain) where keys,
//! Ctrl-C and signals arrive as they do for a person. Every output is checked for escape
//! sequences and control characters; the saved file for entries at the right table,
//! question and parent.

mod common;
use common::mount::{loud_skip, read_only_over};
use common::{bin, poll};

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use breakout::model::{Item, Session};
use breakout::storage::load::read_session;
use breakout::storage::watch;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const WAIT: Duration = Duration::from_secs(30);

fn live(session: &Session) -> Vec<&Item> {
    let mut v: Vec<&Item> = session.live_items().collect();
    v.sort_by_key(|i| (i.rank, i.id));
    v
}

/// No escape byte, and no control character but the line end (`\r` too in a terminal,
/// whose line discipline writes `\r\n`).
fn assert_plain(bytes: &[u8], terminal: bool) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| c.is_control() && *c != '\n' && !(terminal && *c == '\r'))
        .collect();
    assert!(!bytes.contains(&0x1b), "an escape byte in:\n{text}");
    assert!(bad.is_empty(), "control characters {bad:?} in:\n{text}");
}

#[test]
fn a_piped_session_captures_points_and_entries_where_they_belong() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = "\
/table asia
/question 2
Visas take too long
/rec Open legal pathways
/action Draft a bill
/indicator Bill tabled by June
/list
/field 2 target National governments
/quote We need data
/field 5 speaker Ana Ruiz
/field 5 org Migrant Forum Asia
/field 5 consent yes
/header rapporteurs Ana López
/header
/fields 5
/report
/frobnicate
/timer start
/phase next
/export
/info
/help
";
    let ran = bin::breakout()
        .dir(dir.path())
        .args(["s.json"])
        .stdin(input)
        .run()
        .assert_ok();
    assert_plain(&ran.stdout, false);
    let out = ran.out();
    for sentence in [
        "Created s.json from the built-in default plan",
        "Now at Asia: South and Southeast Asia to the GCC countries, question 2: Actors for success, 0 entries here.",
        "Asia · Q2 Actors for success> Point 1 added at Asia, Q2.",
        "Recommendation 2 added at Asia, Q2.",
        "Action 3 added under entry 2.",
        "Indicator 4 added under entry 2.",
        "Asia has 4 entries:\n1. Point, Q2: Visas take too long\n2. Recommendation, Q2: Open legal pathways\n3. Action under 2, Q2: Draft a bill\n4. Indicator under 2, Q2: Bill tabled by June\n",
        "The Target of Recommendation 2, “Open legal pathways” is now “National governments”.",
        "Quote 5 added at Asia, Q2.",
        "Quote 5, “We need data”: the speaker agreed to be named, so the report names them.",
        "Name of rapporteur(s) is now “Ana López”.",
        "\n1. Name of rapporteur(s) (rapporteurs): Ana López\n",
        "\nSpeaker (speaker): Ana Ruiz\nOrganisation (organisation): Migrant Forum Asia\nConsent to be named (consent): yes\n",
        "\nRecommendations: 1 going in; the form allows 4. You choose them with /pick, /unpick and /move.\n1. entry 2, “Open legal pathways”\n",
        "There is no command /frobnicate; type /help for the list.",
        "Timer running, phase 1 of 3",
        "Timer running, phase 2 of 3",
        "Exported to ",
        ": s.report.md, s.report.txt, s.report.docx.",
        "File s.json; ",
        "language English.",
        "\n/go_to_table TABLE: go to a table by number, id or name (also /table, /t)\n",
        "\n//TEXT: a point that starts with a slash\n",
        // The prompt left open at the end of input is ended first.
        "> \nSaved s.json (5 entries).",
    ] {
        assert!(out.contains(sentence), "{sentence:?} missing from:\n{out}");
    }
    for report in ["s.report.md", "s.report.txt", "s.report.docx"] {
        assert!(
            dir.path().join(report).is_file(),
            "{report} beside the session"
        );
    }
    // Captured only through plain mode, the report is complete: the rapporteur's name, a
    // recommendation with its target and action, a quote with its named speaker.
    let md = std::fs::read_to_string(dir.path().join("s.report.md")).expect("md");
    for part in [
        "Ana López",
        "Open legal pathways",
        "National governments",
        "Draft a bill",
        "We need data",
        "Ana Ruiz",
        // Named, since the speaker agreed (else the report says "anonymous").
        "Ana Ruiz, Migrant Forum Asia",
    ] {
        assert!(md.contains(part), "{part:?} missing from the report:\n{md}");
    }

    let saved = read_session(&dir.path().join("s.json")).expect("saved session");
    let items = live(&saved);
    assert_eq!(items.len(), 5);
    for i in &items {
        assert_eq!(i.table.as_deref(), Some("asia"), "{i:?}");
        assert_eq!(i.question.as_deref(), Some("q2"), "{i:?}");
    }
    assert_eq!(items[0].slot, None);
    assert_eq!(items[0].text, "Visas take too long");
    assert_eq!(items[1].slot.as_deref(), Some("recommendation"));
    assert_eq!(items[2].slot.as_deref(), Some("action"));
    assert_eq!(items[2].parent, Some(items[1].id));
    assert_eq!(items[3].slot.as_deref(), Some("indicator"));
    assert_eq!(items[3].parent, Some(items[1].id));
    assert_eq!(items[1].field("target"), "National governments");
    let quote = items[4].attribution.as_deref().expect("a speaker");
    assert_eq!((quote.speaker.as_str(), quote.approved), ("Ana Ruiz", true));
    assert_eq!(saved.header_value("rapporteurs"), "Ana López");
    let agenda = saved.agenda.as_ref().expect("the timer was used");
    assert_eq!(agenda.phase, 1);

    // Opened again through a pipe: the entries are there, and so is the place.
    let again = bin::breakout()
        .dir(dir.path())
        .args(["s.json", "--plain"])
        .stdin("/list\n/undo\n")
        .run()
        .assert_ok();
    let out = again.out();
    assert!(out.contains("Asia has 5 entries:"), "{out}");
    assert!(out.contains("Nothing to undo."), "{out}");
}

#[test]
fn answers_come_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ran = bin::breakout()
        .dir(dir.path())
        .args(["--lang", "fr", "s.json"])
        .stdin("Un point\n/nimporte\n")
        .run()
        .assert_ok();
    assert_plain(&ran.stdout, false);
    let out = ran.out();
    assert!(out.contains("Point 1 ajouté à Plenary, Q1."), "{out}");
    assert!(
        out.contains("La commande /nimporte n'existe pas ; tapez /help pour la liste."),
        "{out}"
    );
    assert!(out.contains("s.json enregistré (1 entrée)."), "{out}");
}

#[test]
fn a_session_in_a_folder_that_cannot_be_written_is_told_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The session's folder does not exist: said in one sentence, exit 1, nothing written.
    let ran = bin::breakout()
        .dir(dir.path())
        .args(["nowhere/s.json", "--plain"])
        .stdin("A point\n")
        .run();
    assert_eq!(ran.code(), Some(1));
    assert!(
        ran.err().contains("the folder does not exist"),
        "{}",
        ran.err()
    );
    assert_plain(&ran.stdout, false);
}

/// The binary in a pseudo-terminal of its own, with a private HOME, in English.
struct Pty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    // Kept open for the child's sake.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    fn start(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(bin::BIN);
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("HOME", dir);
        cmd.env("XDG_DATA_HOME", dir.join("data"));
        cmd.env("XDG_CONFIG_HOME", dir.join("config"));
        cmd.env("LANG", "C.UTF-8");
        cmd.env("TERM", "xterm-256color");
        for var in ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "NO_COLOR"] {
            cmd.env_remove(var);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("start breakout");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("output").extend_from_slice(&buf[..n]);
            }
        });
        Pty {
            child,
            writer,
            output,
            _master: pair.master,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("output")).into_owned()
    }

    fn bytes(&self) -> Vec<u8> {
        self.output.lock().expect("output").clone()
    }

    fn wait_for(&self, what: &str) {
        let found = poll(WAIT, || self.text().contains(what).then_some(()));
        assert!(
            found.is_some(),
            "{what:?} never came; so far:\n{}",
            self.text()
        );
    }

    fn type_line(&mut self, line: &str) {
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .expect("type");
        self.writer.flush().expect("flush");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let status = poll(WAIT, || self.child.try_wait().ok().flatten());
        status.unwrap_or_else(|| panic!("breakout did not end; so far:\n{}", self.text()))
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid");
        let ok = std::process::Command::new("kill")
            .args(["-s", name, &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(ok.success(), "kill -s {name} {pid}");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

#[test]
fn ctrl_c_in_a_dumb_terminal_saves_what_was_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut pty = Pty::start(dir.path(), &["s.json"], &[("TERM", "dumb")]);
    pty.wait_for("Plenary · Q1 Recommendations for> ");
    pty.type_line("/table asia");
    pty.wait_for("Asia · Q1");
    pty.type_line("Remittances cost too much");
    pty.wait_for("Point 1 added at Asia, Q1.");
    pty.type_line("/rec Cap transfer fees");
    pty.wait_for("Recommendation 2 added at Asia, Q1.");
    // Half a line, then Ctrl-C: what was entered is saved, and the program ends well.
    pty.writer.write_all(b"half a thou").expect("type");
    pty.writer.write_all(&[3]).expect("Ctrl-C");
    pty.writer.flush().expect("flush");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}\n{}", pty.text());
    pty.wait_for("Saved s.json (2 entries).");
    assert_plain(&pty.bytes(), true);
    let saved = read_session(&dir.path().join("s.json")).expect("saved");
    let texts: Vec<&str> = live(&saved).iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["Remittances cost too much", "Cap transfer fees"]);
    assert!(
        live(&saved)
            .iter()
            .all(|i| i.table.as_deref() == Some("asia"))
    );
}

#[test]
fn a_second_copy_is_read_only_and_sigterm_saves_the_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = Pty::start(dir.path(), &["--plain", "s.json"], &[]);
    first.wait_for("> ");
    first.type_line("From the first laptop");
    first.wait_for("Point 1 added");
    // Autosave writes it within about a second.
    poll(WAIT, || {
        read_session(&dir.path().join("s.json"))
            .ok()
            .filter(|s| s.live_items().count() == 1)
    })
    .expect("the first point is saved");

    // A second copy on the same file: read-only, says so, changes nothing, exits 0.
    let mut second = Pty::start(dir.path(), &["--plain", "s.json"], &[]);
    second.wait_for("Read-only: open in another breakout");
    second.wait_for("> ");
    second.type_line("From the second");
    second.wait_for("Not changed: this session is read-only (open in another breakout");
    second.type_line("/list");
    second.wait_for("1. Point, Q1: From the first laptop");
    second.type_line("/quit");
    assert!(second.wait_exit().success());
    second.wait_for("it was read-only, so nothing was saved.");
    assert_plain(&second.bytes(), true);

    // The first goes on, then is stopped by SIGTERM: everything is saved.
    first.type_line("Second point");
    first.wait_for("Point 2 added");
    first.signal("TERM");
    assert!(first.wait_exit().success(), "{}", first.text());
    first.wait_for("Saved s.json (2 entries).");
    assert_plain(&first.bytes(), true);
    let saved = read_session(&dir.path().join("s.json")).expect("saved");
    let texts: Vec<&str> = live(&saved).iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, ["From the first laptop", "Second point"]);
}

#[test]
fn files_arriving_in_a_watched_folder_are_merged_and_told_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("inbox");
    let mut pty = Pty::start(
        dir.path(),
        &["--plain", "main.json", "--watch", "inbox"],
        &[],
    );
    pty.wait_for("> ");
    // Another laptop's file, made the way that laptop would (in another folder).
    let other = dir.path().join("asia");
    std::fs::create_dir(&other).expect("folder");
    bin::breakout()
        .dir(&other)
        .args(["asia.json", "--table", "asia"])
        .stdin("Said at Asia\n")
        .run()
        .assert_ok();
    std::fs::copy(other.join("asia.json"), inbox.join("asia.json")).expect("copy");
    pty.wait_for("Merged asia.json: 1 new, 0 updated, 0 deleted.");
    pty.type_line("/table asia");
    pty.type_line("/list");
    pty.wait_for("1. Point, Q1: Said at Asia");
    pty.type_line("/quit");
    assert!(pty.wait_exit().success());
    assert_plain(&pty.bytes(), true);
    let saved = read_session(&dir.path().join("main.json")).expect("saved");
    assert_eq!(live(&saved).len(), 1);
}

#[test]
fn a_session_saved_into_its_watched_folder_is_not_taken_for_another_laptops_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("inbox");
    let mut pty = Pty::start(
        dir.path(),
        &["--plain", "main.json", "--watch", "inbox"],
        &[],
    );
    pty.wait_for("> ");
    pty.type_line("/save-as inbox");
    pty.wait_for("Saved as inbox/main.json");
    pty.type_line("typed after the move");
    pty.wait_for("Point 1 added");
    // The watcher looks every two seconds: three looks, and its own file never arrives.
    std::thread::sleep(watch::POLL * 3);
    pty.type_line("/quit");
    assert!(pty.wait_exit().success());
    // Only its creation, the move and the quit speak of the file: no merge into itself.
    let text = pty.text();
    let told: Vec<&str> = text.lines().filter(|l| l.contains("main.json")).collect();
    assert_eq!(told.len(), 3, "{text}");
    let saved = read_session(&inbox.join("main.json")).expect("saved");
    assert_eq!(live(&saved).len(), 1);
}

#[test]
fn a_folder_that_turns_read_only_is_told_once_and_nothing_is_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("notes");
    std::fs::create_dir(&folder).expect("folder");
    let mut pty = Pty::start(&folder, &["--plain", "s.json"], &[]);
    pty.wait_for("> ");
    pty.type_line("Before");
    pty.wait_for("Point 1 added");
    poll(WAIT, || {
        read_session(&folder.join("s.json"))
            .ok()
            .filter(|s| s.live_items().count() == 1)
    })
    .expect("the first point is saved");
    let read_only = match read_only_over(&folder) {
        Ok(m) => m,
        Err(why) => {
            loud_skip(
                "plain mode in a read-only folder (bind mount)",
                &why,
                "The model of saving failures is covered by tests/faults.rs.",
            );
            return;
        }
    };
    pty.type_line("While the folder is read-only");
    pty.wait_for("Point 2 added");
    pty.wait_for("your notes are kept and saving is retried.");
    drop(read_only);
    pty.wait_for("Saving works again; everything is saved.");
    pty.type_line("/quit");
    assert!(pty.wait_exit().success(), "{}", pty.text());
    assert_plain(&pty.bytes(), true);
    let saved = read_session(&folder.join("s.json")).expect("saved");
    assert_eq!(live(&saved).len(), 2);
}

/// The bug found with three laptops through Syncthing: laptop A holds `asia.json` open while
/// Syncthing puts laptop B's version in its place (B captured a point into the same file).
/// A merges B's version in and says so, and its next save holds both sides: nothing captured
/// on either laptop vanishes.
#[test]
fn a_version_put_in_place_by_a_sync_tool_is_merged_not_saved_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("asia.json");
    let mut pty = Pty::start(
        dir.path(),
        &["--plain", "asia.json", "--table", "asia"],
        &[],
    );
    pty.wait_for("> ");
    pty.type_line("Typed on laptop A");
    let on_disk = |n: usize| {
        poll(WAIT, || {
            read_session(&path)
                .ok()
                .filter(|s| live(s).len() == n)
                .map(drop)
        })
        .unwrap_or_else(|| {
            panic!(
                "{n} entries never reached the file; so far:\n{}",
                pty.text()
            )
        })
    };
    on_disk(1);

    // Laptop B's version: A's file as it arrived there, with a point B captured. Syncthing
    // writes it beside the file and renames it into place.
    let mut theirs = read_session(&path).expect("parses");
    common::session::add(
        &mut theirs,
        breakout::model::NewItem::point(Some("asia"), Some("q1"), "Typed on laptop B"),
    );
    let tmp = dir.path().join(".syncthing.asia.json.tmp");
    std::fs::write(
        &tmp,
        breakout::storage::store::encode(&theirs).expect("encodes"),
    )
    .expect("write B's version");
    std::fs::rename(&tmp, &path).expect("rename into place");
    pty.wait_for("asia.json changed on disk (another laptop): merged in 1 new");

    pty.type_line("Typed on laptop A, later");
    pty.type_line("/quit");
    assert!(pty.wait_exit().success(), "{}", pty.text());
    assert_plain(&pty.bytes(), true);
    let saved = read_session(&path).expect("saved");
    let mut texts: Vec<&str> = live(&saved).iter().map(|i| i.text.as_str()).collect();
    texts.sort_unstable();
    assert_eq!(
        texts,
        [
            "Typed on laptop A",
            "Typed on laptop A, later",
            "Typed on laptop B"
        ]
    );
}

#[test]
fn export_says_what_the_report_notes_about_the_forms_limits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input =
        "/table asia\n/rec Open legal pathways\n/action one\n/action two\n/action three\n/export\n";
    let ran = bin::breakout()
        .dir(dir.path())
        .args(["s.json"])
        .stdin(input)
        .run()
        .assert_ok();
    let out = ran.out();
    assert!(
        out.contains(
            ": s.report.md, s.report.txt, s.report.docx. Note (you decide): 3 actions under \
             recommendation 1: the form allows 2."
        ),
        "{out}"
    );
}
