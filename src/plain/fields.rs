//! The fields an entry has besides its text, as the live screen's editor shows them: its
//! slot's own (a recommendation's target), then for a quote the speaker, organisation and
//! consent to be named. Finding one by the name a person types. No I/O here.

use crate::model::{FieldKind, Item, Session, Slot};
use crate::tr;

/// A field an entry of a slot has: one of the slot's own, or the speaker of a quote; or
/// the entry's text, when the form gives it a name of its own ("What").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    Text,
    Slot(String),
    Speaker,
    Organisation,
    Consent,
}

pub struct Field {
    pub which: Which,
    pub id: String,
    pub label: String,
    /// A date field: `YYYY-MM-DD` or nothing.
    pub date: bool,
}

/// The slot of an entry, if it has one.
pub fn slot_of<'a>(session: &'a Session, item: &Item) -> Option<&'a Slot> {
    item.slot.as_ref().and_then(|s| session.template.slot(s))
}

/// The fields an entry has, in the editor's order: its text when the form names it ("What"),
/// the slot's fields, then (for a slot with an attribution rule) speaker, organisation and
/// consent.
pub fn fields_of(session: &Session, item: &Item) -> Vec<Field> {
    let Some(slot) = slot_of(session, item) else {
        return Vec::new();
    };
    let text = slot.text_label.as_ref().map(|l| Field {
        which: Which::Text,
        id: "text".to_owned(),
        label: l.clone(),
        date: false,
    });
    let mut v: Vec<Field> = text
        .into_iter()
        .chain(slot.fields.iter().map(|f| Field {
            which: Which::Slot(f.id.clone()),
            id: f.id.clone(),
            label: f.label.clone(),
            date: f.kind == FieldKind::Date,
        }))
        .collect();
    if slot.attribution.is_some() {
        for (which, id, label) in [
            (Which::Speaker, "speaker", tr!("plain-field-speaker")),
            (
                Which::Organisation,
                "organisation",
                tr!("plain-field-organisation"),
            ),
            (Which::Consent, "consent", tr!("plain-field-consent")),
        ] {
            v.push(Field {
                which,
                id: id.to_owned(),
                label,
                date: false,
            });
        }
    }
    v
}

pub fn yes_no(on: bool) -> String {
    if on {
        tr!("plain-yes")
    } else {
        tr!("plain-no")
    }
}

pub fn value_of(item: &Item, which: &Which) -> String {
    let a = item.attribution.as_deref();
    match which {
        Which::Text => item.text.clone(),
        Which::Slot(id) => item.field(id).to_owned(),
        Which::Speaker => a.map_or_else(String::new, |a| a.speaker.clone()),
        Which::Organisation => a.map_or_else(String::new, |a| a.organisation.clone()),
        Which::Consent => yes_no(a.is_some_and(|a| a.approved)),
    }
}

/// A field named by its id or label, or their beginning (any case).
pub fn find_field<'a>(fields: &'a [Field], name: &str) -> Option<&'a Field> {
    let n = name.to_lowercase();
    let alias = |f: &Field| match f.which {
        Which::Organisation => n == "organization",
        Which::Consent => n == "approved" || n == "approval",
        Which::Text => n == tr!("plain-field-text").to_lowercase(),
        _ => false,
    };
    let exact = fields
        .iter()
        .find(|f| f.id.to_lowercase() == n || f.label.to_lowercase() == n || alias(f));
    if exact.is_some() {
        return exact;
    }
    let begins: Vec<&Field> = fields
        .iter()
        .filter(|f| f.id.to_lowercase().starts_with(&n) || f.label.to_lowercase().starts_with(&n))
        .collect();
    match begins.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Yes or no, in the words a delegate might type.
pub fn parse_yes_no(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "yes" | "y" | "oui" | "o" | "sí" | "si" | "s" | "true" | "1" => Some(true),
        "no" | "n" | "non" | "false" | "0" => Some(false),
        _ => None,
    }
}
