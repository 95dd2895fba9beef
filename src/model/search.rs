//! Finding entries by what they say, across every table.

use super::fold::{contains, fold, fold_into};
use super::ids::TableId;
use super::item::ItemId;
use super::session::Session;

impl Session {
    /// Live entries whose text or fields contain `query`, both folded (case, accents, Unicode
    /// forms: see `fold`), in the plan's table order, then rank. A query that folds to
    /// nothing finds nothing.
    pub fn search(&self, query: &str) -> Vec<ItemId> {
        let q = fold(query);
        let q = q.trim();
        if q.is_empty() {
            return Vec::new();
        }
        // One buffer for every entry's folded text.
        let mut buf = String::new();
        let mut has = |text: &str| {
            fold_into(text, &mut buf);
            contains(&buf, q)
        };
        let table_pos = |t: Option<&TableId>| {
            t.and_then(|t| self.plan.tables.iter().position(|x| x.id == *t))
                .unwrap_or(usize::MAX)
        };
        let mut hits: Vec<_> = self
            .live_items()
            .filter(|i| has(&i.text) || i.fields.values().any(|v| has(v)))
            .map(|i| (table_pos(i.table.as_ref()), i.rank, i.id))
            .collect();
        hits.sort();
        hits.into_iter().map(|(_, _, id)| id).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::NewItem;
    use crate::model::test_support::{now, session};
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    /// A session with one point saying `text`, and that point's id.
    fn one(text: &str) -> (crate::model::Session, crate::model::ItemId) {
        let mut s = session();
        let id = s
            .add(NewItem::point(Some("north"), None, text), now())
            .expect("add");
        (s, id)
    }

    #[test]
    fn finds_across_accents_case_and_unicode_forms() {
        let (s, id) = one("La Migración y la société civile");
        assert_eq!(s.search("migracion"), vec![id]);
        assert_eq!(s.search("MIGRACIÓN"), vec![id]);
        assert_eq!(s.search("societe"), vec![id]);
        assert_eq!(s.search("soci\u{e9}t\u{e9}"), vec![id]);
        assert_eq!(s.search("socie\u{301}te\u{301}"), vec![id]);
        let (s, id) = one("socie\u{301}te\u{301}");
        assert_eq!(
            s.search("soci\u{e9}t\u{e9}"),
            vec![id],
            "combining finds precomposed"
        );
        let (s, id) = one("\u{09DF}");
        assert_eq!(
            s.search("\u{09AF}\u{09BC}"),
            vec![id],
            "Bengali য় in both forms"
        );
        let (s, _) = one("ক");
        assert!(s.search("কি").is_empty(), "a vowel sign is not dropped");
        let (s, id) = one("Straße");
        assert_eq!(s.search("STRASSE"), vec![id]);
        assert!(
            s.search("\u{301}").is_empty(),
            "a lone accent folds to nothing"
        );
    }

    proptest! {
        #[test]
        fn a_text_always_finds_itself(text in "\\PC{1,40}") {
            let (s, id) = one(&text);
            let found = s.search(&text);
            // A text that folds to nothing (only spaces or accents) finds nothing.
            prop_assert!(found == vec![id] || super::fold(&text).trim().is_empty());
        }

        #[test]
        fn nfc_and_nfd_forms_find_each_other(text in "\\PC{1,40}") {
            let nfc: String = text.nfc().collect();
            let nfd: String = text.nfd().collect();
            let (s, id) = one(&nfc);
            prop_assert!(s.search(&nfd) == vec![id] || super::fold(&text).trim().is_empty());
            let (s, id) = one(&nfd);
            prop_assert!(s.search(&nfc) == vec![id] || super::fold(&text).trim().is_empty());
        }
    }

    #[test]
    fn finds_text_and_fields_in_table_order_ignoring_case() {
        let mut s = session();
        let south = s
            .add(NewItem::point(Some("south"), None, "Firewalls now"), now())
            .expect("add");
        let north = s
            .add(
                NewItem::point(Some("north"), None, "Embed rights")
                    .in_slot("recommendation")
                    .with_field("target", "States and FIREWALL builders"),
                now(),
            )
            .expect("add");
        s.add(NewItem::point(Some("north"), None, "nothing here"), now())
            .expect("add");
        assert_eq!(s.search("firewall"), vec![north, south]);
        assert!(s.search("   ").is_empty());
        s.delete(north, now()).expect("delete");
        assert_eq!(
            s.search("FIREWALL"),
            vec![south],
            "deleted entries are not found"
        );
    }
}
