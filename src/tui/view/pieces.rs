//! How wide a grapheme cluster is on screen, and the pieces it is drawn in: what the app
//! reserves for a cluster must be what terminals draw (see [`pieces`]).

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use ratatui::buffer::{Cell, CellDiffOption};

pub(super) fn char_width(c: char) -> usize {
    match c.general_category() {
        GeneralCategory::SpacingMark => 1,
        _ => c.width().unwrap_or(0),
    }
}

/// Columns a grapheme cluster takes, as drawn by [`pieces`]: at least one, so every cluster
/// stays visible.
pub fn cluster_width(g: &str) -> usize {
    if g.len() == 1 {
        // One ASCII character: printable ones take a column, control ones are drawn as one.
        return 1;
    }
    match kind(g) {
        Kind::Whole => whole_width(g),
        Kind::Control => 1,
        Kind::Pieces => {
            let mut w = 0;
            pieces(g, |_, pw| w += pw);
            w
        }
    }
}

/// Columns a piece drawn in one cell takes: the wider of ratatui's count and the terminals'
/// (a spacing mark takes a column of its own).
fn whole_width(g: &str) -> usize {
    let sum: usize = g.chars().map(char_width).sum();
    g.width().max(sum).max(1)
}

/// How a cluster is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// In one cell, as it is.
    Whole,
    /// Holding a control character (a tab, a stray escape): drawn as a space.
    Control,
    /// In pieces (see [`pieces`]).
    Pieces,
}

fn kind(g: &str) -> Kind {
    if let [b] = g.as_bytes() {
        return if *b < 0x20 || *b == 0x7f {
            Kind::Control
        } else {
            Kind::Whole
        };
    }
    if g.chars().any(char::is_control) {
        return Kind::Control;
    }
    let starts_with_mark = g.chars().next().is_some_and(is_mark);
    if starts_with_mark || g.chars().any(|c| uncertain(c) || invisible(c)) {
        Kind::Pieces
    } else {
        Kind::Whole
    }
}

fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            c.general_category(),
            GeneralCategory::NonspacingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::EnclosingMark
        )
}

/// Characters whose cluster terminals draw at widths that differ from one to the next:
/// regional indicators (a flag's halves) and skin tones.
fn uncertain(c: char) -> bool {
    matches!(u32::from(c), 0x1F1E6..=0x1F1FF | 0x1F3FB..=0x1F3FF)
}

/// Characters that draw nothing but change how terminals join what is around them: the
/// zero-width joiner, variation selectors and tags.
fn invisible(c: char) -> bool {
    matches!(u32::from(c), 0x200D | 0xFE0E | 0xFE0F | 0xE0020..=0xE007F)
}

/// Calls `f` with each piece cluster `g` is drawn as, in order, and the columns it takes.
///
/// What the app reserves must be what every terminal draws, or cells stay blank or stale:
/// ratatui leaves the columns a wide cell takes to the terminal and never writes them. For
/// most clusters terminals agree (a letter and its marks, a CJK ideograph, a lone emoji).
/// For emoji sequences they do not: tmux 3.3 draws 👩‍👩‍👧 in two columns, vt100 and
/// xterm in six (each person at its own width); tmux, xterm and VTE give 👍🏽 four, kitty
/// and WezTerm two; ❤️ takes one or two. So such a cluster is drawn as its components, each
/// in cells of its own at the width every terminal gives it alone, without the joiners,
/// variation selectors and tags that make terminals disagree: 👩‍👩‍👧 shows as 👩👩👧, 👍🏽
/// as 👍 and the tone swatch, 🇧🇩 as its two letters (which many terminals still join into
/// the flag, in the same two columns). Nothing is reserved that a terminal leaves unwritten,
/// and the text itself is unchanged. A mark with no letter before it (at the start of a
/// line, after a letter was deleted) is drawn on a dotted circle ◌, as Unicode shows lone
/// marks: alone, terminals put it on whatever the cell showed before, a phantom letter.
pub fn pieces(g: &str, mut f: impl FnMut(&str, usize)) {
    match kind(g) {
        Kind::Control => f(" ", 1),
        Kind::Whole => f(g, whole_width(g)),
        Kind::Pieces => {
            let mut piece = String::new();
            let mut any = false;
            let mut flush = |piece: &mut String| {
                if piece.is_empty() {
                    return;
                }
                any = true;
                if piece.starts_with(is_mark) {
                    piece.insert(0, '\u{25CC}');
                }
                f(piece, whole_width(piece));
                piece.clear();
            };
            for c in g.chars() {
                if invisible(c) {
                    continue;
                }
                if piece.is_empty() || !is_mark(c) {
                    flush(&mut piece);
                }
                piece.push(c);
            }
            flush(&mut piece);
            if !any {
                // Only joiners and selectors: a blank keeps the cursor's steps visible.
                f(" ", 1);
            }
        }
    }
}

/// Draws cluster `g` at (x, y) in the pieces [`pieces`] gives; `w` is its
/// [`cluster_width`].
pub fn put_cluster(buf: &mut Buffer, x: u16, y: u16, g: &str, style: Style, w: usize) {
    match kind(g) {
        Kind::Whole => put(buf, x, y, g, style, w),
        Kind::Control => put(buf, x, y, " ", style, 1),
        Kind::Pieces => {
            let mut at = x;
            pieces(g, |p, pw| {
                put(buf, at, y, p, style, pw);
                at = at.saturating_add(pw as u16);
            });
        }
    }
}

/// Puts a cluster at (x, y), claiming `w` columns. A wide cluster it partly covers is blanked
/// whole: its other columns would otherwise keep what the terminal showed there before.
pub fn put(buf: &mut Buffer, x: u16, y: u16, g: &str, style: Style, w: usize) {
    let is_trail = |buf: &Buffer, x: u16| {
        buf.cell((x, y))
            .is_some_and(|c| c.diff_option == CellDiffOption::Skip)
    };
    // Covering a wide cluster's right part: its left part goes too.
    let mut left = x;
    while left > 0 && is_trail(buf, left) {
        left -= 1;
        if !is_trail(buf, left)
            && let Some(cell) = buf.cell_mut((left, y))
        {
            let keep = cell.style();
            *cell = lead(" ", keep);
        }
    }
    if let Some(cell) = buf.cell_mut((x, y)) {
        *cell = lead(g, style);
    }
    for k in 1..w as u16 {
        if let Some(cell) = buf.cell_mut((x + k, y)) {
            *cell = trail(style);
        }
    }
    // Covering a wide cluster's left part: the columns it kept for itself become blank.
    let mut right = x.saturating_add(w.max(1) as u16);
    while is_trail(buf, right) {
        if let Some(cell) = buf.cell_mut((right, y)) {
            let keep = cell.style();
            *cell = lead(" ", keep);
        }
        right = right.saturating_add(1);
    }
}

/// The cell a cluster is drawn in.
pub(super) fn lead(g: &str, style: Style) -> Cell {
    let mut cell = Cell::EMPTY;
    cell.set_symbol(g).set_style(style);
    cell
}

/// A column a wide cluster takes beyond its first: left to the terminal, which draws the
/// cluster over it.
pub(super) fn trail(style: Style) -> Cell {
    let mut cell = Cell::EMPTY;
    cell.set_style(style).set_diff_option(CellDiffOption::Skip);
    cell
}
