//! What a step of the undo history changed, in a few words, for "Undone: …" and "Redone: …".
//! The words come from comparing the session before and after the step, not from what the
//! step's command said it would do: they stay true when a merge from another laptop went
//! into the steps (see `update::keep_through_undo`), and a new command needs no words of its
//! own to be undone with a name.

use crate::model::{Item, ItemId, Session};

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
    if let Some(words) = report_choice(earlier, later) {
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

/// An entry put into the report or left out, or the report's order changed.
fn report_choice(earlier: &Session, later: &Session) -> Option<String> {
    for slot in later.template.slots().filter(|s| s.pick) {
        let (was, now) = (earlier.chosen(slot), later.chosen(slot));
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
        let moved = now.iter().zip(&was).find(|(a, b)| a != b).map(|(a, _)| *a);
        if let Some((kind, text)) = moved.and_then(named) {
            return Some(crate::tr!("tui-what-reordered", kind = kind, text = text));
        }
    }
    None
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
}
