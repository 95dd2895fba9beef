//! The rules template format 2 added (issue 15): a slot key the app uses and an unknown
//! caption placeholder are refused in a template file and when a session starts from it, and
//! a session file whose template breaks them still opens and exports, since the notes in it are
//! the rapporteur's. And the shipped example form, which uses every new feature, starts a
//! session that exports.

mod common;
use common::bin::run as breakout;
use common::repo;

use std::path::Path;

fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json")
}

fn write_json(path: &Path, value: &serde_json::Value) {
    std::fs::write(path, serde_json::to_string_pretty(value).expect("json")).expect("write");
}

/// The workshop form with its first slot's key `q` (quit) and a caption with `{rank}`.
fn breaking(mut template: serde_json::Value) -> serde_json::Value {
    let slot = &mut template["sections"][0]["slots"][0];
    slot["key"] = "q".into();
    slot["caption"] = "Speaker {rank}".into();
    template
}

#[test]
fn a_template_giving_a_slot_a_key_of_the_app_or_an_unknown_placeholder_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).expect("mkdir");
    let template = breaking(read_json(&repo("sessions/templates/workshop-report.json")));
    write_json(&templates.join("workshop-report.json"), &template);

    let out = breakout(dir.path(), ["validate", "templates/workshop-report.json"]);
    assert_eq!(out.code(), Some(1), "{}", out.out());
    let err = out.err();
    assert!(
        err.contains("sections[0].slots[0].key: key \"q\" is one the app itself uses"),
        "{err}"
    );
    assert!(
        err.contains("sections[0].slots[0].caption: {rank} is not a placeholder")
            && err.contains("{n}")
            && err.contains("{table}"),
        "{err}"
    );

    // A plan naming it, beside it: no session starts from it, and no file is made.
    std::fs::copy(
        repo("sessions/examples/two-tables-six-questions.json"),
        dir.path().join("plan.json"),
    )
    .expect("copy");
    let out = breakout(dir.path(), ["new.json", "--plan", "plan.json"]);
    assert!(!out.success(), "{}", out.out());
    assert!(
        out.err().contains("is one the app itself uses"),
        "{}",
        out.err()
    );
    assert!(!dir.path().join("new.json").exists());
}

#[test]
fn a_session_whose_template_breaks_the_new_rules_still_opens_and_exports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = repo("sessions/examples/two-tables-six-questions.json");
    breakout(
        dir.path(),
        ["s.json", "--plan", plan.to_str().expect("utf-8")],
    )
    .assert_ok();
    let path = dir.path().join("s.json");
    let mut session = read_json(&path);
    session["template"] = breaking(session["template"].take());
    write_json(&path, &session);

    let out = breakout(dir.path(), ["validate", "s.json"]);
    assert!(out.success(), "{}", out.err());
    // It opens (plain mode, input at its end) and its report comes out.
    breakout(dir.path(), ["s.json"]).assert_ok();
    let md = breakout(dir.path(), ["export", "s.json", "--format", "md"]).assert_ok();
    assert!(md.out().contains("# Workshop report"), "{}", md.out());
}

#[test]
fn the_shipped_example_form_starts_a_session_that_exports() {
    let dir = tempfile::tempdir().expect("tempdir");
    breakout(dir.path(), ["cafe.json", "--plan", "cafe-2027-commitments"]).assert_ok();
    let md = breakout(dir.path(), ["export", "cafe.json", "--format", "md"]).assert_ok();
    let md = md.out();
    // The session's date and room from the plan, the date written out.
    assert!(md.contains("**Date:** 5 March 2027"), "{md}");
    assert!(md.contains("**Room:** Hall B, ground floor"), "{md}");
    for format in ["txt", "docx"] {
        breakout(
            dir.path(),
            [
                "export",
                "cafe.json",
                "--format",
                format,
                "-o",
                &format!("r.{format}"),
            ],
        )
        .assert_ok();
    }
}
