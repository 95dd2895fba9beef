//! The frame the dialogs share: a bordered box with a title, cleared of what was under it.

use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Borders, Clear};

use super::Canvas;
use super::Theme;
use super::text::truncate;

pub(super) fn popup(frame: &mut Canvas<'_>, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    super::text::border(
        frame.buffer_mut(),
        area,
        Borders::ALL,
        Span::styled(
            truncate(title, area.width.saturating_sub(2) as usize),
            theme.title(),
        ),
    )
}

pub(super) fn centered(body: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(body.width);
    let h = height.min(body.height);
    Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + (body.height - h) / 2,
        width: w,
        height: h,
    }
}
