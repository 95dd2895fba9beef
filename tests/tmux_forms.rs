//! A form with a date field, a named main text, café rounds and limits per table, typed into
//! through a real terminal (tmux, 80×24) as a rapporteur would: a bad date is refused in the
//! model's words and mended, the rounds move the question, and an entry past the limit per
//! table is marked. See tests/tui_forms.rs for the same in the update and the view.

mod common;

use breakout::storage::load::read_session;
use common::bin::BIN;
use common::tmux::Tmux;

#[test]
fn a_cafe_form_typed_into_through_tmux() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("cafe.json");
    let plan = common::repo("tests/fixtures/form-tui-cafe-plan.json");
    let tmux = Tmux::new("forms");
    tmux.start_wrapped(
        "s",
        80,
        24,
        &[],
        &[
            BIN,
            "--plan",
            plan.to_str().expect("a UTF-8 path"),
            file.to_str().expect("a UTF-8 path"),
        ],
    );
    tmux.wait_for("s", "? help");

    // Round 1, then round 2: each makes its question current and says so.
    tmux.keys("s", &["]"]);
    tmux.wait_for("s", "Phase 2: Round 1 — question 1: What works");
    tmux.keys("s", &["]"]);
    tmux.wait_for("s", "Phase 3: Round 2 — question 2: Who acts?");

    // A commitment: "What", then a date written the wrong way.
    tmux.keys("s", &["c"]);
    tmux.wait_for("s", "What:");
    tmux.type_text("s", "Fund the advice centre");
    tmux.keys("s", &["Tab", "Tab"]);
    tmux.type_text("s", "8/12/2026");
    tmux.wait_for("s", "By when: 8/12/2026");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for(
        "s",
        "By when: \"8/12/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-08",
    );
    // Still in the editor, on the date: mend it.
    for _ in 0..9 {
        tmux.keys("s", &["BSpace"]);
    }
    tmux.type_text("s", "2026-12-08");
    tmux.keys("s", &["Enter"]);
    tmux.wait_for("s", "By when: 2026-12-08");

    // Two more at this table: the third is past the limit per table (2).
    for text in ["Open a Saturday clinic", "Translate the leaflets"] {
        tmux.keys("s", &["c"]);
        tmux.wait_for("s", "What:");
        tmux.type_text("s", text);
        tmux.wait_for("s", text);
        tmux.keys("s", &["Enter"]);
    }
    let screen = tmux.wait_for("s", "[over limit] Translate the");
    assert_eq!(screen.matches("[over limit]").count(), 1, "{screen}");

    tmux.keys("s", &["q"]);
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    let session = read_session(&file).expect("the session was saved");
    let dated: Vec<&str> = session
        .live_items()
        .map(|i| i.field("by"))
        .filter(|d| !d.is_empty())
        .collect();
    assert_eq!(dated, ["2026-12-08"]);
    assert!(
        session
            .live_items()
            .all(|i| i.question.as_deref() == Some("q2")),
        "captured under round 2's question"
    );
}
