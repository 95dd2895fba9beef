//! Latency and idle-cost harness: drives built `breakout` binaries in real pseudo-terminals
//! and, in the same run, interleaved, the same job in `vim -u NONE -N -i NONE -n` and in
//! `cat` (the pseudo-terminal's own cost), then prints tables. Run:
//! `cargo bench --bench latency` (it builds the release binary first).
//!
//! Measured at 10, 500 and 10,000 entries: keystroke latency (median, 99th percentile),
//! start-up to the first frame (500 and 10,000, against vim opening the same text as lines),
//! idle CPU and wake-ups, peak memory; and typing at the end of one very large entry (a
//! 2 MB paragraph pasted as one line) against typing at the end of a short one.
//!
//! The program is driven only as a user drives it (keys, bracketed paste) and its session
//! files are written in the session file format, so the harness measures any build:
//! - `LATENCY_BIN=/path/to/breakout` measures that binary instead of this tree's;
//! - `LATENCY_BIN_BEFORE=/path/to/older/breakout` also measures a second binary, interleaved
//!   with the first in every measure, and reports both columns.
//!
//! Also: `LATENCY_KEYS` (keys per program and size, default 600), `LATENCY_LARGE_KEYS` (keys
//! per entry in the large-entry run, default 200), `LATENCY_LARGE_MB` (size of the large
//! entry, default 2), `LATENCY_IDLE` (seconds, default 10), `LATENCY_STARTS` (start-ups per
//! program and size, default 7), `LATENCY_READY` (text that marks breakout's first frame,
//! default "? help"), `LATENCY_DEBUG` (print the screen when a key is not seen).
//! `LATENCY_KEYS=50 LATENCY_LARGE_KEYS=20 LATENCY_IDLE=2 LATENCY_STARTS=3` is a quick look.
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
const WORD: usize = 40;
/// Session sizes measured.
const SIZES: [usize; 3] = [10, 500, 10_000];
/// Sizes whose start-up is timed.
const START_SIZES: [usize; 2] = [500, 10_000];

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(default)
}

fn ready_text() -> String {
    std::env::var("LATENCY_READY").unwrap_or_else(|_| "? help".into())
}

/// A program in a pseudo-terminal, with its screen parsed as it draws.
struct Term {
    screen: Arc<(Mutex<vt100::Parser>, Condvar)>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    fn spawn(program: &Path, args: &[&str], dir: &Path) -> Term {
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
            let Some(left) = limit.checked_sub(start.elapsed()) else {
                if std::env::var_os("LATENCY_DEBUG").is_some() {
                    eprintln!("screen never matched:\n{}", p.screen().contents());
                }
                return None;
            };
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
            let Some(left) = Duration::from_secs(5).checked_sub(start.elapsed()) else {
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

fn ratio(a: Duration, b: Duration) -> String {
    if b.is_zero() {
        return "–".into();
    }
    format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64())
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

/// "median (fastest–slowest over N runs)".
fn spread(times: &[Duration]) -> String {
    let mut times = times.to_vec();
    times.sort();
    match (times.first(), times.get(times.len() / 2), times.last()) {
        (Some(lo), Some(mid), Some(hi)) => format!(
            "{} ({}–{}, {} runs)",
            ms(*mid),
            ms(*lo),
            ms(*hi),
            times.len()
        ),
        _ => "timed out".into(),
    }
}

fn median(times: &[Duration]) -> Duration {
    let mut times = times.to_vec();
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// One entry as the session file holds it, fields in the order the program writes them.
#[derive(serde::Serialize)]
struct Entry {
    id: uuid::Uuid,
    table: &'static str,
    question: &'static str,
    text: String,
    rank: i64,
    created: chrono::DateTime<chrono::Utc>,
    updated: chrono::DateTime<chrono::Utc>,
}

/// An empty session file, made by `bin` itself from its default plan: opened and quit.
fn empty_session(bin: &Path, dir: &Path) -> String {
    let path = dir.join("empty.json");
    let t = Term::spawn(bin, &[path.to_str().expect("path")], dir);
    let ready = ready_text();
    t.wait(Duration::from_secs(30), |s| s.contains(&ready))
        .expect("breakout shows its first frame");
    t.send(b"q");
    t.exit();
    std::fs::read_to_string(&path).expect("breakout wrote the new session file on quitting")
}

/// A session file with `n` entries at the Asia table (the empty file with the entries
/// written into its list, laid out as the program lays them out), and the same text as
/// plain lines for vim.
fn make_session(dir: &Path, empty: &str, n: usize) -> (PathBuf, PathBuf) {
    let path = dir.join(format!("s{n}.json"));
    let text = dir.join(format!("s{n}.txt"));
    let now = chrono::Utc::now();
    let mut ids: Vec<uuid::Uuid> = (0..n).map(|_| uuid::Uuid::now_v7()).collect();
    ids.sort();
    let mut lines = String::new();
    let mut items = String::new();
    for (i, id) in ids.into_iter().enumerate() {
        let t = format!("Point {i}: firewalls between immigration enforcement and services");
        lines.push_str(&t);
        lines.push('\n');
        let e = Entry {
            id,
            table: "asia",
            question: "q1",
            text: t,
            rank: i as i64,
            created: now,
            updated: now,
        };
        let json = serde_json::to_string_pretty(&e).expect("entry");
        items.push_str(if i == 0 { "\n" } else { ",\n" });
        for (k, l) in json.lines().enumerate() {
            if k > 0 {
                items.push('\n');
            }
            items.push_str("    ");
            items.push_str(l);
        }
    }
    let file = if n == 0 {
        empty.to_owned()
    } else {
        assert!(
            empty.contains("\"items\": []"),
            "the empty session file has an empty list of items"
        );
        empty.replacen("\"items\": []", &format!("\"items\": [{items}\n  ]"), 1)
    };
    std::fs::write(&path, file).expect("write");
    std::fs::write(&text, lines).expect("write");
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

fn vim_args(file: &Path) -> Vec<String> {
    ["-u", "NONE", "-N", "-i", "NONE", "-n"]
        .iter()
        .map(|s| s.to_string())
        .chain([file.to_str().expect("path").to_owned()])
        .collect()
}

fn spawn_vim(vim: &Path, file: &Path, dir: &Path) -> Term {
    let args = vim_args(file);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Term::spawn(vim, &args, dir)
}

/// Starts a new, empty stretch of typing and returns the text already typed on it.
type StartLine<'a> = Box<dyn Fn(&Term, usize) -> String + 'a>;

struct Typist<'a> {
    term: &'a Term,
    start_line: StartLine<'a>,
    samples: Vec<Duration>,
    word: String,
    cycle: usize,
}

impl<'a> Typist<'a> {
    fn new(term: &'a Term, start_line: StartLine<'a>, cycle: usize) -> Self {
        Typist {
            term,
            start_line,
            samples: vec![],
            word: String::new(),
            cycle,
        }
    }

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

    fn p50_p99(&self) -> (Duration, Duration) {
        let mut s = self.samples.clone();
        (percentile(&mut s, 0.5), percentile(&mut s, 0.99))
    }
}

/// Types `w` one key at a time, each waited for, unmeasured.
fn type_unmeasured(t: &Term, w: &str) {
    for (i, ch) in w.char_indices() {
        t.key(ch.to_string().as_bytes(), &w[..i + ch.len_utf8()]);
    }
}

/// breakout: finish the current entry (Esc keeps it), then start a new point.
fn breakout_line(t: &Term, cycle: usize) -> String {
    // The pause keeps Esc and n from arriving together, which a terminal reads as Alt-n.
    t.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(60));
    t.send(b"n");
    std::thread::sleep(Duration::from_millis(60));
    let w = format!("w{cycle:04}");
    type_unmeasured(t, &w);
    w
}

/// breakout, inside one entry: a space, then a new word.
fn entry_word(t: &Term, cycle: usize) -> String {
    let w = format!("w{cycle:04}");
    t.send(b" ");
    type_unmeasured(t, &w);
    w
}

fn vim_line(t: &Term, cycle: usize) -> String {
    t.send(b"\x1bo"); // a new line below, in insert mode
    std::thread::sleep(Duration::from_millis(30));
    let w = format!("w{cycle:04}");
    t.send(w.as_bytes());
    t.wait(Duration::from_secs(5), |s| s.contains(&w));
    w
}

fn cat_line(t: &Term, cycle: usize) -> String {
    t.send(b"\r\n");
    let w = format!("w{cycle:04}");
    t.send(w.as_bytes());
    t.wait(Duration::from_secs(5), |s| s.contains(&w));
    w
}

/// A paragraph of about `bytes` bytes, one line, ending with `end`.
fn paragraph(bytes: usize, end: &str) -> String {
    const WORDS: &[&str] = &[
        "firewalls",
        "between",
        "immigration",
        "enforcement",
        "and",
        "public",
        "services,",
        "regional",
        "consultative",
        "processes",
        "with",
        "civil",
        "society",
        "and",
        "the",
        "Global",
        "Compact.",
    ];
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(WORDS[i % WORDS.len()]);
        s.push(' ');
        i += 1;
    }
    s.push_str(end);
    s
}

/// A breakout build under measure.
struct Build {
    name: String,
    bin: PathBuf,
}

fn builds() -> Vec<Build> {
    let after = std::env::var_os("LATENCY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_breakout")));
    let mut out = Vec::new();
    if let Some(before) = std::env::var_os("LATENCY_BIN_BEFORE") {
        out.push(Build {
            name: "before".into(),
            bin: PathBuf::from(before),
        });
        out.push(Build {
            name: "after".into(),
            bin: after,
        });
    } else {
        out.push(Build {
            name: "breakout".into(),
            bin: after,
        });
    }
    for b in &out {
        assert!(b.bin.exists(), "no binary at {}", b.bin.display());
    }
    out
}

/// Copies `file` for one build's own use (each instance saves into its own file).
fn copy_for(dir: &Path, file: &Path, build: usize, tag: &str) -> PathBuf {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("s");
    let to = dir.join(format!("b{build}-{tag}-{name}"));
    std::fs::copy(file, &to).expect("copy the session file");
    to
}

fn main() {
    // `cargo bench` passes flags such as --bench; this harness takes none.
    let builds = builds();
    let keys = env_num("LATENCY_KEYS", 600);
    let large_keys = env_num("LATENCY_LARGE_KEYS", 200);
    let large_mb = env_num("LATENCY_LARGE_MB", 2);
    let idle_secs = env_num("LATENCY_IDLE", 10) as u64;
    let starts = env_num("LATENCY_STARTS", 7).max(1);
    let ready = ready_text();
    let vim = ensure_vim();
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();

    println!("breakout latency and cost harness ({keys} keys per program and size, {COLS}x{ROWS})");
    println!("machine: {} cores, {}", num_cpus(), cpu_model());
    for b in &builds {
        println!("{}: {}", b.name, b.bin.display());
    }

    // The oldest build writes the session files: every newer one reads an older format, not
    // the other way round.
    let empty = empty_session(&builds[0].bin, d);
    let files: Vec<(usize, PathBuf, PathBuf)> = SIZES
        .iter()
        .map(|&n| {
            let (json, txt) = make_session(d, &empty, n);
            (n, json, txt)
        })
        .collect();
    let file = |n: usize| files.iter().find(|f| f.0 == n).expect("size");
    // own[b][k]: build b's copy of the session of SIZES[k].
    let own: Vec<Vec<PathBuf>> = (0..builds.len())
        .map(|b| {
            files
                .iter()
                .map(|(_, json, _)| copy_for(d, json, b, "main"))
                .collect()
        })
        .collect();

    // Start-up to the first complete frame: each program in turn, several runs each,
    // because one run is at the mercy of whatever else the machine is doing.
    // starts[size][program]: programs are the builds, then vim.
    let mut start_times = vec![vec![Vec::new(); builds.len() + 1]; START_SIZES.len()];
    let mut vim_peak = vec![0u64; SIZES.len()];
    for _ in 0..starts {
        for (si, &n) in START_SIZES.iter().enumerate() {
            let k = SIZES.iter().position(|&s| s == n).expect("size");
            for (b, _) in builds.iter().enumerate() {
                let t0 = Instant::now();
                let t = Term::spawn(&builds[b].bin, &[own[b][k].to_str().expect("path")], d);
                if t.wait(Duration::from_secs(30), |s| s.contains(&ready))
                    .is_some()
                {
                    start_times[si][b].push(t0.elapsed());
                }
                t.send(b"q");
                t.exit();
            }
            let t0 = Instant::now();
            let v = spawn_vim(&vim, &file(n).2, d);
            let shown = format!("{n}L");
            if v.wait(Duration::from_secs(30), |s| s.contains(&shown))
                .is_some()
            {
                start_times[si][builds.len()].push(t0.elapsed());
            }
            vim_peak[k] = vim_peak[k].max(peak_kb(v.pid()));
            v.send(b"\x1b:q!\r");
            v.exit();
        }
    }
    // vim with 10 lines, for its memory.
    {
        let v = spawn_vim(&vim, &file(10).2, d);
        v.wait(Duration::from_secs(10), |s| s.contains("10L"));
        vim_peak[0] = peak_kb(v.pid());
        v.send(b"\x1b:q!\r");
        v.exit();
    }

    // One instance per build and size, left open for idle and typing.
    let open: Vec<Vec<Term>> = (0..builds.len())
        .map(|b| {
            SIZES
                .iter()
                .enumerate()
                .map(|(k, _)| {
                    let t = Term::spawn(&builds[b].bin, &[own[b][k].to_str().expect("p")], d);
                    t.wait(Duration::from_secs(30), |s| s.contains(&ready));
                    // The Asia table, where the entries are.
                    t.send(b"4");
                    t
                })
                .collect()
        })
        .collect();
    let v_typing = spawn_vim(&vim, &d.join("v.txt"), d);
    v_typing.wait(Duration::from_secs(10), |s| s.contains('~'));
    // cat in raw mode without echo: every key goes through the pseudo-terminal and cat once.
    let cat = Term::spawn(
        Path::new("/bin/sh"),
        &["-c", "stty raw -echo; exec /bin/cat"],
        d,
    );

    // Idle: nothing pressed, every program at once; then with breakout's timer running.
    std::thread::sleep(Duration::from_millis(500));
    let idle = |terms: &[&Term]| -> Vec<(u64, u64)> {
        let a: Vec<_> = terms.iter().map(|t| cost(t.pid())).collect();
        std::thread::sleep(Duration::from_secs(idle_secs));
        terms
            .iter()
            .zip(a)
            .map(|(t, a)| {
                let b = cost(t.pid());
                (b.0 - a.0, b.1 - a.1)
            })
            .collect()
    };
    let mut all: Vec<&Term> = open.iter().flatten().collect();
    all.push(&v_typing);
    let idle_cost = idle(&all);
    let timer_terms: Vec<&Term> = open.iter().map(|o| &o[1]).collect();
    for t in &timer_terms {
        t.send(b"s");
    }
    std::thread::sleep(Duration::from_millis(300));
    let timer_cost = idle(&timer_terms);
    for t in &timer_terms {
        t.send(b"s");
    }

    // Keystroke latency, interleaved in batches of 50 keys.
    let mut typists: Vec<Typist> = Vec::new();
    for o in &open {
        for (k, t) in o.iter().enumerate() {
            typists.push(Typist::new(t, Box::new(breakout_line), 1000 * (k + 1)));
        }
    }
    typists.push(Typist::new(&v_typing, Box::new(vim_line), 0));
    typists.push(Typist::new(&cat, Box::new(cat_line), 0));
    for _ in 0..keys.div_ceil(50) {
        for t in typists.iter_mut() {
            t.type_keys(50);
        }
    }
    let peaks: Vec<Vec<u64>> = open
        .iter()
        .map(|o| o.iter().map(|t| peak_kb(t.pid())).collect())
        .collect();
    let v_typing_peak = peak_kb(v_typing.pid());

    // Typing at the end of one large entry (a paragraph pasted as one line) and of a short
    // one, each in a new point of a 10-entry session.
    let mark = "zqxend";
    let large_text = paragraph(large_mb << 20, mark);
    let short_text = paragraph(200, mark);
    let mut entry_terms: Vec<(Term, Term)> = Vec::new();
    for (b, build) in builds.iter().enumerate() {
        let mut pair = Vec::new();
        for (tag, text) in [("short", &short_text), ("large", &large_text)] {
            let f = copy_for(d, &file(10).1, b, tag);
            let t = Term::spawn(&build.bin, &[f.to_str().expect("p")], d);
            t.wait(Duration::from_secs(30), |s| s.contains(&ready));
            t.send(b"n");
            std::thread::sleep(Duration::from_millis(100));
            let pasted = Instant::now();
            t.send(b"\x1b[200~");
            t.send(text.as_bytes());
            t.send(b"\x1b[201~");
            let seen = t.wait(Duration::from_secs(300), |s| s.contains(mark));
            if seen.is_none() {
                eprintln!("{}: the pasted {tag} entry never showed", build.name);
            }
            if tag == "large" {
                println!(
                    "{}: a {} MB paste to its frame: {}",
                    build.name,
                    large_mb,
                    ms(pasted.elapsed())
                );
            }
            pair.push(t);
        }
        let large = pair.pop().expect("large");
        let short = pair.pop().expect("short");
        entry_terms.push((short, large));
    }
    let mut entry_typists: Vec<(Typist, Typist)> = entry_terms
        .iter()
        .map(|(s, l)| {
            (
                Typist::new(s, Box::new(entry_word), 0),
                Typist::new(l, Box::new(entry_word), 0),
            )
        })
        .collect();
    for _ in 0..large_keys.div_ceil(20) {
        for (s, l) in entry_typists.iter_mut() {
            s.type_keys(20);
            l.type_keys(20);
        }
    }
    let entry_peaks: Vec<(u64, u64)> = entry_terms
        .iter()
        .map(|(s, l)| (peak_kb(s.pid()), peak_kb(l.pid())))
        .collect();

    // Report.
    let tick = 100.0; // USER_HZ on Linux
    let names: Vec<String> = builds
        .iter()
        .flat_map(|b| SIZES.iter().map(move |n| format!("{} ({n})", b.name)))
        .collect();
    println!();
    println!("| measure | {} | vim | cat |", names.join(" | "));
    println!("|{}", " --- |".repeat(names.len() + 3));
    let nb = builds.len() * SIZES.len();
    let stats: Vec<(Duration, Duration, usize)> = typists
        .iter()
        .map(|t| {
            let (a, b) = t.p50_p99();
            (a, b, t.samples.len())
        })
        .collect();
    let row = |label: &str, cells: Vec<String>| println!("| {label} | {} |", cells.join(" | "));
    row(
        "keystroke latency, median",
        stats.iter().map(|s| ms(s.0)).collect(),
    );
    row(
        "keystroke latency, 99th percentile",
        stats.iter().map(|s| ms(s.1)).collect(),
    );
    row(
        "keys measured",
        stats.iter().map(|s| s.2.to_string()).collect(),
    );
    for (si, &n) in START_SIZES.iter().enumerate() {
        let k = SIZES.iter().position(|&s| s == n).expect("size");
        let mut cells = vec![String::new(); nb + 2];
        for b in 0..builds.len() {
            cells[b * SIZES.len() + k] = spread(&start_times[si][b]);
        }
        cells[nb] = format!(
            "{} (the same text, {n} lines)",
            spread(&start_times[si][builds.len()])
        );
        row(&format!("start-up to first frame, {n} entries"), cells);
    }
    let mut cells: Vec<String> = idle_cost[..nb]
        .iter()
        .map(|(c, w)| format!("{:.2} s, {w}", *c as f64 / tick))
        .collect();
    let (vc, vw) = idle_cost[nb];
    cells.push(format!("{:.2} s, {vw}", vc as f64 / tick));
    cells.push(String::new());
    row(&format!("idle {idle_secs} s: CPU, context switches"), cells);
    let mut cells = vec![String::new(); nb + 2];
    for (b, (c, w)) in timer_cost.iter().enumerate() {
        cells[b * SIZES.len() + 1] = format!("{:.2} s, {w}", *c as f64 / tick);
    }
    row(
        &format!("idle {idle_secs} s, timer running: CPU, context switches"),
        cells,
    );
    let mut cells: Vec<String> = peaks.iter().flatten().map(|&p| mb(p)).collect();
    cells.push(format!(
        "{} / {} / {} (10 / 500 / 10,000 lines); {} typing",
        mb(vim_peak[0]),
        mb(vim_peak[1]),
        mb(vim_peak[2]),
        mb(v_typing_peak)
    ));
    cells.push(String::new());
    row("peak memory (VmHWM, after typing)", cells);

    println!();
    let vim_stats = stats[nb];
    for (b, build) in builds.iter().enumerate() {
        let s = |k: usize| stats[b * SIZES.len() + k];
        let vim_start = |si: usize| median(&start_times[si][builds.len()]);
        let start = |si: usize| median(&start_times[si][b]);
        println!(
            "{}: at 500 entries keystroke {} vim at the median, {} at p99; 10,000 vs 10 entries \
             {} median, {} p99; start-up {} vim at 500, {} at 10,000; memory at 500 {} vim",
            build.name,
            ratio(s(1).0, vim_stats.0),
            ratio(s(1).1, vim_stats.1),
            ratio(s(2).0, s(0).0),
            ratio(s(2).1, s(0).1),
            ratio(start(0), vim_start(0)),
            ratio(start(1), vim_start(1)),
            format_args!("{:.2}×", peaks[b][1] as f64 / vim_peak[1].max(1) as f64),
        );
    }

    println!();
    println!(
        "Typing at the end of an entry ({large_keys} keys each; large: a {large_mb} MB \
         paragraph pasted as one line; short: 200 bytes):"
    );
    println!();
    println!(
        "| build | short p50 | short p99 | large p50 | large p99 | large/short p50 | \
         large/short p99 | keys (short, large) | peak memory (short, large) |"
    );
    println!("|{}", " --- |".repeat(9));
    for (b, (s, l)) in entry_typists.iter().enumerate() {
        let (s50, s99) = s.p50_p99();
        let (l50, l99) = l.p50_p99();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {}, {} | {}, {} |",
            builds[b].name,
            ms(s50),
            ms(s99),
            ms(l50),
            ms(l99),
            ratio(l50, s50),
            ratio(l99, s99),
            s.samples.len(),
            l.samples.len(),
            mb(entry_peaks[b].0),
            mb(entry_peaks[b].1),
        );
    }
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
