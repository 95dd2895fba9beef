//! Shared strings for the ids an entry names (its table, question and slot). A session has a
//! handful of each and every entry repeats one: reading a 10,000-entry file made 30,000 small
//! strings of a dozen distinct values, each a separate allocation to make and, later, to
//! follow on every pass over the entries.

use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;

use serde::Deserializer;
use serde::de::{Error, Visitor};

/// More distinct ids than this and the rest are simply not shared.
const KEPT: usize = 64;

thread_local! {
    static SEEN: RefCell<Vec<Arc<str>>> = const { RefCell::new(Vec::new()) };
}

/// The shared string for `s`: one made earlier on this thread, or a new one kept for next
/// time.
pub fn intern(s: &str) -> Arc<str> {
    SEEN.with_borrow_mut(|seen| {
        if let Some(found) = seen.iter().find(|x| &***x == s) {
            return found.clone();
        }
        let new: Arc<str> = Arc::from(s);
        if seen.len() < KEPT {
            seen.push(new.clone());
        }
        new
    })
}

/// Where an entry's id (a table, question or slot) stands in a short list. Entries read on
/// one thread share their id strings, so when an entry holds the very string the one before
/// did, the last answer is given again without comparing any text: passes over every entry
/// of a large session (counts, the table's rows) do that once per run of entries.
pub struct Lookup<F> {
    last: Option<(Arc<str>, Option<usize>)>,
    find: F,
}

impl<F: Fn(&str) -> Option<usize>> Lookup<F> {
    pub fn new(find: F) -> Self {
        Lookup { last: None, find }
    }

    pub fn get(&mut self, id: &Arc<str>) -> Option<usize> {
        if let Some((last, pos)) = &self.last
            && Arc::ptr_eq(last, id)
        {
            return *pos;
        }
        let pos = (self.find)(id);
        self.last = Some((id.clone(), pos));
        pos
    }
}

/// For `#[serde(deserialize_with)]` on `Option<Arc<str>>` id fields.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<str>>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

struct OptionVisitor;

impl<'de> Visitor<'de> for OptionVisitor {
    type Value = Option<Arc<str>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(StrVisitor).map(Some)
    }
}

struct StrVisitor;

impl Visitor<'_> for StrVisitor {
    type Value = Arc<str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(intern(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_id_is_one_string_and_others_are_kept_apart() {
        let a = intern("asia");
        assert!(Arc::ptr_eq(&a, &intern("asia")));
        assert!(!Arc::ptr_eq(&a, &intern("africa")));
        assert_eq!(&*intern("africa"), "africa");
        // Past the limit, strings are still right, just not shared.
        for i in 0..2 * KEPT {
            assert_eq!(&*intern(&format!("q{i}")), format!("q{i}"));
        }
    }

    #[test]
    fn a_lookup_answers_as_its_function_does() {
        let ids = ["a", "b", "c"];
        let mut look = Lookup::new(|s: &str| ids.iter().position(|x| *x == s));
        let (a, b, other_a) = (intern("a"), intern("b"), Arc::<str>::from("a"));
        for id in [&a, &a, &b, &a, &other_a, &other_a, &intern("zz"), &b] {
            assert_eq!(look.get(id), ids.iter().position(|x| **x == **id));
        }
    }

    #[test]
    fn reads_strings_and_null() {
        #[derive(serde::Deserialize)]
        struct T {
            #[serde(default, deserialize_with = "deserialize")]
            a: Option<Arc<str>>,
        }
        let t: T = serde_json::from_str(r#"{"a": "x\"y"}"#).expect("string");
        assert_eq!(t.a.as_deref(), Some("x\"y"));
        let t: T = serde_json::from_str(r#"{"a": null}"#).expect("null");
        assert_eq!(t.a, None);
        let t: T = serde_json::from_str("{}").expect("absent");
        assert_eq!(t.a, None);
        assert!(serde_json::from_str::<T>(r#"{"a": 5}"#).is_err());
    }
}
