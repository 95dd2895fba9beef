//! Draws the text being typed (the editor's [`TextInput`], or a `TextArea`) and finds its cursor,
//! wrapped, with the terminal widths of `text` (ratatui-textarea draws with its own,
//! narrower, widths, which would let a terminal's wider Bengali clusters push the cursor off
//! the character it is on). The text box shows the lines around the cursor, and only those
//! are wrapped: a frame of a 2 MB paragraph costs a screenful, not the paragraph.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use super::text::{Wrap, boundary_at_or_after, cluster_width, clusters, put_cluster};
use crate::tui::editor::TextInput;

/// Text with a cursor, as the text box draws it.
pub trait Edited {
    fn lines(&self) -> &[String];
    /// The cursor as (line, byte offset in the line).
    fn cursor_byte(&self) -> (usize, usize);
}

impl Edited for TextInput {
    fn lines(&self) -> &[String] {
        TextInput::lines(self)
    }

    fn cursor_byte(&self) -> (usize, usize) {
        TextInput::cursor_byte(self)
    }
}

impl Edited for TextArea<'_> {
    fn lines(&self) -> &[String] {
        TextArea::lines(self)
    }

    fn cursor_byte(&self) -> (usize, usize) {
        let c = self.cursor();
        let (row, col) = (c.0, c.1);
        let at = self
            .lines()
            .get(row)
            .map(|l| l.char_indices().nth(col).map_or(l.len(), |(i, _)| i))
            .unwrap_or(0);
        (row, at)
    }
}

impl<T: Edited + ?Sized> Edited for Box<T> {
    fn lines(&self) -> &[String] {
        T::lines(self)
    }

    fn cursor_byte(&self) -> (usize, usize) {
        T::cursor_byte(self)
    }
}

/// A visual line: (logical line, byte start, byte end).
type Visual = (usize, usize, usize);

/// Draws `area`'s lines wrapped to `rect`, scrolled so the cursor line shows. Shows
/// `placeholder` dimmed while empty. When `focused`, returns where the terminal's cursor
/// goes: the edit point (the run loop puts the real cursor there, which screen readers,
/// magnifiers and input methods follow; no cell is drawn reversed besides it).
pub fn draw(
    buf: &mut Buffer,
    rect: Rect,
    area: &impl Edited,
    focused: bool,
    placeholder: &str,
    dim: Style,
) -> Option<Position> {
    if rect.width == 0 || rect.height == 0 {
        return None;
    }
    let lines = area.lines();
    let (crow, cursor_byte) = area.cursor_byte();
    let max = (rect.width as usize).saturating_sub(1).max(1);
    let height = rect.height as usize;
    let (visual, cursor_visual) = around_cursor(lines, crow, cursor_byte, max, height);
    let top = (cursor_visual + 1).saturating_sub(height);
    let empty = lines.iter().all(String::is_empty);
    let mut cursor = None;
    for (n, (row, a, b)) in visual.iter().enumerate().skip(top).take(height) {
        let y = rect.y + (n - top) as u16;
        let line = &lines[*row];
        let mut x = rect.x as usize;
        let end = (rect.x + rect.width) as usize;
        let on_cursor_line = n == cursor_visual;
        for (gi, g) in clusters(&line[*a..*b]) {
            let w = cluster_width(g);
            if x + w > end {
                break;
            }
            let (start, stop) = (a + gi, a + gi + g.len());
            if on_cursor_line && cursor.is_none() && (start..stop).contains(&cursor_byte) {
                // Inside a cluster (just after a deletion joined two): as far into it as
                // the characters before the cursor take, within the cluster.
                let into = if cursor_byte == start {
                    0
                } else {
                    super::text::width(&line[start..cursor_byte]).min(w.saturating_sub(1))
                };
                cursor = Some(Position::new((x + into) as u16, y));
            }
            put_cluster(buf, x as u16, y, g, Style::new(), w);
            x += w;
        }
        if on_cursor_line && cursor.is_none() {
            cursor = Some(Position::new(x.min(end.saturating_sub(1)) as u16, y));
        }
        if empty && n == 0 && !placeholder.is_empty() {
            // A column is left for the cursor before the placeholder.
            x += usize::from(focused);
            for (_, g) in clusters(placeholder) {
                let w = cluster_width(g);
                if x + w > end {
                    break;
                }
                put_cluster(buf, x as u16, y, g, dim, w);
                x += w;
            }
        }
    }
    cursor.filter(|_| focused)
}

/// The visual lines around the cursor: at least `height - 1` before the cursor's (where the
/// text has them) and up to `height` after, with the index of the cursor's among them.
fn around_cursor(
    lines: &[String],
    crow: usize,
    cursor_byte: usize,
    max: usize,
    height: usize,
) -> (Vec<Visual>, usize) {
    let Some(line) = lines.get(crow) else {
        return (vec![(0, 0, 0)], 0);
    };
    let (upto, rest, mut from) = wrap_until(line, cursor_byte.min(line.len()), max, height);
    let mut visual: Vec<Visual> = upto.into_iter().map(|(a, b)| (crow, a, b)).collect();
    let mut cursor_visual = visual.len() - 1;
    // Earlier lines, while the cursor's line was wrapped from its start and more are needed.
    let mut row = crow;
    while from == 0 && cursor_visual + 1 < height && row > 0 {
        row -= 1;
        let l = &lines[row];
        let (v, _, f) = wrap_until(l, l.len(), max, height);
        cursor_visual += v.len();
        visual.splice(0..0, v.into_iter().map(|(a, b)| (row, a, b)));
        from = f;
    }
    // Later visual lines, as many as could show.
    let later = rest.map(|(a, b)| (crow, a, b)).chain(
        lines
            .iter()
            .enumerate()
            .skip(crow + 1)
            .flat_map(|(row, l)| Wrap::new(l, 0, max).map(move |(a, b)| (row, a, b))),
    );
    visual.extend(later.take(height));
    (visual, cursor_visual)
}

/// The visual lines of `line` up to the one holding byte `at` (the last one starting at
/// or before it), with at least `need - 1` before that one where the line has them; the
/// visual lines after it; and where the wrapping started. A line is wrapped from its start
/// unless it is longer than a few screenfuls before `at`: then from a cluster boundary
/// between one and two screenfuls of bytes before `at`, at a multiple of a screenful so
/// that it stays put while typing goes on (lines wrapped from any point fall in step with
/// the line's own within a line or two, long before they show).
fn wrap_until(
    line: &str,
    at: usize,
    max: usize,
    need: usize,
) -> (Vec<(usize, usize)>, std::iter::Peekable<Wrap<'_>>, usize) {
    // A screenful of plain text and a few lines more (`max` bytes a line), at least 512.
    let mut step = ((need + 4) * max).max(512);
    loop {
        let from = if at < 2 * step {
            0
        } else {
            boundary_at_or_after(line, (at - step) / step * step)
        };
        let mut wrap = Wrap::new(line, from, max).peekable();
        let mut upto = Vec::new();
        while let Some(v) = wrap.next_if(|&(a, _)| a <= at) {
            upto.push(v);
        }
        if upto.is_empty() {
            upto.push((from, from));
        }
        if from == 0 || upto.len() >= need {
            return (upto, wrap, from);
        }
        // Text so dense (many bytes a column) that the visual lines before fell short.
        step *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::view::text::wrap_ranges;

    /// Every visual line of `lines`, wrapped whole, and the cursor's index among them.
    fn whole(lines: &[String], crow: usize, at: usize, max: usize) -> (Vec<Visual>, usize) {
        let v: Vec<Visual> = lines
            .iter()
            .enumerate()
            .flat_map(|(r, l)| wrap_ranges(l, max).into_iter().map(move |(a, b)| (r, a, b)))
            .collect();
        let c = v
            .iter()
            .rposition(|(r, a, _)| *r == crow && *a <= at)
            .unwrap_or(0);
        (v, c)
    }

    /// Where every line is short, the text box shows exactly what wrapping everything shows.
    /// A long line is wrapped from a point a few screenfuls before the cursor: its visual
    /// lines are then lines the wrapping could give (whole clusters, within the width,
    /// one after another, the cursor's the last starting at or before it), and in real text
    /// the very lines wrapping everything gives (in text repeating itself exactly, they may
    /// stay a few clusters out of step).
    #[test]
    fn shows_the_lines_wrapping_everything_shows() {
        use crate::tui::view::text::width;
        let para = "firewalls between immigration enforcement and services, বাংলা 👍🏽 ";
        let texts = [
            vec![String::new()],
            vec!["short".to_owned()],
            vec![para.repeat(3), String::new(), para.repeat(2), "x".into()],
            (0..40).map(|n| para[..n].to_owned()).collect(),
            vec![para.repeat(500)],
            vec!["y".repeat(3000), para.repeat(300), "z".repeat(5)],
        ];
        for lines in &texts {
            let short = lines.iter().all(|l| l.len() < 1024);
            for max in [1, 7, 30] {
                for height in [1, 3, 10] {
                    for crow in 0..lines.len() {
                        let l = &lines[crow];
                        let ats: Vec<usize> = (0..=l.len())
                            .filter(|&i| l.is_char_boundary(i))
                            .step_by(97)
                            .chain([l.len()])
                            .collect();
                        for at in ats {
                            let case = format!("{max} {height} {crow} {at}");
                            let (all, c) = whole(lines, crow, at, max);
                            let (near, k) = around_cursor(lines, crow, at, max, height);
                            let shown = |v: &[Visual], k: usize| -> Vec<Visual> {
                                let top = (k + 1).saturating_sub(height);
                                v[top..].iter().take(height).copied().collect()
                            };
                            if short {
                                assert_eq!(near[k], all[c], "{case}");
                                assert_eq!(shown(&near, k), shown(&all, c), "{case}");
                                continue;
                            }
                            let (r, a, b) = near[k];
                            assert!(r == crow && a <= at && (b > at || b == l.len()), "{case}");
                            assert!(k >= c.min(height - 1), "enough lines above: {case}");
                            for w in near.windows(2) {
                                let ((r0, _, b0), (r1, a1, _)) = (w[0], w[1]);
                                assert!(r0 == r1 && a1 == b0 || r1 == r0 + 1 && a1 == 0, "{case}");
                            }
                            for (r, a, b) in shown(&near, k) {
                                let text = lines[r][a..b].trim_end();
                                assert!(
                                    width(text) <= max || clusters(text).count() == 1,
                                    "{case}: {text:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_frame_of_a_long_line_wraps_a_few_screenfuls() {
        let line = "firewalls between immigration enforcement and services ".repeat(40_000);
        let lines = vec![line.clone()];
        let (near, k) = around_cursor(&lines, 0, line.len(), 98, 5);
        let first = near.first().map_or(0, |v| v.1);
        assert!(
            line.len() - first < 2 * (5 + 4) * 98,
            "wrapped {} bytes for a frame",
            line.len() - first
        );
        assert_eq!(near[k].2, line.len());
    }
}
