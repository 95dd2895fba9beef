//! Which entries of a slot go into the report, in what order, and how they stand against the
//! form's limits.
//!
//! Every entry goes in until the rapporteur leaves it out: recommendations and other slots
//! the rapporteur picks from (`pick`), and entries under another (actions, indicators), which
//! are chosen among their siblings. The rapporteur also sets the order of those and of ranked
//! slots. Each choice is kept as [`Picks`]: the order of what goes in and what was left out,
//! one last-writer-wins register per slot (per slot and parent entry, under another entry).
//! An entry named in neither list is new since the choice: it goes in, at the end. So an entry
//! captured on one laptop while another left one out is in after a merge, and the one left
//! out stays out. Other slots take every live entry, in capture order.

use chrono::{DateTime, TimeDelta, Utc};

use std::collections::{HashMap, HashSet};

use super::ids::{SlotId, TableId};
use super::item::{Item, ItemId};
use super::session::{ModelError, Picks, SESSION_FORMAT_VERSION, Session};
use super::template::{Ranking, Slot};

/// How a slot's entries stand against the form's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Entries going into the report.
    pub going_in: usize,
    /// The form's limit, if it has one.
    pub limit: Option<u32>,
}

/// Which of the form's limits an entry going into the report is past, and how its slot
/// stands against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passed {
    /// The limit in total, of a top-level slot.
    Total(Count),
    /// The limit under the entry's parent (its siblings going in with it).
    Under(Count),
    /// The limit per table, within the entry's table (`None`: entries from no table).
    Table(Option<TableId>, Count),
}

impl Count {
    /// How many more than the form allows.
    pub fn over(&self) -> usize {
        self.limit
            .map_or(0, |l| self.going_in.saturating_sub(l as usize))
    }
}

impl Slot {
    /// Whether the rapporteur can leave entries of this slot out of the report: slots they
    /// pick from, and entries under another (all go in with it until left out).
    pub fn can_leave_out(&self) -> bool {
        self.pick || self.parent.is_some()
    }

    /// Whether the rapporteur sets the order of this slot's entries in the report: those
    /// they can leave out, and ranked slots (the order is the ranking).
    pub fn can_reorder(&self) -> bool {
        self.can_leave_out() || self.ranked.is_some()
    }
}

impl Session {
    /// The entries of top-level `slot` that go into the report, in report order.
    pub fn chosen(&self, slot: &Slot) -> Vec<ItemId> {
        self.chosen_in(None, slot)
    }

    /// The entries of `slot` under `parent` that go into the report with it, in order.
    pub fn chosen_under(&self, parent: ItemId, slot: &Slot) -> Vec<ItemId> {
        self.chosen_in(Some(parent), slot)
    }

    /// The entries of `slot` under `parent` (`None`: top-level) going into the report.
    pub fn chosen_in(&self, parent: Option<ItemId>, slot: &Slot) -> Vec<ItemId> {
        self.choose_among(parent, slot, &self.candidates(parent, slot))
    }

    /// Of `candidates` — the live entries of `slot` under `parent`, in capture order — those
    /// going into the report, in report order: the listed ones in the order set, then the
    /// ones captured since, less the ones left out.
    pub fn choose_among(
        &self,
        parent: Option<ItemId>,
        slot: &Slot,
        candidates: &[ItemId],
    ) -> Vec<ItemId> {
        let Some(p) = self.stored(parent, &slot.id).filter(|_| slot.can_reorder()) else {
            return candidates.to_vec();
        };
        let out: HashSet<ItemId> = if slot.can_leave_out() {
            p.left_out.iter().flatten().copied().collect()
        } else {
            HashSet::new()
        };
        let live: HashSet<&ItemId> = candidates.iter().collect();
        let mut seen = HashSet::new();
        let mut list: Vec<ItemId> = (p.items.iter().copied())
            .filter(|id| live.contains(id) && !out.contains(id) && seen.insert(*id))
            .collect();
        // Written before left-out entries were kept (and not yet settled): what was not
        // listed was left out.
        if slot.can_leave_out() && p.left_out.is_none() {
            return list;
        }
        list.extend(
            (candidates.iter().copied()).filter(|id| !out.contains(id) && seen.insert(*id)),
        );
        list
    }

    /// Live entries that `keep` accepts, in rank (capture) order.
    pub fn in_rank_order(&self, keep: impl Fn(&Item) -> bool) -> Vec<ItemId> {
        let mut v: Vec<&Item> = self.live_items().filter(|i| keep(i)).collect();
        v.sort_by_key(|i| (i.rank, i.id));
        v.into_iter().map(|i| i.id).collect()
    }

    /// Live entries of top-level `slot` the rapporteur left out of the report.
    pub fn left_out(&self, slot: &Slot) -> Vec<ItemId> {
        self.left_out_in(None, slot)
    }

    /// Live entries of `slot` under `parent` left out of the report.
    pub fn left_out_under(&self, parent: ItemId, slot: &Slot) -> Vec<ItemId> {
        self.left_out_in(Some(parent), slot)
    }

    /// Live entries of `slot` under `parent` (`None`: top-level) left out, in capture order.
    pub fn left_out_in(&self, parent: Option<ItemId>, slot: &Slot) -> Vec<ItemId> {
        if !slot.can_leave_out() {
            return Vec::new();
        }
        let candidates = self.candidates(parent, slot);
        let going_in: HashSet<ItemId> = self
            .choose_among(parent, slot, &candidates)
            .into_iter()
            .collect();
        candidates
            .into_iter()
            .filter(|id| !going_in.contains(id))
            .collect()
    }

    /// The entries the choice of `id` is made among, going into the report in order: those of
    /// its slot, under the same entry for an entry under another. Empty when its slot is not
    /// in the report.
    pub fn siblings_going_in(&self, id: ItemId) -> Vec<ItemId> {
        match self.choice_of(id) {
            Some((parent, slot)) => self.chosen_in(parent, &slot),
            None => Vec::new(),
        }
    }

    /// How the siblings of `id` going into the report stand against its slot's limit.
    pub fn count_with(&self, id: ItemId) -> Option<Count> {
        let (parent, slot) = self.choice_of(id)?;
        Some(Count {
            going_in: self.chosen_in(parent, &slot).len(),
            limit: slot.limit,
        })
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

    /// The tables (in the plan's order, then "no table") whose entries of `slot` going into
    /// the report pass the form's limit per table, each with its count; one pass over them.
    pub fn tables_over_limit(&self, slot: &Slot) -> Vec<(Option<TableId>, Count)> {
        let Some(limit) = slot.limit_per_table else {
            return Vec::new();
        };
        let mut counts: HashMap<Option<&TableId>, usize> = HashMap::new();
        for id in self.chosen(slot) {
            if let Some(item) = self.item(id) {
                *counts.entry(item.table.as_ref()).or_default() += 1;
            }
        }
        let tables = self.plan.tables.iter().map(|t| Some(&t.id));
        tables
            .chain([None])
            .filter_map(|t| {
                let count = Count {
                    going_in: counts.get(&t).copied().unwrap_or(0),
                    limit: Some(limit),
                };
                (count.over() > 0).then(|| (t.cloned(), count))
            })
            .collect()
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

    /// Which of the form's limits the entries that `id` goes into the report with are past:
    /// its siblings under its parent entry; else its slot's in total, else those from its
    /// table (the limit per table). `None` when they are within them all, or when `id` is
    /// left out: what is left out counts against no limit.
    pub fn limit_passed_by(&self, id: ItemId) -> Option<Passed> {
        let item = self.item(id)?;
        let slot = self.template.slot(item.slot.as_deref()?)?;
        let parent = slot.parent.as_ref().and(item.parent);
        if !self.chosen_in(parent, slot).contains(&id) {
            return None;
        }
        if parent.is_some() {
            let count = self.count_with(id)?;
            return (count.over() > 0).then_some(Passed::Under(count));
        }
        let total = self.count(slot);
        if total.over() > 0 {
            return Some(Passed::Total(total));
        }
        let table = self.count_in_table(slot, item.table.as_ref());
        (table.over() > 0).then(|| Passed::Table(item.table.clone(), table))
    }

    /// Puts entry `id` into the report (`on`, at the end) or leaves it out. The entry's slot
    /// must be one whose entries the rapporteur can leave out. Returns how its slot (under
    /// its parent entry) then stands against the limit.
    pub fn set_picked(
        &mut self,
        id: ItemId,
        on: bool,
        now: DateTime<Utc>,
    ) -> Result<Count, ModelError> {
        let (parent, slot) = (self.choice_of(id))
            .filter(|(_, s)| s.can_leave_out())
            .ok_or(ModelError::NotPicked(id))?;
        let mut list = self.chosen_in(parent, &slot);
        let mut out = self.kept_left_out(parent, &slot);
        if on {
            out.retain(|x| *x != id);
            if !list.contains(&id) {
                list.push(id);
            }
        } else {
            list.retain(|x| *x != id);
            if !out.contains(&id) {
                out.push(id);
            }
        }
        self.set_picks(parent, &slot, list, out, now);
        Ok(Count {
            going_in: self.chosen_in(parent, &slot).len(),
            limit: slot.limit,
        })
    }

    /// Moves an entry going into the report one place up or down among its siblings. Returns
    /// whether it moved.
    pub fn move_pick(
        &mut self,
        id: ItemId,
        up: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, ModelError> {
        let (parent, slot) = (self.choice_of(id))
            .filter(|(_, s)| s.can_reorder())
            .ok_or(ModelError::NotPicked(id))?;
        let mut list = self.chosen_in(parent, &slot);
        let Some(p) = list.iter().position(|x| *x == id) else {
            return Ok(false);
        };
        // A slot ranked per table is ranked within each table: the entry passes the next one
        // of its own table, whatever other tables' entries stand between them in the list.
        let table_of = |x: ItemId| self.item(x).map(|i| i.table.as_ref());
        let per_table = parent.is_none() && slot.ranked == Some(Ranking::PerTable);
        let neighbour = |k: &usize| !per_table || table_of(list[*k]) == table_of(id);
        let q = if up {
            (0..p).rev().find(neighbour)
        } else {
            (p + 1..list.len()).find(neighbour)
        };
        let Some(q) = q else {
            return Ok(false);
        };
        list.swap(p, q);
        let out = self.kept_left_out(parent, &slot);
        self.set_picks(parent, &slot, list, out, now);
        Ok(true)
    }

    /// Takes `id` off the choices it is part of: it is becoming another kind of entry, or
    /// moving under another entry. Should it come back, it is new there, and goes in.
    pub(crate) fn unpick(&mut self, id: ItemId, now: DateTime<Utc>) {
        let Some((parent, slot)) = self.choice_of(id) else {
            return;
        };
        let Some(p) = self.stored(parent, &slot.id) else {
            return;
        };
        let named = p.items.contains(&id) || p.left_out.iter().flatten().any(|x| *x == id);
        if !named && p.left_out.is_some() {
            return;
        }
        let items = p.items.iter().copied().filter(|x| *x != id).collect();
        let mut out = self.kept_left_out(parent, &slot);
        out.retain(|x| *x != id);
        self.set_picks(parent, &slot, items, out, now);
    }

    /// Gives choices read from a file written before left-out entries were kept their
    /// meaning then: every entry of the slot the file holds and does not list was left out.
    /// Entries captured from now on are new, and go in. Called once, as a file is read.
    pub fn settle_old_picks(&mut self) {
        let mut settled = false;
        let unsettled: Vec<(Option<ItemId>, SlotId)> = (self.picks.iter())
            .map(|(k, p)| (None, k, p))
            .chain(
                (self.picks_under.iter())
                    .flat_map(|(parent, m)| m.iter().map(|(k, p)| (Some(*parent), k, p))),
            )
            .filter(|(_, _, p)| p.left_out.is_none())
            .map(|(parent, k, _)| (parent, k.clone()))
            .collect();
        for (parent, k) in unsettled {
            let out = self.old_left_out(parent, &k);
            if let Some(p) = self.stored_mut(parent, &k) {
                p.left_out = Some(out);
                settled = true;
            }
        }
        if settled {
            self.format_version = self.format_version.max(SESSION_FORMAT_VERSION);
        }
    }

    /// Makes every choice look as in `earlier`, stamped as new changes (undo). A choice
    /// `earlier` had not made yet is written as "everything, in capture order". Returns
    /// whether anything changed.
    pub(super) fn revert_picks_to(&mut self, earlier: &Session, now: DateTime<Utc>) -> bool {
        let mut changed = false;
        let keys: Vec<(Option<ItemId>, SlotId)> = (self.picks.keys().map(|k| (None, k.clone())))
            .chain(
                self.picks_under
                    .iter()
                    .flat_map(|(parent, m)| m.keys().map(move |k| (Some(*parent), k.clone()))),
            )
            .chain(earlier.picks.keys().map(|k| (None, k.clone())))
            .chain(
                earlier
                    .picks_under
                    .iter()
                    .flat_map(|(parent, m)| m.keys().map(move |k| (Some(*parent), k.clone()))),
            )
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for (parent, k) in keys {
            let was = earlier.stored(parent, &k);
            let is = self.stored(parent, &k);
            let same = |a: &Picks, b: &Picks| a.items == b.items && a.left_out == b.left_out;
            let (items, left_out) = match (was, is) {
                (Some(w), Some(i)) if same(w, i) => continue,
                (None, None) => continue,
                (Some(w), _) => (w.items.clone(), w.left_out.clone()),
                (None, Some(_)) => (Vec::new(), Some(Vec::new())),
            };
            let updated = match self.stored(parent, &k).or(was) {
                Some(c) if now <= c.updated => c.updated + TimeDelta::microseconds(1),
                _ => now,
            };
            let picks = Picks {
                items,
                left_out,
                updated,
            };
            match parent {
                None => {
                    self.picks.insert(k, picks);
                }
                Some(p) => {
                    self.picks_under.entry(p).or_default().insert(k, picks);
                }
            }
            changed = true;
        }
        changed
    }

    /// The slot `id`'s report choice is made in, and the entry it hangs under (`None` at the
    /// top level); `None` when its slot's entries are neither left out nor reordered.
    fn choice_of(&self, id: ItemId) -> Option<(Option<ItemId>, Slot)> {
        let item = self.item(id)?;
        let slot = self.template.slot(item.slot.as_deref()?)?;
        if !slot.can_reorder() {
            return None;
        }
        let parent = slot.parent.as_ref().and(item.parent);
        Some((parent, slot.clone()))
    }

    /// Live entries of `slot` under `parent`, in capture order.
    fn candidates(&self, parent: Option<ItemId>, slot: &Slot) -> Vec<ItemId> {
        self.in_rank_order(|i| i.slot.as_ref() == Some(&slot.id) && i.parent == parent)
    }

    fn stored(&self, parent: Option<ItemId>, slot: &SlotId) -> Option<&Picks> {
        match parent {
            None => self.picks.get(slot),
            Some(p) => self.picks_under.get(&p)?.get(slot),
        }
    }

    fn stored_mut(&mut self, parent: Option<ItemId>, slot: &SlotId) -> Option<&mut Picks> {
        match parent {
            None => self.picks.get_mut(slot),
            Some(p) => self.picks_under.get_mut(&p)?.get_mut(slot),
        }
    }

    /// What a choice written without a left-out list meant: every entry of the slot (deleted
    /// ones too, should they come back) that it does not list.
    fn old_left_out(&self, parent: Option<ItemId>, slot: &SlotId) -> Vec<ItemId> {
        let listed: HashSet<ItemId> = (self.stored(parent, slot))
            .map(|p| p.items.iter().copied().collect())
            .unwrap_or_default();
        (self.all_items())
            .filter(|i| i.slot.as_ref() == Some(slot) && i.parent == parent)
            .filter(|i| !listed.contains(&i.id))
            .map(|i| i.id)
            .collect()
    }

    /// The entries left out of `slot` under `parent` that a new choice keeps out: those
    /// still of that slot there, deleted ones included (they stay out if brought back).
    fn kept_left_out(&self, parent: Option<ItemId>, slot: &Slot) -> Vec<ItemId> {
        if !slot.can_leave_out() {
            return Vec::new();
        }
        let out = match self.stored(parent, &slot.id) {
            None => return Vec::new(),
            Some(p) => match &p.left_out {
                Some(out) => out.clone(),
                None => self.old_left_out(parent, &slot.id),
            },
        };
        let mut seen = HashSet::new();
        out.into_iter()
            .filter(|id| {
                self.item(*id)
                    .is_some_and(|i| i.slot.as_ref() == Some(&slot.id) && i.parent == parent)
                    && seen.insert(*id)
            })
            .collect()
    }

    fn set_picks(
        &mut self,
        parent: Option<ItemId>,
        slot: &Slot,
        items: Vec<ItemId>,
        left_out: Vec<ItemId>,
        now: DateTime<Utc>,
    ) {
        // Like entries: a later change is stamped later even when the clock went back.
        let updated = self.stored(parent, &slot.id).map_or(now, |p| {
            if now > p.updated {
                now
            } else {
                p.updated + TimeDelta::microseconds(1)
            }
        });
        let picks = Picks {
            items,
            left_out: Some(left_out),
            updated,
        };
        match parent {
            None => {
                self.picks.insert(slot.id.clone(), picks);
            }
            Some(p) => {
                self.picks_under
                    .entry(p)
                    .or_default()
                    .insert(slot.id.clone(), picks);
            }
        }
        // The left-out list is format 2's: a file read as format 1 is written as format 2.
        self.format_version = self.format_version.max(SESSION_FORMAT_VERSION);
        self.updated = self.updated.max(now);
    }
}

#[cfg(test)]
#[path = "picks_tests.rs"]
mod tests;
