//! The projector view: the current question and the table's points, large and clean, for the
//! wall. Only moving around and the timer work here; nothing opens a dialog the room would
//! see.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "Projector view";
    let mut v = vec![
        bind(
            &[Key::plain(Tab)],
            Command::NextTable,
            "next table",
            G,
            true,
        ),
        bind(
            &[Key::plain(BackTab)],
            Command::PrevTable,
            "previous table",
            G,
            false,
        ),
        bind(
            &[Key::ch('l'), Key::plain(Right)],
            Command::NextQuestion,
            "next question",
            G,
            true,
        ),
        bind(
            &[Key::ch('h'), Key::plain(Left)],
            Command::PrevQuestion,
            "previous question",
            G,
            false,
        ),
        bind(
            &[Key::ch('s')],
            Command::TimerToggle,
            "start / pause the timer",
            G,
            true,
        ),
        bind(
            &[Key::ch(']')],
            Command::NextPhase,
            "next agenda phase",
            G,
            false,
        ),
        bind(
            &[Key::ch('[')],
            Command::PrevPhase,
            "previous agenda phase",
            G,
            false,
        ),
        bind(
            &[Key::ch('P'), Key::plain(Esc)],
            Command::Close,
            "back to the main screen",
            G,
            true,
        ),
        bind(&[Key::ch('q')], Command::Quit, "quit", G, false),
    ];
    for n in 1..=9u8 {
        v.push(bind(
            &[Key::ch(char::from(b'0' + n))],
            Command::GoToTable(usize::from(n - 1)),
            "table by number",
            G,
            false,
        ));
    }
    v
}
