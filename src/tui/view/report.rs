//! The report view: the form as it will be exported, with what goes in and what does not.

use super::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Borders, Clear};

use super::Theme;
use super::text::{Cells, border, truncate, width, wrap};
use super::theme::gutter;
use crate::tui::modes::report::{ReportRow, rows, selected_row};
use crate::tui::state::App;

pub fn draw(frame: &mut Canvas<'_>, body: Rect, app: &App, cursor: usize, theme: Theme) {
    frame.render_widget(Clear, body);
    let inner = border(
        frame.buffer_mut(),
        body,
        Borders::TOP,
        Span::styled(
            truncate(
                &format!(" {} ", crate::tr!("tui-report-title")),
                body.width as usize,
            ),
            theme.title(),
        ),
    );
    let w = (inner.width as usize).saturating_sub(2);
    if w < 10 || inner.height == 0 {
        return;
    }
    let session = &app.session;
    let mut lines: Vec<(Line<'static>, usize)> = Vec::new();
    let rows = rows(session);
    // Past the last row that can be chosen, the cursor reads on to the end of the form:
    // that row is in view, the last chosen one stays marked.
    let reading = cursor;
    // The row the update acts on: the first selectable one when the view opens.
    let cursor = selected_row(&rows, cursor).unwrap_or(cursor);
    let anchor = reading.max(cursor).min(rows.len().saturating_sub(1));
    for (n, row) in rows.into_iter().enumerate() {
        let selected = n == cursor;
        let mark = gutter(selected);
        let base = if selected {
            theme.selected()
        } else {
            Style::new()
        };
        match row {
            ReportRow::Title(t) => lines.push((Line::styled(truncate(&t, w), theme.title()), n)),
            ReportRow::Header { label, value, .. } => {
                let v = if value.is_empty() {
                    crate::tr!("tui-report-enter-to-fill")
                } else {
                    value
                };
                let text = format!("{}{v}", super::labelled(&label));
                for (k, l) in wrap(&text, w.saturating_sub(2)).into_iter().enumerate() {
                    let l = if k == 0 {
                        format!("{mark}{l}")
                    } else {
                        format!("      {l}")
                    };
                    lines.push((Line::styled(l, base), n));
                }
            }
            ReportRow::Section(t) => {
                lines.push((Line::raw(""), n));
                for l in wrap(&t, w) {
                    lines.push((Line::styled(l, theme.heading()), n));
                }
            }
            ReportRow::Slot { text, over } => {
                let style = if over { theme.warn() } else { theme.current() };
                // Counts and warnings wrap: never cut.
                for l in wrap(&text, w.saturating_sub(2)) {
                    lines.push((Line::styled(format!("  {l}"), style), n));
                }
            }
            ReportRow::Note(t) => {
                let style = if t.starts_with('⚠') {
                    theme.warn()
                } else {
                    theme.dim()
                };
                for l in wrap(&t, w.saturating_sub(4)) {
                    lines.push((Line::styled(format!("    {l}"), style), n));
                }
            }
            ReportRow::Entry {
                id,
                picked,
                number,
                depth,
                ..
            } => {
                let Some(item) = session.item(id) else {
                    continue;
                };
                let slot = item.slot.as_deref().and_then(|s| session.template.slot(s));
                let check = match picked {
                    Some(true) => "[x] ",
                    Some(false) => "[ ] ",
                    None => "",
                };
                let num = number.map_or(String::new(), |n| format!("{n}. "));
                let label = if depth > 0 {
                    slot.map_or(String::new(), |s| super::labelled(&s.label))
                } else {
                    String::new()
                };
                let origin = slot
                    .filter(|s| s.origin)
                    .and(item.table.as_deref())
                    .and_then(|t| session.plan.table(t))
                    .and_then(|t| t.origin_label())
                    .map_or(String::new(), |o| {
                        format!("{} ", crate::tr!("tui-report-from", origin = o))
                    });
                let indent = "    ".repeat(1 + depth as usize);
                let lead = format!("{indent}{check}{num}{label}");
                let pad = " ".repeat(width(&lead));
                // The selected entry is marked in its text, in the indent before its box.
                let first = format!("{}{mark}{check}{num}{label}", &indent[2..]);
                // Past one of the form's limits, as the main list marks it.
                let tag = if app.over_limit().contains(&id) {
                    format!("{} ", crate::tr!("tui-item-over-limit"))
                } else {
                    String::new()
                };
                let text = format!("{tag}{origin}{}", item.text);
                let style = if picked == Some(false) {
                    theme.dim().patch(base)
                } else {
                    base
                };
                let body_w = w.saturating_sub(width(&lead)).max(8);
                for (k, l) in wrap(&text, body_w).into_iter().enumerate() {
                    let head = if k == 0 { first.clone() } else { pad.clone() };
                    lines.push((Line::styled(format!("{head}{l}"), style), n));
                }
                if let Some(s) = slot {
                    for f in &s.fields {
                        let v = item.field(&f.id);
                        let v = if v.is_empty() { "—" } else { v };
                        for l in wrap(&format!("{}{v}", super::labelled(&f.label)), body_w) {
                            lines.push((
                                Line::styled(format!("{pad}{l}"), theme.dim().patch(base)),
                                n,
                            ));
                        }
                    }
                    if let Some(rule) = &s.attribution {
                        let who = match &item.attribution {
                            Some(a) if a.approved && !a.speaker.trim().is_empty() => {
                                a.speaker.clone()
                            }
                            _ => rule.anonymous.clone(),
                        };
                        lines.push((
                            Line::styled(format!("{pad}— {who}"), theme.dim().patch(base)),
                            n,
                        ));
                    }
                }
            }
        }
    }
    let height = inner.height as usize;
    let first = lines.iter().position(|(_, r)| *r == anchor).unwrap_or(0);
    let last = lines.iter().rposition(|(_, r)| *r == anchor).unwrap_or(0);
    let offset = if last + 1 > height {
        (last + 1 - height).min(first)
    } else {
        0
    };
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(offset)
        .take(height)
        .map(|(l, _)| l)
        .collect();
    frame.render_widget(Cells::new(shown), inner);
}
