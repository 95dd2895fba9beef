//! The path prompts' view (import, save as): a box with the path being typed and a note
//! under it, which wraps: the box grows to hold it whole.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui_textarea::TextArea;

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::Cells;

/// The words of one prompt, in the screen's language.
pub struct Words {
    pub title: String,
    pub placeholder: String,
    pub note: String,
}

/// Returns where the terminal's cursor goes: the edit point of the path.
pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    input: &TextArea<'static>,
    theme: Theme,
    words: &Words,
) -> Option<Position> {
    let width_ = body.width.saturating_sub(4).max(20);
    let note_lines = super::text::wrap(&words.note, width_.saturating_sub(2) as usize);
    let area = centered(body, width_, note_lines.len() as u16 + 4);
    let inner = popup(frame, area, &format!(" {} ", words.title), theme);
    let mut cursor = None;
    if inner.height >= 2 {
        let [q, note] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        cursor = super::textbox::draw(
            frame.buffer_mut(),
            q,
            input,
            true,
            &words.placeholder,
            theme.dim(),
        );
        let lines = note_lines
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect::<Vec<_>>();
        frame.render_widget(Cells::new(lines), note);
    }
    cursor
}
