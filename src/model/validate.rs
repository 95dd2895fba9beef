//! Checking a session: that an entry fits the plan and template before it is captured or
//! changed, and that a whole loaded file refers only to things that exist.

use std::collections::BTreeMap;

use super::ids::{QuestionId, SlotId, TableId};
use super::item::{Item, ItemId, NewItem};
use super::problems::{Problem, Problems};
use super::session::{ModelError, Session};
use super::template::FieldKind;

/// A date field's value: a calendar day written `YYYY-MM-DD`, the one form no reader in any
/// country takes for another day.
pub fn parse_date(value: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

impl Session {
    /// Checks that an entry's slot, parent, table, question, fields and attribution fit the
    /// plan and template, before the edit of `before` that makes it is kept. A value the edit
    /// leaves as it was is not judged again (a file may hold a date typed elsewhere that is no date; editing the
    /// entry's text must still be possible, and the value stays for the rapporteur to mend).
    pub(super) fn check_edit(&self, item: &Item, before: &Item) -> Result<(), ModelError> {
        let mut at = Placement::of(item);
        at.before = Some(&before.fields);
        self.check_placement(at)
    }

    /// As [`Self::check_edit`], for an entry about to be captured.
    pub(super) fn check_new(&self, new: &NewItem) -> Result<(), ModelError> {
        self.check_placement(Placement::of_new(new))
    }

    fn check_placement(&self, at: Placement<'_>) -> Result<(), ModelError> {
        self.check_placement_with(at, |id| self.item(id).map(|i| i.slot.as_ref()))
    }

    /// As [`Self::check_placement`], with the lookup of an entry's slot by id supplied, so
    /// validating a whole file can use an index built once.
    fn check_placement_with<'s>(
        &'s self,
        at: Placement<'_>,
        slot_of: impl Fn(ItemId) -> Option<Option<&'s SlotId>>,
    ) -> Result<(), ModelError> {
        if let Some(t) = at.table
            && self.plan.table(t).is_none()
        {
            return Err(ModelError::UnknownTable(t.clone()));
        }
        if let Some(q) = at.question
            && self.plan.question(q).is_none()
        {
            return Err(ModelError::UnknownQuestion(q.clone()));
        }
        let slot = match at.slot {
            None => None,
            Some(s) => Some(
                self.template
                    .slot(s)
                    .ok_or_else(|| ModelError::UnknownSlot(s.clone()))?,
            ),
        };
        let label =
            || slot.map_or_else(|| crate::tr!("model-discussion-point"), |s| s.label.clone());
        match (slot.and_then(|s| s.parent.as_ref()), at.parent) {
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
        for (field, value) in at.fields {
            let Some(f) = slot.and_then(|s| s.field(field)) else {
                return Err(ModelError::UnknownField {
                    slot: label(),
                    field: field.clone(),
                });
            };
            let unchanged = at.before.and_then(|b| b.get(field)) == Some(value);
            if f.kind == FieldKind::Date
                && !unchanged
                && !value.trim().is_empty()
                && parse_date(value).is_none()
            {
                return Err(ModelError::BadDate {
                    field: f.label.clone(),
                    value: value.clone(),
                });
            }
        }
        if at.has_attribution && slot.is_none_or(|s| s.attribution.is_none()) {
            return Err(ModelError::NoAttribution);
        }
        Ok(())
    }

    fn slot_label(&self, id: &SlotId) -> String {
        self.template
            .slot(id)
            .map_or_else(|| id.to_string(), |s| s.label.clone())
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
        // The rules a template file must meet since format 2 are not asked of one kept in a
        // session: a file that opened before opens still.
        all.extend(nested("template", self.template.validate_embedded()));
        if self.plan.template != self.template.id {
            all.push(Problem {
                field: "template.id".into(),
                message: crate::tr!(
                    "model-template-mismatch",
                    plan = format!("{:?}", self.plan.template),
                    session = format!("{:?}", self.template.id)
                ),
            });
        }
        if self.format_version == 0 {
            p.push("format_version", crate::tr!("model-version-zero"));
        }

        // Each entry's slot by id, for checking what an entry hangs under.
        // Entries are named by where they stand in the file, which may not be id order.
        let mut slots = std::collections::HashMap::new();
        for (i, item) in self.items_in_file_order() {
            if slots.insert(item.id, item.slot.as_ref()).is_some() {
                p.push(
                    format!("items[{i}].id"),
                    crate::tr!("model-duplicate-id", id = item.id.to_string()),
                );
            }
        }
        let slot_of = |id: ItemId| slots.get(&id).copied();
        for (i, item) in self.items_in_file_order() {
            let found = self.check_placement_with(Placement::of(item), slot_of);
            match found {
                // Merges of concurrent edits can leave an entry under one that was sorted
                // into another slot since; the file is still whole and every entry readable,
                // so it loads (the report leaves such an entry out until it is re-sorted).
                // A date typed by hand elsewhere that is not a date is still the rapporteur's
                // words: the file loads and the entry can be mended.
                Err(ModelError::WrongParent { .. } | ModelError::BadDate { .. }) | Ok(()) => {}
                Err(e) => p.push(format!("items[{i}].{}", e.field()), e.to_string()),
            }
        }
        if let Some(t) = &self.home_table
            && self.plan.table(t).is_none()
        {
            p.push(
                "home_table",
                crate::tr!("model-no-table", id = format!("{t:?}")),
            );
        }
        if let Some(a) = &self.agenda
            && a.phase >= self.plan.agenda.len().max(1)
        {
            p.push(
                "agenda.phase",
                crate::tr!("model-no-phase", number = a.phase + 1),
            );
        }
        for key in self.header.keys() {
            if self.template.header_field(key).is_none() {
                p.push(
                    format!("header.{key}"),
                    crate::tr!("model-no-header-field-here"),
                );
            }
        }
        for (slot_id, picks) in &self.picks {
            let at = format!("picks.{slot_id}");
            match self.template.slot(slot_id) {
                Some(s) if s.parent.is_none() && s.can_reorder() => {}
                Some(_) => p.push(at.clone(), crate::tr!("model-not-picked-slot")),
                None => p.push(at.clone(), crate::tr!("model-no-slot-here")),
            }
            self.check_picked(&at, picks, &mut p);
        }
        for (parent, under) in &self.picks_under {
            if self.item(*parent).is_none() {
                p.push(
                    format!("picks_under.{parent}"),
                    crate::tr!("model-no-entry", id = parent.to_string()),
                );
            }
            for (slot_id, picks) in under {
                let at = format!("picks_under.{parent}.{slot_id}");
                match self.template.slot(slot_id) {
                    Some(s) if s.parent.is_some() => {}
                    Some(_) => p.push(at.clone(), crate::tr!("model-not-picked-slot")),
                    None => p.push(at.clone(), crate::tr!("model-no-slot-here")),
                }
                self.check_picked(&at, picks, &mut p);
            }
        }
        all.extend(p.into_result().err().into_iter().flatten());
        if all.is_empty() { Ok(()) } else { Err(all) }
    }
}

impl Session {
    /// Every entry a choice names is one the file holds. (One sorted elsewhere since is
    /// skipped by the report.)
    fn check_picked(&self, at: &str, picks: &super::Picks, p: &mut Problems) {
        let named = (picks.items.iter().map(|id| ("items", id)))
            .enumerate()
            .chain((picks.left_out.iter().flatten().map(|id| ("left_out", id))).enumerate());
        for (i, (list, id)) in named {
            if self.item(*id).is_none() {
                p.push(
                    format!("{at}.{list}[{i}]"),
                    crate::tr!("model-no-entry", id = id.to_string()),
                );
            }
        }
    }
}

/// Where an entry sits: what [`Session::check_edit`] looks at, borrowed from an item or
/// from a new one.
#[derive(Clone, Copy)]
struct Placement<'a> {
    slot: Option<&'a SlotId>,
    parent: Option<ItemId>,
    table: Option<&'a TableId>,
    question: Option<&'a QuestionId>,
    fields: &'a BTreeMap<String, String>,
    /// The fields before an edit, whose unchanged values are not judged again.
    before: Option<&'a BTreeMap<String, String>>,
    has_attribution: bool,
}

impl<'a> Placement<'a> {
    fn of(i: &'a Item) -> Self {
        Placement {
            slot: i.slot.as_ref(),
            parent: i.parent,
            table: i.table.as_ref(),
            question: i.question.as_ref(),
            fields: &i.fields,
            before: None,
            has_attribution: i.attribution.is_some(),
        }
    }

    fn of_new(i: &'a NewItem) -> Self {
        Placement {
            slot: i.slot.as_ref(),
            parent: i.parent,
            table: i.table.as_ref(),
            question: i.question.as_ref(),
            fields: &i.fields,
            before: None,
            has_attribution: i.attribution.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::model::test_support::{now, session};
    use crate::model::{FieldKind, ModelError, NewItem};

    #[test]
    fn a_date_field_takes_a_day_written_yyyy_mm_dd_or_nothing() {
        let mut s = session();
        let target = &mut Arc::make_mut(&mut s.template).sections[0].slots[0].fields[0];
        target.kind = FieldKind::Date;
        let rec = |value: &str| {
            let mut new = NewItem::point(None, None, "rec").in_slot("recommendation");
            new.fields.insert("target".into(), value.into());
            new
        };
        for good in ["2026-12-08", " 2027-02-28 ", ""] {
            s.add(rec(good), now()).expect(good);
        }
        for bad in ["8/12/2026", "2026-02-30", "next week"] {
            assert!(
                matches!(s.add(rec(bad), now()), Err(ModelError::BadDate { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_entry_holding_a_date_typed_elsewhere_that_is_no_date_can_still_be_edited() {
        let mut s = session();
        Arc::make_mut(&mut s.template).sections[0].slots[0].fields[0].kind = FieldKind::Date;
        let mut new = NewItem::point(None, None, "rec").in_slot("recommendation");
        new.fields.insert("target".into(), "2026-12-08".into());
        let id = s.add(new, now()).expect("add");
        // As a file from another laptop may hold it.
        let mut v = serde_json::to_value(&s).expect("to JSON");
        v["items"][0]["fields"]["target"] = "next week".into();
        let mut s: crate::model::Session = serde_json::from_value(v).expect("from JSON");
        s.validate().expect("the file opens");
        s.set_text(id, "rec, mended", now())
            .expect("the text is the rapporteur's to change");
        assert_eq!(s.item(id).expect("entry").field("target"), "next week");
        let set = |s: &mut crate::model::Session, v: &str| {
            s.update(id, now(), |i| {
                i.fields.insert("target".into(), v.into());
            })
        };
        assert!(matches!(
            set(&mut s, "the week after"),
            Err(ModelError::BadDate { .. })
        ));
        set(&mut s, "2027-01-04").expect("mended");
    }
}
