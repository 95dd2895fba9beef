//! The answer to a line, and the steps every change takes: refused when read-only, made
//! through the model with the session kept for undo, saved. Entries are named by their
//! number in `/list`. No I/O here.

use std::path::PathBuf;

use super::describe;
use super::state::{State, Step, UNDO_DEPTH};
use crate::model::{ItemId, ModelError, Session};
use crate::tr;

/// What the loop does after a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Hand the session to the autosaver.
    Save,
    /// Write the report files beside the session file.
    Export,
    /// Read a file or folder to merge.
    Import(PathBuf),
    /// Save to this folder or file from now on.
    SaveAs(PathBuf),
    /// Save and stop (`rescue`: write a rescue copy if the save fails).
    Quit { rescue: bool },
}

/// The answer to a line: the words to print (one sentence, or a sentence and a list) and
/// what the loop must do.
#[derive(Debug, Default)]
pub struct Reply {
    pub text: String,
    pub effects: Vec<Effect>,
}

impl Reply {
    pub fn say(text: impl Into<String>) -> Reply {
        Reply {
            text: text.into(),
            effects: Vec::new(),
        }
    }
}

/// Refuses a change when the session is read-only, in one sentence.
pub fn writable(state: &State) -> Result<(), Reply> {
    match &state.read_only {
        Some(why) => Err(Reply::say(tr!("plain-read-only", why = why.as_str()))),
        None => Ok(()),
    }
}

/// Makes a change through the model: on success it can be undone (and `what` names it for
/// `/undo`, from the state after the change) and is saved; on refusal the session is as it
/// was and the answer says why.
pub fn change<T>(
    state: &mut State,
    f: impl FnOnce(&mut Session) -> Result<T, ModelError>,
    what: impl FnOnce(&State, &T) -> String,
) -> Result<T, Reply> {
    writable(state)?;
    let before = state.session.clone();
    match f(&mut state.session) {
        Ok(done) => {
            let what = what(state, &done);
            state.undo.push(Step { before, what });
            if state.undo.len() > UNDO_DEPTH {
                state.undo.remove(0);
            }
            state.redo.clear();
            Ok(done)
        }
        Err(e) => {
            state.session = before;
            Err(Reply::say(tr!("plain-refused", why = e.to_string())))
        }
    }
}

pub fn saved(text: String) -> Reply {
    Reply {
        text,
        effects: vec![Effect::Save],
    }
}

/// The entry numbered `number` in `/list`.
pub fn numbered(state: &State, number: &str) -> Result<ItemId, Reply> {
    let count = state.listed().len();
    match number.parse::<usize>() {
        Ok(n) if n >= 1 && n <= count => Ok(state.listed()[n - 1].id),
        Ok(_) if count == 0 => Err(Reply::say(tr!(
            "plain-list-empty",
            table = describe::table_name(state)
        ))),
        Ok(n) => Err(Reply::say(tr!(
            "plain-no-number",
            number = n,
            count = count
        ))),
        Err(_) => Err(Reply::say(tr!("plain-number-usage"))),
    }
}
