//! A report template: the organisers' form the rapporteur fills in. Everything a rapporteur
//! can capture beyond plain discussion points is a slot of the template, so another
//! organiser's form is another data file, not code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::SlotId;
use super::problems::{Problem, Problems};
use crate::i18n::Lang;

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
    /// Language of the words the exported report adds itself ("Nothing captured.", "From …"),
    /// as a BCP 47 code such as `en`, `fr` or `es-MX`; English when omitted. A language
    /// breakout has no catalog for is written in English, with a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
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
    /// The session's own day (the plan's `session.date`), in the report's language.
    SessionDate,
    /// The room the session meets in (the plan's `session.room`).
    SessionRoom,
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
    /// How the report lays the section out: `list` (the default) or `table`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub layout: SectionLayout,
    /// What an entry of this section is; most sections have one slot.
    pub slots: Vec<Slot>,
}

/// How a section is laid out in the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionLayout {
    /// Each slot's entries in turn, numbered.
    #[default]
    List,
    /// One table with a row per slot: its caption beside its entries (a section that asks
    /// two or three related things side by side).
    Table,
}

/// How a ranked slot numbers its entries, always in the order the rapporteur set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ranking {
    /// 1 to N across the whole slot.
    Overall,
    /// From 1 within each table, grouped by table.
    PerTable,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
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
    /// How many entries the form allows from each table ("each table's three strongest
    /// points"), besides `limit` in total. Going over it warns; it never stops capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_per_table: Option<u32>,
    /// The entries are a ranking: the report numbers them 1–N `overall`, or from 1 within
    /// each table (`per_table`), in the order the rapporteur set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranked: Option<Ranking>,
    /// What the form calls an entry's main text, where it names it (a commitment's "What").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_label: Option<String>,
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
    /// Where fewer entries go in than the limit, the report prints the form's numbered blank
    /// lines up to it (one blank line when the slot has no limit and nothing went in).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blanks: bool,
    /// The entries going into the report also go into the Chair's digest across sessions
    /// (`breakout digest`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub digest: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub label: String,
    /// What the field holds: `text` (the default) or `date`.
    #[serde(rename = "type", default, skip_serializing_if = "is_default")]
    pub kind: FieldKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// What a field of an entry holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Free text.
    #[default]
    Text,
    /// A calendar day, stored as `YYYY-MM-DD` and written in the template's language in the
    /// report.
    Date,
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
    /// The catalog the report's own words come from: the template's language, else English.
    pub fn report_language(&self) -> Lang {
        self.language
            .as_deref()
            .and_then(Lang::find)
            .unwrap_or(Lang::ENGLISH)
    }

    /// The language the template asks for when breakout has no catalog for it.
    pub fn missing_language(&self) -> Option<&str> {
        self.language
            .as_deref()
            .filter(|code| Lang::find(code).is_none())
    }

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
                crate::tr!("model-template-id", id = format!("{:?}", self.id)),
            );
        }
        p.require_text("title", &self.title);
        if let Some(code) = &self.language
            && code.parse::<unic_langid::LanguageIdentifier>().is_err()
        {
            p.push(
                "language",
                crate::tr!("model-bad-language", code = format!("{code:?}")),
            );
        }
        p.unique_ids("header", self.header.iter().map(|h| h.id.as_str()));
        for (i, h) in self.header.iter().enumerate() {
            p.require_text(format!("header[{i}].label"), &h.label);
        }
        if self.sections.is_empty() {
            p.push("sections", crate::tr!("model-no-sections"));
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
                    crate::tr!("model-no-slots"),
                );
            }
            let prefix = format!("sections[{si}].slots");
            for (i, slot) in section.slots.iter().enumerate() {
                let at = format!("{prefix}[{i}]");
                if !super::problems::is_valid_id(&slot.id) {
                    p.push(
                        format!("{at}.id"),
                        crate::tr!("model-bad-id", id = format!("{:?}", slot.id)),
                    );
                } else if let Some(first) = slot_ids.insert(slot.id.as_str(), at.clone()) {
                    p.push(
                        format!("{at}.id"),
                        crate::tr!(
                            "model-duplicate-slot",
                            id = format!("{:?}", slot.id),
                            first = first
                        ),
                    );
                }
                p.require_text(format!("{at}.label"), &slot.label);
                if let Some(key) = &slot.key {
                    if key.chars().count() != 1 || key.trim().is_empty() {
                        p.push(format!("{at}.key"), crate::tr!("model-key-one-char"));
                    } else if let Some(first) = keys.insert(key.as_str(), at.clone()) {
                        p.push(
                            format!("{at}.key"),
                            crate::tr!("model-key-used", key = format!("{key:?}"), first = first),
                        );
                    }
                }
                if slot.limit == Some(0) {
                    p.push(format!("{at}.limit"), crate::tr!("model-limit"));
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
                    None => p.push(
                        at,
                        crate::tr!("model-no-slot-id", id = format!("{parent:?}")),
                    ),
                    Some(ps) if ps.id == slot.id => {
                        p.push(at, crate::tr!("model-slot-under-itself"))
                    }
                    // One level of nesting keeps the form and the screen readable.
                    Some(ps) if ps.parent.is_some() => p.push(
                        at,
                        crate::tr!("model-nested-too-deep", id = format!("{parent:?}")),
                    ),
                    Some(_) => {}
                }
                if slot.pick {
                    p.push(
                        format!("sections[{si}].slots[{i}].pick"),
                        crate::tr!("model-pick-nested"),
                    );
                }
            }
        }
        p.into_result()
    }
}
