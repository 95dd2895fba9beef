//! Fitting text into terminal cells. Widths here are what terminals actually advance, which
//! for some scripts is more than ratatui counts: tmux, xterm and VTE give a Bengali vowel sign
//! (a spacing mark) its own column, and an emoji skin tone two. Text is laid out with the
//! larger width and drawn by [`Cells`], which marks the extra columns as skipped so ratatui
//! never draws over a glyph the terminal put there. A terminal that draws narrower just shows
//! a gap; nothing is overwritten and columns stay aligned either way.

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Borders, Widget};
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

pub(super) use super::pieces::lead;
use super::pieces::trail;
pub use super::pieces::{cluster_width, pieces, put, put_cluster};

/// Characters that always form a grapheme cluster on their own, whatever stands around them:
/// neither combining, joining nor spacing marks, prepended marks, Hangul jamo, regional
/// indicators nor CR. Latin, Greek, Cyrillic, Arabic letters, CJK ideographs, and the
/// punctuation, arrows, box drawing and shapes the screen uses. A test checks each one beside
/// itself and ASCII, and a spread of pairs.
fn stands_alone(c: char) -> bool {
    matches!(u32::from(c),
        0x20..=0x7E
        | 0xA0..=0x24F
        | 0x370..=0x377
        | 0x37A..=0x37F
        | 0x384..=0x3FF
        | 0x400..=0x482
        | 0x48A..=0x52F
        | 0x620..=0x64A
        | 0x660..=0x66F
        | 0x671..=0x6D5
        | 0x2010..=0x2027
        | 0x2030..=0x205E
        | 0x20A0..=0x20C0
        | 0x2100..=0x214F
        | 0x2190..=0x21FF
        | 0x2500..=0x25FF
        | 0x4E00..=0x9FFF
    )
}

/// The grapheme clusters of `s` with their byte offsets. Text made only of characters that
/// stand alone (most text, and all of the screen's own) is split by character, which costs
/// a tenth of full segmentation; anything else is segmented properly.
pub fn clusters(s: &str) -> Clusters<'_> {
    // Checking bytes for ASCII is much cheaper than classifying characters.
    if printable_ascii(s) || s.chars().all(stands_alone) {
        Clusters::Simple(s.char_indices(), s)
    } else {
        Clusters::Full(s.grapheme_indices(true))
    }
}

pub enum Clusters<'a> {
    Simple(std::str::CharIndices<'a>, &'a str),
    Full(unicode_segmentation::GraphemeIndices<'a>),
}

impl<'a> Iterator for Clusters<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Clusters::Simple(chars, s) => {
                let (at, c) = chars.next()?;
                Some((at, &s[at..at + c.len_utf8()]))
            }
            Clusters::Full(g) => g.next(),
        }
    }
}

/// One cluster and one column per byte: the common case, made cheap.
fn printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

pub fn width(s: &str) -> usize {
    if printable_ascii(s) {
        // Printable ASCII: one cluster and one column per byte (the common case, made cheap).
        return s.len();
    }
    clusters(s).map(|(_, g)| cluster_width(g)).sum()
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
    for (_, g) in clusters(s) {
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
    Wrap::new(line, 0, max).collect()
}

/// The lines `line` (no line breaks) wraps into at `max` columns, from byte `from` (a
/// cluster boundary) on, worked out only as far as they are taken: a screenful of a 2 MB
/// paragraph costs a screenful. Wrapping again from the start of any line it gave yields
/// the same lines from there on.
pub struct Wrap<'a> {
    line: &'a str,
    max: usize,
    clusters: std::iter::Peekable<Chunked<'a>>,
    /// Start of the line being filled, and the columns it holds so far.
    start: usize,
    used: usize,
    /// Lines worked out and not yet taken.
    out: std::collections::VecDeque<(usize, usize)>,
    /// Inside a word wider than a line, being cut between clusters.
    cutting: bool,
    done: bool,
}

impl<'a> Wrap<'a> {
    pub fn new(line: &'a str, from: usize, max: usize) -> Self {
        Wrap {
            line,
            max: max.max(1),
            clusters: Chunked::new(line, from).peekable(),
            start: from,
            used: 0,
            out: Default::default(),
            cutting: false,
            done: false,
        }
    }

    /// Works out the next run of white space or of anything else (lines break between
    /// runs, so punctuation stays with its word), pushing the lines it completes.
    fn run(&mut self) {
        if self.cutting {
            while let Some((i, g)) = self.clusters.next_if(|(_, g)| !is_space(g)) {
                if self.cut(i, cluster_width(g)) {
                    return;
                }
            }
            self.cutting = false;
            return;
        }
        let Some(&(at, first)) = self.clusters.peek() else {
            self.out.push_back((self.start, self.line.len()));
            self.done = true;
            return;
        };
        let max = self.max;
        if is_space(first) {
            let mut w = 0;
            while let Some((_, g)) = self.clusters.next_if(|(_, g)| is_space(g)) {
                w += cluster_width(g);
            }
            let end = self.clusters.peek().map_or(self.line.len(), |(i, _)| *i);
            if self.used + w <= max {
                self.used += w;
            } else {
                // Spaces that overflow stay at the end of the line they follow.
                self.out.push_back((self.start, end));
                self.start = end;
                self.used = 0;
            }
            return;
        }
        // A word: measured only until it is known to be wider than a line.
        let mut word: Vec<(usize, usize)> = Vec::new();
        let mut w = 0;
        while w <= max {
            let Some((i, g)) = self.clusters.next_if(|(_, g)| !is_space(g)) else {
                break;
            };
            let gw = cluster_width(g);
            word.push((i, gw));
            w += gw;
        }
        if w <= max {
            if self.used + w <= max {
                self.used += w;
            } else {
                // It fits on a line of its own: it starts the next one.
                self.out.push_back((self.start, at));
                self.start = at;
                self.used = w;
            }
            return;
        }
        // Wider than a line: cut between clusters, filling the current line first; the
        // rest of the word is cut a line at a time, as lines are taken.
        for (i, gw) in word {
            self.cut(i, gw);
        }
        self.cutting = true;
    }

    /// Puts a cluster of a word wider than a line on the current line, or starts the next
    /// line with it; returns whether it started one.
    fn cut(&mut self, i: usize, gw: usize) -> bool {
        let cut = self.used + gw > self.max && self.used > 0;
        if cut {
            self.out.push_back((self.start, i));
            self.start = i;
            self.used = 0;
        }
        self.used += gw;
        cut
    }
}

impl Iterator for Wrap<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        while self.out.is_empty() && !self.done {
            self.run();
        }
        self.out.pop_front()
    }
}

fn is_space(g: &str) -> bool {
    g.chars().all(char::is_whitespace)
}

/// The clusters of `line` from byte `next` on, segmented a piece at a time (pieces end on
/// cluster boundaries), so taking a few costs a few.
struct Chunked<'a> {
    line: &'a str,
    next: usize,
    /// The piece being taken: where it starts, and its clusters.
    piece: Option<(usize, Clusters<'a>)>,
}

impl<'a> Chunked<'a> {
    fn new(line: &'a str, from: usize) -> Self {
        Chunked {
            line,
            next: from,
            piece: None,
        }
    }
}

impl<'a> Iterator for Chunked<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        loop {
            if let Some((base, piece)) = &mut self.piece {
                if let Some((i, g)) = piece.next() {
                    return Some((*base + i, g));
                }
                self.piece = None;
            }
            if self.next >= self.line.len() {
                return None;
            }
            let at = self.next;
            let end = boundary_at_or_after(self.line, at + CHUNK);
            self.piece = Some((at, clusters(&self.line[at..end])));
            self.next = end;
        }
    }
}

/// Bytes segmented at a time.
const CHUNK: usize = 256;

/// The first cluster boundary of `s` at or after byte `at` (looks only around `at`).
pub fn boundary_at_or_after(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at += 1;
    }
    let mut c = GraphemeCursor::new(at, s.len(), true);
    if c.is_boundary(s, 0).unwrap_or(true) {
        at
    } else {
        c.next_boundary(s, 0).ok().flatten().unwrap_or(s.len())
    }
}

/// Wraps `s` as [`wrap`] does, keeping at most `rows` lines: what a pane that shows the
/// start of a long entry needs, at the cost of what it shows.
pub fn wrap_at_most(s: &str, max: usize, rows: usize) -> Vec<String> {
    s.split('\n')
        .flat_map(|para| {
            Wrap::new(para, 0, max).map(move |(a, b)| para[a..b].trim_end().to_owned())
        })
        .take(rows)
        .collect()
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
                        put_cluster(buf, x as u16, y, &text[i..=i], style, 1);
                        x += 1;
                    }
                    continue;
                }
                for (_, g) in clusters(text) {
                    let w = cluster_width(g);
                    if x + w > end {
                        // The pieces that fit, as a laid-out line is cut (see `Laid`).
                        let mut fits = true;
                        pieces(g, |p, pw| {
                            fits = fits && x + pw <= end;
                            if fits {
                                put(buf, x as u16, y, p, style, pw);
                                x += pw;
                            }
                        });
                        break 'spans;
                    }
                    put_cluster(buf, x as u16, y, g, style, w);
                    x += w;
                }
            }
        }
    }
}

/// A line laid out once, as the cells it draws, to be drawn in many frames: segmenting text,
/// looking up widths and building cells is most of the cost of drawing it, and copying
/// ready cells is a tenth of that.
#[derive(Debug, Clone, PartialEq)]
pub struct Laid {
    /// One cell per column, as [`put`] leaves them: a cluster's first column holds it, the
    /// columns it takes beyond that are marked as left to it.
    cells: Vec<Cell>,
}

impl Laid {
    pub fn new(line: &Line<'_>) -> Laid {
        let mut cells = Vec::new();
        for span in &line.spans {
            let style = line.style.patch(span.style);
            for (_, g) in clusters(&span.content) {
                pieces(g, |p, w| {
                    cells.push(lead(p, style));
                    cells.extend((1..w).map(|_| trail(style)));
                });
            }
        }
        Laid { cells }
    }

    /// Draws the line on the first row of `area`, cut at its right edge (between clusters).
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let mut n = self.cells.len().min(area.width as usize);
        // A cluster that does not fit whole is left out.
        while n < self.cells.len() && n > 0 && self.cells[n].diff_option == CellDiffOption::Skip {
            n -= 1;
        }
        let at = usize::from(area.y - buf.area.y) * usize::from(buf.area.width)
            + usize::from(area.x - buf.area.x);
        if let Some(row) = buf.content.get_mut(at..at + n) {
            row.clone_from_slice(&self.cells[..n]);
        }
    }
}

/// Draws the chosen sides of a box around `area` with `title` on its top edge, as ratatui's
/// `Block` does with plain borders, and returns the area inside. `Block` first restyles every
/// cell of its area, which cost a seventh of each frame; this touches only the border.
pub fn border(buf: &mut Buffer, area: Rect, sides: Borders, title: Span<'_>) -> Rect {
    use ratatui::symbols::line;
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return area;
    }
    let (left, top) = (area.left(), area.top());
    let (right, bottom) = (area.right() - 1, area.bottom() - 1);
    let mut set = |x: u16, y: u16, symbol: &str| {
        if let Some(cell) = buf.cell_mut((x, y)) {
            cell.set_symbol(symbol);
        }
    };
    if sides.contains(Borders::LEFT) {
        (top..=bottom).for_each(|y| set(left, y, line::VERTICAL));
    }
    if sides.contains(Borders::TOP) {
        (left..=right).for_each(|x| set(x, top, line::HORIZONTAL));
    }
    if sides.contains(Borders::RIGHT) {
        (top..=bottom).for_each(|y| set(right, y, line::VERTICAL));
    }
    if sides.contains(Borders::BOTTOM) {
        (left..=right).for_each(|x| set(x, bottom, line::HORIZONTAL));
    }
    for (corner, x, y, symbol) in [
        (Borders::TOP | Borders::LEFT, left, top, line::TOP_LEFT),
        (Borders::TOP | Borders::RIGHT, right, top, line::TOP_RIGHT),
        (
            Borders::BOTTOM | Borders::LEFT,
            left,
            bottom,
            line::BOTTOM_LEFT,
        ),
        (
            Borders::BOTTOM | Borders::RIGHT,
            right,
            bottom,
            line::BOTTOM_RIGHT,
        ),
    ] {
        if sides.contains(corner) {
            set(x, y, symbol);
        }
    }
    let inset = |side: Borders| u16::from(sides.contains(side));
    let title_area = Rect {
        x: left + inset(Borders::LEFT),
        y: top,
        width: area
            .width
            .saturating_sub(inset(Borders::LEFT) + inset(Borders::RIGHT)),
        height: 1,
    };
    if !title.content.is_empty() {
        Cells::new(Line::from(title)).render(title_area, buf);
    }
    Rect {
        x: left + inset(Borders::LEFT),
        y: top + inset(Borders::TOP),
        width: area
            .width
            .saturating_sub(inset(Borders::LEFT) + inset(Borders::RIGHT)),
        height: area
            .height
            .saturating_sub(inset(Borders::TOP) + inset(Borders::BOTTOM)),
    }
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
