//! Finding entries by what they say, across every table.

use super::ids::TableId;
use super::item::ItemId;
use super::session::Session;

impl Session {
    /// Live entries whose text or fields contain `query` (ignoring case), in the plan's
    /// table order, then rank. An empty query finds nothing.
    pub fn search(&self, query: &str) -> Vec<ItemId> {
        let q = query.trim().to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        let table_pos = |t: Option<&TableId>| {
            t.and_then(|t| self.plan.tables.iter().position(|x| x.id == *t))
                .unwrap_or(usize::MAX)
        };
        let mut hits: Vec<_> = self
            .live_items()
            .filter(|i| {
                i.text.to_lowercase().contains(&q)
                    || i.fields.values().any(|v| v.to_lowercase().contains(&q))
            })
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
