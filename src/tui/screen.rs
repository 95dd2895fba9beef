//! The terminal's double buffer, kept here instead of in ratatui's `Terminal`. ratatui looks
//! up the width of every cell's text while comparing two frames, which was a third of each
//! keystroke's frame; here cells are only compared, and widths are worked out for the rows
//! that changed. A changed row is written from its first to its last change.
//!
//! It never asks the terminal where the cursor is (`ESC[6n` goes unanswered on a bare
//! pseudo-terminal and would hang; the cursor stays hidden), and it remembers the window size
//! until told of a resize (crossterm opens `/dev/tty` to ask).
//!
//! The whole screen is repainted after [`Screen::clear`], which the loop calls when the scene
//! changes: terminals disagree about the width of some scripts' clusters (Bengali vowel
//! signs, some emoji), and repainting clears any glyph one of them left behind.

use std::io::{self, Write};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Rect, Size};

use super::view::text::cluster_width;

pub struct Screen<W: Write> {
    out: CrosstermBackend<W>,
    /// What the terminal shows.
    shown: Buffer,
    /// What the next frame is drawn into.
    next: Buffer,
    size: Option<Size>,
    /// Changes of the frame being written, kept to reuse the allocation.
    changes: Vec<(u16, u16, usize)>,
}

impl<W: Write> Screen<W> {
    pub fn new(out: W) -> Self {
        Screen {
            out: CrosstermBackend::new(out),
            shown: Buffer::empty(Rect::ZERO),
            next: Buffer::empty(Rect::ZERO),
            size: None,
            changes: Vec::new(),
        }
    }

    /// A screen of a known size that never asks the terminal (for benches and tests).
    pub fn with_size(out: W, size: Size) -> Self {
        let mut screen = Screen::new(out);
        screen.size = Some(size);
        screen
    }

    /// The window's size: asked once, then remembered until [`Screen::resized`].
    pub fn size(&mut self) -> io::Result<Size> {
        if let Some(size) = self.size {
            return Ok(size);
        }
        let size = self.out.size()?;
        self.size = Some(size);
        Ok(size)
    }

    /// The window was resized: the next frame asks for its size and repaints everything.
    pub fn resized(&mut self) {
        self.size = None;
    }

    /// Blanks the terminal; the next frame repaints every cell.
    pub fn clear(&mut self) -> io::Result<()> {
        // Queued, not written: it goes out with the frame that follows, in the same write.
        crossterm::queue!(
            self.out,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )?;
        self.shown.reset();
        Ok(())
    }

    /// Draws a frame: `render` fills a blank buffer the size of the window, and what differs
    /// from the screen goes out in one write.
    pub fn draw(&mut self, render: impl FnOnce(&mut Buffer)) -> io::Result<()> {
        let size = self.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        if self.shown.area != area {
            self.shown.resize(area);
            self.clear()?;
        }
        self.next.resize(area);
        self.next.reset();
        render(&mut self.next);
        self.changes.clear();
        changes(&self.shown, &self.next, &mut self.changes);
        if !self.changes.is_empty() {
            let cells = &self.next.content;
            self.out.draw(
                self.changes
                    .iter()
                    .filter_map(|&(x, y, i)| Some((x, y, cells.get(i)?))),
            )?;
        }
        Backend::flush(&mut self.out)?;
        std::mem::swap(&mut self.shown, &mut self.next);
        Ok(())
    }

    /// What the terminal shows, as far as this screen knows.
    pub fn shown(&self) -> &Buffer {
        &self.shown
    }
}

/// `Cell`'s own equality, with the cheap comparisons first and one-byte text compared
/// directly: it runs for every cell of every frame, and this takes a third of the time.
#[allow(deprecated)]
#[inline(always)]
fn same(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.diff_option == b.diff_option
        && a.underline_color == b.underline_color
        && a.skip == b.skip
        && match (a.symbol().as_bytes(), b.symbol().as_bytes()) {
            ([x], [y]) => x == y,
            (x, y) => x == y,
        }
}

/// Columns each cell of a row takes on the terminal: the width of the cluster that starts
/// there (as the view measures it, see `view::text`), or 0 for a column that a cluster to its
/// left takes (left to the terminal, which draws the cluster over it).
fn claims(row: &[Cell], out: &mut Vec<u8>) {
    out.clear();
    out.resize(row.len(), 0);
    let mut x = 0;
    while x < row.len() {
        let s = row[x].symbol();
        let w = if s.len() == 1 {
            1
        } else {
            cluster_width(s).clamp(1, u8::MAX as usize)
        };
        out[x] = w as u8;
        x += w;
    }
}

/// The cells of `next` to write so that a terminal showing `shown` shows `next`, as
/// (column, row, index into `next`), in writing order.
///
/// A row is rewritten from its first to its last change, widened so that no cluster, old or
/// new, is cut in two. Columns a cluster takes beyond its first are never written: the
/// cluster drawn at its first column fills them.
pub fn changes(shown: &Buffer, next: &Buffer, out: &mut Vec<(u16, u16, usize)>) {
    let width = next.area.width as usize;
    if width == 0 || shown.area != next.area {
        return;
    }
    let (mut was, mut is) = (Vec::new(), Vec::new());
    for (y, (old, new)) in shown
        .content
        .chunks_exact(width)
        .zip(next.content.chunks_exact(width))
        .enumerate()
    {
        let Some(first) = old.iter().zip(new).position(|(a, b)| !same(a, b)) else {
            continue;
        };
        let last = width
            - 1
            - old
                .iter()
                .rev()
                .zip(new.iter().rev())
                .position(|(a, b)| !same(a, b))
                .unwrap_or(0);
        claims(old, &mut was);
        claims(new, &mut is);
        let start = |c: &[u8], mut x: usize| {
            while x > 0 && c[x] == 0 {
                x -= 1;
            }
            x
        };
        let end = |c: &[u8], x: usize| {
            let s = start(c, x);
            (s + usize::from(c[s]).max(1) - 1).clamp(x, width - 1)
        };
        let (mut from, mut to) = (first, last);
        loop {
            let wider = (
                start(&was, from).min(start(&is, from)),
                end(&was, to).max(end(&is, to)),
            );
            if wider == (from, to) {
                break;
            }
            (from, to) = wider;
        }
        let starts = (from..=to).filter(|&x| is[x] > 0);
        out.extend(starts.map(|x| {
            (
                (next.area.x as usize + x) as u16,
                (next.area.y as usize + y) as u16,
                y * width + x,
            )
        }));
    }
}
