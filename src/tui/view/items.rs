//! The table view: what was captured at the current table, grouped, with entries that hang
//! under another (actions, indicators) beneath it.

use super::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Borders;

use super::Theme;
use super::text::{Cells, Laid, border, truncate, width, wrap, wrap_at_most};
use crate::model::{Item, ItemId, Session};
use crate::tui::state::{App, Grouping, HitMap, Row};

/// Some lines of a row, laid out, and the entry they belong to.
type Piece = (Vec<Laid>, Option<ItemId>);

pub fn draw(
    frame: &mut Canvas<'_>,
    area: Rect,
    app: &App,
    theme: Theme,
    hits: &mut HitMap,
    narrow: bool,
) {
    let table = app.session.plan.tables.get(app.table);
    let grouping = match app.grouping {
        Grouping::Question => crate::tr!("tui-items-by-question"),
        Grouping::Kind => crate::tr!("tui-items-by-kind"),
    };
    // The table's full name when it fits, its short name when it does not.
    let title = match table {
        Some(t) if width(&format!(" {grouping} · {} ", t.name)) > area.width as usize => {
            format!(" {grouping} · {} ", t.short)
        }
        Some(t) => format!(" {grouping} · {} ", t.name),
        None => format!(" {grouping} · {} ", crate::tr!("tui-no-table")),
    };
    let mut inner = border(
        frame.buffer_mut(),
        area,
        Borders::TOP,
        Span::styled(truncate(&title, area.width as usize), theme.title()),
    );
    if narrow {
        // No question pane: name the current question here.
        let q = app
            .question
            .and_then(|q| app.session.plan.questions.get(q).map(|x| (q, x)))
            .map_or(crate::tr!("tui-no-question"), |(n, q)| {
                crate::tui::state::question_heading(n, &q.title)
            });
        frame.render_widget(
            Cells::new(Line::styled(
                truncate(&q, inner.width as usize),
                theme.current(),
            )),
            Rect { height: 1, ..inner },
        );
        inner.y += 1;
        inner.height = inner.height.saturating_sub(1);
    }
    // Two columns of slack: terminals may draw some clusters wider than ratatui counts them.
    let w = (inner.width as usize).saturating_sub(2);
    if w < 4 || inner.height == 0 {
        return;
    }
    // Only the rows around the selection are laid out, so a frame costs what is visible,
    // not what was captured.
    let rows = app.rows();
    let height = inner.height as usize;
    let selected = app.selected.and_then(|s| {
        rows.iter()
            .position(|r| matches!(r, Row::Item { id, .. } if *id == s))
    });
    // What must be in view: the selected entry, or the current question's heading when the
    // selection is not under it (moving to another question moves the view there).
    let heading = rows
        .iter()
        .position(|r| matches!(r, Row::Heading { current: true, .. }));
    let under_heading = |s: usize, h: usize| {
        s > h
            && !rows[h + 1..=s]
                .iter()
                .any(|r| matches!(r, Row::Heading { .. }))
    };
    let anchor = match (selected, heading) {
        (Some(s), Some(h)) if !under_heading(s, h) => h,
        (Some(s), _) => s,
        (None, Some(h)) => h,
        (None, None) => 0,
    };
    let sel = anchor;
    // An entry shows from its first line, a pane's height at most: a long one is laid out
    // that far (a 2 MB entry costs a screenful).
    let most = height + 1;
    // Worked out by the update once a change (see `App::over_limit`), looked up per row.
    let over = app.over_limit();
    let row_lines = |row: &Row| -> Piece {
        match row {
            Row::Heading { text, current } => {
                let style = if *current {
                    theme.current()
                } else {
                    theme.heading()
                };
                let mark = if *current { "▶ " } else { "" };
                let line = Line::styled(truncate(&format!("{mark}{text}"), w), style);
                (vec![Laid::new(&line)], None)
            }
            // What to press here: wrapped, never cut.
            Row::Placeholder => {
                use crate::tui::{command::Command, modes::ModeKind};
                let key = app.keymap.label(ModeKind::Normal, &Command::NewPoint);
                let t = crate::tr!("tui-nothing-yet", key = key);
                let laid = wrap(&t, w.saturating_sub(2))
                    .into_iter()
                    .map(|l| Laid::new(&Line::styled(format!("  {l}"), theme.dim())))
                    .collect();
                (laid, None)
            }
            Row::Item { id, depth } => match app.session.item(*id) {
                Some(item) => {
                    let look = Look {
                        selected: app.selected == Some(*id),
                        over: over.contains(id),
                    };
                    let laid = item_lines(&app.session, item, *depth, (w, most), theme, look)
                        .iter()
                        .map(Laid::new)
                        .collect();
                    (laid, Some(*id))
                }
                None => (Vec::new(), None),
            },
        }
    };
    // Walk back from the anchor until a screenful is laid out (or the top is reached).
    let sel = sel.min(rows.len());
    let mut start = sel;
    let mut above_len = 0;
    let mut pieces: Vec<(Piece, usize)> = Vec::new();
    while start > 0 && above_len < height {
        start -= 1;
        let piece = row_lines(&rows[start]);
        above_len += piece.0.len();
        pieces.push((piece, start));
    }
    pieces.reverse();
    let mut total = above_len;
    for (n, row) in rows.iter().enumerate().skip(sel) {
        let piece = row_lines(row);
        total += piece.0.len();
        pieces.push((piece, n));
        if total > above_len + 2 * height {
            break;
        }
    }
    let lines: Vec<(&Laid, Option<ItemId>, usize)> = pieces
        .iter()
        .flat_map(|((laid, id), n)| laid.iter().map(move |l| (l, *id, *n)))
        .collect();
    let height = inner.height as usize;
    let first = lines.iter().position(|(_, _, n)| *n == anchor);
    let last = lines.iter().rposition(|(_, _, n)| *n == anchor);
    let offset = match (first, last) {
        // A heading comes into view at the top, with what is under it.
        (Some(f), _) if matches!(rows.get(anchor), Some(Row::Heading { .. })) => {
            f.min(lines.len().saturating_sub(height))
        }
        // The selected entry: in view, as close to the top as its group allows.
        (Some(f), Some(l)) if l + 1 > height => (l + 1 - height).min(f),
        _ => 0,
    };
    for (n, (line, id, _)) in lines.into_iter().skip(offset).take(height).enumerate() {
        let rect = Rect {
            y: inner.y + n as u16,
            height: 1,
            ..inner
        };
        if let Some(id) = id {
            hits.items.push((rect, id));
        }
        line.render(rect, frame.buffer_mut());
    }
}

/// How an entry is marked: selected, and past one of the form's limits.
#[derive(Debug, Clone, Copy)]
struct Look {
    selected: bool,
    over: bool,
}

/// The lines of one entry: a marker, its text wrapped, then its fields. The text keeps at
/// most `most` lines, the last of them "…" when it was cut. An entry past the form's limit
/// starts with a tag in words ("[over limit]"), in the warning style.
fn item_lines(
    session: &Session,
    item: &Item,
    depth: u8,
    (w, most): (usize, usize),
    theme: Theme,
    Look { selected, over }: Look,
) -> Vec<Line<'static>> {
    let slot = item.slot.as_deref().and_then(|s| session.template.slot(s));
    let indent = "  ".repeat(1 + 2 * depth as usize);
    // The selected entry is marked in its text too, just before its bullet.
    let lead_in = format!("{}{}", &indent[2..], super::theme::gutter(selected));
    let marker = match slot {
        Some(s) => format!("{lead_in}{}", super::labelled(&s.label)),
        None => format!("{lead_in}• "),
    };
    let lead = width(&marker);
    let body_w = w.saturating_sub(lead).max(8);
    let empty = crate::tr!("tui-item-empty");
    let text = if item.text.is_empty() {
        empty.as_str()
    } else {
        item.text.as_str()
    };
    let tag = over.then(|| crate::tr!("tui-item-over-limit"));
    let tagged;
    let text = match &tag {
        Some(t) => {
            tagged = format!("{t} {text}");
            tagged.as_str()
        }
        None => text,
    };
    let base = if selected {
        theme.selected()
    } else {
        Style::new()
    };
    let mut out = Vec::new();
    let mut parts = wrap_at_most(text, body_w, most + 1);
    if parts.len() > most {
        parts.truncate(most);
        if let Some(last) = parts.last_mut() {
            *last = "…".into();
        }
    }
    for (n, part) in parts.into_iter().enumerate() {
        let head = if n == 0 {
            Span::styled(marker.clone(), theme.slot().patch(base))
        } else {
            Span::styled(" ".repeat(lead), base)
        };
        let mut spans = vec![head];
        match tag.as_deref().filter(|_| n == 0) {
            Some(t) if part.starts_with(t) => {
                let rest = part[t.len()..].to_owned();
                spans.push(Span::styled(t.to_owned(), theme.warn().patch(base)));
                spans.push(Span::styled(rest, base));
            }
            _ => spans.push(Span::styled(part, base)),
        }
        out.push(Line::from(spans));
    }
    // "Target: …" with its value wrapped under itself, never back at the left edge.
    let detail = |label: &str, value: &str| {
        let lead = format!("{indent}  {}", super::labelled(label));
        let lead_w = width(&lead);
        wrap(value, w.saturating_sub(lead_w).max(8))
            .into_iter()
            .enumerate()
            .map(|(n, l)| {
                let head = if n == 0 {
                    lead.clone()
                } else {
                    " ".repeat(lead_w)
                };
                Line::styled(format!("{head}{l}"), theme.dim().patch(base))
            })
            .collect::<Vec<_>>()
    };
    if let Some(s) = slot {
        for f in &s.fields {
            let v = item.field(&f.id);
            if !v.is_empty() {
                out.extend(detail(&f.label, v));
            }
        }
        if let (Some(rule), Some(a)) = (&s.attribution, &item.attribution) {
            let who = [a.speaker.as_str(), a.organisation.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let v = match (a.approved, who.is_empty()) {
                (_, true) => rule.anonymous.clone(),
                (true, false) => crate::tr!("tui-item-approved", who = who.as_str()),
                (false, false) => crate::tr!(
                    "tui-item-not-approved",
                    anonymous = rule.anonymous.as_str(),
                    who = who.as_str()
                ),
            };
            out.extend(detail(&crate::tr!("tui-item-said-by"), &v));
        }
    }
    out
}
