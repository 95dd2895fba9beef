//! The entry editor: the text (multi-line, `ratatui-textarea`) and the slot's extra fields.
//! The cursor always rests between visible characters, never inside one (a Bengali vowel
//! sign, an emoji with a skin tone): ratatui-textarea moves by code point, so every move is
//! snapped to a grapheme boundary here.

use crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Attribution, ItemId, NewItem, Slot};

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
    pub area: TextArea<'static>,
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
    pub text: TextArea<'static>,
    pub fields: Vec<FieldInput>,
    /// Whether the entry records a speaker, and whether they agreed to be named.
    pub attribution: Option<bool>,
    /// 0 is the text, then the fields, then the approval toggle.
    pub focus: usize,
}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Text or a field changed: write it through.
    Changed,
    /// Only the cursor or focus moved.
    Moved,
}

fn area(text: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.split('\n').map(str::to_owned).collect()
    };
    let mut a = TextArea::new(lines);
    a.set_wrap_mode(WrapMode::WordOrGlyph);
    a.move_cursor(CursorMove::Bottom);
    a.move_cursor(CursorMove::End);
    a
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
                    .map(|f| FieldInput {
                        id: FieldId::Slot(f.id.clone()),
                        label: f.label.clone(),
                        hint: f.hint.clone(),
                        area: area(values.get(&f.id).map_or("", String::as_str)),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let has_attribution = slot.is_some_and(|s| s.attribution.is_some());
        if has_attribution {
            let a = attribution.cloned().unwrap_or_default();
            fields.push(FieldInput {
                id: FieldId::Speaker,
                label: "Speaker".into(),
                hint: Some("named in the report only with their approval".into()),
                area: area(&a.speaker),
            });
            fields.push(FieldInput {
                id: FieldId::Organisation,
                label: "Organisation".into(),
                hint: None,
                area: area(&a.organisation),
            });
        }
        Editor {
            is_new: matches!(target, Target::New(_)),
            target,
            title,
            hint: slot.and_then(|s| s.hint.clone()),
            text: area(text),
            fields,
            attribution: has_attribution.then(|| attribution.is_some_and(|a| a.approved)),
            focus: 0,
        }
    }

    /// Number of focusable inputs.
    fn stops(&self) -> usize {
        1 + self.fields.len() + usize::from(self.attribution.is_some())
    }

    pub fn focus_on_approval(&self) -> bool {
        self.attribution.is_some() && self.focus == self.stops() - 1
    }

    /// The entry's text as typed.
    pub fn value(&self) -> String {
        self.text.lines().join("\n")
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

    fn focused_area(&mut self) -> Option<&mut TextArea<'static>> {
        match self.focus {
            0 => Some(&mut self.text),
            n => self.fields.get_mut(n - 1).map(|f| &mut f.area),
        }
    }

    pub fn paste(&mut self, text: &str) -> Outcome {
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
                a.insert_str(text);
                Outcome::Changed
            }
            None => Outcome::Moved,
        }
    }

    /// A key for the focused input (keys the edit mode's table names never come here).
    pub fn input(&mut self, key: KeyEvent) -> Outcome {
        if self.focus_on_approval() {
            return Outcome::Moved;
        }
        let Some(area) = self.focused_area() else {
            return Outcome::Moved;
        };
        let before = area.cursor();
        let changed = area.input(key);
        snap_to_grapheme(area, before);
        if changed {
            Outcome::Changed
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
    pub fn toggle_approval(&mut self) -> Outcome {
        match &mut self.attribution {
            Some(a) if self.focus == 1 + self.fields.len() => {
                *a = !*a;
                Outcome::Changed
            }
            _ => Outcome::Moved,
        }
    }

    pub fn newline(&mut self) -> Outcome {
        if self.focus == 0 {
            self.text.insert_newline();
            Outcome::Changed
        } else {
            Outcome::Moved
        }
    }
}

/// Moves the cursor off the inside of a grapheme cluster, in the direction it was moving.
fn snap_to_grapheme(area: &mut TextArea<'static>, before: ratatui_textarea::DataCursor) {
    let cursor = area.cursor();
    let (row, col) = (cursor.0, cursor.1);
    let Some(line) = area.lines().get(row) else {
        return;
    };
    let mut boundaries = Vec::new();
    let mut chars = 0usize;
    for g in line.graphemes(true) {
        boundaries.push(chars);
        chars += g.chars().count();
    }
    boundaries.push(chars);
    if boundaries.contains(&col) {
        return;
    }
    let backwards = (row, col) < (before.0, before.1);
    let target = if backwards {
        boundaries.iter().rev().find(|&&b| b < col).copied()
    } else {
        boundaries.iter().find(|&&b| b > col).copied()
    };
    if let Some(t) = target {
        area.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(t).unwrap_or(u16::MAX),
        ));
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
        e.input(key(KeyCode::Left));
        assert_eq!(e.text.cursor(), (0, 4), "before x");
        e.input(key(KeyCode::Left));
        assert_eq!(e.text.cursor(), (0, 2), "before the emoji, not inside it");
        e.input(key(KeyCode::Left));
        assert_eq!(e.text.cursor(), (0, 0), "before ব, not between ব and া");
        e.input(key(KeyCode::Right));
        assert_eq!(e.text.cursor(), (0, 2));
        e.input(key(KeyCode::Right));
        assert_eq!(e.text.cursor(), (0, 4));
    }

    #[test]
    fn a_new_line_breaks_the_text() {
        let mut e = editor("one");
        assert_eq!(e.newline(), Outcome::Changed);
        e.input(key(KeyCode::Char('2')));
        assert_eq!(e.value(), "one\n2");
    }

    #[test]
    fn pasted_line_breaks_become_lines() {
        let mut e = editor("");
        e.paste("a\r\nb\rc");
        assert_eq!(e.value(), "a\nb\nc");
    }
}
