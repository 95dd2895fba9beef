//! The one runner of programs for the tests: the built `breakout` binary, run as a user would
//! (or another program a test drives, such as LibreOffice), and this test binary re-run as a
//! helper child process.
//!
//! A program runs with its working folder, HOME and XDG folders in a temporary folder (the
//! test's, or one of its own), so a test never touches the user's data folder or
//! configuration; with no stdin unless given; in the C.UTF-8 locale. Its status, stdout and
//! stderr are captured, and a child that outlives its time limit is killed and fails the test,
//! so a hang fails CI instead of stalling it.

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The built binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_breakout");

/// How long one run may take unless the test says otherwise. Generous: the suite may run many
/// tests at once on a slow machine; only a hang reaches it.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Gives a command its own HOME and XDG folders under `home`, no config file but the one
/// there, and English whatever the tester's locale (the tests compare English words).
pub fn isolate<'a>(cmd: &'a mut Command, home: &Path) -> &'a mut Command {
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("BREAKOUT_CONFIG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
}

/// A run of a program being set up: see [`breakout`] and [`program`].
pub struct Run {
    program: OsString,
    if_missing: Option<String>,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    dir: Option<PathBuf>,
    stdin: Option<Vec<u8>>,
    limit: Duration,
}

/// `breakout` with no arguments yet, in a temporary folder of its own.
pub fn breakout() -> Run {
    program(BIN)
}

/// Another program (found on PATH), run the same way.
pub fn program(name: impl AsRef<OsStr>) -> Run {
    Run {
        program: name.as_ref().to_owned(),
        if_missing: None,
        args: Vec::new(),
        env: Vec::new(),
        dir: None,
        stdin: None,
        limit: TIME_LIMIT,
    }
}

/// Runs `breakout ARGS` in `dir` (see [`Run::dir`]).
pub fn run<I, S>(dir: &Path, args: I) -> Ran
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    breakout().dir(dir).args(args).run()
}

/// Runs `breakout ARGS` in `dir` and checks that it succeeded.
pub fn run_ok<I, S>(dir: &Path, args: I) -> Ran
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    run(dir, args).assert_ok()
}

impl Run {
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Sets an environment variable (after the ones the runner sets, so it may replace them).
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// Runs in `dir`: the working folder and HOME, with the XDG folders below it
    /// (`dir/data` for data, `dir/config`, `dir/state`, `dir/cache`).
    pub fn dir(mut self, dir: &Path) -> Self {
        self.dir = Some(dir.to_owned());
        self
    }

    /// Gives `bytes` on standard input (closed after them).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// How long the run may take before it is killed and the test fails.
    pub fn time_limit(mut self, limit: Duration) -> Self {
        self.limit = limit;
        self
    }

    /// What the test fails with when the program is not installed (say how to install it).
    pub fn if_missing(mut self, message: &str) -> Self {
        self.if_missing = Some(message.to_owned());
        self
    }

    /// Runs it to the end; panics if it cannot start or outlives its time limit. (Its exit
    /// status is the caller's to check: see [`Ran::assert_ok`].)
    pub fn run(self) -> Ran {
        let own_dir;
        let dir = match &self.dir {
            Some(d) => d.as_path(),
            None => {
                own_dir = tempfile::tempdir().expect("a temporary folder to run a program in");
                own_dir.path()
            }
        };
        let what = format!(
            "{} {}",
            Path::new(&self.program)
                .file_name()
                .unwrap_or(&self.program)
                .to_string_lossy(),
            self.args
                .iter()
                .map(|a| format!("{:?}", a.to_string_lossy()))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let mut cmd = Command::new(&self.program);
        isolate(cmd.args(&self.args).current_dir(dir), dir)
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let mut child = match cmd.spawn() {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && self.if_missing.is_some() => {
                panic!("{}", self.if_missing.unwrap_or_default())
            }
            Err(e) => panic!("cannot start {what} ({:?}): {e}", self.program),
        };
        if let Some(bytes) = self.stdin {
            let mut pipe = child.stdin.take().expect("piped stdin");
            // On a thread: a child that does not read must not block the test.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            });
        }
        let stdout = drain(child.stdout.take().expect("piped stdout"));
        let stderr = drain(child.stderr.take().expect("piped stderr"));
        let deadline = Instant::now() + self.limit;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() >= deadline => break None,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => panic!("waiting for {what}: {e}"),
            }
        };
        let Some(status) = status else {
            let _ = child.kill();
            let _ = child.wait();
            let (out, err) = (joined(stdout), joined(stderr));
            panic!(
                "{what} was still running after {:?} and was killed.\n--- stdout\n{}\n--- stderr\n{}",
                self.limit,
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&err)
            );
        };
        Ran {
            what,
            status,
            stdout: joined(stdout),
            stderr: joined(stderr),
        }
    }
}

/// Reads a pipe to its end on a thread.
fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn joined(reader: JoinHandle<Vec<u8>>) -> Vec<u8> {
    reader.join().expect("the pipe reader does not panic")
}

/// A finished run: how it ended and what it printed.
#[derive(Debug)]
pub struct Ran {
    /// The command line, for messages.
    pub what: String,
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Ran {
    /// The exit code (`None` if a signal ended it).
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    pub fn success(&self) -> bool {
        self.status.success()
    }

    /// Standard output as text (invalid UTF-8 replaced).
    pub fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Standard error as text (invalid UTF-8 replaced).
    pub fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Checks that it succeeded; otherwise panics with what it printed.
    pub fn assert_ok(self) -> Self {
        assert!(
            self.success(),
            "{} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            self.what,
            self.status,
            self.out(),
            self.err()
        );
        self
    }
}

// ---------------------------------------------------------------------------------------------
// This test binary as a helper child

/// This test binary re-run as a child process that runs only the test `test`, a helper that
/// does nothing unless one of the environment variables `env` tells it what to do. Killed on
/// drop, so no child outlives its test. Its stdout is read line by line on a thread; a line
/// cut short (by a kill) is not delivered.
pub struct Helper {
    child: std::process::Child,
    lines: Receiver<String>,
}

/// Starts the helper `test` (see [`Helper`]) with `env` set; its stderr is the test's.
pub fn helper(test: &str, env: &[(&str, &OsStr)]) -> Helper {
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut cmd = Command::new(exe);
    cmd.args(["--exact", test, "--nocapture", "--test-threads=1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the helper {test}: {e}"));
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(n) if n > 0 && line.ends_with('\n') => {
                    if tx.send(line.trim().to_owned()).is_err() {
                        return;
                    }
                }
                _ => return,
            }
        }
    });
    Helper { child, lines: rx }
}

impl Helper {
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Reads lines until `wanted` accepts one, and returns it; `wanted` sees every line before
    /// it too. Panics, saying `what` was awaited, if the helper's stdout closes first (with its
    /// exit status) or `limit` passes.
    pub fn wait_for_line(
        &mut self,
        what: &str,
        limit: Duration,
        mut wanted: impl FnMut(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + limit;
        loop {
            match self
                .lines
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(line) if wanted(&line) => return line,
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    panic!("the helper did not print {what} within {limit:?}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait().expect("wait for the helper");
                    panic!("the helper exited ({status}) before printing {what}")
                }
            }
        }
    }

    /// Kills it with SIGKILL and waits for it; returns how it ended.
    pub fn kill(&mut self) -> ExitStatus {
        self.child.kill().expect("SIGKILL the helper");
        self.child.wait().expect("wait for the helper")
    }

    /// The whole lines it printed that were not read yet, up to the end of its stdout (call
    /// after it has ended).
    pub fn rest(&self) -> Vec<String> {
        self.lines.iter().collect()
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
