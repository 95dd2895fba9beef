//! The entry editor: the text (multi-line) and the slot's extra fields, each a
//! [`TextInput`] whose cursor rests only between visible characters, never inside one (a
//! Bengali vowel sign, an emoji with a skin tone).
//!
//! A key costs the same in a 2 MB entry as in a short one. What the editor holds reaches the
//! session through the edit mode's write-through, which copies the whole entry: small
//! entries are written on every key, large ones once their oldest unwritten change is
//! [`WRITE_DELAY`] old (see [`Editor::write_due`] and [`Editor::write_deadline`]).

use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::KeyEvent;

use crate::model::{Attribution, FieldKind, ItemId, ModelError, NewItem, Slot, parse_date};

mod clusters;
mod join;

pub use join::join_wrapped;
mod text_input;
pub use clusters::type_into;
pub use text_input::TextInput;

/// Entries up to this many bytes are written through on every key: copying them costs
/// less than the key's frame.
pub const WRITE_EVERY_KEY: usize = 64 * 1024;
/// A larger entry is written through once its oldest unwritten change is this old, so the
/// autosave keeps it within about a second while keys stay cheap.
pub const WRITE_DELAY: TimeDelta = TimeDelta::milliseconds(200);

/// What the editor writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Not captured yet: becomes an entry at the first character typed.
    New(NewItem),
    Existing(ItemId),
    /// A header field of the report (rapporteur names, …).
    Header(String),
}

/// One input of the editor besides the main text.
#[derive(Debug)]
pub struct FieldInput {
    pub id: FieldId,
    pub label: String,
    pub hint: Option<String>,
    /// Shown in the empty input while it has the focus (a date's format).
    pub placeholder: String,
    /// A date field: `YYYY-MM-DD` or nothing, as the model takes it.
    pub date: bool,
    pub area: TextInput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldId {
    /// One of the slot's extra fields.
    Slot(String),
    Speaker,
    Organisation,
}

#[derive(Debug)]
pub struct Editor {
    pub target: Target,
    /// Whether the editor was opened for a new entry (it stays "new" once captured).
    pub is_new: bool,
    /// What is being written, e.g. "Recommendation" or "Discussion point".
    pub title: String,
    pub hint: Option<String>,
    /// What the form calls the main text ("What"), when it names it.
    pub text_label: Option<String>,
    pub text: TextInput,
    pub fields: Vec<FieldInput>,
    /// Whether the entry records a speaker, and whether they agreed to be named.
    pub attribution: Option<bool>,
    /// 0 is the text, then the fields, then the approval toggle.
    pub focus: usize,
    /// The last refusal said about a bad date, so it is taken back once the date is mended.
    pub complaint: Option<String>,
    /// A quit was held back by a bad date: the next one leaves without it.
    pub quit_warned: bool,
    /// Esc was held back by a bad date: Esc again, with nothing typed between, leaves
    /// without it.
    pub close_warned: bool,
    /// Changes made (keys and pastes that changed something), and how many of them have
    /// been written through.
    changes: u64,
    written: u64,
    /// When the oldest change not yet written was made.
    unwritten_since: Option<DateTime<Utc>>,
}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Text or a field changed: write it through.
    Changed,
    /// Only the cursor or focus moved.
    Moved,
}

fn area(text: &str) -> TextInput {
    TextInput::new(text)
}

impl Editor {
    pub fn new(
        target: Target,
        title: String,
        slot: Option<&Slot>,
        text: &str,
        values: &std::collections::BTreeMap<String, String>,
        attribution: Option<&Attribution>,
    ) -> Editor {
        let mut fields: Vec<FieldInput> = slot
            .map(|s| {
                s.fields
                    .iter()
                    .map(|f| {
                        let date = f.kind == FieldKind::Date;
                        let format = crate::tr!("tui-edit-date-format");
                        let hint = match (&f.hint, date) {
                            (Some(h), true) => Some(crate::tr!(
                                "tui-edit-date-hint",
                                hint = h.as_str(),
                                format = format.as_str()
                            )),
                            (None, true) => Some(format.clone()),
                            (h, false) => h.clone(),
                        };
                        FieldInput {
                            id: FieldId::Slot(f.id.clone()),
                            label: f.label.clone(),
                            hint,
                            placeholder: if date { format } else { String::new() },
                            date,
                            area: area(values.get(&f.id).map_or("", String::as_str)),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        let has_attribution = slot.is_some_and(|s| s.attribution.is_some());
        if has_attribution {
            let a = attribution.cloned().unwrap_or_default();
            fields.push(FieldInput {
                id: FieldId::Speaker,
                label: crate::tr!("tui-edit-speaker"),
                hint: Some(crate::tr!("tui-edit-speaker-hint")),
                placeholder: String::new(),
                date: false,
                area: area(&a.speaker),
            });
            fields.push(FieldInput {
                id: FieldId::Organisation,
                label: crate::tr!("tui-edit-organisation"),
                hint: None,
                placeholder: String::new(),
                date: false,
                area: area(&a.organisation),
            });
        }
        Editor {
            is_new: matches!(target, Target::New(_)),
            target,
            title,
            hint: slot.and_then(|s| s.hint.clone()),
            text_label: slot.and_then(|s| s.text_label.clone()),
            text: area(text),
            fields,
            attribution: has_attribution.then(|| attribution.is_some_and(|a| a.approved)),
            focus: 0,
            complaint: None,
            quit_warned: false,
            close_warned: false,
            changes: 0,
            written: 0,
            unwritten_since: None,
        }
    }

    /// Whether something typed has not been written through yet.
    pub fn unwritten(&self) -> bool {
        self.changes != self.written
    }

    /// Whether the edit mode should write through now: after every change to a small
    /// entry; for a large one (over [`WRITE_EVERY_KEY`] bytes) once the oldest unwritten
    /// change is [`WRITE_DELAY`] old. Leaving the editor writes whatever is unwritten.
    pub fn write_due(&self, now: DateTime<Utc>) -> bool {
        // A clock that went back (a time sync after the lid opens) makes it due at once.
        self.unwritten()
            && (self.text.len() <= WRITE_EVERY_KEY
                || self.write_deadline().is_some_and(|d| now >= d)
                || self.unwritten_since.is_some_and(|t| now < t))
    }

    /// When an unwritten change falls due: the loop wakes then (a tick), so a pause in
    /// typing still reaches the session and the autosave.
    pub fn write_deadline(&self) -> Option<DateTime<Utc>> {
        self.unwritten_since
            .filter(|_| self.unwritten())
            .map(|t| t + WRITE_DELAY)
    }

    /// Notes that what the editor holds is now in the session.
    pub fn mark_written(&mut self) {
        self.written = self.changes;
        self.unwritten_since = None;
    }

    /// Counts a change made at `now`.
    fn changed(&mut self, now: DateTime<Utc>) -> Outcome {
        self.changes += 1;
        self.unwritten_since.get_or_insert(now);
        Outcome::Changed
    }

    /// Number of focusable inputs.
    fn stops(&self) -> usize {
        1 + self.fields.len() + usize::from(self.attribution.is_some())
    }

    pub fn focus_on_approval(&self) -> bool {
        self.attribution.is_some() && self.focus == self.stops() - 1
    }

    /// The entry's text as typed (a copy of it all: see the module notes).
    pub fn value(&self) -> String {
        self.text.text()
    }

    pub fn field_values(&self) -> std::collections::BTreeMap<String, String> {
        self.fields
            .iter()
            .filter_map(|f| match &f.id {
                FieldId::Slot(id) => Some((id.clone(), f.area.lines().join("\n"))),
                _ => None,
            })
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    /// Why field `n` (from 0, the fields after the text) holds what the model refuses: a
    /// date field whose value is not a day written `YYYY-MM-DD`.
    pub fn bad_date(&self, n: usize) -> Option<ModelError> {
        let f = self.fields.get(n).filter(|f| f.date)?;
        let value = f.area.lines().join(" ");
        (!value.trim().is_empty() && parse_date(&value).is_none()).then(|| ModelError::BadDate {
            field: f.label.clone(),
            value,
        })
    }

    /// The first field holding a date the model refuses, and why.
    pub fn first_bad_date(&self) -> Option<(usize, ModelError)> {
        (0..self.fields.len()).find_map(|n| self.bad_date(n).map(|e| (n, e)))
    }

    /// Writes a good date in field `n` the one way the file keeps it (`2026-12-8` becomes
    /// `2026-12-08`).
    pub fn tidy_date(&mut self, n: usize, now: DateTime<Utc>) -> Outcome {
        let Some(f) = self.fields.get_mut(n).filter(|f| f.date) else {
            return Outcome::Moved;
        };
        let value = f.area.lines().join(" ");
        match parse_date(&value).map(|d| d.format("%Y-%m-%d").to_string()) {
            Some(tidy) if tidy != value => {
                f.area = area(&tidy);
                self.changed(now)
            }
            _ => Outcome::Moved,
        }
    }

    /// The slot's fields as the session may take them: a date not (yet) good keeps the value
    /// the session has (`stored`), or is left out meanwhile. What is
    /// typed stays in the editor, which does not close on a bad date.
    pub fn fields_to_write(
        &self,
        stored: Option<&std::collections::BTreeMap<String, String>>,
    ) -> std::collections::BTreeMap<String, String> {
        let mut values = self.field_values();
        for (n, f) in self.fields.iter().enumerate() {
            let FieldId::Slot(id) = &f.id else { continue };
            if self.bad_date(n).is_none() {
                continue;
            }
            // What the file holds stays, even a date typed elsewhere that is no date: it is
            // the rapporteur's to mend, not the editor's to drop.
            match stored.and_then(|s| s.get(id)) {
                Some(v) => values.insert(id.clone(), v.clone()),
                None => values.remove(id),
            };
        }
        values
    }

    pub fn attribution_value(&self) -> Option<Attribution> {
        let approved = self.attribution?;
        let get = |want: FieldId| {
            self.fields
                .iter()
                .find(|f| f.id == want)
                .map(|f| f.area.lines().join(" "))
                .unwrap_or_default()
        };
        Some(Attribution {
            speaker: get(FieldId::Speaker),
            organisation: get(FieldId::Organisation),
            approved,
        })
    }

    fn focused_area(&mut self) -> Option<&mut TextInput> {
        match self.focus {
            0 => Some(&mut self.text),
            n => self.fields.get_mut(n - 1).map(|f| &mut f.area),
        }
    }

    pub fn paste(&mut self, text: &str) -> Outcome {
        self.paste_at(text, Utc::now())
    }

    /// Inserts pasted text at the cursor; `now` is when (for [`Editor::write_due`]).
    pub fn paste_at(&mut self, text: &str, now: DateTime<Utc>) -> Outcome {
        // Terminals send pasted line breaks as \r.
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let single_line = self.focus != 0;
        match self.focused_area() {
            Some(a) => {
                let text = if single_line {
                    text.replace('\n', " ")
                } else {
                    text
                };
                if a.insert_str(&text) {
                    self.changed(now)
                } else {
                    Outcome::Moved
                }
            }
            None => Outcome::Moved,
        }
    }

    /// A key for the focused input; `now` is when (for [`Editor::write_due`]). Keys the edit
    /// mode's key table names (Enter, Esc, Tab, …) never come here.
    pub fn input(&mut self, key: KeyEvent, now: DateTime<Utc>) -> Outcome {
        if self.focus_on_approval() {
            return Outcome::Moved;
        }
        let Some(area) = self.focused_area() else {
            return Outcome::Moved;
        };
        if area.input(key) {
            self.changed(now)
        } else {
            Outcome::Moved
        }
    }

    pub fn next_field(&mut self) {
        self.focus = (self.focus + 1) % self.stops();
    }

    pub fn prev_field(&mut self) {
        self.focus = (self.focus + self.stops() - 1) % self.stops();
    }

    /// Flips whether the speaker agreed to be named, when that has the focus.
    pub fn toggle_approval(&mut self, now: DateTime<Utc>) -> Outcome {
        if !self.focus_on_approval() {
            return Outcome::Moved;
        }
        if let Some(a) = &mut self.attribution {
            *a = !*a;
        }
        self.changed(now)
    }

    /// Joins the wrapped lines of the text into paragraphs (see `join`), as one change that
    /// Ctrl-U takes back. Returns what it did and how many line breaks went.
    pub fn join_lines(&mut self, now: DateTime<Utc>) -> (Outcome, usize) {
        let before = self.text.lines().len();
        let joined = join::join_wrapped(&self.text.text());
        if self.text.replace_all(&joined) {
            let gone = before.saturating_sub(self.text.lines().len());
            (self.changed(now), gone)
        } else {
            (Outcome::Moved, 0)
        }
    }

    pub fn newline(&mut self, now: DateTime<Utc>) -> Outcome {
        if self.focus == 0 {
            self.text.insert_newline();
            self.changed(now)
        } else {
            Outcome::Moved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn editor(text: &str) -> Editor {
        Editor::new(
            Target::Existing(ItemId::new()),
            "Point".into(),
            None,
            text,
            &Default::default(),
            None,
        )
    }

    #[test]
    fn the_cursor_steps_over_a_bengali_cluster_and_an_emoji_whole() {
        // ব + া is one visible character; 👍🏽 is a thumb and a skin tone.
        let mut e = editor("বা👍🏽x");
        assert_eq!(e.text.cursor(), (0, 5));
        e.input(key(KeyCode::Left), Utc::now());
        assert_eq!(e.text.cursor(), (0, 4), "before x");
        e.input(key(KeyCode::Left), Utc::now());
        assert_eq!(e.text.cursor(), (0, 2), "before the emoji, not inside it");
        e.input(key(KeyCode::Left), Utc::now());
        assert_eq!(e.text.cursor(), (0, 0), "before ব, not between ব and া");
        e.input(key(KeyCode::Right), Utc::now());
        assert_eq!(e.text.cursor(), (0, 2));
        e.input(key(KeyCode::Right), Utc::now());
        assert_eq!(e.text.cursor(), (0, 4));
    }

    #[test]
    fn a_new_line_breaks_the_text() {
        let mut e = editor("one");
        assert_eq!(e.newline(Utc::now()), Outcome::Changed);
        e.input(key(KeyCode::Char('2')), Utc::now());
        assert_eq!(e.value(), "one\n2");
    }

    #[test]
    fn small_entries_are_written_on_every_key_large_ones_after_a_pause() {
        let t0 = Utc::now();
        let mut e = editor("short");
        assert!(!e.unwritten() && !e.write_due(t0));
        e.input(key(KeyCode::Char('x')), t0);
        assert!(e.write_due(t0), "a small entry is written at once");
        e.mark_written();
        assert!(!e.unwritten() && e.write_deadline().is_none());
        e.input(key(KeyCode::Left), t0);
        assert!(!e.unwritten(), "moving changes nothing");

        let mut e = editor(&"long ".repeat(WRITE_EVERY_KEY / 5 + 1));
        e.input(key(KeyCode::Char('x')), t0);
        e.input(key(KeyCode::Char('y')), t0 + TimeDelta::milliseconds(150));
        assert!(e.unwritten());
        assert!(!e.write_due(t0 + TimeDelta::milliseconds(150)));
        assert_eq!(
            e.write_deadline(),
            Some(t0 + WRITE_DELAY),
            "from the oldest change"
        );
        assert!(e.write_due(t0 + WRITE_DELAY));
        e.mark_written();
        assert!(!e.write_due(t0 + WRITE_DELAY * 2));
        e.paste_at("more", t0 + WRITE_DELAY * 3);
        assert_eq!(e.write_deadline(), Some(t0 + WRITE_DELAY * 4));
    }

    #[test]
    fn a_clock_that_went_back_makes_a_large_entry_due_at_once() {
        let t0 = Utc::now();
        let mut e = editor(&"long ".repeat(WRITE_EVERY_KEY / 5 + 1));
        e.input(key(KeyCode::Char('x')), t0);
        assert!(!e.write_due(t0));
        assert!(
            e.write_due(t0 - TimeDelta::minutes(5)),
            "never waits for the clock to catch up"
        );
    }

    #[test]
    fn pasted_line_breaks_become_lines() {
        let mut e = editor("");
        e.paste("a\r\nb\rc");
        assert_eq!(e.value(), "a\nb\nc");
    }
}
