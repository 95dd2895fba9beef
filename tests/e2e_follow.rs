//! A projector window beside a typing window, through real terminals (tmux): what the
//! rapporteur types appears on the wall once it is saved, the agenda timer the rapporteur
//! starts runs there too, and a read-only window offers no key that would write and refuses
//! one in words.
//!
//! Every wait polls the screen with the driver's generous deadline; nothing here measures
//! speed (the follower reacts within about a second; the tests only ask that it does).

// Needs tmux: Unix only (Windows builds are checked, not tested).
#![cfg(unix)]

mod common;
use common::bin::BIN;
use common::tmux::Tmux;

/// Text on the main screen once it is up and drawn (the end of the footer).
const READY: &str = "? help";
/// The projector window's bottom line when it is read-only.
const PROJECTOR_READY: &str = "P or Esc: main screen";

fn lines_with<'a>(screen: &'a str, text: &str) -> Vec<&'a str> {
    screen.lines().filter(|l| l.contains(text)).collect()
}

fn a_projector_follows_the_writer_at(cols: u16, rows: u16) {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("session.json");
    let f = file.to_str().expect("UTF-8 path");

    let tmux = Tmux::new("follow");
    tmux.start("writer", cols, rows, &[BIN, f]);
    tmux.wait_for("writer", READY);
    tmux.wait_for("writer", "saved");
    tmux.start("wall", cols, rows, &[BIN, "--projector", f]);
    tmux.wait_for("wall", PROJECTOR_READY);
    // The wall shows the session's first table and question, no footer of keys.
    let wall = tmux.screen("wall");
    assert!(!wall.contains("new point"), "{wall}");

    // The rapporteur types a point; it appears on the wall once saved.
    let text = "Licensed recruitment agencies only";
    tmux.keys("writer", &["n"]);
    tmux.type_text("writer", text);
    tmux.wait_for("writer", text);
    tmux.keys("writer", &["Enter"]);
    tmux.wait_for("wall", text);

    // The rapporteur starts the timer; it runs on the wall: the mark turns to ▶ and the
    // countdown moves on from where it stood.
    let before = tmux.screen("wall");
    assert!(
        before.contains('⏸'),
        "the timer is paused at first:\n{before}"
    );
    tmux.keys("writer", &["s"]);
    let running = tmux.wait_for("wall", "▶");
    let countdown = |screen: &str| {
        lines_with(screen, "▶")
            .first()
            .map(|l| (*l).to_owned())
            .unwrap_or_default()
    };
    let first = countdown(&running);
    common::poll_every(common::tmux::POLL, common::tmux::TIMEOUT, || {
        let now = countdown(&tmux.screen("wall"));
        (now != first && !now.is_empty()).then_some(())
    })
    .unwrap_or_else(|| panic!("the wall's countdown never moved from {first:?}"));

    // The viewer chooses another table on the wall; the writer's next save does not take it
    // back to the first.
    tmux.keys("wall", &["Tab"]);
    tmux.wait_for("wall", "Europe");
    let second = "A second point, on the plenary";
    tmux.keys("writer", &["n"]);
    tmux.type_text("writer", second);
    tmux.wait_for("writer", second);
    tmux.keys("writer", &["Enter"]);
    // Back on the first table the second point is there (so the version came), and until
    // then the wall stayed on the table the viewer chose.
    tmux.keys("wall", &["BTab"]);
    tmux.wait_for("wall", second);
    tmux.keys("wall", &["q"]);
    tmux.keys("writer", &["q"]);
}

#[test]
fn a_projector_window_follows_the_writer_at_100_by_30() {
    a_projector_follows_the_writer_at(100, 30);
}

#[test]
fn a_projector_window_follows_the_writer_at_80_by_24() {
    a_projector_follows_the_writer_at(80, 24);
}

#[test]
fn a_read_only_window_offers_no_writing_keys_refuses_them_and_follows() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("session.json");
    let f = file.to_str().expect("UTF-8 path");

    let tmux = Tmux::new("readonly-follow");
    tmux.start("writer", 100, 30, &[BIN, f]);
    tmux.wait_for("writer", READY);
    tmux.wait_for("writer", "saved");
    tmux.start("second", 100, 30, &[BIN, f]);
    let screen = tmux.wait_for("second", READY);
    assert!(screen.contains("Read-only"), "{screen}");
    let footer = screen.lines().last().unwrap_or_default();
    for writes in ["new point", "edit", "undo", "report entry"] {
        assert!(
            !footer.contains(writes),
            "the read-only footer offers {writes:?}: {footer}"
        );
    }
    tmux.keys("second", &["n"]);
    tmux.wait_for("second", "Read-only: this window cannot change the session");
    let after_n = tmux.screen("second");
    assert!(
        after_n.lines().last().unwrap_or_default().contains(READY),
        "n opened something (the main screen's footer is gone):\n{after_n}"
    );

    // What the writer types appears in the read-only window.
    let text = "Typed in the first window";
    tmux.keys("writer", &["n"]);
    tmux.type_text("writer", text);
    tmux.wait_for("writer", text);
    tmux.keys("writer", &["Enter"]);
    tmux.wait_for("second", text);
    tmux.keys("second", &["q"]);
    tmux.keys("writer", &["q"]);
}
