//! Fitting text into terminal cells. Widths here are what terminals actually advance, which
//! for some scripts is more than ratatui counts: tmux, xterm and VTE give a Bengali vowel sign
//! (a spacing mark) its own column, and an emoji skin tone two. Text is laid out with the
//! larger width and drawn by [`Cells`], which marks the extra columns as skipped so ratatui
//! never draws over a glyph the terminal put there. A terminal that draws narrower just shows
//! a gap; nothing is overwritten and columns stay aligned either way.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::Widget;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn char_width(c: char) -> usize {
    match c.general_category() {
        GeneralCategory::SpacingMark => 1,
        _ => c.width().unwrap_or(0),
    }
}

/// Columns a grapheme cluster takes: at least one, so every cluster stays visible.
pub fn cluster_width(g: &str) -> usize {
    if g.len() == 1 {
        // One ASCII character: printable ones take a column, control ones are drawn as one.
        return 1;
    }
    let sum: usize = g.chars().map(char_width).sum();
    g.width().max(sum).max(1)
}

/// What a cluster is drawn as: control characters (tabs, stray escapes) as a space.
fn shown(g: &str) -> &str {
    if g.chars().any(char::is_control) {
        " "
    } else {
        g
    }
}

pub fn width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        // Printable ASCII: one cluster and one column per byte (the common case, made cheap).
        return s.len();
    }
    s.graphemes(true).map(cluster_width).sum()
}

/// Cuts `s` to at most `max` columns, ending with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = cluster_width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Byte ranges of the lines `line` (no line breaks) wraps into at `max` columns: breaking
/// after spaces where it can, between clusters where it must. Never empty.
pub fn wrap_ranges(line: &str, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (at, word) in runs(line) {
        let w = width(word);
        if used + w <= max {
            used += w;
            continue;
        }
        if word.trim().is_empty() {
            // Spaces that overflow stay at the end of the line they follow.
            out.push((start, at + word.len()));
            start = at + word.len();
            used = 0;
            continue;
        }
        if used > 0 && w <= max {
            out.push((start, at));
            start = at;
            used = w;
            continue;
        }
        for (gi, g) in word.grapheme_indices(true) {
            let gw = cluster_width(g);
            if used + gw > max && used > 0 {
                out.push((start, at + gi));
                start = at + gi;
                used = 0;
            }
            used += gw;
        }
    }
    out.push((start, line.len()));
    out
}

/// Runs of white space and runs of everything else, whole clusters each: lines break
/// between runs, so punctuation stays with its word ("services," "rights-based").
fn runs(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last: Option<bool> = None;
    for (at, g) in line.grapheme_indices(true) {
        let space = g.chars().all(char::is_whitespace);
        if last.is_some_and(|l| l != space) {
            out.push((start, &line[start..at]));
            start = at;
        }
        last = Some(space);
    }
    if start < line.len() {
        out.push((start, &line[start..]));
    }
    out
}

/// Wraps `s` into lines of at most `max` columns; line breaks in `s` are kept.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    s.split('\n')
        .flat_map(|para| {
            wrap_ranges(para, max)
                .into_iter()
                .map(|(a, b)| para[a..b].trim_end().to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Lines of styled text drawn cluster by cluster at terminal widths (see the module notes).
/// Lines are not wrapped here: callers wrap first.
pub struct Cells<'a> {
    lines: Vec<Line<'a>>,
    scroll: usize,
}

impl<'a> Cells<'a> {
    pub fn new(text: impl Into<Text<'a>>) -> Self {
        Cells {
            lines: text.into().lines,
            scroll: 0,
        }
    }

    /// Skips the first `n` lines.
    pub fn scroll(mut self, n: usize) -> Self {
        self.scroll = n;
        self
    }
}

impl Widget for Cells<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for (row, line) in self
            .lines
            .iter()
            .skip(self.scroll)
            .take(area.height as usize)
            .enumerate()
        {
            let y = area.y + row as u16;
            // Measured only when it matters: measuring every line of every frame is costly.
            let free = || {
                let total: usize = line.spans.iter().map(|s| width(&s.content)).sum();
                (area.width as usize).saturating_sub(total)
            };
            let mut x = area.x as usize
                + match line.alignment {
                    Some(Alignment::Center) => free() / 2,
                    Some(Alignment::Right) => free(),
                    _ => 0,
                };
            let end = (area.x + area.width) as usize;
            'spans: for span in &line.spans {
                let style: Style = line.style.patch(span.style);
                let text: &str = &span.content;
                if text.is_ascii() {
                    // Most text is plain ASCII: one byte, one column, no segmentation needed.
                    for i in 0..text.len() {
                        if x + 1 > end {
                            break 'spans;
                        }
                        put(buf, x as u16, y, shown(&text[i..=i]), style, 1);
                        x += 1;
                    }
                    continue;
                }
                for g in text.graphemes(true) {
                    let w = cluster_width(g);
                    if x + w > end {
                        break 'spans;
                    }
                    put(buf, x as u16, y, shown(g), style, w);
                    x += w;
                }
            }
        }
    }
}

/// Puts a cluster at (x, y), claiming `w` columns.
pub fn put(buf: &mut Buffer, x: u16, y: u16, g: &str, style: Style, w: usize) {
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.reset();
        cell.set_symbol(g);
        cell.set_style(style);
    }
    for k in 1..w as u16 {
        if let Some(cell) = buf.cell_mut((x + k, y)) {
            cell.reset();
            cell.set_style(style);
            cell.set_diff_option(CellDiffOption::Skip);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_what_terminals_advance() {
        assert_eq!(width("বা"), 2, "a Bengali vowel sign takes its own column");
        assert_eq!(width("ক্ষা"), 3);
        assert_eq!(width("👍🏽"), 4);
        assert_eq!(width("日本"), 4);
        assert_eq!(width("عربي"), 4);
        assert_eq!(width("abc"), 3);
    }

    #[test]
    fn wraps_at_spaces_and_keeps_clusters_whole() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        for line in wrap("বাংলাদেশ বাংলাদেশ বাংলাদেশ", 5)
        {
            assert!(width(&line) <= 5, "{line}");
        }
        let joined: String = wrap("👍🏽👍🏽👍🏽", 4).concat();
        assert_eq!(joined, "👍🏽👍🏽👍🏽");
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(
            wrap("consular services, re-integration", 20),
            ["consular services,", "re-integration"],
            "punctuation stays with its word"
        );
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
    }

    #[test]
    fn cells_claim_the_extra_columns() {
        let area = Rect::new(0, 0, 6, 1);
        let mut buf = Buffer::empty(area);
        Cells::new("বাx").render(area, &mut buf);
        assert_eq!(buf[(0, 0)].symbol(), "বা");
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::Skip,
            "the vowel sign's column is left to the terminal"
        );
        assert_eq!(buf[(2, 0)].symbol(), "x");
    }
}
