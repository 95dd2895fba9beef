//! The live screen, in one direction: `msg` is everything that reaches the app; `input`
//! turns keys and clicks into named commands (`command`) through the key tables (`keymap`,
//! one per mode); `update` is the only place state (`state`) changes and returns effects
//! (`effect`); `view` draws the state without changing it; `run` is the loop that performs
//! the effects. Each mode lives in its own folder under `modes/`.

pub mod action;
pub mod command;
pub mod default_config;
pub mod editor;
pub mod effect;
pub mod input;
pub mod keyconfig;
pub mod keymap;
pub mod keys;
pub mod modes;
pub mod msg;
mod run;
pub mod state;
mod terminal;
pub mod update;
pub mod view;

pub use run::{Ended, Setup, run};
