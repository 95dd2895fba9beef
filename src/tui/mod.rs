//! The live screen. `state` holds what is shown, `update` is the only place it changes,
//! `view` draws it without changing it, `keymap` is the one table of keys, and `run` is the
//! loop that ties them to the terminal, the autosaver and signals.

pub mod action;
pub mod editor;
pub mod keymap;
pub mod report;
mod run;
pub mod screen;
pub mod state;
pub mod update;
pub mod view;

pub use run::{Ended, run};
