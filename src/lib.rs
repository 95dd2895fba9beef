//! breakout: run a live breakout session and write its rapporteur report, offline.
//!
//! Dependencies run one way: `cli` → `tui` → `storage`, `export` → `model`; `storage` and
//! `export` know nothing of each other. The model knows nothing of files or terminals; the
//! terminal UI changes the model only through its update step. `plain`, the line-oriented
//! mode for screen readers and pipes, stands beside `tui` and uses the same layers below.
//! `i18n`, the message catalog, depends on nothing and is used by every layer. `config`
//! reads the user's config file and uses only `i18n`. `log`, the log file in the data
//! folder, is started by `cli` and read (its path) by `tui`.

pub mod cli;
pub mod config;
pub mod export;
pub mod i18n;
mod log;
pub mod model;
pub mod plain;
mod stop;
pub mod storage;
pub mod tui;
