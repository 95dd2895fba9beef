//! The pick mode's view: a short list, each option with the key that picks it.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, truncate, width};
use crate::tui::state::Picker;

pub fn draw(frame: &mut Canvas<'_>, body: Rect, p: &Picker, theme: Theme) {
    let h = (p.options.len() as u16 + 2).min(body.height);
    let area = centered(body, 60, h);
    let inner = popup(frame, area, &format!(" {} ", p.title), theme);
    let height = inner.height as usize;
    let offset = (p.selected + 1).saturating_sub(height);
    let lines: Vec<Line> = p
        .options
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(n, o)| {
            let key = o.key.map_or("   ".to_owned(), |k| format!("{k}  "));
            let selected = n == p.selected;
            let style = if selected {
                theme.selected()
            } else {
                Style::new()
            };
            let mark = super::theme::gutter(selected);
            let room = (inner.width as usize).saturating_sub(width(mark) + 3);
            Line::from(vec![
                Span::styled(mark, style),
                Span::styled(key, theme.key()),
                Span::styled(truncate(&o.label, room), style),
            ])
        })
        .collect();
    frame.render_widget(Cells::new(lines), inner);
}
