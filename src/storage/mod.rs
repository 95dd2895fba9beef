//! Files: reading and checking plans, templates and sessions; saving atomically; the
//! background autosaver; the lock that keeps one writer per session; session files arriving
//! from other laptops; following a file another breakout writes.

pub mod atomic;
pub mod autosave;
pub mod catalog;
mod error;
pub mod follow;
pub mod load;
pub mod lock;
pub mod rescue;
pub mod store;
pub mod watch;

pub use autosave::{AutosaveConfig, AutosaveError, Autosaver, SaveState, Sink};
pub use error::{Kind, LoadError, SaveError};
pub use store::{FoundOnDisk, OpenError, Opened, SaveAsError, Store};
