//! The import mode's view: the path of a file, or a folder of them, to merge in.

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
    let width_ = body.width.saturating_sub(4).max(20);
    // The note wraps: the box grows to hold it whole.
    let note_lines = super::text::wrap(
        &crate::tr!("tui-import-note"),
        width_.saturating_sub(2) as usize,
    );
    let area = centered(body, width_, note_lines.len() as u16 + 4);
    let inner = popup(
        frame,
        area,
        &format!(" {} ", crate::tr!("tui-import-title")),
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
            &crate::tr!("tui-import-placeholder"),
            theme.dim(),
        );
        frame.render_widget(
            Cells::new(
                note_lines
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim()))
                    .collect::<Vec<_>>(),
            ),
            note,
        );
    }
    cursor
}
