//! Named commands: what a key, a click, a line of plain mode or a config file asks the app to
//! do. The serde names (`new_point`, `next_table`, …) are stable: help shows them, and users
//! will remap and type them.

use serde::{Deserialize, Serialize};

use crate::model::{ItemId, SlotId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    Quit,
    Help,
    /// Leave whatever dialog or editor is open, keeping what was typed.
    Close,
    NextTable,
    PrevTable,
    /// Go to the table at this position in the plan (0 is the first).
    GoToTable(usize),
    /// Choose any table from a list of them all, and go there.
    ChooseTable,
    NextQuestion,
    PrevQuestion,
    /// Make the question at this position current (0 is the first).
    GoToQuestion(usize),
    SelectNext,
    SelectPrev,
    SelectFirst,
    SelectLast,
    SelectEntry(ItemId),
    ScrollUp,
    ScrollDown,
    PageUp,
    PageDown,
    /// Start typing a new discussion point at the current table and question.
    NewPoint,
    /// Start typing a new entry of a report slot.
    NewEntry(SlotId),
    /// Choose a slot from a list, then type a new entry of it.
    NewEntryOfKind,
    /// Sort the selected entry into a slot (a point becomes a recommendation…).
    SortInto,
    Edit,
    Delete,
    Undo,
    Redo,
    MoveUp,
    MoveDown,
    MoveToPrevQuestion,
    MoveToNextQuestion,
    MoveToPrevTable,
    MoveToNextTable,
    ToggleGrouping,
    Search,
    Projector,
    TimerToggle,
    NextPhase,
    PrevPhase,
    Aims,
    FileInfo,
    Report,
    Import,
    Export,
    /// Save the session in another folder (or file) from now on.
    SaveAs,
    ToggleMouse,
    /// Finish typing (the entry is kept).
    Done,
    NewLine,
    /// Join the wrapped lines of the entry's text into paragraphs (after pasting from a PDF
    /// or an email, whose every line ends in a break).
    JoinLines,
    NextField,
    PrevField,
    ToggleApproval,
    /// Take the highlighted choice of a list or search.
    Confirm,
    /// Take the choice at this position of a list.
    Choose(usize),
    /// Put the selected entry into the report, or take it out.
    TogglePick,
    /// Draw every cell of the screen again (Ctrl-L), whatever the terminal kept.
    Redraw,
    /// Stop for now and go back to the shell (Ctrl-Z); `fg` brings the screen back.
    Suspend,
}

impl Command {
    /// The command as a person types it: its name, then its argument if it has one
    /// (`new_entry quote`, `go_to_table 2` for the second table).
    pub fn spec(&self) -> String {
        match self {
            Command::GoToTable(n) | Command::GoToQuestion(n) | Command::Choose(n) => {
                format!("{} {}", self.name(), n + 1)
            }
            Command::NewEntry(slot) => format!("{} {slot}", self.name()),
            Command::SelectEntry(id) => format!("{} {id}", self.name()),
            _ => self.name(),
        }
    }

    /// The command's stable name, as help shows it and a config file or plain mode names it.
    pub fn name(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(serde_json::Value::Object(m)) => m.keys().next().cloned().unwrap_or_default(),
            _ => String::new(),
        }
    }
}

impl Command {
    /// Every command's name, in the order they are declared: serde's own list of the
    /// variants, so a new command is in it as soon as it exists.
    pub fn names() -> &'static [&'static str] {
        match Command::deserialize(names::Catch) {
            Err(names::Caught(names)) => names,
            Ok(_) => &[],
        }
    }

    /// Whether the command needs an argument (`go_to_table 3`, `new_entry quote`).
    pub fn takes_argument(name: &str) -> bool {
        serde_json::from_value::<Command>(serde_json::Value::String(name.to_owned())).is_err()
    }
}

/// A deserializer that asks for an enum and catches the names of its variants.
mod names {
    use std::fmt;

    pub struct Catch;

    #[derive(Debug)]
    pub struct Caught(pub &'static [&'static str]);

    impl fmt::Display for Caught {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the variants of an enum")
        }
    }

    impl std::error::Error for Caught {}

    impl serde::de::Error for Caught {
        fn custom<T: fmt::Display>(_: T) -> Self {
            Caught(&[])
        }
    }

    impl<'de> serde::Deserializer<'de> for Catch {
        type Error = Caught;

        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Caught> {
            Err(Caught(&[]))
        }

        fn deserialize_enum<V: serde::de::Visitor<'de>>(
            self,
            _name: &'static str,
            variants: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Caught> {
            Err(Caught(variants))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct
            identifier ignored_any
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_name_is_listed_and_those_with_an_argument_known() {
        let names = Command::names();
        assert!(names.contains(&"new_point"), "{names:?}");
        assert!(names.contains(&"redraw"));
        assert_eq!(names.first(), Some(&"quit"));
        for n in names {
            let c: Result<Command, _> = serde_json::from_value(serde_json::json!(n));
            assert_eq!(c.is_err(), Command::takes_argument(n), "{n}");
        }
        assert!(Command::takes_argument("go_to_table"));
        assert!(Command::takes_argument("new_entry"));
        assert!(!Command::takes_argument("quit"));
    }

    #[test]
    fn names_are_snake_case_and_round_trip() {
        assert_eq!(Command::NewPoint.name(), "new_point");
        assert_eq!(Command::GoToTable(2).name(), "go_to_table");
        assert_eq!(Command::NewEntry("quote".into()).name(), "new_entry");
        let c: Command = serde_json::from_str("\"next_table\"").expect("by name");
        assert_eq!(c, Command::NextTable);
        let c: Command = serde_json::from_str(r#"{"go_to_table": 1}"#).expect("with argument");
        assert_eq!(c, Command::GoToTable(1));
    }
}
