//! Draws a `TextArea`'s text and cursor with the terminal widths of `text` (ratatui-textarea
//! draws with its own, narrower, widths, which would let a terminal's wider Bengali clusters
//! push the cursor off the character it is on). The text area still owns editing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;

use super::text::{cluster_width, clusters, put, wrap_ranges};

/// Draws `area`'s lines wrapped to `rect`, scrolled so the cursor line shows; the cursor is
/// drawn (reversed) only when `focused`. Shows `placeholder` dimmed while empty.
pub fn draw(
    buf: &mut Buffer,
    rect: Rect,
    area: &TextArea,
    focused: bool,
    placeholder: &str,
    dim: Style,
) {
    if rect.width == 0 || rect.height == 0 {
        return;
    }
    let cursor = area.cursor();
    let max = rect.width as usize;
    // (logical row, byte start, byte end) of every visual line.
    let mut visual: Vec<(usize, usize, usize)> = Vec::new();
    for (row, line) in area.lines().iter().enumerate() {
        for (a, b) in wrap_ranges(line, max.saturating_sub(1).max(1)) {
            visual.push((row, a, b));
        }
    }
    let cursor_byte = area
        .lines()
        .get(cursor.0)
        .map(|l| l.char_indices().nth(cursor.1).map_or(l.len(), |(i, _)| i))
        .unwrap_or(0);
    let cursor_visual = visual
        .iter()
        .rposition(|(row, a, _)| *row == cursor.0 && *a <= cursor_byte)
        .unwrap_or(0);
    let height = rect.height as usize;
    let top = (cursor_visual + 1).saturating_sub(height);
    let empty = area.lines().iter().all(String::is_empty);
    for (n, (row, a, b)) in visual.iter().enumerate().skip(top).take(height) {
        let y = rect.y + (n - top) as u16;
        let line = &area.lines()[*row];
        let mut x = rect.x as usize;
        let end = (rect.x + rect.width) as usize;
        let mut drew_cursor = false;
        for (gi, g) in clusters(&line[*a..*b]) {
            let w = cluster_width(g);
            if x + w > end {
                break;
            }
            let at_cursor = focused && *row == cursor.0 && a + gi == cursor_byte;
            let style = if at_cursor {
                drew_cursor = true;
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            let shown = if g.chars().any(char::is_control) {
                " "
            } else {
                g
            };
            put(buf, x as u16, y, shown, style, w);
            x += w;
        }
        if focused && n == cursor_visual && !drew_cursor && x < end {
            put(
                buf,
                x as u16,
                y,
                " ",
                Style::new().add_modifier(Modifier::REVERSED),
                1,
            );
            x += 1;
        }
        if empty && n == 0 && !placeholder.is_empty() {
            for (_, g) in clusters(placeholder) {
                let w = cluster_width(g);
                if x + w > end {
                    break;
                }
                put(buf, x as u16, y, g, dim, w);
                x += w;
            }
        }
    }
}
