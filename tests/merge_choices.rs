//! Report choices across laptops: what the rapporteur left out stays out, and what anyone
//! captured since goes in, whatever order the files are merged in.
//!
//! One laptop leaves entries out, puts some back and reorders (recommendations, and actions
//! under theirs); another captures new recommendations and actions meanwhile. After the
//! merge, every entry captured on the other laptop is in the report, at the end, and every
//! entry left out is out. Files written before left-out entries were kept (format 1) keep
//! meaning what they meant.

mod common;
use common::{clock, session};

use std::path::Path;

use breakout::export::report::{Report, ReportSlot};
use breakout::model::{ItemId, NewItem, Session, Slot};
use breakout::storage::load;
use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;
use proptest::sample::Index;

fn at(minutes: i64) -> DateTime<Utc> {
    clock::after(TimeDelta::minutes(minutes))
}

fn slot(s: &Session, id: &str) -> Slot {
    s.template
        .slot(id)
        .expect("the default form has this slot")
        .clone()
}

fn rec(s: &mut Session, text: &str, when: DateTime<Utc>) -> ItemId {
    s.add(
        NewItem::point(Some("asia"), None, text).in_slot("recommendation"),
        when,
    )
    .expect("add a recommendation")
}

fn action(s: &mut Session, under: ItemId, text: &str, when: DateTime<Utc>) -> ItemId {
    s.add(
        NewItem::point(Some("asia"), None, text)
            .in_slot("action")
            .under(under),
        when,
    )
    .expect("add an action")
}

fn both_orders(a: &Session, b: &Session) -> [Session; 2] {
    let mut ab = a.clone();
    ab.merge_from(b).expect("one plan");
    let mut ba = b.clone();
    ba.merge_from(a).expect("one plan");
    [ab, ba]
}

fn recommendations(report: &Report) -> &ReportSlot {
    (report.sections.iter())
        .flat_map(|s| &s.slots)
        .find(|s| s.id.as_str() == "recommendation")
        .expect("the form has recommendations")
}

/// What the app does next with a merge: save it and read it back.
fn reread(s: &Session) -> Session {
    load::parse_session(Path::new("merged.json"), &session::bytes(s)).expect("reads back")
}

#[test]
fn one_laptop_leaves_x_out_the_other_captures_y_and_y_is_in() {
    let mut ancestor = session::new();
    let (a, x) = (
        rec(&mut ancestor, "a", at(0)),
        rec(&mut ancestor, "x", at(0)),
    );
    let b = rec(&mut ancestor, "b", at(0));
    let (mut one, mut two) = (ancestor.clone(), ancestor);
    // Laptop one reorders and leaves x out; laptop two, later, captures y.
    assert!(one.move_pick(b, true, at(1)).expect("move"));
    one.set_picked(x, false, at(2)).expect("leave out");
    let y = rec(&mut two, "y", at(3));
    let recs = slot(&one, "recommendation");
    for m in both_orders(&one, &two) {
        for m in [reread(&m), m] {
            assert_eq!(m.chosen(&recs), vec![a, b, y]);
            assert_eq!(m.left_out(&recs), vec![x]);
            let report = breakout::export::report::build(&m);
            let texts: Vec<&str> = recommendations(&report)
                .entries
                .iter()
                .map(|e| e.text.as_str())
                .collect();
            assert_eq!(texts, ["a", "b", "y"]);
        }
    }
}

#[test]
fn an_action_left_out_on_one_laptop_and_one_captured_on_another() {
    let mut ancestor = session::new();
    let r = rec(&mut ancestor, "r", at(0));
    let (x, a) = (
        action(&mut ancestor, r, "x", at(0)),
        action(&mut ancestor, r, "a", at(0)),
    );
    let (mut one, mut two) = (ancestor.clone(), ancestor);
    // Captured first on laptop two this time: the order of events does not matter.
    let y = action(&mut two, r, "y", at(1));
    one.set_picked(x, false, at(2)).expect("leave out");
    let actions = slot(&one, "action");
    for m in both_orders(&one, &two) {
        assert_eq!(m.chosen_under(r, &actions), vec![a, y]);
        assert_eq!(m.left_out_under(r, &actions), vec![x]);
        let report = breakout::export::report::build(&m);
        let rec_entry = &recommendations(&report).entries[0];
        let texts: Vec<&str> = rec_entry.children[0]
            .entries
            .iter()
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(texts, ["a", "y"], "the export leaves x out");
    }
}

#[test]
fn choices_under_two_recommendations_on_two_laptops_both_survive() {
    let mut ancestor = session::new();
    let (r1, r2) = (
        rec(&mut ancestor, "r1", at(0)),
        rec(&mut ancestor, "r2", at(0)),
    );
    let (x1, x2) = (
        action(&mut ancestor, r1, "x1", at(0)),
        action(&mut ancestor, r2, "x2", at(0)),
    );
    let (mut one, mut two) = (ancestor.clone(), ancestor);
    one.set_picked(x1, false, at(1)).expect("leave out");
    two.set_picked(x2, false, at(2)).expect("leave out");
    let actions = slot(&one, "action");
    for m in both_orders(&one, &two) {
        assert!(m.chosen_under(r1, &actions).is_empty());
        assert!(m.chosen_under(r2, &actions).is_empty());
    }
}

#[test]
fn a_file_written_before_left_outs_were_kept_means_what_it_meant() {
    let mut s = session::new();
    let (a, b) = (rec(&mut s, "a", at(0)), rec(&mut s, "b", at(0)));
    s.set_picked(a, false, at(1)).expect("leave out");
    // As format 1 wrote it: the chosen list alone.
    let mut file: serde_json::Value = serde_json::from_slice(&session::bytes(&s)).expect("json");
    file["format_version"] = 1.into();
    let picks = file["picks"]["recommendation"]
        .as_object_mut()
        .expect("the choice");
    picks.remove("left_out").expect("written now");
    let bytes = serde_json::to_vec(&file).expect("json");
    let old = load::parse_session(Path::new("old.json"), &bytes).expect("format 1 reads");
    let recs = slot(&old, "recommendation");
    assert_eq!(old.chosen(&recs), vec![b]);
    assert_eq!(old.left_out(&recs), vec![a], "not listed then: left out");
    // Opened on two laptops; one captures c. Merged, c is in and a still out.
    let mut two = old.clone();
    let c = rec(&mut two, "c", at(2));
    for m in both_orders(&old, &two) {
        assert_eq!(m.chosen(&recs), vec![b, c]);
        assert_eq!(m.left_out(&recs), vec![a]);
        assert_eq!(reread(&m), m, "written as format 2, it reads back the same");
        assert_eq!(m.format_version, breakout::model::SESSION_FORMAT_VERSION);
    }
}

/// A step on the laptop that chooses: leave an entry out or put it in, or move it.
#[derive(Debug, Clone)]
enum Choice {
    InOut(Index, bool),
    Move(Index, bool),
}

/// A step on the laptop that captures: a recommendation, or an action under one.
#[derive(Debug, Clone)]
enum Capture {
    Rec,
    Action(Index),
}

fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        2 => (any::<Index>(), any::<bool>()).prop_map(|(i, on)| Choice::InOut(i, on)),
        1 => (any::<Index>(), any::<bool>()).prop_map(|(i, up)| Choice::Move(i, up)),
    ]
}

fn capture() -> impl Strategy<Value = Capture> {
    prop_oneof![Just(Capture::Rec), any::<Index>().prop_map(Capture::Action)]
}

/// Every entry a recommendation or an action under one, with the one it hangs under.
fn entries(s: &Session) -> Vec<(ItemId, Option<ItemId>)> {
    s.live_items()
        .filter(|i| matches!(i.slot.as_deref(), Some("recommendation" | "action")))
        .map(|i| (i.id, i.parent))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn what_one_laptop_left_out_stays_out_and_what_the_other_captured_goes_in(
        recs in 1usize..4,
        actions in prop::collection::vec(any::<Index>(), 0..6),
        choices in prop::collection::vec(choice(), 0..12),
        captures in prop::collection::vec(capture(), 1..6),
        choose_first in any::<bool>(),
    ) {
        let mut ancestor = session::new();
        let parents: Vec<ItemId> =
            (0..recs).map(|k| rec(&mut ancestor, &format!("r{k}"), at(0))).collect();
        for ix in &actions {
            action(&mut ancestor, parents[ix.index(parents.len())], "act", at(0));
        }
        let (mut one, mut two) = (ancestor.clone(), ancestor);
        let (t_one, t_two) = if choose_first { (1, 100) } else { (100, 1) };
        for (k, c) in choices.iter().enumerate() {
            let when = at(t_one + k as i64);
            let all = entries(&one);
            match c {
                Choice::InOut(ix, on) => {
                    let (id, _) = all[ix.index(all.len())];
                    one.set_picked(id, *on, when).expect("in or out");
                }
                Choice::Move(ix, up) => {
                    let (id, _) = all[ix.index(all.len())];
                    one.move_pick(id, *up, when).expect("move");
                }
            }
        }
        let mut captured = Vec::new();
        for (k, c) in captures.iter().enumerate() {
            let when = at(t_two + k as i64);
            let id = match c {
                Capture::Rec => rec(&mut two, "new", when),
                Capture::Action(ix) => {
                    let parents: Vec<ItemId> =
                        entries(&two).iter().filter(|e| e.1.is_none()).map(|e| e.0).collect();
                    action(&mut two, parents[ix.index(parents.len())], "new", when)
                }
            };
            captured.push(id);
        }
        let (recs_slot, actions_slot) = (slot(&one, "recommendation"), slot(&one, "action"));
        let going = |s: &Session, id: ItemId, parent: Option<ItemId>| match parent {
            None => s.chosen(&recs_slot).contains(&id),
            Some(p) => s.chosen_under(p, &actions_slot).contains(&id),
        };
        for m in both_orders(&one, &two) {
            let m = reread(&m);
            for &id in &captured {
                let parent = m.item(id).and_then(|i| i.parent);
                prop_assert!(going(&m, id, parent), "captured on laptop two, not in");
            }
            for (id, parent) in entries(&one) {
                prop_assert_eq!(
                    going(&m, id, parent),
                    going(&one, id, parent),
                    "laptop one's choice of an entry it had is kept"
                );
            }
            // Laptop one's order comes first; what was captured since follows it.
            let mine = one.chosen(&recs_slot);
            prop_assert_eq!(&m.chosen(&recs_slot)[..mine.len()], &mine[..]);
            for &p in &parents {
                let mine = one.chosen_under(p, &actions_slot);
                prop_assert_eq!(&m.chosen_under(p, &actions_slot)[..mine.len()], &mine[..]);
            }
        }
    }
}
