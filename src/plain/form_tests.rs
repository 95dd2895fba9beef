//! The report's choices from plain mode: actions under a recommendation left out, ordered,
//! and told by `/report`, with what is captured after a choice going in.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use std::path::PathBuf;

use crate::i18n::{Lang, scoped};
use crate::model::Session;
use crate::plain::apply::apply;
use crate::plain::command::parse;
use crate::plain::state::State;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2016, 12, 8, 9, 0, 0)
        .single()
        .expect("a time")
}

fn state() -> State {
    let resolved = crate::storage::catalog::default_plan().expect("the built-in plan");
    let session = Session::new(resolved.plan, resolved.template, t0());
    State::new(session, PathBuf::from("/tmp/s.json"), None)
}

/// Applies each line in English, a second apart; returns the answer to the last.
fn say_all(state: &mut State, input: &[&str]) -> String {
    let mut last = String::new();
    for (n, line) in input.iter().enumerate() {
        let now = t0() + TimeDelta::seconds(n as i64 + 1);
        last = scoped(Lang::ENGLISH, || apply(state, parse(line), now)).text;
    }
    last
}

fn say(state: &mut State, line: &str) -> String {
    say_all(state, &[line])
}

#[test]
fn actions_are_left_out_and_ordered_under_their_recommendation() {
    let mut s = state();
    say_all(&mut s, &["/rec One", "/action A1", "/action A2"]);
    assert_eq!(
        say(&mut s, "/action A3"),
        "Action 4 added under entry 1.\nNote: 3 actions under that entry go into the report, and the form allows 2; /unpick N leaves one out."
    );
    assert_eq!(
        say(&mut s, "/unpick 3"),
        "Action 3 is left out of the report; 2 going in."
    );
    assert_eq!(
        say(&mut s, "/move 4 1"),
        "Action 4 is now number 1 of 2 in the report (the form allows 2)."
    );
    // Captured after the choice: it goes in, at the end.
    assert_eq!(
        say(&mut s, "/action A4"),
        "Action 5 added under entry 1.\nNote: 3 actions under that entry go into the report, and the form allows 2; /unpick N leaves one out."
    );
    let report = say(&mut s, "/report");
    assert!(
        report.contains(
            "\n1. entry 1, “One”\n  Action 1: entry 4, “A3”\n  Action 2: entry 2, “A1”\n  Action 3: entry 5, “A4”\n  Action left out: entry 3, “A2”"
        ),
        "{report}"
    );
    assert!(say(&mut s, "/undo").starts_with("Undid"));
    assert!(say(&mut s, "/undo").starts_with("Undid moving"));
    assert!(say(&mut s, "/report").contains(
        "\n  Action 1: entry 2, “A1”\n  Action 2: entry 4, “A3”\n  Action left out: entry 3, “A2”"
    ));
}
