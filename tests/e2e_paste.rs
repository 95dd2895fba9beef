//! Pasting into an open entry through a real terminal (tmux): a paste that arrives as keys
//! (a terminal or multiplexer without bracketed paste) stays text, line breaks and all, and
//! nothing of it runs as a command; a bracketed paste from a hard-wrapped source can have its
//! lines joined, and undone. Keys a person types are sent with pauses after Enter (see
//! `Tmux::keys`); a paste is sent in one call.

mod common;

use std::path::Path;
use std::time::Duration;

use common::bin::BIN;
use common::tmux::Tmux;

use breakout::model::Session;
use breakout::storage::load::read_session;

const COLS: u16 = 100;
const ROWS: u16 = 30;
const READY: &str = "? help";

/// Waits until the saved file's live entries are `want`; panics with what it holds.
fn wait_saved(file: &Path, want: &[&str]) -> Session {
    let mut last = Vec::new();
    let found = common::poll_every(Duration::from_millis(50), Duration::from_secs(20), || {
        let s = read_session(file).ok()?;
        last = s.live_items().map(|i| i.text.clone()).collect::<Vec<_>>();
        (last == want).then_some(s)
    });
    found.unwrap_or_else(|| panic!("the file holds {last:?}, not {want:?}"))
}

/// The lines of a paste sent as keys, with `u`, `d`, `q` and `n` in it: each would be a
/// command on the main screen (undo, delete, quit, new point).
#[test]
fn a_paste_sent_as_keys_stays_in_the_entry_and_runs_no_command() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("session.json");
    let tmux = Tmux::new("paste-keys");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    tmux.keys("s", &["n"]);
    tmux.type_text("s", "typed first:");
    tmux.wait_for("s", "typed first:");
    // One call: tmux writes it all to the terminal at once, as a paste sent as keys arrives.
    tmux.burst(
        "s",
        &[
            " pasted line",
            "Enter",
            "u",
            "Enter",
            "d",
            "Enter",
            "q",
            "Enter",
            "n then the end",
        ],
    );
    tmux.wait_for("s", "n then the end");
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);
    wait_saved(
        &file,
        &["typed first: pasted line\nu\nd\nq\nn then the end"],
    );

    // A person's Enter still finishes the entry, and the next key is a command again.
    tmux.keys("s", &["n"]);
    tmux.type_text("s", "second");
    tmux.wait_for("s", "second");
    tmux.keys("s", &["Enter", "q"]);
    let screen = tmux.wait_for("s", "EXIT=");
    assert!(screen.contains("EXIT=0"), "{screen}");
    wait_saved(
        &file,
        &[
            "typed first: pasted line\nu\nd\nq\nn then the end",
            "second",
        ],
    );
}

/// tmux's paste-buffer: without -p the line breaks go as Enter keys (a terminal without
/// bracketed paste); with -p as one bracketed paste. Both keep every line; the offer to join
/// the wrapped lines is taken, undone with Ctrl-U, and the entry undone and redone by name.
#[test]
fn pasted_buffers_keep_their_lines_and_wrapped_lines_can_be_joined() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("session.json");
    let tmux = Tmux::new("paste-buffer");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    let wrapped = "Member States should open\nregular pathways for\nmigrant workers.\n\nu d q";
    tmux.ok(&["set-buffer", "-b", "pdf", wrapped]);

    tmux.keys("s", &["n"]);
    tmux.wait_for("s", "type here");
    tmux.ok(&["paste-buffer", "-b", "pdf", "-t", "s"]);
    tmux.wait_for("s", "u d q");
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);
    wait_saved(&file, &[wrapped]);

    tmux.keys("s", &["n"]);
    tmux.wait_for("s", "type here");
    tmux.ok(&["paste-buffer", "-p", "-b", "pdf", "-t", "s"]);
    tmux.wait_for("s", "Alt-j joins wrapped lines");
    tmux.keys("s", &["M-j"]);
    tmux.wait_for("s", "2 line breaks fewer");
    let joined = "Member States should open regular pathways for migrant workers.\n\nu d q";
    wait_saved(&file, &[wrapped, joined]);
    // Ctrl-U takes the join back, Ctrl-R does it again.
    tmux.keys("s", &["C-u"]);
    wait_saved(&file, &[wrapped, wrapped]);
    tmux.keys("s", &["C-r"]);
    wait_saved(&file, &[wrapped, joined]);
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);

    tmux.keys("s", &["u"]);
    tmux.wait_for("s", "Undone: new point “Member States should…”");
    wait_saved(&file, &[wrapped]);
    tmux.keys("s", &["U"]);
    tmux.wait_for("s", "Redone: new point “Member States should…”");
    wait_saved(&file, &[wrapped, joined]);
    tmux.keys("s", &["q"]);
    tmux.wait_for("s", "EXIT=0");
}

/// A paste sent as keys into a quote (text, speaker, organisation, the speaker's approval):
/// its Tabs are tabs in the text and its Spaces spaces — the focus never leaves the text, so
/// no letter is dropped on the approval toggle and no Space gives the speaker's consent.
#[test]
fn a_paste_with_tabs_and_spaces_sent_as_keys_keeps_every_character_in_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("session.json");
    let tmux = Tmux::new("paste-tabs");
    tmux.start_wrapped("s", COLS, ROWS, &[], &[BIN, file.to_str().unwrap()]);
    tmux.wait_for("s", READY);
    tmux.keys("s", &["v"]);
    tmux.type_text("s", "said:");
    tmux.wait_for("s", "said:");
    tmux.burst(
        "s",
        &[
            "Tab", "a b", "Tab", "c d", "Tab", " ", "Tab", "e", "Enter", "f", "Tab", "zlast",
        ],
    );
    tmux.wait_for("s", "zlast");
    tmux.keys("s", &["Escape"]);
    tmux.wait_for("s", READY);
    let want = "said:\ta b\tc d\t \te\nf\tzlast";
    let session = wait_saved(&file, &[want]);
    let item = session.live_items().next().unwrap();
    assert!(
        item.attribution
            .as_ref()
            .is_none_or(|a| a.speaker.is_empty() && a.organisation.is_empty() && !a.approved),
        "{:?}",
        item.attribution
    );
    tmux.keys("s", &["q"]);
    tmux.wait_for("s", "EXIT=0");
}
