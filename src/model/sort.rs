//! Sorting an entry into a report slot: a discussion point becomes a recommendation, a
//! point becomes an action under a recommendation, or an entry goes back to being a point.

use chrono::{DateTime, Utc};

use super::ids::SlotId;
use super::item::ItemId;
use super::session::{ModelError, Session};

impl Session {
    /// Makes `id` an entry of `slot` (or a plain point with `None`), under `parent` when the
    /// slot's entries hang under another. Fields the new slot does not have are dropped, and
    /// a speaker is kept only where the slot records one. Under a parent, the entry moves to
    /// the parent's table. Picked for the report as its old kind, it is taken off that list.
    ///
    /// Refused, with nothing changed, when live entries hang under it (they would hang under
    /// the wrong kind) or when the slot and parent do not fit.
    pub fn sort_into(
        &mut self,
        id: ItemId,
        slot: Option<SlotId>,
        parent: Option<ItemId>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let item = self.item(id).ok_or(ModelError::UnknownItem(id))?;
        if !self.children(id).is_empty() {
            return Err(ModelError::HasChildren);
        }
        let template = self.template.clone();
        let target = match &slot {
            Some(s) => Some(
                template
                    .slot(s)
                    .ok_or_else(|| ModelError::UnknownSlot(s.clone()))?,
            ),
            None => None,
        };
        let old_slot = item.slot.clone();
        let old_parent = item.parent;
        let parent_table = parent.and_then(|p| self.item(p)).map(|p| p.table.clone());
        // Changes are tried on a copy (entries are shared, so it is cheap): a refusal
        // half-way leaves the session as it was.
        let mut next = self.clone();
        if old_slot != slot || old_parent != parent {
            next.unpick(id, now);
        }
        if old_slot != slot {
            // Deleted entries that hung under this one would hang under the wrong kind of
            // entry: they become plain (still deleted) points.
            let tombstones: Vec<ItemId> = next
                .all_items()
                .filter(|i| i.parent == Some(id) && !i.is_live())
                .map(|i| i.id)
                .collect();
            for t in tombstones {
                next.update(t, now, |i| {
                    i.slot = None;
                    i.parent = None;
                    i.fields.clear();
                    i.attribution = None;
                })?;
            }
        }
        next.update(id, now, |i| {
            i.slot = slot;
            i.parent = parent;
            i.fields
                .retain(|k, _| target.is_some_and(|t| t.field(k).is_some()));
            if target.is_none_or(|t| t.attribution.is_none()) {
                i.attribution = None;
            }
            if let Some(table) = parent_table {
                i.table = table;
            }
        })?;
        *self = next;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::{now, session};
    use crate::model::{Attribution, ModelError, NewItem};

    #[test]
    fn a_point_becomes_a_recommendation_then_an_action_under_one() {
        let mut s = session();
        let rec = s
            .add(
                NewItem::point(Some("south"), None, "rec").in_slot("recommendation"),
                now(),
            )
            .expect("add");
        let p = s
            .add(NewItem::point(Some("north"), Some("q1"), "point"), now())
            .expect("add");
        s.sort_into(p, Some("recommendation".into()), None, now())
            .expect("sort");
        assert_eq!(
            s.item(p).expect("p").slot.as_deref(),
            Some("recommendation")
        );
        s.set_picked(p, true, now()).expect("pick");
        s.sort_into(p, Some("action".into()), Some(rec), now())
            .expect("under rec");
        let item = s.item(p).expect("p");
        assert_eq!(item.parent, Some(rec));
        assert_eq!(
            item.table.as_deref(),
            Some("south"),
            "moves to its parent's table"
        );
        assert!(
            !s.picks["recommendation"].items.contains(&p),
            "no longer picked"
        );
    }

    #[test]
    fn refusals_change_nothing() {
        let mut s = session();
        let rec = s
            .add(
                NewItem::point(None, None, "rec").in_slot("recommendation"),
                now(),
            )
            .expect("add");
        s.add(
            NewItem::point(None, None, "act")
                .in_slot("action")
                .under(rec),
            now(),
        )
        .expect("add");
        let before = s.clone();
        assert_eq!(
            s.sort_into(rec, None, None, now()),
            Err(ModelError::HasChildren)
        );
        let p = s.add(NewItem::point(None, None, "p"), now()).expect("add");
        let before_p = s.clone();
        assert!(
            s.sort_into(p, Some("action".into()), None, now()).is_err(),
            "actions need a parent"
        );
        assert_eq!(s, before_p);
        assert_eq!(before.item(rec), s.item(rec));
    }

    #[test]
    fn fields_and_speakers_the_new_slot_lacks_are_dropped() {
        let mut s = session();
        let mut q = NewItem::point(None, None, "words").in_slot("quote");
        q.attribution = Some(Attribution {
            speaker: "A".into(),
            organisation: String::new(),
            approved: true,
        });
        let q = s.add(q, now()).expect("add");
        s.sort_into(q, Some("recommendation".into()), None, now())
            .expect("sort");
        assert!(s.item(q).expect("q").attribution.is_none());
    }
}
