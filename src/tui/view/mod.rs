//! Drawing. Every function here reads the app state and writes cells; none changes state.
//! `draw` returns where it put clickable things, for the mouse.

mod edit;
mod items;
mod overlays;
mod panel;
mod path_prompt;
mod pick;
mod pieces;
mod popup;
mod projector;
mod questions;
mod report;
mod search;
pub mod settle;
mod status;
mod tables;
mod tabs;
pub mod text;
mod textbox;
mod theme;

use chrono::{DateTime, Local, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub use theme::{Look, Palette, Theme, default_colour};

use super::modes::Mode;
use super::state::{App, HitMap};
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
    // The projector view covers everything; the table list opens over it.
    if let Some(at) = app.modes.iter().position(|m| matches!(m, Mode::Projector)) {
        projector::draw(frame, area, app, now, theme);
        for mode in &app.modes[at + 1..] {
            hits.cursor = overlays::draw(frame, area, area, app, mode, now, theme);
        }
        return hits;
    }
    let Screen {
        header_lines,
        header,
        tabs,
        body,
        footer,
        message,
        tall,
    } = lay_out(app, now, theme, area);
    draw_lines(frame, header, header_lines);
    tabs::draw(frame, tabs, app, theme, &mut hits);
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
    let hints = status::hint_line(body, app, theme, footer.width as usize);
    draw_lines(frame, footer, status::footer_lines(message, hints, tall));
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

/// Where the main screen's parts go in `area`: the header and the status area take the
/// rows their words need (a long message wraps and the status area grows, up to what leaves
/// the panes three rows), the panes the rest.
struct Screen {
    header_lines: Vec<Line<'static>>,
    header: Rect,
    tabs: Rect,
    body: Rect,
    footer: Rect,
    message: Vec<Line<'static>>,
    /// Whether the status area has a row for the keys under the message.
    tall: bool,
}

fn lay_out(app: &App, now: DateTime<Utc>, theme: Theme, area: Rect) -> Screen {
    let w = area.width as usize;
    let mut header_lines = status::header_lines(app, now, theme, w);
    // The header never takes what the panes need.
    header_lines.truncate((area.height as usize / 4).max(2));
    let tall = area.height >= 20;
    let fixed = header_lines.len() + 1 + 3;
    let most = (area.height as usize).saturating_sub(fixed).max(1);
    // The file panel shows the message whole itself: the panes keep the room.
    let message = if matches!(app.mode(), Mode::FileInfo) {
        Vec::new()
    } else {
        status::message_lines(app, theme, w, most.saturating_sub(usize::from(tall)))
    };
    let footer_rows = (message.len().max(1) + usize::from(tall)).min(most);
    let [header, tabs, body, footer] = Layout::vertical([
        Constraint::Length(header_lines.len() as u16),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(footer_rows as u16),
    ])
    .areas(area);
    Screen {
        header_lines,
        header,
        tabs,
        body,
        footer,
        message,
        tall,
    }
}

/// The area the panes and the dialogs over them take in a window of `size`, as `draw` lays
/// it out: what a scrolling panel's update needs to know how far it can go.
pub fn body_area(app: &App, now: DateTime<Utc>, size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    lay_out(app, now, Theme::default(), area).body
}

/// How far the panel on top can scroll in the window as last reported: `None` for a mode
/// that does not scroll.
pub fn scroll_max(app: &App, now: DateTime<Utc>) -> Option<u16> {
    let body = body_area(app, now, app.size);
    panel::scroll_range(app, body, Theme::default()).map(|(_, max)| max)
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
