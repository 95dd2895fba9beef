//! Going to any table from a short list of them all: typing digits or letters narrows it to
//! the tables whose number starts with the digits or whose name holds the letters; Enter
//! goes to the highlighted one, Esc goes nowhere. For plans with more tables than the tab
//! bar shows and the number keys reach (1–9).

pub mod update;

use crossterm::event::KeyCode;
use ratatui_textarea::TextArea;

use crate::model::{Plan, fold};
use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind_in};

#[derive(Debug)]
pub struct TableList {
    /// What was typed to narrow the list.
    pub filter: TextArea<'static>,
    /// Position of the highlighted table among those that match.
    pub selected: usize,
}

impl TableList {
    /// The list opened with the current table highlighted.
    pub fn new(plan: &Plan, current: usize) -> TableList {
        let mut list = TableList {
            filter: TextArea::default(),
            selected: 0,
        };
        list.selected = list
            .matches(plan)
            .iter()
            .position(|&n| n == current)
            .unwrap_or(0);
        list
    }

    /// What was typed, as one line.
    pub fn query(&self) -> String {
        self.filter.lines().join(" ").trim().to_owned()
    }

    /// The positions in the plan of the tables that match what was typed, best first: a
    /// table whose number is exactly the digits typed, then those whose number starts with
    /// them; or those whose name (full or short) holds the letters, those starting with them
    /// first.
    pub fn matches(&self, plan: &Plan) -> Vec<usize> {
        matching(plan, &self.query())
    }
}

pub fn matching(plan: &Plan, query: &str) -> Vec<usize> {
    let all = 0..plan.tables.len();
    if query.is_empty() {
        return all.collect();
    }
    if query.chars().all(|c| c.is_ascii_digit()) {
        let mut hits: Vec<usize> = all
            .filter(|n| (n + 1).to_string().starts_with(query))
            .collect();
        hits.sort_by_key(|n| (n + 1).to_string() != query);
        return hits;
    }
    let q = fold(query);
    let mut hits: Vec<(bool, usize)> = plan
        .tables
        .iter()
        .enumerate()
        .filter_map(|(n, t)| {
            let (short, name) = (fold(&t.short), fold(&t.name));
            let found = short.contains(&q) || name.contains(&q) || fold(&t.id).contains(&q);
            found.then_some((!(short.starts_with(&q) || name.starts_with(&q)), n))
        })
        .collect();
    hits.sort();
    hits.into_iter().map(|(_, n)| n).collect()
}

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-tables";
    vec![
        bind_in(
            "tables",
            &[Key::plain(Down), Key::plain(Tab)],
            Command::SelectNext,
            G,
            false,
        ),
        bind_in(
            "tables",
            &[Key::plain(Up), Key::plain(BackTab)],
            Command::SelectPrev,
            G,
            false,
        ),
        bind_in("tables", &[Key::plain(Enter)], Command::Confirm, G, true),
        bind_in("tables", &[Key::plain(Esc)], Command::Close, G, true),
    ]
}
