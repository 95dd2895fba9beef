//! The reading panels' views: help (every mode's keys, from the key tables), the aims and
//! reference material, and the session file's state.

use chrono::{DateTime, Local, Utc};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;
use super::Theme;
use super::popup::{centered, popup};
use super::text::{Cells, width, wrap};
use crate::storage::atomic::{backup_path, lock_path};
use crate::tui::modes::edit::widget_keys;
use crate::tui::modes::{Mode, ModeKind};
use crate::tui::state::App;

pub fn help(frame: &mut Canvas<'_>, body: Rect, app: &App, scroll: u16, theme: Theme) {
    let title = format!(" {} ", crate::tr!("tui-help-title"));
    let lines = help_lines(app, body.width.saturating_sub(2) as usize, theme);
    scrolled(frame, body, &title, lines, scroll, theme);
}

pub fn aims(frame: &mut Canvas<'_>, body: Rect, app: &App, scroll: u16, theme: Theme) {
    let lines = aims_lines(app, body.width.saturating_sub(4) as usize, theme);
    let title = format!(" {} ", crate::tr!("tui-aims-title"));
    scrolled(frame, body, &title, lines, scroll, theme);
}

/// Where a scrolling panel on top is and the furthest it scrolls, drawn over `body`; none
/// for a panel that does not scroll (the file panel) or another mode.
pub fn scroll_range(app: &App, body: Rect, theme: Theme) -> Option<(u16, u16)> {
    let (scroll, lines) = match app.mode() {
        Mode::Help { scroll } => (
            *scroll,
            help_lines(app, body.width.saturating_sub(2) as usize, theme),
        ),
        Mode::Aims { scroll } => (
            *scroll,
            aims_lines(app, body.width.saturating_sub(4) as usize, theme),
        ),
        _ => return None,
    };
    // The popup's border takes a row at the top and one at the bottom.
    let max = lines
        .len()
        .saturating_sub(body.height.saturating_sub(2) as usize) as u16;
    Some((scroll.min(max), max))
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

/// Help's lines for a panel `w` columns wide inside.
fn help_lines(app: &App, w: usize, theme: Theme) -> Vec<Line<'static>> {
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
        groups.sort_by_key(|g| !g.starts_with(crate::tui::modes::normal::CAPTURE));
        if kind != ModeKind::Normal {
            groups = vec![kind.title_id()];
        }
        for g in groups {
            out.push(Line::styled(crate::i18n::text(g, &[]), theme.heading()));
            let mut seen_numbers = false;
            // Tables by number are one line while their keys are the digits (a config file
            // may give them others, listed one by one).
            let by_digit = table.iter().all(|b| match b.command {
                crate::tui::command::Command::GoToTable(n) => {
                    b.keys.len() == 1 && b.keys[0].label() == (n + 1).to_string()
                }
                _ => true,
            });
            for b in table
                .iter()
                .filter(|b| b.group == g || kind != ModeKind::Normal)
            {
                if by_digit && matches!(b.command, crate::tui::command::Command::GoToTable(_)) {
                    if seen_numbers {
                        continue;
                    }
                    seen_numbers = true;
                    out.extend(key_line(
                        "1 … 9",
                        &crate::tr!("tui-help-go-to-table"),
                        "go_to_table N",
                        w,
                        theme,
                    ));
                    continue;
                }
                let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
                out.extend(key_line(
                    &keys.join(" / "),
                    &b.hint(),
                    &b.command.spec(),
                    w,
                    theme,
                ));
            }
            if kind == ModeKind::Edit {
                for (k, v) in widget_keys() {
                    out.extend(key_line(k, &v, "", w, theme));
                }
            }
            out.push(Line::raw(""));
        }
    }
    if !app.keymap.shadowed.is_empty() {
        for l in wrap(&crate::tr!("tui-help-shadowed"), w) {
            out.push(Line::styled(l, theme.dim()));
        }
        for (label, key) in &app.keymap.shadowed {
            out.push(Line::raw(format!("  {key}  {label}")));
        }
        out.push(Line::raw(""));
    }
    for note in [crate::tr!("tui-help-saved"), crate::tr!("tui-help-limits")] {
        for l in wrap(&note, w) {
            out.push(Line::styled(l, theme.dim()));
        }
    }
    out
}

/// A key and what it does, with the command's name; words too long for the panel wrap under
/// themselves (never cut: other languages are longer than English).
fn key_line(keys: &str, what: &str, name: &str, w: usize, theme: Theme) -> Vec<Line<'static>> {
    // At least one space after the keys, however long they are.
    let lead = format!("  {keys:<18} ");
    let lead_w = width(&lead);
    let room = w.saturating_sub(lead_w).max(10);
    let name = if name.is_empty() {
        String::new()
    } else {
        format!("  {name}")
    };
    let parts = wrap(what, room);
    let name_fits = parts
        .last()
        .is_some_and(|l| width(l) + width(&name) <= room);
    let mut out = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let mut spans = if i == 0 {
            vec![Span::styled(lead.clone(), theme.key())]
        } else {
            vec![Span::raw(" ".repeat(lead_w))]
        };
        spans.push(Span::raw(part.clone()));
        if i + 1 == parts.len() && name_fits && !name.is_empty() {
            spans.push(Span::styled(name.clone(), theme.dim()));
        }
        out.push(Line::from(spans));
    }
    if !name_fits && !name.is_empty() {
        out.push(Line::from(vec![
            Span::raw(" ".repeat(lead_w)),
            Span::styled(name.trim_start().to_owned(), theme.dim()),
        ]));
    }
    out
}

fn aims_lines(app: &App, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let plan = &app.session.plan;
    let mut out = Vec::new();
    let para = |out: &mut Vec<Line<'static>>, lead: &str, text: &str, style: Style| {
        let pad = " ".repeat(width(lead));
        for (i, l) in wrap(text, w.saturating_sub(width(&pad)).max(10))
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 { lead.to_owned() } else { pad.clone() };
            out.push(Line::styled(format!("{head}{l}"), style));
        }
    };
    if !plan.aims.is_empty() {
        out.push(Line::styled(
            crate::tr!("tui-aims-heading"),
            theme.heading(),
        ));
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
            crate::tr!("tui-aims-agenda", minutes = plan.agenda_minutes()),
            theme.heading(),
        ));
        // The phase the timer is in, in words and in the current style; each phase with the
        // question it discusses, where the plan names one.
        let now = app.session.agenda.as_ref().map_or(0, |a| a.phase);
        for (n, p) in plan.agenda.iter().enumerate() {
            let mut text = crate::tr!(
                "tui-aims-phase",
                title = p.title.as_str(),
                minutes = p.minutes
            );
            if let Some((k, q)) = p
                .question
                .as_ref()
                .and_then(|q| plan.questions.iter().enumerate().find(|(_, x)| x.id == *q))
            {
                text.push(' ');
                text.push_str(&crate::tr!(
                    "tui-aims-phase-question",
                    number = k + 1,
                    question = q.title.as_str()
                ));
            }
            let (lead, style) = if n == now {
                text.push(' ');
                text.push_str(&crate::tr!("tui-aims-phase-now"));
                (format!("▶{}. ", n + 1), theme.current())
            } else {
                (format!(" {}. ", n + 1), Style::new())
            };
            para(&mut out, &lead, &text, style);
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
            para(
                &mut out,
                "",
                &crate::tr!("tui-aims-source", source = s),
                theme.dim(),
            );
        }
        out.push(Line::raw(""));
    }
    out
}

pub fn file_info(frame: &mut Canvas<'_>, body: Rect, app: &App, _now: DateTime<Utc>, theme: Theme) {
    let width_ = body.width.saturating_sub(4).max(20);
    let lines = file_lines(app, width_.saturating_sub(2) as usize, theme);
    let area = centered(body, width_, lines.len() as u16 + 2);
    let inner = popup(
        frame,
        area,
        &format!(" {} ", crate::tr!("tui-file-title")),
        theme,
    );
    frame.render_widget(Cells::new(lines), inner);
}

/// The file panel's lines, `w` columns wide: the files, the save state, the language, and
/// the last message whole (the status area may have had room for its start only).
fn file_lines(app: &App, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let save = super::save_label(app, theme);
    // The labels in one column, as wide as the widest in this language.
    let names = [
        crate::tr!("tui-file-path"),
        crate::tr!("tui-file-backup"),
        crate::tr!("tui-file-lock"),
        crate::tr!("tui-file-saving"),
        crate::tr!("tui-file-language"),
        crate::tr!("tui-file-config"),
        crate::tr!("tui-file-exported"),
    ];
    // The config file's line only shows when there is one, the report files' after an
    // export.
    let shown = if app.config.path.is_some() { 6 } else { 5 };
    let col = names
        .iter()
        .take(shown)
        .chain(names.get(6).filter(|_| !app.exported.is_empty()))
        .map(|n| width(n))
        .max()
        .unwrap_or(0)
        + 1;
    let label = |n: usize| {
        let name = names.get(n).map_or("", String::as_str);
        format!("{name}{}", " ".repeat(col.saturating_sub(width(name))))
    };
    // Paths wrap under themselves: a deep folder is read whole.
    let mut lines = Vec::new();
    for (n, p) in [
        app.path.clone(),
        backup_path(&app.path),
        lock_path(&app.path),
    ]
    .iter()
    .enumerate()
    {
        lines.extend(hanging(
            &label(n),
            &p.display().to_string(),
            w,
            Style::new(),
        ));
    }
    match &app.save.error {
        // The whole reason, wrapped: the header has room for its start only.
        Some(e) if app.read_only.is_none() => {
            let failed = crate::tr!("tui-file-save-failed", error = e.as_str());
            lines.extend(hanging(&label(3), &failed, w, theme.error()));
            if let Some(key) = super::save_as_key(app).filter(|_| app.save.elsewhere) {
                let how = crate::tr!("tui-file-save-elsewhere", key = key);
                let lead = " ".repeat(width(&label(3)));
                lines.extend(hanging(&lead, &how, w, theme.error()));
            }
        }
        _ => lines.push(Line::from(vec![Span::raw(label(3)), save])),
    }
    if let Some(t) = app.save.saved_at {
        let at = t.with_timezone(&Local);
        lines.push(Line::raw(crate::tr!(
            "tui-file-last-saved",
            time = at.format("%H:%M:%S").to_string(),
            date = at.format("%Y-%m-%d").to_string()
        )));
    }
    lines.extend(hanging(
        &label(4),
        &app.language.describe(),
        w,
        Style::new(),
    ));
    // The config file, when there is one, and what was wrong in it.
    if let Some(path) = &app.config.path {
        let shown = path.display().to_string();
        lines.extend(hanging(&label(5), &shown, w, Style::new()));
    }
    for p in &app.config.problems {
        lines.extend(hanging("  ", p, w, theme.warn()));
    }
    for (n, p) in app.exported.iter().enumerate() {
        let head = if n == 0 {
            label(6)
        } else {
            " ".repeat(width(&label(6)))
        };
        lines.extend(hanging(&head, &p.display().to_string(), w, Style::new()));
    }
    if let Some(why) = &app.read_only {
        for l in wrap(&crate::tr!("tui-read-only", reason = why.as_str()), w) {
            lines.push(Line::styled(l, theme.warn()));
        }
    }
    let live = app.session.live_items().count();
    let summary = if app.read_only.is_some() {
        crate::tr!("tui-file-entries-read-only", count = live)
    } else {
        crate::tr!("tui-file-entries", count = live)
    };
    for l in wrap(&summary, w) {
        lines.push(Line::raw(l));
    }
    // (A failed save is told above, on the saving line.)
    if let Some(m) = &app.message {
        lines.push(Line::styled(
            crate::tr!("tui-file-message"),
            theme.heading(),
        ));
        for l in wrap(&m.text, w) {
            lines.push(Line::raw(l));
        }
    }
    lines
}

/// `label` then `value` wrapped under itself, in `w` columns.
fn hanging(label: &str, value: &str, w: usize, style: Style) -> Vec<Line<'static>> {
    let lead = width(label);
    wrap(value, w.saturating_sub(lead).max(10))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let head = if i == 0 {
                label.to_owned()
            } else {
                " ".repeat(lead)
            };
            Line::styled(format!("{head}{l}"), style)
        })
        .collect()
}
