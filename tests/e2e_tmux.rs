//! End to end through a real terminal: the built `breakout` binary runs inside tmux, keys are
//! typed with `tmux send-keys` as a person would, and the tests read what a person would see
//! (`tmux capture-pane`) and what is on disk (`read_session`).
//!
//! Every test has its own tmux server (`tmux -L <unique name> -f /dev/null`), so tests run in
//! parallel and never touch a user's tmux. tmux is required: without it these tests fail and
//! say to run `.ci/test`, which installs it.
//!
//! Timing: nothing here waits a fixed time for the app. Each step polls (the screen, the file,
//! /proc) with a generous deadline. "Without waiting" below means: without waiting for the
//! autosave. The tests do wait until the typed text is on screen, because a key that tmux has
//! not yet handed to the program when the terminal closes is lost by any program.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use breakout::model::{Item, Session};
use breakout::storage::load::read_session;
use unicode_segmentation::UnicodeSegmentation;

const BIN: &str = env!("CARGO_BIN_EXE_breakout");

/// How long any one thing may take before the test gives up. Generous: the suite may be
/// running many other tests at the same time on a slow machine.
const TIMEOUT: Duration = Duration::from_secs(20);
const POLL: Duration = Duration::from_millis(25);

/// Text on the main screen once it is up and drawn: the end of the footer, the last line
/// drawn (a capture may catch a frame half-written, top to bottom).
const READY: &str = "? help";

// ---------------------------------------------------------------------------------------------
// tmux

/// A private tmux server with one session, `s`, in a 100×30 window. Killed on drop, and its
/// socket file removed (tmux leaves it behind).
struct Tmux {
    socket: String,
    socket_path: Option<PathBuf>,
}

static SERVERS: AtomicU32 = AtomicU32::new(0);

fn require_tmux() {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "tmux is not installed, and the end-to-end tests drive the app through it. \
         Run .ci/test (it installs tmux), or install the Debian package `tmux`."
    );
}

impl Tmux {
    /// Starts `argv` in a new detached session. With more than one argument tmux runs the
    /// program directly (no shell), so the pane's process is the program itself.
    fn start(test: &str, argv: &[&str]) -> Tmux {
        require_tmux();
        let socket = format!(
            "breakout-e2e-{}-{}-{}",
            std::process::id(),
            test,
            SERVERS.fetch_add(1, Ordering::SeqCst)
        );
        let mut tmux = Tmux {
            socket,
            socket_path: None,
        };
        let mut args = vec![
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "-s",
            "s",
            "--",
        ];
        args.extend_from_slice(argv);
        tmux.ok(&args);
        // (Fails only if the program already ended; a later step then says what is wrong.)
        let out = tmux.run(&["display-message", "-p", "#{socket_path}"]);
        let path = String::from_utf8_lossy(&out.stdout).trim_end().to_owned();
        tmux.socket_path = (out.status.success() && !path.is_empty()).then(|| path.into());
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            // -u: UTF-8 both ways whatever the locale; -f /dev/null: no user configuration.
            .args(["-u", "-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    /// Runs a tmux command that must succeed; returns its standard output.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("tmux prints UTF-8")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "s"];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    /// Sends text as typed characters (no key names).
    fn literal(&self, text: &str) {
        // tmux takes an argument ending in ';' as a command separator.
        assert!(!text.ends_with(';'), "chunk {text:?} ends with ';'");
        self.ok(&["send-keys", "-t", "s", "-l", "--", text]);
    }

    /// Types `text` as a person would: a few characters at a time, with small pauses.
    fn type_text(&self, text: &str) {
        let graphemes: Vec<&str> = text.graphemes(true).collect();
        for (i, chunk) in graphemes.chunks(3).enumerate() {
            self.literal(&chunk.concat());
            if i % 2 == 1 {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// The visible screen, one string per line, trailing blanks removed.
    fn screen(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", "s"])
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The visible screen with lines that the terminal wrapped joined again (for a shell's
    /// output, where a long path may wrap).
    fn screen_joined(&self) -> String {
        self.ok(&["capture-pane", "-p", "-J", "-t", "s"])
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let mut last = String::new();
        let found = poll(|| {
            last = self.screen_joined();
            last.contains(text).then(|| last.clone())
        });
        found.unwrap_or_else(|| {
            panic!(
                "the screen did not show {text:?} within {TIMEOUT:?}; it shows:\n{last}\n{}",
                "-".repeat(100)
            )
        })
    }

    fn display(&self, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", "s", format])
            .trim()
            .to_owned()
    }

    fn pane_pid(&self) -> u32 {
        let pid = self.display("#{pane_pid}");
        pid.parse()
            .unwrap_or_else(|_| panic!("pane_pid {pid:?} is not a number"))
    }

    fn alternate_on(&self) -> bool {
        match self.display("#{alternate_on}").as_str() {
            "0" => false,
            "1" => true,
            other => panic!("unexpected #{{alternate_on}}: {other:?}"),
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        if let Some(path) = &self.socket_path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Calls `f` until it returns something or the timeout passes.
fn poll<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(POLL);
    }
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

    /// Running (a zombie, exited but not yet reaped, counts as gone).
    fn alive(&self) -> bool {
        stat(self.pid).is_some_and(|s| s.start == self.start && !matches!(s.state, 'Z' | 'X'))
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

    /// Waits until the process has ended; on failure shows what the pane shows.
    fn wait_gone(&self, why: &str, tmux: &Tmux) {
        if poll(|| (!self.alive()).then_some(())).is_none() {
            let out = tmux.run(&["capture-pane", "-p", "-t", "s"]);
            panic!(
                "breakout (pid {}) is still running {TIMEOUT:?} after {why}; the pane shows:\n{}",
                self.pid,
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
}

/// The pane's process, checked to be breakout opened on `file`.
fn breakout_in_pane(tmux: &Tmux, file: &Path) -> Proc {
    let p = Proc::of(tmux.pane_pid());
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

/// The breakout process started by the shell in the pane (the shell waits for it).
fn breakout_child_of_pane(tmux: &Tmux) -> Proc {
    let shell = tmux.pane_pid();
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
            "{} does not hold {what} within {TIMEOUT:?}; last read: {last}",
            path.display()
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

/// Flags of `stty -a`, e.g. "echo" or "-echo".
fn stty_flags(path: &Path) -> BTreeSet<String> {
    let text = poll(|| {
        std::fs::read_to_string(path)
            .ok()
            .filter(|t| t.contains("icanon"))
    })
    .unwrap_or_else(|| {
        panic!(
            "the pane's shell did not write `stty -a` to {}",
            path.display()
        )
    });
    text.split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn assert_cooked(flags: &BTreeSet<String>) {
    for flag in ["echo", "icanon", "isig"] {
        assert!(
            flags.contains(flag) && !flags.contains(&format!("-{flag}")),
            "the terminal was left without `{flag}` (raw mode not undone): {flags:?}"
        );
    }
}

/// A shell command line that runs breakout on "$1" (with `env` before it), then prints its
/// exit status and the terminal settings (to "$2"), then keeps the pane open to be read.
fn shell_around(env: &str) -> String {
    format!("{env} \"$0\" \"$1\"; echo \"EXIT=$?\"; stty -a > \"$2\"; sleep 60")
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

    let first = Tmux::start("sigkill-a", &[BIN, f]);
    first.wait_for(READY);
    let proc = breakout_in_pane(&first, &file);

    first.keys(&["4"]);
    first.wait_for("By question · Asia");
    first.keys(&["r"]);
    first.wait_for("New Recommendation");
    first.type_text(BENGALI_RECOMMENDATION);
    first.keys(&["Tab"]);
    first.type_text(TARGET);
    first.wait_for(&format!("Target: {TARGET}"));

    let is_it = |i: &Item| {
        i.text == BENGALI_RECOMMENDATION
            && i.slot.as_deref() == Some("recommendation")
            && i.table.as_deref() == Some("asia")
            && i.field("target") == TARGET
    };
    // Autosave, with the editor still open: nothing but the clock saved it.
    wait_for_saved(&file, "the Bengali recommendation with its target", is_it);

    proc.signal("KILL");
    proc.wait_gone("SIGKILL", &first);
    drop(first);

    let second = Tmux::start("sigkill-b", &[BIN, f]);
    let screen = second.wait_for(READY);
    assert!(
        !screen.to_lowercase().contains("read-only"),
        "after a SIGKILL the stale lock must not make the file read-only:\n{screen}"
    );
    breakout_in_pane(&second, &file);
    second.keys(&["4"]);
    second.wait_for("By question · Asia");
    second.wait_for(BENGALI_RECOMMENDATION);
    // The target is drawn below the recommendation, so once it shows the line above is whole.
    second.wait_for(&format!("Target: {TARGET}"));
    let screen = second.screen();
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

    let tmux = Tmux::start("sighup", &[BIN, file.to_str().unwrap()]);
    tmux.wait_for(READY);
    let proc = breakout_in_pane(&tmux, &file);
    tmux.keys(&["n"]);
    tmux.type_text(text);
    tmux.wait_for(text);
    let autosaved_before = saved_now(&file, point_with_text(text));
    tmux.ok(&["kill-session", "-t", "s"]);

    proc.wait_gone("its terminal was closed", &tmux);
    let session = read_session(&file).expect("the file parses after the terminal closed");
    assert!(
        session.live_items().any(point_with_text(text)),
        "not saved: «{text}»; the file holds {:?}",
        texts(&session)
    );
    if autosaved_before {
        eprintln!("note: the autosave was faster than the close; the exit save was not tested");
    }
}

/// SIGTERM right after typing: the process ends, the file holds everything typed, the
/// terminal is restored and the exit message printed.
#[test]
fn sigterm_saves_everything_typed_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let stty = dir.path().join("stty.txt");
    let text = "SIGTERM: কর্মী সুরক্ষা now";

    let script = shell_around("");
    let tmux = Tmux::start(
        "sigterm",
        &[
            "sh",
            "-c",
            &script,
            BIN,
            file.to_str().unwrap(),
            stty.to_str().unwrap(),
        ],
    );
    tmux.wait_for(READY);
    let proc = breakout_child_of_pane(&tmux);
    tmux.keys(&["n"]);
    tmux.type_text(text);
    tmux.wait_for(text);
    let autosaved_before = saved_now(&file, point_with_text(text));
    proc.signal("TERM");

    proc.wait_gone("SIGTERM", &tmux);
    let session = read_session(&file).expect("the file parses after SIGTERM");
    assert!(
        session.live_items().any(point_with_text(text)),
        "not saved: «{text}»; the file holds {:?}",
        texts(&session)
    );
    let screen = tmux.wait_for("EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    assert!(
        screen.contains(&format!("Saved {}", file.display())),
        "{screen}"
    );
    assert!(!tmux.alternate_on(), "still in the alternate screen");
    assert_cooked(&stty_flags(&stty));
    if autosaved_before {
        eprintln!("note: the autosave was faster than SIGTERM; the exit save was not tested");
    }
}

/// The test-only panic (F12 with BREAKOUT_TEST_PANIC_KEY set) leaves the terminal restored —
/// normal screen, echo and line editing back on — and keeps what was typed.
#[test]
fn a_panic_restores_the_terminal_and_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let stty = dir.path().join("stty.txt");
    let text = "before the panic: নারী ও শিশু";

    let script = shell_around("RUST_BACKTRACE=0 BREAKOUT_TEST_PANIC_KEY=1");
    let tmux = Tmux::start(
        "panic",
        &[
            "sh",
            "-c",
            &script,
            BIN,
            file.to_str().unwrap(),
            stty.to_str().unwrap(),
        ],
    );
    tmux.wait_for(READY);
    let proc = breakout_child_of_pane(&tmux);
    assert!(
        tmux.alternate_on(),
        "the live screen uses the alternate screen"
    );
    tmux.keys(&["n"]);
    tmux.type_text(text);
    tmux.wait_for(text);
    let autosaved_before = saved_now(&file, point_with_text(text));
    tmux.keys(&["F12"]);

    proc.wait_gone("the panic", &tmux);
    let screen = tmux.wait_for("EXIT=");
    assert!(screen.contains("test panic requested"), "{screen}");
    assert!(screen.contains("EXIT=101"), "{screen}");
    assert!(
        !tmux.alternate_on(),
        "the panic left the alternate screen on"
    );
    assert_cooked(&stty_flags(&stty));
    let session = read_session(&file).expect("the file parses after the panic");
    assert!(
        session.live_items().any(point_with_text(text)),
        "not saved: «{text}»; the file holds {:?}",
        texts(&session)
    );
    if autosaved_before {
        eprintln!("note: the autosave was faster than the panic; the panic save was not tested");
    }
}

/// A second instance on an open file says "Read-only" and writes nothing; the first still
/// saves normally when it quits.
#[test]
fn a_second_instance_is_read_only_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = session_file(&dir);
    let f = file.to_str().unwrap();
    let stty = dir.path().join("stty.txt");
    let first_text = "first window: সিদ্ধান্ত";
    let second_text = "second window words";

    let script = shell_around("");
    let first = Tmux::start(
        "readonly-a",
        &["sh", "-c", &script, BIN, f, stty.to_str().unwrap()],
    );
    first.wait_for(READY);
    first.wait_for("saved");
    let before = std::fs::read(&file).unwrap();

    let second = Tmux::start("readonly-b", &[BIN, f]);
    second.wait_for(READY);
    second.wait_for("Read-only");
    let proc = breakout_in_pane(&second, &file);
    // Try to write: a new point, a new recommendation, text, Enter. (No Esc: an Esc that
    // reaches the program in the same read as the next key is taken for Alt with that key.)
    second.keys(&["n"]);
    second.type_text(second_text);
    second.keys(&["Enter", "r"]);
    second.type_text(second_text);
    second.keys(&["Enter"]);
    // Keys are handled in order, so q comes after all of them.
    let screen = second.screen();
    second.keys(&["q"]);
    proc.wait_gone("q in the read-only instance", &second);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the read-only instance changed the file; its screen was:\n{screen}"
    );

    first.keys(&["n"]);
    first.type_text(first_text);
    first.wait_for(first_text);
    first.keys(&["Enter"]);
    first.keys(&["q"]);
    let screen = first.wait_for("EXIT=");
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
    let stty = dir.path().join("stty.txt");
    let text = "quit note: অধিকার";

    let script = shell_around("");
    let tmux = Tmux::start(
        "quit",
        &[
            "sh",
            "-c",
            &script,
            BIN,
            file.to_str().unwrap(),
            stty.to_str().unwrap(),
        ],
    );
    tmux.wait_for(READY);
    let proc = breakout_child_of_pane(&tmux);
    tmux.keys(&["n"]);
    tmux.type_text(text);
    tmux.wait_for(text);
    tmux.keys(&["Enter", "q"]);

    proc.wait_gone("q", &tmux);
    let screen = tmux.wait_for("EXIT=");
    assert!(!tmux.alternate_on(), "q left the alternate screen on");
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
    assert_cooked(&stty_flags(&stty));
    let session = read_session(&file).unwrap();
    assert!(
        session.live_items().any(point_with_text(text)),
        "{:?}",
        texts(&session)
    );
}
