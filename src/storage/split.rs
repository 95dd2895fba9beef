//! A large session file read and parsed on every core it is worth using. Most of its bytes
//! are the entries, and reading and parsing them is most of opening it.
//!
//! The file is cut into pieces of a fixed number of bytes. Threads take the next piece not
//! yet taken, so a thread that starts late (waking an idle core can take milliseconds)
//! takes fewer pieces instead of holding up the others. A piece reads its bytes at once
//! into a buffer its thread keeps, checks them as UTF-8 once, and parses the entries that
//! begin in it: from the first boundary between two entries at or after its first byte, to
//! the first boundary at or after the next piece's first byte. The first piece also reads
//! the end of the file and parses everything but the entries; the piece that reaches the
//! end of the list must find it closing where the first piece did.
//!
//! Only files laid out as this program writes them are read this way (the `items` list at
//! the top level, its entries one indent deeper, one per block of lines). Whatever does not
//! fit that shape exactly, and any file with any error, gets `None`, and the caller parses
//! it whole, which also explains what is wrong.
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::model::{Item, Session};

/// Smaller files take less time to parse than to start a thread for.
const WORTH_SPLITTING: u64 = 256 * 1024;
/// Bytes per piece: small enough that a late thread still finds work, large enough that
/// taking one costs nothing next to parsing it.
const PIECE: u64 = 128 * 1024;
/// Bytes read at a time; the buffer stays in the core's cache.
const BLOCK: usize = 64 * 1024;
/// More threads than this would cost more to start than they save on any session.
const MOST_THREADS: usize = 4;

const LIST_OPEN: &[u8] = b"\n  \"items\": [";
/// The line that closes a list at the top level. The entries are the session's only such
/// list, so its last occurrence closes them; the fields after it are few and short.
const LIST_CLOSE: &[u8] = b"\n  ]";
/// How much of the end of the file is read first to find that line.
const TAIL: u64 = 64 * 1024;
/// One entry ending and the next beginning. A raw line break never occurs inside a JSON
/// string, so in the layout we write this is only ever between two entries of a list four
/// spaces in. A boundary's position is where this starts.
const BETWEEN: &[u8] = b"\n    },\n    {";
/// How an entry ends: the part of `BETWEEN` up to and including the closing brace.
const ENTRY_END: &[u8] = b"\n    }";

/// Bytes that can be read at any position, from any thread.
trait Source: Sync {
    fn len(&self) -> u64;
    /// Reads into `buf` from `at`; 0 only at the end.
    fn read_at(&self, buf: &mut [u8], at: u64) -> io::Result<usize>;

    /// Fills `buf` from `at`; `None` if the source ends first (it changed since `len`) or
    /// cannot be read.
    fn read_full(&self, buf: &mut [u8], at: u64) -> Option<()> {
        let mut got = 0;
        while got < buf.len() {
            match self.read_at(&mut buf[got..], at + got as u64) {
                Ok(0) => return None,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        Some(())
    }
}

struct Bytes<'a>(&'a [u8]);

impl Source for Bytes<'_> {
    fn len(&self) -> u64 {
        self.0.len() as u64
    }

    fn read_at(&self, buf: &mut [u8], at: u64) -> io::Result<usize> {
        let rest = usize::try_from(at)
            .ok()
            .and_then(|at| self.0.get(at..))
            .unwrap_or_default();
        let n = buf.len().min(rest.len());
        buf[..n].copy_from_slice(&rest[..n]);
        Ok(n)
    }
}

struct FileSource {
    file: std::fs::File,
    len: u64,
}

impl Source for FileSource {
    fn len(&self) -> u64 {
        self.len
    }

    #[cfg(unix)]
    fn read_at(&self, buf: &mut [u8], at: u64) -> io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(&self.file, buf, at)
    }

    #[cfg(windows)]
    fn read_at(&self, buf: &mut [u8], at: u64) -> io::Result<usize> {
        std::os::windows::fs::FileExt::seek_read(&self.file, buf, at)
    }

    #[cfg(not(any(unix, windows)))]
    fn read_at(&self, _buf: &mut [u8], _at: u64) -> io::Result<usize> {
        Err(io::ErrorKind::Unsupported.into())
    }
}

/// The session in `bytes`, parsed in pieces, or `None` to parse it whole.
pub fn session(bytes: &[u8]) -> Option<Session> {
    worth_splitting(&Bytes(bytes))
}

/// The session in the file at `path`, read and parsed in pieces, or `None` to read it whole
/// (a small file, another layout, or any error at all, which the whole read reports).
pub fn read(path: &Path) -> Option<Session> {
    let file = std::fs::File::open(path).ok()?;
    let before = file.metadata().ok()?;
    let source = FileSource {
        file,
        len: before.len(),
    };
    let session = worth_splitting(&source)?;
    // Pieces are read at different moments: a file rewritten in place meanwhile could give
    // a session made of two versions, so any sign of a change sends it to the whole read.
    let after = source.file.metadata().ok()?;
    (after.len() == before.len() && after.modified().ok()? == before.modified().ok()?)
        .then_some(session)
}

fn worth_splitting(src: &dyn Source) -> Option<Session> {
    if src.len() < WORTH_SPLITTING {
        return None;
    }
    parse(src, PIECE)
}

fn parse(src: &dyn Source, piece: u64) -> Option<Session> {
    let len = src.len();
    let count = usize::try_from(len.div_ceil(piece.max(1))).ok()?;
    let starts: Vec<u64> = (0..=count as u64).map(|i| (i * piece).min(len)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MOST_THREADS)
        .min(count);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let work = || {
        let mut done = Vec::new();
        let mut reader = Reader::new(src);
        while !failed.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let (Some(&from), Some(&to)) = (starts.get(i), starts.get(i + 1)) else {
                break;
            };
            let part = reader.piece(i == 0, from, to);
            if part.is_none() {
                failed.store(true, Ordering::Relaxed);
            }
            done.push((i, part));
        }
        done
    };
    let mut parts = std::thread::scope(|s| {
        // A thread the system refuses is simply one helper fewer.
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(s, work).ok())
            .collect();
        let mut parts = work();
        for h in helpers {
            parts.extend(h.join().ok()?);
        }
        Some(parts)
    })?;
    parts.sort_unstable_by_key(|(i, _)| *i);
    let parts: Vec<Part> = parts.into_iter().map(|(_, p)| p).collect::<Option<_>>()?;
    assemble(parts, &starts)
}

/// Where a piece's entries begin.
#[derive(Debug, PartialEq)]
enum Start {
    /// The start of the list (the first piece).
    List,
    /// A boundary between two entries.
    At(u64),
    /// No boundary begins in the piece: an entry before it runs through it, or the list
    /// ended before it.
    Nothing,
}

/// Where a piece's entries end.
#[derive(Debug, PartialEq)]
enum End {
    /// The first boundary at or after the next piece's start.
    At(u64),
    /// The end of the list: where its `]` is.
    List(u64),
    Nothing,
}

#[derive(Debug)]
struct Part {
    start: Start,
    end: End,
    items: Vec<Arc<Item>>,
    /// The session without its entries, and where its list closes (the first piece).
    session: Option<(Session, u64)>,
}

/// The pieces must join up exactly: each begins at the boundary where the one before it
/// ended, or has nothing when that boundary lies beyond it; the list ends once.
fn assemble(parts: Vec<Part>, starts: &[u64]) -> Option<Session> {
    let mut reached = End::Nothing;
    let mut session = None;
    let mut items = Vec::with_capacity(parts.iter().map(|p| p.items.len()).sum());
    for (i, part) in parts.into_iter().enumerate() {
        let next_start = *starts.get(i + 1)?;
        let fits = match (&reached, &part.start) {
            (End::Nothing, Start::List) => i == 0,
            (End::At(m), Start::At(s)) => m == s && *m < next_start,
            (End::At(m), Start::Nothing) => *m >= next_start,
            (End::List(_), Start::Nothing) => true,
            _ => false,
        };
        if !fits {
            return None;
        }
        if part.start != Start::Nothing {
            reached = part.end;
        }
        if part.session.is_some() {
            session = part.session;
        }
        items.extend(part.items);
    }
    let (mut session, closes) = session?;
    if reached != End::List(closes) {
        return None;
    }
    session.items = items;
    Some(session)
}

/// Reads a piece of the source into a buffer it keeps from one piece to the next, so only
/// the first piece costs fresh memory.
struct Reader<'a> {
    src: &'a dyn Source,
    /// Room for reading; only `..filled` holds data.
    buf: Vec<u8>,
    filled: usize,
    /// Offset in the source of `buf[0]`.
    from: u64,
}

impl<'a> Reader<'a> {
    fn new(src: &'a dyn Source) -> Self {
        Reader {
            src,
            buf: Vec::new(),
            filled: 0,
            from: 0,
        }
    }

    fn seek(&mut self, from: u64) {
        self.from = from;
        self.filled = 0;
    }

    fn end(&self) -> u64 {
        self.from + self.filled as u64
    }

    /// Reads on until the buffer holds the source up to `to`, or to its end.
    fn fill(&mut self, to: u64) -> Option<()> {
        let to = to.min(self.src.len());
        if self.end() < to {
            let want = usize::try_from(to - self.from).ok()?;
            if self.buf.len() < want {
                self.buf.resize(want, 0);
            }
            let at = self.end();
            self.src.read_full(&mut self.buf[self.filled..want], at)?;
            self.filled = want;
        }
        Some(())
    }

    /// What the buffer holds of the source from `from` to `to`.
    fn bytes(&self, from: u64, to: u64) -> &[u8] {
        let rel = |at: u64| {
            usize::try_from(at.saturating_sub(self.from))
                .map_or(self.filled, |i| i.min(self.filled))
        };
        self.buf.get(rel(from)..rel(to)).unwrap_or_default()
    }

    /// The first `what` beginning at or after `at` and before `before`, reading as far as
    /// that needs and no further.
    fn find(&mut self, at: u64, what: &[u8], before: u64) -> Option<Option<u64>> {
        let reach = before.saturating_add(what.len() as u64 - 1);
        let mut from = at;
        loop {
            // A piece is read at once; past it, a block at a time.
            let next = reach.min(self.end().max(at).saturating_add(BLOCK as u64));
            self.fill(next)?;
            let upto = reach.min(self.end());
            if let Some(i) = memchr::memmem::find(self.bytes(from, upto), what) {
                return Some(Some(from + i as u64));
            }
            if upto >= reach || self.end() >= self.src.len() {
                return Some(None);
            }
            from = upto.saturating_sub(what.len() as u64 - 1).max(from);
        }
    }

    /// Where the list opened at `after` closes (its `]`), and the file from there to the
    /// end: read from the end, a little more each time it is not found. An empty list
    /// closes at once (`[]`).
    fn tail(&self, after: u64) -> Option<(u64, Vec<u8>)> {
        let len = self.src.len();
        let mut size = TAIL;
        if self.bytes(after, after + 1) == b"]" {
            size = len - after;
        }
        loop {
            let from = len.saturating_sub(size).max(after);
            let mut buf = vec![0; usize::try_from(len - from).ok()?];
            self.src.read_full(&mut buf, from)?;
            let found = match buf.first() {
                Some(b']') if from == after => Some(0),
                _ => memchr::memmem::rfind(&buf, LIST_CLOSE).map(|i| i + LIST_CLOSE.len() - 1),
            };
            if let Some(i) = found {
                buf.drain(..i);
                return Some((from + i as u64, buf));
            }
            if from == after {
                return None;
            }
            size = size.saturating_mul(8);
        }
    }

    fn piece(&mut self, first: bool, from: u64, to: u64) -> Option<Part> {
        self.seek(from);
        // Read the piece in one go; the search for its start reads it.
        self.fill(to)?;
        let (start, begin, session) = if first {
            let open = self.find(0, LIST_OPEN, u64::MAX)??;
            let after = open + LIST_OPEN.len() as u64;
            let (closes, tail) = self.tail(after)?;
            let head = self.bytes(0, after);
            let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
            // Everything but the entries: a second `items` anywhere fails here, and a list
            // that does not close where the last piece finds it fails in `assemble`.
            let mut rest = Vec::with_capacity(head.len() + tail.len());
            rest.extend_from_slice(head);
            rest.extend_from_slice(&tail);
            let session: Session = serde_json::from_slice(&rest).ok()?;
            if !session.items.is_empty() {
                return None;
            }
            (Start::List, after, Some((session, closes)))
        } else {
            match self.find(from, BETWEEN, to)? {
                Some(m) => (Start::At(m), m + BETWEEN.len() as u64 - 1, None),
                None => {
                    return Some(Part {
                        start: Start::Nothing,
                        end: End::Nothing,
                        items: Vec::new(),
                        session: None,
                    });
                }
            }
        };
        // The entries end at the first boundary at or after the next piece's start, or, when
        // there is none, with the list.
        let stop = self.find(to.max(begin), BETWEEN, u64::MAX)?;
        let end = match stop {
            Some(m) => m + BETWEEN.len() as u64,
            None => {
                self.fill(u64::MAX)?;
                self.end()
            }
        };
        let text = std::str::from_utf8(self.bytes(begin, end)).ok()?;
        let (items, end) = entries(text, begin, to, first)?;
        match (stop, &end) {
            (Some(m), End::At(at)) if m == *at => {}
            (None, End::List(_)) => {}
            _ => return None,
        }
        Some(Part {
            start,
            end,
            items,
            session,
        })
    }
}

/// The entries in `text` (which begins at `begin` in the source) up to the first boundary at
/// or after `to`, or to the end of the list; the first piece's list may be empty.
fn entries(text: &str, begin: u64, to: u64, first: bool) -> Option<(Vec<Arc<Item>>, End)> {
    let mut items = Vec::with_capacity(text.len() / 256);
    let mut at = 0;
    if first {
        let blank = blank(text, 0);
        if text[blank..].starts_with(']') {
            return Some((items, End::List(begin + blank as u64)));
        }
    }
    loop {
        let mut stream = serde_json::Deserializer::from_str(text.get(at..)?).into_iter::<Item>();
        items.push(Arc::new(stream.next()?.ok()?));
        let after = at + stream.byte_offset();
        let tail = text.get(after.checked_sub(ENTRY_END.len())?..)?;
        if tail.as_bytes().starts_with(BETWEEN) {
            let boundary = begin + (after - ENTRY_END.len()) as u64;
            if boundary >= to {
                return Some((items, End::At(boundary)));
            }
            at = after + BETWEEN.len() - ENTRY_END.len() - 1;
            continue;
        }
        if !tail.as_bytes().starts_with(ENTRY_END) {
            return None;
        }
        let close = blank(text, after);
        return text[close..]
            .starts_with(']')
            .then_some((items, End::List(begin + close as u64)));
    }
}

/// Where the JSON whitespace (space, tab, line feed, carriage return: not form feed or other
/// ASCII whitespace) from `at` ends.
fn blank(text: &str, at: usize) -> usize {
    at + text
        .as_bytes()
        .iter()
        .skip(at)
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewItem;
    use crate::storage::catalog;
    use proptest::prelude::*;

    /// Entries whose text holds what a careless cut would trip on: quotes, braces, the
    /// boundary itself (escaped, as JSON must), and multi-byte characters.
    fn session(n: usize) -> Session {
        let r = catalog::default_plan().expect("plan");
        let now = chrono::Utc::now();
        let mut s = Session::new(r.plan, r.template, now);
        for i in 0..n {
            let text = format!(
                "Point {i}: \"quoted\", {{braces}} and\nline breaks ],\n    }},\n    {{ {}",
                "বাংলা عربي 👍🏽 ".repeat(i % 9)
            );
            let mut item = NewItem::point(Some("asia"), Some("q1"), text);
            if i % 3 == 0 {
                item = item
                    .in_slot("recommendation")
                    .with_field("target", "States");
            }
            s.add(item, now).expect("add");
        }
        s
    }

    fn whole(bytes: &[u8]) -> Option<Session> {
        serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()
    }

    #[test]
    fn pieces_of_any_size_give_the_whole_session() {
        let s = session(40);
        let bytes = crate::export::json(&s).expect("json");
        // Every piece size up to a few entries, so that pieces begin at every kind of
        // place: inside a character, inside a boundary, on one.
        for piece in 1..1500 {
            let split = parse(&Bytes(&bytes), piece).expect("split");
            assert_eq!(split, s, "pieces of {piece} bytes");
        }
    }

    #[test]
    fn a_large_file_is_read_in_pieces_and_a_small_one_is_not() {
        let dir = tempfile::tempdir().expect("dir");
        let s = session(3000);
        let bytes = crate::export::json(&s).expect("json");
        assert!(bytes.len() as u64 > 4 * PIECE);
        let path = dir.path().join("s.json");
        std::fs::write(&path, &bytes).expect("write");
        assert_eq!(read(&path).expect("split"), s);
        assert_eq!(super::session(&bytes).expect("split"), s);
        // With a byte-order mark, as some editors save.
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend_from_slice(&bytes);
        assert_eq!(super::session(&marked).expect("split"), s);

        let small = crate::export::json(&session(3)).expect("json");
        assert!(super::session(&small).is_none());
        std::fs::write(&path, &small).expect("write");
        assert!(read(&path).is_none());
        assert!(read(&dir.path().join("missing.json")).is_none());
    }

    /// What follows the entries in the file: report picks, the agenda timer, a table
    /// laptop's home table.
    fn with_fields_after_the_entries(mut s: Session) -> Session {
        let now = chrono::Utc::now();
        let ids: Vec<_> = s.items.iter().map(|i| i.id).collect();
        s.picks.insert(
            "priority_message".into(),
            crate::model::Picks {
                items: ids,
                updated: now,
            },
        );
        s.agenda = Some(crate::model::AgendaState {
            phase: 1,
            running_since: Some(now),
            elapsed_ms: 5,
            updated: now,
        });
        s.home_table = Some("asia".into());
        s
    }

    #[test]
    fn fields_after_the_entries_are_read_too() {
        // Picks of 3,000 ids make the part after the list longer than the first look at the
        // end of the file.
        let s = with_fields_after_the_entries(session(3000));
        let bytes = crate::export::json(&s).expect("json");
        let text = std::str::from_utf8(&bytes).expect("utf-8");
        assert!(text.len() - text.rfind("\n  ]").expect("close") > TAIL as usize);
        assert_eq!(super::session(&bytes).expect("split"), s);
        for piece in [1, 97, 4096] {
            let small = with_fields_after_the_entries(session(12));
            let bytes = crate::export::json(&small).expect("json");
            assert_eq!(parse(&Bytes(&bytes), piece).expect("split"), small);
        }
    }

    /// A source that claims more bytes than it has, as a file cut short while being read.
    struct Shrunk<'a>(&'a [u8]);

    impl Source for Shrunk<'_> {
        fn len(&self) -> u64 {
            self.0.len() as u64 + 1000
        }

        fn read_at(&self, buf: &mut [u8], at: u64) -> io::Result<usize> {
            Bytes(self.0).read_at(buf, at)
        }
    }

    #[test]
    fn a_file_that_shrinks_while_read_is_left_to_the_whole_read() {
        let bytes = crate::export::json(&session(3000)).expect("json");
        assert!(parse(&Shrunk(&bytes), PIECE).is_none());
        assert!(parse(&Shrunk(&bytes), 1000).is_none());
    }

    #[test]
    fn an_empty_list_in_a_large_file() {
        let mut s = session(0);
        let mut plan = (*s.plan).clone();
        plan.id = "x".repeat(2 * PIECE as usize);
        s.plan = Arc::new(plan);
        let bytes = crate::export::json(&s).expect("json");
        assert_eq!(super::session(&bytes).expect("split"), s);
    }

    #[test]
    fn anything_but_the_written_shape_is_left_to_the_whole_parse() {
        let s = session(3000);
        let bytes = crate::export::json(&s).expect("json");
        let text = std::str::from_utf8(&bytes).expect("utf-8");
        let close = text.rfind("\n  ]").expect("close");
        let refused = [
            // Compact JSON: no line breaks to cut at.
            serde_json::to_string(&s).expect("json"),
            // A broken entry, a trailing comma, a second items list, a field after it.
            text.replacen("\"text\": \"Point 2999", "\"text\": 5, \"x\": \"", 1),
            format!("{},{}", &text[..close], &text[close..]),
            text.replacen("\n  \"items\": [", "\n  \"items\": [],\n  \"items\": [", 1),
            format!("{}\n  ],\n  \"more\": 1\n}}", &text[..close]),
            // Cut short, and something after the end.
            text[..text.len() - 3].to_owned(),
            format!("{text}x"),
            // Form feeds, which JSON does not count as space, around the list's end.
            format!("{}\x0c{}", &text[..close], &text[close..]),
            format!("{}\x0c{}", &text[..close + 4], &text[close + 4..]),
            format!("{text}\x0c"),
        ];
        for (n, bad) in refused.iter().enumerate() {
            assert!(super::session(bad.as_bytes()).is_none(), "case {n}");
            if n > 0 {
                assert!(
                    whole(bad.as_bytes()).is_none(),
                    "case {n} is not a session at all"
                );
            }
        }
        // Bytes that are not UTF-8, in an entry far into the file and at its very end.
        let mut bad = bytes.clone();
        let at = text.find("Point 2500").expect("entry");
        bad[at] = 0xFF;
        assert!(super::session(&bad).is_none());
        let mut cut = bytes.clone();
        cut.extend_from_slice("বা".as_bytes().get(..4).expect("bytes"));
        assert!(super::session(&cut).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        /// Whatever is done to the file, reading it in pieces gives the whole parse's
        /// session or leaves it to the whole parse: never another answer.
        #[test]
        fn never_another_answer(
            n in 0usize..12,
            piece in 1u64..700,
            edits in proptest::collection::vec(
                (
                    any::<prop::sample::Index>(),
                    0usize..4,
                    prop_oneof!["[\\n ,{}\\[\\]\"a0:]{0,14}", "[a-zé ]{0,6}"],
                ),
                1..3,
            ),
        ) {
            let mut bytes = crate::export::json(&session(n)).expect("json");
            for (at, cut, put) in &edits {
                let at = at.index(bytes.len());
                let end = (at + cut).min(bytes.len());
                bytes.splice(at..end, put.bytes());
            }
            if let Some(split) = parse(&Bytes(&bytes), piece) {
                prop_assert_eq!(Some(split), whole(&bytes));
            }
        }
    }
}
