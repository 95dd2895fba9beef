//! Styles, legible on any terminal theme, light or dark.
//!
//! Rules, for both looks:
//! - No text in bright black (`DarkGray`, colour 8: 2.5:1 on GNOME's dark theme, the
//!   background itself on Solarized Dark) nor in yellow (1.7:1 on white). Quiet text keeps the
//!   terminal's own foreground, in italics.
//! - A hue is never alone: every coloured style is bold too, and what it means is also said
//!   in words or marks (✓, ⚠, ▶, the selection's `> `).
//! - The selected row is marked in its text (`SELECTED_MARK`), not only by its style, so it
//!   shows in monochrome and to screen readers.
//!
//! With `NO_COLOR` set, only bold, reverse and underline are used. The high-contrast look
//! uses no hues at all: white on black, bold and underline.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use crate::config::{Colour, Named, Role};

/// What starts the selected row of a list; other rows start with as many spaces.
pub const SELECTED_MARK: &str = "> ";
/// What starts an unselected row of a list, as wide as `SELECTED_MARK`.
pub const UNSELECTED_MARK: &str = "  ";

/// The gutter of a list row: `SELECTED_MARK` when it is the selected one.
pub fn gutter(selected: bool) -> &'static str {
    if selected {
        SELECTED_MARK
    } else {
        UNSELECTED_MARK
    }
}

/// The looks a user can choose (`--theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Look {
    /// The terminal's own colours with a few bold hues.
    #[default]
    Default,
    /// White on black; bold and underline instead of hues.
    HighContrast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False when `NO_COLOR` is set: no colour at all, only bold, reverse and underline.
    pub color: bool,
    pub look: Look,
    /// The hues of the default look's roles (a config file's `[theme]` may change them).
    pub palette: Palette,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            look: Look::Default,
            palette: Palette::default(),
        }
    }
}

/// The hue of each role that has one, in the default look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    heading: Color,
    slot: Color,
    ok: Color,
    warning: Color,
    error: Color,
    key: Color,
}

/// A role's hue when the config file names none.
pub fn default_colour(role: Role) -> Colour {
    Colour::Named(match role {
        Role::Heading | Role::Key => Named::Cyan,
        Role::Slot | Role::Warning => Named::Magenta,
        Role::Ok => Named::Green,
        Role::Error => Named::Red,
    })
}

/// A config file's colour as the terminal draws it.
fn color(c: Colour) -> Color {
    match c {
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
        Colour::Named(n) => match n {
            Named::Black => Color::Black,
            Named::Red => Color::Red,
            Named::Green => Color::Green,
            Named::Yellow => Color::Yellow,
            Named::Blue => Color::Blue,
            Named::Magenta => Color::Magenta,
            Named::Cyan => Color::Cyan,
            Named::Gray => Color::Gray,
            Named::DarkGray => Color::DarkGray,
            Named::LightRed => Color::LightRed,
            Named::LightGreen => Color::LightGreen,
            Named::LightYellow => Color::LightYellow,
            Named::LightBlue => Color::LightBlue,
            Named::LightMagenta => Color::LightMagenta,
            Named::LightCyan => Color::LightCyan,
            Named::White => Color::White,
        },
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::with(&[])
    }
}

impl Palette {
    /// The default hues, with the roles `colours` names changed.
    pub fn with(colours: &[(Role, Colour)]) -> Palette {
        let pick = |role: Role| {
            let c = colours
                .iter()
                .rev()
                .find(|(r, _)| *r == role)
                .map_or_else(|| default_colour(role), |(_, c)| *c);
            color(c)
        };
        Palette {
            heading: pick(Role::Heading),
            slot: pick(Role::Slot),
            ok: pick(Role::Ok),
            warning: pick(Role::Warning),
            error: pick(Role::Error),
            key: pick(Role::Key),
        }
    }
}

impl Theme {
    /// The theme for `look`, without colour when `NO_COLOR` is set (and not empty).
    pub fn from_env(look: Look) -> Self {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            look,
            palette: Palette::default(),
        }
    }

    /// The theme with the roles' hues a config file gives.
    pub fn with_palette(self, palette: Palette) -> Self {
        Theme { palette, ..self }
    }

    pub fn high_contrast() -> Self {
        Theme {
            look: Look::HighContrast,
            ..Theme::default()
        }
    }

    /// Every theme there is, for tests: both looks, with and without colour.
    pub fn all() -> [Theme; 4] {
        [
            Theme::default(),
            Theme::high_contrast(),
            Theme {
                color: false,
                ..Theme::default()
            },
            Theme {
                color: false,
                ..Theme::high_contrast()
            },
        ]
    }

    fn contrast(&self) -> bool {
        self.look == Look::HighContrast
    }

    /// Bold text in hue `c` (bold alone without colour or in high contrast).
    fn hue(&self, c: Color) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if self.color && !self.contrast() {
            bold.fg(c)
        } else {
            bold
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    /// Quiet text: hints, notes, field values. The terminal's own foreground, in italics.
    pub fn dim(&self) -> Style {
        if self.color && !self.contrast() {
            Style::new().add_modifier(Modifier::ITALIC)
        } else {
            Style::new()
        }
    }
    pub fn heading(&self) -> Style {
        if self.contrast() {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            self.hue(self.palette.heading)
        }
    }
    /// The current question or field (marked ▶ where it stands among others).
    pub fn current(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// The selected row, which also starts with `SELECTED_MARK`. Reverse video in every
    /// theme: headings and the current question are bold and underlined, and the selection
    /// must not look like them.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn slot(&self) -> Style {
        self.hue(self.palette.slot)
    }
    pub fn ok(&self) -> Style {
        if self.contrast() {
            Style::new()
        } else {
            self.hue(self.palette.ok)
        }
    }
    pub fn warn(&self) -> Style {
        self.hue(self.palette.warning)
    }
    pub fn error(&self) -> Style {
        if self.contrast() {
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            self.hue(self.palette.error)
        }
    }
    pub fn key(&self) -> Style {
        self.hue(self.palette.key)
    }
    pub fn tab(&self) -> Style {
        Style::new()
    }
    pub fn tab_current(&self) -> Style {
        let s = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        if self.contrast() {
            s.add_modifier(Modifier::UNDERLINED)
        } else {
            s
        }
    }

    /// In high contrast with colour, paints every cell the view left in the terminal's own
    /// colours white on black, whatever the terminal's theme.
    pub fn paint(&self, buf: &mut Buffer) {
        if !(self.color && self.contrast()) {
            return;
        }
        for cell in &mut buf.content {
            if cell.fg == Color::Reset {
                cell.fg = Color::White;
            }
            if cell.bg == Color::Reset {
                cell.bg = Color::Black;
            }
        }
    }

    /// Every style the theme hands out, for tests.
    pub fn styles(&self) -> Vec<(&'static str, Style)> {
        vec![
            ("title", self.title()),
            ("dim", self.dim()),
            ("heading", self.heading()),
            ("current", self.current()),
            ("selected", self.selected()),
            ("slot", self.slot()),
            ("ok", self.ok()),
            ("warn", self.warn()),
            ("error", self.error()),
            ("key", self.key()),
            ("tab", self.tab()),
            ("tab_current", self.tab_current()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_theme_writes_text_in_colours_that_vanish() {
        for theme in Theme::all() {
            for (name, style) in theme.styles() {
                assert!(
                    !matches!(style.fg, Some(Color::DarkGray | Color::Yellow)),
                    "{name} in {theme:?} is {style:?}"
                );
                if !theme.color {
                    assert!(style.fg.is_none() && style.bg.is_none(), "{name}: NO_COLOR");
                    let allowed = Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED;
                    assert!(allowed.contains(style.add_modifier), "{name}: NO_COLOR");
                }
                if theme.look == Look::HighContrast {
                    assert!(style.fg.is_none(), "{name}: no hue in high contrast");
                }
                if style.fg.is_some() {
                    assert!(
                        style.add_modifier.contains(Modifier::BOLD),
                        "{name}: a hue is never alone"
                    );
                }
            }
        }
    }

    #[test]
    fn a_config_colours_its_role_in_the_default_look_only() {
        let palette = Palette::with(&[(Role::Heading, Colour::Rgb(1, 2, 3))]);
        let theme = Theme::default().with_palette(palette);
        assert_eq!(theme.heading().fg, Some(Color::Rgb(1, 2, 3)));
        assert_eq!(theme.key().fg, Some(Color::Cyan), "the others keep theirs");
        let contrast = Theme::high_contrast().with_palette(palette);
        assert_eq!(contrast.heading().fg, None, "no hue in high contrast");
        assert_eq!(Palette::default(), Theme::default().palette);
    }

    #[test]
    fn selection_is_more_than_reverse_video() {
        for theme in Theme::all() {
            let s = theme.selected();
            assert!(s.add_modifier.contains(Modifier::BOLD), "{theme:?}");
        }
        assert_eq!(gutter(true).chars().count(), gutter(false).chars().count());
        assert_ne!(gutter(true).trim(), "");
    }

    #[test]
    fn the_selection_never_looks_like_a_heading_or_the_current_question() {
        for theme in Theme::all() {
            let s = theme.selected();
            assert_ne!(s, theme.heading(), "{theme:?}");
            assert_ne!(s, theme.current(), "{theme:?}");
        }
    }
}
