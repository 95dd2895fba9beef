//! A session file's content: the plan and template it was started from, the report header,
//! and everything captured.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::agenda::AgendaState;
use super::item::{Item, ItemId, NewItem};
use super::plan::Plan;
use super::problems::{Problem, Problems};
use super::template::Template;

/// The session format this build writes, and the newest it reads.
pub const SESSION_FORMAT_VERSION: u32 = 1;

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
    #[serde(default)]
    pub items: Vec<Arc<Item>>,
    /// For slots the rapporteur picks from: which entries go into the report, in order.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub picks: BTreeMap<String, Picks>,
    /// The agenda timer; absent until it is first used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<AgendaState>,
    /// Set on a table's own laptop: the table every capture is tagged with by default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_table: Option<String>,
}

/// A value with the time it was last set, so merges keep the newer one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stamped {
    pub value: String,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Picks {
    pub items: Vec<ItemId>,
    pub updated: DateTime<Utc>,
}

/// A change the session refused because it would make the file inconsistent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("the report template has no slot {0:?}")]
    UnknownSlot(String),
    #[error("the plan has no table {0:?}")]
    UnknownTable(String),
    #[error("the plan has no guiding question {0:?}")]
    UnknownQuestion(String),
    #[error("no entry with id {0}")]
    UnknownItem(ItemId),
    #[error("{child} entries go under a {parent}: choose the {parent} first")]
    ParentRequired { child: String, parent: String },
    #[error("{0} entries do not go under another entry")]
    NoParentAllowed(String),
    #[error("{child} entries go under a {parent}, and that entry is not one")]
    WrongParent { child: String, parent: String },
    #[error("{slot} entries have no field {field:?}")]
    UnknownField { slot: String, field: String },
    #[error("only entries of a slot with an attribution rule record a speaker")]
    NoAttribution,
    #[error("the report template has no header field {0:?}")]
    UnknownHeader(String),
    #[error("Entries hang under this one: move or delete them first")]
    HasChildren,
    #[error("entry {0} is not of a kind the rapporteur picks for the report")]
    NotPicked(ItemId),
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
            items: Vec::new(),
            picks: BTreeMap::new(),
            agenda: None,
            home_table: None,
        }
    }

    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.position(id).map(|n| self.items[n].as_ref())
    }

    /// The entry as shared: every change replaces it, so the same pointer means the same
    /// content (for memos of what was drawn from it).
    pub fn shared_item(&self, id: ItemId) -> Option<&Arc<Item>> {
        self.position(id).map(|n| &self.items[n])
    }

    /// Where entry `id` is in `items`. Items are kept in id order (new ones are inserted in
    /// place, merges sort), so this is a binary search; a file written in another order is
    /// still searched correctly, just more slowly.
    pub fn position(&self, id: ItemId) -> Option<usize> {
        match self.items.binary_search_by_key(&id, |i| i.id) {
            Ok(n) => Some(n),
            Err(_) => self.items.iter().position(|i| i.id == id),
        }
    }

    /// Every entry, deleted ones (tombstones) included, in id order.
    pub fn all_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().map(Arc::as_ref)
    }

    /// Entries that are not deleted.
    pub fn live_items(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().map(Arc::as_ref).filter(|i| i.is_live())
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
            .map(|p| super::prefill(&self.plan, p))
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
        self.check_placement(Placement::of_new(&new))?;
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
        let at = self.items.partition_point(|i| i.id < id);
        self.items.insert(at, Arc::new(item));
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
        let pos = self.position(id).ok_or(ModelError::UnknownItem(id))?;
        let mut edited = Item::clone(&self.items[pos]);
        change(&mut edited);
        edited.id = id;
        edited.created = self.items[pos].created;
        self.check_placement(Placement::of(&edited))?;
        if edited == *self.items[pos] {
            return Ok(());
        }
        edited.updated = after(self.items[pos].updated, now);
        self.items[pos] = Arc::new(edited);
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

    /// Checks that an entry's slot, parent, table, question, fields and attribution fit the
    /// plan and template. Shared by edits and by validation of a loaded file.
    fn check_placement(&self, at: Placement<'_>) -> Result<(), ModelError> {
        self.check_placement_with(at, |id| self.item(id).map(|i| i.slot.as_deref()))
    }

    /// As [`Self::check_placement`], with the lookup of an entry's slot by id supplied, so
    /// validating a whole file can use an index built once.
    fn check_placement_with<'s>(
        &'s self,
        at: Placement<'_>,
        slot_of: impl Fn(ItemId) -> Option<Option<&'s str>>,
    ) -> Result<(), ModelError> {
        if let Some(t) = at.table
            && self.plan.table(t).is_none()
        {
            return Err(ModelError::UnknownTable(t.to_owned()));
        }
        if let Some(q) = at.question
            && self.plan.question(q).is_none()
        {
            return Err(ModelError::UnknownQuestion(q.to_owned()));
        }
        let slot = match at.slot {
            None => None,
            Some(s) => Some(
                self.template
                    .slot(s)
                    .ok_or_else(|| ModelError::UnknownSlot(s.to_owned()))?,
            ),
        };
        let label = || slot.map_or_else(|| "Discussion point".to_owned(), |s| s.label.clone());
        match (slot.and_then(|s| s.parent.as_deref()), at.parent) {
            (Some(parent_slot), None) => {
                return Err(ModelError::ParentRequired {
                    child: label(),
                    parent: self.slot_label(parent_slot),
                });
            }
            (Some(parent_slot), Some(pid)) => {
                let found = slot_of(pid).ok_or(ModelError::UnknownItem(pid))?;
                if found != Some(parent_slot) {
                    return Err(ModelError::WrongParent {
                        child: label(),
                        parent: self.slot_label(parent_slot),
                    });
                }
            }
            (None, Some(_)) => return Err(ModelError::NoParentAllowed(label())),
            (None, None) => {}
        }
        for field in at.fields.keys() {
            if slot.is_none_or(|s| s.field(field).is_none()) {
                return Err(ModelError::UnknownField {
                    slot: label(),
                    field: field.clone(),
                });
            }
        }
        if at.has_attribution && slot.is_none_or(|s| s.attribution.is_none()) {
            return Err(ModelError::NoAttribution);
        }
        Ok(())
    }

    fn slot_label(&self, id: &str) -> String {
        self.template
            .slot(id)
            .map_or_else(|| id.to_owned(), |s| s.label.clone())
    }

    /// Checks the whole document: its plan and template, and that every entry, header value
    /// and pick refers to things that exist.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let mut p = Problems::default();
        fn nested(prefix: &str, r: Result<(), Vec<Problem>>) -> impl Iterator<Item = Problem> {
            r.err().into_iter().flatten().map(move |e| Problem {
                field: format!("{prefix}.{}", e.field),
                message: e.message,
            })
        }
        let mut all: Vec<Problem> = nested("plan", self.plan.validate()).collect();
        all.extend(nested("template", self.template.validate()));
        if self.plan.template != self.template.id {
            all.push(Problem {
                field: "template.id".into(),
                message: format!(
                    "the plan uses template {:?} but the session holds {:?}",
                    self.plan.template, self.template.id
                ),
            });
        }
        if self.format_version == 0 {
            p.push("format_version", "must be at least 1");
        }

        // Each entry's slot by id, for checking what an entry hangs under.
        let mut slots = std::collections::HashMap::new();
        for (i, item) in self.items.iter().enumerate() {
            if slots.insert(item.id, item.slot.as_deref()).is_some() {
                p.push(
                    format!("items[{i}].id"),
                    format!("duplicate id {}", item.id),
                );
            }
        }
        let slot_of = |id: ItemId| slots.get(&id).copied();
        for (i, item) in self.items.iter().enumerate() {
            let found = self.check_placement_with(Placement::of(item), slot_of);
            match found {
                // Merges of concurrent edits can leave an entry under one that was sorted
                // into another slot since; the file is still whole and every entry readable,
                // so it loads (the report leaves such an entry out until it is re-sorted).
                Err(ModelError::WrongParent { .. }) | Ok(()) => {}
                Err(e) => p.push(format!("items[{i}].{}", e.field()), e.to_string()),
            }
        }
        if let Some(t) = &self.home_table
            && self.plan.table(t).is_none()
        {
            p.push("home_table", format!("the plan has no table {t:?}"));
        }
        if let Some(a) = &self.agenda
            && a.phase >= self.plan.agenda.len().max(1)
        {
            p.push(
                "agenda.phase",
                format!("the plan has no agenda phase number {}", a.phase + 1),
            );
        }
        for key in self.header.keys() {
            if self.template.header_field(key).is_none() {
                p.push(
                    format!("header.{key}"),
                    "the template has no such header field",
                );
            }
        }
        for (slot_id, picks) in &self.picks {
            match self.template.slot(slot_id) {
                Some(s) if s.pick => {}
                Some(_) => p.push(
                    format!("picks.{slot_id}"),
                    "entries of this slot are not picked",
                ),
                None => p.push(format!("picks.{slot_id}"), "the template has no such slot"),
            }
            for (i, id) in picks.items.iter().enumerate() {
                match self.item(*id) {
                    // A pick of an entry sorted elsewhere since is skipped by the report.
                    Some(_) => {}
                    None => p.push(
                        format!("picks.{slot_id}.items[{i}]"),
                        format!("no entry with id {id}"),
                    ),
                }
            }
        }
        all.extend(p.into_result().err().into_iter().flatten());
        if all.is_empty() { Ok(()) } else { Err(all) }
    }
}

/// Where an entry sits: what [`Session::check_placement`] looks at, borrowed from an item or
/// from a new one.
#[derive(Clone, Copy)]
struct Placement<'a> {
    slot: Option<&'a str>,
    parent: Option<ItemId>,
    table: Option<&'a str>,
    question: Option<&'a str>,
    fields: &'a BTreeMap<String, String>,
    has_attribution: bool,
}

impl<'a> Placement<'a> {
    fn of(i: &'a Item) -> Self {
        Placement {
            slot: i.slot.as_deref(),
            parent: i.parent,
            table: i.table.as_deref(),
            question: i.question.as_deref(),
            fields: &i.fields,
            has_attribution: i.attribution.is_some(),
        }
    }

    fn of_new(i: &'a NewItem) -> Self {
        Placement {
            slot: i.slot.as_deref(),
            parent: i.parent,
            table: i.table.as_deref(),
            question: i.question.as_deref(),
            fields: &i.fields,
            has_attribution: i.attribution.is_some(),
        }
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
            ModelError::UnknownField { .. } => "fields",
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
