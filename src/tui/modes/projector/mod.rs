//! The projector view: the current question and the table's points, large and clean, for the
//! wall. Only moving around and the timer work here; nothing opens a dialog the room would
//! see.

pub mod update;

use crossterm::event::KeyCode;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, Key, bind, bind_in};

pub fn keys() -> Vec<Binding> {
    use KeyCode::*;
    const G: &str = "tui-mode-projector";
    let mut v = vec![
        bind(&[Key::plain(Tab)], Command::NextTable, G, true),
        bind(&[Key::plain(BackTab)], Command::PrevTable, G, false),
        bind_in(
            "projector",
            &[Key::ch('l'), Key::plain(Right)],
            Command::NextQuestion,
            G,
            true,
        ),
        bind_in(
            "projector",
            &[Key::ch('h'), Key::plain(Left)],
            Command::PrevQuestion,
            G,
            false,
        ),
        bind(&[Key::ch('s')], Command::TimerToggle, G, true),
        bind(&[Key::ch(']')], Command::NextPhase, G, false),
        bind(&[Key::ch('[')], Command::PrevPhase, G, false),
        bind_in(
            "projector",
            &[Key::ch('P'), Key::plain(Esc)],
            Command::Close,
            G,
            true,
        ),
        bind(&[Key::ch('q')], Command::Quit, G, false),
        bind(&[Key::ctrl('z')], Command::Suspend, G, false),
    ];
    for n in 1..=9u8 {
        v.push(bind(
            &[Key::ch(char::from(b'0' + n))],
            Command::GoToTable(usize::from(n - 1)),
            G,
            false,
        ));
    }
    v
}
