//! The one clock of the tests: a fixed instant, and instants after it. Every session, entry
//! and edit a test makes is stamped from here, never from the wall clock, so a run is
//! repeatable and a file a test writes is the same bytes every time (entry ids aside).

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

/// 2016-12-08 16:00 UTC: the afternoon of the GFMD session (Dhaka), after the last change in
/// the shipped example report (15:27), so an edit stamped `now()` is newer than any entry of
/// `sessions/examples/gfmd-2016-csd-4.1-report.json`.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2016, 12, 8, 16, 0, 0)
        .single()
        .expect("a valid instant")
}

/// `now()` plus `delta` (which may be negative: a clock that went backwards).
pub fn after(delta: TimeDelta) -> DateTime<Utc> {
    now() + delta
}

/// `now()` plus `n` minutes.
pub fn minutes(n: i64) -> DateTime<Utc> {
    after(TimeDelta::minutes(n))
}

/// An instant written in RFC 3339, e.g. `"2016-12-08T09:10:00.123Z"`.
pub fn at(rfc3339: &str) -> DateTime<Utc> {
    rfc3339
        .parse()
        .unwrap_or_else(|e| panic!("{rfc3339:?} is not an RFC 3339 instant: {e}"))
}
