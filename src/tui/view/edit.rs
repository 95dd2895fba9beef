//! The edit mode's view: the entry's text and fields, in a popup over the table.

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::popup;
use super::text::{Cells, truncate};
use crate::tui::editor::Editor;
use crate::tui::state::App;

/// Returns where the terminal's cursor goes: the edit point of the focused text.
pub fn draw(
    frame: &mut Canvas<'_>,
    items: Rect,
    app: &App,
    e: &Editor,
    theme: Theme,
) -> Option<Position> {
    // The focused field grows (up to three rows) so what is typed in it stays visible.
    let value_w = (items.width as usize).saturating_sub(4 + 16).max(8);
    let field_heights: Vec<u16> = e
        .fields
        .iter()
        .enumerate()
        .map(|(n, f)| {
            if e.focus == n + 1 {
                // Three rows at most: a long value is measured that far only.
                let lines: usize = f
                    .area
                    .lines()
                    .iter()
                    .take(3)
                    .map(|l| super::text::Wrap::new(l, 0, value_w).take(3).count())
                    .sum();
                lines.clamp(1, 3) as u16
            } else {
                1
            }
        })
        .collect();
    // The hint and the consent line wrap: words are never cut at the box's edge.
    let inner_w = (items.width as usize).saturating_sub(2).max(1);
    let hint_lines = e.hint.as_deref().map_or(Vec::new(), |h| {
        let mut lines = super::text::wrap(h, inner_w);
        lines.truncate(4);
        lines
    });
    let approval_lines = e.attribution.map_or(Vec::new(), |approved| {
        let text = format!(
            "[{}] {}",
            if approved { "x" } else { " " },
            crate::tr!("tui-edit-approval")
        );
        super::text::wrap(&text, inner_w)
    });
    let field_rows = field_heights.iter().sum::<u16>() + approval_lines.len() as u16;
    let hint_rows = hint_lines.len() as u16;
    let want = 2 + hint_rows + 5 + field_rows;
    let height = want.min(items.height).max(4);
    let area = Rect {
        y: items.y + items.height - height,
        height,
        ..items
    };
    let table = app
        .session
        .plan
        .tables
        .get(app.table)
        .map_or("", |t| t.short.as_str());
    let q = app
        .question
        .map_or(crate::tr!("tui-edit-no-question"), |q| {
            crate::tr!("tui-edit-question", number = q + 1)
        });
    if matches!(e.target, crate::tui::editor::Target::Header(_)) {
        // The report's header belongs to no table or question.
        let inner = popup(frame, area, &format!(" {} ", e.title), theme);
        return super::textbox::draw(frame.buffer_mut(), inner, &e.text, true, "", theme.dim());
    }
    let rest = format!(" · {table} · {q} ");
    let room = (area.width as usize).saturating_sub(3 + super::text::width(&rest));
    let verb = title(app, e, room);
    let inner = popup(frame, area, &format!(" {verb}{rest}"), theme);
    let text_rows = inner.height.saturating_sub(hint_rows + field_rows).max(1);
    let mut constraints = vec![];
    if hint_rows > 0 {
        constraints.push(Constraint::Length(hint_rows));
    }
    constraints.push(Constraint::Length(text_rows));
    for h in &field_heights {
        constraints.push(Constraint::Length(*h));
    }
    if e.attribution.is_some() {
        constraints.push(Constraint::Length(approval_lines.len() as u16));
    }
    let rows = Layout::vertical(constraints).split(inner);
    let mut r = rows.iter();
    let mut cursor = None;
    if let Some(rect) = hint_rows.gt(&0).then(|| r.next()).flatten() {
        let lines: Vec<Line> = hint_lines
            .into_iter()
            .map(|l| Line::styled(l, theme.dim()))
            .collect();
        frame.render_widget(Cells::new(lines), *rect);
    }
    if let Some(rect) = r.next() {
        // Slack on the right, as in the table view.
        let mut text = Rect {
            width: rect.width.saturating_sub(2),
            ..*rect
        };
        // The form's own name for the main text ("What: "), as the fields are labelled.
        if let Some(l) = &e.text_label {
            let label = super::labelled(l);
            let lw = (super::text::width(&label) as u16).min(text.width / 2);
            let style = if e.focus == 0 {
                theme.current()
            } else {
                theme.dim()
            };
            frame.render_widget(
                Cells::new(Span::styled(truncate(&label, lw as usize), style)),
                Rect { height: 1, ..text },
            );
            text.x += lw;
            text.width -= lw;
        }
        cursor = cursor.or(super::textbox::draw(
            frame.buffer_mut(),
            text,
            &e.text,
            e.focus == 0,
            &crate::tr!("tui-edit-type-here"),
            theme.dim(),
        ));
    }
    for (n, f) in e.fields.iter().enumerate() {
        let Some(rect) = r.next() else { break };
        let focused = e.focus == n + 1;
        let label = super::labelled(&f.label);
        let lw = super::text::width(&label) as u16;
        let style = if focused {
            theme.current()
        } else {
            theme.dim()
        };
        frame.render_widget(Cells::new(Span::styled(label, style)), *rect);
        let value = Rect {
            x: rect.x + lw.min(rect.width),
            width: rect.width.saturating_sub(lw),
            ..*rect
        };
        if focused {
            cursor = cursor.or(super::textbox::draw(
                frame.buffer_mut(),
                value,
                &f.area,
                true,
                &f.placeholder,
                theme.dim(),
            ));
        } else {
            let v = f.area.lines().join(" ");
            let shown = if v.is_empty() {
                f.hint
                    .clone()
                    .unwrap_or_else(|| crate::tr!("tui-edit-tab-to-fill"))
            } else {
                v
            };
            let st = if f.area.is_empty() {
                theme.dim()
            } else {
                Style::new()
            };
            frame.render_widget(
                Cells::new(Span::styled(truncate(&shown, value.width as usize), st)),
                value,
            );
        }
    }
    if let (Some(_), Some(rect)) = (e.attribution, r.next()) {
        let focused = e.focus_on_approval();
        let style = if focused {
            theme.current()
        } else {
            theme.dim()
        };
        frame.render_widget(
            Cells::new(
                approval_lines
                    .into_iter()
                    .map(|l| Line::styled(l, style))
                    .collect::<Vec<_>>(),
            ),
            *rect,
        );
    }
    cursor
}

/// "New Action" or "Edit Action"; for an entry that goes under another, which one, its first
/// words cut to fit `room` columns: "New Action under Recommendation 2: Embed rights…".
fn title(app: &App, e: &Editor, room: usize) -> String {
    let kind = e.title.as_str();
    let Some((parent, words)) = parent_of(app, e) else {
        return if e.is_new {
            crate::tr!("tui-edit-new", kind = kind)
        } else {
            crate::tr!("tui-edit-edit", kind = kind)
        };
    };
    let with = |text: &str| {
        if e.is_new {
            crate::tr!(
                "tui-edit-new-under",
                kind = kind,
                parent = parent.as_str(),
                text = text
            )
        } else {
            crate::tr!(
                "tui-edit-edit-under",
                kind = kind,
                parent = parent.as_str(),
                text = text
            )
        }
    };
    let bare = super::text::width(&with(""));
    // At least the first word's start, even when the table and question are cut for it.
    let words = truncate(&words, room.saturating_sub(bare).max(6));
    with(&words)
}

/// The entry the edited one goes under, as "Recommendation 2" (its place among its kind at
/// its table, in the order they were put), and its text on one line.
fn parent_of(app: &App, e: &Editor) -> Option<(String, String)> {
    use crate::tui::editor::Target;
    let under = match &e.target {
        Target::New(new) => new.parent?,
        Target::Existing(id) => app.session.item(*id)?.parent?,
        Target::Header(_) => return None,
    };
    let parent = app.session.item(under)?;
    let slot = parent.slot.as_ref()?;
    let label = app.session.template.slot(slot)?.label.clone();
    let peers = app.session.in_rank_order(|i| {
        i.slot.as_ref() == Some(slot) && i.table == parent.table && i.parent.is_none()
    });
    let name = match peers.iter().position(|id| *id == under) {
        Some(n) => crate::tr!("tui-edit-parent", kind = label.as_str(), number = n + 1),
        None => label,
    };
    // Only the start is ever shown: a long entry is not joined whole at every frame.
    let start: String = parent.text.chars().take(400).collect();
    let words = start.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((name, words))
}
