//! Edits beyond capture: reordering, moving between tables and questions, the agenda timer,
//! and going back to an earlier state (undo) in a way a merge understands.

use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};

use super::agenda::AgendaState;
use super::ids::{QuestionId, TableId};
use super::item::ItemId;
use super::session::{ModelError, Session};

impl Session {
    /// Puts `id` just before (`before == true`) or after `other` in rank order.
    pub fn place_next_to(
        &mut self,
        id: ItemId,
        other: ItemId,
        before: bool,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let a = self.item(id).ok_or(ModelError::UnknownItem(id))?;
        let b = self.item(other).ok_or(ModelError::UnknownItem(other))?;
        if a.rank != b.rank && ((a.rank < b.rank) != before) {
            // Swap: both move, so both are stamped.
            let (ra, rb) = (a.rank, b.rank);
            self.update(id, now, |i| i.rank = rb)?;
            return self.update(other, now, |i| i.rank = ra);
        }
        if a.rank == b.rank {
            // Equal ranks (after a merge): step past the other one.
            let rank = if before {
                b.rank.saturating_sub(1)
            } else {
                b.rank.saturating_add(1)
            };
            return self.update(id, now, |i| i.rank = rank);
        }
        Ok(())
    }

    /// Moves an entry, and what hangs under it, to another table and/or question.
    pub fn retag(
        &mut self,
        id: ItemId,
        table: Option<TableId>,
        question: Option<QuestionId>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let children: Vec<ItemId> = self.children(id).iter().map(|c| c.id).collect();
        let (t, q) = (table.clone(), question.clone());
        self.update(id, now, |i| {
            i.table = t;
            i.question = q;
        })?;
        for c in children {
            let (t, q) = (table.clone(), question.clone());
            self.update(c, now, |i| {
                i.table = t;
                i.question = q;
            })?;
        }
        Ok(())
    }

    /// Changes the agenda timer through `change`.
    pub fn with_agenda(&mut self, now: DateTime<Utc>, change: impl FnOnce(&mut AgendaState)) {
        let before = self.agenda.clone();
        let mut agenda = before.clone().unwrap_or_else(|| AgendaState::new(now));
        change(&mut agenda);
        // Like entries: a later change is stamped later even when the clock went back.
        if let Some(b) = before
            && agenda != b
            && agenda.updated <= b.updated
        {
            agenda.updated = b.updated + TimeDelta::microseconds(1);
        }
        if agenda.phase >= self.plan.agenda.len() {
            agenda.phase = self.plan.agenda.len().saturating_sub(1);
        }
        self.agenda = Some(agenda);
        self.updated = self.updated.max(now);
    }

    /// Makes the session look as `earlier` did, as a set of new edits stamped `now`: entries
    /// changed since get their old content back, entries added since become tombstones. So a
    /// merge with a copy saved before the undo sees the undo as the newer change.
    pub fn revert_to(&mut self, earlier: &Session, now: DateTime<Utc>) {
        let stamp = |prev: DateTime<Utc>| {
            if now > prev {
                now
            } else {
                prev + TimeDelta::microseconds(1)
            }
        };
        let old: std::collections::HashMap<ItemId, &Arc<super::Item>> =
            earlier.items_shared().map(|i| (i.id, i)).collect();
        // Entries are replaced where they stand, so the id order holds.
        let changed_items = self.edit_all_items(|items| {
            let mut changed = false;
            for slot in items.iter_mut() {
                match old.get(&slot.id) {
                    Some(was) if Arc::ptr_eq(slot, was) => {}
                    Some(was) => {
                        let mut restored = super::Item::clone(was);
                        restored.updated = stamp(slot.updated);
                        *slot = Arc::new(restored);
                        changed = true;
                    }
                    None if slot.deleted.is_none() => {
                        let mut gone = super::Item::clone(slot);
                        gone.deleted = Some(now);
                        gone.updated = stamp(slot.updated);
                        *slot = Arc::new(gone);
                        changed = true;
                    }
                    None => {}
                }
            }
            changed
        });
        let mut changed = changed_items;
        if self.header != earlier.header {
            for (k, v) in &earlier.header {
                if self.header.get(k).map(|c| &c.value) != Some(&v.value) {
                    let updated = stamp(self.header.get(k).map_or(v.updated, |c| c.updated));
                    self.header.insert(
                        k.clone(),
                        super::Stamped {
                            value: v.value.clone(),
                            updated,
                        },
                    );
                }
            }
            changed = true;
        }
        if self.picks != earlier.picks {
            for (k, p) in &earlier.picks {
                let updated = stamp(self.picks.get(k).map_or(p.updated, |c| c.updated));
                self.picks.insert(
                    k.clone(),
                    super::Picks {
                        items: p.items.clone(),
                        updated,
                    },
                );
            }
            changed = true;
        }
        if changed {
            self.updated = self.updated.max(now);
        }
    }
}
