//! What opens over the main screen: the editor, search, pickers, help, aims and references,
//! and the file panel.

use super::Canvas;
use chrono::{DateTime, Local, Utc};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Borders, Clear};

use super::Theme;
use super::text::{Cells, truncate, wrap};
use crate::storage::atomic::{backup_path, lock_path};
use crate::tui::editor::Editor;
use crate::tui::modes::edit::WIDGET_KEYS;
use crate::tui::modes::{Mode, ModeKind};
use crate::tui::state::{App, Picker, Search};

pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    items: Rect,
    app: &App,
    mode: &Mode,
    now: DateTime<Utc>,
    theme: Theme,
) {
    match mode {
        Mode::Normal | Mode::Projector => {}
        Mode::Edit(e) => editor(frame, items, app, e, theme),
        Mode::Search(s) => search(frame, body, app, s, theme),
        Mode::Pick(p) => picker(frame, body, p, theme),
        Mode::Help { scroll } => scrolled(frame, body, " Help ", help_lines(app, theme), *scroll),
        Mode::Aims { scroll } => scrolled(
            frame,
            body,
            " Aims, agenda and reference material ",
            aims_lines(app, body.width.saturating_sub(4) as usize, theme),
            *scroll,
        ),
        Mode::FileInfo => file_info(frame, body, app, now, theme),
        Mode::Import(input) => {
            let area = centered(body, body.width.saturating_sub(4).max(20), 5);
            let inner = popup(frame, area, " Merge in a table laptop's file ", theme);
            if inner.height >= 2 {
                let [q, note] =
                    Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
                super::textbox::draw(
                    frame.buffer_mut(),
                    q,
                    input,
                    true,
                    "path of a session file, or a folder of them",
                    theme.dim(),
                );
                frame.render_widget(
                    Cells::new(Line::styled(
                        "Enter merges (nothing is lost or duplicated) · Esc cancels",
                        theme.dim(),
                    )),
                    note,
                );
            }
        }
        Mode::Report { cursor } => super::report::draw(frame, body, app, *cursor, theme),
    }
}

fn popup(frame: &mut Canvas<'_>, area: Rect, title: &str, theme: Theme) -> Rect {
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

fn editor(frame: &mut Canvas<'_>, items: Rect, app: &App, e: &Editor, theme: Theme) {
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
    let field_rows = field_heights.iter().sum::<u16>() + u16::from(e.attribution.is_some());
    let hint_rows = u16::from(e.hint.is_some());
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
        .map_or("no question".to_owned(), |q| format!("Q{}", q + 1));
    let verb = if e.is_new { "New" } else { "Edit" };
    if matches!(e.target, crate::tui::editor::Target::Header(_)) {
        // The report's header belongs to no table or question.
        let inner = popup(frame, area, &format!(" {} ", e.title), theme);
        super::textbox::draw(frame.buffer_mut(), inner, &e.text, true, "", theme.dim());
        return;
    }
    let inner = popup(
        frame,
        area,
        &format!(" {verb} {} · {table} · {q} ", e.title),
        theme,
    );
    let text_rows = inner.height.saturating_sub(hint_rows + field_rows).max(1);
    let mut constraints = vec![];
    if hint_rows > 0 {
        constraints.push(Constraint::Length(1));
    }
    constraints.push(Constraint::Length(text_rows));
    for h in &field_heights {
        constraints.push(Constraint::Length(*h));
    }
    if e.attribution.is_some() {
        constraints.push(Constraint::Length(1));
    }
    let rows = Layout::vertical(constraints).split(inner);
    let mut r = rows.iter();
    if let (Some(h), Some(rect)) = (&e.hint, hint_rows.gt(&0).then(|| r.next()).flatten()) {
        frame.render_widget(
            Cells::new(Line::styled(truncate(h, rect.width as usize), theme.dim())),
            *rect,
        );
    }
    if let Some(rect) = r.next() {
        // Slack on the right, as in the table view.
        let text = Rect {
            width: rect.width.saturating_sub(2),
            ..*rect
        };
        super::textbox::draw(
            frame.buffer_mut(),
            text,
            &e.text,
            e.focus == 0,
            "type here",
            theme.dim(),
        );
    }
    for (n, f) in e.fields.iter().enumerate() {
        let Some(rect) = r.next() else { break };
        let focused = e.focus == n + 1;
        let label = format!("{}: ", f.label);
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
            super::textbox::draw(frame.buffer_mut(), value, &f.area, true, "", theme.dim());
        } else {
            let v = f.area.lines().join(" ");
            let shown = if v.is_empty() {
                f.hint.clone().unwrap_or_else(|| "(Tab to fill in)".into())
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
    if let (Some(approved), Some(rect)) = (e.attribution, r.next()) {
        let focused = e.focus_on_approval();
        let text = format!(
            "[{}] the speaker agreed to be named (Space toggles; otherwise “anonymous”)",
            if approved { "x" } else { " " }
        );
        let style = if focused {
            theme.current()
        } else {
            theme.dim()
        };
        frame.render_widget(
            Cells::new(Span::styled(truncate(&text, rect.width as usize), style)),
            *rect,
        );
    }
}

fn centered(body: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(body.width);
    let h = height.min(body.height);
    Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + (body.height - h) / 2,
        width: w,
        height: h,
    }
}

fn search(frame: &mut Canvas<'_>, body: Rect, app: &App, s: &Search, theme: Theme) {
    let area = centered(body, body.width.saturating_sub(4).max(20), body.height);
    let inner = popup(frame, area, " Search all tables ", theme);
    if inner.height < 2 {
        return;
    }
    let [q, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    super::textbox::draw(
        frame.buffer_mut(),
        q,
        &s.query,
        true,
        "type to search every table",
        theme.dim(),
    );
    let w = list.width as usize;
    let mut lines = Vec::new();
    let query = s.query.lines().join(" ");
    if s.results.is_empty() && !query.trim().is_empty() {
        lines.push(Line::styled("No entry contains that", theme.dim()));
    }
    let height = list.height as usize;
    let offset = (s.selected + 1).saturating_sub(height);
    for (n, id) in s.results.iter().enumerate().skip(offset).take(height) {
        let Some(item) = app.session.item(*id) else {
            continue;
        };
        let table = item
            .table
            .as_deref()
            .and_then(|t| app.session.plan.table(t))
            .map_or("no table", |t| t.short.as_str());
        let first = item.text.lines().next().unwrap_or("");
        let kind = item
            .slot
            .as_deref()
            .and_then(|s| app.session.template.slot(s))
            .map_or("Point", |s| s.label.as_str());
        let q = item
            .question
            .as_deref()
            .and_then(|q| app.session.plan.questions.iter().position(|x| x.id == q))
            .map_or(String::new(), |n| format!(" · Q{}", n + 1));
        let text = truncate(&format!("{table}{q} · {kind}: {first}"), w);
        let style = if n == s.selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Cells::new(lines), list);
}

fn picker(frame: &mut Canvas<'_>, body: Rect, p: &Picker, theme: Theme) {
    let h = (p.options.len() as u16 + 2).min(body.height);
    let area = centered(body, 60, h);
    let inner = popup(frame, area, &format!(" {} ", p.title), theme);
    let height = inner.height as usize;
    let offset = (p.selected + 1).saturating_sub(height);
    let lines: Vec<Line> = p
        .options
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(n, o)| {
            let key = o.key.map_or("   ".to_owned(), |k| format!("{k}  "));
            let style = if n == p.selected {
                theme.selected()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(key, theme.key()),
                Span::styled(truncate(&o.label, inner.width as usize - 3), style),
            ])
        })
        .collect();
    frame.render_widget(Cells::new(lines), inner);
}

fn scrolled(
    frame: &mut Canvas<'_>,
    body: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let theme = Theme { color: true };
    let inner = popup(frame, body, title, theme);
    let max = lines.len().saturating_sub(inner.height as usize) as u16;
    frame.render_widget(Cells::new(lines).scroll(scroll.min(max) as usize), inner);
}

/// Every mode's keys, from the same tables that dispatch them, with each command's name:
/// the name a config file or plain mode uses.
fn help_lines(app: &App, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for kind in ModeKind::ALL {
        let table = app.keymap.table(kind);
        let mut groups: Vec<&str> = Vec::new();
        for b in table {
            if !groups.contains(&b.group) {
                groups.push(b.group);
            }
        }
        // Capturing comes first: it is what the screen is for.
        groups.sort_by_key(|g| !g.starts_with("Capture"));
        if kind != ModeKind::Normal {
            groups = vec![kind.title()];
        }
        for g in groups {
            out.push(Line::styled(g.to_owned(), theme.heading()));
            let mut seen_numbers = false;
            for b in table
                .iter()
                .filter(|b| b.group == g || kind != ModeKind::Normal)
            {
                if matches!(b.command, crate::tui::command::Command::GoToTable(_)) {
                    if seen_numbers {
                        continue;
                    }
                    seen_numbers = true;
                    out.push(key_line(
                        "1 … 9",
                        "go to table by number",
                        "go_to_table N",
                        theme,
                    ));
                    continue;
                }
                let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
                out.push(key_line(
                    &keys.join(" / "),
                    &b.hint,
                    &b.command.spec(),
                    theme,
                ));
            }
            if kind == ModeKind::Edit {
                for (k, v) in WIDGET_KEYS {
                    out.push(key_line(k, v, "", theme));
                }
            }
            out.push(Line::raw(""));
        }
    }
    if !app.keymap.shadowed.is_empty() {
        out.push(Line::styled(
            "Template keys taken by the keys above (use + to capture these):",
            theme.dim(),
        ));
        for (label, key) in &app.keymap.shadowed {
            out.push(Line::raw(format!("  {key}  {label}")));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled(
        "Every change is saved within a second.",
        theme.dim(),
    ));
    out.push(Line::styled(
        "Limits of the report form warn; they never stop you.",
        theme.dim(),
    ));
    out
}

fn key_line(keys: &str, what: &str, name: &str, theme: Theme) -> Line<'static> {
    let mut spans = vec![
        // At least one space after the keys, however long they are.
        Span::styled(format!("  {keys:<18} "), theme.key()),
        Span::raw(what.to_owned()),
    ];
    if !name.is_empty() {
        spans.push(Span::styled(format!("  {name}"), theme.dim()));
    }
    Line::from(spans)
}

fn aims_lines(app: &App, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let plan = &app.session.plan;
    let mut out = Vec::new();
    let para = |out: &mut Vec<Line<'static>>, lead: &str, text: &str, style: Style| {
        let pad = " ".repeat(super::text::width(lead));
        for (i, l) in wrap(text, w.saturating_sub(pad.len()).max(10))
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 { lead.to_owned() } else { pad.clone() };
            out.push(Line::styled(format!("{head}{l}"), style));
        }
    };
    if !plan.aims.is_empty() {
        out.push(Line::styled("Aims of the session", theme.heading()));
        for (n, a) in plan.aims.iter().enumerate() {
            para(&mut out, &format!("{}. ", n + 1), &a.text, Style::new());
            for (i, d) in a.details.iter().enumerate() {
                let letter = char::from(b'a' + (i % 26) as u8);
                para(&mut out, &format!("   {letter}. "), d, Style::new());
            }
        }
        out.push(Line::raw(""));
    }
    if !plan.agenda.is_empty() {
        out.push(Line::styled(
            format!("Agenda ({} minutes)", plan.agenda_minutes()),
            theme.heading(),
        ));
        for (n, p) in plan.agenda.iter().enumerate() {
            para(
                &mut out,
                &format!("{}. ", n + 1),
                &format!("{} — {} min", p.title, p.minutes),
                Style::new(),
            );
        }
        out.push(Line::raw(""));
    }
    for r in &plan.references {
        out.push(Line::styled(r.title.clone(), theme.heading()));
        if let Some(i) = &r.intro {
            para(&mut out, "", i, theme.dim());
        }
        for (n, item) in r.items.iter().enumerate() {
            para(&mut out, &format!("{}. ", n + 1), item, Style::new());
        }
        if let Some(s) = &r.source {
            para(&mut out, "", &format!("Source: {s}"), theme.dim());
        }
        out.push(Line::raw(""));
    }
    out
}

fn file_info(frame: &mut Canvas<'_>, body: Rect, app: &App, _now: DateTime<Utc>, theme: Theme) {
    let area = centered(body, body.width.saturating_sub(4).max(20), 12);
    let inner = popup(frame, area, " Session file ", theme);
    let w = inner.width as usize;
    let save = super::save_label(app, theme);
    let mut lines = vec![
        Line::raw(truncate(&format!("File:   {}", app.path.display()), w)),
        Line::raw(truncate(
            &format!("Backup: {}", backup_path(&app.path).display()),
            w,
        )),
        Line::raw(truncate(
            &format!("Lock:   {}", lock_path(&app.path).display()),
            w,
        )),
    ];
    match &app.save.error {
        // The whole reason, wrapped: the header has room for its start only.
        Some(e) if app.read_only.is_none() => {
            for l in wrap(&format!("Saving: ✗ failed: {e}"), w) {
                lines.push(Line::styled(l, theme.error()));
            }
        }
        _ => lines.push(Line::from(vec![Span::raw("Saving: "), save])),
    }
    if let Some(t) = app.save.saved_at {
        lines.push(Line::raw(format!(
            "Last saved at {}",
            t.with_timezone(&Local).format("%H:%M:%S on %Y-%m-%d")
        )));
    }
    if let Some(why) = &app.read_only {
        for l in wrap(&format!("Read-only: {why}"), w) {
            lines.push(Line::styled(l, theme.warn()));
        }
    }
    let live = app.session.live_items().count();
    lines.push(Line::raw(if app.read_only.is_some() {
        format!("{live} entries; read-only: nothing is saved from this window.")
    } else {
        format!("{live} entries; every change is saved within about a second.")
    }));
    frame.render_widget(Cells::new(lines), inner);
}
