//! The tab bar: one tab per table, `N name (entries)`, the current one in brackets. When
//! they do not all fit, names are shortened (never below what still reads as a name) and
//! the bar scrolls so the current table is always in view, with how many more tables lie
//! to each side.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::{truncate, width};
use super::{Canvas, Theme, draw_lines};
use crate::tui::state::{App, HitMap};

/// Shortest a name is cut to before the bar scrolls instead (a longer name keeps this
/// many columns, "…" included).
const NAME_KEPT: usize = 10;

/// What the bar shows: the tables from `first` to `last`, names cut to `name` columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: usize,
    pub last: usize,
    pub name: usize,
}

pub fn draw(frame: &mut Canvas<'_>, area: Rect, app: &App, theme: Theme, hits: &mut HitMap) {
    let tables = &app.session.plan.tables;
    if tables.is_empty() || area.width == 0 {
        return;
    }
    let counts = app.table_counts();
    let current = app.table.min(tables.len() - 1);
    let label = |n: usize, name: usize| {
        let (open, close) = if n == current { ('[', ']') } else { (' ', ' ') };
        let short = tables.get(n).map_or("", |t| t.short.as_str());
        let name = truncate(short, name);
        let count = counts.get(n).copied().unwrap_or(0);
        format!("{open}{} {name} ({count}){close}", n + 1)
    };
    let names: Vec<usize> = tables.iter().map(|t| width(&t.short)).collect();
    let w = area.width as usize;
    let win = window(&names, current, w, |n, name| width(&label(n, name)));
    let mut spans = Vec::new();
    let mut x = area.x;
    let mut put = |spans: &mut Vec<Span<'static>>, text: String, style, target: Option<usize>| {
        let cols = width(&text) as u16;
        if let Some(t) = target {
            hits.tabs.push((Rect::new(x, area.y, cols, 1), t));
        }
        spans.push(Span::styled(text, style));
        x += cols;
    };
    if win.first > 0 {
        let more = format!("{} ", left_more(win.first));
        put(&mut spans, more, theme.dim(), Some(win.first - 1));
    }
    for n in win.first..=win.last {
        let style = if n == current {
            theme.tab_current()
        } else {
            theme.tab()
        };
        // The current table is whole whatever else gives way: a window too narrow for it
        // cuts its name first, then the tab.
        let text = truncate(&label(n, win.name), w);
        put(&mut spans, text, style, Some(n));
        if n < win.last || win.last + 1 < tables.len() {
            put(&mut spans, " ".into(), theme.tab(), None);
        }
    }
    if win.last + 1 < tables.len() {
        let more = right_more(tables.len() - 1 - win.last);
        put(&mut spans, more, theme.dim(), Some(win.last + 1));
    }
    draw_lines(frame, area, vec![Line::from(spans)]);
}

fn left_more(count: usize) -> String {
    crate::tr!("tui-tabs-more-left", count = count)
}

fn right_more(count: usize) -> String {
    crate::tr!("tui-tabs-more-right", count = count)
}

/// Which tables the bar shows in `w` columns, and how long their names may be: every
/// table with its whole name if they fit; else names cut down (to `NAME_KEPT` at the
/// shortest) until they all fit; else `NAME_KEPT`-long names and as many tables around the
/// current one as fit, the current one always among them. `names` are the names' widths;
/// `tab(n, name)` is the width of table `n`'s tab with its name cut to `name` columns.
pub fn window(
    names: &[usize],
    current: usize,
    w: usize,
    tab: impl Fn(usize, usize) -> usize,
) -> Window {
    let count = names.len();
    let longest = names.iter().copied().max().unwrap_or(0);
    // Tabs with one blank between them.
    let all = |name: usize| (0..count).map(|n| tab(n, name) + 1).sum::<usize>();
    let floor = NAME_KEPT.min(longest);
    if let Some(name) = (floor..=longest).rev().find(|&name| all(name) <= w + 1) {
        return Window {
            first: 0,
            last: count.saturating_sub(1),
            name,
        };
    }
    // Scrolling: the current table, then its neighbours in turn, right first, while they
    // and the signs of what is left out fit.
    let fits = |first: usize, last: usize, name: usize| {
        let tabs: usize = (first..=last).map(|n| tab(n, name) + 1).sum();
        let left = if first > 0 {
            width(&left_more(first)) + 1
        } else {
            0
        };
        let right = if last + 1 < count {
            width(&right_more(count - 1 - last))
        } else {
            0
        };
        tabs + left + right <= w + usize::from(last + 1 == count)
    };
    let mut name = floor;
    // A window too narrow for even one tab with that name: shorter names.
    while name > 0 && !fits(current, current, name) {
        name -= 1;
    }
    let (mut first, mut last) = (current, current);
    loop {
        let right = last + 1 < count && fits(first, last + 1, name);
        if right {
            last += 1;
        }
        let left = first > 0 && fits(first - 1, last, name);
        if left {
            first -= 1;
        }
        if !right && !left {
            break;
        }
    }
    // What room is left lengthens the names.
    while name < longest && fits(first, last, name + 1) {
        name += 1;
    }
    Window { first, last, name }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_always_holds_the_current_table_and_fits() {
        let names: Vec<usize> = (0..30).map(|n| 3 + n % 11).collect();
        let tab = |n: usize, name: usize| names[n].min(name) + 6 + (n + 1).to_string().len();
        for w in [20, 40, 80, 100, 160] {
            for current in 0..names.len() {
                let win = window(&names, current, w, tab);
                assert!(win.first <= current && current <= win.last, "{w} {current}");
                let used: usize = (win.first..=win.last).map(|n| tab(n, win.name) + 1).sum();
                assert!(used <= w + 1, "{w} {current}: {used}");
            }
        }
        // Room for all: every table, whole names.
        let win = window(&names, 5, 1000, tab);
        assert_eq!((win.first, win.last, win.name), (0, 29, 13));
    }
}
