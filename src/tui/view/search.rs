//! The search mode's view: the query and what it finds at every table.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, truncate};
use crate::tui::state::{App, Search};

/// Returns where the terminal's cursor goes: the edit point of the query.
pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    app: &App,
    s: &Search,
    theme: Theme,
) -> Option<Position> {
    let area = centered(body, body.width.saturating_sub(4).max(20), body.height);
    let inner = popup(
        frame,
        area,
        &format!(" {} ", crate::tr!("tui-search-title")),
        theme,
    );
    if inner.height < 2 {
        return None;
    }
    let [q, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let cursor = super::textbox::draw(
        frame.buffer_mut(),
        q,
        &s.query,
        true,
        &crate::tr!("tui-search-placeholder"),
        theme.dim(),
    );
    let w = list.width as usize;
    let mut lines = Vec::new();
    let query = s.query.lines().join(" ");
    if s.results.is_empty() && !query.trim().is_empty() {
        lines.push(Line::styled(crate::tr!("tui-search-nothing"), theme.dim()));
    }
    let height = list.height as usize;
    let offset = (s.selected + 1).saturating_sub(height);
    let (no_table, point) = (crate::tr!("tui-no-table"), crate::tr!("tui-point"));
    for (n, id) in s.results.iter().enumerate().skip(offset).take(height) {
        let Some(item) = app.session.item(*id) else {
            continue;
        };
        let table = item
            .table
            .as_deref()
            .and_then(|t| app.session.plan.table(t))
            .map_or(no_table.as_str(), |t| t.short.as_str());
        let first = item.text.lines().next().unwrap_or("");
        let kind = item
            .slot
            .as_deref()
            .and_then(|s| app.session.template.slot(s))
            .map_or(point.as_str(), |s| s.label.as_str());
        let q = item
            .question
            .as_deref()
            .and_then(|q| app.session.plan.questions.iter().position(|x| x.id == q))
            .map_or(String::new(), |n| {
                format!(" · {}", crate::tr!("tui-edit-question", number = n + 1))
            });
        let mark = super::theme::gutter(n == s.selected);
        let kind = super::labelled(kind);
        let text = truncate(&format!("{mark}{table}{q} · {kind}{first}"), w);
        let style = if n == s.selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Cells::new(lines), list);
    cursor
}
