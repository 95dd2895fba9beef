//! The app's state: the session being captured plus what the screen is showing. Only
//! `update` changes it; views read it.

use std::collections::HashMap;
use std::path::PathBuf;

use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

use super::editor::Editor;
use super::keymap::Keymap;
use crate::model::{Item, ItemId, Session, Slot};
use crate::storage::SaveState;

/// How many steps of session-wide undo are kept. Snapshots share unchanged items, so each
/// costs a pointer per item.
pub const UNDO_DEPTH: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Question,
    Kind,
}

#[derive(Debug)]
pub enum Mode {
    Normal,
    Edit(Box<Editor>),
    Help {
        scroll: u16,
    },
    Search(Box<Search>),
    Pick(Picker),
    Aims {
        scroll: u16,
    },
    FileInfo,
    /// The report view; `cursor` is the selected row.
    Report {
        cursor: usize,
    },
    /// Asking for a file or folder to merge in.
    Import(Box<TextArea<'static>>),
}

#[derive(Debug)]
pub struct Search {
    pub query: TextArea<'static>,
    pub results: Vec<ItemId>,
    pub selected: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    /// Type a new entry of the chosen slot.
    New,
    /// Sort this entry into the chosen slot.
    Sort(ItemId),
    /// Hang `item` (sorted into `slot`) under the chosen entry.
    Parent { item: ItemId, slot: String },
}

/// A list to choose from: each option is a value and the words shown for it.
#[derive(Debug, Clone)]
pub struct Picker {
    pub purpose: PickPurpose,
    pub title: String,
    pub options: Vec<PickOption>,
    pub selected: usize,
}

#[derive(Debug, Clone)]
pub struct PickOption {
    /// A slot id (or "" for a plain point), or an item id for a parent.
    pub value: String,
    pub label: String,
    /// A key that picks this option at once.
    pub key: Option<char>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub level: Level,
}

/// Where things were drawn in the last frame, for mouse clicks.
#[derive(Debug, Clone, Default)]
pub struct HitMap {
    pub tabs: Vec<(Rect, usize)>,
    pub items: Vec<(Rect, ItemId)>,
    pub questions: Vec<(Rect, usize)>,
}

/// A line of the table view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A group heading; `current` marks the current question's group.
    Heading { text: String, current: bool },
    /// An entry, indented by `depth` (1 for actions under a recommendation).
    Item { id: ItemId, depth: u8 },
    /// Shown under the current question's heading while it is empty.
    Placeholder(String),
}

pub struct App {
    pub session: Session,
    pub path: PathBuf,
    /// Why the session cannot be changed here, if it cannot.
    pub read_only: Option<String>,
    pub keymap: Keymap,
    /// Index of the current table in the plan.
    pub table: usize,
    /// Index of the current guiding question; `None` for "no question".
    pub question: Option<usize>,
    pub selected: Option<ItemId>,
    pub grouping: Grouping,
    pub mode: Mode,
    pub projector: bool,
    pub mouse: bool,
    pub save: SaveState,
    pub message: Option<Message>,
    pub undo: Vec<Session>,
    pub redo: Vec<Session>,
    /// Goes up whenever the session changes; the loop hands a snapshot to the autosaver then.
    pub revision: u64,
    pub quit: bool,
    pub hits: HitMap,
    /// Where an editor opened from the report view returns to.
    pub back_to_report: Option<usize>,
    /// The folder table files are merged from as they arrive (`--watch`).
    pub watching: Option<PathBuf>,
    /// The last file merged in, and when, for the header.
    pub last_arrival: Option<(String, chrono::DateTime<chrono::Utc>)>,
    /// The window is below the usable size: keys that would act unseen are ignored.
    pub too_small: bool,
    /// Goes up when entries are added, removed, moved or regrouped (not when only their text
    /// changes): the table view's rows are recomputed only then.
    pub structure: u64,
    /// The table view's rows for (structure, table, grouping, question). A memo, not state:
    /// rows are a function of the session, kept so a frame costs what is visible.
    rows_cache: std::cell::RefCell<Option<RowsKey>>,
    /// Live entries per table (the tab bar's counts) for `structure`: also a memo.
    counts_cache: std::cell::RefCell<Option<(u64, std::rc::Rc<Vec<usize>>)>>,
}

type RowsKey = ((u64, usize, Grouping, Option<usize>), std::rc::Rc<Vec<Row>>);

impl App {
    pub fn new(mut session: Session, path: PathBuf, read_only: Option<String>) -> App {
        // Id order makes looking an entry up a binary search (see `Session::position`).
        if !session.items.is_sorted_by_key(|i| i.id) {
            session.items.sort_by_key(|i| i.id);
        }
        let keymap = Keymap::new(&session.template);
        let question = (!session.plan.questions.is_empty()).then_some(0);
        let mut app = App {
            session,
            path,
            read_only,
            keymap,
            table: 0,
            question,
            selected: None,
            grouping: Grouping::Question,
            mode: Mode::Normal,
            projector: false,
            mouse: false,
            save: SaveState::default(),
            message: None,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            quit: false,
            hits: HitMap::default(),
            back_to_report: None,
            watching: None,
            last_arrival: None,
            too_small: false,
            structure: 0,
            rows_cache: std::cell::RefCell::new(None),
            counts_cache: std::cell::RefCell::new(None),
        };
        // Reopened (after a crash, say): back where the last change was made.
        let last = app
            .session
            .live_items()
            .max_by_key(|i| i.updated)
            .map(|i| (i.id, i.table.clone(), i.question.clone()));
        let last_table = last.as_ref().and_then(|(_, t, _)| {
            t.as_deref()
                .and_then(|t| app.session.plan.tables.iter().position(|x| x.id == t))
        });
        app.table = app
            .home_table()
            .or(last_table)
            .or_else(|| app.phase_table())
            .unwrap_or(0);
        if let Some((id, _, q)) = last
            && last_table == Some(app.table)
        {
            app.selected = Some(id);
            app.question =
                q.and_then(|q| app.session.plan.questions.iter().position(|p| *p.id == *q));
        }
        app
    }

    /// The table of a table laptop's session.
    pub fn home_table(&self) -> Option<usize> {
        let t = self.session.home_table.as_deref()?;
        self.session.plan.tables.iter().position(|x| x.id == t)
    }

    /// The table the current agenda phase is about, when it names exactly one.
    fn phase_table(&self) -> Option<usize> {
        let a = self.session.agenda.as_ref()?;
        let phase = self.session.plan.agenda.get(a.phase)?;
        match phase.tables.as_slice() {
            [one] => self.session.plan.tables.iter().position(|t| &t.id == one),
            _ => None,
        }
    }

    pub fn table_id(&self) -> Option<&str> {
        self.session
            .plan
            .tables
            .get(self.table)
            .map(|t| t.id.as_str())
    }

    pub fn question_id(&self) -> Option<&str> {
        self.question
            .and_then(|q| self.session.plan.questions.get(q))
            .map(|q| q.id.as_str())
    }

    pub fn selected_item(&self) -> Option<&Item> {
        self.selected
            .and_then(|id| self.session.item(id))
            .filter(|i| i.is_live())
    }

    /// How many live entries each of the plan's tables has, in the plan's order.
    pub fn table_counts(&self) -> std::rc::Rc<Vec<usize>> {
        if let Some((k, counts)) = &*self.counts_cache.borrow()
            && *k == self.structure
        {
            return counts.clone();
        }
        let tables = &self.session.plan.tables;
        let mut counts = vec![0usize; tables.len()];
        for i in self.session.live_items() {
            if let Some(pos) = i
                .table
                .as_deref()
                .and_then(|t| tables.iter().position(|x| x.id == t))
            {
                counts[pos] += 1;
            }
        }
        let fresh = std::rc::Rc::new(counts);
        *self.counts_cache.borrow_mut() = Some((self.structure, fresh.clone()));
        fresh
    }

    /// The current table's entries as the table view lists them.
    pub fn rows(&self) -> std::rc::Rc<Vec<Row>> {
        let key = (self.structure, self.table, self.grouping, self.question);
        if let Some((k, rows)) = &*self.rows_cache.borrow()
            && *k == key
        {
            return rows.clone();
        }
        let fresh = std::rc::Rc::new(rows(
            &self.session,
            self.table_id(),
            self.grouping,
            self.question_id(),
        ));
        *self.rows_cache.borrow_mut() = Some((key, fresh.clone()));
        fresh
    }
}

/// The entries of `table`, grouped, each top-level entry followed by those under it.
pub fn rows(
    session: &Session,
    table: Option<&str>,
    grouping: Grouping,
    current_question: Option<&str>,
) -> Vec<Row> {
    let mut here: Vec<&Item> = Vec::with_capacity(session.items.len());
    here.extend(session.live_items().filter(|i| i.table.as_deref() == table));
    // Ids are unique, so an unstable sort gives the same order, faster.
    here.sort_unstable_by_key(|i| (i.rank, i.id));
    // Whether an entry is listed here: a lookup in the session (entries are in id order)
    // costs less than a set of every id at this table.
    let listed = |id: &ItemId| {
        session
            .item(*id)
            .is_some_and(|i| i.is_live() && i.table.as_deref() == table)
    };
    let mut children: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
    let mut top: Vec<&Item> = Vec::with_capacity(here.len());
    // Under an entry, kinds come in the template's order (actions before indicators).
    let slot_pos = |i: &Item| {
        i.slot
            .as_deref()
            .and_then(|s| session.template.slots().position(|x| x.id == s))
            .unwrap_or(usize::MAX)
    };
    let mut kids: Vec<&Item> = here
        .iter()
        .copied()
        .filter(|i| i.parent.is_some_and(|p| listed(&p)))
        .collect();
    kids.sort_unstable_by_key(|i| (slot_pos(i), i.rank, i.id));
    for i in kids {
        if let Some(p) = i.parent {
            children.entry(p).or_default().push(i.id);
        }
    }
    for i in &here {
        match i.parent.filter(|p| listed(p)) {
            Some(_) => {}
            // An entry whose parent is elsewhere (or deleted) is listed on its own, never hidden.
            None => top.push(i),
        }
    }
    let push_with_children = |out: &mut Vec<Row>, item: &Item| {
        out.push(Row::Item {
            id: item.id,
            depth: 0,
        });
        for c in children.get(&item.id).into_iter().flatten() {
            out.push(Row::Item { id: *c, depth: 1 });
        }
    };
    // Each entry is put in its group once, in rank order: comparing every entry with every
    // group's id was most of a first frame's cost on a large session. Group `count` is the
    // last one, for entries in none of the others.
    let in_groups = |count: usize, group_of: &mut dyn FnMut(&Item) -> Option<usize>| {
        let mut groups: Vec<Vec<&Item>> = vec![Vec::new(); count + 1];
        for i in &top {
            if let Some(g) = groups.get_mut(group_of(i).unwrap_or(count)) {
                g.push(i);
            }
        }
        groups
    };
    let mut out = Vec::with_capacity(here.len() + 8);
    match grouping {
        Grouping::Question => {
            let questions = &session.plan.questions;
            let groups = in_groups(questions.len(), &mut |i| {
                i.question
                    .as_deref()
                    .and_then(|q| questions.iter().position(|x| x.id == q))
            });
            let headings = questions
                .iter()
                .enumerate()
                .map(|(n, q)| (Some(q.id.as_str()), format!("Q{} {}", n + 1, q.title)))
                .chain(std::iter::once((None, "No guiding question".to_owned())));
            for ((qid, heading), members) in headings.zip(groups) {
                let current = qid == current_question;
                if qid.is_none() && members.is_empty() && !current {
                    continue;
                }
                out.push(Row::Heading {
                    text: heading,
                    current,
                });
                if members.is_empty() && current {
                    out.push(Row::Placeholder(
                        "nothing yet: press n to add a point".into(),
                    ));
                }
                for m in members {
                    push_with_children(&mut out, m);
                }
            }
        }
        Grouping::Kind => {
            let top_slots: Vec<&Slot> = session
                .template
                .slots()
                .filter(|s| s.parent.is_none())
                .collect();
            let groups = in_groups(top_slots.len(), &mut |i| {
                i.slot
                    .as_deref()
                    .and_then(|s| top_slots.iter().position(|x| x.id == s))
            });
            let headings = top_slots
                .iter()
                .map(|s| s.plural().to_owned())
                .chain(std::iter::once("Discussion points".to_owned()));
            for (heading, members) in headings.zip(groups) {
                if members.is_empty() {
                    continue;
                }
                out.push(Row::Heading {
                    text: heading,
                    current: false,
                });
                for m in members {
                    push_with_children(&mut out, m);
                }
            }
        }
    }
    out
}
