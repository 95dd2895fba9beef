//! Which entries of a slot go into the report, in what order, and how they stand against the
//! form's limits. For slots the rapporteur picks from (`pick`), the session's picks decide;
//! for the others, every live top-level entry goes in, in capture order.

use chrono::{DateTime, TimeDelta, Utc};

use std::collections::{HashMap, HashSet};

use super::ids::{SlotId, TableId};
use super::item::{Item, ItemId};
use super::session::{ModelError, Picks, Session};
use super::template::Slot;

/// How a slot's entries stand against the form's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Entries going into the report.
    pub going_in: usize,
    /// The form's limit, if it has one.
    pub limit: Option<u32>,
}

impl Count {
    /// How many more than the form allows.
    pub fn over(&self) -> usize {
        self.limit
            .map_or(0, |l| self.going_in.saturating_sub(l as usize))
    }
}

impl Session {
    /// The entries of `slot` that go into the report, in report order.
    pub fn chosen(&self, slot: &Slot) -> Vec<ItemId> {
        let live_of_slot = |id: &ItemId| {
            self.item(*id)
                .is_some_and(|i| i.is_live() && i.slot.as_ref() == Some(&slot.id))
        };
        if slot.pick
            && let Some(p) = self.picks.get(&slot.id)
        {
            let mut seen = std::collections::HashSet::new();
            return p
                .items
                .iter()
                .copied()
                .filter(live_of_slot)
                .filter(|id| seen.insert(*id))
                .collect();
        }
        self.in_rank_order(|i| i.slot.as_ref() == Some(&slot.id) && i.parent.is_none())
    }

    /// Live entries that `keep` accepts, in rank (capture) order.
    pub fn in_rank_order(&self, keep: impl Fn(&Item) -> bool) -> Vec<ItemId> {
        let mut v: Vec<&Item> = self.live_items().filter(|i| keep(i)).collect();
        v.sort_by_key(|i| (i.rank, i.id));
        v.into_iter().map(|i| i.id).collect()
    }

    /// Live entries of `slot` that are not going into the report (pick slots only).
    pub fn left_out(&self, slot: &Slot) -> Vec<ItemId> {
        if !slot.pick {
            return Vec::new();
        }
        let going_in = self.chosen(slot);
        self.in_rank_order(|i| i.slot.as_ref() == Some(&slot.id) && !going_in.contains(&i.id))
    }

    /// How the entries of `slot` going into the report stand against its limit.
    pub fn count(&self, slot: &Slot) -> Count {
        Count {
            going_in: self.chosen(slot).len(),
            limit: slot.limit,
        }
    }

    /// How the entries of `slot` going into the report from `table` (`None`: from no table)
    /// stand against the form's limit per table.
    pub fn count_in_table(&self, slot: &Slot, table: Option<&TableId>) -> Count {
        Count {
            going_in: self
                .chosen(slot)
                .into_iter()
                .filter(|id| self.item(*id).is_some_and(|i| i.table.as_ref() == table))
                .count(),
            limit: slot.limit_per_table,
        }
    }

    /// The entries of `slot` going into the report past one of the form's limits: past the
    /// limit in total (in report order), or past the limit per table within their table.
    pub fn over_limit(&self, slot: &Slot) -> HashSet<ItemId> {
        let mut over = HashSet::new();
        let chosen = self.chosen(slot);
        if let Some(limit) = slot.limit {
            over.extend(chosen.iter().skip(limit as usize).copied());
        }
        if let Some(limit) = slot.limit_per_table {
            let mut seen: HashMap<Option<&TableId>, u32> = HashMap::new();
            for id in &chosen {
                let Some(item) = self.item(*id) else { continue };
                let n = seen.entry(item.table.as_ref()).or_default();
                *n += 1;
                if *n > limit {
                    over.insert(*id);
                }
            }
        }
        over
    }

    /// How everything captured of `slot` (top-level entries, picked or not) stands against
    /// its limit: what the rapporteur will have to choose from.
    pub fn count_captured(&self, slot: &Slot) -> Count {
        Count {
            going_in: self
                .live_items()
                .filter(|i| i.slot.as_ref() == Some(&slot.id) && i.parent.is_none())
                .count(),
            limit: slot.limit,
        }
    }

    /// How the entries of `child` under `parent` stand against the child slot's limit.
    pub fn count_under(&self, parent: ItemId, child: &Slot) -> Count {
        Count {
            going_in: self
                .live_items()
                .filter(|i| i.parent == Some(parent) && i.slot.as_ref() == Some(&child.id))
                .count(),
            limit: child.limit,
        }
    }

    /// Puts entry `id` into the report (`on`) or takes it out. The entry's slot must be one
    /// the rapporteur picks from. Returns how its slot then stands against the limit.
    pub fn set_picked(
        &mut self,
        id: ItemId,
        on: bool,
        now: DateTime<Utc>,
    ) -> Result<Count, ModelError> {
        let slot = self.pick_slot_of(id)?;
        let mut list = self.chosen(&slot);
        if on {
            if !list.contains(&id) {
                list.push(id);
            }
        } else {
            list.retain(|x| *x != id);
        }
        self.set_picks(&slot.id, list, now);
        Ok(self.count(&slot))
    }

    /// Moves a picked entry one place up or down in the report. Returns whether it moved.
    pub fn move_pick(
        &mut self,
        id: ItemId,
        up: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, ModelError> {
        let slot = self.pick_slot_of(id)?;
        let mut list = self.chosen(&slot);
        let Some(p) = list.iter().position(|x| *x == id) else {
            return Ok(false);
        };
        let q = if up { p.checked_sub(1) } else { Some(p + 1) };
        let Some(q) = q.filter(|q| *q < list.len()) else {
            return Ok(false);
        };
        list.swap(p, q);
        self.set_picks(&slot.id, list, now);
        Ok(true)
    }

    /// Takes `id` off its slot's picks (it is becoming another kind of entry).
    pub(crate) fn unpick(&mut self, slot: &SlotId, id: ItemId, now: DateTime<Utc>) {
        if let Some(picks) = self.picks.get(slot)
            && picks.items.contains(&id)
        {
            let items = picks.items.iter().copied().filter(|x| *x != id).collect();
            self.set_picks(slot, items, now);
        }
    }

    fn pick_slot_of(&self, id: ItemId) -> Result<Slot, ModelError> {
        let item = self.item(id).ok_or(ModelError::UnknownItem(id))?;
        let slot = item
            .slot
            .as_deref()
            .and_then(|s| self.template.slot(s))
            .filter(|s| s.pick)
            .ok_or(ModelError::NotPicked(id))?;
        Ok(slot.clone())
    }

    fn set_picks(&mut self, slot: &SlotId, items: Vec<ItemId>, now: DateTime<Utc>) {
        // Like entries: a later change is stamped later even when the clock went back.
        let updated = self.picks.get(slot).map_or(now, |p| {
            if now > p.updated {
                now
            } else {
                p.updated + TimeDelta::microseconds(1)
            }
        });
        self.picks.insert(slot.clone(), Picks { items, updated });
        self.updated = self.updated.max(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewItem;
    use crate::model::test_support::{now, session};

    #[test]
    fn entries_past_a_limit_in_total_or_per_table_are_over() {
        let mut s = session();
        std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].limit_per_table = Some(1);
        let slot = s.template.slot("recommendation").expect("slot").clone();
        let add = |s: &mut Session, table| {
            s.add(
                NewItem::point(table, None, "rec").in_slot("recommendation"),
                now(),
            )
            .expect("add")
        };
        let n1 = add(&mut s, Some("north"));
        let n2 = add(&mut s, Some("north"));
        let s1 = add(&mut s, Some("south"));
        assert_eq!(s.count_in_table(&slot, Some(&"north".into())).over(), 1);
        assert_eq!(s.count_in_table(&slot, Some(&"south".into())).over(), 0);
        assert_eq!(s.count_in_table(&slot, None).going_in, 0);
        // The total limit is 2: the third in report order is over it as well.
        assert_eq!(s.over_limit(&slot), HashSet::from([n2, s1]));
        // Taken out of the report, an entry no longer counts against either limit.
        s.set_picked(n2, false, now()).expect("unpick");
        assert!(s.over_limit(&slot).is_empty());
        assert_eq!(s.count_in_table(&slot, Some(&"north".into())).going_in, 1);
        let _ = n1;
    }

    #[test]
    fn picks_choose_and_order_what_goes_in() {
        let mut s = session();
        let recs: Vec<ItemId> = (0..5)
            .map(|n| {
                s.add(
                    NewItem::point(None, None, format!("rec {n}")).in_slot("recommendation"),
                    now(),
                )
                .expect("add")
            })
            .collect();
        let slot = s.template.slot("recommendation").expect("slot").clone();
        assert!(slot.pick);
        assert_eq!(
            s.chosen(&slot),
            recs,
            "before any pick, all go in, in capture order"
        );
        let count = s.count(&slot);
        assert_eq!(count.going_in, 5);
        assert_eq!(count.over(), 5 - slot.limit.expect("limit") as usize);
        s.set_picked(recs[0], false, now()).expect("unpick");
        let captured = s.count_captured(&slot);
        assert_eq!(
            (captured.going_in, captured.over()),
            (5, 3),
            "everything captured counts"
        );
        assert_eq!(s.chosen(&slot), recs[1..].to_vec());
        assert_eq!(s.left_out(&slot), vec![recs[0]]);
        assert!(s.move_pick(recs[2], true, now()).expect("move"));
        assert_eq!(s.chosen(&slot), vec![recs[2], recs[1], recs[3], recs[4]]);
        assert!(!s.move_pick(recs[2], true, now()).expect("at the top"));
        let point = s.add(NewItem::point(None, None, "p"), now()).expect("add");
        assert!(matches!(
            s.set_picked(point, true, now()),
            Err(ModelError::NotPicked(_))
        ));
    }

    #[test]
    fn a_deleted_pick_drops_out_and_picks_stamp_forward() {
        let mut s = session();
        let a = s
            .add(
                NewItem::point(None, None, "a").in_slot("recommendation"),
                now(),
            )
            .expect("add");
        s.set_picked(a, true, now()).expect("pick");
        let first = s.picks["recommendation"].updated;
        s.set_picked(a, false, now()).expect("unpick");
        assert!(
            s.picks["recommendation"].updated > first,
            "same clock, later stamp"
        );
        s.set_picked(a, true, now()).expect("pick");
        s.delete(a, now()).expect("delete");
        let slot = s.template.slot("recommendation").expect("slot").clone();
        assert!(s.chosen(&slot).is_empty());
    }
}
