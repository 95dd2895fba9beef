//! The pick mode's view: a short list, each option with the key that picks it.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, truncate};
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
            let style = if n == p.selected {
                theme.selected()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(key, theme.key()),
                Span::styled(truncate(&o.label, inner.width as usize - 3), style),
            ])
        })
        .collect();
    frame.render_widget(Cells::new(lines), inner);
}
