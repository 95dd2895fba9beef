//! The agenda timer: which phase the session is in and how long it has run. Kept in the
//! session file, so a restart (or a laptop that slept) picks up where it was.

use chrono::{DateTime, TimeDelta, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::plan::{Phase, Plan};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaState {
    /// Index of the current phase in the plan's agenda.
    pub phase: usize,
    /// When the timer was last started; absent while it is paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_since: Option<DateTime<Utc>>,
    /// Time run in this phase before `running_since`, in milliseconds.
    #[serde(default)]
    pub elapsed_ms: i64,
    pub updated: DateTime<Utc>,
}

/// What a clock on screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimerView<'a> {
    pub phase: &'a Phase,
    pub index: usize,
    pub count: usize,
    pub running: bool,
    /// Seconds left in the phase; negative once it has overrun.
    pub remaining_secs: i64,
}

impl AgendaState {
    pub fn new(now: DateTime<Utc>) -> Self {
        AgendaState {
            phase: 0,
            running_since: None,
            elapsed_ms: 0,
            updated: now,
        }
    }

    pub fn running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn elapsed(&self, now: DateTime<Utc>) -> TimeDelta {
        let run = self.running_since.map_or(TimeDelta::zero(), |since| {
            (now - since).max(TimeDelta::zero())
        });
        TimeDelta::milliseconds(self.elapsed_ms) + run
    }

    pub fn start(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
            self.updated = now;
        }
    }

    pub fn pause(&mut self, now: DateTime<Utc>) {
        if self.running_since.is_some() {
            self.elapsed_ms = self.elapsed(now).num_milliseconds();
            self.running_since = None;
            self.updated = now;
        }
    }

    /// Moves to phase `index` with its full time; keeps running if it was.
    pub fn go_to(&mut self, index: usize, now: DateTime<Utc>) {
        let was_running = self.running();
        self.phase = index;
        self.elapsed_ms = 0;
        self.running_since = was_running.then_some(now);
        self.updated = now;
    }

    pub fn view<'a>(&self, plan: &'a Plan, now: DateTime<Utc>) -> Option<TimerView<'a>> {
        let phase = plan.agenda.get(self.phase)?;
        let total = i64::from(phase.minutes) * 60;
        Some(TimerView {
            phase,
            index: self.phase,
            count: plan.agenda.len(),
            running: self.running(),
            remaining_secs: total - self.elapsed(now).num_seconds(),
        })
    }
}
