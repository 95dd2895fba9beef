//! The reading panels' views: help (every mode's keys, from the key tables), the aims and
//! reference material, and the session file's state.

use chrono::{DateTime, Local, Utc};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, truncate, wrap};
use crate::storage::atomic::{backup_path, lock_path};
use crate::tui::modes::ModeKind;
use crate::tui::modes::edit::WIDGET_KEYS;
use crate::tui::state::App;

pub fn help(frame: &mut Canvas<'_>, body: Rect, app: &App, scroll: u16, theme: Theme) {
    scrolled(frame, body, " Help ", help_lines(app, theme), scroll, theme);
}

pub fn aims(frame: &mut Canvas<'_>, body: Rect, app: &App, scroll: u16, theme: Theme) {
    let lines = aims_lines(app, body.width.saturating_sub(4) as usize, theme);
    scrolled(
        frame,
        body,
        " Aims, agenda and reference material ",
        lines,
        scroll,
        theme,
    );
}

fn scrolled(
    frame: &mut Canvas<'_>,
    body: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: u16,
    theme: Theme,
) {
    let inner = popup(frame, body, title, theme);
    let max = lines.len().saturating_sub(inner.height as usize) as u16;
    frame.render_widget(Cells::new(lines).scroll(scroll.min(max) as usize), inner);
}

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

pub fn file_info(frame: &mut Canvas<'_>, body: Rect, app: &App, _now: DateTime<Utc>, theme: Theme) {
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
