//! The Chair's digest: from the session files of many sessions (of any plans and templates),
//! the entries of the slots a template marks for the digest (`Slot::digest`, or slots named
//! by the caller), only those going into their own report and in report order, grouped by
//! session in session-number order, each with its table of origin. Markdown and text go
//! through the digest layouts, Word through `digest_docx`, JSON through [`json`].
//!
//! The digest mixes templates, so its own words are in the language of the interface, not in
//! any template's.

use std::cmp::Ordering;

use serde::Serialize;

use super::report::Words;
use super::{ExportError, Format, digest_docx, layout};
use crate::model::{FieldKind, Item, ItemId, Session, Slot, SlotId};

/// Which slots a session contributes.
#[derive(Debug, Clone, Copy)]
pub enum Choice<'a> {
    /// Those its template marks with `"digest": true`.
    Marked,
    /// These, where its template has them (`breakout digest --slots ID,...`).
    Named(&'a [SlotId]),
}

/// A session file to gather from: what to call it (its path, as given) and its content.
pub struct Source<'a> {
    pub name: String,
    pub session: &'a Session,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Digest {
    /// "Priority messages from 3 sessions".
    pub title: String,
    /// The plural labels of the slots gathered, each once, in order of appearance
    /// ("Priority messages", "Key issues"): layouts head each slot with its own when there
    /// are several.
    pub kinds: Vec<String>,
    /// Whether the sessions come from more than one event (layouts then name each one's).
    pub many_events: bool,
    /// What the digest says where a session has nothing to give, in the interface's language.
    pub words: Words,
    pub sessions: Vec<DigestSession>,
    /// The sources whose template has none of the slots asked for: they give nothing.
    #[serde(skip)]
    pub without_slots: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DigestSession {
    /// The file it was read from, as given.
    pub file: String,
    pub plan: String,
    pub event: String,
    /// As the programme numbers it, e.g. `4.1`.
    pub number: String,
    /// The session's theme.
    pub theme: String,
    /// "Session 4.1: Multilateral cooperation …"
    pub heading: String,
    pub slots: Vec<DigestSlot>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DigestSlot {
    pub id: SlotId,
    pub label: String,
    pub plural: String,
    pub entries: Vec<DigestEntry>,
    /// Live entries of the slot, going into the report or not (for "none chosen" versus
    /// "nothing captured").
    pub candidates: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DigestEntry {
    /// From 1 within its session and slot, in report order.
    pub number: usize,
    pub text: String,
    /// The id of the table it was captured at, if any.
    pub table: Option<String>,
    /// How the plan names that table in reports ("Asia Group"); none for entries at no table
    /// or at a table whose entries are not attributed (a plenary).
    pub origin: Option<String>,
    /// "From Asia Group", in the interface's language.
    pub from: Option<String>,
    pub fields: Vec<DigestField>,
}

/// A field of an entry besides its text (a recommendation's target).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DigestField {
    pub id: String,
    pub label: String,
    /// As stored (a date as `YYYY-MM-DD`): what the JSON form gives.
    pub value: String,
    /// As the digest prints it: a date written out in the digest's language.
    pub shown: String,
}

impl Digest {
    /// The digest in `format`: Markdown and text through the digest layouts, Word through
    /// its own document, JSON in its own form (see [`json`]).
    pub fn render(&self, format: Format) -> Result<Vec<u8>, ExportError> {
        Ok(match format {
            Format::Markdown => layout::render_digest(layout::DIGEST_MARKDOWN, self)?.into_bytes(),
            Format::Text => layout::render_digest(layout::DIGEST_TEXT, self)?.into_bytes(),
            Format::Docx => digest_docx::render(self)?,
            Format::Json => json(self)?,
        })
    }
}

/// The slots of `session` that `choice` gathers, in the template's order.
pub fn slots<'a>(session: &'a Session, choice: Choice<'_>) -> Vec<&'a Slot> {
    session
        .template
        .slots()
        .filter(|s| match choice {
            Choice::Marked => s.digest,
            Choice::Named(ids) => ids.contains(&s.id),
        })
        .collect()
}

/// Gathers the digest from `sources`, in any order.
pub fn build(sources: &[Source<'_>], choice: Choice<'_>) -> Digest {
    let mut sessions = Vec::new();
    let mut without_slots = Vec::new();
    for source in sources {
        let slots = slots(source.session, choice);
        if slots.is_empty() {
            without_slots.push(source.name.clone());
            continue;
        }
        sessions.push(session(source, &slots));
    }
    // Stable: sessions with the same number stay in the order they were given.
    sessions.sort_by(|a, b| compare_numbers(&a.number, &b.number));
    let mut kinds: Vec<String> = Vec::new();
    for s in sessions.iter().flat_map(|s| &s.slots) {
        if !kinds.contains(&s.plural) {
            kinds.push(s.plural.clone());
        }
    }
    let many_events = sessions.windows(2).any(|w| w[0].event != w[1].event);
    Digest {
        title: title(&kinds, sessions.len()),
        kinds,
        many_events,
        words: Words::new(crate::i18n::current()),
        sessions,
        without_slots,
    }
}

fn session(source: &Source<'_>, slots: &[&Slot]) -> DigestSession {
    let s = source.session;
    let info = &s.plan.session;
    DigestSession {
        file: source.name.clone(),
        plan: s.plan.id.clone(),
        event: s.plan.event.name.clone(),
        number: info.number.clone(),
        theme: info.title.clone(),
        heading: crate::tr!(
            "export-digest-session",
            number = info.number.as_str(),
            title = info.title.as_str()
        ),
        slots: slots.iter().map(|slot| digest_slot(s, slot)).collect(),
    }
}

/// The entries of `slot` going into the session's report, in report order. A slot whose
/// entries hang under another's (actions) gives those under each entry of its parent slot
/// going in.
fn going_in(session: &Session, slot: &Slot) -> Vec<ItemId> {
    let Some(parent) = slot.parent.as_ref().and_then(|p| session.template.slot(p)) else {
        return session.chosen(slot);
    };
    session
        .chosen(parent)
        .into_iter()
        .flat_map(|p| session.chosen_under(p, slot))
        .collect()
}

fn digest_slot(session: &Session, slot: &Slot) -> DigestSlot {
    // Numbered as the session's report numbers them (from 1 in each table for a slot ranked
    // per table); each entry says its table itself.
    let ids = going_in(session, slot);
    let lang = session.template.report_language();
    let entries = super::form::places(session, slot, &ids, lang)
        .into_iter()
        .filter_map(|place| {
            let item = session.item(place.id)?;
            Some(entry(session, slot, item, place.number))
        })
        .collect();
    DigestSlot {
        id: slot.id.clone(),
        label: slot.label.clone(),
        plural: slot.plural().to_owned(),
        entries,
        candidates: session
            .live_items()
            .filter(|i| i.slot.as_ref() == Some(&slot.id))
            .count(),
    }
}

fn entry(session: &Session, slot: &Slot, item: &Item, number: usize) -> DigestEntry {
    let origin = item
        .table
        .as_ref()
        .and_then(|t| session.plan.table(t))
        .and_then(|t| t.origin_label())
        .map(str::to_owned);
    DigestEntry {
        number,
        text: item.text.trim_end().to_owned(),
        table: item.table.as_ref().map(|t| t.as_str().to_owned()),
        from: origin
            .as_deref()
            .map(|o| crate::tr!("export-from", origin = o)),
        origin,
        fields: slot
            .fields
            .iter()
            .map(|f| {
                let value = item.field(&f.id).to_owned();
                DigestField {
                    id: f.id.clone(),
                    label: f.label.clone(),
                    shown: match f.kind {
                        FieldKind::Date => {
                            crate::model::format_date_value(&value, crate::i18n::current())
                        }
                        FieldKind::Text => value.clone(),
                    },
                    value,
                }
            })
            .collect(),
    }
}

/// "Priority messages from 3 sessions"; "Priority messages and key issues from 2 sessions".
fn title(kinds: &[String], sessions: usize) -> String {
    let named: Vec<String> = kinds
        .iter()
        .enumerate()
        .map(|(k, p)| if k == 0 { p.clone() } else { lower_first(p) })
        .collect();
    let what = match named.as_slice() {
        [] => crate::tr!("export-digest-entries"),
        [one] => one.clone(),
        [rest @ .., last] => crate::tr!(
            "export-digest-and",
            first = rest.join(", "),
            last = last.as_str()
        ),
    };
    crate::tr!("export-digest-title", what = what, count = sessions)
}

/// "Key issues" → "key issues" inside a sentence; "GCM elements" stays as it is.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_owned(),
    }
}

/// Orders session numbers as programmes do: "4.1" < "4.2" < "4.10" < "10.1", "4" < "4.1".
/// Runs of digits compare as numbers, other text case-insensitively, a number before text;
/// numbers equal as numbers ("4.01", "4.1") fall back to their text.
pub fn compare_numbers(a: &str, b: &str) -> Ordering {
    let (ta, tb) = (tokens(a), tokens(b));
    for (x, y) in ta.iter().zip(&tb) {
        let order = match (x, y) {
            (Token::Number(x), Token::Number(y)) => {
                let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            }
            (Token::Number(_), Token::Text(_)) => Ordering::Less,
            (Token::Text(_), Token::Number(_)) => Ordering::Greater,
            (Token::Text(x), Token::Text(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    ta.len().cmp(&tb.len()).then_with(|| a.cmp(b))
}

enum Token<'a> {
    Number(&'a str),
    Text(&'a str),
}

/// "4.10a" → 4, ".", 10, "a".
fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut digits = None;
    for (i, c) in s.char_indices() {
        let d = c.is_ascii_digit();
        if digits.is_some_and(|was| was != d) {
            out.push(token(&s[start..i], digits == Some(true)));
            start = i;
        }
        digits = Some(d);
    }
    if start < s.len() {
        out.push(token(&s[start..], digits == Some(true)));
    }
    out
}

fn token(s: &str, number: bool) -> Token<'_> {
    if number {
        Token::Number(s)
    } else {
        Token::Text(s)
    }
}

/// The digest as JSON for other programs: stable field names, no words of the interface but
/// the title, pretty-printed and ending in a newline.
pub fn json(digest: &Digest) -> Result<Vec<u8>, serde_json::Error> {
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'static str,
        format_version: u32,
        title: &'a str,
        sessions: Vec<OutSession<'a>>,
    }
    #[derive(Serialize)]
    struct OutSession<'a> {
        file: &'a str,
        plan: &'a str,
        event: &'a str,
        number: &'a str,
        theme: &'a str,
        slots: Vec<OutSlot<'a>>,
    }
    #[derive(Serialize)]
    struct OutSlot<'a> {
        id: &'a str,
        label: &'a str,
        plural: &'a str,
        /// Live entries of the slot, going in or not.
        captured: usize,
        entries: Vec<OutEntry<'a>>,
    }
    #[derive(Serialize)]
    struct OutEntry<'a> {
        text: &'a str,
        table: Option<&'a str>,
        origin: Option<&'a str>,
        fields: std::collections::BTreeMap<&'a str, &'a str>,
    }
    let out = Out {
        format: "breakout-digest",
        format_version: 1,
        title: &digest.title,
        sessions: digest
            .sessions
            .iter()
            .map(|s| OutSession {
                file: &s.file,
                plan: &s.plan,
                event: &s.event,
                number: &s.number,
                theme: &s.theme,
                slots: s
                    .slots
                    .iter()
                    .map(|slot| OutSlot {
                        id: slot.id.as_str(),
                        label: &slot.label,
                        plural: &slot.plural,
                        captured: slot.candidates,
                        entries: slot
                            .entries
                            .iter()
                            .map(|e| OutEntry {
                                text: &e.text,
                                table: e.table.as_deref(),
                                origin: e.origin.as_deref(),
                                fields: e
                                    .fields
                                    .iter()
                                    .map(|f| (f.id.as_str(), f.value.as_str()))
                                    .collect(),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&out)?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(numbers: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = numbers.iter().map(|s| (*s).to_owned()).collect();
        v.sort_by(|a, b| compare_numbers(a, b));
        v
    }

    #[test]
    fn a_date_field_is_written_out_and_kept_as_stored_for_programs() {
        use crate::model::test_support::{now, session};
        crate::i18n::scoped(crate::i18n::Lang::ENGLISH, || {
            let mut s = session();
            std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].fields[0].kind =
                FieldKind::Date;
            let mut new = crate::model::NewItem::point(None, None, "rec").in_slot("recommendation");
            new.fields.insert("target".into(), "2027-04-10".into());
            s.add(new, now()).expect("add");
            let ids = [SlotId::from("recommendation")];
            let source = Source {
                name: "s.json".into(),
                session: &s,
            };
            let d = build(&[source], Choice::Named(&ids));
            let md = String::from_utf8(d.render(Format::Markdown).expect("md")).expect("UTF-8");
            assert!(md.contains("10 April 2027"), "{md}");
            let json = String::from_utf8(json(&d).expect("json")).expect("UTF-8");
            assert!(json.contains("\"2027-04-10\""), "{json}");
        });
    }

    #[test]
    fn a_slot_ranked_per_table_is_numbered_as_its_report_numbers_it() {
        use crate::model::test_support::{now, session};
        let mut s = session();
        std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].ranked =
            Some(crate::model::Ranking::PerTable);
        for (table, text) in [("south", "s1"), ("north", "n1"), ("north", "n2")] {
            let new =
                crate::model::NewItem::point(Some(table), None, text).in_slot("recommendation");
            s.add(new, now()).expect("add");
        }
        let ids = [SlotId::from("recommendation")];
        let source = Source {
            name: "s.json".into(),
            session: &s,
        };
        let d = build(&[source], Choice::Named(&ids));
        let got: Vec<(usize, &str)> = d.sessions[0].slots[0]
            .entries
            .iter()
            .map(|e| (e.number, e.text.as_str()))
            .collect();
        assert_eq!(got, [(1, "n1"), (2, "n2"), (1, "s1")]);
    }

    #[test]
    fn session_numbers_compare_as_numbers_part_by_part() {
        assert_eq!(
            sorted(&["10.1", "4.2", "4.10", "4.1", "2", "4"]),
            ["2", "4", "4.1", "4.2", "4.10", "10.1"]
        );
        assert_eq!(compare_numbers("4.1", "4.2"), Ordering::Less);
        assert_eq!(compare_numbers("4.2", "10.1"), Ordering::Less);
        assert_eq!(compare_numbers("10.1", "4.2"), Ordering::Greater);
        assert_eq!(compare_numbers("4.1", "4.1"), Ordering::Equal);
    }

    #[test]
    fn letters_and_leading_zeros_in_numbers_order_sensibly() {
        assert_eq!(sorted(&["4b", "4a", "4", "3c"]), ["3c", "4", "4a", "4b"]);
        assert_eq!(sorted(&["B2", "a10", "a9"]), ["a9", "a10", "B2"]);
        // Equal as numbers: by text, so the order is total and the same every run.
        assert_eq!(compare_numbers("4.01", "4.1"), Ordering::Less);
        assert_eq!(sorted(&["", "1"]), ["", "1"]);
        // Digits far past any integer type.
        assert_eq!(
            compare_numbers("99999999999999999999999", "100000000000000000000000"),
            Ordering::Less
        );
    }

    #[test]
    fn the_title_names_what_is_gathered_and_from_how_many_sessions() {
        crate::i18n::scoped(crate::i18n::Lang::ENGLISH, || {
            assert_eq!(
                title(&["Priority messages".into()], 3),
                "Priority messages from 3 sessions"
            );
            assert_eq!(
                title(&["Priority messages".into(), "Key issues".into()], 1),
                "Priority messages and key issues from 1 session"
            );
            assert_eq!(
                title(&["A".into(), "B".into(), "GCM elements".into()], 2),
                "A, B and GCM elements from 2 sessions"
            );
        });
    }
}
