//! The one tmux driver for end-to-end tests through a real terminal: programs run in tmux
//! sessions of a given size, keys are typed with `tmux send-keys` as a person would, and tests
//! read what a person would see (`tmux capture-pane`).
//!
//! Every [`Tmux`] is a private tmux server on a socket in its own temporary folder, with no
//! user configuration (`-f /dev/null`) and UTF-8 both ways (`-u`), so tests run in parallel
//! and never touch a user's tmux. Dropping it kills that server, and only that one.
//!
//! tmux is required: without it the driver panics and says how to install it; it never skips.
//! Nothing here waits a fixed time: every wait polls with a generous deadline.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use unicode_segmentation::UnicodeSegmentation;

/// How long any one thing may take before a wait gives up. Generous: the suite may be running
/// many other tests at the same time on a slow machine.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// How often a wait looks (each look is a tmux command).
pub const POLL: Duration = Duration::from_millis(25);
/// How long [`Tmux::keys`] waits after an Enter or Tab: well past the app's burst gap (20 ms),
/// within which keys after an Enter or Tab are taken for a paste.
pub const AFTER_ENTER: Duration = Duration::from_millis(60);

/// A private tmux server; see the module's documentation.
pub struct Tmux {
    dir: tempfile::TempDir,
    socket: PathBuf,
}

static SERVERS: AtomicU32 = AtomicU32::new(0);

/// Panics, saying what to do, when tmux is not installed.
pub fn require_tmux() {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "tmux is not installed, and the end-to-end tests drive the app through it. \
         Run .ci/test (it installs tmux), or install the Debian package `tmux`."
    );
}

impl Tmux {
    /// A server for the test `test` (the name only shows in the socket's folder name); it
    /// starts with the first session.
    pub fn new(test: &str) -> Tmux {
        require_tmux();
        let dir = tempfile::Builder::new()
            .prefix(&format!(
                "breakout-tmux-{test}-{}-",
                SERVERS.fetch_add(1, Ordering::SeqCst)
            ))
            .tempdir()
            .expect("a temporary folder for the tmux socket");
        let socket = dir.path().join("socket");
        Tmux { dir, socket }
    }

    /// Starts `argv` in a new detached session `name` of `cols`×`rows`. With more than one
    /// argument tmux runs the program directly (no shell), so the pane's process is the
    /// program itself.
    pub fn start(&self, name: &str, cols: u16, rows: u16, argv: &[&str]) {
        let (cols, rows) = (cols.to_string(), rows.to_string());
        let mut args = vec![
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            &cols,
            "-y",
            &rows,
            "--",
        ];
        args.extend_from_slice(argv);
        self.ok(&args);
    }

    /// Starts `argv` as [`start`](Self::start) does, but under a shell that waits for it, then
    /// prints its exit status (`EXIT=n`, read by [`wait_exit`](Self::wait_exit)), writes the
    /// terminal's settings (read by [`stty_flags`](Self::stty_flags)) and keeps the pane open
    /// to be read. `env` is set for the program only. The program is the shell's child.
    pub fn start_wrapped(
        &self,
        name: &str,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
        argv: &[&str],
    ) {
        let stty = self.stty_path(name);
        let stty = stty.to_str().expect("a UTF-8 temporary path");
        let assignments: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut wrapped = vec![
            "sh",
            "-c",
            "stty_to=$1; shift; \"$@\"; echo \"EXIT=$?\"; stty -a > \"$stty_to\"; exec sleep 600",
            "sh",
            stty,
        ];
        if !assignments.is_empty() {
            wrapped.push("env");
            wrapped.extend(assignments.iter().map(String::as_str));
        }
        wrapped.extend_from_slice(argv);
        self.start(name, cols, rows, &wrapped);
    }

    fn stty_path(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("stty-{name}.txt"))
    }

    /// Runs a tmux command on this server.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            // -u: UTF-8 both ways whatever the locale; -f /dev/null: no user configuration.
            .args(["-u", "-f", "/dev/null", "-S"])
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            // The screens the tests read are in English, whatever the developer's language
            // (the server passes its environment to the programs it starts).
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            // No config file of the developer's: a file that is not there is the defaults
            // (a test that wants one passes BREAKOUT_CONFIG to its program).
            .env("BREAKOUT_CONFIG", self.dir.path().join("no-config.toml"))
            // New sessions and the log go to a folder of the test's own, never the
            // developer's (a test that looks there passes its own XDG_DATA_HOME).
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .output()
            .expect("run tmux")
    }

    /// What the programs this server started wrote in their log (empty if none did).
    #[allow(dead_code)]
    pub fn log(&self) -> String {
        let log = self.dir.path().join("data/breakout/breakout.log");
        std::fs::read_to_string(log).unwrap_or_default()
    }

    /// Runs a tmux command that must succeed; returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("tmux prints UTF-8")
    }

    /// Sends keys by tmux's names (`"Enter"`, `"Tab"`, `"F12"`, or plain characters).
    ///
    /// After each Enter or Tab it pauses as a person would: keys that reach the app right
    /// behind an Enter or Tab (within `BURST_GAP`, 20 ms) are taken for a paste sent as keys,
    /// and the Enter or Tab for a line break or tab in it, not the end of an entry or a move
    /// to the next field. Tests of that send in one call with [`burst`](Self::burst).
    pub fn keys(&self, name: &str, keys: &[&str]) {
        let held = |k: &&str| *k == "Enter" || *k == "Tab";
        for group in keys.split_inclusive(held) {
            let mut args = vec!["send-keys", "-t", name];
            args.extend_from_slice(group);
            self.ok(&args);
            if group.last().is_some_and(held) {
                std::thread::sleep(AFTER_ENTER);
            }
        }
    }

    /// Sends keys by tmux's names all at once, in one burst (a paste that a terminal sends
    /// as keys), with no pause after an Enter.
    pub fn burst(&self, name: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", name];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    /// Sends text as typed characters, all at once (no key names).
    pub fn literal(&self, name: &str, text: &str) {
        // tmux takes an argument ending in ';' as a command separator.
        assert!(!text.ends_with(';'), "chunk {text:?} ends with ';'");
        self.ok(&["send-keys", "-t", name, "-l", "--", text]);
    }

    /// Types `text` as a person would: a few characters at a time, with small pauses.
    pub fn type_text(&self, name: &str, text: &str) {
        let graphemes: Vec<&str> = text.graphemes(true).collect();
        for (i, chunk) in graphemes.chunks(3).enumerate() {
            self.literal(name, &chunk.concat());
            if i % 2 == 1 {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// The visible screen as drawn, one string per row, trailing blanks removed.
    pub fn screen(&self, name: &str) -> String {
        trimmed(&self.ok(&["capture-pane", "-p", "-t", name]))
    }

    /// The visible screen with the lines the terminal wrapped joined again (for a shell's
    /// output, where a long path may wrap).
    pub fn screen_joined(&self, name: &str) -> String {
        trimmed(&self.ok(&["capture-pane", "-p", "-J", "-t", name]))
    }

    /// Waits until the screen (lines joined) shows `text`; returns it. Panics with what the
    /// screen shows after [`TIMEOUT`].
    pub fn wait_for(&self, name: &str, text: &str) -> String {
        let mut last = String::new();
        let found = super::poll_every(POLL, TIMEOUT, || {
            last = self.screen_joined(name);
            last.contains(text).then(|| last.clone())
        });
        found.unwrap_or_else(|| {
            panic!(
                "{name}: the screen did not show {text:?} within {TIMEOUT:?}; it shows:\n{last}\n{}",
                "-".repeat(100)
            )
        })
    }

    /// Waits until the program started by [`start_wrapped`](Self::start_wrapped) has ended;
    /// returns its exit status, as the shell around it printed it.
    pub fn wait_exit(&self, name: &str) -> i32 {
        let screen = self.wait_for(name, "EXIT=");
        let status = screen
            .split("EXIT=")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_default();
        status
            .parse()
            .unwrap_or_else(|_| panic!("{name}: exit status {status:?} is not a number:\n{screen}"))
    }

    /// The flags of `stty -a` (e.g. "echo" or "-echo") as the shell of
    /// [`start_wrapped`](Self::start_wrapped) found the terminal after the program ended.
    pub fn stty_flags(&self, name: &str) -> BTreeSet<String> {
        let path = self.stty_path(name);
        let text = super::poll_every(POLL, TIMEOUT, || {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|t| t.contains("icanon"))
        })
        .unwrap_or_else(|| {
            panic!(
                "{name}: the pane's shell did not write `stty -a` to {} within {TIMEOUT:?}",
                path.display()
            )
        });
        text.split(|c: char| c.is_whitespace() || c == ';')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// A tmux format (`#{…}`) expanded for the session `name`.
    pub fn display(&self, name: &str, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", name, format])
            .trim()
            .to_owned()
    }

    /// The process id of the session's pane: the program, or the shell around it.
    pub fn pane_pid(&self, name: &str) -> u32 {
        let pid = self.display(name, "#{pane_pid}");
        pid.parse()
            .unwrap_or_else(|_| panic!("{name}: pane_pid {pid:?} is not a number"))
    }

    /// Whether the pane shows the alternate screen (a full-screen program's).
    pub fn alternate_on(&self, name: &str) -> bool {
        match self.display(name, "#{alternate_on}").as_str() {
            "0" => false,
            "1" => true,
            other => panic!("{name}: unexpected #{{alternate_on}}: {other:?}"),
        }
    }

    /// Kills the session `name`, as closing its terminal window would (its programs get
    /// SIGHUP and lose their terminal).
    pub fn kill_session(&self, name: &str) {
        self.ok(&["kill-session", "-t", name]);
    }

    /// The socket, for a test that wants to say where the server is.
    pub fn socket(&self) -> &Path {
        &self.socket
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // (Fails when no session is left: the server has already gone.)
        let _ = self.run(&["kill-server"]);
    }
}

fn trimmed(capture: &str) -> String {
    capture
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}
