//! Edits to a session: what the model allows, refuses, and records.

mod common;
use common::{clock, session};

use breakout::model::{Attribution, ModelError, NewItem};
use chrono::TimeDelta;

#[test]
fn entries_are_tagged_stamped_and_ranked_in_capture_order() {
    let mut s = session::new();
    let now = clock::now();
    let a = s
        .add(NewItem::point(Some("asia"), Some("q1"), "first"), now)
        .expect("add");
    let b = s
        .add(
            NewItem::point(None, None, "second\nwith a second line"),
            now,
        )
        .expect("add");
    let (a, b) = (s.item(a).expect("a"), s.item(b).expect("b"));
    assert_ne!(a.id, b.id);
    assert!(a.rank < b.rank);
    assert_eq!(a.table.as_deref(), Some("asia"));
    assert_eq!(b.question, None);
    assert_eq!(a.created, now);
    assert_eq!(a.updated, now);
    let json = serde_json::to_value(a).expect("json");
    assert!(
        json["created"].as_str().expect("string").ends_with('Z'),
        "RFC 3339 in UTC: {}",
        json["created"]
    );
}

#[test]
fn placement_is_checked_against_the_plan_and_template() {
    let mut s = session::new();
    let now = clock::now();
    assert_eq!(
        s.add(NewItem::point(Some("mars"), None, "x"), now),
        Err(ModelError::UnknownTable("mars".into()))
    );
    assert_eq!(
        s.add(NewItem::point(None, Some("q9"), "x"), now),
        Err(ModelError::UnknownQuestion("q9".into()))
    );
    assert!(matches!(
        s.add(NewItem::point(None, None, "x").in_slot("action"), now),
        Err(ModelError::ParentRequired { .. })
    ));
    let example = s
        .add(
            NewItem::point(None, None, "x").in_slot("progress-example"),
            now,
        )
        .expect("example");
    let err = s
        .add(
            NewItem::point(None, None, "x")
                .in_slot("action")
                .under(example),
            now,
        )
        .expect_err("an action hangs under a recommendation, not an example");
    assert_eq!(
        err.to_string(),
        "Action entries go under a Recommendation, and that entry is not one"
    );
    assert!(matches!(
        s.add(
            NewItem::point(None, None, "x")
                .in_slot("progress-example")
                .with_field("target", "States"),
            now
        ),
        Err(ModelError::UnknownField { .. })
    ));
    let mut quote = NewItem::point(None, None, "x").in_slot("other");
    quote.attribution = Some(Attribution::default());
    assert_eq!(s.add(quote, now), Err(ModelError::NoAttribution));
    assert_eq!(s.all_items().len(), 1, "refused entries are not captured");
}

#[test]
fn a_point_can_be_sorted_into_a_slot_afterwards() {
    let mut s = session::new();
    let now = clock::now();
    let rec = s
        .add(NewItem::point(Some("asia"), Some("q1"), "IOM should…"), now)
        .expect("point");
    s.update(rec, now, |i| {
        i.slot = Some("recommendation".into());
        i.fields.insert("target".into(), "IOM".into());
    })
    .expect("becomes a recommendation");
    let act = s
        .add(
            NewItem::point(Some("asia"), Some("q3"), "Open up contracts"),
            now,
        )
        .expect("point");
    s.update(act, now, |i| {
        i.slot = Some("action".into());
        i.parent = Some(rec);
    })
    .expect("becomes an action under it");
    assert_eq!(s.children(rec).len(), 1);
    // A refused change leaves the entry as it was.
    let before = s.item(act).cloned();
    assert!(s.update(act, now, |i| i.parent = None).is_err());
    assert_eq!(s.item(act).cloned(), before);
    s.validate().expect("still valid");
}

#[test]
fn deleting_leaves_tombstones_for_the_entry_and_what_hangs_under_it() {
    let mut s = session::new();
    let now = clock::now();
    let rec = s
        .add(
            NewItem::point(None, None, "R").in_slot("recommendation"),
            now,
        )
        .expect("rec");
    let act = s
        .add(
            NewItem::point(None, None, "A").in_slot("action").under(rec),
            now,
        )
        .expect("act");
    let later = now + TimeDelta::seconds(5);
    s.delete(rec, later).expect("delete");
    assert_eq!(s.live_items().count(), 0);
    assert_eq!(s.all_items().len(), 2, "tombstones stay in the file");
    assert_eq!(s.item(act).and_then(|i| i.deleted), Some(later));
    s.restore(act, later + TimeDelta::seconds(1))
        .expect("restore");
    assert!(s.item(act).expect("act").is_live());
    assert!(
        s.item(rec).expect("rec").is_live(),
        "restoring an action brings back its recommendation"
    );
    s.validate().expect("valid");
}

#[test]
fn an_edit_is_newer_even_when_the_clock_went_backwards() {
    let mut s = session::new();
    let now = clock::now();
    let id = s.add(NewItem::point(None, None, "a"), now).expect("add");
    let earlier = now - TimeDelta::hours(1);
    s.set_text(id, "b", earlier).expect("edit");
    let item = s.item(id).expect("item");
    assert!(item.updated > now, "a merge must still prefer this edit");
    assert_eq!(item.created, now);
}

#[test]
fn an_unchanged_edit_does_not_touch_the_timestamp() {
    let mut s = session::new();
    let now = clock::now();
    let id = s.add(NewItem::point(None, None, "same"), now).expect("add");
    s.set_text(id, "same", now + TimeDelta::seconds(9))
        .expect("edit");
    assert_eq!(s.item(id).expect("item").updated, now);
}

#[test]
fn header_fields_are_those_of_the_template() {
    let mut s = session::new();
    let now = clock::now();
    s.set_header("rapporteurs", "Amy Shannon", now)
        .expect("rapporteurs");
    assert_eq!(s.header_value("rapporteurs"), "Amy Shannon");
    assert_eq!(
        s.set_header("chair", "x", now),
        Err(ModelError::UnknownHeader("chair".into()))
    );
}

#[test]
fn a_template_language_must_be_a_language_code_and_its_messages_follow_the_interface() {
    let mut s = session::new();
    std::sync::Arc::make_mut(&mut s.template).language = Some("French please".into());
    let problems = s.template.validate().expect_err("not a language code");
    assert_eq!(problems[0].field, "language");
    assert!(
        problems[0].message.contains("\"French please\"") && problems[0].message.contains("es-MX"),
        "{}",
        problems[0]
    );
    let fr = breakout::i18n::Lang::find("fr").expect("fr");
    let french = breakout::i18n::scoped(fr, || s.template.validate().expect_err("invalid"));
    assert!(
        french[0].message.contains("n'est pas un code de langue"),
        "{}",
        french[0]
    );
    // Header dates follow the report's language, not the interface's.
    let mut w = session::on(session::workshop_plan());
    let mut plan = (*w.plan).clone();
    plan.event.end = Some(plan.event.start + chrono::Days::new(2));
    w.plan = std::sync::Arc::new(plan);
    std::sync::Arc::make_mut(&mut w.template).language = Some("es".into());
    let date = w.header_value("date");
    assert!(date.starts_with("del ") && date.contains(" al "), "{date}");
}
