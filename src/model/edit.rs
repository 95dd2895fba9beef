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

    /// Moves to the next (`forward`) or previous agenda phase, staying within the agenda.
    pub fn step_phase(&mut self, forward: bool, now: DateTime<Utc>) {
        let last = self.plan.agenda.len().saturating_sub(1);
        self.with_agenda(now, |a| {
            let to = if forward {
                (a.phase + 1).min(last)
            } else {
                a.phase.saturating_sub(1)
            };
            a.go_to(to, now);
        });
    }

    /// The position of the table the current agenda phase is about, when it names exactly
    /// one (the plenary): the screens follow the room there.
    pub fn phase_table(&self) -> Option<usize> {
        let a = self.agenda.as_ref()?;
        match self.plan.agenda.get(a.phase)?.tables.as_slice() {
            [one] => self.plan.tables.iter().position(|t| &t.id == one),
            _ => None,
        }
    }

    /// The position of the guiding question the current agenda phase names, if it names
    /// one: moving to the phase makes it current (a café round, a question each).
    pub fn phase_question(&self) -> Option<usize> {
        let a = self.agenda.as_ref()?;
        let q = self.plan.agenda.get(a.phase)?.question.as_ref()?;
        self.plan.questions.iter().position(|x| x.id == *q)
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
            // A field the earlier session had never set was empty then: it is emptied, with
            // a stamp, so that a merge keeps the undo.
            let unset: Vec<String> = (self.header.keys())
                .filter(|k| !earlier.header.contains_key(*k))
                .cloned()
                .collect();
            for k in unset {
                if let Some(c) = self.header.get_mut(&k)
                    && !c.value.is_empty()
                {
                    c.value.clear();
                    c.updated = stamp(c.updated);
                }
            }
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
        if self.revert_picks_to(earlier, now) {
            changed = true;
        }
        if changed {
            self.updated = self.updated.max(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::NewItem;
    use crate::model::test_support::{now, session};

    #[test]
    fn undoing_the_first_choice_of_a_slot_brings_back_every_entry() {
        let mut s = session();
        let slot = s.template.slot("recommendation").expect("slot").clone();
        let add = |s: &mut crate::model::Session, text: &str| {
            s.add(
                NewItem::point(Some("north"), None, text).in_slot("recommendation"),
                now(),
            )
            .expect("add")
        };
        let a = add(&mut s, "one");
        let b = add(&mut s, "two");
        let before = s.clone();
        assert!(!before.picks.contains_key(&slot.id), "nothing chosen yet");
        s.set_picked(a, false, now()).expect("leave out");
        assert_eq!(s.chosen(&slot), vec![b]);
        s.revert_to(&before, now());
        assert_eq!(s.chosen(&slot), vec![a, b], "the undo of a first choice");
        assert!(
            s.picks.contains_key(&slot.id),
            "written out, so a merge keeps it"
        );
    }

    #[test]
    fn undoing_the_first_value_of_a_header_field_empties_it() {
        let mut s = session();
        let before = s.clone();
        s.header.insert(
            "rapporteur".into(),
            crate::model::Stamped {
                value: "Amy".into(),
                updated: now(),
            },
        );
        s.revert_to(&before, now());
        assert_eq!(
            s.header.get("rapporteur").map(|v| v.value.as_str()),
            Some("")
        );
    }
}
