//! The one session builder of the tests: sessions of the built-in default plan (or another),
//! stamped by the fixed [`clock`](super::clock), with as many entries of mixed kinds and
//! scripts as a test needs, and written to disk with the crate's own encoder.
//!
//! Only the public API of `breakout::model` and `breakout::storage` is used, the way the app
//! uses it: `Session::new`, `Session::add`, `NewItem`, `storage::store::encode`.

use std::path::{Path, PathBuf};

use breakout::model::{Attribution, ItemId, NewItem, Picks, QuestionId, Session, TableId};
use breakout::storage::catalog::{self, ResolvedPlan};
use breakout::storage::{load, store};

use super::clock;

/// The shipped example: the GFMD 2016 session 4.1 report as the rapporteur captured it.
pub const EXAMPLE: &str = "sessions/examples/gfmd-2016-csd-4.1-report.json";
/// The shipped plan of another kind of event: two tables, six questions, a workshop form.
pub const WORKSHOP_PLAN: &str = "sessions/examples/two-tables-six-questions.json";

/// The built-in default plan (GFMD 2016, session 4.1) with its rapporteur template.
pub fn default_plan() -> ResolvedPlan {
    catalog::default_plan().expect("the built-in default plan loads")
}

/// The two-tables-six-questions example plan with its workshop-report template.
pub fn workshop_plan() -> ResolvedPlan {
    catalog::load_plan_file(&super::repo(WORKSHOP_PLAN)).expect("the workshop plan loads")
}

/// An empty session of the default plan, created at [`clock::now`].
pub fn new() -> Session {
    on(default_plan())
}

/// An empty session of `plan`, created at [`clock::now`].
pub fn on(plan: ResolvedPlan) -> Session {
    Session::new(plan.plan, plan.template, clock::now())
}

/// A session of the default plan holding `n` entries of mixed kinds and scripts (see
/// [`add_mixed`]).
pub fn with_entries(n: usize) -> Session {
    let mut s = new();
    add_mixed(&mut s, n, "entry");
    s
}

/// Adds `new` stamped [`clock::now`]; the model must accept it.
pub fn add(session: &mut Session, new: NewItem) -> ItemId {
    let what = format!("{new:?}");
    session
        .add(new, clock::now())
        .unwrap_or_else(|e| panic!("the session refused {what}: {e}"))
}

/// Adds a plain point, on no table and no question.
pub fn add_point(session: &mut Session, text: &str) -> ItemId {
    add(session, NewItem::point(None, None, text))
}

/// A quote with its attribution.
pub fn quote(
    table: Option<&str>,
    question: Option<&str>,
    text: impl Into<String>,
    attribution: Attribution,
) -> NewItem {
    let mut new = NewItem::point(table, question, text).in_slot("quote");
    new.attribution = Some(attribution);
    new
}

/// Text in each of the scripts delegates use; each has broken text handling somewhere.
pub const SCRIPTS: [&str; 6] = [
    "Protéger les droits — derechos de los trabajadores migrantes",
    "অভিবাসী শ্রমিকদের অধিকার রক্ষা",
    "حماية حقوق العمال المهاجرين",
    "保护移民工人的权利",
    "👩🏽‍💻 👨‍👩‍👧 ✅ on the ground",
    "two lines:\nthe second one",
];

/// The ids of the session's tables, in the plan's order.
pub fn table_ids(session: &Session) -> Vec<TableId> {
    session.plan.tables.iter().map(|t| t.id.clone()).collect()
}

/// The ids of the session's guiding questions, in the plan's order.
pub fn question_ids(session: &Session) -> Vec<QuestionId> {
    session
        .plan
        .questions
        .iter()
        .map(|q| q.id.clone())
        .collect()
}

/// Adds `n` entries to a session of the default plan, cycling through the kinds (a plain
/// point, a recommendation with its target, an action and an indicator under it, a quote with
/// and without approval, a progress example, a priority message) and through [`SCRIPTS`], over
/// every table and question. Each text starts `"{tag} {k}: "` (k from 0), so it is unique and
/// says where it comes from. Returns the ids, in order.
pub fn add_mixed(session: &mut Session, n: usize, tag: &str) -> Vec<ItemId> {
    let (tables, questions) = (table_ids(session), question_ids(session));
    let mut recommendation = None;
    let mut ids = Vec::with_capacity(n);
    for k in 0..n {
        let table = Some(tables[k % tables.len()].as_str());
        let question = Some(questions[k % questions.len()].as_str());
        let text = format!("{tag} {k}: {}", SCRIPTS[k % SCRIPTS.len()]);
        let point = NewItem::point(table, question, text.as_str());
        // A kind that hangs under a recommendation comes after one.
        let under = |slot: &str, rec: Option<ItemId>| match rec {
            Some(rec) => NewItem::point(table, None, text.as_str())
                .in_slot(slot)
                .under(rec),
            None => NewItem::point(table, question, text.as_str()),
        };
        let new = match k % 8 {
            0 => point,
            1 => point
                .in_slot("recommendation")
                .with_field("target", "Governments of origin and destination"),
            2 => under("action", recommendation),
            3 => quote(
                table,
                question,
                text.as_str(),
                Attribution {
                    speaker: "আমিনা খাতুন".into(),
                    organisation: "منظمة العمال".into(),
                    approved: k % 16 == 3,
                },
            ),
            4 => under("indicator", recommendation),
            5 => point.in_slot("progress-example"),
            6 => point.in_slot("priority-message"),
            _ => NewItem::point(None, None, text.as_str()),
        };
        let id = add(session, new);
        if k % 8 == 1 {
            recommendation = Some(id);
        }
        ids.push(id);
    }
    ids
}

/// A valid session of the default plan with one entry of most kinds, at fixed instants of the
/// session's morning: a recommendation with its target (entry 0) and an action under it (1), a
/// quote whose speaker approved attribution (2), a deleted point (3), a header value and a
/// pick. Tests that break its file on purpose rely on that order and on these texts.
pub fn sample() -> Session {
    let t = clock::at;
    let plan = default_plan();
    let mut s = Session::new(plan.plan, plan.template, t("2016-12-08T09:00:00Z"));
    let rec = s
        .add(
            NewItem::point(Some("asia"), Some("q1"), "Protect wages of migrant workers")
                .in_slot("recommendation")
                .with_field("target", "States of origin"),
            t("2016-12-08T09:10:00.123Z"),
        )
        .expect("add the recommendation");
    s.add(
        NewItem::point(Some("asia"), None, "Joint recruitment standards\nby 2018")
            .in_slot("action")
            .under(rec),
        t("2016-12-08T09:11:00Z"),
    )
    .expect("add the action");
    s.add(
        quote(
            None,
            Some("q2"),
            "«Nothing about us without us» 🙂",
            Attribution {
                speaker: "আমিনা".into(),
                organisation: "منظمة".into(),
                approved: true,
            },
        ),
        t("2016-12-08T09:12:00Z"),
    )
    .expect("add the quote");
    let point = s
        .add(
            NewItem::point(Some("plenary"), None, "移民"),
            t("2016-12-08T09:13:00Z"),
        )
        .expect("add the point");
    s.delete(point, t("2016-12-08T09:14:00Z"))
        .expect("delete the point");
    s.set_header("rapporteurs", "A. Rapporteur", t("2016-12-08T09:15:00Z"))
        .expect("set a header field");
    s.picks.insert(
        "recommendation".into(),
        Picks {
            items: vec![rec],
            left_out: Some(Vec::new()),
            updated: t("2016-12-08T09:16:00Z"),
        },
    );
    s.validate().expect("the sample session is valid");
    s
}

/// The shipped example report, loaded.
pub fn example() -> Session {
    load::read_session(&super::repo(EXAMPLE)).expect("the example session loads")
}

/// A copy of the shipped example report in `dir`, under `name`; returns its path.
pub fn copy_example(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(super::repo(EXAMPLE), &path)
        .unwrap_or_else(|e| panic!("copy the example to {}: {e}", path.display()));
    path
}

/// The session as its file holds it, by the encoder the app saves with.
pub fn bytes(session: &Session) -> Vec<u8> {
    store::encode(session).expect("a session encodes")
}

/// Writes the session's file to `path` (plainly, without the store's lock or backup).
pub fn write(session: &Session, path: &Path) {
    std::fs::write(path, bytes(session))
        .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// Writes the session's file into `dir` under `name`; returns its path.
pub fn write_in(dir: &Path, name: &str, session: &Session) -> PathBuf {
    let path = dir.join(name);
    write(session, &path);
    path
}
