//! The picker's update: moving through the options and acting on the one chosen.

use chrono::{DateTime, Utc};

use super::{Choice, PickOption, PickPurpose, Picker};
use crate::model::{ItemId, SlotId};
use crate::tui::command::Command;
use crate::tui::modes::Mode;
use crate::tui::modes::common::{jump_to, say, try_change, warn_over_limit};
use crate::tui::modes::edit::update::new_in_slot;
use crate::tui::state::{App, Level};

pub fn update(app: &mut App, mut picker: Picker, command: Command, now: DateTime<Utc>) {
    let chosen = match command {
        Command::Close | Command::Quit => return,
        Command::SelectNext | Command::ScrollDown => {
            picker.selected = (picker.selected + 1).min(picker.options.len().saturating_sub(1));
            None
        }
        Command::SelectPrev | Command::ScrollUp => {
            picker.selected = picker.selected.saturating_sub(1);
            None
        }
        Command::Confirm => picker.options.get(picker.selected).cloned(),
        Command::Choose(n) => picker.options.get(n).cloned(),
        _ => None,
    };
    let Some(option) = chosen else {
        app.modes.push(Mode::Pick(picker));
        return;
    };
    match (picker.purpose, option.value) {
        (PickPurpose::New, Choice::Slot(slot)) => new_in_slot(app, &slot),
        (PickPurpose::Sort(id), Choice::Slot(slot)) => sort_into(app, id, Some(slot), now),
        (PickPurpose::Sort(id), Choice::Point) => sort_into(app, id, None, now),
        (PickPurpose::Parent { item, slot }, Choice::Entry(parent)) => {
            resort(app, item, Some(slot), Some(parent), now);
        }
        _ => {}
    }
}

/// Sorts `id` into `slot` (`None` for a plain point); a slot whose entries hang under another
/// asks which one first.
fn sort_into(app: &mut App, id: ItemId, slot: Option<SlotId>, now: DateTime<Utc>) {
    let parent_slot = slot
        .as_ref()
        .and_then(|s| app.session.template.slot(s))
        .and_then(|s| s.parent.clone());
    let Some(ps) = parent_slot else {
        resort(app, id, slot, None, now);
        return;
    };
    // Choose the entry it goes under: the current table's first.
    let here = app.table_id().cloned();
    let mut options: Vec<(bool, i64, PickOption)> = app
        .session
        .live_items()
        // Never the entry itself: it cannot hang under itself.
        .filter(|i| i.slot.as_ref() == Some(&ps) && i.id != id)
        .map(|i| {
            let table = i
                .table
                .as_deref()
                .and_then(|t| app.session.plan.table(t))
                .map_or_else(|| crate::tr!("tui-no-table"), |t| t.short.clone());
            let first_line = i.text.lines().next().unwrap_or("");
            (
                i.table != here,
                i.rank,
                PickOption {
                    value: Choice::Entry(i.id),
                    label: format!("{first_line}  ({table})"),
                    key: None,
                },
            )
        })
        .collect();
    options.sort_by_key(|(elsewhere, rank, _)| (*elsewhere, *rank));
    if options.is_empty() {
        let label = app
            .session
            .template
            .slot(&ps)
            .map_or_else(|| ps.to_string(), |s| s.label.to_lowercase());
        say(
            app,
            Level::Warning,
            crate::tr!("tui-pick-no-parent", kind = label),
        );
        return;
    }
    app.modes.push(Mode::Pick(Picker {
        purpose: PickPurpose::Parent {
            item: id,
            // A slot with a parent slot was chosen, so there is one.
            slot: slot.unwrap_or_else(|| ps.clone()),
        },
        title: crate::tr!("tui-pick-under-which"),
        options: options.into_iter().map(|(_, _, o)| o).collect(),
        selected: 0,
    }));
}

fn resort(
    app: &mut App,
    id: ItemId,
    slot: Option<SlotId>,
    parent: Option<ItemId>,
    now: DateTime<Utc>,
) {
    if try_change(app, |s| s.sort_into(id, slot.clone(), parent, now)).is_none() {
        return;
    }
    // Hung under an entry at another table, it moved there: the view goes with it.
    jump_to(app, id);
    let target = slot.and_then(|s| app.session.template.slot(&s));
    let text = target.map_or(crate::tr!("tui-now-point"), |t| {
        let article = match t.label.chars().next() {
            Some(c) if "AEIOUaeiou".contains(c) => "an",
            _ => "a",
        };
        // "Recommendation" reads as a word, "SDG lesson" keeps its capitals.
        let second_lower = t.label.chars().nth(1).is_some_and(char::is_lowercase);
        let word = if second_lower {
            t.label.to_lowercase()
        } else {
            t.label.clone()
        };
        crate::tr!("tui-now-slot", article = article, kind = word)
    });
    say(app, Level::Info, text);
    warn_over_limit(app, id);
}
