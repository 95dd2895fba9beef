//! The words plain mode reads out about where it is and what is there: the prompt, the
//! lists (`/list`, `/tables`, `/questions`, `/help`), the timer and the file. Pure: they read
//! the state and return text.

use chrono::{DateTime, Utc};

use super::command::NAMES;
use super::fields::{Which, fields_of, value_of};
use super::state::State;
use crate::model::{Item, ItemId, Passed, Session};
use crate::tr;

/// The prompt before each line: the table and the question, short.
pub fn prompt(state: &State) -> String {
    let table = table_name(state);
    let text = match question(state) {
        Some((number, title)) => tr!(
            "plain-prompt",
            table = table,
            number = number,
            title = short(title, 24)
        ),
        None => tr!("plain-prompt-no-question", table = table),
    };
    format!("{text}> ")
}

/// The current table's short name.
pub fn table_name(state: &State) -> String {
    state
        .session
        .plan
        .tables
        .get(state.table)
        .map_or_else(String::new, |t| t.short.clone())
}

/// The current question's number (from 1) and title.
fn question(state: &State) -> Option<(usize, &str)> {
    let n = state.question?;
    let q = state.session.plan.questions.get(n)?;
    Some((n + 1, q.title.as_str()))
}

/// The beginning of `text`, cut at a word, at most `max` characters.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let longer = out.chars().count() + word.chars().count() + usize::from(!out.is_empty());
        if longer > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        text.chars().take(max).collect()
    } else {
        out
    }
}

/// "Asia, Q2": where a new entry went.
pub fn place(state: &State) -> String {
    let table = table_name(state);
    match question(state) {
        Some((number, _)) => tr!("plain-place", table = table, number = number),
        None => tr!("plain-place-no-question", table = table),
    }
}

/// "Now at Asia, question 2: Actors for success."
pub fn where_now(state: &State) -> String {
    let table = state
        .session
        .plan
        .tables
        .get(state.table)
        .map_or_else(String::new, |t| t.name.clone());
    let question = match question(state) {
        Some((number, title)) => tr!("plain-question-label", number = number, title = title),
        None => tr!("plain-no-question-label"),
    };
    tr!(
        "plain-where",
        table = table,
        question = question,
        count = state.listed().len()
    )
}

pub fn tables(state: &State) -> String {
    let plan = &state.session.plan;
    let mut out = tr!(
        "plain-tables",
        count = plan.tables.len(),
        current = table_name(state)
    );
    for (n, t) in plan.tables.iter().enumerate() {
        let count = state
            .session
            .live_items()
            .filter(|i| i.table.as_ref() == Some(&t.id))
            .count();
        out.push('\n');
        out.push_str(&tr!(
            "plain-table-line",
            number = n + 1,
            name = t.name.as_str(),
            id = t.id.as_str(),
            count = count
        ));
    }
    out
}

pub fn questions(state: &State) -> String {
    let qs = &state.session.plan.questions;
    if qs.is_empty() {
        return tr!("plain-no-questions");
    }
    let current = match question(state) {
        Some((number, _)) => tr!("plain-q-short", number = number),
        None => tr!("plain-q-none"),
    };
    let mut out = tr!("plain-questions", count = qs.len(), current = current);
    for (n, q) in qs.iter().enumerate() {
        out.push('\n');
        out.push_str(&tr!(
            "plain-question-line",
            number = n + 1,
            title = q.title.as_str(),
            text = one_line(&q.text)
        ));
    }
    out
}

/// An entry's text on one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of an entry's text, on one line, with "…" when cut.
pub fn first_words(text: &str) -> String {
    let line = one_line(text);
    let cut = short(&line, 32);
    if cut.chars().count() < line.chars().count() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// "Recommendation 2, “Open legal pathways for…”": an entry's kind, its number in `/list`
/// at its table, and its first words.
pub fn entry_named(state: &State, id: ItemId) -> String {
    let Some(item) = state.session.item(id) else {
        return String::new();
    };
    let number = state.list_number(item);
    tr!(
        "plain-entry-named",
        kind = kind(&state.session, id),
        number = number,
        text = first_words(&item.text)
    )
}

/// What kind of entry this is: its slot's label, or "Point".
pub fn kind(session: &Session, id: ItemId) -> String {
    session
        .item(id)
        .and_then(|i| i.slot.as_ref())
        .and_then(|s| session.template.slot(s))
        .map_or_else(|| tr!("plain-kind-point"), |s| s.label.clone())
}

pub fn list(state: &State) -> String {
    let listed = state.listed();
    if listed.is_empty() {
        return tr!("plain-list-empty", table = table_name(state));
    }
    let questions = &state.session.plan.questions;
    let mut out = tr!(
        "plain-list",
        table = table_name(state),
        count = listed.len()
    );
    for (n, item) in listed.iter().enumerate() {
        let question = item
            .question
            .as_ref()
            .and_then(|q| questions.iter().position(|x| x.id == *q))
            .map_or_else(
                || tr!("plain-q-none"),
                |q| tr!("plain-q-short", number = q + 1),
            );
        let kind = kind(&state.session, item.id);
        let mut text = one_line(&item.text);
        if let Some(brief) = brief(&state.session, item) {
            text.push_str(&format!(" ({brief})"));
        }
        let parent = item
            .parent
            .and_then(|p| listed.iter().position(|i| i.id == p));
        out.push('\n');
        out.push_str(&match parent {
            Some(p) => tr!(
                "plain-list-line-under",
                number = n + 1,
                kind = kind,
                parent = p + 1,
                question = question,
                text = text
            ),
            None => tr!(
                "plain-list-line",
                number = n + 1,
                kind = kind,
                question = question,
                text = text
            ),
        });
    }
    out
}

pub fn info(state: &State) -> String {
    let save = if state.read_only.is_some() {
        tr!("plain-info-nothing-saved")
    } else if let Some(e) = &state.save.error {
        tr!("plain-info-save-failed", why = e.as_str())
    } else if state.save.pending() {
        tr!("plain-info-saving")
    } else if let Some(at) = state.save.saved_at {
        let time = at
            .with_timezone(&chrono::Local)
            .format("%H:%M:%S")
            .to_string();
        tr!("plain-info-saved", time = time)
    } else {
        tr!("plain-info-unchanged")
    };
    let lock = match &state.read_only {
        Some(why) => tr!("plain-info-read-only", why = why.as_str()),
        None => tr!("plain-info-locked"),
    };
    let mut parts = vec![
        tr!("plain-info-file", file = state.path.as_path()),
        save,
        lock,
    ];
    if let Some(dir) = &state.watching {
        parts.push(tr!("plain-info-watching", dir = dir.as_path()));
    }
    parts.push(tr!(
        "plain-info-language",
        language = crate::i18n::current().name()
    ));
    format!("{}.", parts.join("; "))
}

pub fn help(session: &Session) -> String {
    let mut out = tr!("plain-help");
    for (name, aliases) in NAMES {
        // One message per command: `plain-help-new_point`, …
        let id = ["plain-help-", name].concat();
        out.push_str("\n/");
        out.push_str(&crate::i18n::text(&id, &[]));
        if !aliases.is_empty() {
            let also: Vec<String> = aliases.iter().map(|a| format!("/{a}")).collect();
            out.push_str(&tr!("plain-help-aliases", aliases = also.join(", ")));
        }
    }
    out.push_str("\n/");
    out.push_str(&tr!("plain-help-slash"));
    out.push('\n');
    out.push_str(&tr!("plain-help-slots"));
    for slot in session.template.slots() {
        out.push('\n');
        let mut line = match &slot.key {
            Some(key) => tr!(
                "plain-help-slot",
                id = slot.id.as_str(),
                key = key.as_str(),
                label = slot.label.as_str()
            ),
            None => tr!(
                "plain-help-slot-no-key",
                id = slot.id.as_str(),
                label = slot.label.as_str()
            ),
        };
        if let Some(parent) = slot.parent.as_ref().and_then(|p| session.template.slot(p)) {
            line.push_str(&tr!(
                "plain-help-slot-under",
                parent = parent.label.to_lowercase()
            ));
        }
        out.push_str(&line);
    }
    out
}

/// The agenda timer in one sentence.
pub fn timer(session: &Session, now: DateTime<Utc>) -> String {
    let Some(view) = session
        .agenda
        .as_ref()
        .and_then(|a| a.view(&session.plan, now))
    else {
        return tr!("plain-no-agenda");
    };
    let (number, count, phase) = (view.index + 1, view.count, view.phase.title.as_str());
    let left = view.remaining_secs;
    // Whole minutes, rounded up: "1 minute left" until the time is up.
    let minutes = left.unsigned_abs().div_ceil(60);
    match (view.running, left >= 0) {
        (true, true) => tr!(
            "plain-timer-running",
            number = number,
            count = count,
            phase = phase,
            minutes = minutes
        ),
        (false, true) => tr!(
            "plain-timer-paused",
            number = number,
            count = count,
            phase = phase,
            minutes = minutes
        ),
        (true, false) => tr!(
            "plain-timer-running-over",
            number = number,
            count = count,
            phase = phase,
            minutes = minutes
        ),
        (false, false) => tr!(
            "plain-timer-paused-over",
            number = number,
            count = count,
            phase = phase,
            minutes = minutes
        ),
    }
}

/// The report form's limit, passed by the entry just added: a warning, never a refusal.
/// What goes into the report counts: an entry left out counts against no limit.
pub fn over_limit(session: &Session, id: ItemId) -> Option<String> {
    let passed = session.limit_passed_by(id)?;
    let item = session.item(id)?;
    let slot = session.template.slot(item.slot.as_ref()?)?;
    let kind = slot.plural().to_lowercase();
    Some(match passed {
        Passed::Under(count) => tr!(
            "plain-over-limit-under",
            count = count.going_in,
            kind = kind,
            limit = count.limit.unwrap_or_default()
        ),
        Passed::Total(count) => tr!(
            "plain-over-limit",
            count = count.going_in,
            kind = kind,
            limit = count.limit.unwrap_or_default()
        ),
        Passed::Table(table, count) => {
            let limit = count.limit.unwrap_or_default();
            match table.as_ref().and_then(|t| session.plan.table(t)) {
                Some(t) => tr!(
                    "plain-over-limit-table",
                    count = count.going_in,
                    kind = kind,
                    table = t.short.as_str(),
                    limit = limit
                ),
                None => tr!(
                    "plain-over-limit-no-table",
                    count = count.going_in,
                    kind = kind,
                    limit = limit
                ),
            }
        }
    })
}

/// The fields that are filled, briefly, for `/list`: "Target: Governments".
pub fn brief(session: &Session, item: &Item) -> Option<String> {
    let parts: Vec<String> = fields_of(session, item)
        .iter()
        .filter_map(|f| {
            let value = value_of(item, &f.which);
            let show = match f.which {
                // The text is the line itself.
                Which::Text => false,
                // Consent is told once a speaker is named, or when it was given.
                Which::Consent => item
                    .attribution
                    .as_deref()
                    .is_some_and(|a| a.approved || !a.speaker.trim().is_empty()),
                _ => !value.trim().is_empty(),
            };
            show.then(|| format!("{}: {}", f.label, first_words(&value)))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}
