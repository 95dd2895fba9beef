//! End to end through a real terminal: the built `breakout` binary runs inside tmux, keys are
//! typed with `tmux send-keys` as a person would, and the tests read what a person would see
//! (`tmux capture-pane`) and what is on disk (`read_session`).
//!
//! Every test has its own tmux server (the driver in `common/tmux.rs`), so tests run in
//! parallel and never touch a user's tmux. tmux is required: without it these tests fail and
//! say to run `.ci/test`, which installs it.
//!
//! Timing: nothing here waits a fixed time for the app. Each step polls (the screen, the file,
//! /proc) with a generous deadline. "Without waiting" below means: without waiting for the
//! autosave. The tests do wait until the typed text is on screen, because a key that tmux has
//! not yet handed to the program when the terminal closes is lost by any program.

// Needs tmux and /proc: Unix only (Windows builds are checked, not tested).
#![cfg(unix)]

mod common;
use common::bin::BIN;
use common::tmux::{self, Tmux};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use breakout::model::{Item, Session};
use breakout::storage::load::read_session;

/// The terminal's size.
const COLS: u16 = 100;
const ROWS: u16 = 30;

/// Text on the main screen once it is up and drawn: the end of the footer, the last line
/// drawn (a capture may catch a frame half-written, top to bottom).
const READY: &str = "? help";

/// Calls `f` until it returns something or the driver's timeout passes.
fn poll<T>(f: impl FnMut() -> Option<T>) -> Option<T> {
    common::poll_every(tmux::POLL, tmux::TIMEOUT, f)
}

// ---------------------------------------------------------------------------------------------
// Processes, through /proc

/// A process, identified by pid and start time so that a reused pid is not mistaken for it.
#[derive(Debug, Clone, Copy)]
struct Proc {
    pid: u32,
    start: u64,
}

struct Stat {
    state: char,
    ppid: u32,
    start: u64,
    comm: String,
}

fn stat(pid: u32) -> Option<Stat> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let comm = text[open + 1..close].to_owned();
    let fields: Vec<&str> = text[close + 1..].split_whitespace().collect();
    // After the command: state (field 3), ppid (4), ..., starttime (22).
    Some(Stat {
        state: fields.first()?.chars().next()?,
        ppid: fields.get(1)?.parse().ok()?,
        start: fields.get(19)?.parse().ok()?,
        comm,
    })
}

impl Proc {
    fn of(pid: u32) -> Proc {
        let s = stat(pid).unwrap_or_else(|| panic!("process {pid} does not exist"));
        Proc {
            pid,
            start: s.start,
        }
    }

    /// Running (a zombie, exited but not yet reaped, counts as gone). Its main thread can be a
    /// zombie while another of its threads is still exiting and still holds its open files
    /// (the session's lock among them): until every thread is a zombie, it is running.
    fn alive(&self) -> bool {
        let gone = |state: char| matches!(state, 'Z' | 'X');
        let Some(s) = stat(self.pid).filter(|s| s.start == self.start) else {
            return false;
        };
        if !gone(s.state) {
            return true;
        }
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{}/task", self.pid)) else {
            return false;
        };
        tasks.flatten().any(|t| {
            let path = t.path().join("stat");
            std::fs::read_to_string(path).ok().is_some_and(|text| {
                text.rfind(')')
                    .and_then(|close| text[close + 1..].split_whitespace().next())
                    .and_then(|f| f.chars().next())
                    .is_some_and(|state| !gone(state))
            })
        })
    }

    fn argv(&self) -> Vec<String> {
        let raw = std::fs::read(format!("/proc/{}/cmdline", self.pid)).unwrap_or_default();
        raw.split(|&b| b == 0)
            .filter(|a| !a.is_empty())
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect()
    }

    fn signal(&self, name: &str) {
        assert!(self.alive(), "process {} is already gone", self.pid);
        let status = Command::new("sh")
            .args([
                "-c",
                "kill -s \"$1\" \"$2\"",
                "sh",
                name,
                &self.pid.to_string(),
            ])
            .status()
            .expect("run sh");
        assert!(status.success(), "kill -s {name} {} failed", self.pid);
    }

    /// Waits until the process has ended; on failure shows what the pane `name` shows.
    fn wait_gone(&self, why: &str, tmux: &Tmux, name: &str) {
        if poll(|| (!self.alive()).then_some(())).is_none() {
            let out = tmux.run(&["capture-pane", "-p", "-t", name]);
            panic!(
                "breakout (pid {}) is still running {:?} after {why}; the pane shows:\n{}",
                self.pid,
                tmux::TIMEOUT,
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
}

/// The process of the pane `name`, checked to be breakout opened on `file`.
fn breakout_in_pane(tmux: &Tmux, name: &str, file: &Path) -> Proc {
    let p = Proc::of(tmux.pane_pid(name));
    let argv = p.argv();
    assert_eq!(
        argv,
        [BIN, file.to_str().unwrap()],
        "the pane's process {} is not breakout on the file",
        p.pid
    );
    assert_eq!(stat(p.pid).unwrap().comm, "breakout");
    p
}

/// The breakout process started by the shell in the pane `name` (the shell waits for it).
fn breakout_child_of_pane(tmux: &Tmux, name: &str) -> Proc {
    let shell = tmux.pane_pid(name);
    let found = poll(|| {
        std::fs::read_dir("/proc")
            .ok()?
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .find(|&pid| stat(pid).is_some_and(|s| s.ppid == shell && s.comm == "breakout"))
    });
    let pid = found.unwrap_or_else(|| panic!("no breakout process under the pane's shell {shell}"));
    let p = Proc::of(pid);
    assert_eq!(p.argv().first().map(String::as_str), Some(BIN));
    p
}

// ---------------------------------------------------------------------------------------------
// The session file

/// Waits until the session file on disk parses and holds an entry that `want` accepts.
fn wait_for_saved(path: &Path, what: &str, want: impl Fn(&Item) -> bool) -> Session {
    let mut last = String::from("never read");
    let found = poll(|| match read_session(path) {
        Ok(s) => {
            if s.live_items().any(&want) {
                Some(s)
            } else {
                last = format!("entries: {:?}", texts(&s));
                None
            }
        }
        Err(e) => {
            last = format!("error: {e}");
            None
        }
    });
    found.unwrap_or_else(|| {
        panic!(
            "{} does not hold {what} within {:?}; last read: {last}",
            path.display(),
            tmux::TIMEOUT
        )
    })
}

fn saved_now(path: &Path, want: impl Fn(&Item) -> bool) -> bool {
    read_session(path).is_ok_and(|s| s.live_items().any(want))
}

fn texts(s: &Session) -> Vec<&str> {
    s.live_items().map(|i| i.text.as_str()).collect()
}

fn session_file(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("session.json")
}

fn point_with_text(text: &str) -> impl Fn(&Item) -> bool + '_ {
    move |i: &Item| i.text == text && i.slot.is_none()
}

/// Starts a new point in the pane `name` and types `text` into it, until it is on screen.
/// Returns whether the autosave had already saved it by then (so the save on exit, which the
/// callers test, may not have been needed).
fn type_new_point(tmux: &Tmux, name: &str, file: &Path, text: &str) -> bool {
    tmux.keys(name, &["n"]);
    tmux.type_text(name, text);
    tmux.wait_for(name, text);
    saved_now(file, point_with_text(text))
}

/// After the program ended by `how`: the file parses and holds the point `text`.
fn assert_saved_after(how: &str, file: &Path, text: &str, autosaved_before: bool) {
    let session =
        read_session(file).unwrap_or_else(|e| panic!("the file must parse after {how}: {e}"));
    assert!(
        session.live_items().any(point_with_text(text)),
        "not saved: «{text}»; the file holds {:?}",
        texts(&session)
    );
    if autosaved_before {
        eprintln!("note: the autosave was faster than {how}; the save on exit was not tested");
    }
}

fn assert_cooked(flags: &BTreeSet<String>) {
    for flag in ["echo", "icanon", "isig"] {
        assert!(
            flags.contains(flag) && !flags.contains(&format!("-{flag}")),
            "the terminal was left without `{flag}` (raw mode not undone): {flags:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The tests

const BENGALI_RECOMMENDATION: &str = "অভিবাসী শ্রমিকদের অধিকার রক্ষা";
const TARGET: &str = "Governments of Bangladesh and the GCC states";

/// A recommendation typed in Bengali survives SIGKILL (once autosaved) and is on screen after
/// a restart.
#[test]
fn bengali_recommendation_survives_sigkill_and_shows_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let f = file.to_str().unwrap();

    let tmux = Tmux::new("sigkill");
    tmux.start("first", COLS, ROWS, &[BIN, f]);
    tmux.wait_for("first", READY);
    let proc = breakout_in_pane(&tmux, "first", &file);

    tmux.keys("first", &["4"]);
    tmux.wait_for("first", "By question · Asia");
    tmux.keys("first", &["r"]);
    tmux.wait_for("first", "New Recommendation");
    tmux.type_text("first", BENGALI_RECOMMENDATION);
    tmux.keys("first", &["Tab"]);
    tmux.type_text("first", TARGET);
    tmux.wait_for("first", &format!("Target: {TARGET}"));

    let is_it = |i: &Item| {
        i.text == BENGALI_RECOMMENDATION
            && i.slot.as_deref() == Some("recommendation")
            && i.table.as_deref() == Some("asia")
            && i.field("target") == TARGET
    };
    // Autosave, with the editor still open: nothing but the clock saved it.
    wait_for_saved(&file, "the Bengali recommendation with its target", is_it);

    proc.signal("KILL");
    proc.wait_gone("SIGKILL", &tmux, "first");
    // (The pane closed with its program, and the session with it.)
    let _ = tmux.run(&["kill-session", "-t", "first"]);

    tmux.start("second", COLS, ROWS, &[BIN, f]);
    let screen = tmux.wait_for("second", READY);
    assert!(
        !screen.to_lowercase().contains("read-only"),
        "after a SIGKILL the stale lock must not make the file read-only:\n{screen}"
    );
    breakout_in_pane(&tmux, "second", &file);
    tmux.keys("second", &["4"]);
    tmux.wait_for("second", "By question · Asia");
    tmux.wait_for("second", BENGALI_RECOMMENDATION);
    // The target is drawn below the recommendation, so once it shows the line above is whole.
    tmux.wait_for("second", &format!("Target: {TARGET}"));
    let screen = tmux.screen("second");
    assert!(
        screen.lines().any(|l| l
            .trim_end()
            .ends_with(&format!(": {BENGALI_RECOMMENDATION}"))),
        "the recommendation's line should end with the exact text:\n{screen}"
    );
    assert!(screen.contains(&format!("Target: {TARGET}")), "{screen}");
    let session = read_session(&file).unwrap();
    assert_eq!(session.live_items().filter(|i| is_it(i)).count(), 1);
}

/// Closing the terminal (tmux kill-session: the program gets SIGHUP and its terminal is gone)
/// right after typing: the process ends and the file holds everything typed.
#[test]
fn closing_the_terminal_saves_everything_typed() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let text = "lid closed: শ্রমিকদের কথা, 2016 ✅";

    let tmux = Tmux::new("sighup");
    tmux.start("s", COLS, ROWS, &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    let proc = breakout_in_pane(&tmux, "s", &file);
    let autosaved_before = type_new_point(&tmux, "s", &file, text);
    tmux.kill_session("s");

    proc.wait_gone("its terminal was closed", &tmux, "s");
    assert_saved_after("the terminal closed", &file, text, autosaved_before);
    // Its goodbye line has no terminal to go to, and that is no reason to panic.
    let log = tmux.log();
    assert!(log.contains("INFO") && !log.contains("panic"), "{log}");
}

/// SIGTERM right after typing: the process ends, the file holds everything typed, the
/// terminal is restored and the exit message printed.
#[test]
fn sigterm_saves_everything_typed_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let text = "SIGTERM: কর্মী সুরক্ষা now";

    let tmux = Tmux::new("sigterm");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    let proc = breakout_child_of_pane(&tmux, "s");
    let autosaved_before = type_new_point(&tmux, "s", &file, text);
    proc.signal("TERM");

    proc.wait_gone("SIGTERM", &tmux, "s");
    assert_saved_after("SIGTERM", &file, text, autosaved_before);
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(
        screen.contains(&format!("Saved {}", file.display())),
        "{screen}"
    );
    assert!(!tmux.alternate_on("s"), "still in the alternate screen");
    assert_cooked(&tmux.stty_flags("s"));
}

/// The test-only panic (F12 with BREAKOUT_TEST_PANIC_KEY set) leaves the terminal restored —
/// normal screen, echo and line editing back on — and keeps what was typed.
#[test]
fn a_panic_restores_the_terminal_and_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let text = "before the panic: নারী ও শিশু";

    let tmux = Tmux::new("panic");
    let data = dir.path().join("data");
    tmux.start_wrapped(
        "s",
        COLS,
        ROWS,
        &[
            ("RUST_BACKTRACE", "0"),
            ("BREAKOUT_TEST_PANIC_KEY", "1"),
            ("XDG_DATA_HOME", data.to_str().unwrap()),
        ],
        &[BIN, file.to_str().unwrap()],
    );
    tmux.wait_for("s", READY);
    let proc = breakout_child_of_pane(&tmux, "s");
    assert!(
        tmux.alternate_on("s"),
        "the live screen uses the alternate screen"
    );
    let autosaved_before = type_new_point(&tmux, "s", &file, text);
    tmux.keys("s", &["F12"]);

    proc.wait_gone("the panic", &tmux, "s");
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(screen.contains("test panic requested"), "{screen}");
    assert!(screen.contains("EXIT=101"), "{screen}");
    assert!(
        !tmux.alternate_on("s"),
        "the panic left the alternate screen on"
    );
    assert_cooked(&tmux.stty_flags("s"));
    assert_saved_after("the panic", &file, text, autosaved_before);
    // After Rust's own message, words that say where the notes are and where the log is.
    assert!(
        screen.contains(&format!("Your notes are saved in {}", file.display())),
        "{screen}"
    );
    let log = data.join("breakout").join("breakout.log");
    assert!(
        screen.contains(&format!("The log is {}", log.display())),
        "{screen}"
    );
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("test panic requested"), "{logged}");
}

/// Ctrl-Z gives the terminal back to the shell (its screen, its title, cooked mode), with
/// what was being typed already saved; `fg` brings the whole screen back with the editor still
/// open, and typing goes on. `kill -TSTP` from outside does the same. The window's title names
/// the session file while the app runs.
#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_brings_the_whole_screen_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let text = "typed before Ctrl-Z: নারী";
    let tmux = Tmux::new("suspend");
    // An interactive shell with job control, as a user has.
    tmux.start("s", COLS, ROWS, &["bash", "--norc", "--noprofile", "-i"]);
    let data = dir.path().join("data");
    tmux.literal(
        "s",
        &format!(
            "PS1='shell$ ' XDG_DATA_HOME='{}' '{BIN}' '{}'",
            data.display(),
            file.display()
        ),
    );
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", READY);
    let title = tmux.display("s", "#{pane_title}");
    assert!(title.contains("breakout: session.json"), "{title}");
    type_new_point(&tmux, "s", &file, text);

    tmux.keys("s", &["C-z"]);
    let shell = tmux.wait_for("s", "Stopped");
    assert!(!tmux.alternate_on("s"), "the shell's screen is back");
    assert!(!shell.contains(READY), "{shell}");
    let title = tmux.display("s", "#{pane_title}");
    assert!(
        !title.contains("session.json"),
        "title not restored: {title}"
    );
    assert!(
        saved_now(&file, point_with_text(text)),
        "what was typed is saved before the process stops"
    );
    let proc = breakout_child_of_pane(&tmux, "s");
    assert_eq!(stat(proc.pid).map(|s| s.state), Some('T'), "stopped");

    // The editor is still open (its footer, not the main screen's).
    tmux.literal("s", "fg");
    tmux.keys("s", &["Enter"]);
    let screen = tmux.wait_for("s", text);
    assert!(tmux.alternate_on("s"));
    assert!(screen.contains("Guiding questions"), "{screen}");
    let more = " and after";
    tmux.type_text("s", more);
    tmux.wait_for("s", &format!("{text}{more}"));

    // From outside: the same.
    proc.signal("TSTP");
    tmux.wait_for("s", "Stopped");
    assert!(!tmux.alternate_on("s"));
    tmux.literal("s", "fg");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", &format!("{text}{more}"));
    assert!(tmux.alternate_on("s"));

    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);
    tmux.keys("s", &["q"]);
    tmux.wait_for("s", "Saved");
    proc.wait_gone("quitting", &tmux, "s");
    assert_saved_after("suspending twice", &file, &format!("{text}{more}"), false);
    let log = std::fs::read_to_string(data.join("breakout").join("breakout.log")).unwrap();
    assert_eq!(log.matches("suspended").count(), 2, "{log}");
}

/// A second instance on an open file says "Read-only" and writes nothing; the first still
/// saves normally when it quits.
#[test]
fn a_second_instance_is_read_only_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let f = file.to_str().unwrap();
    let first_text = "first window: সিদ্ধান্ত";
    let second_text = "second window words";

    let tmux = Tmux::new("readonly");
    tmux.start_wrapped("first", COLS, ROWS, &[], &[BIN, f]);
    tmux.wait_for("first", READY);
    tmux.wait_for("first", "saved");
    let before = std::fs::read(&file).unwrap();

    tmux.start("second", COLS, ROWS, &[BIN, f]);
    tmux.wait_for("second", READY);
    tmux.wait_for("second", "Read-only");
    let proc = breakout_in_pane(&tmux, "second", &file);
    // Try to write: a new point, a new recommendation, text, Enter. (No Esc: an Esc that
    // reaches the program in the same read as the next key is taken for Alt with that key.)
    tmux.keys("second", &["n"]);
    tmux.type_text("second", second_text);
    tmux.keys("second", &["Enter", "r"]);
    tmux.type_text("second", second_text);
    tmux.keys("second", &["Enter"]);
    // Keys are handled in order, so q comes after all of them.
    let screen = tmux.screen("second");
    tmux.keys("second", &["q"]);
    proc.wait_gone("q in the read-only instance", &tmux, "second");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the read-only instance changed the file; its screen was:\n{screen}"
    );

    type_new_point(&tmux, "first", &file, first_text);
    tmux.keys("first", &["Enter"]);
    tmux.keys("first", &["q"]);
    let screen = tmux.wait_for("first", "EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(
        screen.contains(&format!("Saved {}", file.display())),
        "{screen}"
    );
    let session = read_session(&file).unwrap();
    assert!(
        session.live_items().any(point_with_text(first_text)),
        "{:?}",
        texts(&session)
    );
    assert!(
        !session.live_items().any(|i| i.text.contains(second_text)),
        "{:?}",
        texts(&session)
    );
}

/// `q` saves, leaves the alternate screen and then prints "Saved <path>".
#[test]
fn quit_saves_and_says_so_on_the_normal_screen() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let text = "quit note: অধিকার";

    let tmux = Tmux::new("quit");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    let proc = breakout_child_of_pane(&tmux, "s");
    type_new_point(&tmux, "s", &file, text);
    tmux.keys("s", &["Enter", "q"]);

    proc.wait_gone("q", &tmux, "s");
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(!tmux.alternate_on("s"), "q left the alternate screen on");
    // Printed on the normal screen, so after the live screen closed.
    let saved = format!("Saved {} (", file.display());
    assert!(
        screen.lines().any(|l| l.starts_with(&saved)),
        "expected the line {saved:?} on the normal screen:\n{screen}"
    );
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(
        !screen.contains("Guiding questions"),
        "the live screen is still visible:\n{screen}"
    );
    assert_cooked(&tmux.stty_flags("s"));
    let session = read_session(&file).unwrap();
    assert!(
        session.live_items().any(point_with_text(text)),
        "{:?}",
        texts(&session)
    );
}

/// Resizing the window, smaller than usable and back, redraws the screen and leaves the
/// program taking keys (clearing the screen must never wait for the terminal's answer).
#[test]
fn resizing_the_window_redraws_and_keeps_taking_keys() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let tmux = Tmux::new("resize");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    tmux.ok(&["resize-window", "-t", "s", "-x", "30", "-y", "8"]);
    tmux.wait_for("s", "Window too small");
    tmux.ok(&["resize-window", "-t", "s", "-x", "100", "-y", "30"]);
    tmux.wait_for("s", "Guiding questions");
    let text = "after the resize: অধিকার";
    type_new_point(&tmux, "s", &file, text);
    tmux.keys("s", &["Enter", "q"]);
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    let session = read_session(&file).unwrap();
    assert!(
        session.live_items().any(point_with_text(text)),
        "{:?}",
        texts(&session)
    );
}

/// The terminal's cursor: (column, row, shown).
fn real_cursor(tmux: &Tmux, name: &str) -> (u16, u16, bool) {
    let s = tmux.display(name, "#{cursor_x} #{cursor_y} #{cursor_flag}");
    let n: Vec<u16> = s.split(' ').filter_map(|n| n.parse().ok()).collect();
    assert_eq!(n.len(), 3, "cursor {s:?}");
    (n[0], n[1], n[2] == 1)
}

/// Waits until the terminal's cursor is `want`; panics with the screen otherwise.
fn wait_cursor(tmux: &Tmux, name: &str, want: (u16, u16, bool), what: &str) {
    let mut last = (0, 0, false);
    if poll(|| {
        last = real_cursor(tmux, name);
        (last == want).then_some(())
    })
    .is_none()
    {
        panic!(
            "{what}: the cursor is at {last:?}, not {want:?}; the pane shows:\n{}",
            tmux.screen(name)
        );
    }
}

/// Typing Bengali, Arabic and emoji in the editor: the pane shows the text with no stale or
/// blank cell, the terminal's own cursor stands at the edit point and shows (and is hidden
/// on the main screen), a lone mark left at the start of a line shows on a dotted circle,
/// and Ctrl-L draws everything again after something else wrote over the screen.
#[test]
fn the_real_cursor_follows_typing_in_any_script_and_ctrl_l_repaints() {
    use breakout::tui::view::text::width;
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let tmux = Tmux::new("cursor");
    tmux.start("s", COLS, ROWS, &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    assert!(!real_cursor(&tmux, "s").2, "hidden on the main screen");

    tmux.keys("s", &["n"]);
    tmux.wait_for("s", "type here");
    let (x0, y0, shown) = real_cursor(&tmux, "s");
    assert!(shown, "shown in the editor");

    let text = "প্রবাসী حُقُوق 👍🏽 🇧🇩 👩\u{200d}👩\u{200d}👧 end";
    tmux.type_text("s", text);
    tmux.wait_for("s", "👧 end");
    let w = width(text) as u16;
    wait_cursor(&tmux, "s", (x0 + w, y0, true), "after typing");
    let screen = tmux.screen("s");
    let row = screen.lines().nth(usize::from(y0)).unwrap_or_default();
    // The family shows as its members (the joiners make terminals disagree on its width),
    // and the word after it right after it: no blank or stale column between.
    assert!(row.contains("প্রবাসী"), "{row}");
    assert!(row.contains("حُقُوق"), "{row}");
    assert!(row.contains("👍🏽 🇧🇩 👩👩👧 end"), "{row}");

    // Backspace takes the whole family, then the word goes back right after the flag.
    tmux.keys(
        "s",
        &["End", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace"],
    );
    wait_cursor(
        &tmux,
        "s",
        (x0 + width("প্রবাসী حُقُوق 👍🏽 🇧🇩 ") as u16, y0, true),
        "after taking back the family",
    );
    let screen = tmux.screen("s");
    let row = screen.lines().nth(usize::from(y0)).unwrap_or_default();
    assert!(row.contains("👍🏽 🇧🇩") && !row.contains('👩'), "{row}");

    // A vowel sign typed at the start has no letter to sit on: it is drawn on a dotted circle,
    // not on a phantom letter, and the cursor stands right after it.
    tmux.keys("s", &["Home"]);
    wait_cursor(&tmux, "s", (x0, y0, true), "after Home");
    tmux.type_text("s", "\u{9bf}");
    tmux.wait_for("s", "◌িপ্রবাসী");
    wait_cursor(&tmux, "s", (x0 + 2, y0, true), "after the lone vowel sign");

    // Something else writes over the screen; Ctrl-L draws it all again.
    let tty = tmux.display("s", "#{pane_tty}");
    std::fs::write(&tty, "\x1b[1;1HSTRAY STRAY STRAY").expect("write to the pane's terminal");
    tmux.wait_for("s", "STRAY");
    tmux.keys("s", &["C-l"]);
    poll(|| (!tmux.screen("s").contains("STRAY")).then_some(()))
        .unwrap_or_else(|| panic!("Ctrl-L left:\n{}", tmux.screen("s")));
    tmux.wait_for("s", "◌িপ্রবাসী");
    wait_cursor(&tmux, "s", (x0 + 2, y0, true), "after Ctrl-L");

    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);
    poll(|| (!real_cursor(&tmux, "s").2).then_some(()))
        .unwrap_or_else(|| panic!("the cursor still shows after the editor closed"));
}
