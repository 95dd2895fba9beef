//! Merging sessions from several laptops. Every piece of a session is a last-writer-wins
//! register keyed by id (items, header fields, picks, the agenda), so merging is a join:
//! commutative, associative and idempotent. Files can arrive in any order, any number of
//! times. Deletions are tombstones: an older copy never brings a deleted entry back; only a
//! newer change to it does (nothing typed later is lost).

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

use super::item::{Item, ItemId};
use super::session::{Picks, Session};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("{}", crate::tr!("model-merge-different-plans", ours = format!("{:?}", .ours), theirs = format!("{:?}", .theirs)))]
    DifferentPlans { ours: String, theirs: String },
    #[error("{}", crate::tr!("model-merge-plan-changed", id = format!("{:?}", .0)))]
    PlanChanged(String),
    #[error("{}", crate::tr!("model-merge-template-changed", id = format!("{:?}", .0)))]
    TemplateChanged(String),
}

/// What a merge did, in words for the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Entries the other session had and this one did not.
    pub new: usize,
    /// Entries both had, where the other's version was newer and was taken.
    pub updated: usize,
    /// Of those, entries changed on both sides since they last agreed (the newer kept).
    pub conflicts: usize,
    /// Entries deleted by the other session.
    pub deleted: usize,
    /// Entries both had where this one's version was as new or newer.
    pub unchanged: usize,
    /// Header fields, picks or the agenda taken from the other session.
    pub other_changes: usize,
}

impl MergeReport {
    pub fn add(&mut self, other: &MergeReport) {
        self.new += other.new;
        self.updated += other.updated;
        self.conflicts += other.conflicts;
        self.deleted += other.deleted;
        self.unchanged += other.unchanged;
        self.other_changes += other.other_changes;
    }

    pub fn changed_anything(&self) -> bool {
        self.new + self.updated + self.deleted + self.other_changes > 0
    }
}

impl std::fmt::Display for MergeReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "model-merge-report",
            new = self.new,
            updated = self.updated,
            deleted = self.deleted,
            conflicts = self.conflicts,
            other = self.other_changes,
            unchanged = self.unchanged
        ))
    }
}

/// The total order that decides between two versions of one entry: newer `updated` wins;
/// on a tie a tombstone wins, then the larger content, so every laptop decides alike.
fn newer(a: &Item, b: &Item) -> Ordering {
    a.updated
        .cmp(&b.updated)
        .then_with(|| a.deleted.is_some().cmp(&b.deleted.is_some()))
        .then_with(|| a.deleted.cmp(&b.deleted))
        .then_with(|| content_key(a).cmp(&content_key(b)))
}

fn content_key(i: &Item) -> String {
    serde_json::to_string(i).unwrap_or_default()
}

impl Session {
    /// Checks that `other` can be merged into this session.
    pub fn can_merge(&self, other: &Session) -> Result<(), MergeError> {
        if self.plan.id != other.plan.id {
            return Err(MergeError::DifferentPlans {
                ours: self.plan.id.clone(),
                theirs: other.plan.id.clone(),
            });
        }
        if self.plan != other.plan {
            return Err(MergeError::PlanChanged(self.plan.id.clone()));
        }
        if self.template != other.template {
            return Err(MergeError::TemplateChanged(self.template.id.clone()));
        }
        Ok(())
    }

    /// Merges `other` into this session and says what came in.
    pub fn merge_from(&mut self, other: &Session) -> Result<MergeReport, MergeError> {
        self.can_merge(other)?;
        let mut report = MergeReport::default();
        // A merge may add entries anywhere: the session puts them back in id order, the one
        // canonical order, so merges in any order give the same file; a merge that brought
        // nothing leaves the session exactly as it was.
        self.edit_all_items(|items| {
            let mut index: BTreeMap<ItemId, usize> =
                items.iter().enumerate().map(|(n, i)| (i.id, n)).collect();
            for theirs in other.items_shared() {
                match index.get(&theirs.id) {
                    None => {
                        index.insert(theirs.id, items.len());
                        items.push(Arc::clone(theirs));
                        if theirs.is_live() {
                            report.new += 1;
                        } else {
                            // Deleted over there before this session ever saw it: still a
                            // change to this file (the tombstone must be saved, and keeps an
                            // older live copy arriving later from bringing it back).
                            report.deleted += 1;
                        }
                    }
                    Some(&n) => {
                        let ours = &items[n];
                        if Arc::ptr_eq(ours, theirs) || newer(theirs, ours) != Ordering::Greater {
                            report.unchanged += 1;
                            continue;
                        }
                        if theirs.deleted.is_some() && ours.deleted.is_none() {
                            report.deleted += 1;
                        } else {
                            report.updated += 1;
                            // Both moved on from when they were created: edited on both sides.
                            if ours.updated > ours.created && ours.text != theirs.text {
                                report.conflicts += 1;
                            }
                        }
                        items[n] = Arc::clone(theirs);
                    }
                }
            }
        });

        for (k, v) in &other.header {
            let take = match self.header.get(k) {
                None => true,
                Some(mine) => (v.updated, &v.value) > (mine.updated, &mine.value),
            };
            if take {
                self.header.insert(k.clone(), v.clone());
                report.other_changes += 1;
            }
        }
        report.other_changes += merge_picks(&mut self.picks, &other.picks);
        for (parent, theirs) in other.picks_under.iter().filter(|(_, m)| !m.is_empty()) {
            let mine = self.picks_under.entry(*parent).or_default();
            report.other_changes += merge_picks(mine, theirs);
        }
        if let Some(theirs) = &other.agenda {
            let take = match &self.agenda {
                None => true,
                Some(mine) => {
                    (theirs.updated, content_key_agenda(theirs))
                        > (mine.updated, content_key_agenda(mine))
                }
            };
            if take {
                self.agenda = Some(theirs.clone());
                report.other_changes += 1;
            }
        }
        // Session identity and times join too, so the result does not depend on the order.
        // The newer format wins: the merge may hold what only it can say.
        self.format_version = self.format_version.max(other.format_version);
        self.id = self.id.min(other.id);
        self.created = self.created.min(other.created);
        self.updated = self.updated.max(other.updated);
        // A merge of different tables' files is no longer any one table's.
        if self.home_table != other.home_table {
            self.home_table = None;
        }
        Ok(report)
    }
}

/// Takes each of `theirs` that is newer than `mine`'s (on a tie, the larger content, so every
/// laptop decides alike); returns how many were taken.
fn merge_picks<K: Ord + Clone>(
    mine: &mut BTreeMap<K, Picks>,
    theirs: &BTreeMap<K, Picks>,
) -> usize {
    let key = |p: &Picks| (p.updated, p.items.clone(), p.left_out.clone());
    let mut taken = 0;
    for (k, v) in theirs {
        if mine.get(k).is_none_or(|m| key(v) > key(m)) {
            mine.insert(k.clone(), v.clone());
            taken += 1;
        }
    }
    taken
}

fn content_key_agenda(
    a: &super::AgendaState,
) -> (usize, Option<chrono::DateTime<chrono::Utc>>, i64) {
    (a.phase, a.running_since, a.elapsed_ms)
}
