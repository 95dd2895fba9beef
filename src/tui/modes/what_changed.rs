//! What a step of the undo history changed, in a few words, for "Undone: …" and "Redone: …".
//! The words come from comparing the session before and after the step, not from what the
//! step's command said it would do: they stay true when a merge from another laptop went
//! into the steps (see `update::keep_through_undo`), and a new command needs no words of its
//! own to be undone with a name.

use std::collections::BTreeSet;

use crate::model::{Item, ItemId, Session, SlotId};

/// The change from `earlier` to `later` ("new action “Open up IOM…”"); for an undo,
/// `earlier` is where it goes back to; for a redo, where it comes from. Of entries that
/// changed alike (the two of a swap), `focus` (the selected one) is named.
pub fn what_changed(earlier: &Session, later: &Session, focus: Option<ItemId>) -> String {
    if let Some(words) = entries(earlier, later, focus) {
        return words;
    }
    if let Some(words) = header(earlier, later) {
        return words;
    }
    if let Some(words) = report_choice(earlier, later, focus) {
        return words;
    }
    crate::tr!("tui-what-unknown")
}

/// How an entry changed, the most telling first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Change {
    New,
    Deleted,
    Sorted,
    OtherTable,
    OtherQuestion,
    Edited,
    Moved,
}

fn change(before: Option<&Item>, after: &Item) -> Option<Change> {
    let live_before = before.is_some_and(Item::is_live);
    match (live_before, after.is_live()) {
        (false, true) => return Some(Change::New),
        (true, false) => return Some(Change::Deleted),
        (false, false) => return None,
        (true, true) => {}
    }
    let b = before?;
    Some(if b.slot != after.slot {
        Change::Sorted
    } else if b.table != after.table {
        Change::OtherTable
    } else if b.question != after.question {
        Change::OtherQuestion
    } else if b.text != after.text || b.fields != after.fields || b.attribution != after.attribution
    {
        Change::Edited
    } else if b.rank != after.rank || b.parent != after.parent {
        Change::Moved
    } else {
        return None;
    })
}

fn entries(earlier: &Session, later: &Session, focus: Option<ItemId>) -> Option<String> {
    let mut found: Option<(Change, &Item, &Item)> = None;
    let mut alike = 0usize;
    for after in later.all_items() {
        let before = earlier.item(after.id);
        if before == Some(after) {
            continue;
        }
        let Some(c) = change(before, after) else {
            continue;
        };
        match &found {
            Some((best, ..)) if c > *best => {}
            Some((best, ..)) if c == *best => {
                alike += 1;
                if focus == Some(after.id) {
                    found = Some((c, before.unwrap_or(after), after));
                }
            }
            _ => {
                found = Some((c, before.unwrap_or(after), after));
                alike = 0;
            }
        }
    }
    let (c, before, after) = found?;
    // The words of the entry as it reads when live.
    let shown = if after.is_live() { after } else { before };
    let kind = kind(later, shown);
    let text = first_words(&shown.text);
    let (kind, text) = (kind.as_str(), text.as_str());
    let words = match c {
        Change::New => crate::tr!("tui-what-new", kind = kind, text = text),
        Change::Deleted => crate::tr!("tui-what-deleted", kind = kind, text = text),
        Change::Sorted => crate::tr!("tui-what-sorted", kind = kind, text = text),
        Change::OtherTable => {
            let table = later
                .plan
                .tables
                .iter()
                .find(|t| Some(&t.id) == after.table.as_ref())
                .map_or_else(|| crate::tr!("tui-what-no-table"), |t| t.short.clone());
            crate::tr!("tui-what-moved-to", kind = kind, text = text, place = table)
        }
        Change::OtherQuestion => {
            let question = later
                .plan
                .questions
                .iter()
                .position(|q| Some(&q.id) == after.question.as_ref())
                .map_or_else(
                    || crate::tr!("tui-edit-no-question"),
                    |n| crate::tr!("tui-edit-question", number = n + 1),
                );
            crate::tr!(
                "tui-what-moved-to",
                kind = kind,
                text = text,
                place = question
            )
        }
        Change::Edited => crate::tr!("tui-what-edited", kind = kind, text = text),
        Change::Moved => crate::tr!("tui-what-moved", kind = kind, text = text),
    };
    // A move shifts its neighbours too: they are the same change, not more of them.
    Some(if alike > 0 && c != Change::Moved {
        crate::tr!("tui-what-more", what = words, count = alike)
    } else {
        words
    })
}

fn header(earlier: &Session, later: &Session) -> Option<String> {
    let value = |s: &Session, k: &str| s.header.get(k).map(|c| c.value.clone());
    let field =
        later.header.keys().chain(earlier.header.keys()).find(|k| {
            value(earlier, k).unwrap_or_default() != value(later, k).unwrap_or_default()
        })?;
    let label = later
        .template
        .header_field(field)
        .map_or_else(|| field.clone(), |h| h.label.clone());
    Some(crate::tr!("tui-what-header", field = label))
}

/// An entry put into the report or left out, or the report's order changed: in any slot whose
/// order the rapporteur sets (picked, ranked, or under another entry), at the top level and
/// under each entry. Of entries the reorder moved, `focus` is named.
fn report_choice(earlier: &Session, later: &Session, focus: Option<ItemId>) -> Option<String> {
    for slot in later.template.slots().filter(|s| s.can_reorder()) {
        for parent in choice_places(earlier, later, &slot.id) {
            let (was, now) = (
                earlier.chosen_in(parent, slot),
                later.chosen_in(parent, slot),
            );
            if was == now {
                continue;
            }
            let named = |id| {
                later
                    .item(id)
                    .map(|i| (kind(later, i), first_words(&i.text)))
            };
            if let Some((kind, text)) = now
                .iter()
                .find(|i| !was.contains(i))
                .and_then(|i| named(*i))
            {
                return Some(crate::tr!("tui-what-picked", kind = kind, text = text));
            }
            if let Some((kind, text)) = was
                .iter()
                .find(|i| !now.contains(i))
                .and_then(|i| named(*i))
            {
                return Some(crate::tr!("tui-what-unpicked", kind = kind, text = text));
            }
            let moved: Vec<ItemId> = (now.iter().zip(&was))
                .filter(|(a, b)| a != b)
                .map(|(a, _)| *a)
                .collect();
            let moved = match focus {
                Some(f) if moved.contains(&f) => Some(f),
                _ => moved.first().copied(),
            };
            if let Some((kind, text)) = moved.and_then(named) {
                return Some(crate::tr!("tui-what-reordered", kind = kind, text = text));
            }
        }
    }
    None
}

/// Where a choice of `slot`'s entries is made in either session: at the top level, and under
/// each entry that has one stored (a choice never made reads as capture order in both).
fn choice_places(earlier: &Session, later: &Session, slot: &SlotId) -> Vec<Option<ItemId>> {
    let under = |s: &Session| -> Vec<ItemId> {
        (s.picks_under.iter())
            .filter(|(_, m)| m.contains_key(slot))
            .map(|(parent, _)| *parent)
            .collect()
    };
    let parents: BTreeSet<ItemId> = under(earlier).into_iter().chain(under(later)).collect();
    std::iter::once(None)
        .chain(parents.into_iter().map(Some))
        .collect()
}

/// What kind of entry: its slot's label, in lower case, or "point".
fn kind(session: &Session, item: &Item) -> String {
    item.slot
        .as_ref()
        .and_then(|s| session.template.slot(s))
        .map_or_else(|| crate::tr!("tui-what-point"), |s| s.label.to_lowercase())
}

/// The first words of a text, on one line, cut after a word with "…" when long.
fn first_words(text: &str) -> String {
    const MOST: usize = 24;
    let start: String = text.chars().take(200).collect();
    let line = start.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= MOST && text.chars().count() <= 200 {
        return line;
    }
    let cut: String = line.chars().take(MOST).collect();
    // At a space when there is one far enough in (a word is not cut in the middle).
    let cut = match cut.rfind(' ') {
        Some(at) if at >= MOST / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewItem;
    use crate::model::test_support::{now, session};

    fn add(s: &mut Session, slot: Option<&str>, text: &str) -> crate::model::ItemId {
        let mut new = NewItem::point(Some("north"), None, text);
        if let Some(slot) = slot {
            new = new.in_slot(slot);
        }
        s.add(new, now()).expect("add")
    }

    #[test]
    fn a_new_entry_a_deletion_an_edit_and_a_move_are_named() {
        let mut s = session();
        let before = s.clone();
        let id = add(
            &mut s,
            Some("recommendation"),
            "Open up IOM programmes to civil society",
        );
        assert_eq!(
            what_changed(&before, &s, None),
            "new recommendation “Open up IOM programmes…”"
        );
        let added = s.clone();
        s.delete(id, now()).expect("delete");
        assert_eq!(
            what_changed(&added, &s, None),
            "deleted recommendation “Open up IOM programmes…”"
        );
        // Redoing an undone addition: the entry is live again.
        assert_eq!(
            what_changed(&s, &added, None),
            "new recommendation “Open up IOM programmes…”"
        );
        let mut edited = added.clone();
        edited
            .update(id, now(), |i| i.text = "Fund the helpline".into())
            .expect("edit");
        assert_eq!(
            what_changed(&added, &edited, None),
            "edited recommendation “Fund the helpline”"
        );
        let other = add(&mut edited, None, "a point");
        let before_move = edited.clone();
        edited.place_next_to(other, id, true, now()).expect("move");
        assert_eq!(
            what_changed(&before_move, &edited, Some(other)),
            "moved point “a point”"
        );
        assert_eq!(what_changed(&edited, &edited, None), "the last change");
    }

    #[test]
    fn leaving_out_putting_in_and_reordering_an_action_are_named() {
        let mut s = session();
        let rec = add(&mut s, Some("recommendation"), "Ratify the conventions");
        let action = |s: &mut Session, text: &str| {
            s.add(
                NewItem::point(Some("north"), None, text)
                    .in_slot("action")
                    .under(rec),
                now(),
            )
            .expect("add")
        };
        let x = action(&mut s, "Open up IOM programmes to civil society");
        let y = action(&mut s, "Lobby parliaments");
        let before = s.clone();
        s.set_picked(x, false, now()).expect("leave out");
        assert_eq!(
            what_changed(&before, &s, None),
            "left action “Open up IOM programmes…” out of the report"
        );
        // Redone the other way round: put back in.
        assert_eq!(
            what_changed(&s, &before, None),
            "put action “Open up IOM programmes…” into the report"
        );
        s.set_picked(x, true, now()).expect("put in");
        let before = s.clone();
        s.move_pick(x, true, now()).expect("move");
        assert_eq!(
            s.chosen_under(rec, s.template.slot("action").expect("slot")),
            [x, y]
        );
        // A swap moves two: the selected one is named; else the first in the new order.
        assert_eq!(
            what_changed(&before, &s, Some(x)),
            "reordered action “Open up IOM programmes…” in the report"
        );
        assert_eq!(
            what_changed(&before, &s, Some(y)),
            "reordered action “Lobby parliaments” in the report"
        );
        assert_eq!(
            what_changed(&before, &s, None),
            "reordered action “Open up IOM programmes…” in the report"
        );
    }

    #[test]
    fn reordering_a_ranked_slot_that_is_not_picked_from_is_named() {
        let mut s = session();
        std::sync::Arc::make_mut(&mut s.template).sections[1].slots[0].ranked =
            Some(crate::model::Ranking::Overall);
        let first = add(&mut s, Some("quote"), "We were never asked");
        let second = add(&mut s, Some("quote"), "Nothing about us");
        let before = s.clone();
        assert!(s.move_pick(second, true, now()).expect("move"));
        assert_eq!(
            what_changed(&before, &s, Some(second)),
            "reordered quote “Nothing about us” in the report"
        );
        // Undone: back to capture order, named alike.
        assert_eq!(
            what_changed(&s, &before, Some(first)),
            "reordered quote “We were never asked” in the report"
        );
    }
}
