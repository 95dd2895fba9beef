//! Where plain mode is in the session, and what it remembers between lines; finding tables,
//! questions and kinds of entry by the names a person types. No I/O here.

use std::path::PathBuf;

use crate::model::{Item, ItemId, Session, Slot};
use crate::storage::SaveState;
use crate::tr;

/// How many steps of undo are kept (as on the live screen).
pub const UNDO_DEPTH: usize = 200;

/// Where plain mode is in the session, and what it remembers between lines.
pub struct State {
    pub session: Session,
    pub path: PathBuf,
    /// Why the session cannot be changed here, if it cannot.
    pub read_only: Option<String>,
    /// Index of the current table in the plan.
    pub table: usize,
    /// Index of the current guiding question; `None` for "no question".
    pub question: Option<usize>,
    /// The entry last added or edited: entries that go under another go under it (or under
    /// the one it hangs under), as on the live screen they go under the selected one.
    pub current: Option<ItemId>,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    pub save: SaveState,
    pub watching: Option<PathBuf>,
    /// A quit found changes it could not save; the next quit writes a rescue copy.
    pub quit_blocked: bool,
}

/// A change that can be undone: the session before it, and what it was in words
/// ("adding Recommendation 2, “Open legal pathways…”"), for `/undo` and `/redo` to name.
#[derive(Debug, Clone)]
pub struct Step {
    pub before: Session,
    pub what: String,
}

impl State {
    pub fn new(session: Session, path: PathBuf, read_only: Option<String>) -> State {
        // The agenda's current phase may name its question (a café round, a question each).
        let question = session
            .phase_question()
            .or_else(|| (!session.plan.questions.is_empty()).then_some(0));
        let mut state = State {
            session,
            path,
            read_only,
            table: 0,
            question,
            current: None,
            undo: Vec::new(),
            redo: Vec::new(),
            save: SaveState::default(),
            watching: None,
            quit_blocked: false,
        };
        // As the live screen: the laptop's own table, else where the last change was made,
        // else the table of the agenda's current phase.
        let plan = &state.session.plan;
        let position = |t: &crate::model::TableId| plan.tables.iter().position(|x| x.id == *t);
        let last = state.session.live_items().max_by_key(|i| i.updated);
        let home = state.session.home_table.as_ref().and_then(position);
        let last_table = last.and_then(|i| i.table.as_ref()).and_then(position);
        let phase_table = state.session.agenda.as_ref().and_then(|a| {
            match plan.agenda.get(a.phase)?.tables.as_slice() {
                [one] => position(one),
                _ => None,
            }
        });
        state.table = home.or(last_table).or(phase_table).unwrap_or(0);
        if let Some(item) = last
            && last_table == Some(state.table)
        {
            state.current = Some(item.id);
            state.question = item
                .question
                .as_ref()
                .and_then(|q| plan.questions.iter().position(|p| p.id == *q));
        }
        state
    }

    /// The table here, as the session names it.
    pub fn table_id(&self) -> Option<&crate::model::TableId> {
        self.session.plan.tables.get(self.table).map(|t| &t.id)
    }

    pub fn question_id(&self) -> Option<&crate::model::QuestionId> {
        self.question
            .and_then(|q| self.session.plan.questions.get(q))
            .map(|q| &q.id)
    }

    /// The current table's entries in the order `/list` numbers them: the order they were
    /// captured in (rank), so a new entry takes the next number and none moves.
    pub fn listed(&self) -> Vec<&Item> {
        self.listed_at(self.table_id())
    }

    /// A table's entries as `/list` numbers them when at that table.
    pub fn listed_at(&self, table: Option<&crate::model::TableId>) -> Vec<&Item> {
        let mut v: Vec<&Item> = self
            .session
            .live_items()
            .filter(|i| i.table.as_ref() == table)
            .collect();
        v.sort_by_key(|i| (i.rank, i.id));
        v
    }

    /// The number `/list` gives an entry at its own table (0 for one no longer listed).
    pub fn list_number(&self, item: &Item) -> usize {
        self.listed_at(item.table.as_ref())
            .iter()
            .position(|i| i.id == item.id)
            .map_or(0, |n| n + 1)
    }

    /// The number `/list` gives an entry, if it is listed here.
    pub fn number_of(&self, id: ItemId) -> Option<usize> {
        self.listed().iter().position(|i| i.id == id).map(|n| n + 1)
    }
}

/// A slot named by its id, its label or plural (any case), a unique beginning of its id of at
/// least three letters, or (with `keys`) its one-letter key.
pub fn find_slot(session: &Session, name: &str, keys: bool) -> Option<Slot> {
    let name = name.to_lowercase();
    if name.is_empty() {
        return None;
    }
    let slots: Vec<&Slot> = session.template.slots().collect();
    let exact = slots.iter().find(|s| {
        s.id.to_lowercase() == name
            || s.label.to_lowercase() == name
            || s.plural().to_lowercase() == name
            || (keys && s.key.as_deref().is_some_and(|k| k.to_lowercase() == name))
    });
    if let Some(s) = exact {
        return Some((*s).clone());
    }
    let begins: Vec<&&Slot> = slots
        .iter()
        .filter(|s| name.chars().count() >= 3 && s.id.to_lowercase().starts_with(&name))
        .collect();
    match begins.as_slice() {
        [one] => Some((**one).clone()),
        _ => None,
    }
}

/// A table by number (from 1), id, or the beginning of its id, short name or name.
pub fn find_table(session: &Session, which: &str) -> Result<usize, String> {
    let tables = &session.plan.tables;
    if let Ok(n) = which.parse::<usize>() {
        return match n {
            1.. if n <= tables.len() => Ok(n - 1),
            _ => Err(tr!(
                "plain-no-table-number",
                number = n,
                count = tables.len()
            )),
        };
    }
    let w = which.to_lowercase();
    if let Some(n) = tables
        .iter()
        .position(|t| t.id.to_lowercase() == w || t.short.to_lowercase() == w)
    {
        return Ok(n);
    }
    let begins: Vec<usize> = tables
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            [t.id.as_str(), t.short.as_str(), t.name.as_str()]
                .iter()
                .any(|s| s.to_lowercase().starts_with(&w))
        })
        .map(|(n, _)| n)
        .collect();
    match begins.as_slice() {
        [one] => Ok(*one),
        [] => Err(tr!("plain-no-table", name = which)),
        many => Err(tr!(
            "plain-tables-ambiguous",
            name = which,
            tables = many
                .iter()
                .map(|n| tables[*n].short.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// A question by number (from 1) or id; `none` (or 0) for no question.
pub fn find_question(session: &Session, which: &str) -> Result<Option<usize>, String> {
    let qs = &session.plan.questions;
    let w = which.to_lowercase();
    if w == "none" || w == "0" || w == "-" {
        return Ok(None);
    }
    if let Ok(n) = w.trim_start_matches('q').parse::<usize>()
        && (1..=qs.len()).contains(&n)
    {
        return Ok(Some(n - 1));
    }
    if let Some(n) = qs.iter().position(|q| q.id.to_lowercase() == w) {
        return Ok(Some(n));
    }
    Err(tr!("plain-no-question", name = which, count = qs.len()))
}
