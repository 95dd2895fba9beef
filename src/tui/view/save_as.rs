//! The save-as prompt: the folder (or `.json` file) the session is saved in from now on.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui_textarea::TextArea;

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::Cells;

/// Returns where the terminal's cursor goes: the edit point of the path.
pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    input: &TextArea<'static>,
    theme: Theme,
) -> Option<Position> {
    let area = centered(body, body.width.saturating_sub(4).max(20), 6);
    let inner = popup(
        frame,
        area,
        &format!(" {} ", crate::tr!("tui-save-as-title")),
        theme,
    );
    let mut cursor = None;
    if inner.height >= 2 {
        let [q, note] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        cursor = super::textbox::draw(
            frame.buffer_mut(),
            q,
            input,
            true,
            &crate::tr!("tui-save-as-placeholder"),
            theme.dim(),
        );
        let wrapped = super::text::wrap(&crate::tr!("tui-save-as-note"), usize::from(note.width))
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect::<Vec<_>>();
        frame.render_widget(Cells::new(wrapped), note);
    }
    cursor
}
