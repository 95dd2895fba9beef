//! The guiding questions, beside the table view: the current one in full with its prompts.

use super::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Borders;

use super::Theme;
use super::text::{Cells, border, truncate, wrap};
use crate::tui::state::{App, HitMap};

pub fn draw(frame: &mut Canvas<'_>, area: Rect, app: &App, theme: Theme, hits: &mut HitMap) {
    let inner = border(
        frame.buffer_mut(),
        area,
        Borders::TOP | Borders::RIGHT,
        Span::styled(
            format!(" {} ", crate::tr!("tui-questions-title")),
            theme.title(),
        ),
    );
    let (lines, questions) = lay_out(inner, app, theme);
    for (row, (line, q)) in lines.iter().zip(questions).enumerate() {
        let rect = Rect {
            y: inner.y + row as u16,
            height: 1,
            ..inner
        };
        if let Some(q) = q {
            hits.questions.push((rect, q));
        }
        frame.render_widget(Cells::new(line.clone()), rect);
    }
}

/// The lines in view, and the question each belongs to.
fn lay_out(inner: Rect, app: &App, theme: Theme) -> (Vec<Line<'static>>, Vec<Option<usize>>) {
    let w = inner.width as usize;
    if w < 6 {
        return (Vec::new(), Vec::new());
    }
    let mut lines: Vec<(Line<'static>, Option<usize>)> = Vec::new();
    for (n, q) in app.session.plan.questions.iter().enumerate() {
        let current = app.question == Some(n);
        let mark = format!("{}{} ", if current { "▶" } else { " " }, n + 1);
        let head = format!("{mark}{}", q.title);
        let style = if current {
            theme.current()
        } else {
            theme.heading()
        };
        if current {
            // The title wrapped under itself, clear of the number.
            let mark_w = super::text::width(&mark);
            for (i, l) in wrap(&q.title, w.saturating_sub(mark_w))
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    mark.clone()
                } else {
                    " ".repeat(mark_w)
                };
                lines.push((Line::styled(format!("{lead}{l}"), style), Some(n)));
            }
            for l in wrap(&q.text, w.saturating_sub(2)) {
                lines.push((Line::raw(format!("  {l}")), Some(n)));
            }
            for p in &q.prompts {
                for (i, l) in wrap(p, w.saturating_sub(4)).into_iter().enumerate() {
                    let lead = if i == 0 { "  – " } else { "    " };
                    lines.push((Line::styled(format!("{lead}{l}"), theme.dim()), Some(n)));
                }
            }
        } else {
            lines.push((Line::styled(truncate(&head, w), style), Some(n)));
        }
    }
    if app.question.is_none() {
        lines.push((
            Line::styled(
                truncate(&format!("▶ {}", crate::tr!("tui-no-question")), w),
                theme.current(),
            ),
            None,
        ));
    }
    // Keep the current question in view on a short screen.
    let height = inner.height as usize;
    let first = lines
        .iter()
        .position(|(_, q)| q.is_some() && *q == app.question)
        .unwrap_or(0);
    let offset = if lines.len() > height {
        first.min(lines.len() - height)
    } else {
        0
    };
    lines.into_iter().skip(offset).take(height).unzip()
}
