//! The wall view: the current guiding question and the current table's entries, spaced out
//! and with no chrome, for a projector.

use super::Canvas;
use chrono::{DateTime, Utc};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;

use super::Theme;
use super::text::{Cells, wrap};
use crate::model::Item;
use crate::tui::state::{App, Level};

pub fn draw(frame: &mut Canvas<'_>, area: Rect, app: &App, now: DateTime<Utc>, theme: Theme) {
    let session = &app.session;
    let plan = &session.plan;
    let margin = (area.width / 12).min(8);
    // The bottom lines: a warning wraps whole (up to a third of the window), the keys fit one.
    let bottom = bottom_lines(app, theme, area.width as usize, (area.height / 3).max(1));
    let bottom_h = bottom.len() as u16;
    let inner = Rect {
        x: area.x + margin,
        width: area.width.saturating_sub(margin * 2),
        y: area.y + 1,
        height: area.height.saturating_sub(1 + bottom_h),
    };
    let w = (inner.width as usize).saturating_sub(2).max(10);
    let table = plan.tables.get(app.table).map_or("", |t| t.name.as_str());
    let timer = super::timer_label(app, now, theme);
    // The table's name wraps on a narrow window rather than being cut.
    let mut head: Vec<Line> = wrap(table, w)
        .into_iter()
        .map(|l| Line::styled(l, theme.heading()).alignment(Alignment::Center))
        .collect();
    head.extend([
        // The countdown stays whole: the phase's title is shortened instead.
        Line::styled(timer.fit(inner.width as usize), timer.style).alignment(Alignment::Center),
        Line::raw(""),
    ]);
    if let Some((n, q)) = app
        .question
        .and_then(|q| plan.questions.get(q).map(|x| (q, x)))
    {
        for l in wrap(&format!("{}. {}", n + 1, q.title), w) {
            head.push(Line::styled(l, theme.current()).alignment(Alignment::Center));
        }
        head.push(Line::raw(""));
        for l in wrap(&q.text, w) {
            head.push(Line::styled(l, theme.title()).alignment(Alignment::Center));
        }
        head.push(Line::raw(""));
    }

    let qid = app.question_id();
    let table_id = app.table_id();
    let mut top: Vec<&Item> = session
        .live_items()
        .filter(|i| i.table.as_ref() == table_id && i.question.as_ref() == qid)
        .filter(|i| i.parent.is_none())
        .collect();
    top.sort_by_key(|i| (i.rank, i.id));
    let mut body: Vec<Line> = Vec::new();
    let label = |i: &Item| {
        i.slot
            .as_deref()
            .and_then(|s| session.template.slot(s))
            .map(|s| s.label.clone())
    };
    // Where each entry starts, so scrolling never cuts one at the top.
    let mut starts = Vec::new();
    for item in top {
        starts.push(body.len());
        let lead = match label(item) {
            Some(l) => super::labelled(&l),
            None => "• ".to_owned(),
        };
        push_para(
            &mut body,
            &lead,
            &item.text,
            w,
            theme.title(),
            Default::default(),
        );
        if let Some(slot) = item.slot.as_deref().and_then(|s| session.template.slot(s)) {
            for f in &slot.fields {
                let v = item.field(&f.id);
                if !v.is_empty() {
                    push_para(
                        &mut body,
                        "   ",
                        &format!("{}{v}", super::labelled(&f.label)),
                        w,
                        theme.dim(),
                        theme.dim(),
                    );
                }
            }
        }
        for child in session.children(item.id) {
            let lead = format!(
                "   – {}",
                super::labelled(&label(child).unwrap_or_default())
            );
            push_para(
                &mut body,
                &lead,
                &child.text,
                w,
                theme.dim(),
                Default::default(),
            );
        }
        body.push(Line::raw(""));
    }
    let [top_area, rest] = {
        let h = (head.len() as u16).min(inner.height);
        [
            Rect { height: h, ..inner },
            Rect {
                y: inner.y + h,
                height: inner.height - h,
                ..inner
            },
        ]
    };
    frame.render_widget(Cells::new(head), top_area);
    // The newest entries matter most on the wall: keep the end in view, starting at the top
    // of an entry; when the last one alone is too tall, show its beginning.
    let overflow = body.len().saturating_sub(rest.height as usize);
    let offset = starts
        .iter()
        .copied()
        .find(|&s| s >= overflow)
        .or(starts.last().copied())
        .unwrap_or(0);
    frame.render_widget(Cells::new(body).scroll(offset), rest);
    let hint = Rect {
        y: area.y + area.height.saturating_sub(bottom_h),
        height: bottom_h.min(area.height),
        ..area
    };
    frame.render_widget(Cells::new(bottom), hint);
}

/// The bottom lines, `w` columns wide and at most `most` of them: a warning when there is one
/// (a key a read-only window refuses, its file gone or unreadable), wrapped whole, else the
/// keys, dim.
fn bottom_lines(app: &App, theme: Theme, w: usize, most: u16) -> Vec<Line<'static>> {
    let warning = app
        .message
        .as_ref()
        .filter(|m| m.level != Level::Info)
        .map(|m| m.text.as_str())
        .or(app.follow_problem.as_deref());
    let (text, style) = match warning {
        Some(text) => (text.to_owned(), theme.warn()),
        None if app.read_only.is_some() => {
            (crate::tr!("tui-projector-hint-read-only"), theme.dim())
        }
        None => (crate::tr!("tui-projector-hint"), theme.dim()),
    };
    let mut lines = wrap(&text, w.max(1));
    lines.truncate(usize::from(most));
    lines
        .into_iter()
        .map(|l| Line::styled(l, style).alignment(Alignment::Center))
        .collect()
}

fn push_para(
    out: &mut Vec<Line<'static>>,
    lead: &str,
    text: &str,
    w: usize,
    lead_style: ratatui::style::Style,
    style: ratatui::style::Style,
) {
    let pad = " ".repeat(super::text::width(lead));
    let body_w = w.saturating_sub(pad.len()).max(8);
    for (k, l) in wrap(text, body_w).into_iter().enumerate() {
        let head = if k == 0 { lead.to_owned() } else { pad.clone() };
        out.push(Line::from(vec![
            ratatui::text::Span::styled(head, lead_style),
            ratatui::text::Span::styled(l, style),
        ]));
    }
}
