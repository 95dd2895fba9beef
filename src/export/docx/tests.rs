//! The Word document's own XML, read back from the bytes: lists with numbering definitions,
//! right-to-left paragraphs, tables kept on one page, table sections and the form's blanks.

use std::io::Read;
use std::sync::Arc;

use super::word::right_to_left;
use crate::export::report;
use crate::model::test_support::now;
use crate::model::{NewItem, Plan, Session, Template};

const PLAN: &str = r#"{
  "format": "breakout-plan", "format_version": 1, "id": "word-plan",
  "event": { "name": "Word test", "start": "2016-12-08" },
  "session": { "number": "1", "title": "Testing" },
  "questions": [ { "id": "q1", "title": "First", "text": "The first question?" } ],
  "tables": [ { "id": "north", "name": "North table", "short": "North" } ],
  "template": "word-form"
}"#;

const TEMPLATE: &str = r#"{
  "format": "breakout-template", "format_version": 2, "id": "word-form", "title": "Word form",
  "sections": [
    { "id": "progress", "number": "1", "heading": "Progress", "slots": [
      { "id": "example", "label": "Example", "key": "p", "limit": 4, "blanks": true }
    ] },
    { "id": "recs", "number": "2", "heading": "Recommendations", "slots": [
      { "id": "recommendation", "label": "Recommendation", "key": "r", "limit": 2,
        "caption": "Recommendation {n} and who targeted to", "blanks": true,
        "fields": [ { "id": "target", "label": "Target" } ] },
      { "id": "action", "label": "Action", "key": "a", "limit": 2, "parent": "recommendation",
        "caption": "Actions for this recommendation" }
    ] },
    { "id": "governance", "number": "3", "heading": "Governance", "layout": "table", "slots": [
      { "id": "mechanism", "label": "Governance mechanisms", "key": "g",
        "caption": "Governance mechanisms:" },
      { "id": "compact", "label": "Global Compact", "key": "c", "caption": "Global Compact:",
        "blanks": true },
      { "id": "left-empty", "label": "Elsewhere", "key": "z" }
    ] },
    { "id": "sdg", "number": "4", "heading": "Lessons", "slots": [
      { "id": "lesson", "label": "Lesson", "key": "t", "blanks": true }
    ] },
    { "id": "other", "number": "5", "heading": "Other", "slots": [
      { "id": "women", "label": "Women", "key": "w" },
      { "id": "children", "label": "Children", "key": "y" }
    ] }
  ]
}"#;

const ARABIC: &str = "يجب حماية حقوق العمال المهاجرين، بغض النظر عن وضعهم.";
const HEBREW: &str = "זכויות מהגרים הן זכויות אדם.";

fn empty_session() -> Session {
    let plan: Plan = serde_json::from_str(PLAN).expect("plan");
    let template: Template = serde_json::from_str(TEMPLATE).expect("template");
    plan.validate().expect("valid plan");
    template.validate().expect("valid template");
    Session::new(Arc::new(plan), Arc::new(template), now())
}

fn session() -> Session {
    let mut s = empty_session();
    let mut add = |slot: &str, text: &str| {
        s.add(
            NewItem::point(Some("north"), None, text).in_slot(slot),
            now(),
        )
        .expect("add")
    };
    for t in ["Example one", "Example two", "Example three"] {
        add("example", t);
    }
    let rec = add("recommendation", "Recommend this");
    add("mechanism", "A mechanism");
    add("compact", "First element");
    add("compact", "Second element\nits second line");
    add("women", "For women one");
    add("women", "For women two");
    add("children", "For children");
    add("children", ARABIC);
    add("children", "\"quoted\" first: 2030 عربي");
    add("children", &format!("\"{HEBREW}\""));
    add("children", "«Migrants» هم شركاء في التنمية");
    s.add(
        NewItem::point(Some("north"), None, "Act now")
            .in_slot("action")
            .under(rec),
        now(),
    )
    .expect("add action");
    s
}

/// The parts of the .docx: (document.xml, numbering.xml).
fn parts(s: &Session) -> (String, String) {
    let bytes = super::render(&report::build(s)).expect("render");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut read = |name: &str| {
        let mut out = String::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut out)
            .expect("UTF-8 XML");
        out
    };
    (read("word/document.xml"), read("word/numbering.xml"))
}

/// Every paragraph (`<w:p …>…</w:p>`) of a part, in order.
fn paragraphs(xml: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = super::word::next_paragraph(rest) {
        let Some(len) = rest[start..].find("</w:p>") else {
            break;
        };
        let end = start + len + "</w:p>".len();
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

/// The paragraph whose text contains `text` (XML-escaped as docx-rs writes it).
fn paragraph<'a>(xml: &'a str, text: &str) -> &'a str {
    let found: Vec<&str> = paragraphs(xml)
        .into_iter()
        .filter(|p| p.contains(text))
        .collect();
    assert_eq!(found.len(), 1, "one paragraph holds {text:?}: {found:#?}");
    found[0]
}

/// The list instance (`w:numId`) a paragraph is an item of.
fn num_id(p: &str) -> Option<u32> {
    let at = p.find("<w:numId w:val=\"")? + "<w:numId w:val=\"".len();
    p[at..].split('"').next()?.parse().ok()
}

/// The `w:num` of numbering.xml with this id: (its abstract numbering, its start override).
fn instance(numbering: &str, id: u32) -> (u32, Option<u32>) {
    let tag = format!("<w:num w:numId=\"{id}\">");
    let at = numbering
        .find(&tag)
        .unwrap_or_else(|| panic!("{tag} in {numbering}"));
    let num = &numbering[at..at + numbering[at..].find("</w:num>").expect("closed")];
    let val = |key: &str| -> Option<u32> {
        let k = num.find(key)? + key.len();
        num[k..].split('"').next()?.parse().ok()
    };
    (
        val("<w:abstractNumId w:val=\"").expect("abstract id"),
        val("<w:startOverride w:val=\""),
    )
}

/// The abstract numbering with this id, as XML.
fn definition(numbering: &str, id: u32) -> &str {
    let tag = format!("<w:abstractNum w:abstractNumId=\"{id}\"");
    let at = numbering.find(&tag).unwrap_or_else(|| panic!("{tag}"));
    &numbering[at..at + numbering[at..].find("</w:abstractNum>").expect("closed")]
}

#[test]
fn numbered_entries_are_a_word_list_that_restarts_for_each_slot() {
    let (doc, numbering) = parts(&session());
    // The number is Word's, not typed into the text.
    assert!(!doc.contains(">1. Example one"), "{doc}");
    let ids: Vec<u32> = ["Example one", "Example two", "Example three"]
        .iter()
        .map(|t| num_id(paragraph(&doc, t)).expect("a list item"))
        .collect();
    assert!(ids.iter().all(|&i| i == ids[0]), "one list: {ids:?}");
    let (abstract_id, start) = instance(&numbering, ids[0]);
    let def = definition(&numbering, abstract_id);
    assert!(def.contains("<w:numFmt w:val=\"decimal\" />"), "{def}");
    assert!(def.contains("<w:lvlText w:val=\"%1.\" />"), "{def}");
    assert_eq!(start, Some(1), "the list starts at 1");
    // Another slot: another instance of the same definition, starting at 1 again.
    let women = num_id(paragraph(&doc, "For women one")).expect("a list item");
    let children = num_id(paragraph(&doc, "For children")).expect("a list item");
    assert_eq!(num_id(paragraph(&doc, "For women two")), Some(women));
    for id in [women, children] {
        assert_ne!(id, ids[0]);
        assert_eq!(instance(&numbering, id), (abstract_id, Some(1)));
    }
    assert_ne!(women, children);
}

#[test]
fn entries_under_a_recommendation_are_a_bullet_list() {
    let (doc, numbering) = parts(&session());
    let p = paragraph(&doc, "Act now");
    assert!(!p.contains("• "), "the bullet is Word's: {p}");
    let (abstract_id, _) = instance(&numbering, num_id(p).expect("a list item"));
    let def = definition(&numbering, abstract_id);
    assert!(def.contains("<w:numFmt w:val=\"bullet\" />"), "{def}");
    assert!(def.contains("<w:lvlText w:val=\"•\" />"), "{def}");
}

#[test]
fn a_list_whose_numbers_start_again_gets_a_new_instance_from_that_number() {
    let mut r = report::build(&session());
    // A ranking per table numbers 1, 2, then 1 again: Word must not carry on to 3.
    let slot = &mut r.sections[0].slots[0];
    slot.entries[2].number = 1;
    slot.blanks.clear();
    let bytes = super::render(&r).expect("render");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let (mut doc, mut numbering) = (String::new(), String::new());
    zip.by_name("word/document.xml")
        .expect("document")
        .read_to_string(&mut doc)
        .expect("read");
    zip.by_name("word/numbering.xml")
        .expect("numbering")
        .read_to_string(&mut numbering)
        .expect("read");
    let two = num_id(paragraph(&doc, "Example two")).expect("item");
    let three = num_id(paragraph(&doc, "Example three")).expect("item");
    assert_ne!(two, three);
    assert_eq!(instance(&numbering, three).1, Some(1));
}

#[test]
fn right_to_left_paragraphs_and_runs_are_marked_by_their_first_strong_character() {
    let (doc, _) = parts(&session());
    // The Hebrew is in quotation marks: neutral, and XML-escaped in docx-rs's text.
    for text in [ARABIC, HEBREW] {
        let p = paragraph(&doc, text);
        assert!(p.contains("<w:bidi />"), "{text}: {p}");
        // Every run, and the paragraph mark, is right-to-left text, once.
        assert_eq!(
            p.matches("<w:rPr").count(),
            p.matches("<w:rtl />").count(),
            "{p}"
        );
        assert!(!p.contains("<w:rtl /><w:rtl />"), "{p}");
    }
    // A Latin quotation mark first, then a Latin word: left to right, by rule P2.
    let p = paragraph(&doc, "Migrants");
    assert!(!p.contains("<w:bidi />") && !p.contains("<w:rtl />"), "{p}");
    let p = paragraph(&doc, "&quot;quoted&quot;");
    assert!(!p.contains("<w:bidi />") && !p.contains("<w:rtl />"), "{p}");
    let p = paragraph(&doc, "For children");
    assert!(!p.contains("<w:bidi />") && !p.contains("<w:rtl />"), "{p}");
}

#[test]
fn the_first_strong_character_decides_the_direction() {
    assert!(right_to_left(ARABIC));
    assert!(right_to_left(HEBREW));
    assert!(right_to_left("2030: «عربي» first"));
    assert!(right_to_left("زبان فارسی"));
    assert!(right_to_left("اردو زبان"));
    assert!(!right_to_left("English, then عربي"));
    assert!(
        !right_to_left("2030 — 12"),
        "no strong character: as it was"
    );
    assert!(!right_to_left(""));
    // Text in an isolate does not count (P2 skips it); a line break does not end the search.
    assert!(right_to_left("\u{2066}English\u{2069} عربي"));
    assert!(right_to_left("123\nعربي"));
}

/// The rows (`<w:tr>…</w:tr>`) of the table holding `text`.
fn rows_of_table_with<'a>(doc: &'a str, text: &str) -> Vec<&'a str> {
    let at = doc.find(text).unwrap_or_else(|| panic!("{text:?}"));
    let start = doc[..at].rfind("<w:tbl>").expect("in a table");
    let end = start + doc[start..].find("</w:tbl>").expect("closed");
    doc[start..end]
        .split("<w:tr>")
        .skip(1)
        .map(|r| &r[..r.find("</w:tr>").expect("row closed")])
        .collect()
}

#[test]
fn a_recommendations_table_keeps_together_on_one_page() {
    let (doc, _) = parts(&session());
    let rows = rows_of_table_with(&doc, "Recommend this");
    assert_eq!(rows.len(), 2, "the recommendation and its actions");
    for r in &rows {
        assert!(r.contains("<w:cantSplit />"), "{r}");
    }
    let (last, before) = rows.split_last().expect("rows");
    for r in before {
        let ps = paragraphs(r);
        assert!(!ps.is_empty());
        for p in ps {
            assert!(
                p.contains("<w:keepNext />"),
                "all but the last row keep with the next: {p}"
            );
        }
    }
    for p in paragraphs(last) {
        assert!(!p.contains("<w:keepNext />"), "the last row lets go: {p}");
    }
}

#[test]
fn a_table_section_is_one_table_with_a_numbered_caption_beside_each_slots_entries() {
    let (doc, _) = parts(&session());
    let rows = rows_of_table_with(&doc, "A mechanism");
    assert_eq!(rows.len(), 3, "a row per slot");
    assert!(rows[0].contains("1. Governance mechanisms:") && rows[0].contains("A mechanism"));
    assert!(rows[1].contains("2. Global Compact:"));
    assert!(rows[1].contains("First element") && rows[1].contains("Second element"));
    assert!(rows[2].contains("3. Elsewhere") && rows[2].contains("Nothing captured."));
    for r in &rows {
        assert!(r.contains("<w:cantSplit />"), "{r}");
    }
    // Kept on one page: every row but the last keeps with the next.
    assert!(rows[0].contains("<w:keepNext />") && rows[1].contains("<w:keepNext />"));
    assert!(!rows[2].contains("<w:keepNext />"), "{}", rows[2]);
    // Entries in a cell are the form's lines, not a list; no heading per slot.
    assert_eq!(num_id(rows[1]), None);
    assert!(
        !doc.contains(">Global Compact:</w:t>"),
        "no heading of its own"
    );
}

#[test]
fn the_forms_blanks_stand_where_entries_are_missing() {
    let r = report::build(&session());
    let (doc, _) = parts(&session());
    // Three examples of four: a fourth, numbered and empty, in the same list.
    let examples = &r.sections[0].slots[0];
    assert_eq!(examples.blanks.len(), 1);
    assert_eq!(examples.blanks[0].number, 4);
    let list = num_id(paragraph(&doc, "Example three")).expect("item");
    let items: Vec<&str> = paragraphs(&doc)
        .into_iter()
        .filter(|p| num_id(p) == Some(list))
        .collect();
    assert_eq!(items.len(), 4, "{items:#?}");
    assert!(
        !items[3].contains("<w:t xml:space=\"preserve\">E"),
        "{}",
        items[3]
    );
    // No limit and nothing in: one numbered blank, and no "Nothing captured."
    let lessons = &r.sections[3].slots[0];
    assert_eq!(lessons.blanks.len(), 1);
    let section4 = &doc[doc.find("4. Lessons").expect("section 4")..];
    let section4 = &section4[..section4.find("5. Other").expect("section 5")];
    assert!(!section4.contains("Nothing captured."), "{section4}");
    assert_eq!(
        paragraphs(section4)
            .iter()
            .filter(|p| num_id(p).is_some())
            .count(),
        1
    );
    // One recommendation of two: a blank block with its caption and the captions under it.
    let recs = &r.sections[1].slots[0];
    assert_eq!(recs.blanks.len(), 1);
    let rows = rows_of_table_with(&doc, "Recommendation 2 and who targeted to");
    assert_eq!(rows.len(), 2);
    assert!(rows[1].contains("Actions for this recommendation"));
    assert!(!rows[1].contains("None captured."), "{}", rows[1]);
    // A table section's slot with blanks shows an empty cell, not "Nothing captured.".
    let empty = empty_session();
    let compact = &report::build(&empty).sections[2].slots[1];
    assert!(compact.entries.is_empty() && compact.blanks.len() == 1);
    let (doc, _) = parts(&empty);
    let rows = rows_of_table_with(&doc, "2. Global Compact:");
    assert!(!rows[1].contains("Nothing captured."), "{}", rows[1]);
    assert!(rows[0].contains("Nothing captured."), "{}", rows[0]);
}

#[test]
fn an_entry_in_a_right_to_left_script_stays_right_to_left_behind_its_table_of_origin() {
    let mut s = empty_session();
    for slot in ["example", "recommendation"] {
        let template = Arc::make_mut(&mut s.template);
        let found = template
            .sections
            .iter_mut()
            .flat_map(|x| x.slots.iter_mut())
            .find(|x| x.id == slot)
            .expect("slot");
        found.origin = true;
        s.add(
            NewItem::point(Some("north"), None, ARABIC).in_slot(slot),
            now(),
        )
        .expect("add");
    }
    let (doc, _) = parts(&s);
    let found: Vec<&str> = paragraphs(&doc)
        .into_iter()
        .filter(|p| p.contains(ARABIC))
        .collect();
    assert_eq!(found.len(), 2, "a list entry and a block entry");
    for p in found {
        // "(From North table)" comes first, in Latin letters; the entry is still Arabic.
        assert!(p.contains("North table"), "{p}");
        assert!(p.contains("<w:bidi />"), "{p}");
    }
}
