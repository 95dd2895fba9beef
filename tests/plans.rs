//! The shipped plans and templates: the GFMD session built faithfully from its action paper,
//! the rapporteur template word for word, and a quite different plan and template that take
//! the same code paths with nothing of GFMD in them.

mod common;
use common::{clock, repo, session};

use breakout::model::NewItem;
use breakout::storage::catalog::{self, Source};
use breakout::storage::{Store, load};

#[test]
fn the_gfmd_plan_is_the_embedded_default_and_matches_the_shipped_file() {
    let builtin = catalog::default_plan().expect("built-in default plan");
    let file = catalog::load_plan_file(&repo("sessions/gfmd-2016-csd-4.1.json"))
        .expect("shipped plan file");
    assert_eq!(builtin.plan, file.plan);
    assert_eq!(builtin.template, file.template);
    assert_eq!(builtin.plan_source, Source::BuiltIn);
}

#[test]
fn the_gfmd_plan_holds_the_action_paper() {
    let p = catalog::default_plan().expect("default").plan;
    assert_eq!(p.event.name, "GFMD Civil Society Days 2016");
    assert_eq!(p.event.start.to_string(), "2016-12-08");
    assert_eq!(
        p.event.end.map(|d| d.to_string()).as_deref(),
        Some("2016-12-09")
    );
    assert_eq!(p.event.place.as_deref(), Some("Dhaka, Bangladesh"));
    assert_eq!(p.session.number, "4.1");
    assert_eq!(
        p.session.title,
        "Multilateral cooperation and governance of migration and development: institutions \
         and legal frameworks"
    );

    assert_eq!(p.aims.len(), 3, "three aims");
    assert!(
        p.aims[0]
            .text
            .starts_with("assess current priority issues, by region")
    );
    assert_eq!(p.aims[1].details.len(), 2, "aim 2 has sub-points a and b");
    assert!(
        p.aims[2]
            .text
            .starts_with("develop civil society recommendations")
    );

    let titles: Vec<&str> = p.questions.iter().map(|q| q.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Recommendations for changes in policies and practices",
            "Actors for success",
            "Actions and strategies",
            "The Global Compact for safe, orderly and regular migration",
        ]
    );
    assert!(p.questions[0].text.starts_with("What needs to be changed"));
    assert!(
        p.questions[0]
            .prompts
            .iter()
            .any(|s| s.contains("what benchmarks would be effective")),
        "Q1 keeps its benchmark sub-question"
    );

    let names: Vec<&str> = p.tables.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names.len(), 4);
    assert_eq!(names[0], "Plenary");
    assert!(names[1].starts_with("Europe"));
    assert!(names[2].starts_with("Central America"));
    assert!(names[3].starts_with("Asia"));
    assert_eq!(
        p.table("asia").and_then(|t| t.origin_label()),
        Some("Asia Group")
    );

    assert!(p.agenda.len() >= 3, "plenary, tables, report-back");
    assert!(p.agenda_minutes() >= 60);
    assert!(
        p.notes.as_deref().unwrap_or("").contains("estimate"),
        "the plan says its minutes are estimates"
    );

    let existing = p
        .references
        .iter()
        .find(|r| {
            r.items
                .iter()
                .any(|i| i.starts_with("End detention of migrants"))
        })
        .expect("existing civil-society recommendations");
    assert_eq!(existing.items.len(), 5);
    let initiatives = p
        .references
        .iter()
        .find(|r| {
            r.items
                .iter()
                .any(|i| i.contains("Victims of Crime Directive"))
        })
        .expect("section 4 initiatives");
    assert_eq!(initiatives.items.len(), 3);
    assert_eq!(p.template, "gfmd-2016-csd-rapporteur");
}

#[test]
fn the_gfmd_template_reproduces_the_rapporteur_form() {
    let t = catalog::default_plan().expect("default").template;
    let labels: Vec<&str> = t.header.iter().map(|h| h.label.as_str()).collect();
    assert_eq!(labels, ["Name of rapporteur(s)", "Session # and theme"]);

    let headings: Vec<(&str, &str)> = t
        .sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str()))
        .collect();
    assert_eq!(
        headings,
        [
            ("1", "Progress: inspiring practices, partnerships and tools"),
            (
                "2",
                "Four recommendations, with related actions and indicators for change in \
                 policies and practices"
            ),
            (
                "3",
                "Governance mechanisms and the Global Compact for safe, orderly and regular \
                 migration"
            ),
            (
                "4",
                "Implementing related targets of the 2030 Sustainable Development Agenda"
            ),
            ("5", "Recommendations and actions for women / children"),
            (
                "6",
                "Priority messages to convey to governments by the CSD Chair on 10 December"
            ),
            ("7", "Inspiring quotes"),
            ("8", "Other information"),
        ]
    );
    assert!(t.sections[0].instructions.starts_with(
        "Describe, as concretely as possible, up to four examples identified during the session"
    ));
    assert!(
        t.sections[1]
            .instructions
            .contains("Also indicate at whom this recommendation is targeted")
    );
    assert!(t.sections[6].instructions.contains("Chatham House rules"));

    let limit = |id: &str| t.slot(id).and_then(|s| s.limit);
    assert_eq!(limit("progress-example"), Some(4));
    assert_eq!(limit("recommendation"), Some(4));
    assert_eq!(limit("action"), Some(2));
    assert_eq!(limit("indicator"), Some(2));
    assert_eq!(limit("priority-message"), Some(2));
    assert_eq!(limit("quote"), Some(2));

    let rec = t.slot("recommendation").expect("recommendation slot");
    assert!(
        rec.field("target").is_some(),
        "a recommendation has a target"
    );
    assert!(rec.origin && rec.pick);
    assert_eq!(
        t.slot("action").and_then(|s| s.parent.as_deref()),
        Some("recommendation")
    );
    assert_eq!(
        t.slot("indicator").and_then(|s| s.parent.as_deref()),
        Some("recommendation")
    );
    let quote = t.slot("quote").expect("quote slot");
    assert_eq!(
        quote.attribution.as_ref().map(|a| a.anonymous.as_str()),
        Some("anonymous")
    );
    assert!(t.slots().all(|s| s.key.is_some()), "every slot has a key");
}

#[test]
fn the_session_header_prefills_the_session_line_from_the_plan() {
    let s = session::new();
    assert_eq!(
        s.header_value("session"),
        "4.1: Multilateral cooperation and governance of migration and development: \
         institutions and legal frameworks"
    );
    assert_eq!(s.header_value("rapporteurs"), "");
}

/// Everything the GFMD session does, done with a plan of two tables and six questions and a
/// workshop template: load, validate, capture into every slot, save, load back.
#[test]
fn another_plan_and_template_work_the_same() {
    let r = session::workshop_plan();
    assert_eq!(r.plan.tables.len(), 2);
    assert_eq!(r.plan.questions.len(), 6);
    assert_eq!(r.template.id, "workshop-report");
    assert!(
        !serde_json::to_string(&*r.plan)
            .expect("json")
            .contains("GFMD")
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("workshop.json");
    let r2 = r.clone();
    let opened = Store::open(&path, move || Ok(r2)).expect("create session");
    assert!(opened.created);
    let mut s = opened.session;
    let now = clock::now();
    let t0 = r.plan.tables[0].id.clone();
    let q5 = r.plan.questions[5].id.clone();
    for slot in r.template.slots() {
        let mut new =
            NewItem::point(Some(&t0), Some(&q5), format!("{} — নমুনা", slot.label)).in_slot(&slot.id);
        for f in &slot.fields {
            new = new.with_field(&f.id, format!("{} value", f.label));
        }
        if let Some(parent) = &slot.parent {
            let pid = s
                .live_items()
                .find(|i| i.slot.as_deref() == Some(parent))
                .map(|i| i.id)
                .expect("parent slots come first in this template");
            new = new.under(pid);
        }
        s.add(new, now).expect("capture into the slot");
    }
    s.add(NewItem::point(None, None, "unsorted point"), now)
        .expect("plain point");
    for h in &r.template.header {
        s.set_header(&h.id, "set by hand", now).expect("header");
    }
    s.validate().expect("valid");
    opened.store.save(&s).expect("save");
    assert_eq!(load::read_session(&path).expect("load back"), s);
}

#[test]
fn a_plan_with_a_local_template_uses_it_before_the_built_in_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("templates")).expect("mkdir");
    let mut t: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("sessions/templates/workshop-report.json")).expect("read"),
    )
    .expect("parse");
    t["title"] = "Our own workshop form".into();
    std::fs::write(
        dir.path().join("templates/workshop-report.json"),
        serde_json::to_string(&t).expect("json"),
    )
    .expect("write template");
    std::fs::copy(repo(session::WORKSHOP_PLAN), dir.path().join("plan.json")).expect("copy plan");
    let r = catalog::load_plan_file(&dir.path().join("plan.json")).expect("resolves");
    assert_eq!(r.template.title, "Our own workshop form");
    assert!(matches!(r.template_source, Source::File(_)));
}

#[test]
fn built_in_plans_and_templates_all_load() {
    for p in catalog::builtin_plans() {
        p.expect("built-in plan");
    }
    let ids: Vec<String> = catalog::builtin_templates()
        .into_iter()
        .map(|t| t.expect("built-in template").id)
        .collect();
    assert_eq!(
        ids,
        [
            "commitments-cafe",
            "gfmd-2016-csd-rapporteur",
            "workshop-report"
        ]
    );
    assert!(catalog::resolve_plan("gfmd-2016-csd-4.1").is_ok());
    assert!(catalog::resolve_plan("cafe-2027-commitments").is_ok());
    assert!(catalog::resolve_plan("no-such-plan").is_err());
}
