//! The header (session, timer, save state, where this laptop stands) and the status area
//! under the panes (the last message, then the keys that matter now). Neither cuts a
//! message: what does not fit on a line wraps onto more, and the area grows.

use chrono::{DateTime, Local, Utc};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{truncate, width, wrap};
use super::{Theme, panel, save_label, timer_label};
use crate::tui::modes::ModeKind;
use crate::tui::state::{App, Level, Message};

/// The header's lines for a window `w` columns wide: the session's title and the save state,
/// then the timer with the key hint or the laptop's status; a status too long for what the
/// timer leaves goes on lines of its own below, whole.
pub fn header_lines(app: &App, now: DateTime<Utc>, theme: Theme, w: usize) -> Vec<Line<'static>> {
    let plan = &app.session.plan;
    let title = format!(
        "{} · {} {}",
        plan.event.name, plan.session.number, plan.session.title
    );
    // (A read-only window cannot start it: the window that writes does.)
    let hint =
        if app.read_only.is_some() || app.session.agenda.as_ref().is_some_and(|a| a.running()) {
            String::new()
        } else {
            let key = app
                .keymap
                .label(ModeKind::Normal, &crate::tui::command::Command::TimerToggle);
            format!("  ({})", crate::tr!("tui-header-start-timer", key = key))
        };
    // Where this laptop stands among several: its own table, or the folder it merges from.
    let mut status = String::new();
    if let Some(t) = app
        .home_table()
        .and_then(|t| app.session.plan.tables.get(t))
    {
        let laptop = crate::tr!("tui-header-table-laptop", table = t.short.as_str());
        status.push_str(&format!("  · {laptop}"));
    }
    if let Some(dir) = &app.watching {
        let name = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        status.push_str(&format!("  · ⇄ {name}/"));
        if let Some((file, at)) = &app.last_arrival {
            let time = at.with_timezone(&Local).format("%H:%M").to_string();
            let last = crate::tr!("tui-header-last-arrival", file = file.as_str(), time = time);
            status.push_str(&format!(" ({last})"));
        }
    }
    let (save, timer) = (save_label(app, theme), timer_label(app, now, theme));
    // The save state is summed up here; a failure's whole reason is in the status area.
    let save_w = width(&save.content).min(w / 2);
    let save = Span::styled(truncate(&save.content, save_w), save.style);
    let title_w = w.saturating_sub(save_w + 1);
    let title = truncate(&title, title_w);
    let pad = title_w.saturating_sub(width(&title));
    let mut lines = vec![Line::from(vec![
        Span::styled(title, theme.title()),
        Span::raw(" ".repeat(pad + 1)),
        save,
    ])];
    // The countdown is never cut; the phase's title gives way down to `PHASE_KEPT` columns
    // for what follows it. The key hint is whole or left out; the laptop's status is whole,
    // beside the timer or under it.
    const PHASE_KEPT: usize = 24;
    let room = w.saturating_sub(timer.width_with(PHASE_KEPT));
    if status.is_empty() {
        let hint = if width(&hint) <= room {
            hint
        } else {
            String::new()
        };
        lines.push(Line::from(vec![
            Span::styled(timer.fit(w.saturating_sub(width(&hint))), timer.style),
            Span::styled(hint, theme.dim()),
        ]));
    } else if width(&status) <= room {
        lines.push(Line::from(vec![
            Span::styled(timer.fit(w.saturating_sub(width(&status))), timer.style),
            Span::styled(status, theme.heading()),
        ]));
    } else {
        lines.push(Line::styled(timer.fit(w), timer.style));
        let status = status.trim_start_matches([' ', '·']).trim_start();
        for l in wrap(status, w.max(1)) {
            lines.push(Line::styled(l, theme.heading()));
        }
    }
    lines
}

/// What the status area says: the last message, or else a save that failed (the header has
/// room for its start only), or else why a read-only window's file shows no newer version.
pub fn status_message(app: &App) -> Option<Message> {
    if let Some(m) = &app.message {
        return Some(m.clone());
    }
    match (&app.save.error, &app.follow_problem) {
        (Some(e), _) if app.read_only.is_none() => Some(Message {
            text: crate::tr!("tui-save-failed", error = e.as_str()),
            level: Level::Error,
        }),
        (_, Some(problem)) => Some(Message {
            text: problem.clone(),
            level: Level::Warning,
        }),
        _ => None,
    }
}

/// The message's lines at `w` columns, at most `most` of them: a message longer than that
/// ends with a note that the file panel (F) shows it whole.
pub fn message_lines(app: &App, theme: Theme, w: usize, most: usize) -> Vec<Line<'static>> {
    let Some(m) = status_message(app) else {
        return Vec::new();
    };
    let style = match m.level {
        Level::Info => theme.ok(),
        Level::Warning => theme.warn(),
        Level::Error => theme.error(),
    };
    let mut lines = wrap(&m.text, w.max(1));
    if lines.len() > most.max(1) {
        let key = app
            .keymap
            .label(ModeKind::Normal, &crate::tui::command::Command::FileInfo);
        let more = crate::tr!("tui-message-more", key = key);
        lines.truncate(most.max(1));
        if let Some(last) = lines.last_mut() {
            // The last line gives way to the note, cut only between words.
            let room = w.saturating_sub(width(&more) + 1);
            let mut kept = String::new();
            for word in last.split(' ') {
                let next = if kept.is_empty() {
                    word.to_owned()
                } else {
                    format!("{kept} {word}")
                };
                if width(&next) > room {
                    break;
                }
                kept = next;
            }
            *last = if kept.is_empty() {
                truncate(&more, w)
            } else {
                format!("{kept} {more}")
            };
        }
    }
    lines.into_iter().map(|l| Line::styled(l, style)).collect()
}

/// The status area: the message's lines, then (`tall`) the keys that matter in this mode;
/// on a short window the message takes the keys' place.
pub fn footer_lines(
    message: Vec<Line<'static>>,
    hints: Line<'static>,
    tall: bool,
) -> Vec<Line<'static>> {
    match (tall, message.is_empty()) {
        (false, true) => vec![hints],
        (false, false) => message,
        (true, true) => vec![Line::raw(""), hints],
        (true, false) => message.into_iter().chain([hints]).collect(),
    }
}

/// The keys that matter in this mode, as many as fit.
pub fn hint_line(body: ratatui::layout::Rect, app: &App, theme: Theme, w: usize) -> Line<'static> {
    use crate::tui::command::Command;
    let kind = app.mode().kind();
    // A reading panel names the way it can still scroll: down, or up once at its end, and
    // neither when it all shows (or never scrolls, as the file panel).
    let scroll = panel::scroll_range(app, body, theme);
    let read_only = app.read_only.is_some();
    let shown = |b: &&crate::tui::keys::Binding| match b.command {
        Command::ScrollDown if kind == ModeKind::Panel => scroll.is_some_and(|(at, max)| at < max),
        Command::ScrollUp if kind == ModeKind::Panel => {
            scroll.is_some_and(|(at, max)| max > 0 && at >= max)
        }
        // A read-only window offers only what works there.
        _ => b.footer && !(read_only && crate::tui::modes::common::writes(&b.command)),
    };
    let mut hints: Vec<(String, String)> = app
        .keymap
        .table(kind)
        .iter()
        .filter(shown)
        .filter_map(|b| Some((b.keys.first()?.label(), b.short_hint())))
        .collect();
    // The report's slots have a letter each (see ?); + lists them all.
    if kind == ModeKind::Normal && !read_only && app.session.template.slots().next().is_some() {
        hints.insert(2, ("+".into(), crate::tr!("tui-footer-report-entry")));
    }
    let mut spans = Vec::new();
    let mut used = 0;
    // `?` leads to every other key, so room is kept for it; a hint too long for what is left
    // is skipped, and shorter ones after it still get their place.
    let piece = |k: &str, v: &str| width(k) + width(v) + 3;
    let mut reserve = hints
        .iter()
        .find(|(k, _)| k == "?")
        .map_or(0, |(k, v)| piece(k, v));
    for (k, v) in hints {
        let this = piece(&k, &v);
        let keep = if k == "?" { 0 } else { reserve };
        if used + this + keep > w {
            continue;
        }
        if k == "?" {
            reserve = 0;
        }
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::styled(format!(" {v}  "), Style::new()));
        used += this;
    }
    Line::from(spans)
}
