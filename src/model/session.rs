//! A session file's content: the plan and template it was started from, the report header,
//! and everything captured.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::agenda::AgendaState;
use super::entries::Entries;
use super::ids::{QuestionId, SlotId, TableId};
use super::item::{Item, ItemId, NewItem};
use super::plan::Plan;
use super::template::Template;

/// The session format this build writes, and the newest it reads.
pub const SESSION_FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum SessionFormat {
    #[serde(rename = "breakout-session")]
    Session,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "breakout session file")]
pub struct Session {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: SessionFormat,
    pub format_version: u32,
    /// Identifies this capture (one laptop's file); a merge keeps the smaller of the two, so
    /// the result does not depend on the order files arrive in.
    pub id: Uuid,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// The plan the session was started from, kept whole so the file stands on its own.
    pub plan: Arc<Plan>,
    /// The report template named by the plan, kept whole for the same reason.
    pub template: Arc<Template>,
    /// Values of the template's header fields, by field id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub header: BTreeMap<String, Stamped>,
    /// Everything captured, tombstones included, in no particular order.
    // (A file may list them in any order; in memory they are in id order: see `Entries`.)
    #[serde(default)]
    items: Entries,
    /// For slots the rapporteur picks from, and ranked slots: the order the report takes
    /// them in and, for picked slots, which were left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub picks: BTreeMap<SlotId, Picks>,
    /// For entries under another (actions under a recommendation), by the entry they hang
    /// under, then by slot: their order in the report and which were left out. Kept per
    /// parent entry, so choices under different entries on different laptops both survive a
    /// merge.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub picks_under: BTreeMap<ItemId, BTreeMap<SlotId, Picks>>,
    /// The agenda timer; absent until it is first used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<AgendaState>,
    /// Set on a table's own laptop: the table every capture is tagged with by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_table: Option<TableId>,
}

/// A value with the time it was last set, so merges keep the newer one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stamped {
    pub value: String,
    pub updated: DateTime<Utc>,
}

/// The rapporteur's choice for one slot (or one slot under one entry): a last-writer-wins
/// register, merged whole by `updated`. Entries named in neither list are new since the
/// choice was made: they go in, after the listed ones, in capture order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Picks {
    /// The entries going into the report, in report order.
    pub items: Vec<ItemId>,
    /// The entries the rapporteur left out of the report; they stay out until put back in.
    /// Absent in files written before breakout kept this list (session format 1): there,
    /// every entry not in `items` was left out (see [`Session::settle_old_picks`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_out: Option<Vec<ItemId>>,
    pub updated: DateTime<Utc>,
}

/// A change the session refused because it would make the file inconsistent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("{}", crate::tr!("model-no-slot", id = format!("{:?}", .0)))]
    UnknownSlot(SlotId),
    #[error("{}", crate::tr!("model-no-table", id = format!("{:?}", .0)))]
    UnknownTable(TableId),
    #[error("{}", crate::tr!("model-no-question", id = format!("{:?}", .0)))]
    UnknownQuestion(QuestionId),
    #[error("{}", crate::tr!("model-no-entry", id = .0.to_string()))]
    UnknownItem(ItemId),
    #[error("{}", crate::tr!("model-parent-required", child = .child.as_str(), parent = .parent.as_str()))]
    ParentRequired { child: String, parent: String },
    #[error("{}", crate::tr!("model-no-parent-allowed", child = .0.as_str()))]
    NoParentAllowed(String),
    #[error("{}", crate::tr!("model-wrong-parent", child = .child.as_str(), parent = .parent.as_str()))]
    WrongParent { child: String, parent: String },
    #[error("{}", crate::tr!("model-no-field", slot = .slot.as_str(), field = format!("{:?}", .field)))]
    UnknownField { slot: String, field: String },
    #[error("{}", crate::tr!("model-no-attribution"))]
    NoAttribution,
    #[error("{}", crate::tr!("model-no-header-field", id = format!("{:?}", .0)))]
    UnknownHeader(String),
    #[error("{}", crate::tr!("model-has-children"))]
    HasChildren,
    #[error("{}", crate::tr!("model-not-picked", id = .0.to_string()))]
    NotPicked(ItemId),
    #[error("{}", crate::tr!("model-bad-date", field = .field.as_str(), value = format!("{:?}", .value)))]
    BadDate { field: String, value: String },
}

impl Session {
    /// A new, empty session. The caller has validated the plan and template.
    pub fn new(plan: Arc<Plan>, template: Arc<Template>, now: DateTime<Utc>) -> Self {
        Session {
            schema: None,
            format: SessionFormat::Session,
            format_version: SESSION_FORMAT_VERSION,
            id: Uuid::now_v7(),
            created: now,
            updated: now,
            plan,
            template,
            header: BTreeMap::new(),
            items: Entries::default(),
            picks: BTreeMap::new(),
            picks_under: BTreeMap::new(),
            agenda: None,
            home_table: None,
        }
    }

    /// The entry with this id, deleted or not.
    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.items.get(id).map(Arc::as_ref)
    }

    /// Every entry, deleted ones (tombstones) included, in id order.
    pub fn all_items(&self) -> impl DoubleEndedIterator<Item = &Item> + ExactSizeIterator {
        self.items.iter().map(Arc::as_ref)
    }

    /// Entries that are not deleted, in id order.
    pub fn live_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().map(Arc::as_ref).filter(|i| i.is_live())
    }

    /// Every entry as shared: a change replaces an entry, so the same pointer means the same
    /// content (merges and undo skip what is unchanged).
    pub(super) fn items_shared(&self) -> std::slice::Iter<'_, Arc<Item>> {
        self.items.iter()
    }

    /// Every entry, tombstones included, with its position in the file this session was
    /// loaded from, in file order (the position in id order once the session has changed).
    pub(super) fn items_in_file_order(&self) -> impl Iterator<Item = (usize, &Item)> {
        self.items.in_file_order()
    }

    /// Changes the whole list of entries at once (merges, undo); the session puts it back in
    /// id order afterwards.
    pub(super) fn edit_all_items<R>(&mut self, change: impl FnOnce(&mut Vec<Arc<Item>>) -> R) -> R {
        self.items.edit_all(change)
    }

    /// Puts entries into the session as they are — ids, stamps, ranks — replacing any with the
    /// same id, without the checks [`Self::add`] makes. For tests and tools that build a
    /// session from parts; [`Self::validate`] says whether the result is consistent.
    #[doc(hidden)]
    pub fn put_items_unchecked(&mut self, items: impl IntoIterator<Item = Item>) {
        for item in items {
            self.items.insert(Arc::new(item));
        }
    }

    /// Live entries under `parent`, in rank order.
    pub fn children(&self, parent: ItemId) -> Vec<&Item> {
        let mut v: Vec<&Item> = self
            .live_items()
            .filter(|i| i.parent == Some(parent))
            .collect();
        v.sort_by_key(|i| (i.rank, i.id));
        v
    }

    /// The header value, falling back to what the template pre-fills from the plan.
    pub fn header_value(&self, field: &str) -> String {
        if let Some(v) = self.header.get(field) {
            return v.value.clone();
        }
        self.template
            .header_field(field)
            .and_then(|f| f.prefill)
            .map(|p| super::prefill(&self.plan, p, self.template.report_language()))
            .unwrap_or_default()
    }

    pub fn set_header(
        &mut self,
        field: &str,
        value: impl Into<String>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        if self.template.header_field(field).is_none() {
            return Err(ModelError::UnknownHeader(field.to_owned()));
        }
        let updated = match self.header.get(field) {
            Some(old) => after(old.updated, now),
            None => now,
        };
        self.header.insert(
            field.to_owned(),
            Stamped {
                value: value.into(),
                updated,
            },
        );
        self.touch(now);
        Ok(())
    }

    /// Captures a new entry and returns its id.
    pub fn add(&mut self, new: NewItem, now: DateTime<Utc>) -> Result<ItemId, ModelError> {
        self.check_new(&new)?;
        let rank = self.items.iter().map(|i| i.rank).max().map_or(0, |r| r + 1);
        let item = Item {
            id: ItemId::new(),
            slot: new.slot,
            parent: new.parent,
            table: new.table,
            question: new.question,
            text: new.text,
            fields: new.fields,
            attribution: new.attribution.map(Box::new),
            rank,
            created: now,
            updated: now,
            deleted: None,
        };
        let id = item.id;
        self.items.insert(Arc::new(item));
        self.touch(now);
        Ok(id)
    }

    /// Changes one entry through `change`, then checks the result and stamps it. A change that
    /// would leave the entry inconsistent is undone and reported.
    pub fn update(
        &mut self,
        id: ItemId,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Item),
    ) -> Result<(), ModelError> {
        let old = self.items.get(id).ok_or(ModelError::UnknownItem(id))?;
        let mut edited = Item::clone(old);
        change(&mut edited);
        edited.id = id;
        edited.created = old.created;
        self.check_edit(&edited, old)?;
        if edited == **old {
            return Ok(());
        }
        edited.updated = after(old.updated, now);
        self.items.replace(Arc::new(edited));
        self.touch(now);
        Ok(())
    }

    pub fn set_text(
        &mut self,
        id: ItemId,
        text: impl Into<String>,
        now: DateTime<Utc>,
    ) -> Result<(), ModelError> {
        let text = text.into();
        self.update(id, now, |i| i.text = text)
    }

    /// Deletes an entry and everything under it, leaving tombstones.
    pub fn delete(&mut self, id: ItemId, now: DateTime<Utc>) -> Result<(), ModelError> {
        if self.item(id).is_none() {
            return Err(ModelError::UnknownItem(id));
        }
        let doomed: Vec<ItemId> = std::iter::once(id)
            .chain(
                self.live_items()
                    .filter(|i| i.parent == Some(id))
                    .map(|i| i.id),
            )
            .collect();
        for d in doomed {
            self.update(d, now, |i| {
                if i.deleted.is_none() {
                    i.deleted = Some(now);
                }
            })?;
        }
        Ok(())
    }

    /// Brings back a deleted entry (and the parent it hangs under, if that was deleted too).
    pub fn restore(&mut self, id: ItemId, now: DateTime<Utc>) -> Result<(), ModelError> {
        let parent = self
            .item(id)
            .ok_or(ModelError::UnknownItem(id))?
            .parent
            .filter(|p| self.item(*p).is_some_and(|p| !p.is_live()));
        if let Some(p) = parent {
            self.update(p, now, |i| i.deleted = None)?;
        }
        self.update(id, now, |i| i.deleted = None)
    }

    pub(super) fn touch(&mut self, now: DateTime<Utc>) {
        self.updated = self.updated.max(now);
    }
}

impl ModelError {
    /// The item field an error is about, for messages that name it.
    pub fn field(&self) -> &'static str {
        match self {
            ModelError::UnknownSlot(_) => "slot",
            ModelError::UnknownTable(_) => "table",
            ModelError::UnknownQuestion(_) => "question",
            ModelError::UnknownItem(_)
            | ModelError::ParentRequired { .. }
            | ModelError::NoParentAllowed(_)
            | ModelError::WrongParent { .. } => "parent",
            ModelError::UnknownField { .. } | ModelError::BadDate { .. } => "fields",
            ModelError::NoAttribution => "attribution",
            ModelError::UnknownHeader(_) => "header",
            ModelError::HasChildren => "parent",
            ModelError::NotPicked(_) => "slot",
        }
    }
}

/// A timestamp for a new version of something last stamped `previous`: now, unless the clock
/// has gone backwards, in which case just after `previous`, so the newer edit still wins a
/// merge.
fn after(previous: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    if now > previous {
        now
    } else {
        previous + TimeDelta::microseconds(1)
    }
}
