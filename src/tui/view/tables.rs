//! The table list's view: what was typed, then every table that matches, number and name,
//! the highlighted one marked and kept in view.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, truncate, width};
use crate::tui::modes::tables::TableList;
use crate::tui::state::App;

/// Returns where the terminal's cursor goes: the edit point of what is typed.
pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    app: &App,
    list: &TableList,
    theme: Theme,
) -> Option<Position> {
    let tables = &app.session.plan.tables;
    let matches = list.matches(&app.session.plan);
    // The query's row, the list (one row at least, for "none match") and the border.
    let h = (matches.len().max(1) as u16 + 3).min(body.height);
    let area = centered(body, body.width.saturating_sub(4).clamp(20, 64), h);
    let inner = popup(
        frame,
        area,
        &format!(" {} ", crate::tr!("tui-tables-title")),
        theme,
    );
    if inner.height < 2 {
        return None;
    }
    let [q, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let cursor = super::textbox::draw(
        frame.buffer_mut(),
        q,
        &list.filter,
        true,
        &crate::tr!("tui-tables-placeholder"),
        theme.dim(),
    );
    let w = rest.width as usize;
    let height = rest.height as usize;
    let mut lines = Vec::new();
    if matches.is_empty() {
        lines.push(Line::styled(
            truncate(&crate::tr!("tui-tables-none"), w),
            theme.dim(),
        ));
    }
    // Numbers in one column, as wide as the widest.
    let digits = tables.len().to_string().len();
    let offset = (list.selected + 1).saturating_sub(height);
    for (at, &n) in matches.iter().enumerate().skip(offset).take(height) {
        let Some(t) = tables.get(n) else { continue };
        let selected = at == list.selected;
        let mark = super::theme::gutter(selected);
        let number = format!("{:>digits$}  ", n + 1);
        let here = if n == app.table { "▶ " } else { "" };
        let room = w.saturating_sub(width(mark) + width(&number) + width(here));
        // The full name when it fits, else the short one, else the short one cut.
        let name = if width(&t.name) <= room {
            t.name.clone()
        } else {
            truncate(&t.short, room)
        };
        let style = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(number, theme.key()),
            Span::styled(here, theme.current()),
            Span::styled(name, style),
        ]));
    }
    frame.render_widget(Cells::new(lines), rest);
    cursor
}
