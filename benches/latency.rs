//! Latency and idle-cost harness: drives the built `breakout` binary in a real
//! pseudo-terminal, and in the same run, interleaved, the same job in
//! `vim -u NONE -N -i NONE -n` and in `cat` (the pseudo-terminal's own cost), then prints a
//! table. Run: `cargo bench --bench latency` (it builds the release binary first).
//!
//! Keystroke latency is the time from writing a key to seeing it in the screen as parsed by
//! `vt100`. Figures are reported, never asserted.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const COLS: u16 = 100;
const ROWS: u16 = 30;
/// Keys typed per program (LATENCY_KEYS overrides, for a quick look).
fn keys() -> usize {
    std::env::var("LATENCY_KEYS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(600)
}
const WORD: usize = 40;

/// A program in a pseudo-terminal, with its screen parsed as it draws.
struct Term {
    screen: Arc<(Mutex<vt100::Parser>, Condvar)>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    fn spawn(name: &str, program: &Path, args: &[&str], dir: &Path) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOME", dir);
        let child = pair.slave.spawn_command(cmd).expect("start the program");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pair.master.take_writer().expect("writer")));
        let screen = Arc::new((
            Mutex::new(vt100::Parser::new(nz(ROWS), nz(COLS), 0)),
            Condvar::new(),
        ));
        let (s, w) = (Arc::clone(&screen), Arc::clone(&writer));
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let bytes = &buf[..n];
                let mut p = s.0.lock().expect("screen");
                p.process(bytes);
                // A bare pseudo-terminal answers nobody's cursor-position query: we do.
                if bytes.windows(4).any(|x| x == b"\x1b[6n") {
                    let (r, c) = p.screen().cursor_position();
                    let _ = write!(w.lock().expect("writer"), "\x1b[{};{}R", r + 1, c + 1);
                }
                drop(p);
                s.1.notify_all();
            }
        });
        let _ = name;
        Term {
            screen,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// Waits (up to 10 s) for the program to end after being asked to, then makes sure.
    fn exit(mut self) {
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let _ = self.child.kill();
    }

    fn pid(&self) -> u32 {
        self.child.process_id().unwrap_or(0)
    }

    fn send(&self, bytes: &[u8]) {
        let mut w = self.writer.lock().expect("writer");
        let _ = w.write_all(bytes);
        let _ = w.flush();
    }

    /// Waits until `pred` holds for the parsed screen; returns how long that took.
    fn wait(&self, limit: Duration, pred: impl Fn(&str) -> bool) -> Option<Duration> {
        let start = Instant::now();
        let (lock, cv) = &*self.screen;
        let mut p = lock.lock().expect("screen");
        loop {
            if pred(&p.screen().contents()) {
                return Some(start.elapsed());
            }
            let left = limit.checked_sub(start.elapsed())?;
            p = cv.wait_timeout(p, left).expect("screen").0;
        }
    }

    /// Writes `key` and measures the time until `expect` is on screen.
    fn key(&self, key: &[u8], expect: &str) -> Option<Duration> {
        let (lock, cv) = &*self.screen;
        let start = Instant::now();
        self.send(key);
        let mut p = lock.lock().expect("screen");
        loop {
            if p.screen().contents().contains(expect) {
                return Some(start.elapsed());
            }
            let Some(left) = Duration::from_secs(2).checked_sub(start.elapsed()) else {
                if std::env::var_os("LATENCY_DEBUG").is_some() {
                    eprintln!("not seen: {expect:?}\n{}", p.screen().contents());
                }
                return None;
            };
            p = cv.wait_timeout(p, left).expect("screen").0;
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// CPU time (ticks) and context switches of every thread of `pid`.
fn cost(pid: u32) -> (u64, u64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let cpu = f.get(11).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0)
        + f.get(12).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0);
    let mut switches = 0;
    if let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) {
        for t in tasks.flatten() {
            let s = std::fs::read_to_string(t.path().join("status")).unwrap_or_default();
            for line in s.lines() {
                if line.starts_with("voluntary_ctxt_switches")
                    || line.starts_with("nonvoluntary_ctxt_switches")
                {
                    switches += line
                        .split_whitespace()
                        .nth(1)
                        .and_then(|x| x.parse::<u64>().ok())
                        .unwrap_or(0);
                }
            }
        }
    }
    (cpu, switches)
}

fn peak_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|x| x.parse().ok())
        .unwrap_or(0)
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Start-up runs per program.
const STARTS: usize = 7;

/// "median (fastest–slowest over N runs)".
fn spread(times: &mut [Duration]) -> String {
    times.sort();
    match (times.first(), times.get(times.len() / 2), times.last()) {
        (Some(lo), Some(mid), Some(hi)) => format!(
            "{} ({}–{} over {} runs)",
            ms(*mid),
            ms(*lo),
            ms(*hi),
            times.len()
        ),
        _ => "timed out".into(),
    }
}

/// A session file with `n` entries at the Asia table, and the same text as plain lines.
fn make_session(dir: &Path, bin: &Path, n: usize) -> (PathBuf, PathBuf) {
    use breakout::model::{NewItem, Session};
    let path = dir.join(format!("s{n}.json"));
    let text = dir.join(format!("s{n}.txt"));
    let r = breakout::storage::catalog::default_plan().expect("plan");
    let now = chrono::Utc::now();
    let mut s = Session::new(r.plan, r.template, now);
    let mut lines = String::new();
    for i in 0..n {
        let t = format!("Point {i}: firewalls between immigration enforcement and services");
        s.add(NewItem::point(Some("asia"), Some("q1"), t.clone()), now)
            .expect("add");
        lines.push_str(&t);
        lines.push('\n');
    }
    std::fs::write(&path, breakout::export::json(&s).expect("json")).expect("write");
    std::fs::write(&text, lines).expect("write");
    let _ = bin;
    (path, text)
}

fn ensure_vim() -> PathBuf {
    if let Ok(out) = Command::new("sh").args(["-c", "command -v vim"]).output()
        && out.status.success()
    {
        return PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    }
    eprintln!("vim is not installed: installing it with apt-get");
    let ok = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq vim",
        ])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "could not install vim: install it and run again");
    PathBuf::from("/usr/bin/vim")
}

/// Starts a new, empty line of typing and returns the text already typed on it.
type StartLine<'a> = Box<dyn Fn(&Term, usize) -> String + 'a>;

struct Typist<'a> {
    term: &'a Term,
    /// Starts a new, empty line of typing and says what text stands before it on screen.
    start_line: StartLine<'a>,
    samples: Vec<Duration>,
    word: String,
    cycle: usize,
}

impl Typist<'_> {
    fn type_keys(&mut self, count: usize) {
        for _ in 0..count {
            if self.word.len() >= WORD || self.word.is_empty() {
                self.cycle += 1;
                self.word = (self.start_line)(self.term, self.cycle);
            }
            let c = char::from(b'a' + (self.word.len() % 26) as u8);
            self.word.push(c);
            if let Some(d) = self.term.key(c.to_string().as_bytes(), &self.word) {
                self.samples.push(d);
            }
        }
    }
}

fn main() {
    // `cargo bench` passes flags such as --bench; this harness takes none.
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_breakout"));
    let vim = ensure_vim();
    let cat = PathBuf::from("/bin/cat");
    let dir = tempfile::tempdir().expect("tempdir");
    let (small, small_txt) = make_session(dir.path(), &bin, 10);
    let (big, big_txt) = make_session(dir.path(), &bin, 10_000);
    let _ = small_txt;

    println!(
        "breakout latency and cost harness ({} keys per program, {COLS}x{ROWS})",
        keys()
    );
    println!("machine: {} cores, {}", num_cpus(), cpu_model());

    // Start-up to the first complete frame, on 10,000 entries: timed over several runs,
    // breakout and vim in turn, because one run is at the mercy of whatever else the machine
    // is doing. The last run of each stays open for the typing below.
    let vim_args = [
        "-u",
        "NONE",
        "-N",
        "-i",
        "NONE",
        "-n",
        big_txt.to_str().expect("path"),
    ];
    let (mut b_starts, mut v_starts) = (Vec::new(), Vec::new());
    for _ in 1..STARTS {
        let t0 = Instant::now();
        let b = Term::spawn(
            "breakout 10k",
            &bin,
            &[big.to_str().expect("path")],
            dir.path(),
        );
        b_starts.extend(
            b.wait(Duration::from_secs(30), |s| s.contains("? help"))
                .map(|_| t0.elapsed()),
        );
        b.send(b"q");
        b.exit();
        let t0 = Instant::now();
        let v = Term::spawn("vim 10k", &vim, &vim_args, dir.path());
        v_starts.extend(
            v.wait(Duration::from_secs(30), |s| s.contains("10000L"))
                .map(|_| t0.elapsed()),
        );
        v.send(b"\x1b:q!\r");
        v.exit();
    }
    let t0 = Instant::now();
    let b_big = Term::spawn(
        "breakout 10k",
        &bin,
        &[big.to_str().expect("path")],
        dir.path(),
    );
    let b_start = b_big.wait(Duration::from_secs(30), |s| s.contains("? help"));
    b_starts.extend(b_start.map(|_| t0.elapsed()));
    let t0 = Instant::now();
    let v_big = Term::spawn(
        "vim 10k",
        &vim,
        &[
            "-u",
            "NONE",
            "-N",
            "-i",
            "NONE",
            "-n",
            big_txt.to_str().expect("path"),
        ],
        dir.path(),
    );
    v_starts.extend(
        v_big
            .wait(Duration::from_secs(30), |s| s.contains("10000L"))
            .map(|_| t0.elapsed()),
    );
    let b_peak = peak_kb(b_big.pid());
    let v_peak_big = peak_kb(v_big.pid());

    let b_small = Term::spawn(
        "breakout 10",
        &bin,
        &[small.to_str().expect("path")],
        dir.path(),
    );
    b_small.wait(Duration::from_secs(30), |s| s.contains("? help"));
    let v_small = Term::spawn(
        "vim",
        &vim,
        &[
            "-u",
            "NONE",
            "-N",
            "-i",
            "NONE",
            "-n",
            dir.path().join("v.txt").to_str().expect("p"),
        ],
        dir.path(),
    );
    v_small.wait(Duration::from_secs(10), |s| s.contains("~"));
    // cat in raw mode without echo: every key goes through the pseudo-terminal and cat once.
    let c = Term::spawn(
        "cat",
        Path::new("/bin/sh"),
        &["-c", &format!("stty raw -echo; exec {}", cat.display())],
        dir.path(),
    );
    let b_small_peak = peak_kb(b_small.pid());
    let v_small_peak = peak_kb(v_small.pid());

    // Idle cost: nothing pressed for 10 s, then with the timer running.
    let idle_secs = std::env::var("LATENCY_IDLE")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(10);
    let idle = |t: &Term| {
        let a = cost(t.pid());
        std::thread::sleep(Duration::from_secs(idle_secs));
        let b = cost(t.pid());
        (b.0 - a.0, b.1 - a.1)
    };
    let b_idle = idle(&b_small);
    let v_idle = idle(&v_small);
    b_small.send(b"s");
    std::thread::sleep(Duration::from_millis(300));
    let b_timer = idle(&b_small);
    b_small.send(b"s");

    // Keystroke latency, interleaved in batches of 50 keys.
    let breakout_line = |t: &Term, cycle: usize| {
        // Finish the current entry (Esc keeps it), then start a new point. The pause keeps
        // Esc and n from arriving together, which a terminal reads as Alt-n.
        t.send(b"\x1b");
        std::thread::sleep(Duration::from_millis(60));
        t.send(b"n");
        t.wait(Duration::from_secs(5), |s| {
            s.contains("New Discussion point")
        });
        let w = format!("w{cycle:04}");
        for ch in w.chars() {
            t.key(ch.to_string().as_bytes(), &w[..=w.find(ch).unwrap_or(0)]);
        }
        w
    };
    let vim_line = |t: &Term, cycle: usize| {
        t.send(b"\x1bo"); // a new line below, in insert mode
        std::thread::sleep(Duration::from_millis(30));
        let w = format!("w{cycle:04}");
        t.send(w.as_bytes());
        t.wait(Duration::from_secs(5), |s| s.contains(&w));
        w
    };
    let cat_line = |t: &Term, cycle: usize| {
        t.send(b"\r\n");
        let w = format!("w{cycle:04}");
        t.send(w.as_bytes());
        t.wait(Duration::from_secs(5), |s| s.contains(&w));
        w
    };
    b_big.send(b"4");
    let mut typists = [
        Typist {
            term: &b_small,
            start_line: Box::new(breakout_line),
            samples: vec![],
            word: String::new(),
            cycle: 0,
        },
        Typist {
            term: &b_big,
            start_line: Box::new(breakout_line),
            samples: vec![],
            word: String::new(),
            cycle: 5000,
        },
        Typist {
            term: &v_small,
            start_line: Box::new(vim_line),
            samples: vec![],
            word: String::new(),
            cycle: 0,
        },
        Typist {
            term: &c,
            start_line: Box::new(cat_line),
            samples: vec![],
            word: String::new(),
            cycle: 0,
        },
    ];
    for _ in 0..keys() / 50 {
        for t in typists.iter_mut() {
            t.type_keys(50);
        }
    }

    println!();
    println!("| measure | breakout (10 entries) | breakout (10,000 entries) | vim | cat |");
    println!("| --- | --- | --- | --- | --- |");
    let mut rows: Vec<(Duration, Duration, usize)> = Vec::new();
    for t in typists.iter_mut() {
        let n = t.samples.len();
        let p50 = percentile(&mut t.samples, 0.5);
        let p99 = percentile(&mut t.samples, 0.99);
        rows.push((p50, p99, n));
    }
    println!(
        "| keystroke latency, median | {} | {} | {} | {} |",
        ms(rows[0].0),
        ms(rows[1].0),
        ms(rows[2].0),
        ms(rows[3].0)
    );
    println!(
        "| keystroke latency, 99th percentile | {} | {} | {} | {} |",
        ms(rows[0].1),
        ms(rows[1].1),
        ms(rows[2].1),
        ms(rows[3].1)
    );
    println!(
        "| keys measured | {} | {} | {} | {} |",
        rows[0].2, rows[1].2, rows[2].2, rows[3].2
    );
    println!(
        "| start-up to first frame, 10,000 entries | | {} | {} (same text) | |",
        spread(&mut b_starts),
        spread(&mut v_starts)
    );
    let tick = 100.0; // USER_HZ on Linux
    println!(
        "| idle {idle_secs} s: CPU, wakeups | {:.2} s, {} | | {:.2} s, {} | |",
        b_idle.0 as f64 / tick,
        b_idle.1,
        v_idle.0 as f64 / tick,
        v_idle.1
    );
    println!(
        "| idle {idle_secs} s with the timer running: CPU, wakeups | {:.2} s, {} | | | |",
        b_timer.0 as f64 / tick,
        b_timer.1
    );
    println!(
        "| peak memory | {} MB | {} MB | {} MB ({} MB with the 10,000 lines) | |",
        b_small_peak / 1024,
        b_peak / 1024,
        v_small_peak / 1024,
        v_peak_big / 1024
    );
    println!();
    println!(
        "Ratios: median {:.2}x vim, p99 {:.2}x vim; 10,000 vs 10 entries: median {:.2}x, p99 {:.2}x",
        rows[0].0.as_secs_f64() / rows[2].0.as_secs_f64().max(1e-9),
        rows[0].1.as_secs_f64() / rows[2].1.as_secs_f64().max(1e-9),
        rows[1].0.as_secs_f64() / rows[0].0.as_secs_f64().max(1e-9),
        rows[1].1.as_secs_f64() / rows[0].1.as_secs_f64().max(1e-9),
    );
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN)
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map_or("unknown CPU".into(), |s| s.trim().to_owned())
}
