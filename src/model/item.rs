//! Captured entries: a discussion point, or an entry of one of the template's slots.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ids::{QuestionId, SlotId, TableId};

/// Stable unique id of a captured entry. Time-ordered (UUID v7) so ids made on different
/// laptops never collide and sort roughly by creation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct ItemId(pub Uuid);

impl ItemId {
    pub fn new() -> Self {
        ItemId(Uuid::now_v7())
    }
}

impl Default for ItemId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: ItemId,
    /// The template slot this entry fills; absent for a plain discussion point not yet sorted
    /// into one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<SlotId>,
    /// The entry this one hangs under (an action under its recommendation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ItemId>,
    /// Table it was said at; null when it belongs to none.
    #[serde(default)]
    pub table: Option<TableId>,
    /// Guiding question it answers; null when it answers none.
    #[serde(default)]
    pub question: Option<QuestionId>,
    /// The entry itself; may span several lines, in any script.
    pub text: String,
    /// Values of the slot's extra fields, by field id (a recommendation's `target`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
    /// Who said it, for slots with an attribution rule.
    // Boxed: few entries have one, and inline it would make every entry a quarter larger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Box<Attribution>>,
    /// Position among its siblings: lower comes first, ties broken by id.
    pub rank: i64,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// Set when the entry was deleted. The entry stays in the file as a tombstone so that a
    /// merge with an older copy does not bring it back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<DateTime<Utc>>,
}

/// The speaker of a quote. The report names them only when `approved` is true.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Whether the speaker agreed to be named.
    #[serde(default)]
    pub approved: bool,
}

impl Item {
    pub fn is_live(&self) -> bool {
        self.deleted.is_none()
    }

    pub fn field(&self, id: &str) -> &str {
        self.fields.get(id).map(String::as_str).unwrap_or("")
    }
}

/// What the caller supplies to capture a new entry; the session assigns id, rank and times.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewItem {
    pub slot: Option<SlotId>,
    pub parent: Option<ItemId>,
    pub table: Option<TableId>,
    pub question: Option<QuestionId>,
    pub text: String,
    pub fields: BTreeMap<String, String>,
    pub attribution: Option<Attribution>,
}

impl NewItem {
    /// A plain discussion point said at `table`, answering `question`.
    pub fn at(
        table: Option<TableId>,
        question: Option<QuestionId>,
        text: impl Into<String>,
    ) -> Self {
        NewItem {
            table,
            question,
            text: text.into(),
            ..NewItem::default()
        }
    }

    /// As [`Self::at`], with the ids written out (as tests and examples do).
    pub fn point(table: Option<&str>, question: Option<&str>, text: impl Into<String>) -> Self {
        Self::at(table.map(Into::into), question.map(Into::into), text)
    }

    pub fn in_slot(mut self, slot: impl Into<SlotId>) -> Self {
        self.slot = Some(slot.into());
        self
    }

    pub fn under(mut self, parent: ItemId) -> Self {
        self.parent = Some(parent);
        self
    }

    pub fn with_field(mut self, id: &str, value: impl Into<String>) -> Self {
        self.fields.insert(id.to_owned(), value.into());
        self
    }
}
