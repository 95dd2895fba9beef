//! A large session file read on two cores: most of its bytes are the entries, and parsing
//! them is most of opening it. The entries are cut in two halves where one ends and the next
//! begins, and each half is parsed on its own thread while the rest of the file is parsed
//! without them.
//!
//! Only files laid out as this program writes them are cut (the `items` list at the top
//! level, its entries one indent deeper, one per block of lines). Whatever does not fit that
//! shape exactly, and any file with any error, gets `None`, and the caller parses it whole,
//! which also explains what is wrong.

use std::sync::Arc;

use crate::model::{Item, Session};

/// Smaller files take less time to parse than to start a thread for.
const WORTH_SPLITTING: usize = 256 * 1024;

const LIST_OPEN: &str = "\n  \"items\": [";
const LIST_CLOSE: &str = "\n  ]";
/// One entry ending and the next beginning. A raw line break never occurs inside a JSON
/// string, so this can only be between two entries of a list four spaces in.
const BETWEEN: &str = "\n    },\n    {";

/// The session in `text`, parsed in parallel, or `None` to parse it whole.
pub fn session(text: &str) -> Option<Session> {
    if text.len() < WORTH_SPLITTING {
        return None;
    }
    let open = text.find(LIST_OPEN)? + LIST_OPEN.len();
    // The entries are the session's only list, so the last line back at this depth closes
    // it; searching from the end passes over a few hundred bytes instead of the entries.
    let close = text.rfind(LIST_CLOSE).filter(|&c| c >= open)?;
    let mut middle = open + (close - open) / 2;
    while !text.is_char_boundary(middle) {
        middle += 1;
    }
    let cut = middle + text.get(middle..close)?.find(BETWEEN)? + "\n    }".len();
    let (first, second) = (text.get(open..cut)?, text.get(cut + 1..close)?);
    let mut rest = String::with_capacity(text.len() - (close - open));
    rest.push_str(text.get(..open)?);
    rest.push_str(text.get(close..)?);

    let (session, first, second) = std::thread::scope(|s| {
        let other = s.spawn(|| entries(second));
        let session = serde_json::from_str::<Session>(&rest).ok();
        let first = entries(first);
        (session, first, other.join().ok().flatten())
    });
    let (mut session, mut items) = (session?, first?);
    if !session.items.is_empty() {
        return None;
    }
    items.extend(second?);
    session.items = items;
    Some(session)
}

/// Entries separated by commas, and nothing else: `None` if `text` is anything more or less.
fn entries(text: &str) -> Option<Vec<Arc<Item>>> {
    let mut out = Vec::with_capacity(text.len() / 256);
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Arc<Item>>();
        out.push(stream.next()?.ok()?);
        rest = rest.get(stream.byte_offset()..)?.trim_start();
        match rest.strip_prefix(',') {
            Some(after) => rest = after.trim_start(),
            None if rest.is_empty() => break,
            None => return None,
        }
        if rest.is_empty() {
            // A trailing comma is not JSON.
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewItem;
    use crate::storage::catalog;

    fn session(n: usize) -> Session {
        let r = catalog::default_plan().expect("plan");
        let now = chrono::Utc::now();
        let mut s = Session::new(r.plan, r.template, now);
        for i in 0..n {
            let text = format!(
                "Point {i}: \"quoted\", {{braces}} and\nline breaks ],\n    }}, {}",
                "বাংলা عربي 👍🏽 ".repeat(8)
            );
            s.add(NewItem::point(Some("asia"), Some("q1"), text), now)
                .expect("add");
        }
        s
    }

    #[test]
    fn a_large_file_parses_the_same_in_two_halves() {
        // Several sizes, so that the middle of the list falls inside a multi-byte character
        // in some of them.
        let mut inside_a_character = 0;
        for n in 2000..2008 {
            let s = session(n);
            let bytes = crate::export::json(&s).expect("json");
            let text = std::str::from_utf8(&bytes).expect("utf-8");
            assert!(text.len() > WORTH_SPLITTING);
            let open = text.find(LIST_OPEN).expect("open") + LIST_OPEN.len();
            let close = text.rfind(LIST_CLOSE).expect("close");
            if !text.is_char_boundary(open + (close - open) / 2) {
                inside_a_character += 1;
            }
            let split = super::session(text).expect("split");
            assert_eq!(split, serde_json::from_str::<Session>(text).expect("whole"));
            assert_eq!(split, s);
        }
        assert!(
            inside_a_character > 0,
            "no size put the middle inside a character"
        );
    }

    #[test]
    fn anything_but_the_written_shape_is_left_to_the_whole_parse() {
        let s = session(3000);
        let bytes = crate::export::json(&s).expect("json");
        let text = std::str::from_utf8(&bytes).expect("utf-8");
        // Compact JSON: no line breaks to cut at.
        let compact = serde_json::to_string(&s).expect("json");
        assert!(super::session(&compact).is_none());
        // A broken entry, a trailing comma, a second items list.
        let broken = text.replacen("\"text\": \"Point 2999", "\"text\": 5, \"x\": \"", 1);
        assert!(super::session(&broken).is_none());
        let at = text.rfind(LIST_CLOSE).expect("close");
        let trailing = format!("{},{}", &text[..at], &text[at..]);
        assert!(super::session(&trailing).is_none());
        let twice = text.replacen("\n  \"items\": [", "\n  \"items\": [],\n  \"items\": [", 1);
        assert!(super::session(&twice).is_none());
        // A small file is not worth a thread.
        let small = crate::export::json(&session(3)).expect("json");
        assert!(super::session(std::str::from_utf8(&small).expect("utf-8")).is_none());
    }
}
