//! Round trip: any session survives save → load unchanged.
//!
//! Sessions are generated over both the embedded GFMD plan (with its rapporteur template) and
//! the two-tables-six-questions example plan (with the workshop-report template), with every
//! kind of entry those templates allow, arbitrary text in any script, extreme ranks, timestamps
//! at any nanosecond, tombstones, header values and picks. Each one must pass validation, then
//! come back identical from disk (through the store the app uses) and from the JSON export.

mod common;
use common::session;

use std::collections::BTreeMap;
use std::path::Path;

use breakout::model::{Attribution, Item, ItemId, Picks, Session, Stamped};
use breakout::storage::catalog::ResolvedPlan;
use breakout::storage::{Store, load};
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use uuid::Uuid;

/// The two plans every generated session is built over.
fn plans() -> &'static [ResolvedPlan; 2] {
    static PLANS: std::sync::OnceLock<[ResolvedPlan; 2]> = std::sync::OnceLock::new();
    PLANS.get_or_init(|| {
        let gfmd = session::default_plan();
        let example = session::workshop_plan();
        assert_eq!(gfmd.template.id, "gfmd-2016-csd-rapporteur");
        assert_eq!(example.template.id, "workshop-report");
        [gfmd, example]
    })
}

/// Characters that have broken text handling somewhere before: line and paragraph separators,
/// JSON's escapes, control characters, combining marks, right-to-left text, joiners, a BOM.
const SPECIAL: &[char] = &[
    '\n',
    '\r',
    '\t',
    '"',
    '\\',
    '/',
    '\0',
    '\u{1}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{200b}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202e}',
    '\u{2028}',
    '\u{2029}',
    '\u{feff}',
    '\u{fffd}',
    '\u{10ffff}',
    'ব',
    'া',
    'ং',
    '্',
    'ع',
    'ر',
    'ب',
    'ي',
    '\u{64b}',
    '中',
    '文',
    '語',
    'ー',
    '😀',
    '👍',
    '\u{1f3fd}',
    '🇧',
    '🇩',
    'é',
    '\u{301}',
    'ß',
    '\'',
    '<',
    '&',
    '{',
    '}',
    '[',
    ']',
    ':',
    ',',
];

/// Whole strings a rapporteur might type, in the scripts of the room.
const SAMPLES: &[&str] = &[
    "",
    " ",
    "\n",
    "অভিবাসী শ্রমিকদের অধিকার রক্ষা করতে হবে।",
    "يجب حماية حقوق العمال المهاجرين\nوأسرهم",
    "移民工人的权利必须得到保护。",
    "移住労働者の権利",
    "👩🏽‍🌾 farmers 🇧🇩 → 🇶🇦",
    "Line one\nLine two\r\nLine three\n\n",
    "She said: \"no \\ escape\" — ok?",
    "\u{0}\u{1}\u{1f}\u{7f}",
    "null",
    "{\"format\": \"breakout-session\"}",
    "    indented\ttabbed   ",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(
            prop_oneof![
                2 => prop::sample::select(SPECIAL),
                1 => any::<char>(),
                2 => prop::char::range('a', 'z'),
                1 => Just(' '),
            ],
            0..48,
        )
        .prop_map(String::from_iter),
        2 => prop::sample::select(SAMPLES).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => prop::collection::vec(prop::sample::select(SAMPLES), 0..4).prop_map(|v| v.join("\n")),
    ]
}

/// 1970-01-01 up to 2200-01-01.
const LATEST: i64 = 7_258_118_400;

/// Any instant in range, at any precision: whole seconds, milliseconds, microseconds or
/// nanoseconds; now and then inside a leap second (`23:59:60.5`), which chrono can hold.
fn timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        20 => (0..LATEST, 0u32..1_000_000_000, 0usize..4).prop_map(|(secs, nanos, precision)| {
            let nanos = match precision {
                0 => 0,
                1 => nanos / 1_000_000 * 1_000_000,
                2 => nanos / 1_000 * 1_000,
                _ => nanos,
            };
            DateTime::from_timestamp(secs, nanos).expect("in range")
        }),
        1 => (0..LATEST / 60, 1_000_000_000u32..2_000_000_000).prop_map(|(minute, nanos)| {
            DateTime::from_timestamp(minute * 60 + 59, nanos).expect("a leap second")
        }),
    ]
}

fn rank() -> impl Strategy<Value = i64> {
    prop_oneof![
        any::<i64>(),
        prop::sample::select(&[i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX][..]),
        -5i64..5,
    ]
}

/// Everything random about one entry; which slot, parent, table and question it gets is decided
/// against the plan and template when the session is built.
#[derive(Debug, Clone)]
struct ItemSpec {
    id: u128,
    /// 0 is a plain discussion point; otherwise a slot, counted across the template.
    kind: Index,
    parent: Index,
    table: Option<Index>,
    question: Option<Index>,
    text: String,
    fields: Vec<Option<String>>,
    attribution: Option<(String, String, bool)>,
    rank: i64,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    deleted: Option<DateTime<Utc>>,
}

fn item_spec() -> impl Strategy<Value = ItemSpec> {
    (
        (
            any::<u128>(),
            any::<Index>(),
            any::<Index>(),
            prop::option::of(any::<Index>()),
            prop::option::of(any::<Index>()),
            text(),
        ),
        (
            prop::collection::vec(prop::option::of(text()), 3),
            prop::option::of((text(), text(), any::<bool>())),
            rank(),
            timestamp(),
            timestamp(),
            prop::option::weighted(0.2, timestamp()),
        ),
    )
        .prop_map(
            |(
                (id, kind, parent, table, question, text),
                (fields, attribution, rank, created, updated, deleted),
            )| ItemSpec {
                id,
                kind,
                parent,
                table,
                question,
                text,
                fields,
                attribution,
                rank,
                created,
                updated,
                deleted,
            },
        )
}

#[derive(Debug, Clone)]
struct SessionSpec {
    plan: usize,
    id: u128,
    schema: Option<String>,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    header: Vec<Option<(String, DateTime<Utc>)>>,
    items: Vec<ItemSpec>,
    /// Per pickable slot: which of its entries are picked (as indices into them), and when.
    picks: Vec<Option<(Vec<Index>, DateTime<Utc>)>>,
}

fn session_spec() -> impl Strategy<Value = SessionSpec> {
    (
        0usize..2,
        any::<u128>(),
        prop::option::of(prop_oneof![
            Just("../schema/session.schema.json".to_owned()),
            text()
        ]),
        timestamp(),
        timestamp(),
        prop::collection::vec(prop::option::of((text(), timestamp())), 6),
        prop::collection::vec(item_spec(), 0..40),
        prop::collection::vec(
            prop::option::of((prop::collection::vec(any::<Index>(), 0..6), timestamp())),
            4,
        ),
    )
        .prop_map(
            |(plan, id, schema, created, updated, header, items, picks)| SessionSpec {
                plan,
                id,
                schema,
                created,
                updated,
                header,
                items,
                picks,
            },
        )
}

/// Builds a session that fits its plan and template from the random choices in `spec`.
fn build(spec: &SessionSpec) -> Session {
    let resolved = &plans()[spec.plan];
    let (plan, template) = (&resolved.plan, &resolved.template);
    let slots: Vec<_> = template.slots().collect();
    let mut session = Session::new(plan.clone(), template.clone(), spec.created);
    session.id = Uuid::from_u128(spec.id);
    session.schema = spec.schema.clone();
    session.updated = spec.updated;

    for (field, value) in template.header.iter().zip(&spec.header) {
        if let Some((value, updated)) = value {
            session.header.insert(
                field.id.clone(),
                Stamped {
                    value: value.clone(),
                    updated: *updated,
                },
            );
        }
    }

    let mut items: Vec<Item> = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for s in &spec.items {
        // Unique ids: bump a colliding one (proptest likes to repeat simple values).
        let mut raw = s.id;
        while !ids.insert(raw) {
            raw = raw.wrapping_add(1);
        }
        let mut slot = match s.kind.index(slots.len() + 1) {
            0 => None,
            n => Some(slots[n - 1]),
        };
        let mut parent = None;
        if let Some(parent_slot) = slot.and_then(|sl| sl.parent.as_deref()) {
            let candidates: Vec<ItemId> = items
                .iter()
                .filter(|i| i.slot.as_deref() == Some(parent_slot))
                .map(|i| i.id)
                .collect();
            if candidates.is_empty() {
                // Nothing to hang under yet: capture the parent kind instead.
                slot = template.slot(parent_slot);
            } else {
                parent = Some(candidates[s.parent.index(candidates.len())]);
            }
        }
        let fields: BTreeMap<String, String> = slot
            .map(|sl| {
                sl.fields
                    .iter()
                    .zip(&s.fields)
                    .filter_map(|(f, v)| Some((f.id.clone(), v.clone()?)))
                    .collect()
            })
            .unwrap_or_default();
        let attribution = slot
            .filter(|sl| sl.attribution.is_some())
            .and(s.attribution.clone())
            .map(|(speaker, organisation, approved)| Attribution {
                speaker,
                organisation,
                approved,
            });
        items.push(Item {
            id: ItemId(Uuid::from_u128(raw)),
            slot: slot.map(|sl| sl.id.as_str().into()),
            parent,
            table: s
                .table
                .map(|i| plan.tables[i.index(plan.tables.len())].id.as_str().into()),
            question: s.question.map(|i| {
                plan.questions[i.index(plan.questions.len())]
                    .id
                    .as_str()
                    .into()
            }),
            text: s.text.clone(),
            fields,
            attribution: attribution.map(Box::new),
            rank: s.rank,
            created: s.created,
            updated: s.updated,
            deleted: s.deleted,
        });
    }

    for (slot, pick) in slots.iter().filter(|sl| sl.pick).zip(&spec.picks) {
        let Some((chosen, updated)) = pick else {
            continue;
        };
        let mut pool: Vec<ItemId> = items
            .iter()
            .filter(|i| i.slot.as_deref() == Some(slot.id.as_str()))
            .map(|i| i.id)
            .collect();
        let mut picked = Vec::new();
        for c in chosen {
            if pool.is_empty() {
                break;
            }
            picked.push(pool.remove(c.index(pool.len())));
        }
        session.picks.insert(
            slot.id.clone(),
            Picks {
                items: picked,
                left_out: Some(pool),
                updated: *updated,
            },
        );
    }

    session.put_items_unchecked(items);
    session
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_session_survives_save_and_load(spec in session_spec()) {
        let session = build(&spec);
        if let Err(problems) = session.validate() {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            prop_assert!(false, "generated session does not validate: {list:#?}");
        }

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("session.json");
        let resolved = plans()[spec.plan].clone();
        let opened = Store::open(&path, move || Ok(resolved)).expect("creates the file");
        prop_assert!(opened.created);
        opened.store.save(&session).expect("saves");

        let loaded = load::read_session(&path).expect("loads back");
        prop_assert_eq!(&loaded, &session);

        // Saving what was loaded writes the very same bytes: nothing drifts across generations.
        let first = std::fs::read(&path).unwrap();
        opened.store.save(&loaded).expect("saves again");
        prop_assert_eq!(std::fs::read(&path).unwrap(), first.clone());

        // The way the app opens it, once the first writer has let go.
        drop(opened);
        let reopened = Store::open(&path, || unreachable!("the file exists")).expect("reopens");
        prop_assert!(!reopened.created);
        prop_assert_eq!(&reopened.session, &session);

        // The JSON export is the same document.
        let exported = breakout::export::json(&session).expect("exports");
        prop_assert_eq!(&session::bytes(&session), &first);
        prop_assert_eq!(&exported, &first);
        let parsed = load::parse_session(Path::new("export.json"), &exported).expect("parses");
        prop_assert_eq!(&parsed, &session);
    }
}

/// The generator must actually reach what the property is about; a run that never builds a
/// child entry or a pick would pass without testing them.
#[test]
fn generator_covers_every_slot_children_and_picks() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let mut seen_slots = std::collections::BTreeSet::new();
    let (mut children, mut picks, mut tombstones, mut attributions) = (0, 0, 0, 0);
    let strategy = session_spec();
    for _ in 0..60 {
        let session = build(&strategy.new_tree(&mut runner).unwrap().current());
        assert!(session.validate().is_ok());
        for item in session.all_items() {
            seen_slots.insert((session.template.id.clone(), item.slot.clone()));
            children += usize::from(item.parent.is_some());
            tombstones += usize::from(item.deleted.is_some());
            attributions += usize::from(item.attribution.is_some());
        }
        picks += session.picks.values().map(|p| p.items.len()).sum::<usize>();
    }
    for resolved in plans() {
        for slot in resolved.template.slots() {
            let key = (resolved.template.id.clone(), Some(slot.id.clone()));
            assert!(seen_slots.contains(&key), "never generated {key:?}");
        }
        assert!(seen_slots.contains(&(resolved.template.id.clone(), None)));
    }
    assert!(children > 0 && picks > 0 && tombstones > 0 && attributions > 0);
}
