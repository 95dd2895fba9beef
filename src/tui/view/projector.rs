//! The wall view: the current guiding question and the current table's points, in large
//! spacing, with no chrome.

use chrono::{DateTime, Utc};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;

use super::Theme;
use super::text::{Cells, wrap};
use crate::tui::state::App;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, now: DateTime<Utc>, theme: Theme) {
    let plan = &app.session.plan;
    let margin = (area.width / 12).min(8);
    let inner = Rect {
        x: area.x + margin,
        width: area.width.saturating_sub(margin * 2),
        y: area.y + 1,
        height: area.height.saturating_sub(1),
    };
    let w = inner.width as usize;
    let table = plan.tables.get(app.table).map_or("", |t| t.name.as_str());
    let timer = super::timer_label(app, now, theme);
    let mut lines = vec![
        Line::styled(table.to_owned(), theme.heading()).alignment(Alignment::Center),
        Line::styled(timer.content.into_owned(), timer.style).alignment(Alignment::Center),
        Line::raw(""),
    ];
    let question = app
        .question
        .and_then(|q| plan.questions.get(q).map(|x| (q, x)));
    if let Some((n, q)) = question {
        for l in wrap(&format!("{}. {}", n + 1, q.title), w) {
            lines.push(Line::styled(l, theme.current()).alignment(Alignment::Center));
        }
        lines.push(Line::raw(""));
        for l in wrap(&q.text, w) {
            lines.push(Line::styled(l, theme.title()).alignment(Alignment::Center));
        }
        lines.push(Line::raw(""));
    }
    let qid = app.question_id();
    let table_id = app.table_id();
    let mut points: Vec<_> = app
        .session
        .live_items()
        .filter(|i| i.table.as_deref() == table_id && i.question.as_deref() == qid)
        .filter(|i| i.parent.is_none())
        .collect();
    points.sort_by_key(|i| (i.rank, i.id));
    for p in points {
        for (k, l) in wrap(&p.text, w.saturating_sub(2)).into_iter().enumerate() {
            let lead = if k == 0 { "• " } else { "  " };
            lines.push(Line::raw(format!("{lead}{l}")));
        }
        lines.push(Line::raw(""));
    }
    // Newest points matter most on the wall: keep the end in view.
    let overflow = lines.len().saturating_sub(inner.height as usize);
    let lines: Vec<Line> = lines.into_iter().skip(overflow).collect();
    frame.render_widget(Cells::new(lines), inner);
}
