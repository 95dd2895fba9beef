//! Merging the files of several laptops into one session.
//!
//! The laws, on random sessions: one common ancestor, then random concurrent edit scripts on
//! two to four laptops (captures of every kind, edits, deletions, restores, undo, header,
//! picks, timer, and syncs between laptops), with clocks that are offset, equal, or going
//! backwards. Merging is commutative, associative and idempotent; no entry is lost; no
//! tombstone comes back unless a newer edit says so; the result is always a valid session.
//!
//! Then the refusals (another plan, an edited plan or template, an output file in use) and
//! `breakout merge` end to end, with the exports of a file merged with itself compared to the
//! original's.

mod common;
use common::bin;
use common::{clock, session};

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use breakout::model::{
    AgendaState, Attribution, Item, ItemId, MergeError, NewItem, Picks, QuestionId, Session,
    TableId,
};
use breakout::storage::{Store, load};
use chrono::{DateTime, TimeDelta, Utc};
use proptest::prelude::*;
use proptest::sample::{Index, select};

// ---------------------------------------------------------------------------------------------
// Sessions and how to compare them

/// `a` with `b` merged in; the sessions come from one plan, so the merge must not refuse.
fn merged(a: &Session, b: &Session) -> Session {
    let mut m = a.clone();
    m.merge_from(b).expect("sessions of one plan merge");
    m
}

fn merge_all<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Session {
    let mut it = sessions.into_iter();
    let mut m = it.next().expect("at least one session").clone();
    for s in it {
        m.merge_from(s).expect("sessions of one plan merge");
    }
    m
}

/// How two sessions differ when compared canonically: entries by id (file order does not
/// matter), everything else as it is. Empty when they are equivalent.
fn differences(a: &Session, b: &Session) -> Vec<String> {
    let mut d = Vec::new();
    macro_rules! field {
        ($($f:ident).+) => {
            if a.$($f).+ != b.$($f).+ {
                d.push(format!(
                    "{}: {:?} vs {:?}",
                    stringify!($($f).+),
                    a.$($f).+,
                    b.$($f).+
                ));
            }
        };
    }
    field!(schema);
    field!(format);
    field!(format_version);
    field!(id);
    field!(created);
    field!(updated);
    field!(header);
    field!(picks);
    field!(picks_under);
    field!(agenda);
    field!(home_table);
    if a.plan != b.plan {
        d.push("plan differs".into());
    }
    if a.template != b.template {
        d.push("template differs".into());
    }
    if a.all_items().len() != b.all_items().len() {
        d.push(format!(
            "{} entries vs {}",
            a.all_items().len(),
            b.all_items().len()
        ));
    }
    let (ia, ib) = (by_id(a), by_id(b));
    for id in ia.keys().chain(ib.keys()).collect::<BTreeSet<_>>() {
        match (ia.get(id), ib.get(id)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => d.push(format!("entry {id}: {x:?} vs {y:?}")),
        }
    }
    d
}

fn by_id(s: &Session) -> BTreeMap<ItemId, &Item> {
    s.all_items().map(|i| (i.id, i)).collect()
}

fn sorted_by_id(s: &Session) -> bool {
    s.all_items()
        .zip(s.all_items().skip(1))
        .all(|(a, b)| a.id < b.id)
}

/// The order the merge documents for two versions of one entry: the newer `updated` wins; on
/// a tie a tombstone wins, then the later deletion, then the larger content.
fn documented_order(a: &Item, b: &Item) -> Ordering {
    let key = |i: &Item| {
        (
            i.updated,
            i.deleted.is_some(),
            i.deleted,
            serde_json::to_string(i).expect("an entry serialises"),
        )
    };
    key(a).cmp(&key(b))
}

// ---------------------------------------------------------------------------------------------
// Random concurrent edits

#[derive(Debug, Clone)]
enum TimerOp {
    Start,
    Pause,
    GoTo(Index),
}

/// One thing a person does on one laptop. Indices choose among what exists at that moment;
/// an edit with nothing to act on does nothing.
#[derive(Debug, Clone)]
enum Op {
    Point {
        table: Index,
        question: Index,
        text: String,
    },
    /// An entry of a top-level slot (recommendation, quote, …), with its fields filled in.
    Entry {
        slot: Index,
        text: String,
        extra: String,
        approved: bool,
    },
    /// An entry that hangs under another (an action under a recommendation).
    Child {
        slot: Index,
        parent: Index,
        text: String,
    },
    Edit {
        which: Index,
        text: String,
    },
    Delete {
        which: Index,
    },
    Restore {
        which: Index,
    },
    Retag {
        which: Index,
        table: Index,
        question: Index,
    },
    Reorder {
        which: Index,
        other: Index,
        before: bool,
    },
    Header {
        field: Index,
        value: String,
    },
    Pick {
        slot: Index,
        entries: Vec<Index>,
    },
    /// Leaves an entry out of the report or puts it back in (`on`), or moves it one place,
    /// as the report view does: recommendations, and actions and indicators under theirs.
    Choose {
        which: Index,
        on: bool,
        up: Option<bool>,
    },
    Timer(TimerOp),
    /// Goes back to the state before this laptop's previous edit, as the app's undo does.
    Undo,
    /// Merges in another laptop's file as it is now (a USB stick, a synced folder).
    Sync {
        from: Index,
    },
}

fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(vec![
            "",
            "a",
            "b",
            "Protect migrant workers' rights",
            "অভিবাসী শ্রমিকদের অধিকার",
            "حماية حقوق العمال",
            "移民工人",
            "🎉 agreed",
        ])
        .prop_map(str::to_owned),
        1 => "[a-c ]{0,6}",
    ]
}

fn op() -> impl Strategy<Value = Op> {
    let ix = any::<Index>;
    prop_oneof![
        3 => (ix(), ix(), words()).prop_map(|(table, question, text)| Op::Point {
            table,
            question,
            text
        }),
        3 => (ix(), words(), words(), any::<bool>()).prop_map(|(slot, text, extra, approved)| {
            Op::Entry {
                slot,
                text,
                extra,
                approved,
            }
        }),
        3 => (ix(), ix(), words()).prop_map(|(slot, parent, text)| Op::Child {
            slot,
            parent,
            text
        }),
        4 => (ix(), words()).prop_map(|(which, text)| Op::Edit { which, text }),
        3 => ix().prop_map(|which| Op::Delete { which }),
        2 => ix().prop_map(|which| Op::Restore { which }),
        1 => (ix(), ix(), ix()).prop_map(|(which, table, question)| Op::Retag {
            which,
            table,
            question
        }),
        1 => (ix(), ix(), any::<bool>()).prop_map(|(which, other, before)| Op::Reorder {
            which,
            other,
            before
        }),
        2 => (ix(), words()).prop_map(|(field, value)| Op::Header { field, value }),
        2 => (ix(), prop::collection::vec(ix(), 0..5))
            .prop_map(|(slot, entries)| Op::Pick { slot, entries }),
        3 => (ix(), any::<bool>(), prop::option::of(any::<bool>()))
            .prop_map(|(which, on, up)| Op::Choose { which, on, up }),
        2 => prop_oneof![
            Just(TimerOp::Start),
            Just(TimerOp::Pause),
            ix().prop_map(TimerOp::GoTo)
        ]
        .prop_map(Op::Timer),
        1 => Just(Op::Undo),
        3 => ix().prop_map(|from| Op::Sync { from }),
    ]
}

/// How far a laptop's clock moves before an edit, in microseconds: often not at all (equal
/// timestamps), sometimes backwards (a clock corrected, a laptop woken from sleep).
fn clock_step() -> impl Strategy<Value = i64> {
    select(vec![
        0,
        0,
        0,
        1,
        1_000,
        1_000_000,
        60_000_000,
        -1,
        -1_000_000,
        -3_600_000_000,
    ])
}

/// Offsets between laptops' clocks, in seconds; equal ones make equal timestamps likely.
fn clock_offset() -> impl Strategy<Value = i64> {
    select(vec![0, 0, 0, 1, -1, 90, -3600, 3600])
}

#[derive(Debug, Clone)]
struct Laptop {
    offset_secs: i64,
    home_table: Option<Index>,
}

#[derive(Debug, Clone)]
struct World {
    /// Edits made before the laptops went their own ways.
    ancestor: Vec<(i64, Op)>,
    laptops: Vec<Laptop>,
    /// Edits on the laptops, interleaved: (which laptop, its clock step, the edit).
    script: Vec<(Index, i64, Op)>,
}

fn world() -> impl Strategy<Value = World> {
    let laptop =
        (clock_offset(), prop::option::of(any::<Index>())).prop_map(|(offset_secs, home_table)| {
            Laptop {
                offset_secs,
                home_table,
            }
        });
    (
        prop::collection::vec((clock_step(), op()), 0..12),
        prop::collection::vec(laptop, 2..=4),
        prop::collection::vec((any::<Index>(), clock_step(), op()), 0..50),
    )
        .prop_map(|(ancestor, laptops, script)| World {
            ancestor,
            laptops,
            script,
        })
}

fn choose<T: Clone>(ix: &Index, from: &[T]) -> Option<T> {
    (!from.is_empty()).then(|| from[ix.index(from.len())].clone())
}

/// A table or question id, or none (the last choice).
fn choose_or_none<T: Clone>(ix: &Index, ids: Vec<T>) -> Option<T> {
    let n = ix.index(ids.len() + 1);
    ids.get(n).cloned()
}

fn ids_where(s: &Session, keep: impl Fn(&Item) -> bool) -> Vec<ItemId> {
    s.all_items().filter(|i| keep(i)).map(|i| i.id).collect()
}

/// Applies one edit as the app would. Every edit the model refuses is a bug in the script
/// generator, so refusals fail the test.
fn apply(s: &mut Session, op: &Op, now: DateTime<Utc>, undo_to: Option<&Session>) {
    let plan = s.plan.clone();
    let template = s.template.clone();
    let tables: Vec<TableId> = plan.tables.iter().map(|t| t.id.clone()).collect();
    let questions: Vec<QuestionId> = plan.questions.iter().map(|q| q.id.clone()).collect();
    let top_slots: Vec<_> = template.slots().filter(|s| s.parent.is_none()).collect();
    let child_slots: Vec<_> = template.slots().filter(|s| s.parent.is_some()).collect();
    let live = ids_where(s, Item::is_live);
    match op {
        Op::Point {
            table,
            question,
            text,
        } => {
            let t = choose_or_none(table, tables).or_else(|| s.home_table.clone());
            let q = choose_or_none(question, questions);
            s.add(NewItem::at(t, q, text), now).expect("add a point");
        }
        Op::Entry {
            slot,
            text,
            extra,
            approved,
        } => {
            let slot = top_slots[slot.index(top_slots.len())];
            let mut new = NewItem::point(s.home_table.as_deref(), None, text).in_slot(&slot.id);
            for f in &slot.fields {
                new = new.with_field(&f.id, extra.clone());
            }
            if slot.attribution.is_some() && !extra.is_empty() {
                new.attribution = Some(Attribution {
                    speaker: extra.clone(),
                    organisation: String::new(),
                    approved: *approved,
                });
            }
            s.add(new, now).expect("add an entry");
        }
        Op::Child { slot, parent, text } => {
            let slot = child_slots[slot.index(child_slots.len())];
            let parent_slot = slot.parent.as_deref();
            let parents = ids_where(s, |i| i.is_live() && i.slot.as_deref() == parent_slot);
            if let Some(p) = choose(parent, &parents) {
                let table = s.item(p).and_then(|i| i.table.clone());
                let new = NewItem::point(table.as_deref(), None, text)
                    .in_slot(&slot.id)
                    .under(p);
                s.add(new, now).expect("add an entry under another");
            }
        }
        Op::Edit { which, text } => {
            if let Some(id) = choose(which, &live) {
                s.set_text(id, text, now).expect("edit");
            }
        }
        Op::Delete { which } => {
            if let Some(id) = choose(which, &live) {
                s.delete(id, now).expect("delete");
            }
        }
        Op::Restore { which } => {
            let dead = ids_where(s, |i| !i.is_live());
            if let Some(id) = choose(which, &dead) {
                s.restore(id, now).expect("restore");
            }
        }
        Op::Retag {
            which,
            table,
            question,
        } => {
            if let Some(id) = choose(which, &live) {
                let t = choose_or_none(table, tables);
                let q = choose_or_none(question, questions);
                s.retag(id, t, q, now).expect("retag");
            }
        }
        Op::Reorder {
            which,
            other,
            before,
        } => {
            if let (Some(a), Some(b)) = (choose(which, &live), choose(other, &live))
                && a != b
            {
                s.place_next_to(a, b, *before, now).expect("reorder");
            }
        }
        Op::Header { field, value } => {
            let f = &template.header[field.index(template.header.len())];
            s.set_header(&f.id, value, now).expect("set a header field");
        }
        Op::Pick { slot, entries } => {
            let pick_slots: Vec<_> = template.slots().filter(|s| s.pick).collect();
            let slot = pick_slots[slot.index(pick_slots.len())];
            let of_slot = ids_where(s, |i| i.is_live() && i.slot.as_deref() == Some(&slot.id));
            let mut items = Vec::new();
            for e in entries {
                if let Some(id) = choose(e, &of_slot)
                    && !items.contains(&id)
                {
                    items.push(id);
                }
            }
            // As the app stamps picks: now, or just after the last stamp if the clock went
            // backwards.
            let updated = s.picks.get(&slot.id).map_or(now, |p| {
                if now > p.updated {
                    now
                } else {
                    p.updated + TimeDelta::microseconds(1)
                }
            });
            // What the file does not list was left out (the app never writes less).
            let left_out = of_slot.into_iter().filter(|i| !items.contains(i)).collect();
            s.picks.insert(
                slot.id.clone(),
                Picks {
                    items,
                    left_out: Some(left_out),
                    updated,
                },
            );
            s.updated = s.updated.max(now);
        }
        Op::Choose { which, on, up } => {
            let choosable = ids_where(s, |i| {
                i.is_live()
                    && i.slot
                        .as_deref()
                        .and_then(|k| template.slot(k))
                        .is_some_and(|k| k.can_leave_out())
            });
            if let Some(id) = choose(which, &choosable) {
                match up {
                    Some(up) => {
                        s.move_pick(id, *up, now).expect("move in the report");
                    }
                    None => {
                        s.set_picked(id, *on, now).expect("in or out of the report");
                    }
                }
            }
        }
        Op::Timer(t) => {
            let phases = plan.agenda.len();
            s.with_agenda(now, |a: &mut AgendaState| match t {
                TimerOp::Start => a.start(now),
                TimerOp::Pause => a.pause(now),
                TimerOp::GoTo(ix) => a.go_to(ix.index(phases.max(1)), now),
            });
        }
        Op::Undo => {
            if let Some(earlier) = undo_to {
                s.revert_to(earlier, now);
            }
        }
        // Syncs are carried out by the script runner, which sees every laptop.
        Op::Sync { .. } => {}
    }
}

fn at(micros: i64) -> DateTime<Utc> {
    clock::after(TimeDelta::microseconds(micros))
}

/// Runs the world: returns the common ancestor and each laptop's final session.
fn run(w: &World) -> (Session, Vec<Session>) {
    let mut elapsed = 0i64;
    let mut ancestor = session::new();
    let mut before: Option<Session> = None;
    for (step, op) in &w.ancestor {
        elapsed += step;
        let snapshot = ancestor.clone();
        apply(&mut ancestor, op, at(elapsed), before.as_ref());
        before = Some(snapshot);
    }
    let tables: Vec<TableId> = ancestor.plan.tables.iter().map(|t| t.id.clone()).collect();
    let mut laptops: Vec<Session> = Vec::new();
    let mut clocks: Vec<i64> = Vec::new();
    let mut befores: Vec<Option<Session>> = Vec::new();
    for l in &w.laptops {
        let mut s = ancestor.clone();
        s.home_table = l.home_table.as_ref().and_then(|ix| choose(ix, &tables));
        laptops.push(s);
        clocks.push(elapsed + l.offset_secs * 1_000_000);
        befores.push(None);
    }
    for (who, step, op) in &w.script {
        let k = who.index(laptops.len());
        clocks[k] += step;
        let now = at(clocks[k]);
        let snapshot = laptops[k].clone();
        if let Op::Sync { from } = op {
            let other = laptops[from.index(laptops.len())].clone();
            laptops[k]
                .merge_from(&other)
                .expect("laptops of one plan merge");
        } else {
            apply(&mut laptops[k], op, now, befores[k].as_ref());
        }
        befores[k] = Some(snapshot);
    }
    (ancestor, laptops)
}

// ---------------------------------------------------------------------------------------------
// The laws

fn check_valid(what: &str, s: &Session) -> Result<(), TestCaseError> {
    if let Err(problems) = s.validate() {
        return Err(TestCaseError::fail(format!(
            "{what} is not valid: {problems:?}"
        )));
    }
    // What the app and `breakout merge` do with it next: save it, and read it back.
    let bytes = session::bytes(s);
    let back = load::parse_session(Path::new("merged.json"), &bytes)
        .map_err(|e| TestCaseError::fail(format!("{what} does not read back: {e}")))?;
    prop_assert!(
        differences(&back, s).is_empty(),
        "{what} changes when saved and read back: {:?}",
        differences(&back, s)
    );
    Ok(())
}

fn check_equivalent(what: &str, a: &Session, b: &Session) -> Result<(), TestCaseError> {
    let d = differences(a, b);
    prop_assert!(d.is_empty(), "{what}: {d:#?}");
    Ok(())
}

/// Everything the laws promise about one set of laptop files.
fn check_laws(ancestor: &Session, laptops: &[Session]) -> Result<(), TestCaseError> {
    for (k, s) in laptops.iter().enumerate() {
        check_valid(&format!("laptop {k}'s own session"), s)?;
    }
    let mut inputs: Vec<&Session> = laptops.iter().collect();
    inputs.push(ancestor);
    let n = inputs.len();

    // Idempotent: a file merged with itself is exactly itself, and says nothing came in.
    for (k, a) in inputs.iter().enumerate() {
        let mut m = (*a).clone();
        let report = m.merge_from(a).expect("merge with itself");
        prop_assert!(
            !report.changed_anything(),
            "merging file {k} with itself reports changes: {report}"
        );
        prop_assert!(m == **a, "merging file {k} with itself changed it");
    }

    for i in 0..n {
        for j in 0..n {
            let (a, b) = (inputs[i], inputs[j]);
            let ab = merged(a, b);
            check_valid(&format!("merge({i}, {j})"), &ab)?;
            // Commutative, and, since the entries are put in a canonical order, the very same
            // file whatever the order.
            let ba = merged(b, a);
            check_equivalent(&format!("merge({i}, {j}) vs merge({j}, {i})"), &ab, &ba)?;
            if sorted_by_id(a) && sorted_by_id(b) {
                prop_assert!(
                    session::bytes(&ab) == session::bytes(&ba),
                    "merge({i}, {j}) and merge({j}, {i}) are equivalent but not the same file"
                );
            }
            // Idempotent: merging b again brings nothing and changes nothing.
            let mut abb = ab.clone();
            let report = abb.merge_from(b).expect("merge again");
            prop_assert!(
                !report.changed_anything(),
                "merging file {j} a second time reports changes: {report}"
            );
            prop_assert!(
                abb == ab,
                "merging file {j} a second time changed the session"
            );
            // What the report says came in.
            let mut a2 = a.clone();
            let report = a2.merge_from(b).expect("merge");
            let mine = by_id(a);
            let new_live = b.live_items().filter(|x| !mine.contains_key(&x.id)).count();
            prop_assert_eq!(report.new, new_live, "new entries reported");

            // Associative.
            for (k, c) in inputs.iter().enumerate() {
                let left = merged(&ab, c);
                let right = merged(a, &merged(b, c));
                check_equivalent(
                    &format!("merge(merge({i}, {j}), {k}) vs merge({i}, merge({j}, {k}))"),
                    &left,
                    &right,
                )?;
            }
        }
    }

    // Every order of arrival gives the same session.
    let all = merge_all(inputs.iter().copied());
    check_valid("the merge of every file", &all)?;
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..6 {
        order.rotate_left(1);
        order.swap(0, n / 2);
        let other = merge_all(order.iter().map(|&k| inputs[k]));
        check_equivalent(&format!("merge in order {order:?}"), &all, &other)?;
    }
    let reversed = merge_all(inputs.iter().rev().copied());
    check_equivalent("merge in reverse order", &all, &reversed)?;

    // No entry lost, and each entry is its newest version: an older live copy never brings
    // a tombstone back.
    let out = by_id(&all);
    let mut newest: BTreeMap<ItemId, &Item> = BTreeMap::new();
    for s in &inputs {
        for item in s.all_items() {
            newest
                .entry(item.id)
                .and_modify(|seen| {
                    if documented_order(item, seen) == Ordering::Greater {
                        *seen = item;
                    }
                })
                .or_insert(item);
        }
    }
    prop_assert_eq!(
        out.keys().collect::<Vec<_>>(),
        newest.keys().collect::<Vec<_>>(),
        "the merge holds exactly the entries of its inputs"
    );
    for (id, want) in &newest {
        let got = out[id];
        if want.deleted.is_some() {
            prop_assert!(
                got.deleted.is_some(),
                "entry {id} is deleted in its newest version but live after the merge"
            );
        }
        prop_assert_eq!(got, *want, "entry {} is not its newest version", id);
    }
    // Header fields, picks and the timer: the newest of each.
    for s in &inputs {
        for (k, v) in &s.header {
            let got = &all.header[k];
            prop_assert!((got.updated, &got.value) >= (v.updated, &v.value));
        }
        let key = |p: &Picks| (p.updated, p.items.clone(), p.left_out.clone());
        for (k, v) in &s.picks {
            prop_assert!(key(&all.picks[k]) >= key(v));
        }
        for (parent, m) in &s.picks_under {
            for (k, v) in m {
                prop_assert!(key(&all.picks_under[parent][k]) >= key(v));
            }
        }
        if let Some(a) = &s.agenda {
            let got = all.agenda.as_ref().expect("the timer is kept");
            prop_assert!(got.updated >= a.updated);
        }
        prop_assert!(all.created <= s.created && all.updated >= s.updated && all.id <= s.id);
    }
    // Merging any input into the merge of all changes nothing.
    for (k, s) in inputs.iter().enumerate() {
        let again = merged(&all, s);
        prop_assert!(
            again == all,
            "merging file {k} into the merge of all changed it"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 96,
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn merge_laws_hold_for_concurrent_edits_on_several_laptops(w in world()) {
        let (ancestor, laptops) = run(&w);
        check_laws(&ancestor, &laptops)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Cases worth naming

/// Two laptops that share an ancestor holding a recommendation.
fn two_laptops_with_a_recommendation() -> (Session, Session, ItemId) {
    let t0 = clock::now();
    let mut s = session::new();
    let rec = s
        .add(
            NewItem::point(Some("asia"), Some("q1"), "Protect migrant workers")
                .in_slot("recommendation")
                .with_field("target", "Governments"),
            t0,
        )
        .expect("add");
    (s.clone(), s, rec)
}

/// An action added on one laptop under a recommendation that another laptop deleted: the
/// merge keeps the recommendation's tombstone (so the action's parent exists), the action
/// itself (nothing typed is lost), and is valid, in either order.
#[test]
fn an_action_under_a_recommendation_deleted_elsewhere_keeps_a_valid_parent() {
    let (mut a, mut b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now();
    a.delete(rec, t + TimeDelta::minutes(5)).expect("delete");
    let action = b
        .add(
            NewItem::point(Some("asia"), None, "Ratify C189")
                .in_slot("action")
                .under(rec),
            t + TimeDelta::minutes(6),
        )
        .expect("add action");
    for m in [merged(&a, &b), merged(&b, &a)] {
        m.validate().expect("the merged session is valid");
        let r = m.item(rec).expect("the recommendation is kept");
        assert!(!r.is_live(), "deleted before the action, and not restored");
        let x = m.item(action).expect("the action is kept");
        assert!(x.is_live() && x.parent == Some(rec));
        let bytes = session::bytes(&m);
        load::parse_session(Path::new("m.json"), &bytes).expect("the merged file reads back");
    }
    // Restoring the recommendation on the merged laptop brings back the action with it.
    let mut m = merged(&a, &b);
    m.restore(rec, t + TimeDelta::minutes(7)).expect("restore");
    assert_eq!(m.children(rec).len(), 1);
}

/// A deletion is never undone by an older copy, whichever laptop's clock is ahead; a newer
/// edit on the other laptop does bring the entry back (nothing typed later is lost).
#[test]
fn tombstones_beat_older_copies_and_lose_only_to_newer_edits() {
    let (mut a, b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now();
    a.delete(rec, t + TimeDelta::minutes(1)).expect("delete");
    for m in [merged(&a, &b), merged(&b, &a)] {
        assert!(!m.item(rec).expect("kept").is_live());
    }
    let mut b2 = b.clone();
    b2.set_text(
        rec,
        "Protect all migrant workers",
        t + TimeDelta::minutes(2),
    )
    .expect("edit");
    for m in [merged(&a, &b2), merged(&b2, &a)] {
        let r = m.item(rec).expect("kept");
        assert!(r.is_live(), "the later edit wins");
        assert_eq!(r.text, "Protect all migrant workers");
    }
    // The same deletion and edit at the very same instant: the tombstone wins, both ways.
    let mut b3 = b.clone();
    b3.set_text(rec, "same instant", t + TimeDelta::minutes(1))
        .expect("edit");
    for m in [merged(&a, &b3), merged(&b3, &a)] {
        assert!(!m.item(rec).expect("kept").is_live());
    }
}

/// Two laptops edit one entry at the very same instant: both orders keep the same version.
#[test]
fn equal_timestamps_are_decided_alike_on_every_laptop() {
    let (mut a, mut b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now() + TimeDelta::minutes(3);
    a.set_text(rec, "from laptop A", t).expect("edit");
    b.set_text(rec, "from laptop B", t).expect("edit");
    let (ab, ba) = (merged(&a, &b), merged(&b, &a));
    assert_eq!(ab.item(rec), ba.item(rec));
    assert_eq!(ab.item(rec).expect("kept").text, "from laptop B");
    let mut c = a.clone();
    let report = c.merge_from(&b).expect("merge");
    assert_eq!((report.updated, report.conflicts), (1, 1), "{report}");
    assert!(
        report.to_string().contains("changed on both sides"),
        "{report}"
    );
}

/// A laptop whose clock is an hour behind edits an entry after it received the newer file:
/// its edit is still the newer one.
#[test]
fn an_edit_after_a_sync_wins_even_on_a_clock_that_is_behind() {
    let (mut a, mut b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now() + TimeDelta::hours(2);
    a.set_text(rec, "edited on A", t).expect("edit");
    b.merge_from(&a).expect("sync");
    b.set_text(rec, "edited on B afterwards", t - TimeDelta::hours(1))
        .expect("edit");
    for m in [merged(&a, &b), merged(&b, &a)] {
        assert_eq!(m.item(rec).expect("kept").text, "edited on B afterwards");
    }
}

/// An entry captured and deleted on a table laptop before the rapporteur ever saw it still
/// arrives, as a tombstone: the merge says so (so the app saves it) and keeps the entries in
/// their canonical order.
#[test]
fn a_tombstone_the_receiver_never_saw_is_reported_and_ordered() {
    let t = clock::now();
    let ancestor = session::new();
    let (mut table, mut rapporteur) = (ancestor.clone(), ancestor);
    let first = table
        .add(
            NewItem::point(Some("asia"), None, "said, then withdrawn"),
            t,
        )
        .expect("add");
    rapporteur
        .add(NewItem::point(None, None, "the rapporteur's own note"), t)
        .expect("add");
    table
        .delete(first, t + TimeDelta::seconds(5))
        .expect("delete");
    let report = rapporteur.merge_from(&table).expect("merge");
    assert!(
        report.changed_anything(),
        "a new tombstone must count as a change, or the app would not save it: {report}"
    );
    assert!(!rapporteur.item(first).expect("kept").is_live());
    assert!(
        sorted_by_id(&rapporteur),
        "entries are in canonical order after a merge that brought something"
    );
}

/// Two laptops that both started the same session on the same table keep the table; files of
/// different tables merged are no longer any one table's, whatever the order.
#[test]
fn the_home_table_is_kept_only_when_every_file_agrees() {
    let s = session::new();
    let with = |t: Option<&str>| {
        let mut x = s.clone();
        x.home_table = t.map(TableId::from);
        x
    };
    let (asia, asia2, europe, none) = (
        with(Some("asia")),
        with(Some("asia")),
        with(Some("europe-med-africa")),
        with(None),
    );
    assert_eq!(merged(&asia, &asia2).home_table.as_deref(), Some("asia"));
    assert_eq!(merged(&asia, &europe).home_table, None);
    assert_eq!(merged(&asia, &none).home_table, None);
    assert_eq!(merged(&none, &asia).home_table, None);
}

// ---------------------------------------------------------------------------------------------
// Refusals

#[test]
fn sessions_of_different_plans_are_refused_naming_both_plans() {
    let t = clock::now();
    let mut gfmd = session::new();
    gfmd.add(NewItem::point(None, None, "kept"), t)
        .expect("add");
    let mut riverside = session::on(session::workshop_plan());
    riverside
        .add(NewItem::point(None, None, "elsewhere"), t)
        .expect("add");
    let before = gfmd.clone();
    let err = gfmd.merge_from(&riverside).expect_err("refused");
    assert!(matches!(err, MergeError::DifferentPlans { .. }), "{err:?}");
    let msg = err.to_string();
    for id in ["gfmd-2016-csd-4.1", "riverside-inclusion-2025"] {
        assert!(msg.contains(id), "the message names {id}: {msg}");
    }
    assert!(msg.contains("different plans"), "{msg}");
    assert_eq!(gfmd, before, "a refused merge changes nothing");
    assert!(gfmd.can_merge(&riverside).is_err());
    assert!(riverside.can_merge(&gfmd).is_err());
}

#[test]
fn the_same_plan_id_with_other_content_is_refused() {
    let ours = session::new();

    let mut edited_plan = session::default_plan();
    Arc::make_mut(&mut edited_plan.plan)
        .session
        .title
        .push_str(" (edited)");
    let theirs = session::on(edited_plan);
    let mut s = ours.clone();
    let err = s.merge_from(&theirs).expect_err("refused");
    assert_eq!(err, MergeError::PlanChanged("gfmd-2016-csd-4.1".into()));
    assert!(err.to_string().contains("gfmd-2016-csd-4.1"), "{err}");
    assert_eq!(s, ours);

    let mut edited_template = session::default_plan();
    Arc::make_mut(&mut edited_template.template)
        .title
        .push_str(" (edited)");
    let theirs = session::on(edited_template);
    let err = s.merge_from(&theirs).expect_err("refused");
    assert!(matches!(err, MergeError::TemplateChanged(_)), "{err:?}");
    assert_eq!(s, ours);
}

// ---------------------------------------------------------------------------------------------
// `breakout merge`, end to end

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn export(file: &str, format: &str, dir: &Path) -> Vec<u8> {
    let out = format!("{file}.{format}.export");
    bin::run_ok(
        dir,
        ["export", file, "--format", format, "-o", out.as_str()],
    );
    std::fs::read(dir.join(out)).expect("the export was written")
}

/// The entries of a JSON export, by id.
fn json_entries(bytes: &[u8]) -> BTreeMap<String, serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(bytes).expect("the JSON export parses");
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| (i["id"].as_str().expect("id").to_owned(), i.clone()))
        .collect()
}

#[test]
fn merging_a_file_with_itself_gives_the_same_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    session::copy_example(dir.path(), "a.json");
    let out = bin::run_ok(dir.path(), ["merge", "a.json", "a.json", "-o", "m.json"]);
    let said = out.out();
    assert!(said.contains("Merged 2 files into m.json"), "{said}");

    for format in ["md", "txt"] {
        let a = export("a.json", format, dir.path());
        let m = export("m.json", format, dir.path());
        assert!(
            a == m,
            "the {format} export of the merge differs from the original's:\n--- original\n{}\n--- merged\n{}",
            text(&a),
            text(&m)
        );
    }
    let (a, m) = (
        export("a.json", "json", dir.path()),
        export("m.json", "json", dir.path()),
    );
    assert_eq!(json_entries(&a), json_entries(&m));
    let (va, vm): (serde_json::Value, serde_json::Value) = (
        serde_json::from_slice(&a).expect("json"),
        serde_json::from_slice(&m).expect("json"),
    );
    for key in ["header", "picks", "plan", "template", "id", "created"] {
        assert_eq!(va[key], vm[key], "{key} differs after the merge");
    }
    // The Word export is produced too (its bytes hold a timestamp, so they are not compared).
    export("m.json", "docx", dir.path());

    // Merging again into the result changes nothing the report shows.
    bin::run_ok(dir.path(), ["merge", "a.json", "-o", "m.json"]);
    assert_eq!(
        export("m.json", "md", dir.path()),
        export("a.json", "md", dir.path())
    );
}

/// Table files merged in different orders, on the command line, give the same entries.
#[test]
fn the_order_of_files_on_the_command_line_does_not_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let t = clock::now();
    let ancestor = session::new();
    let mut names = Vec::new();
    for (k, table) in ["europe-med-africa", "central-america", "asia"]
        .iter()
        .enumerate()
    {
        let mut s = ancestor.clone();
        s.home_table = Some((*table).into());
        let now = t + TimeDelta::minutes(k as i64);
        let rec = s
            .add(
                NewItem::point(
                    Some(table),
                    Some("q2"),
                    format!("recommendation of {table}"),
                )
                .in_slot("recommendation"),
                now,
            )
            .expect("add");
        s.add(
            NewItem::point(Some(table), None, "an action")
                .in_slot("action")
                .under(rec),
            now,
        )
        .expect("add");
        let gone = s
            .add(NewItem::point(Some(table), None, "withdrawn"), now)
            .expect("add");
        s.delete(gone, now + TimeDelta::seconds(1)).expect("delete");
        let name = format!("{table}.json");
        std::fs::write(dir.path().join(&name), session::bytes(&s)).expect("write");
        names.push(name);
    }
    let n: Vec<&str> = names.iter().map(String::as_str).collect();
    bin::run_ok(dir.path(), ["merge", n[0], n[1], n[2], "-o", "one.json"]);
    bin::run_ok(dir.path(), ["merge", n[2], n[0], n[1], "-o", "two.json"]);
    bin::run_ok(dir.path(), ["merge", n[1], n[2], "-o", "three.json"]);
    bin::run_ok(
        dir.path(),
        ["merge", n[0], "three.json", "-o", "three.json"],
    );
    let one = load::read_session(&dir.path().join("one.json")).expect("read");
    assert_eq!(one.all_items().len(), 9);
    assert_eq!(one.live_items().count(), 6);
    assert_eq!(
        one.home_table, None,
        "three tables' files are no one table's"
    );
    for other in ["two.json", "three.json"] {
        let other = load::read_session(&dir.path().join(other)).expect("read");
        assert_eq!(by_id(&one), by_id(&other));
        assert_eq!(one.header, other.header);
        assert_eq!(one.picks, other.picks);
    }
    assert_eq!(
        export("one.json", "md", dir.path()),
        export("two.json", "md", dir.path())
    );
}

/// OUT that exists is merged into, never overwritten: its own entries, its newer edits and
/// its deletions all survive a merge with an older copy.
#[test]
fn merging_into_an_existing_file_keeps_its_own_entries() {
    let dir = tempfile::tempdir().expect("tempdir");
    session::copy_example(dir.path(), "a.json");
    let original = load::read_session(&dir.path().join("a.json")).expect("read");
    let mut out = original.clone();
    let now = clock::now();
    let own = out
        .add(
            NewItem::point(Some("asia"), None, "the rapporteur's own note"),
            now,
        )
        .expect("add");
    let live: Vec<ItemId> = out.live_items().map(|i| i.id).collect();
    let (edited, deleted) = (live[0], live[1]);
    out.set_text(edited, "edited by the rapporteur", now)
        .expect("edit");
    out.delete(deleted, now).expect("delete");
    // Also a file that never shared anything with a.json: a fresh session of the same plan.
    let mut fresh_file = session::new();
    let stranger = fresh_file
        .add(NewItem::point(None, None, "from a fresh laptop"), now)
        .expect("add");
    std::fs::write(dir.path().join("out.json"), session::bytes(&out)).expect("write");
    std::fs::write(dir.path().join("fresh.json"), session::bytes(&fresh_file)).expect("write");

    let said = bin::run_ok(
        dir.path(),
        ["merge", "a.json", "fresh.json", "-o", "out.json"],
    );
    let m = load::read_session(&dir.path().join("out.json")).expect("read");
    for item in out.all_items() {
        assert_eq!(
            m.item(item.id),
            Some(item),
            "OUT's own version of {} is kept",
            item.id
        );
    }
    assert!(m.item(own).is_some_and(Item::is_live));
    assert_eq!(
        m.item(edited).expect("kept").text,
        "edited by the rapporteur"
    );
    assert!(!m.item(deleted).expect("kept").is_live());
    assert!(m.item(stranger).is_some_and(Item::is_live));
    assert_eq!(m.all_items().len(), original.all_items().len() + 2);
    let stdout = said.out();
    assert!(stdout.contains("into out.json"), "{stdout}");
}

/// OUT open in a running breakout (here: held by this test through `Store::open`): the merge
/// is refused, says the file is in use, and leaves it as it was.
#[test]
fn merging_into_a_file_that_is_open_elsewhere_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    session::copy_example(dir.path(), "a.json");
    let out_path = dir.path().join("out.json");
    let held = Store::open(&out_path, || Ok(session::default_plan())).expect("open OUT");
    let before = std::fs::read(&out_path).expect("read");

    let out = bin::run(dir.path(), ["merge", "a.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(1), "refused with exit code 1");
    let err = out.err();
    assert!(err.contains("in use"), "says the file is in use: {err}");
    assert!(err.contains("out.json"), "names the file: {err}");
    assert!(out.stdout.is_empty(), "{}", out.out());
    assert_eq!(
        std::fs::read(&out_path).expect("read"),
        before,
        "OUT untouched"
    );
    drop(held);

    // Once the other breakout has closed it, the same merge works.
    bin::run_ok(dir.path(), ["merge", "a.json", "-o", "out.json"]);
}

#[test]
fn merging_files_of_different_plans_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    session::copy_example(dir.path(), "a.json");
    let other = session::on(session::workshop_plan());
    std::fs::write(dir.path().join("b.json"), session::bytes(&other)).expect("write");

    let out = bin::run(dir.path(), ["merge", "a.json", "b.json", "-o", "m.json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = out.err();
    for id in ["gfmd-2016-csd-4.1", "riverside-inclusion-2025", "b.json"] {
        assert!(err.contains(id), "the message names {id}: {err}");
    }
    assert!(!dir.path().join("m.json").exists(), "nothing written");

    // Into an existing OUT of another plan: refused, OUT untouched.
    std::fs::copy(dir.path().join("b.json"), dir.path().join("out.json")).expect("copy");
    let before = std::fs::read(dir.path().join("out.json")).expect("read");
    let out = bin::run(dir.path(), ["merge", "a.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = out.err();
    for id in ["gfmd-2016-csd-4.1", "riverside-inclusion-2025"] {
        assert!(err.contains(id), "the message names {id}: {err}");
    }
    assert_eq!(
        std::fs::read(dir.path().join("out.json")).expect("read"),
        before
    );
}

/// `x` (sort into another slot) on one laptop while another laptop adds an action under the
/// same recommendation: the merge holds an action whose parent is no longer a
/// recommendation. `validate()` refuses that, so the app would save a file it cannot open
/// again. No merge rule can repair it without breaking the laws (the newest slot may change
/// again in a later file); the fix belongs in validation (and in the views, which already
/// skip such entries). Ignored until that is decided.
#[test]
fn a_recommendation_sorted_elsewhere_while_an_action_was_added_under_it() {
    let (mut a, mut b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now();
    a.update(rec, t + TimeDelta::minutes(1), |i| {
        i.slot = Some("other".into());
        i.fields.clear();
    })
    .expect("sort into other information");
    b.add(
        NewItem::point(Some("asia"), None, "Ratify C189")
            .in_slot("action")
            .under(rec),
        t + TimeDelta::minutes(2),
    )
    .expect("add action");
    for m in [merged(&a, &b), merged(&b, &a)] {
        m.validate().expect("the merged session is valid");
    }
}

/// The same with picks: one laptop puts a recommendation in the report while another sorts
/// it into another slot. (On one laptop alone, picking and then sorting with `x` does the
/// same: the pick stays behind.)
#[test]
fn a_recommendation_picked_on_one_laptop_and_sorted_elsewhere_on_another() {
    let (mut a, mut b, rec) = two_laptops_with_a_recommendation();
    let t = clock::now();
    a.update(rec, t + TimeDelta::minutes(1), |i| {
        i.slot = Some("other".into());
        i.fields.clear();
    })
    .expect("sort into other information");
    b.picks.insert(
        "recommendation".into(),
        Picks {
            items: vec![rec],
            left_out: Some(Vec::new()),
            updated: t + TimeDelta::minutes(2),
        },
    );
    for m in [merged(&a, &b), merged(&b, &a)] {
        m.validate().expect("the merged session is valid");
    }
}

/// The timer stamps its changes with the clock as it is (`start`, `pause`, `go_to`), unlike
/// entries, header fields and picks, which stamp just after the previous change when the
/// clock has gone backwards. So on a laptop whose clock is behind, pausing a timer it
/// received loses to the older running state as soon as the files are merged.
#[test]
fn a_timer_change_after_a_sync_wins_even_on_a_clock_that_is_behind() {
    let t = clock::now() + TimeDelta::hours(2);
    let mut a = session::new();
    a.with_agenda(t, |g| g.start(t));
    let mut b = a.clone();
    let behind = t - TimeDelta::hours(1);
    b.with_agenda(behind, |g| g.pause(behind));
    assert!(!b.agenda.as_ref().expect("timer").running());
    for m in [merged(&a, &b), merged(&b, &a)] {
        assert!(
            !m.agenda.as_ref().expect("timer").running(),
            "the pause, made after the start, is kept"
        );
    }
}
