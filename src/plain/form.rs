//! The report form from plain mode, as the live screen's editor and report view fill it: an
//! entry's fields (a recommendation's target, a quote's speaker, organisation and consent),
//! the report header, and which entries go into the report in what order. Changes go
//! through the same model calls (`Session::update`, `set_header`, `set_picked`,
//! `move_pick`); the answers are one sentence, or a sentence and a list.

use chrono::{DateTime, Utc};

use super::describe::{self, entry_named, first_words, kind, one_line};
use super::fields::{Field, Which, fields_of, find_field, parse_yes_no, slot_of, value_of};
use super::reply::{Reply, change, numbered, saved};
use super::state::State;
use crate::model::{Count, ItemId, Slot};
use crate::tr;

/// `/field N NAME VALUE`: sets one field of entry N; `-` as the value clears it.
pub fn set_field(
    state: &mut State,
    number: &str,
    name: &str,
    value: String,
    now: DateTime<Utc>,
) -> Reply {
    let (id, fields, named) = match with_fields(state, number) {
        Ok(found) => found,
        Err(r) => return r,
    };
    let ids = || {
        fields
            .iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(field) = find_field(&fields, name) else {
        return Reply::say(if name.is_empty() {
            tr!("plain-field-usage")
        } else {
            tr!("plain-no-field", entry = named, name = name, fields = ids())
        });
    };
    if value.is_empty() {
        return Reply::say(tr!("plain-field-usage"));
    }
    let consent = match field.which {
        Which::Consent => match parse_yes_no(&value) {
            Some(on) => Some(on),
            None => return Reply::say(tr!("plain-yes-no-usage")),
        },
        _ => None,
    };
    let clear = value == "-";
    if clear && field.which == Which::Text {
        // An entry's text is not cleared: it is edited, or the entry deleted.
        return Reply::say(tr!("plain-edit-usage"));
    }
    let value = match crate::model::parse_date(&value).filter(|_| field.date) {
        // A date is kept the one way the file keeps it (2026-12-8 becomes 2026-12-08).
        Some(day) if !clear => day.format("%Y-%m-%d").to_string(),
        _ if clear => String::new(),
        _ => value,
    };
    let which = field.which.clone();
    let label = field.label.clone();
    let what = {
        let (label, named) = (label.clone(), named.clone());
        move |_: &State, _: &()| tr!("plain-what-field", field = label, entry = named)
    };
    let shown = value.clone();
    let result = change(
        state,
        |s| {
            s.update(id, now, |i| match which {
                Which::Text => i.text = value,
                Which::Slot(f) if clear => {
                    i.fields.remove(&f);
                }
                Which::Slot(f) => {
                    i.fields.insert(f, value);
                }
                Which::Speaker => i.attribution.get_or_insert_default().speaker = value,
                Which::Organisation => i.attribution.get_or_insert_default().organisation = value,
                Which::Consent => {
                    i.attribution.get_or_insert_default().approved = consent.unwrap_or(false)
                }
            })
        },
        what,
    );
    if let Err(r) = result {
        return r;
    }
    state.current = Some(id);
    saved(match consent {
        Some(true) => tr!("plain-consent-yes", entry = named),
        Some(false) => tr!("plain-consent-no", entry = named),
        None if clear => tr!("plain-field-cleared", field = label, entry = named),
        None => tr!(
            "plain-field-set",
            field = label,
            entry = named,
            value = shown
        ),
    })
}

/// Entry `number`, its fields and how it is named; or the answer when it has none.
fn with_fields(state: &State, number: &str) -> Result<(ItemId, Vec<Field>, String), Reply> {
    let id = numbered(state, number)?;
    let item = state.session.item(id).ok_or_else(Reply::default)?;
    let fields = fields_of(&state.session, item);
    let named = entry_named(state, id);
    if fields.is_empty() {
        return Err(Reply::say(tr!("plain-no-fields", entry = named)));
    }
    Ok((id, fields, named))
}

/// `/fields N`: entry N's fields, one a line, with their values.
pub fn fields(state: &State, number: &str) -> Reply {
    let (id, fields, named) = match with_fields(state, number) {
        Ok(found) => found,
        Err(r) => return r,
    };
    let Some(item) = state.session.item(id) else {
        return Reply::default();
    };
    let mut out = tr!("plain-fields", entry = named, count = fields.len());
    for f in &fields {
        let value = value_of(item, &f.which);
        let value = if value.is_empty() && f.date {
            tr!("plain-empty-date")
        } else if value.is_empty() {
            tr!("plain-empty")
        } else {
            one_line(&value)
        };
        out.push('\n');
        out.push_str(&tr!(
            "plain-field-line",
            label = f.label.as_str(),
            id = f.id.as_str(),
            value = value
        ));
    }
    Reply::say(out)
}

/// `/header` lists the report header; `/header NAME VALUE` sets one field of it.
pub fn header(state: &mut State, name: &str, value: String, now: DateTime<Utc>) -> Reply {
    let fields = &state.session.template.header;
    if fields.is_empty() {
        return Reply::say(tr!("plain-no-header"));
    }
    if name.is_empty() {
        let mut out = tr!("plain-header", count = fields.len());
        for (n, f) in fields.iter().enumerate() {
            let v = state.session.header_value(&f.id);
            out.push('\n');
            out.push_str(&tr!(
                "plain-header-line",
                number = n + 1,
                label = f.label.as_str(),
                id = f.id.as_str(),
                value = if v.is_empty() { tr!("plain-empty") } else { v }
            ));
        }
        return Reply::say(out);
    }
    let n = name.to_lowercase();
    let found = match n.parse::<usize>() {
        Ok(k) if (1..=fields.len()).contains(&k) => fields.get(k - 1),
        _ => fields
            .iter()
            .find(|f| f.id.to_lowercase() == n)
            .or_else(|| {
                let begins: Vec<_> = fields
                    .iter()
                    .filter(|f| {
                        f.id.to_lowercase().starts_with(&n)
                            || f.label.to_lowercase().starts_with(&n)
                    })
                    .collect();
                match begins.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            }),
    };
    let Some(field) = found else {
        let ids: Vec<&str> = fields.iter().map(|f| f.id.as_str()).collect();
        return Reply::say(tr!(
            "plain-no-header-field",
            name = name,
            fields = ids.join(", ")
        ));
    };
    let (id, label) = (field.id.clone(), field.label.clone());
    if value.is_empty() {
        let v = state.session.header_value(&id);
        return Reply::say(tr!(
            "plain-header-value",
            label = label,
            value = if v.is_empty() { tr!("plain-empty") } else { v }
        ));
    }
    let value = one_line(&value);
    let what = {
        let label = label.clone();
        move |_: &State, _: &()| tr!("plain-what-header", field = label)
    };
    match change(state, |s| s.set_header(&id, value.clone(), now), what) {
        Ok(()) => saved(tr!("plain-header-set", label = label, value = value)),
        Err(r) => r,
    }
}

/// How an entry is named in `/report`: by its `/list` number here, with its table elsewhere.
fn reference(state: &State, id: ItemId) -> String {
    let Some(item) = state.session.item(id) else {
        return String::new();
    };
    let number = state.list_number(item);
    let text = first_words(&item.text);
    if item.table.as_ref() == state.table_id() {
        return tr!("plain-ref-here", number = number, text = text);
    }
    let table = item
        .table
        .as_ref()
        .and_then(|t| state.session.plan.tables.iter().find(|x| x.id == *t))
        .map_or_else(|| tr!("plain-q-none"), |t| t.short.clone());
    tr!(
        "plain-ref-there",
        table = table,
        number = number,
        text = text
    )
}

/// `/report`: slot by slot, what goes into the report in order, and what is left out.
pub fn report(state: &State) -> String {
    let session = &state.session;
    let mut out = tr!("plain-report", table = describe::table_name(state));
    let mut any = false;
    for slot in session.template.slots().filter(|s| s.parent.is_none()) {
        let going = session.chosen(slot);
        let left = session.left_out(slot);
        if going.is_empty() && left.is_empty() {
            continue;
        }
        any = true;
        let count = session.count(slot);
        out.push('\n');
        out.push_str(&standing(slot, count));
        out.push(' ');
        out.push_str(&if slot.pick {
            tr!("plain-report-picked")
        } else {
            tr!("plain-report-all")
        });
        for (n, id) in going.iter().enumerate() {
            out.push('\n');
            out.push_str(&tr!(
                "plain-report-in",
                position = n + 1,
                entry = reference(state, *id)
            ));
            under(state, *id, slot, &mut out);
        }
        for id in left {
            out.push('\n');
            out.push_str(&tr!("plain-report-out", entry = reference(state, id)));
        }
    }
    if !any {
        return tr!("plain-report-empty");
    }
    out
}

/// The entries under `parent` (its actions, indicators) going into the report with it, in
/// order, then those left out.
fn under(state: &State, parent: ItemId, slot: &Slot, out: &mut String) {
    let session = &state.session;
    for child in (session.template.slots()).filter(|c| c.parent.as_ref() == Some(&slot.id)) {
        for (n, id) in session.chosen_under(parent, child).into_iter().enumerate() {
            out.push('\n');
            out.push_str(&tr!(
                "plain-report-under-in",
                kind = child.label.as_str(),
                position = n + 1,
                entry = reference(state, id)
            ));
        }
        for id in session.left_out_under(parent, child) {
            out.push('\n');
            out.push_str(&tr!(
                "plain-report-under-out",
                kind = child.label.as_str(),
                entry = reference(state, id)
            ));
        }
    }
}

/// "Recommendations: 3 going in; the form allows 4."
fn standing(slot: &Slot, count: Count) -> String {
    let kind = slot.plural();
    match count.limit {
        None => tr!("plain-report-slot", kind = kind, count = count.going_in),
        Some(limit) if count.over() == 0 => tr!(
            "plain-report-slot-limit",
            kind = kind,
            count = count.going_in,
            limit = limit
        ),
        Some(limit) => tr!(
            "plain-report-slot-over",
            kind = kind,
            count = count.going_in,
            limit = limit,
            over = count.over()
        ),
    }
}

/// The slot entry `id` is chosen in (left out when `leave_out`, else reordered), or the
/// sentence saying it goes into the report by itself.
fn pick_slot(state: &State, id: ItemId, leave_out: bool) -> Result<Slot, Reply> {
    let session = &state.session;
    let can = |s: &Slot| {
        if leave_out {
            s.can_leave_out()
        } else {
            s.can_reorder()
        }
    };
    let slot = session
        .item(id)
        .and_then(|i| slot_of(session, i))
        .filter(|s| can(s));
    match slot {
        Some(s) => Ok(s.clone()),
        None => {
            let kinds: Vec<String> = session
                .template
                .slots()
                .filter(|s| can(s))
                .map(|s| s.plural().to_lowercase())
                .collect();
            Err(Reply::say(tr!(
                "plain-not-pickable",
                entry = entry_named(state, id),
                kinds = kinds.join(", ")
            )))
        }
    }
}

/// "Recommendation 3 is now number 2 of 4 in the report (the form allows 4)." For an entry
/// under another, the number among its siblings.
fn position_said(state: &State, id: ItemId) -> String {
    let going = state.session.siblings_going_in(id);
    let count = (state.session.count_with(id)).unwrap_or(Count {
        going_in: going.len(),
        limit: None,
    });
    let (kind, number) = (kind(&state.session, id), state.number_of(id).unwrap_or(0));
    let position = going.iter().position(|x| *x == id).map_or(0, |p| p + 1);
    match count.limit {
        None => tr!(
            "plain-in-report",
            kind = kind,
            number = number,
            position = position,
            count = going.len()
        ),
        Some(limit) if count.over() == 0 => tr!(
            "plain-in-report-limit",
            kind = kind,
            number = number,
            position = position,
            count = going.len(),
            limit = limit
        ),
        Some(limit) => tr!(
            "plain-in-report-over",
            kind = kind,
            number = number,
            position = position,
            count = going.len(),
            limit = limit,
            over = count.over()
        ),
    }
}

/// `/pick N` puts entry N into the report (at the end); `/unpick N` leaves it out.
pub fn pick(state: &mut State, number: &str, on: bool, now: DateTime<Utc>) -> Reply {
    let id = match numbered(state, number) {
        Ok(id) => id,
        Err(r) => return r,
    };
    if let Err(r) = pick_slot(state, id, true) {
        return r;
    }
    if state.session.siblings_going_in(id).contains(&id) == on {
        // Already so: nothing to change, or to undo.
        return Reply::say(if on {
            position_said(state, id)
        } else {
            unpicked(state, id)
        });
    }
    let named = entry_named(state, id);
    let what = move |_: &State, _: &Count| {
        if on {
            tr!("plain-what-pick", entry = named)
        } else {
            tr!("plain-what-unpick", entry = named)
        }
    };
    match change(state, |s| s.set_picked(id, on, now), what) {
        Ok(_) if on => saved(position_said(state, id)),
        Ok(_) => saved(unpicked(state, id)),
        Err(r) => r,
    }
}

fn unpicked(state: &State, id: ItemId) -> String {
    tr!(
        "plain-unpicked",
        kind = kind(&state.session, id),
        number = state.number_of(id).unwrap_or(0),
        count = state.session.siblings_going_in(id).len()
    )
}

/// `/move N POS`: puts picked entry N at position POS among its slot's entries in the report,
/// one place at a time as the live screen moves it.
pub fn move_to(state: &mut State, number: &str, position: &str, now: DateTime<Utc>) -> Reply {
    let id = match numbered(state, number) {
        Ok(id) => id,
        Err(r) => return r,
    };
    let Ok(wanted) = position.parse::<usize>() else {
        return Reply::say(tr!("plain-move-usage"));
    };
    if let Err(r) = pick_slot(state, id, false) {
        return r;
    }
    let going = state.session.siblings_going_in(id);
    let Some(from) = going.iter().position(|x| *x == id) else {
        return Reply::say(tr!(
            "plain-move-not-in",
            entry = entry_named(state, id),
            number = state.number_of(id).unwrap_or(0)
        ));
    };
    let to = wanted.clamp(1, going.len()) - 1;
    if to == from {
        return Reply::say(position_said(state, id));
    }
    let named = entry_named(state, id);
    let what = move |_: &State, _: &()| tr!("plain-what-move", entry = named);
    let moved = change(
        state,
        |s| {
            for _ in 0..from.abs_diff(to) {
                s.move_pick(id, to < from, now)?;
            }
            Ok(())
        },
        what,
    );
    match moved {
        Ok(()) => saved(position_said(state, id)),
        Err(r) => r,
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
