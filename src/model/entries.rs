//! The session's captured entries, always in id order so one is found by binary search. A
//! file may list them in any order: loading puts them in order, and remembers where each
//! stood in the file so that a problem found while checking it names the right entry.

use std::fmt;
use std::sync::Arc;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::item::{Item, ItemId};

/// Entries in id order. Every change goes through a method here, and each keeps the order.
#[derive(Clone, Default)]
pub(super) struct Entries {
    list: Vec<Arc<Item>>,
    /// Set when loaded from a file that listed entries in another order: for each position in
    /// the file, the entry's position in `list`. Dropped at the first change, after which the
    /// file that will be written is in id order.
    file_order: Option<Arc<[usize]>>,
}

impl Entries {
    /// Entries as they come, put in id order (a stable sort: entries with the same id, which
    /// validation reports, keep their order).
    pub(super) fn from_unordered(list: Vec<Arc<Item>>) -> Self {
        if list.is_sorted_by_key(|i| i.id) {
            return Entries {
                list,
                file_order: None,
            };
        }
        let mut tagged: Vec<(usize, Arc<Item>)> = list.into_iter().enumerate().collect();
        tagged.sort_by_key(|(_, i)| i.id);
        let mut file_order = vec![0; tagged.len()];
        for (sorted, (at_in_file, _)) in tagged.iter().enumerate() {
            file_order[*at_in_file] = sorted;
        }
        let list = tagged.into_iter().map(|(_, i)| i).collect();
        Entries {
            list,
            file_order: Some(file_order.into()),
        }
    }

    fn position(&self, id: ItemId) -> Option<usize> {
        self.list.binary_search_by_key(&id, |i| i.id).ok()
    }

    pub(super) fn get(&self, id: ItemId) -> Option<&Arc<Item>> {
        self.position(id).map(|n| &self.list[n])
    }

    pub(super) fn iter(&self) -> std::slice::Iter<'_, Arc<Item>> {
        self.list.iter()
    }

    /// Each entry with its position in the file it was loaded from (its position here when it
    /// was not loaded, or has changed since), in that order.
    pub(super) fn in_file_order(&self) -> impl Iterator<Item = (usize, &Item)> {
        let order = self.file_order.as_deref();
        (0..self.list.len()).map(move |at| {
            let n = order.map_or(at, |o| o[at]);
            (at, self.list[n].as_ref())
        })
    }

    /// Adds an entry in its place; an entry with the same id is replaced.
    pub(super) fn insert(&mut self, item: Arc<Item>) {
        self.file_order = None;
        match self.list.binary_search_by_key(&item.id, |i| i.id) {
            Ok(n) => self.list[n] = item,
            Err(n) => self.list.insert(n, item),
        }
    }

    /// Replaces the entry with `item`'s id. Returns false, changing nothing, when there is none.
    pub(super) fn replace(&mut self, item: Arc<Item>) -> bool {
        match self.position(item.id) {
            Some(n) => {
                self.file_order = None;
                self.list[n] = item;
                true
            }
            None => false,
        }
    }

    /// Changes the whole list at once (a merge, an undo), then puts it back in id order.
    pub(super) fn edit_all<R>(&mut self, change: impl FnOnce(&mut Vec<Arc<Item>>) -> R) -> R {
        self.file_order = None;
        let out = change(&mut self.list);
        if !self.list.is_sorted_by_key(|i| i.id) {
            self.list.sort_by_key(|i| i.id);
        }
        out
    }
}

/// Equal when they hold the same entries: where a file listed them does not matter.
impl PartialEq for Entries {
    fn eq(&self, other: &Self) -> bool {
        self.list == other.list
    }
}

impl Eq for Entries {}

impl fmt::Debug for Entries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.list, f)
    }
}

impl Serialize for Entries {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.list.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Arc<Item>>::deserialize(deserializer).map(Entries::from_unordered)
    }
}

/// In a file, entries are a plain list.
impl JsonSchema for Entries {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<Arc<Item>>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        Vec::<Arc<Item>>::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Vec::<Arc<Item>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::{now, session};
    use crate::model::{ItemId, NewItem, Session};

    /// A session of `n` points, and its file with the entries listed in reverse.
    fn reversed_file(n: usize) -> (Session, serde_json::Value) {
        let mut s = session();
        for k in 0..n {
            s.add(
                NewItem::point(Some("north"), None, format!("point {k}")),
                now(),
            )
            .expect("add");
        }
        let mut file = serde_json::to_value(&s).expect("to json");
        file["items"]
            .as_array_mut()
            .expect("a list of entries")
            .reverse();
        (s, file)
    }

    fn ids(s: &Session) -> Vec<ItemId> {
        s.all_items().map(|i| i.id).collect()
    }

    #[test]
    fn a_file_out_of_order_loads_in_id_order_and_every_entry_is_found() {
        let (s, file) = reversed_file(7);
        let listed: Vec<ItemId> = file["items"]
            .as_array()
            .expect("list")
            .iter()
            .map(|i| serde_json::from_value(i["id"].clone()).expect("id"))
            .collect();
        assert!(!listed.is_sorted(), "the file really is out of order");
        let loaded: Session = serde_json::from_value(file).expect("loads");
        assert!(ids(&loaded).is_sorted(), "in id order once loaded");
        assert_eq!(loaded, s);
        for id in listed {
            assert_eq!(loaded.item(id).map(|i| i.id), Some(id), "found by id");
        }
        // Saved again, it is written in id order: the file is the one the session came from.
        assert_eq!(
            serde_json::to_value(&loaded).expect("json"),
            serde_json::to_value(&s).expect("json")
        );
    }

    #[test]
    fn problems_in_a_file_out_of_order_name_the_entry_where_the_file_has_it() {
        let (s, mut file) = reversed_file(3);
        let newest = *ids(&s).last().expect("entries");
        // First in the file, last in id order.
        file["items"][0]["table"] = serde_json::json!("mars");
        let loaded: Session = serde_json::from_value(file).expect("parses");
        assert_eq!(
            loaded.item(newest).and_then(|i| i.table.as_deref()),
            Some("mars")
        );
        let problems = loaded.validate().expect_err("an unknown table");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["items[0].table"]);
    }

    #[test]
    fn entries_put_in_any_order_are_kept_in_id_order() {
        let (s, _) = reversed_file(5);
        let mut items: Vec<_> = s.all_items().cloned().collect();
        items.reverse();
        let mut built = session();
        built.put_items_unchecked(items);
        assert!(ids(&built).is_sorted());
        assert_eq!(ids(&built), ids(&s));
        for id in ids(&s) {
            assert!(built.item(id).is_some());
        }
    }
}
