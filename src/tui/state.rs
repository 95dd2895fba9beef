//! The app's state: the session being captured, where the user is in it, and the open
//! modes. Only the update changes it; views read it.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use ratatui::layout::Rect;

use super::command::Command;
use super::keymap::Keymap;
pub use super::modes::Mode;
pub use super::modes::pick::{Choice, PickOption, PickPurpose, Picker};
pub use super::modes::search::Search;
use crate::i18n;
use crate::model::{Item, ItemId, QuestionId, Session, Slot, SlotId, TableId};
use crate::storage::SaveState;

/// How many steps of session-wide undo are kept. Snapshots share unchanged items, so each
/// costs a pointer per item.
pub const UNDO_DEPTH: usize = 200;

/// Smallest window the full screen fits in; below it a short message is shown instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Question,
    Kind,
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

/// Where the last frame drew what can be clicked. The view returns it; the loop keeps it to
/// turn clicks into commands. It is not part of the app's state.
#[derive(Debug, Clone, Default)]
pub struct HitMap {
    pub tabs: Vec<(Rect, usize)>,
    pub items: Vec<(Rect, ItemId)>,
    pub questions: Vec<(Rect, usize)>,
    /// Where the terminal's cursor goes: the edit point of the text being typed, if any.
    pub cursor: Option<ratatui::layout::Position>,
}

impl HitMap {
    /// The command a click at this cell gives.
    pub fn at(&self, column: u16, row: u16) -> Option<Command> {
        let hit = |r: &Rect| {
            column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
        };
        if let Some((_, t)) = self.tabs.iter().find(|(r, _)| hit(r)) {
            return Some(Command::GoToTable(*t));
        }
        if let Some((_, id)) = self.items.iter().find(|(r, _)| hit(r)) {
            return Some(Command::SelectEntry(*id));
        }
        self.questions
            .iter()
            .find(|(r, _)| hit(r))
            .map(|(_, q)| Command::GoToQuestion(*q))
    }
}

/// The config file the app started with (when there was one) and what was wrong in it, each
/// problem in words with its line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigNote {
    pub path: Option<PathBuf>,
    pub problems: Vec<String>,
}

/// A line of the table view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A group heading; `current` marks the current question's group.
    Heading { text: String, current: bool },
    /// An entry, indented by `depth` (1 for actions under a recommendation).
    Item { id: ItemId, depth: u8 },
    /// Shown under the current question's heading while it is empty (the view words it,
    /// with the key that adds a point).
    Placeholder,
}

/// What the table view lists follows from the session and where the user is; it is worked
/// out again (by the update, never while drawing) when one of these changes.
type RowsKey = (u64, usize, Grouping, Option<usize>);

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
    /// Open modes, innermost last; the main screen is always at the bottom.
    pub modes: Vec<Mode>,
    pub mouse: bool,
    pub save: SaveState,
    pub message: Option<Message>,
    pub undo: Vec<Session>,
    pub redo: Vec<Session>,
    /// Goes up whenever the session changes.
    pub revision: u64,
    /// Goes up when entries are added, removed, moved or regrouped (not when only their text
    /// changes).
    pub structure: u64,
    /// The folder table files are merged from as they arrive (`--watch`).
    pub watching: Option<PathBuf>,
    /// The last file merged in, and when, for the header.
    pub last_arrival: Option<(String, chrono::DateTime<chrono::Utc>)>,
    /// The window's size, as last reported.
    pub size: (u16, u16),
    /// Quitting found unsaved changes it could not write; the next quit writes a rescue copy.
    pub quit_blocked: bool,
    /// The language the screen speaks and where it came from, for the file panel.
    pub language: i18n::Choice,
    /// Why a read-only window shows no newer version of the file it follows (gone, or
    /// unreadable): the last version read stays on screen meanwhile.
    pub follow_problem: Option<String>,
    /// The config file read at start-up and what was wrong in it, for the file panel.
    pub config: ConfigNote,
    /// The report files the last export wrote, for the file panel.
    pub exported: Vec<PathBuf>,
    rows: (Option<RowsKey>, Vec<Row>),
    counts: (Option<u64>, Vec<usize>),
    over: (Option<u64>, HashSet<ItemId>),
}

impl App {
    pub fn new(session: Session, path: PathBuf, read_only: Option<String>) -> App {
        let keymap = Keymap::new(&session.template);
        // The agenda's current phase may name its question (a café round, a question each).
        let question = session
            .phase_question()
            .or_else(|| (!session.plan.questions.is_empty()).then_some(0));
        let mut app = App {
            session,
            path,
            read_only,
            keymap,
            table: 0,
            question,
            selected: None,
            grouping: Grouping::Question,
            modes: vec![Mode::Normal],
            mouse: false,
            save: SaveState::default(),
            message: None,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            structure: 0,
            watching: None,
            last_arrival: None,
            size: (MIN_WIDTH, MIN_HEIGHT),
            quit_blocked: false,
            language: i18n::Choice {
                lang: i18n::current(),
                source: i18n::Source::Default,
                missing: None,
            },
            follow_problem: None,
            config: ConfigNote::default(),
            exported: Vec::new(),
            rows: (None, Vec::new()),
            counts: (None, Vec::new()),
            over: (None, HashSet::new()),
        };
        // Reopened (after a crash, say): back where the last change was made.
        let last = app
            .session
            .live_items()
            .max_by_key(|i| i.updated)
            .map(|i| (i.id, i.table.clone(), i.question.clone()));
        let last_table = last.as_ref().and_then(|(_, t, _)| {
            t.as_ref()
                .and_then(|t| app.session.plan.tables.iter().position(|x| x.id == *t))
        });
        app.table = app
            .home_table()
            .or(last_table)
            .or_else(|| app.session.phase_table())
            .unwrap_or(0);
        if let Some((id, _, q)) = last
            && last_table == Some(app.table)
        {
            app.selected = Some(id);
            app.question =
                q.and_then(|q| app.session.plan.questions.iter().position(|p| p.id == q));
        }
        app.refresh();
        app
    }

    /// The app speaking the language chosen at start-up (`--lang`, the environment…).
    pub fn language(mut self, choice: i18n::Choice) -> App {
        self.language = choice;
        self
    }

    /// The app told which config file it started with, and its problems.
    pub fn config(mut self, note: ConfigNote) -> App {
        self.config = note;
        self
    }

    /// The app with its mouse on or off at the start.
    pub fn mouse(mut self, on: bool) -> App {
        self.mouse = on;
        self
    }

    /// The app with these key tables (the defaults with the user's remapped keys).
    pub fn keys(mut self, keymap: Keymap) -> App {
        self.keymap = keymap;
        self
    }

    /// The app merging table files from `dir` as they arrive (`--watch`).
    pub fn watching(mut self, dir: Option<PathBuf>) -> App {
        self.watching = dir;
        self
    }

    /// The table of a table laptop's session.
    pub fn home_table(&self) -> Option<usize> {
        let t = self.session.home_table.as_ref()?;
        self.session.plan.tables.iter().position(|x| x.id == *t)
    }

    /// The id of the table on screen.
    pub fn table_id(&self) -> Option<&TableId> {
        self.session.plan.tables.get(self.table).map(|t| &t.id)
    }

    /// The id of the current guiding question, if one is current.
    pub fn question_id(&self) -> Option<&QuestionId> {
        self.question
            .and_then(|q| self.session.plan.questions.get(q))
            .map(|q| &q.id)
    }

    pub fn selected_item(&self) -> Option<&Item> {
        self.selected
            .and_then(|id| self.session.item(id))
            .filter(|i| i.is_live())
    }

    /// How many live entries each of the plan's tables has, in the plan's order.
    pub fn table_counts(&self) -> &[usize] {
        &self.counts.1
    }

    /// The entries going into the report past one of the form's limits (in total, or per
    /// table): the table view marks them.
    pub fn over_limit(&self) -> &HashSet<ItemId> {
        &self.over.1
    }

    /// The current table's entries as the table view lists them.
    pub fn rows(&self) -> &[Row] {
        &self.rows.1
    }

    /// The mode on top: the one that takes keys and draws last.
    pub fn mode(&self) -> &Mode {
        self.modes.last().unwrap_or(&Mode::Normal)
    }

    /// Whether the window is below the usable size: keys that would act unseen are ignored.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// Works out again what the table view lists and the tab bar counts, when what they
    /// follow from changed. Only the update calls this, after every change.
    pub fn refresh(&mut self) {
        let key = (self.structure, self.table, self.grouping, self.question);
        if self.rows.0 != Some(key) {
            let fresh = rows(
                &self.session,
                self.table_id(),
                self.grouping,
                self.question_id(),
            );
            self.rows = (Some(key), fresh);
        }
        if self.counts.0 != Some(self.structure) {
            let tables = &self.session.plan.tables;
            let position: HashMap<&TableId, usize> =
                tables.iter().enumerate().map(|(n, t)| (&t.id, n)).collect();
            let mut counts = vec![0usize; tables.len()];
            for i in self.session.live_items() {
                if let Some(&n) = i.table.as_ref().and_then(|t| position.get(t)) {
                    counts[n] += 1;
                }
            }
            self.counts = (Some(self.structure), counts);
        }
        // Once a change, not once a row: a limit counts the whole session.
        if self.over.0 != Some(self.structure) {
            let over = self
                .session
                .template
                .slots()
                .filter(|s| s.parent.is_none())
                .filter(|s| s.limit.is_some() || s.limit_per_table.is_some())
                .flat_map(|s| self.session.over_limit(s))
                .collect();
            self.over = (Some(self.structure), over);
        }
    }
}

/// The entries of `table`, grouped, each top-level entry followed by those under it.
pub fn rows(
    session: &Session,
    table: Option<&TableId>,
    grouping: Grouping,
    current_question: Option<&QuestionId>,
) -> Vec<Row> {
    let mut here: Vec<&Item> = session
        .live_items()
        .filter(|i| i.table.as_ref() == table)
        .collect();
    here.sort_unstable_by_key(|i| (i.rank, i.id));
    // Whether an entry is listed here (its parent may be at another table, or deleted).
    let listed = |id: &ItemId| {
        session
            .item(*id)
            .is_some_and(|i| i.is_live() && i.table.as_ref() == table)
    };
    let mut children: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
    let mut top: Vec<&Item> = Vec::with_capacity(here.len());
    // Under an entry, kinds come in the template's order (actions before indicators).
    let slot_pos = |i: &Item| {
        i.slot
            .as_ref()
            .and_then(|s| session.template.slots().position(|x| x.id == *s))
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
    // Each entry is put in its group once, in rank order. Group `count` is the last one, for
    // entries in none of the others.
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
            let position: HashMap<&QuestionId, usize> = questions
                .iter()
                .enumerate()
                .map(|(n, q)| (&q.id, n))
                .collect();
            let groups = in_groups(questions.len(), &mut |i| {
                i.question.as_ref().and_then(|q| position.get(q).copied())
            });
            let headings = questions
                .iter()
                .enumerate()
                .map(|(n, q)| (Some(&q.id), question_heading(n, &q.title)))
                .chain(std::iter::once((None, crate::tr!("tui-no-question"))));
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
                    out.push(Row::Placeholder);
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
            let position: HashMap<&SlotId, usize> = top_slots
                .iter()
                .enumerate()
                .map(|(n, s)| (&s.id, n))
                .collect();
            let groups = in_groups(top_slots.len(), &mut |i| {
                i.slot.as_ref().and_then(|s| position.get(s).copied())
            });
            let headings = top_slots
                .iter()
                .map(|s| s.plural().to_owned())
                .chain(std::iter::once(crate::tr!("tui-discussion-points")));
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

/// A guiding question's heading: "Q1 Recommendations for changes…".
pub fn question_heading(n: usize, title: &str) -> String {
    crate::tr!("tui-question-heading", number = n + 1, title = title)
}
