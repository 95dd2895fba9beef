//! The user's configuration file (`config.toml` in the platform's config folder, or the file
//! `--config` / `BREAKOUT_CONFIG` names): the interface language, whether the mouse starts
//! on, the theme and its colours, and keys for named commands.
//!
//! This module reads and checks the file and keeps where each setting stands (its line);
//! it knows nothing of the screen. The live screen applies `[keys]` to its key tables and
//! reports the names it does not know with the lines kept here. A bad file never stops the
//! app: every problem is a `Problem` with its line and key, and what was wrong keeps its
//! default while the rest of the file applies.

mod parse;
mod problem;

use std::path::{Path, PathBuf};

pub use parse::parse;
pub use problem::{Expected, Problem, ProblemKind, suggest};

/// The environment variable that names another config file (tests, a second profile).
pub const ENV: &str = "BREAKOUT_CONFIG";

/// The file's name in the config folder.
pub const FILE_NAME: &str = "config.toml";

/// Where the config file is: `flag` (`--config FILE`), else `BREAKOUT_CONFIG`, else
/// `breakout/config.toml` in the platform's config folder (`$XDG_CONFIG_HOME` or
/// `~/.config` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on Windows).
/// `None` when the platform has no config folder and nothing names a file.
pub fn path(flag: Option<&Path>) -> Option<PathBuf> {
    flag.map(Path::to_path_buf)
        .or_else(|| {
            std::env::var_os(ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(default_path)
}

/// `breakout/config.toml` in the platform's config folder.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("breakout").join(FILE_NAME))
}

/// How the screen looks (`[theme] look`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Default,
    HighContrast,
}

impl Look {
    pub const ALL: [Look; 2] = [Look::Default, Look::HighContrast];

    /// The name a config file and `--theme` use.
    pub fn name(self) -> &'static str {
        match self {
            Look::Default => "default",
            Look::HighContrast => "high-contrast",
        }
    }
}

/// The theme's named roles that have a colour (`[theme] heading = "blue"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Help's headings, the questions pane's headings, the report view's sections.
    Heading,
    /// The kind of an entry (Recommendation, Quote…) in the lists.
    Slot,
    /// "Saved", and messages that something went well.
    Ok,
    /// Warnings: limits passed, a read-only window.
    Warning,
    /// Errors: a save that failed.
    Error,
    /// Keys in the footer and in help.
    Key,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Heading,
        Role::Slot,
        Role::Ok,
        Role::Warning,
        Role::Error,
        Role::Key,
    ];

    /// The role's key in `[theme]`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Heading => "heading",
            Role::Slot => "slot",
            Role::Ok => "ok",
            Role::Warning => "warning",
            Role::Error => "error",
            Role::Key => "key",
        }
    }
}

/// A colour as a config file names it: one of the terminal's sixteen, or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Named(Named),
    Rgb(u8, u8, u8),
}

/// The terminal's sixteen colours, as the theme's palette knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
}

impl Named {
    pub const ALL: [Named; 16] = [
        Named::Black,
        Named::Red,
        Named::Green,
        Named::Yellow,
        Named::Blue,
        Named::Magenta,
        Named::Cyan,
        Named::Gray,
        Named::DarkGray,
        Named::LightRed,
        Named::LightGreen,
        Named::LightYellow,
        Named::LightBlue,
        Named::LightMagenta,
        Named::LightCyan,
        Named::White,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Named::Black => "black",
            Named::Red => "red",
            Named::Green => "green",
            Named::Yellow => "yellow",
            Named::Blue => "blue",
            Named::Magenta => "magenta",
            Named::Cyan => "cyan",
            Named::Gray => "gray",
            Named::DarkGray => "dark-gray",
            Named::LightRed => "light-red",
            Named::LightGreen => "light-green",
            Named::LightYellow => "light-yellow",
            Named::LightBlue => "light-blue",
            Named::LightMagenta => "light-magenta",
            Named::LightCyan => "light-cyan",
            Named::White => "white",
        }
    }
}

impl Colour {
    /// `red`, `Light-Blue`, `light_blue`, `grey`, `#1e90ff`.
    pub fn parse(text: &str) -> Option<Colour> {
        let t = text.trim();
        if let Some(hex) = t.strip_prefix('#') {
            let byte = |i: usize| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            };
            return match (hex.len(), byte(0), byte(2), byte(4)) {
                (6, Some(r), Some(g), Some(b)) => Some(Colour::Rgb(r, g, b)),
                _ => None,
            };
        }
        let name = t
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .replace("grey", "gray");
        Named::ALL
            .into_iter()
            .find(|n| n.name() == name || n.name().replace('-', "") == name)
            .map(Colour::Named)
    }

    /// The name `parse` reads back.
    pub fn name(self) -> String {
        match self {
            Colour::Named(n) => n.name().to_owned(),
            Colour::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

/// Keys for one command, as the file gives them: `new_point = "a"` under `[keys]` (`mode`
/// is `None`) or under a mode's table, `[keys.report-mode]`. The names are checked by the screen, which knows the
/// commands and keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySetting {
    pub mode: Option<String>,
    /// The command as written (`new_point`, `"go_to_table 3"`).
    pub command: String,
    /// The keys as written (`"a"`, `"ctrl-q"`).
    pub keys: Vec<String>,
    /// The setting's line.
    pub line: usize,
}

impl KeySetting {
    /// How a problem names this setting: `[keys] new_point`, `[keys.report-mode] close`.
    pub fn key(&self) -> String {
        match &self.mode {
            Some(m) => format!("[keys.{m}] {}", self.command),
            None => format!("[keys] {}", self.command),
        }
    }
}

/// What a config file says, each setting `None` (or empty) where it says nothing or where
/// what it says was wrong; `problems` tells what was wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The file read (or that would have been); `None` when there is no config folder.
    pub path: Option<PathBuf>,
    /// The file's name, as problems start with it (`config.toml`).
    pub file: String,
    /// Whether the file was there.
    pub exists: bool,
    /// The interface language's tag (`fr`), known to have a catalog.
    pub language: Option<String>,
    /// Whether the mouse starts on.
    pub mouse: Option<bool>,
    pub look: Option<Look>,
    pub colours: Vec<(Role, Colour)>,
    pub keys: Vec<KeySetting>,
    pub problems: Vec<Problem>,
}

impl Config {
    /// The file at `path`: nothing there means the defaults, silently; a file that cannot be
    /// read is a problem, and the defaults.
    pub fn load(path: Option<PathBuf>) -> Config {
        let Some(path) = path else {
            return Config::default();
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut config = parse(&file_name(&path), &text);
                config.path = Some(path);
                config.exists = true;
                config
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config {
                file: file_name(&path),
                path: Some(path),
                ..Config::default()
            },
            Err(e) => Config {
                problems: vec![Problem {
                    file: file_name(&path),
                    line: 0,
                    key: String::new(),
                    kind: ProblemKind::Unreadable(e.kind().to_string()),
                }],
                file: file_name(&path),
                path: Some(path),
                exists: true,
                ..Config::default()
            },
        }
    }

    /// The file's name as problems start with it (`config.toml`).
    pub fn file_name(&self) -> String {
        self.file.clone()
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests;
