//! Drawing. Every function here reads the app state and writes cells; none changes state.
//! `draw` returns where it put clickable things, for the mouse.

mod items;
mod overlays;
mod projector;
mod questions;
mod report;
pub mod text;
mod textbox;
mod theme;

use std::sync::Arc;

use chrono::{DateTime, Local, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub use theme::Theme;

use super::state::{App, HitMap, Level, Message, Mode};
use crate::model::{Plan, Template};
use text::{Cells, Laid, truncate, width};

/// Smallest window the full screen fits in; below it a short message is shown instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// What the view keeps from one frame to the next so that text which did not change is not
/// laid out again. Only the view reads or writes it; a fresh one costs one slower frame.
#[derive(Default)]
pub struct Memo {
    items: items::Memo,
    questions: questions::Memo,
    header: Kept<HeaderKey>,
    tabs: Kept<TabsKey, Vec<(Rect, usize)>>,
    footer: Kept<FooterKey>,
}

/// Lines laid out once and drawn again while what they show is the same, with whatever else
/// laying them out found (where the tabs are, say).
pub(super) struct Kept<K, X = ()> {
    key: Option<K>,
    lines: Vec<Laid>,
    extra: X,
}

impl<K, X: Default> Default for Kept<K, X> {
    fn default() -> Self {
        Kept {
            key: None,
            lines: Vec::new(),
            extra: X::default(),
        }
    }
}

impl<K: PartialEq, X> Kept<K, X> {
    /// The lines for `key`, laid out by `make` unless they were for the same key last time.
    pub(super) fn get(
        &mut self,
        key: K,
        make: impl FnOnce(&K) -> (Vec<Line<'static>>, X),
    ) -> (&[Laid], &X) {
        if self.key.as_ref() != Some(&key) {
            let (lines, extra) = make(&key);
            self.lines = lines.iter().map(Laid::new).collect();
            self.extra = extra;
            self.key = Some(key);
        }
        (&self.lines, &self.extra)
    }
}

/// A value shared by pointer, compared by pointer: the same plan, not an equal one.
#[derive(Clone)]
pub(super) struct Shared<T>(pub Arc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Draws laid-out lines one per row of `area`, from its top.
fn draw_laid(frame: &mut Canvas<'_>, area: Rect, lines: &[Laid]) {
    for (row, line) in lines.iter().take(area.height as usize).enumerate() {
        let rect = Rect {
            y: area.y + row as u16,
            height: 1,
            ..area
        };
        line.render(rect, frame.buffer_mut());
    }
}

/// Where the view draws: a blank buffer the size of the window. It offers the few calls of
/// ratatui's `Frame` the view uses, so that the loop can own the double buffer (see
/// `tui::screen`) while tests draw through ratatui's `Terminal`.
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

/// Draws the whole screen for `app` into `buf` (blank, the size of the window).
pub fn draw(
    buf: &mut Buffer,
    app: &App,
    now: DateTime<Utc>,
    theme: Theme,
    memo: &mut Memo,
) -> HitMap {
    let frame = &mut Canvas { buf };
    let area = frame.area();
    let mut hits = HitMap::default();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, theme);
        return hits;
    }
    if app.projector {
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
    draw_header(frame, header, app, now, theme, &mut memo.header);
    draw_tabs(frame, tabs, app, theme, &mut hits, &mut memo.tabs);
    let items_area = if body.width >= 70 {
        let left = (body.width * 38 / 100).clamp(28, 60);
        let [q, i] =
            Layout::horizontal([Constraint::Length(left), Constraint::Min(20)]).areas(body);
        questions::draw(frame, q, app, theme, &mut hits, &mut memo.questions);
        i
    } else {
        body
    };
    items::draw(
        frame,
        items_area,
        app,
        theme,
        &mut hits,
        body.width < 70,
        &mut memo.items,
    );
    draw_footer(frame, footer, app, theme, &mut memo.footer);
    overlays::draw(frame, body, items_area, app, now, theme);
    hits
}

fn too_small(frame: &mut Canvas<'_>, area: Rect, theme: Theme) {
    let msg = format!(
        "Window too small ({}×{}). Make it at least {MIN_WIDTH}×{MIN_HEIGHT}; nothing is lost.",
        area.width, area.height
    );
    let lines: Vec<Line> = text::wrap(&msg, area.width.max(1) as usize)
        .into_iter()
        .map(|l| Line::styled(l, theme.warn()))
        .collect();
    frame.render_widget(Cells::new(lines), area);
}

/// "saved 17:32:05", "saving…", "save failed: …" or "read-only".
pub fn save_label(app: &App, theme: Theme) -> Span<'static> {
    if app.read_only.is_some() {
        return Span::styled("READ-ONLY", theme.error());
    }
    if let Some(e) = &app.save.error {
        return Span::styled(format!("✗ save failed: {e}"), theme.error());
    }
    if app.save.pending() {
        return Span::styled("● saving…", theme.warn());
    }
    match app.save.saved_at {
        Some(t) => Span::styled(
            format!("✓ saved {}", t.with_timezone(&Local).format("%H:%M:%S")),
            theme.ok(),
        ),
        None => Span::styled("✓ saved", theme.ok()),
    }
}

/// The agenda phase and its countdown: (words, style), or a hint when there is no agenda.
pub fn timer_label(app: &App, now: DateTime<Utc>, theme: Theme) -> Span<'static> {
    let plan = &app.session.plan;
    let state = app
        .session
        .agenda
        .clone()
        .unwrap_or_else(|| crate::model::AgendaState::new(now));
    let Some(v) = state.view(plan, now) else {
        return Span::styled("No agenda in this plan", theme.dim());
    };
    let secs = v.remaining_secs;
    let clock = if secs >= 0 {
        format!("{}:{:02} left", secs / 60, secs % 60)
    } else {
        format!("+{}:{:02} over", -secs / 60, -secs % 60)
    };
    let mark = if v.running { "▶" } else { "⏸" };
    let text = format!(
        "{mark} {}/{} {} · {clock}",
        v.index + 1,
        v.count,
        v.phase.title
    );
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
    Span::styled(text, style)
}

/// What the header shows: width, colour, save label, title, timer, hint and status.
type HeaderKey = (
    usize,
    bool,
    Span<'static>,
    String,
    Span<'static>,
    &'static str,
    String,
);

fn draw_header(
    frame: &mut Canvas<'_>,
    area: Rect,
    app: &App,
    now: DateTime<Utc>,
    theme: Theme,
    kept: &mut Kept<HeaderKey>,
) {
    let plan = &app.session.plan;
    let title = format!(
        "{} · {} {}",
        plan.event.name, plan.session.number, plan.session.title
    );
    let hint = if app.session.agenda.as_ref().is_some_and(|a| a.running()) {
        ""
    } else {
        "  (s starts the timer)"
    };
    // Where this laptop stands among several: its own table, or the folder it merges from.
    let mut status = String::new();
    if let Some(t) = app
        .home_table()
        .and_then(|t| app.session.plan.tables.get(t))
    {
        status.push_str(&format!("  · table laptop: {}", t.short));
    }
    if let Some(dir) = &app.watching {
        let name = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        status.push_str(&format!("  · ⇄ {name}/"));
        if let Some((file, at)) = &app.last_arrival {
            status.push_str(&format!(
                " (last: {file} {})",
                at.with_timezone(&Local).format("%H:%M")
            ));
        }
    }
    let hint = if status.is_empty() { hint } else { "" };
    let key = (
        area.width as usize,
        theme.color,
        save_label(app, theme),
        title,
        timer_label(app, now, theme),
        hint,
        status,
    );
    let (lines, _) = kept.get(key, |(w, _, save, title, timer, hint, status)| {
        let w = *w;
        let save_w = width(&save.content).min(w / 2);
        let save = Span::styled(truncate(&save.content, save_w), save.style);
        let title_w = w.saturating_sub(save_w + 1);
        let title = truncate(title, title_w);
        let pad = title_w.saturating_sub(width(&title));
        let line1 = Line::from(vec![
            Span::styled(title, theme.title()),
            Span::raw(" ".repeat(pad + 1)),
            save,
        ]);
        let used = width(&timer.content);
        let line2 = Line::from(vec![
            Span::styled(truncate(&timer.content, w), timer.style),
            Span::styled(truncate(hint, w.saturating_sub(used)), theme.dim()),
            Span::styled(truncate(status, w.saturating_sub(used)), theme.heading()),
        ]);
        (vec![line1, line2], ())
    });
    draw_laid(frame, area, lines);
}

/// What the tab bar shows: where, colour, the plan (for the tables' names), the current
/// table and the counts.
type TabsKey = (Rect, bool, Shared<Plan>, usize, Vec<usize>);

fn draw_tabs(
    frame: &mut Canvas<'_>,
    area: Rect,
    app: &App,
    theme: Theme,
    hits: &mut HitMap,
    kept: &mut Kept<TabsKey, Vec<(Rect, usize)>>,
) {
    let key = (
        area,
        theme.color,
        Shared(Arc::clone(&app.session.plan)),
        app.table,
        app.table_counts().to_vec(),
    );
    let (lines, tabs) = kept.get(key, |(area, _, plan, current, counts)| {
        let tables = &plan.0.tables;
        // Full names when they fit, short names otherwise.
        let label = |n: usize, name: &str| {
            format!(
                " {} {name} ({}) ",
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
    });
    hits.tabs.extend_from_slice(tabs);
    draw_laid(frame, area, lines);
}

/// What the footer shows: where, colour, the template (its slots have keys), which mode,
/// the message.
type FooterKey = (
    Rect,
    bool,
    Shared<Template>,
    std::mem::Discriminant<Mode>,
    Option<Message>,
);

fn draw_footer(
    frame: &mut Canvas<'_>,
    area: Rect,
    app: &App,
    theme: Theme,
    kept: &mut Kept<FooterKey>,
) {
    let key = (
        area,
        theme.color,
        Shared(Arc::clone(&app.session.template)),
        std::mem::discriminant(&app.mode),
        app.message.clone(),
    );
    let (lines, _) = kept.get(key, |_| (footer_lines(area, app, theme), ()));
    draw_laid(frame, area, lines);
}

/// The footer: the last message, and the keys that matter in this mode.
fn footer_lines(area: Rect, app: &App, theme: Theme) -> Vec<Line<'static>> {
    let w = area.width as usize;
    let hints: Vec<(String, String)> = match &app.mode {
        Mode::Edit(_) => [
            ("Enter", "done"),
            ("Alt-Enter", "new line"),
            ("Tab", "next field"),
            ("Esc", "done, kept"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
        Mode::Search(_) => [("↑↓", "choose"), ("Enter", "go to it"), ("Esc", "close")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        Mode::Pick(_) => [
            ("↑↓", "choose"),
            ("Enter or key", "pick"),
            ("Esc", "cancel"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
        Mode::Help { .. } | Mode::Aims { .. } => [("↑↓", "scroll"), ("any other key", "close")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        Mode::FileInfo => vec![("any key".into(), "close".into())],
        Mode::Import(_) => vec![
            ("Enter".into(), "merge in".into()),
            ("Esc".into(), "cancel".into()),
        ],
        Mode::Report { .. } => [
            ("↑↓", "choose"),
            ("Space", "in / out"),
            ("K J", "order"),
            ("Enter", "edit"),
            ("E", "export"),
            ("Esc", "back"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
        Mode::Normal => {
            let mut v: Vec<(String, String)> = app
                .keymap
                .bindings
                .iter()
                .filter(|b| b.footer)
                .filter_map(|b| {
                    let short = b.hint.split(":").next().unwrap_or(&b.hint).to_owned();
                    Some((b.keys.first()?.label(), short))
                })
                .collect();
            // The report's slots have a letter each (see ?); + lists them all.
            if app.session.template.slots().next().is_some() {
                v.insert(2, ("+".into(), "report entry".into()));
            }
            v
        }
    };
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
