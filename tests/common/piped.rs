//! The built binary kept running with pipes for its input and output, for tests that type at
//! it over time (plain mode) and read what it says as it says it: a start race, a save-as, a
//! rapporteur watching a synced folder. Its HOME and XDG folders are under `home` and it speaks
//! English, as with [`super::bin`]. A child still running when the value is dropped is killed,
//! also when the test panics.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::bin::{BIN, isolate};

pub struct Piped {
    child: Child,
    stdin: Option<ChildStdin>,
    out: Arc<Mutex<Vec<u8>>>,
    err: Arc<Mutex<Vec<u8>>>,
    readers: Vec<JoinHandle<()>>,
}

/// Gathers what `from` writes into `into`, on its own thread, until it closes.
fn gather(mut from: impl Read + Send + 'static, into: &Arc<Mutex<Vec<u8>>>) -> JoinHandle<()> {
    let sink = Arc::clone(into);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend_from_slice(&buf[..n]);
        }
    })
}

impl Piped {
    /// Starts breakout with `args` in the folder `dir`, its HOME and XDG folders under `home`.
    pub fn start<S: AsRef<OsStr>>(dir: &Path, home: &Path, args: &[S]) -> Piped {
        let mut child = isolate(Command::new(BIN).args(args).current_dir(dir), home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start breakout");
        let (out, err) = (Arc::default(), Arc::default());
        let mut readers = Vec::new();
        if let Some(o) = child.stdout.take() {
            readers.push(gather(o, &out));
        }
        if let Some(e) = child.stderr.take() {
            readers.push(gather(e, &err));
        }
        Piped {
            stdin: child.stdin.take(),
            child,
            out,
            err,
            readers,
        }
    }

    /// Types a line (nothing happens once the input is closed).
    pub fn type_line(&mut self, line: &str) {
        if let Some(stdin) = self.stdin.as_mut() {
            stdin
                .write_all(format!("{line}\n").as_bytes())
                .expect("type a line");
            stdin.flush().expect("flush");
        }
    }

    /// What it has said on standard output so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.out.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }

    /// Waits until it has said `what`, failing after `limit` with what it did say.
    pub fn wait_for(&self, what: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !self.text().contains(what) {
            assert!(
                Instant::now() < deadline,
                "breakout never said {what:?}; it said:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Closes its input and waits for it to end, killing it (and failing) after `limit`;
    /// returns its status, standard output and standard error.
    pub fn finish(mut self, limit: Duration) -> (ExitStatus, String, String) {
        drop(self.stdin.take());
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait for breakout") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("breakout did not end; it said:\n{}", self.text());
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let err = String::from_utf8_lossy(&self.err.lock().unwrap_or_else(|e| e.into_inner()))
            .into_owned();
        (status, self.text(), err)
    }
}

impl Drop for Piped {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
