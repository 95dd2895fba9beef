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
    /// number, e.g. "Recommendation {n} and who targeted to", and `{table}` for the table it
    /// came from; no other placeholder is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// A single character that captures an entry of this slot in the app; not one the app
    /// itself uses (the README lists them).
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

/// The keys a slot may not take: every single character the app's own modes use (outside
/// typing text), on the main screen and in the views a rapporteur moves through (report,
/// panels, projector, lists). They are part of the template format: a template giving a slot
/// one of them is refused by `breakout validate` and when a session starts from it, since the
/// key would already do something else. (A session file whose template has one still opens;
/// the slot is then reached through `+`.) The app's tests check this list against its key
/// tables, so it cannot drift from them.
pub const RESERVED_KEYS: &[char] = &[
    ' ', '+', '/', '1', '2', '3', '4', '5', '6', '7', '8', '9', '<', '>', '?', 'A', 'E', 'F', 'H',
    'I', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'T', 'U', '[', ']', 'b', 'd', 'e', 'h', 'j', 'k', 'l',
    'n', 'q', 's', 'u', 'x',
];

/// The placeholders a slot's caption may use: `{n}`, the entry's number, and `{table}`, the
/// table it came from (as the report names it).
pub const CAPTION_PLACEHOLDERS: &[&str] = &["{n}", "{table}"];

/// The placeholders in `caption` (`{…}` with no brace or line break inside) that are not
/// among [`CAPTION_PLACEHOLDERS`].
fn unknown_placeholders(caption: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = caption;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find(['{', '}', '\n']) {
            Some(close) if after[close..].starts_with('}') => {
                let found = &rest[open..open + close + 2];
                if !CAPTION_PLACEHOLDERS.contains(&found) {
                    out.push(found);
                }
                rest = &after[close + 1..];
            }
            Some(close) => rest = &after[close..],
            None => break,
        }
    }
    out
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

    /// Checks a template file: everything [`Template::validate_embedded`] checks, and the
    /// rules of format 2 that a template written before them may break: no slot key the app
    /// uses ([`RESERVED_KEYS`]) and no unknown caption placeholder. `breakout validate` and a
    /// new session refuse such a template.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        self.check(true)
    }

    /// Checks a template kept inside a session file. A file that opened before must go on
    /// opening (the notes in it are the rapporteur's), so the rules that came later are left
    /// out: a reserved slot key is reached through `+`, an unknown placeholder is printed as
    /// written.
    pub fn validate_embedded(&self) -> Result<(), Vec<Problem>> {
        self.check(false)
    }

    fn check(&self, strict: bool) -> Result<(), Vec<Problem>> {
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
                    } else if strict && key.chars().any(|c| RESERVED_KEYS.contains(&c)) {
                        let reserved: String = RESERVED_KEYS
                            .iter()
                            .filter(|c| !c.is_whitespace())
                            .map(|c| format!("{c} "))
                            .collect();
                        p.push(
                            format!("{at}.key"),
                            crate::tr!(
                                "model-key-reserved",
                                key = format!("{key:?}"),
                                reserved = reserved.trim_end()
                            ),
                        );
                    }
                }
                if let Some(caption) = slot.caption.as_deref().filter(|_| strict) {
                    for found in unknown_placeholders(caption) {
                        p.push(
                            format!("{at}.caption"),
                            crate::tr!("model-caption-placeholder", found = found),
                        );
                    }
                }
                if slot.limit == Some(0) {
                    p.push(format!("{at}.limit"), crate::tr!("model-limit"));
                }
                if strict && slot.limit_per_table == Some(0) {
                    p.push(format!("{at}.limit_per_table"), crate::tr!("model-limit"));
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::model::test_support::session;

    fn template() -> Template {
        (*session().template).clone()
    }

    fn fields(r: Result<(), Vec<Problem>>) -> Vec<String> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| format!("{}: {}", p.field, p.message))
            .collect()
    }

    #[test]
    fn a_slot_key_the_app_uses_is_refused_in_a_template_file() {
        crate::i18n::scoped(Lang::ENGLISH, || {
            for key in ["q", "s", "n", "R", "1", "?"] {
                let mut t = template();
                t.sections[0].slots[0].key = Some(key.into());
                let found = fields(t.validate());
                assert_eq!(found.len(), 1, "{key}: {found:?}");
                assert!(
                    found[0].starts_with("sections[0].slots[0].key: key")
                        && found[0].contains("the app itself uses"),
                    "{found:?}"
                );
                // The message lists what is taken, so the author can choose another.
                assert!(found[0].contains("q s u x"), "{found:?}");
                assert_eq!(t.validate_embedded(), Ok(()), "{key}");
            }
            for free in ["r", "c", "w", "0", "Z"] {
                let mut t = template();
                t.sections[0].slots[0].key = Some(free.into());
                assert_eq!(t.validate(), Ok(()), "{free}");
            }
        });
    }

    #[test]
    fn a_caption_may_use_n_and_table_and_nothing_else() {
        crate::i18n::scoped(Lang::ENGLISH, || {
            let with = |caption: &str| {
                let mut t = template();
                t.sections[0].slots[0].caption = Some(caption.into());
                t
            };
            for good in [
                "Recommendation {n}",
                "Recommendation {n} from {table}",
                "Commitments",
                "A brace { alone",
                "{n}{table}",
            ] {
                assert_eq!(with(good).validate(), Ok(()), "{good}");
            }
            let found = fields(with("Recommendation {rank} ({foo}), {n}").validate());
            assert_eq!(found.len(), 2, "{found:?}");
            assert!(found[0].starts_with("sections[0].slots[0].caption: {rank}"));
            assert!(found[1].starts_with("sections[0].slots[0].caption: {foo}"));
            assert!(
                found[0].contains("{n}") && found[0].contains("{table}"),
                "names the known ones: {found:?}"
            );
            assert_eq!(with("{rank}").validate_embedded(), Ok(()));
        });
    }

    #[test]
    fn a_session_whose_template_breaks_the_later_rules_still_opens() {
        let mut s = session();
        let t = Arc::make_mut(&mut s.template);
        t.sections[0].slots[0].key = Some("q".into());
        t.sections[0].slots[1].caption = Some("Action {rank}".into());
        t.sections[0].slots[0].limit_per_table = Some(0);
        assert!(s.template.validate().is_err());
        assert_eq!(s.validate(), Ok(()));
        // The older rules still hold inside a session file.
        Arc::make_mut(&mut s.template).sections[0].slots[0].label = String::new();
        assert!(s.validate().is_err());
    }

    #[test]
    fn unknown_placeholders_are_found_whole() {
        assert_eq!(unknown_placeholders("a {n} {x} {table}"), ["{x}"]);
        assert_eq!(unknown_placeholders("{{n}}"), Vec::<&str>::new());
        assert_eq!(unknown_placeholders("{a\nb} {rank"), Vec::<&str>::new());
        assert_eq!(unknown_placeholders("{ n }"), ["{ n }"]);
    }
}
