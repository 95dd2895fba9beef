//! What opens over the main screen, one file per mode (edit, search, pick, import, panel,
//! report), and the popup frame they share.

use super::Canvas;
use super::path_prompt;
use chrono::{DateTime, Utc};
use ratatui::layout::{Position, Rect};

use super::Theme;
use crate::tui::modes::Mode;
use crate::tui::state::App;

/// Draws one open mode over the main screen; returns where the terminal's cursor goes, if
/// the mode is typing.
pub fn draw(
    frame: &mut Canvas<'_>,
    body: Rect,
    items: Rect,
    app: &App,
    mode: &Mode,
    now: DateTime<Utc>,
    theme: Theme,
) -> Option<Position> {
    match mode {
        Mode::Normal | Mode::Projector => {}
        Mode::Edit(e) => return super::edit::draw(frame, items, app, e, theme),
        Mode::Search(s) => return super::search::draw(frame, body, app, s, theme),
        Mode::Tables(list) => return super::tables::draw(frame, body, app, list, theme),
        Mode::Pick(p) => super::pick::draw(frame, body, p, theme),
        Mode::Help { scroll } => super::panel::help(frame, body, app, *scroll, theme),
        Mode::Aims { scroll } => super::panel::aims(frame, body, app, *scroll, theme),
        Mode::FileInfo => super::panel::file_info(frame, body, app, now, theme),
        Mode::Import(input) => {
            let words = path_prompt::Words {
                title: crate::tr!("tui-import-title"),
                placeholder: crate::tr!("tui-import-placeholder"),
                note: crate::tr!("tui-import-note"),
            };
            return path_prompt::draw(frame, body, input, theme, &words);
        }
        Mode::SaveAs(input) => {
            let words = path_prompt::Words {
                title: crate::tr!("tui-save-as-title"),
                placeholder: crate::tr!("tui-save-as-placeholder"),
                note: crate::tr!("tui-save-as-note"),
            };
            return path_prompt::draw(frame, body, input, theme, &words);
        }
        Mode::Report { cursor } => super::report::draw(frame, body, app, *cursor, theme),
    }
    None
}
