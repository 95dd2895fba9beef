//! The report choices: what goes in, in what order, left out, and what comes after.

use super::*;
use crate::model::NewItem;
use crate::model::test_support::{now, session};

#[test]
fn entries_past_a_limit_in_total_or_per_table_are_over() {
    let mut s = session();
    std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].limit_per_table = Some(1);
    let slot = s.template.slot("recommendation").expect("slot").clone();
    let add = |s: &mut Session, table| {
        s.add(
            NewItem::point(table, None, "rec").in_slot("recommendation"),
            now(),
        )
        .expect("add")
    };
    let n1 = add(&mut s, Some("north"));
    let n2 = add(&mut s, Some("north"));
    let s1 = add(&mut s, Some("south"));
    assert_eq!(s.count_in_table(&slot, Some(&"north".into())).over(), 1);
    assert_eq!(s.count_in_table(&slot, Some(&"south".into())).over(), 0);
    assert_eq!(s.count_in_table(&slot, None).going_in, 0);
    assert_eq!(
        s.tables_over_limit(&slot),
        vec![(
            Some("north".into()),
            Count {
                going_in: 2,
                limit: Some(1)
            }
        )]
    );
    // The total limit is 2: the third in report order is over it as well.
    assert_eq!(s.over_limit(&slot), HashSet::from([n2, s1]));
    // Taken out of the report, an entry no longer counts against either limit.
    s.set_picked(n2, false, now()).expect("unpick");
    assert!(s.over_limit(&slot).is_empty());
    assert_eq!(s.count_in_table(&slot, Some(&"north".into())).going_in, 1);
    let _ = n1;
}

#[test]
fn the_limit_an_entry_passes_counts_what_goes_in() {
    let mut s = session();
    std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].limit_per_table = Some(1);
    let slot = s.template.slot("recommendation").expect("slot").clone();
    let add = |s: &mut Session, table| {
        s.add(
            NewItem::point(table, None, "rec").in_slot("recommendation"),
            now(),
        )
        .expect("add")
    };
    let n1 = add(&mut s, Some("north"));
    assert_eq!(s.limit_passed_by(n1), None);
    let n2 = add(&mut s, Some("north"));
    let north = s.count_in_table(&slot, Some(&"north".into()));
    assert_eq!(
        s.limit_passed_by(n2),
        Some(Passed::Table(Some("north".into()), north))
    );
    assert_eq!(north.going_in, 2);
    // Left out, the first no longer counts: the second is within both limits.
    s.set_picked(n1, false, now()).expect("leave out");
    assert_eq!(s.limit_passed_by(n2), None);
    let s1 = add(&mut s, Some("south"));
    assert_eq!(s.limit_passed_by(s1), None);
    let none = add(&mut s, None);
    assert_eq!(
        s.limit_passed_by(none),
        Some(Passed::Total(s.count(&slot))),
        "three going in, two allowed"
    );
    assert_eq!(s.count(&slot).going_in, 3);
    s.set_picked(n1, true, now()).expect("back in");
    assert_eq!(
        s.limit_passed_by(n1).map(|p| matches!(p, Passed::Total(_))),
        Some(true)
    );
    s.set_picked(n2, false, now()).expect("leave out");
    s.set_picked(s1, false, now()).expect("leave out");
    // A left-out entry passes no limit itself.
    assert_eq!(s.limit_passed_by(n2), None, "left out");
    assert_eq!(s.limit_passed_by(n1), None, "two going in, one per table");

    // Under a recommendation: its actions going in, not all captured.
    let action = |s: &mut Session, text: &str| {
        s.add(
            NewItem::point(None, None, text).in_slot("action").under(n1),
            now(),
        )
        .expect("add")
    };
    let a = action(&mut s, "a");
    let b = action(&mut s, "b");
    let c = action(&mut s, "c");
    assert!(matches!(s.limit_passed_by(c), Some(Passed::Under(n)) if n.going_in == 3));
    s.set_picked(a, false, now()).expect("leave out");
    assert_eq!(s.limit_passed_by(c), None);
    assert_eq!(s.limit_passed_by(a), None);
    let d = action(&mut s, "d");
    assert!(matches!(s.limit_passed_by(d), Some(Passed::Under(n)) if n.going_in == 3));
    let _ = b;
}

#[test]
fn picks_choose_and_order_what_goes_in() {
    let mut s = session();
    let recs: Vec<ItemId> = (0..5)
        .map(|n| {
            s.add(
                NewItem::point(None, None, format!("rec {n}")).in_slot("recommendation"),
                now(),
            )
            .expect("add")
        })
        .collect();
    let slot = s.template.slot("recommendation").expect("slot").clone();
    assert!(slot.pick);
    assert_eq!(
        s.chosen(&slot),
        recs,
        "before any pick, all go in, in capture order"
    );
    let count = s.count(&slot);
    assert_eq!(count.going_in, 5);
    assert_eq!(count.over(), 5 - slot.limit.expect("limit") as usize);
    s.set_picked(recs[0], false, now()).expect("unpick");
    let count = s.count(&slot);
    assert_eq!(
        (count.going_in, count.over()),
        (4, 2),
        "what is left out does not count"
    );
    assert_eq!(s.chosen(&slot), recs[1..].to_vec());
    assert_eq!(s.left_out(&slot), vec![recs[0]]);
    assert!(s.move_pick(recs[2], true, now()).expect("move"));
    assert_eq!(s.chosen(&slot), vec![recs[2], recs[1], recs[3], recs[4]]);
    assert!(!s.move_pick(recs[2], true, now()).expect("at the top"));
    let point = s.add(NewItem::point(None, None, "p"), now()).expect("add");
    assert!(matches!(
        s.set_picked(point, true, now()),
        Err(ModelError::NotPicked(_))
    ));
}

#[test]
fn a_deleted_pick_drops_out_and_picks_stamp_forward() {
    let mut s = session();
    let a = s
        .add(
            NewItem::point(None, None, "a").in_slot("recommendation"),
            now(),
        )
        .expect("add");
    s.set_picked(a, true, now()).expect("pick");
    let first = s.picks["recommendation"].updated;
    s.set_picked(a, false, now()).expect("unpick");
    assert!(
        s.picks["recommendation"].updated > first,
        "same clock, later stamp"
    );
    s.set_picked(a, true, now()).expect("pick");
    s.delete(a, now()).expect("delete");
    let slot = s.template.slot("recommendation").expect("slot").clone();
    assert!(s.chosen(&slot).is_empty());
}

fn rec(s: &mut Session, text: &str) -> ItemId {
    s.add(
        NewItem::point(Some("north"), None, text).in_slot("recommendation"),
        now(),
    )
    .expect("add a recommendation")
}

fn action(s: &mut Session, under: ItemId, text: &str) -> ItemId {
    s.add(
        NewItem::point(Some("north"), None, text)
            .in_slot("action")
            .under(under),
        now(),
    )
    .expect("add an action")
}

fn slot(s: &Session, id: &str) -> Slot {
    s.template.slot(id).expect("slot").clone()
}

#[test]
fn an_entry_captured_after_a_reorder_goes_in_at_the_end() {
    let mut s = session();
    let recs = slot(&s, "recommendation");
    let (a, b, c) = (rec(&mut s, "a"), rec(&mut s, "b"), rec(&mut s, "c"));
    assert!(s.move_pick(c, true, now()).expect("move"));
    s.set_picked(a, false, now()).expect("leave out");
    assert_eq!(s.chosen(&recs), vec![c, b]);
    let d = rec(&mut s, "d");
    assert_eq!(s.chosen(&recs), vec![c, b, d], "new: in, at the end");
    assert_eq!(s.left_out(&recs), vec![a], "left out: still out");
    assert_eq!(s.count(&recs).going_in, 3);
    assert_eq!(s.over_limit(&recs), HashSet::from([d]));
    // Put back in, it goes to the end; a new one after it still goes in.
    s.set_picked(a, true, now()).expect("put in");
    let e = rec(&mut s, "e");
    assert_eq!(s.chosen(&recs), vec![c, b, d, a, e]);
    assert!(s.left_out(&recs).is_empty());
}

#[test]
fn a_left_out_entry_deleted_and_brought_back_stays_out() {
    let mut s = session();
    let recs = slot(&s, "recommendation");
    let (a, b) = (rec(&mut s, "a"), rec(&mut s, "b"));
    s.set_picked(a, false, now()).expect("leave out");
    s.delete(a, now()).expect("delete");
    s.set_picked(b, true, now())
        .expect("a choice made while it was gone");
    s.restore(a, now()).expect("restore");
    assert_eq!(s.chosen(&recs), vec![b]);
    assert_eq!(s.left_out(&recs), vec![a]);
}

#[test]
fn choices_written_before_left_outs_were_kept_mean_what_they_meant() {
    let mut s = session();
    let recs = slot(&s, "recommendation");
    let (a, b, c) = (rec(&mut s, "a"), rec(&mut s, "b"), rec(&mut s, "c"));
    s.format_version = 1;
    s.picks.insert(
        recs.id.clone(),
        Picks {
            items: vec![c, a],
            left_out: None,
            updated: now(),
        },
    );
    assert_eq!(s.chosen(&recs), vec![c, a], "not listed: left out");
    assert_eq!(s.left_out(&recs), vec![b]);
    s.settle_old_picks();
    let p = &s.picks[&recs.id];
    assert_eq!(p.left_out, Some(vec![b]));
    assert_eq!(
        p.updated,
        now(),
        "not a new choice: every laptop settles alike"
    );
    assert_eq!(s.format_version, SESSION_FORMAT_VERSION);
    let d = rec(&mut s, "d");
    assert_eq!(s.chosen(&recs), vec![c, a, d], "captured since: in");
    assert_eq!(s.left_out(&recs), vec![b]);
}

#[test]
fn actions_are_left_out_and_reordered_under_their_recommendation() {
    let mut s = session();
    let actions = slot(&s, "action");
    let (r1, r2) = (rec(&mut s, "one"), rec(&mut s, "two"));
    let (x, y, z) = (
        action(&mut s, r1, "x"),
        action(&mut s, r1, "y"),
        action(&mut s, r1, "z"),
    );
    let other = action(&mut s, r2, "other");
    assert_eq!(
        s.chosen_under(r1, &actions),
        vec![x, y, z],
        "all in at first"
    );
    assert_eq!(s.count_with(x).map(|c| c.over()), Some(1));
    let count = s.set_picked(y, false, now()).expect("leave out");
    assert_eq!((count.going_in, count.over()), (2, 0));
    assert!(s.move_pick(z, true, now()).expect("move"));
    assert_eq!(s.chosen_under(r1, &actions), vec![z, x]);
    assert_eq!(s.left_out_under(r1, &actions), vec![y]);
    assert_eq!(s.siblings_going_in(x), vec![z, x]);
    assert!(
        !s.move_pick(y, true, now())
            .expect("left out: does not move")
    );
    // The other recommendation's actions are chosen apart.
    assert_eq!(s.chosen_under(r2, &actions), vec![other]);
    assert!(!s.picks_under.contains_key(&r2));
    // Captured after the choice: in, at the end.
    let w = action(&mut s, r1, "w");
    assert_eq!(s.chosen_under(r1, &actions), vec![z, x, w]);
    // Moved under the other recommendation, an action left out is new there, and goes in.
    s.sort_into(y, Some("action".into()), Some(r2), now())
        .expect("move under r2");
    assert_eq!(
        s.chosen_under(r2, &actions),
        vec![y, other],
        "no choice there: capture order"
    );
    assert!(s.left_out_under(r1, &actions).is_empty());
}

#[test]
fn ranked_slots_are_reordered_and_other_slots_are_not() {
    let mut s = session();
    let quote = |s: &mut Session, text: &str| {
        s.add(NewItem::point(None, None, text).in_slot("quote"), now())
            .expect("add a quote")
    };
    let (a, b) = (quote(&mut s, "a"), quote(&mut s, "b"));
    assert!(matches!(
        s.move_pick(b, true, now()),
        Err(ModelError::NotPicked(_))
    ));
    std::sync::Arc::make_mut(&mut s.template).sections[1].slots[0].ranked =
        Some(crate::model::Ranking::Overall);
    let quotes = slot(&s, "quote");
    assert!(s.move_pick(b, true, now()).expect("ranked: moves"));
    let c = quote(&mut s, "c");
    assert_eq!(s.chosen(&quotes), vec![b, a, c]);
    assert!(
        matches!(s.set_picked(a, false, now()), Err(ModelError::NotPicked(_))),
        "a ranked slot takes every entry"
    );
    assert!(s.left_out(&quotes).is_empty());
    assert!(s.validate().is_ok(), "{:?}", s.validate());
}

#[test]
fn undo_brings_back_the_choices_under_an_entry() {
    let mut s = session();
    let actions = slot(&s, "action");
    let r = rec(&mut s, "r");
    let (x, y) = (action(&mut s, r, "x"), action(&mut s, r, "y"));
    let before = s.clone();
    s.set_picked(x, false, now()).expect("leave out");
    let middle = s.clone();
    assert!(s.move_pick(x, true, now()).is_ok());
    s.set_picked(x, true, now())
        .expect("put back in, at the end");
    assert_eq!(s.chosen_under(r, &actions), vec![y, x]);
    s.revert_to(&middle, now());
    assert_eq!(s.chosen_under(r, &actions), vec![y]);
    assert_eq!(s.left_out_under(r, &actions), vec![x]);
    s.revert_to(&before, now());
    assert_eq!(s.chosen_under(r, &actions), vec![x, y]);
    let z = action(&mut s, r, "z");
    assert_eq!(s.chosen_under(r, &actions), vec![x, y, z]);
    assert!(
        s.picks_under[&r]["action"].updated > middle.picks_under[&r]["action"].updated,
        "the undo is a newer choice, so a merge keeps it"
    );
}

#[test]
fn a_slot_ranked_per_table_moves_an_entry_past_the_next_of_its_own_table() {
    let mut s = session();
    std::sync::Arc::make_mut(&mut s.template).sections[0].slots[0].ranked =
        Some(crate::model::Ranking::PerTable);
    let add = |s: &mut Session, table| {
        s.add(
            NewItem::point(Some(table), None, "rec").in_slot("recommendation"),
            now(),
        )
        .expect("add")
    };
    let (n1, s1, n2) = (
        add(&mut s, "north"),
        add(&mut s, "south"),
        add(&mut s, "north"),
    );
    let slot = s.template.slot("recommendation").expect("slot").clone();
    assert!(s.move_pick(n2, true, now()).expect("move"));
    assert_eq!(s.chosen(&slot), vec![n2, s1, n1], "north's two swapped");
    assert!(
        !s.move_pick(s1, true, now()).expect("move"),
        "south's only entry is first in its table"
    );
    assert!(!s.move_pick(n2, true, now()).expect("move"));
}
