//! Frames made safe to diff where wide clusters (CJK, emoji) were drawn over: ratatui's diff
//! skips the columns a wide cluster takes, and a terminal that sees part of a wide cluster
//! drawn over erases the rest of it in the colours of the moment. `settle` mends a frame on
//! its own; `Shown` remembers where the terminal shows wide clusters, from frame to frame.

use ratatui::buffer::{Buffer, CellDiffOption};

use super::text::{cluster_width, lead};

/// Makes a finished frame safe to diff, where something was drawn over part of a wide
/// cluster: a column marked as taken by a cluster that is no longer there becomes a blank,
/// and a wide cluster whose columns something else took is blanked whole. Otherwise the
/// terminal would keep whatever it showed in those columns before.
pub fn settle(buf: &mut Buffer) {
    let area = buf.area;
    let width = area.width as usize;
    for (row, y) in (area.top()..area.bottom()).enumerate() {
        let cells = &buf.content[row * width..(row + 1) * width];
        // A row of one-column clusters only has nothing to settle.
        if cells.iter().all(|c| {
            c.diff_option != CellDiffOption::Skip
                && (c.symbol().len() == 1 || cluster_width(c.symbol()) == 1)
        }) {
            continue;
        }
        let mut covered_until = area.left();
        let mut last_lead = None;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else {
                continue;
            };
            let skip = cell.diff_option == CellDiffOption::Skip;
            let symbol_width = cluster_width(cell.symbol());
            let blank_ratatui_trail = cell.symbol().is_empty();
            // A column left to a wide cluster (ours marked Skip, ratatui's blank) that no
            // cluster covers any more becomes a blank the terminal is told to draw.
            if skip || blank_ratatui_trail {
                if x >= covered_until
                    && let Some(cell) = buf.cell_mut((x, y))
                {
                    let keep = cell.style();
                    *cell = lead(" ", keep);
                    covered_until = x + 1;
                }
                continue;
            }
            if x < covered_until
                && let Some(prev) = last_lead
                && let Some(cell) = buf.cell_mut((prev, y))
            {
                // Drawn over the right part of a wide cluster: that cluster is gone.
                let keep = cell.style();
                *cell = lead(" ", keep);
            }
            last_lead = Some(x);
            covered_until = x.saturating_add(symbol_width.max(1) as u16);
        }
    }
}

/// Where the terminal shows wide clusters (two columns or more), as the last frame put them.
/// Drawing over part of one makes the terminal erase the rest of it, in whatever colours
/// are current then; a diff that finds those columns unchanged would leave them so. The loop
/// keeps this from frame to frame, beside ratatui's own copy of the last frame.
#[derive(Debug, Default, Clone)]
pub struct Shown {
    /// (column, row, width, the cluster) of each wide cluster.
    wide: Vec<(u16, u16, u16, String)>,
}

impl Shown {
    /// Marks for writing every column of a wide cluster the terminal shows that this frame
    /// does not show again whole, then remembers this frame's wide clusters.
    pub fn follow(&mut self, buf: &mut Buffer) {
        for (x, y, w, symbol) in std::mem::take(&mut self.wide) {
            let same = buf
                .cell((x, y))
                .is_some_and(|c| c.symbol() == symbol && c.diff_option != CellDiffOption::Skip);
            if same {
                continue;
            }
            for c in x..x.saturating_add(w) {
                // The cluster now over this column is written whole, wherever it starts.
                let mut lead_x = c;
                while lead_x > 0
                    && buf.cell((lead_x, y)).is_some_and(|cell| {
                        cell.diff_option == CellDiffOption::Skip || cell.symbol().is_empty()
                    })
                {
                    lead_x -= 1;
                }
                if let Some(cell) = buf.cell_mut((lead_x, y)) {
                    if cell.symbol().is_empty() {
                        cell.set_symbol(" ");
                    }
                    cell.diff_option = CellDiffOption::AlwaysUpdate;
                }
            }
        }
        let area = buf.area;
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                if let Some(cell) = buf.cell((x, y))
                    && cell.symbol().len() > 1
                    && cell.diff_option != CellDiffOption::Skip
                {
                    let w = cluster_width(cell.symbol());
                    if w > 1 {
                        self.wide.push((x, y, w as u16, cell.symbol().to_owned()));
                    }
                }
            }
        }
    }
}

/// Columns to blank before a frame is written: those a cluster drawn this frame reserves
/// beyond what some terminals draw it at. A Bengali vowel sign AA (and the like: spacing
/// marks that extend a cluster) takes a column of its own in tmux, xterm and VTE, and none
/// in terminals that count by `unicode-width` (vt100); ratatui never writes the columns it
/// leaves to a cluster, so there they would keep what they showed before. Blanked first, the
/// cluster written after covers them where it is wide, and they show blank where it is
/// narrow. Only clusters ratatui writes this frame count: blanking beside one it leaves
/// alone would erase part of it.
#[derive(Debug, Default, Clone)]
pub struct Gaps {
    /// (column, row, the cell) of each cluster with columns to blank, as the last frame had.
    last: Vec<(u16, u16, ratatui::buffer::Cell)>,
}

impl Gaps {
    /// The columns to blank before `buf` (finished, after [`Shown::follow`]) is written.
    pub fn find(&mut self, buf: &Buffer) -> Vec<ratatui::layout::Position> {
        use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
        let mut out = Vec::new();
        let mut now = Vec::new();
        let area = buf.area;
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let Some(cell) = buf.cell((x, y)) else {
                    continue;
                };
                let symbol = cell.symbol();
                if symbol.len() <= 1 || cell.diff_option == CellDiffOption::Skip {
                    continue;
                }
                let reserved = cluster_width(symbol);
                let by_chars: usize = symbol.chars().map(|c| c.width().unwrap_or(0)).sum();
                let narrowest = symbol.width().min(by_chars).max(1);
                if reserved <= narrowest {
                    continue;
                }
                let same = self
                    .last
                    .iter()
                    .any(|(lx, ly, c)| *lx == x && *ly == y && c == cell);
                if !same || cell.diff_option == CellDiffOption::AlwaysUpdate {
                    out.extend(
                        (narrowest..reserved)
                            .map(|k| ratatui::layout::Position::new(x + k as u16, y))
                            .filter(|p| area.contains(*p)),
                    );
                }
                now.push((x, y, cell.clone()));
            }
        }
        self.last = now;
        out
    }
}
