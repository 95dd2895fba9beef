//! A line of plain mode, read as a command: text is a new discussion point; a line starting
//! with `/` names one of the live screen's commands (`/new_point`, `/next_table`,
//! `/new_entry quote …`) or a short alias (`/table`, `/rec`, `/list`). Parsing knows nothing
//! of the session: names of tables, questions and slots are resolved when applied.

/// What a line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// An empty line: nothing to do.
    Nothing,
    /// A new discussion point at the current table and question (`new_point`).
    Point(String),
    /// A new entry of a template slot, named by its id, key or label (`new_entry`).
    Entry {
        slot: String,
        text: String,
    },
    /// `/WORD TEXT` where WORD is no command: a slot named directly (`/action TEXT`), or
    /// nothing known (then the answer names `/help`).
    Other {
        word: String,
        text: String,
    },
    /// Go to a table by number, id or name (`go_to_table`).
    Table(String),
    Tables,
    NextTable,
    PrevTable,
    /// Make a question current by number or id, or `none` (`go_to_question`).
    Question(String),
    Questions,
    NextQuestion,
    PrevQuestion,
    /// The current table's entries, numbered.
    List,
    /// Replace the text of entry N of the list (`edit`).
    Edit {
        number: String,
        text: String,
    },
    /// Delete entry N of the list, with what hangs under it (`delete`).
    Delete(String),
    /// Set field NAME of entry N (a recommendation's target, a quote's speaker or consent).
    Field {
        number: String,
        name: String,
        value: String,
    },
    /// Entry N's fields with their values.
    Fields(String),
    /// The report header's fields (`name` empty), or one of them, set to `value`.
    Header {
        name: String,
        value: String,
    },
    /// What goes into the report, slot by slot, in order.
    Report,
    /// Put entry N into the report (`true`) or leave it out.
    Pick(String, bool),
    /// Put picked entry N at position POS of its slot in the report.
    Move {
        number: String,
        position: String,
    },
    Undo,
    Redo,
    /// Start or pause the agenda timer; `None` switches it (`timer_toggle`).
    Timer(Option<Timer>),
    /// The agenda's next (`true`) or previous phase (`next_phase`, `prev_phase`).
    Phase(Option<bool>),
    /// The report as md, txt and docx beside the session file (`export`).
    Export,
    /// Merge a session file, or a folder of them, from other laptops (`import`).
    Import(String),
    /// Save the session in another folder (or `.json` file) from now on (`save_as`).
    SaveAs(String),
    /// File, save state, lock and language (`file_info`).
    Info,
    Help,
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    Start,
    Pause,
    /// An argument that is neither: the answer says what is accepted.
    Unknown,
}

/// Every command name plain mode knows, with its aliases: the live screen's name first
/// (where it has one). `/help` lists them in this order.
pub const NAMES: &[(&str, &[&str])] = &[
    ("new_point", &["point", "p"]),
    ("new_entry", &["entry", "e"]),
    ("list", &["ls", "l"]),
    ("edit", &[]),
    ("delete", &["del", "rm"]),
    ("field", &[]),
    ("fields", &[]),
    ("header", &[]),
    ("report", &[]),
    ("pick", &[]),
    ("unpick", &[]),
    ("move", &[]),
    ("undo", &["u"]),
    ("redo", &[]),
    ("go_to_table", &["table", "t"]),
    ("tables", &[]),
    ("next_table", &[]),
    ("prev_table", &[]),
    ("go_to_question", &["question"]),
    ("questions", &[]),
    ("next_question", &[]),
    ("prev_question", &[]),
    ("timer_toggle", &["timer"]),
    ("next_phase", &["phase"]),
    ("prev_phase", &[]),
    ("export", &[]),
    ("import", &[]),
    ("save_as", &["save-as", "saveas"]),
    ("file_info", &["info"]),
    ("help", &["h", "?"]),
    ("quit", &["exit", "bye"]),
];

/// The command's own name for `word` (a name or an alias, any case).
fn canonical(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    NAMES
        .iter()
        .find(|(name, aliases)| *name == w || aliases.contains(&w.as_str()))
        .map(|(name, _)| *name)
}

/// Reads one line (its line end, if any, is dropped).
pub fn parse(line: &str) -> Command {
    let line = typed(line);
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Command::Nothing;
    }
    let Some(rest) = trimmed.strip_prefix('/') else {
        return Command::Point(trimmed.to_owned());
    };
    // `//text` is a point that starts with a slash.
    if rest.starts_with('/') {
        return Command::Point(rest.to_owned());
    }
    let (word, arg) = split_word(rest);
    let Some(name) = canonical(word) else {
        return Command::Other {
            word: word.to_owned(),
            text: arg.to_owned(),
        };
    };
    let text = arg.to_owned();
    match name {
        "new_point" => Command::Point(text),
        "new_entry" => {
            let (slot, text) = split_word(arg);
            Command::Entry {
                slot: slot.to_owned(),
                text: text.to_owned(),
            }
        }
        "list" => Command::List,
        "edit" => {
            let (number, text) = split_word(arg);
            Command::Edit {
                number: number.to_owned(),
                text: text.to_owned(),
            }
        }
        "delete" => Command::Delete(text),
        "field" => {
            let (number, rest) = split_word(arg);
            let (name, value) = split_word(rest);
            Command::Field {
                number: number.to_owned(),
                name: name.to_owned(),
                value: value.to_owned(),
            }
        }
        "fields" => Command::Fields(text),
        "header" => {
            let (name, value) = split_word(arg);
            Command::Header {
                name: name.to_owned(),
                value: value.to_owned(),
            }
        }
        "report" => Command::Report,
        "pick" => Command::Pick(text, true),
        "unpick" => Command::Pick(text, false),
        "move" => {
            let (number, position) = split_word(arg);
            Command::Move {
                number: number.to_owned(),
                position: position.to_owned(),
            }
        }
        "undo" => Command::Undo,
        "redo" => Command::Redo,
        "go_to_table" if text.is_empty() => Command::Tables,
        "go_to_table" => Command::Table(text),
        "tables" => Command::Tables,
        "next_table" => Command::NextTable,
        "prev_table" => Command::PrevTable,
        "go_to_question" if text.is_empty() => Command::Questions,
        "go_to_question" => Command::Question(text),
        "questions" => Command::Questions,
        "next_question" => Command::NextQuestion,
        "prev_question" => Command::PrevQuestion,
        "timer_toggle" => Command::Timer(match text.to_lowercase().as_str() {
            "" | "toggle" => None,
            "start" | "on" | "go" | "resume" => Some(Timer::Start),
            "pause" | "stop" | "off" => Some(Timer::Pause),
            _ => Some(Timer::Unknown),
        }),
        "next_phase" => Command::Phase(match text.to_lowercase().as_str() {
            "" | "next" | "+" => Some(true),
            "prev" | "previous" | "back" | "-" => Some(false),
            _ => None,
        }),
        "prev_phase" => Command::Phase(Some(false)),
        "export" => Command::Export,
        "import" => Command::Import(text),
        "save_as" => Command::SaveAs(text),
        "file_info" => Command::Info,
        "help" => Command::Help,
        "quit" => Command::Quit,
        _ => Command::Other {
            word: word.to_owned(),
            text,
        },
    }
}

/// What was typed, without what a terminal adds: the line end, and the escape sequences an
/// arrow or function key puts into a line read by the terminal (`ESC [ A`). Tabs become
/// spaces; other control characters go.
fn typed(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                // CSI: parameters, then one final byte from @ to ~.
                Some('[') => {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                // SS3 (ESC O A) and two-character sequences: one more character.
                Some('O') => {
                    chars.next();
                }
                _ => {}
            },
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The first word and the rest, both trimmed.
fn split_word(s: &str) -> (&str, &str) {
    let s = s.trim();
    match s.split_once(char::is_whitespace) {
        Some((w, rest)) => (w, rest.trim()),
        None => (s, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_a_point_and_blank_is_nothing() {
        assert_eq!(
            parse("Visas take too long\n"),
            Command::Point("Visas take too long".into())
        );
        assert_eq!(parse("   \r\n"), Command::Nothing);
        assert_eq!(parse("//etc/hosts"), Command::Point("/etc/hosts".into()));
        assert_eq!(
            parse("/new_point  Remittances "),
            Command::Point("Remittances".into())
        );
    }

    #[test]
    fn keys_a_terminal_puts_into_the_line_are_left_out() {
        assert_eq!(
            parse("Vis\u{1b}[Das\u{1b}[C\ttake\u{1b}OA long\u{7}\r\n"),
            Command::Point("Visas take long".into())
        );
        assert_eq!(parse("\u{1b}[A/list"), Command::List);
    }

    #[test]
    fn commands_take_their_arguments() {
        assert_eq!(parse("/table asia"), Command::Table("asia".into()));
        assert_eq!(parse("/T 2"), Command::Table("2".into()));
        assert_eq!(parse("/go_to_table"), Command::Tables);
        assert_eq!(parse("/question 3"), Command::Question("3".into()));
        assert_eq!(
            parse("/new_entry quote We need data"),
            Command::Entry {
                slot: "quote".into(),
                text: "We need data".into()
            }
        );
        assert_eq!(
            parse("/edit 3 New words here"),
            Command::Edit {
                number: "3".into(),
                text: "New words here".into()
            }
        );
        assert_eq!(parse("/delete 2"), Command::Delete("2".into()));
        assert_eq!(
            parse("/field 2 target National  governments"),
            Command::Field {
                number: "2".into(),
                name: "target".into(),
                value: "National  governments".into()
            }
        );
        assert_eq!(parse("/fields 2"), Command::Fields("2".into()));
        assert_eq!(
            parse("/header rapporteurs Ana López"),
            Command::Header {
                name: "rapporteurs".into(),
                value: "Ana López".into()
            }
        );
        assert_eq!(parse("/report"), Command::Report);
        assert_eq!(parse("/pick 3"), Command::Pick("3".into(), true));
        assert_eq!(parse("/unpick 3"), Command::Pick("3".into(), false));
        assert_eq!(
            parse("/move 3 1"),
            Command::Move {
                number: "3".into(),
                position: "1".into()
            }
        );
        assert_eq!(parse("/timer start"), Command::Timer(Some(Timer::Start)));
        assert_eq!(parse("/timer pause"), Command::Timer(Some(Timer::Pause)));
        assert_eq!(parse("/timer"), Command::Timer(None));
        assert_eq!(parse("/timer soon"), Command::Timer(Some(Timer::Unknown)));
        assert_eq!(parse("/phase next"), Command::Phase(Some(true)));
        assert_eq!(parse("/phase prev"), Command::Phase(Some(false)));
        assert_eq!(parse("/phase sideways"), Command::Phase(None));
        assert_eq!(parse("/prev_phase"), Command::Phase(Some(false)));
        assert_eq!(parse("/info"), Command::Info);
        assert_eq!(parse("/file_info"), Command::Info);
        assert_eq!(parse("/QUIT"), Command::Quit);
    }

    #[test]
    fn an_unknown_word_is_left_for_the_template_to_name() {
        assert_eq!(
            parse("/rec Ratify the convention"),
            Command::Other {
                word: "rec".into(),
                text: "Ratify the convention".into()
            }
        );
        assert_eq!(
            parse("/frobnicate"),
            Command::Other {
                word: "frobnicate".into(),
                text: String::new()
            }
        );
    }

    #[test]
    fn names_and_aliases_are_unique() {
        let mut all: Vec<&str> = NAMES
            .iter()
            .flat_map(|(n, a)| std::iter::once(*n).chain(a.iter().copied()))
            .collect();
        let count = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), count);
    }

    /// Where the live screen has the command, plain mode uses its name.
    #[test]
    fn names_shared_with_the_live_screen_are_its_names() {
        use crate::tui::command::Command as Tui;
        let tui = [
            Tui::NewPoint,
            Tui::NewEntry("x".into()),
            Tui::Edit,
            Tui::Delete,
            Tui::Undo,
            Tui::Redo,
            Tui::GoToTable(0),
            Tui::NextTable,
            Tui::PrevTable,
            Tui::GoToQuestion(0),
            Tui::NextQuestion,
            Tui::PrevQuestion,
            Tui::TimerToggle,
            Tui::NextPhase,
            Tui::PrevPhase,
            Tui::Export,
            Tui::Import,
            Tui::SaveAs,
            Tui::FileInfo,
            Tui::Help,
            Tui::Quit,
        ];
        for c in tui {
            let name = c.name();
            assert!(
                NAMES.iter().any(|(n, _)| *n == name),
                "plain mode lacks {name}"
            );
            assert_ne!(parse(&format!("/{name} 1")), parse("/no_such_command 1"));
        }
    }
}
