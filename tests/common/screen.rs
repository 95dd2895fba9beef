//! A ratatui buffer as text, for assertions and snapshots.

use breakout::tui::view::text::cluster_width;
use ratatui::buffer::Buffer;

/// One line per row, trailing blanks trimmed. A cluster that claims more than one column
/// (CJK, emoji, Bengali with a spacing mark) is written once.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = cluster_width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
