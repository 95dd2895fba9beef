//! What issue 15's form features mean in a report: ranked slots numbered overall or within
//! each table, the table an entry came from as captions and headings name it, and warnings
//! for entries past the form's limit per table. Kept apart from `report` so that building
//! the report stays one readable pass.

use crate::i18n::Lang;
use crate::model::{ItemId, Ranking, Session, Slot, TableId};

/// How the report names a table: its origin label ("Asia Group"), or its name where entries
/// from it are not attributed (the plenary); `None` for no table.
pub fn table_name(session: &Session, table: Option<&TableId>) -> Option<String> {
    let t = session.plan.table(table?)?;
    Some(t.origin_label().unwrap_or(&t.name).to_owned())
}

/// The heading of a group of a slot ranked per table: the table's name, or the report's
/// word for entries from no table.
fn group_heading(session: &Session, table: Option<&TableId>, lang: Lang) -> String {
    table_name(session, table).unwrap_or_else(|| crate::tr_in!(lang, "export-no-table"))
}

/// One entry's place in its slot: its number, and the heading of the group it opens (on the
/// first entry of each table's group of a slot ranked per table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: ItemId,
    pub number: usize,
    pub group: Option<String>,
}

/// The entries `ids` (in report order) as the slot numbers them: 1–N in that order, or, for
/// a slot ranked per table, grouped by table (tables in plan order, entries from no table
/// last) and numbered from 1 within each group, keeping the report order inside a group.
pub fn places(session: &Session, slot: &Slot, ids: &[ItemId], lang: Lang) -> Vec<Place> {
    if slot.ranked != Some(Ranking::PerTable) {
        return ids
            .iter()
            .enumerate()
            .map(|(k, id)| Place {
                id: *id,
                number: k + 1,
                group: None,
            })
            .collect();
    }
    let table_of = |id: &ItemId| session.item(*id).and_then(|i| i.table.clone());
    let order = |t: &Option<TableId>| {
        t.as_ref()
            .and_then(|t| session.plan.tables.iter().position(|p| p.id == *t))
            .unwrap_or(usize::MAX)
    };
    let mut keyed: Vec<(Option<TableId>, ItemId)> =
        ids.iter().map(|id| (table_of(id), *id)).collect();
    // Stable: the rapporteur's order stays within each table.
    keyed.sort_by_key(|(t, _)| order(t));
    let mut out = Vec::with_capacity(keyed.len());
    let mut current: Option<Option<TableId>> = None;
    let mut n = 0;
    for (table, id) in keyed {
        let opens = current.as_ref() != Some(&table);
        if opens {
            n = 0;
            current = Some(table.clone());
        }
        n += 1;
        out.push(Place {
            id,
            number: n,
            group: opens.then(|| group_heading(session, table.as_ref(), lang)),
        });
    }
    out
}

/// A warning, in the interface's language, for each table whose entries going into the
/// report of `slot` are more than the form allows from each table ("4 recommendations from
/// Asia Group: the form allows 3 from each table"); tables in plan order, no table last.
pub fn table_warnings(session: &Session, slot: &Slot, out: &mut Vec<String>) {
    let what = slot.plural().to_lowercase();
    for (table, count) in session.tables_over_limit(slot) {
        let (going_in, limit) = (count.going_in, count.limit.unwrap_or(0));
        out.push(match table_name(session, table.as_ref()) {
            Some(name) => crate::tr!(
                "export-over-limit-table",
                count = going_in,
                what = what.as_str(),
                table = name,
                limit = limit
            ),
            None => crate::tr!(
                "export-over-limit-no-table",
                count = going_in,
                what = what.as_str(),
                limit = limit
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::export::report::{Entry, Report, build};
    use crate::export::{Format, export};
    use crate::i18n::{self, Lang};
    use crate::model::test_support::{now, session};
    use crate::model::{FieldKind, ItemId, NewItem, Ranking, Session, Template};

    fn rec(s: &mut Session, table: Option<&str>, text: &str) -> ItemId {
        s.add(
            NewItem::point(table, None, text).in_slot("recommendation"),
            now(),
        )
        .expect("add")
    }

    fn form(s: &mut Session) -> &mut Template {
        Arc::make_mut(&mut s.template)
    }

    /// North 1, South 1, none, North 2, put in the report as South, none, North 2, North 1.
    fn four(s: &mut Session) -> [ItemId; 4] {
        let n1 = rec(s, Some("north"), "north one");
        let s1 = rec(s, Some("south"), "south one");
        let x = rec(s, None, "from no table");
        let n2 = rec(s, Some("north"), "north two");
        s.set_picked(n1, false, now()).expect("out");
        s.set_picked(n1, true, now()).expect("in again, last");
        [n1, s1, x, n2]
    }

    fn entries(r: &Report) -> &[Entry] {
        &r.sections[0].slots[0].entries
    }

    fn summary(r: &Report) -> Vec<(usize, Option<&str>, &str)> {
        entries(r)
            .iter()
            .map(|e| (e.number, e.group.as_deref(), e.text.as_str()))
            .collect()
    }

    #[test]
    fn a_slot_ranked_per_table_is_grouped_by_table_in_plan_order_numbered_within_each() {
        i18n::scoped(Lang::ENGLISH, || {
            let mut s = session();
            four(&mut s);
            // Not ranked, or ranked overall: 1–N in the order the rapporteur set.
            let plain = vec![
                (1, None, "south one"),
                (2, None, "from no table"),
                (3, None, "north two"),
                (4, None, "north one"),
            ];
            assert_eq!(summary(&build(&s)), plain);
            form(&mut s).sections[0].slots[0].ranked = Some(Ranking::Overall);
            assert_eq!(summary(&build(&s)), plain);

            form(&mut s).sections[0].slots[0].ranked = Some(Ranking::PerTable);
            let r = build(&s);
            assert_eq!(
                summary(&r),
                [
                    (1, Some("North table"), "north two"),
                    (2, None, "north one"),
                    (1, Some("South table"), "south one"),
                    (1, Some("Not from a table"), "from no table"),
                ]
            );
            assert_eq!(r.sections[0].slots[0].ranked, Some(Ranking::PerTable));
            // Every entry knows its table, grouped or not.
            let tables: Vec<_> = entries(&r).iter().map(|e| e.table.as_deref()).collect();
            assert_eq!(
                tables,
                [
                    Some("North table"),
                    Some("North table"),
                    Some("South table"),
                    None
                ]
            );
        });
    }

    #[test]
    fn blanks_of_a_slot_ranked_per_table_come_only_when_nothing_went_in() {
        let mut s = session();
        form(&mut s).sections[0].slots[0].blanks = true;
        form(&mut s).sections[0].slots[0].ranked = Some(Ranking::PerTable);
        let blanks = |s: &Session| build(s).sections[0].slots[0].blanks.len();
        assert_eq!(blanks(&s), 2, "the empty form's blanks, up to the limit");
        rec(&mut s, Some("north"), "north one");
        assert_eq!(blanks(&s), 0, "no '2.' after North's 1 and under no table");
        form(&mut s).sections[0].slots[0].ranked = None;
        assert_eq!(blanks(&s), 1, "numbered on from 1, up to the limit of 2");
    }

    #[test]
    fn actions_all_left_out_read_none_chosen_not_none_captured() {
        i18n::scoped(Lang::ENGLISH, || {
            let mut s = session();
            let r = rec(&mut s, Some("north"), "a recommendation");
            let act = s
                .add(
                    NewItem::point(Some("north"), None, "an action")
                        .in_slot("action")
                        .under(r),
                    now(),
                )
                .expect("add");
            s.set_picked(act, false, now()).expect("leave out");
            let report = build(&s);
            let actions = &report.sections[0].slots[0].entries[0].children[0];
            assert!(actions.entries.is_empty());
            assert_eq!(actions.candidates, 1);
            for format in [Format::Markdown, Format::Text] {
                let out =
                    String::from_utf8(export(&s, format, None).expect("export")).expect("UTF-8");
                assert!(out.contains("None chosen for the report yet"), "{out}");
                assert!(!out.contains("None captured"), "{out}");
            }
        });
    }

    #[test]
    fn the_headings_of_entries_from_no_table_are_in_the_template_language() {
        let mut s = session();
        rec(&mut s, None, "x");
        form(&mut s).sections[0].slots[0].ranked = Some(Ranking::PerTable);
        form(&mut s).language = Some("es".into());
        let r = i18n::scoped(Lang::ENGLISH, || build(&s));
        assert_eq!(entries(&r)[0].group.as_deref(), Some("Fuera de las mesas"));
    }

    #[test]
    fn a_caption_names_the_table_with_table_and_the_number_within_it() {
        i18n::scoped(Lang::ENGLISH, || {
            let mut s = session();
            four(&mut s);
            let slot = &mut form(&mut s).sections[0].slots[0];
            slot.caption = Some("Rec. {n} ({table})".into());
            slot.ranked = Some(Ranking::PerTable);
            let r = build(&s);
            let captions: Vec<_> = entries(&r).iter().map(|e| e.caption.as_str()).collect();
            assert_eq!(
                captions,
                [
                    "Rec. 1 (North table)",
                    "Rec. 2 (North table)",
                    "Rec. 1 (South table)",
                    "Rec. 1 (Not from a table)"
                ]
            );
            assert_eq!(r.sections[0].slots[0].caption.as_deref(), Some("Rec."));
        });
    }

    #[test]
    fn entries_past_the_limit_per_table_are_warned_about_naming_the_table() {
        i18n::scoped(Lang::ENGLISH, || {
            let mut s = session();
            four(&mut s);
            let more = rec(&mut s, None, "another from no table");
            s.set_picked(more, true, now()).expect("in");
            form(&mut s).sections[0].slots[0].plural = Some("Recommendations".into());
            form(&mut s).sections[0].slots[0].limit_per_table = Some(1);
            let w = build(&s).warnings;
            assert_eq!(
                w,
                [
                    "5 recommendations: the form allows 2",
                    "2 recommendations from North table: the form allows 1 from each table",
                    "2 recommendations from no table: the form allows 1 from each table",
                ]
            );
            // Within the limit: nothing to say about tables.
            form(&mut s).sections[0].slots[0].limit_per_table = Some(2);
            assert_eq!(build(&s).warnings.len(), 1);
        });
        // In the interface's language.
        let mut s = session();
        four(&mut s);
        form(&mut s).sections[0].slots[0].limit_per_table = Some(1);
        let w = i18n::scoped(Lang::find("fr").expect("fr"), || build(&s).warnings);
        assert!(
            w.iter()
                .any(|w| w.contains("(North table)") && w.contains("par table")),
            "{w:?}"
        );
    }

    #[test]
    fn a_date_field_is_written_out_in_the_template_language() {
        let mut s = session();
        form(&mut s).sections[0].slots[0].fields[0].kind = FieldKind::Date;
        s.add(
            NewItem::point(Some("north"), None, "rec")
                .in_slot("recommendation")
                .with_field("target", "2026-12-08"),
            now(),
        )
        .expect("add");
        let value = |s: &Session| entries(&build(s))[0].fields[0].value.clone();
        assert_eq!(value(&s), "8 December 2026");
        form(&mut s).language = Some("fr".into());
        assert_eq!(value(&s), "8 décembre 2026");
        form(&mut s).language = Some("es".into());
        assert_eq!(value(&s), "8 de diciembre de 2026");
        // A text field holding the same characters is the rapporteur's words.
        form(&mut s).sections[0].slots[0].fields[0].kind = FieldKind::Text;
        assert_eq!(value(&s), "2026-12-08");
    }

    fn text(s: &Session, format: Format) -> String {
        String::from_utf8(export(s, format, None).expect("export")).expect("utf-8")
    }

    /// The ranked, labelled example every layout is checked with.
    fn labelled() -> Session {
        let mut s = session();
        four(&mut s);
        let slot = &mut form(&mut s).sections[0].slots[0];
        slot.ranked = Some(Ranking::PerTable);
        slot.text_label = Some("What".into());
        s
    }

    #[test]
    fn markdown_and_text_show_the_group_headings_and_the_main_text_label() {
        let s = labelled();
        let md = i18n::scoped(Lang::ENGLISH, || text(&s, Format::Markdown));
        let north = md.find("### North table").expect(&md);
        let south = md.find("### South table").expect(&md);
        let none = md.find("### Not from a table").expect(&md);
        assert!(north < south && south < none, "{md}");
        // Entries sit one level below their group's heading.
        assert!(md.contains("\n#### Recommendation 2\n"), "{md}");
        assert!(md.contains("**What:** north two"), "{md}");
        let txt = i18n::scoped(Lang::ENGLISH, || text(&s, Format::Text));
        assert!(txt.contains("   North table:\n"), "{txt}");
        assert!(txt.contains("   What: north two"), "{txt}");
        // Without a label or a ranking, nothing of either.
        let plain = i18n::scoped(Lang::ENGLISH, || text(&session(), Format::Markdown));
        assert!(
            !plain.contains("What:") && !plain.contains("table"),
            "{plain}"
        );
    }

    #[test]
    fn a_list_ranked_per_table_has_its_headings_too() {
        let mut s = session();
        for (table, text) in [(Some("south"), "s"), (Some("north"), "n"), (None, "x")] {
            s.add(NewItem::point(table, None, text).in_slot("quote"), now())
                .expect("add");
        }
        form(&mut s).sections[1].slots[0].ranked = Some(Ranking::PerTable);
        let md = i18n::scoped(Lang::ENGLISH, || text(&s, Format::Markdown));
        assert!(
            md.contains("### North table\n\n1. n\n") && md.contains("### South table\n\n1. s\n"),
            "{md}"
        );
        let txt = i18n::scoped(Lang::ENGLISH, || text(&s, Format::Text));
        assert!(
            txt.contains("   North table:\n   1. n\n") && txt.contains("\n\n   South table:\n"),
            "{txt}"
        );
    }

    #[test]
    fn word_shows_the_group_headings_and_the_label_in_bold() {
        let s = labelled();
        let bytes = i18n::scoped(Lang::ENGLISH, || export(&s, Format::Docx, None)).expect("docx");
        let doc = docx_rs::read_docx(&bytes).expect("reads back");
        let json: serde_json::Value = serde_json::from_str(&doc.json()).expect("json");
        let mut runs = Vec::new();
        collect_runs(&json, &mut runs);
        let texts: Vec<&str> = runs.iter().map(|(t, _)| t.as_str()).collect();
        let at = |t: &str| texts.iter().position(|x| *x == t).expect(t);
        assert!(at("North table") < at("South table"), "{texts:?}");
        assert!(at("South table") < at("Not from a table"), "{texts:?}");
        let label = runs.iter().find(|(t, _)| t == "What: ").expect("label");
        assert!(label.1, "the label is bold");
        let body = runs.iter().find(|(t, _)| t == "north two").expect("text");
        assert!(!body.1, "the text is not");
    }

    /// Every run of a document read back, as (text, bold).
    fn collect_runs(v: &serde_json::Value, out: &mut Vec<(String, bool)>) {
        match v {
            serde_json::Value::Object(o) => {
                if o.get("type").and_then(|t| t.as_str()) == Some("run") {
                    let data = &o["data"];
                    let bold = data["runProperty"]["bold"].as_bool().unwrap_or(false);
                    let mut text = String::new();
                    for c in data["children"].as_array().into_iter().flatten() {
                        if let Some(t) = c["data"]["text"].as_str() {
                            text.push_str(t);
                        }
                    }
                    out.push((text, bold));
                    return;
                }
                o.values().for_each(|x| collect_runs(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| collect_runs(x, out)),
            _ => {}
        }
    }
}
