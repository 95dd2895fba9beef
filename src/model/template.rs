//! A report template: the organisers' form the rapporteur fills in. Everything a rapporteur
//! can capture beyond plain discussion points is a slot of the template, so another
//! organiser's form is another data file, not code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::SlotId;
use super::problems::{Problem, Problems};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum TemplateFormat {
    #[serde(rename = "breakout-template")]
    Template,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "breakout report template")]
pub struct Template {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: TemplateFormat,
    pub format_version: u32,
    /// Stable identifier that plans refer to, e.g. `workshop-report`.
    pub id: String,
    /// Title of the report, e.g. "Rapporteur report".
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<String>,
    /// Text printed before the first section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// Fields at the top of the form (rapporteur, session, …).
    #[serde(default)]
    pub header: Vec<HeaderField>,
    /// The numbered sections, in order.
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeaderField {
    pub id: String,
    /// As printed on the form, e.g. "Name of rapporteur(s)".
    pub label: String,
    /// Where the value comes from when the rapporteur has not typed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<Prefill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// Facts of the plan a header field can be filled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Prefill {
    EventName,
    EventDates,
    EventPlace,
    SessionNumber,
    SessionTitle,
    /// "4.1: Multilateral cooperation …"
    SessionNumberAndTitle,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// As printed, e.g. "1".
    pub number: String,
    pub heading: String,
    /// The form's instructions under the heading, word for word.
    #[serde(default)]
    pub instructions: String,
    /// What an entry of this section is; most sections have one slot.
    pub slots: Vec<Slot>,
}

/// A kind of entry the rapporteur captures, e.g. a recommendation or a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    /// Unique across the template; captured items refer to it.
    pub id: SlotId,
    /// One entry, e.g. "Recommendation".
    pub label: String,
    /// Several entries, e.g. "Recommendations"; defaults to the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plural: Option<String>,
    /// The form's own caption for an entry, where it has one. `{n}` stands for the entry's
    /// number, e.g. "Recommendation {n} and who targeted to".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// A single character that captures an entry of this slot in the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// How many entries the form allows (per parent entry when `parent` is set). Going over
    /// it warns; it never stops capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Entries of this slot hang under an entry of the named slot (actions under a
    /// recommendation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<SlotId>,
    /// Extra fields an entry carries besides its text (a recommendation's target).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// Whether the report names the table each entry came from ("From Asia Group").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub origin: bool,
    /// Whether the rapporteur picks which entries go into the report, and in what order,
    /// rather than all of them going in.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pick: bool,
    /// Set for entries that quote someone: how speakers may be named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<AttributionRule>,
    /// Guidance shown while capturing an entry (e.g. "One sentence.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// A speaker is named only when approval to name them is recorded on the entry; otherwise the
/// report prints `anonymous`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributionRule {
    /// The rule in words, e.g. "Chatham House rule: name a speaker only with their approval".
    pub rule: String,
    /// What the report says instead of a name, e.g. "anonymous".
    pub anonymous: String,
}

impl Slot {
    pub fn plural(&self) -> &str {
        self.plural.as_deref().unwrap_or(&self.label)
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }
}

impl Template {
    /// Every slot of every section, in form order.
    pub fn slots(&self) -> impl Iterator<Item = &Slot> {
        self.sections.iter().flat_map(|s| s.slots.iter())
    }

    /// The slot with this id: a [`SlotId`] or its text (never another kind of id).
    pub fn slot<Q>(&self, id: &Q) -> Option<&Slot>
    where
        Q: ?Sized,
        SlotId: PartialEq<Q>,
    {
        self.slots().find(|s| s.id == *id)
    }

    pub fn header_field(&self, id: &str) -> Option<&HeaderField> {
        self.header.iter().find(|h| h.id == id)
    }

    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let mut p = Problems::default();
        p.format_version(self.format_version, super::TEMPLATE_FORMAT_VERSION);
        if !super::problems::is_valid_id(&self.id) {
            p.push(
                "id",
                format!(
                    "template id {:?} must be 1-64 characters of lower-case letters, digits, '-', '_' or '.'",
                    self.id
                ),
            );
        }
        p.require_text("title", &self.title);
        p.unique_ids("header", self.header.iter().map(|h| h.id.as_str()));
        for (i, h) in self.header.iter().enumerate() {
            p.require_text(format!("header[{i}].label"), &h.label);
        }
        if self.sections.is_empty() {
            p.push("sections", "a template needs at least one section");
        }
        p.unique_ids("sections", self.sections.iter().map(|s| s.id.as_str()));

        // Slot ids and keys are unique across the whole template, since items and key
        // presses name a slot without its section.
        let mut slot_ids = std::collections::BTreeMap::new();
        let mut keys = std::collections::BTreeMap::new();
        for (si, section) in self.sections.iter().enumerate() {
            p.require_text(format!("sections[{si}].number"), &section.number);
            p.require_text(format!("sections[{si}].heading"), &section.heading);
            if section.slots.is_empty() {
                p.push(
                    format!("sections[{si}].slots"),
                    "a section needs at least one slot",
                );
            }
            let prefix = format!("sections[{si}].slots");
            for (i, slot) in section.slots.iter().enumerate() {
                let at = format!("{prefix}[{i}]");
                if !super::problems::is_valid_id(&slot.id) {
                    p.push(
                        format!("{at}.id"),
                        format!(
                            "id {:?} must be 1-64 characters of lower-case letters, digits, '-', '_' or '.'",
                            slot.id
                        ),
                    );
                } else if let Some(first) = slot_ids.insert(slot.id.as_str(), at.clone()) {
                    p.push(
                        format!("{at}.id"),
                        format!("duplicate slot id {:?} (also at {first})", slot.id),
                    );
                }
                p.require_text(format!("{at}.label"), &slot.label);
                if let Some(key) = &slot.key {
                    if key.chars().count() != 1 || key.trim().is_empty() {
                        p.push(format!("{at}.key"), "must be a single visible character");
                    } else if let Some(first) = keys.insert(key.as_str(), at.clone()) {
                        p.push(
                            format!("{at}.key"),
                            format!("key {key:?} is already used by {first}"),
                        );
                    }
                }
                if slot.limit == Some(0) {
                    p.push(
                        format!("{at}.limit"),
                        "must be at least 1 (omit it for no limit)",
                    );
                }
                p.unique_ids(
                    &format!("{at}.fields"),
                    slot.fields.iter().map(|f| f.id.as_str()),
                );
                for (fi, f) in slot.fields.iter().enumerate() {
                    p.require_text(format!("{at}.fields[{fi}].label"), &f.label);
                }
                if let Some(rule) = &slot.attribution {
                    p.require_text(format!("{at}.attribution.anonymous"), &rule.anonymous);
                }
            }
        }
        for (si, section) in self.sections.iter().enumerate() {
            for (i, slot) in section.slots.iter().enumerate() {
                let Some(parent) = &slot.parent else { continue };
                let at = format!("sections[{si}].slots[{i}].parent");
                match self.slot(parent) {
                    None => p.push(at, format!("no slot with id {parent:?}")),
                    Some(ps) if ps.id == slot.id => p.push(at, "a slot cannot hang under itself"),
                    // One level of nesting keeps the form and the screen readable.
                    Some(ps) if ps.parent.is_some() => p.push(
                        at,
                        format!("slot {parent:?} itself hangs under another slot; only one level of nesting is allowed"),
                    ),
                    Some(_) => {}
                }
                if slot.pick {
                    p.push(
                        format!("sections[{si}].slots[{i}].pick"),
                        "entries under another entry go into the report with it; \"pick\" is only for top-level slots",
                    );
                }
            }
        }
        p.into_result()
    }
}
