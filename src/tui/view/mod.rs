//! Drawing. Every function here reads the app state and writes cells; none changes state.
//! `draw` returns where it put clickable things, for the mouse.

mod edit;
mod import;
mod items;
mod overlays;
mod panel;
mod pick;
mod pieces;
mod popup;
mod projector;
mod questions;
mod report;
mod save_as;
mod search;
pub mod settle;
pub mod text;
mod textbox;
mod theme;

use chrono::{DateTime, Local, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub use theme::{Look, Theme};

use super::modes::{Mode, ModeKind};
use super::state::{App, HitMap, Level};
use text::{Cells, truncate, width};

pub use crate::tui::state::{MIN_HEIGHT, MIN_WIDTH};

/// `label` and the separator the language puts after a label: "Target: ", in French
/// "Cible : ".
pub fn labelled(label: &str) -> String {
    format!("{label}{}", crate::tr!("tui-label-sep"))
}

/// Draws lines one per row of `area`, from its top.
fn draw_lines(frame: &mut Canvas<'_>, area: Rect, lines: Vec<Line<'static>>) {
    for (row, line) in lines.into_iter().take(area.height as usize).enumerate() {
        let rect = Rect {
            y: area.y + row as u16,
            height: 1,
            ..area
        };
        frame.render_widget(Cells::new(line), rect);
    }
}

/// Where the view draws: a blank buffer the size of the window (ratatui's `Frame` gives it),
/// with the few calls of `Frame` the view uses.
pub struct Canvas<'a> {
    buf: &'a mut Buffer,
}

impl Canvas<'_> {
    pub fn area(&self) -> Rect {
        self.buf.area
    }

    pub fn buffer_mut(&mut self) -> &mut Buffer {
        self.buf
    }

    pub fn render_widget<W: Widget>(&mut self, widget: W, area: Rect) {
        widget.render(area, self.buf);
    }
}

/// Draws the whole screen for `app` into `buf` (blank, the size of the window): the main
/// screen, then each open mode over it, innermost last. Returns where clickable things are,
/// and where the terminal's cursor goes (`HitMap::cursor`: the edit point while typing,
/// none otherwise, and the run loop hides it).
pub fn draw(buf: &mut Buffer, app: &App, now: DateTime<Utc>, theme: Theme) -> HitMap {
    let hits = draw_screen(buf, app, now, theme);
    theme.paint(buf);
    settle::settle(buf);
    hits
}

fn draw_screen(buf: &mut Buffer, app: &App, now: DateTime<Utc>, theme: Theme) -> HitMap {
    let frame = &mut Canvas { buf };
    let area = frame.area();
    let mut hits = HitMap::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, theme);
        return hits;
    }
    if matches!(app.mode(), Mode::Projector) {
        projector::draw(frame, area, app, now, theme);
        return hits;
    }
    let footer_rows = if area.height >= 20 { 2 } else { 1 };
    let [header, tabs, body, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    draw_header(frame, header, app, now, theme);
    draw_tabs(frame, tabs, app, theme, &mut hits);
    let items_area = if body.width >= 70 {
        let left = (body.width * 38 / 100).clamp(28, 60);
        let [q, i] =
            Layout::horizontal([Constraint::Length(left), Constraint::Min(20)]).areas(body);
        questions::draw(frame, q, app, theme, &mut hits);
        i
    } else {
        body
    };
    items::draw(frame, items_area, app, theme, &mut hits, body.width < 70);
    draw_footer(frame, footer, body, app, theme);
    // The terminal's cursor shows only where the mode on top is typing.
    let mut cursor = None;
    for mode in &app.modes {
        cursor = overlays::draw(frame, body, items_area, app, mode, now, theme);
    }
    if app.modes.len() > 1 {
        // Clicks reach only the main screen's parts when nothing covers them.
        hits = HitMap::default();
    }
    hits.cursor = cursor;
    hits
}

fn too_small(frame: &mut Canvas<'_>, area: Rect, theme: Theme) {
    let msg = crate::tr!(
        "tui-too-small",
        width = area.width,
        height = area.height,
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT
    );
    let lines: Vec<Line> = text::wrap(&msg, area.width.max(1) as usize)
        .into_iter()
        .map(|l| Line::styled(l, theme.warn()))
        .collect();
    frame.render_widget(Cells::new(lines), area);
}

/// The key that saves the session in another folder, as help shows it.
pub fn save_as_key(app: &App) -> Option<String> {
    app.keymap
        .table(crate::tui::modes::ModeKind::Normal)
        .iter()
        .find(|b| b.command == crate::tui::command::Command::SaveAs)
        .and_then(|b| b.keys.first())
        .map(|k| k.label())
}

/// "saved 17:32:05", "saving…", "save failed: …" or "read-only".
pub fn save_label(app: &App, theme: Theme) -> Span<'static> {
    if app.read_only.is_some() {
        return Span::styled(crate::tr!("tui-save-read-only"), theme.error());
    }
    if let Some(e) = &app.save.error {
        // The way out comes first, where a narrow header still shows it.
        let text = match save_as_key(app) {
            Some(key) if app.save.elsewhere => {
                crate::tr!("tui-save-failed-elsewhere", key = key, error = e.as_str())
            }
            _ => crate::tr!("tui-save-failed", error = e.as_str()),
        };
        return Span::styled(text, theme.error());
    }
    if app.save.pending() {
        return Span::styled(crate::tr!("tui-save-saving"), theme.warn());
    }
    match app.save.saved_at {
        Some(t) => {
            let time = t.with_timezone(&Local).format("%H:%M:%S").to_string();
            Span::styled(crate::tr!("tui-save-saved-at", time = time), theme.ok())
        }
        None => Span::styled(crate::tr!("tui-save-saved"), theme.ok()),
    }
}

/// The agenda's phase and its countdown, in parts: what may be shortened (the phase's title)
/// and what must stay whole (the mark, the phase's number and the countdown).
pub struct TimerLabel {
    /// "▶ 2/3 ", or nothing when there is no agenda.
    lead: String,
    /// The phase's title, or the note that there is no agenda: shortened first.
    phase: String,
    /// " · 48:00 left": never cut.
    clock: String,
    pub style: ratatui::style::Style,
}

impl TimerLabel {
    /// The whole label.
    pub fn text(&self) -> String {
        format!("{}{}{}", self.lead, self.phase, self.clock)
    }

    /// Columns the label takes with its title cut to at most `phase` columns.
    pub fn width_with(&self, phase: usize) -> usize {
        width(&self.lead) + width(&self.phase).min(phase) + width(&self.clock)
    }

    /// The label in at most `max` columns: the phase's title is shortened (ending "…") so
    /// that the countdown stays whole; only when even that has no room does the title go,
    /// and the countdown is cut last of all.
    pub fn fit(&self, max: usize) -> String {
        let fixed = width(&self.lead) + width(&self.clock);
        if fixed + width(&self.phase) <= max {
            return self.text();
        }
        if max >= fixed + 2 {
            // "two …" would waste a column on the blank: "two…".
            let phase = truncate(&self.phase, max - fixed);
            let phase = phase.strip_suffix('…').unwrap_or(&phase).trim_end();
            return format!("{}{phase}…{}", self.lead, self.clock);
        }
        let bare = format!("{}{}", self.lead.trim_end(), self.clock);
        if width(&bare) <= max {
            return bare;
        }
        truncate(self.clock.trim_start_matches([' ', '·']), max)
    }
}

/// The agenda phase and its countdown, or a note when there is no agenda.
pub fn timer_label(app: &App, now: DateTime<Utc>, theme: Theme) -> TimerLabel {
    let plan = &app.session.plan;
    let state = app
        .session
        .agenda
        .clone()
        .unwrap_or_else(|| crate::model::AgendaState::new(now));
    let Some(v) = state.view(plan, now) else {
        return TimerLabel {
            lead: String::new(),
            phase: crate::tr!("tui-timer-no-agenda"),
            clock: String::new(),
            style: theme.dim(),
        };
    };
    let secs = v.remaining_secs;
    let clock = if secs >= 0 {
        let time = format!("{}:{:02}", secs / 60, secs % 60);
        crate::tr!("tui-timer-left", time = time)
    } else {
        let time = format!("+{}:{:02}", -secs / 60, -secs % 60);
        crate::tr!("tui-timer-over", time = time)
    };
    let mark = if v.running { "▶" } else { "⏸" };
    let style = if secs <= 0 {
        // Flashes once a second at and past zero while running.
        if v.running && now.timestamp() % 2 == 0 {
            theme
                .error()
                .add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            theme.error()
        }
    } else if secs <= 300 {
        theme.warn()
    } else if v.running {
        theme.title()
    } else {
        theme.dim()
    };
    TimerLabel {
        lead: format!("{mark} {}/{} ", v.index + 1, v.count),
        phase: v.phase.title.clone(),
        clock: format!(" · {clock}"),
        style,
    }
}

fn draw_header(frame: &mut Canvas<'_>, area: Rect, app: &App, now: DateTime<Utc>, theme: Theme) {
    let plan = &app.session.plan;
    let title = format!(
        "{} · {} {}",
        plan.event.name, plan.session.number, plan.session.title
    );
    let hint = if app.session.agenda.as_ref().is_some_and(|a| a.running()) {
        String::new()
    } else {
        format!("  ({})", crate::tr!("tui-header-start-timer"))
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
    let hint = if status.is_empty() {
        hint
    } else {
        String::new()
    };
    let (save, timer) = (save_label(app, theme), timer_label(app, now, theme));
    let lines = {
        let w = area.width as usize;
        let save_w = width(&save.content).min(w / 2);
        let save = Span::styled(truncate(&save.content, save_w), save.style);
        let title_w = w.saturating_sub(save_w + 1);
        let title = truncate(&title, title_w);
        let pad = title_w.saturating_sub(width(&title));
        let line1 = Line::from(vec![
            Span::styled(title, theme.title()),
            Span::raw(" ".repeat(pad + 1)),
            save,
        ]);
        // The countdown is never cut; the phase's title gives way down to `PHASE_KEPT`
        // columns for what follows it. The key hint is whole or left out; the laptop's
        // status is cut at its end.
        const PHASE_KEPT: usize = 24;
        let room = w.saturating_sub(timer.width_with(PHASE_KEPT));
        let (tail, tail_style) = if !hint.is_empty() {
            let hint = if width(&hint) <= room {
                hint
            } else {
                String::new()
            };
            (hint, theme.dim())
        } else {
            (truncate(&status, room), theme.heading())
        };
        let line2 = Line::from(vec![
            Span::styled(timer.fit(w.saturating_sub(width(&tail))), timer.style),
            Span::styled(tail, tail_style),
        ]);
        vec![line1, line2]
    };
    draw_lines(frame, area, lines);
}

fn draw_tabs(frame: &mut Canvas<'_>, area: Rect, app: &App, theme: Theme, hits: &mut HitMap) {
    let (current, counts) = (&app.table, app.table_counts());
    let (lines, tabs) = {
        let tables = &app.session.plan.tables;
        // Full names when they fit, short names otherwise. The current tab is in brackets,
        // so it shows without colour or reverse video too.
        let label = |n: usize, name: &str| {
            let (open, close) = if n == *current {
                ('[', ']')
            } else {
                (' ', ' ')
            };
            format!(
                "{open}{} {name} ({}){close}",
                n + 1,
                counts.get(n).copied().unwrap_or(0)
            )
        };
        let full: usize = tables
            .iter()
            .enumerate()
            .map(|(n, t)| width(&label(n, &t.short)) + 1)
            .sum();
        let budget = area.width as usize;
        let each = if full <= budget {
            usize::MAX
        } else {
            (budget / tables.len().max(1)).saturating_sub(1).max(4)
        };
        let mut spans = Vec::new();
        let mut tabs = Vec::new();
        let mut x = area.x;
        for (n, t) in tables.iter().enumerate() {
            let text = truncate(&label(n, &t.short), each);
            let w = width(&text) as u16;
            if x + w > area.x + area.width {
                break;
            }
            let style = if n == *current {
                theme.tab_current()
            } else {
                theme.tab()
            };
            tabs.push((Rect::new(x, area.y, w, 1), n));
            spans.push(Span::styled(text, style));
            spans.push(Span::raw(" "));
            x += w + 1;
        }
        (vec![Line::from(spans)], tabs)
    };
    hits.tabs.extend_from_slice(&tabs);
    draw_lines(frame, area, lines);
}

fn draw_footer(frame: &mut Canvas<'_>, area: Rect, body: Rect, app: &App, theme: Theme) {
    draw_lines(frame, area, footer_lines(area, body, app, theme));
}

/// The footer: the last message, and the keys that matter in this mode.
fn footer_lines(area: Rect, body: Rect, app: &App, theme: Theme) -> Vec<Line<'static>> {
    use crate::tui::command::Command;
    let w = area.width as usize;
    let kind = app.mode().kind();
    // A reading panel names the way it can still scroll: down, or up once at its end, and
    // neither when it all shows (or never scrolls, as the file panel).
    let scroll = panel::scroll_range(app, body, theme);
    let shown = |b: &&crate::tui::keys::Binding| match b.command {
        Command::ScrollDown if kind == ModeKind::Panel => scroll.is_some_and(|(at, max)| at < max),
        Command::ScrollUp if kind == ModeKind::Panel => {
            scroll.is_some_and(|(at, max)| max > 0 && at >= max)
        }
        _ => b.footer,
    };
    let mut hints: Vec<(String, String)> = app
        .keymap
        .table(kind)
        .iter()
        .filter(shown)
        .filter_map(|b| Some((b.keys.first()?.label(), b.short_hint())))
        .collect();
    // The report's slots have a letter each (see ?); + lists them all.
    if kind == ModeKind::Normal && app.session.template.slots().next().is_some() {
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
        spans.push(Span::raw(format!(" {v}  ")));
        used += this;
    }
    let hint_line = Line::from(spans);
    let message = app.message.as_ref().map(|m| {
        let style = match m.level {
            Level::Info => theme.ok(),
            Level::Warning => theme.warn(),
            Level::Error => theme.error(),
        };
        Line::styled(truncate(&m.text, w), style)
    });
    match (area.height, message) {
        (1, Some(m)) => vec![m],
        (1, None) => vec![hint_line],
        (_, Some(m)) => vec![m, hint_line],
        (_, None) => vec![Line::raw(""), hint_line],
    }
}
