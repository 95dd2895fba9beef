//! The text being typed in the editor: lines, a cursor that moves between visible
//! characters (grapheme clusters: a Bengali vowel sign stays with its consonant, an emoji
//! with its skin tone), the usual editing keys, and undo of typing.
//!
//! Backspace takes back one character (a Bengali vowel sign can be retyped without its
//! consonant), or a whole emoji, flag or ZWJ sequence; Delete the whole visible character
//! after the cursor. The cursor is a byte offset and stays where a deletion was, even when
//! the characters either side of it now form one cluster: the next key lands there.
//!
//! Every key costs what it touches, not what the text holds: the cursor is a byte offset,
//! cluster boundaries are found by looking only at the characters around it, and an edit
//! splices one line in place (a character typed into the middle of a long line moves the
//! rest of that line along, as any editor does). `ratatui-textarea` recounted and measured
//! every line after each edit, which made typing into a 2 MB paragraph cost milliseconds a
//! key. Work proportional to the text is left to what is inherently so: [`TextInput::text`]
//! (joining the lines), moving up or down a line (measuring the column), and undoing the
//! paste of a whole document. [`TextInput::work`] counts the bytes the editing code
//! looked at, so tests can check that a key stays local.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use unicode_segmentation::GraphemeCursor;
use unicode_width::UnicodeWidthChar;

/// Edits kept for undo.
const UNDO_DEPTH: usize = 100;

/// A position: line, and byte offset in it (for the cursor, a cluster boundary except just
/// after a deletion joined two clusters).
type Pos = (usize, usize);

/// One change, as undo replays it: at `at`, `removed` was replaced by `inserted`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    at: Pos,
    removed: String,
    inserted: String,
    /// The cursor before the change.
    before: Pos,
    /// Where `inserted` ends.
    end: Pos,
    /// Whether this is characters typed one after another on one line (and may grow).
    typing: bool,
}

#[derive(Debug, Clone)]
pub struct TextInput {
    lines: Vec<String>,
    cursor: Pos,
    /// Bytes of text, line breaks included.
    len: usize,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    /// What the last kill (Ctrl-K, Ctrl-W, Alt-D) removed, for Ctrl-Y.
    yank: String,
    /// Counts changes to the text, so a caller can tell whether it has written the latest.
    revision: u64,
    /// Bytes looked at by editing since the last [`TextInput::reset_work`] (see the module notes).
    work: usize,
}

impl Default for TextInput {
    fn default() -> Self {
        TextInput::new("")
    }
}

impl TextInput {
    /// Holds `text` (lines split at `\n`), with the cursor at its end.
    pub fn new(text: &str) -> TextInput {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let last = lines.len() - 1;
        let end = lines[last].len();
        TextInput {
            lines,
            cursor: (last, end),
            len: text.len(),
            undo: Vec::new(),
            redo: Vec::new(),
            yank: String::new(),
            revision: 0,
            work: 0,
        }
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// The text, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes of text, line breaks included.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The cursor as (line, byte offset in the line).
    pub fn cursor_byte(&self) -> (usize, usize) {
        self.cursor
    }

    /// The cursor as (line, characters before it on the line). Counts the characters: for
    /// tests and rare uses, not for every key.
    pub fn cursor(&self) -> (usize, usize) {
        let (row, at) = self.cursor;
        (row, self.lines[row][..at].chars().count())
    }

    /// Changes so far: equal revisions mean equal text.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Bytes of text the editing code looked at since the last [`TextInput::reset_work`].
    pub fn work(&self) -> usize {
        self.work
    }

    pub fn reset_work(&mut self) {
        self.work = 0;
    }

    fn look(&mut self, bytes: usize) {
        self.work += bytes;
    }

    /// Inserts `s` at the cursor (line breaks start new lines). Returns whether anything was
    /// inserted.
    pub fn insert_str(&mut self, s: &str) -> bool {
        if s.is_empty() {
            return false;
        }
        let at = self.cursor;
        self.change(at, at, s, true);
        true
    }

    /// Puts `text` in place of all the text, as one change that undo takes back whole.
    /// Returns whether the text changed.
    pub fn replace_all(&mut self, text: &str) -> bool {
        if self.lines.len() == text.split('\n').count() && self.text() == text {
            return false;
        }
        let last = self.lines.len() - 1;
        let end = (last, self.lines[last].len());
        self.change((0, 0), end, text, true);
        true
    }

    pub fn insert_newline(&mut self) {
        self.insert_str("\n");
    }

    /// Applies a key; returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if key.kind == KeyEventKind::Release {
            return false;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match (key.code, ctrl, alt) {
            (KeyCode::Char(c), false, false) => {
                let mut b = [0; 4];
                self.insert_str(c.encode_utf8(&mut b))
            }
            (KeyCode::Backspace, false, false) | (KeyCode::Char('h'), true, false) => {
                self.delete_back()
            }
            (KeyCode::Delete, false, false) | (KeyCode::Char('d'), true, false) => {
                self.delete_forward()
            }
            (KeyCode::Char('k'), true, false) => self.kill_to_end(),
            (KeyCode::Char('w'), true, false)
            | (KeyCode::Backspace, false, true)
            | (KeyCode::Char('h'), false, true) => {
                let to = self.word_back(self.cursor);
                self.kill(to, self.cursor)
            }
            (KeyCode::Delete, false, true) | (KeyCode::Char('d'), false, true) => {
                let to = self.word_forward(self.cursor);
                self.kill(self.cursor, to)
            }
            (KeyCode::Char('y'), true, false) => {
                let y = self.yank.clone();
                self.insert_str(&y)
            }
            (KeyCode::Char('u'), true, false) => self.undo(),
            (KeyCode::Char('r'), true, false) => self.redo(),
            _ => {
                if let Some(to) = self.move_target(key.code, ctrl, alt) {
                    self.cursor = to;
                }
                false
            }
        }
    }

    /// Where a movement key takes the cursor, if it is one.
    fn move_target(&mut self, code: KeyCode, ctrl: bool, alt: bool) -> Option<Pos> {
        let (row, at) = self.cursor;
        let last = self.lines.len() - 1;
        Some(match (code, ctrl, alt) {
            (KeyCode::Left, false, false) | (KeyCode::Char('b'), true, false) => {
                if at > 0 {
                    (row, self.prev_boundary(row, at))
                } else if row > 0 {
                    (row - 1, self.lines[row - 1].len())
                } else {
                    (row, at)
                }
            }
            (KeyCode::Right, false, false) | (KeyCode::Char('f'), true, false) => {
                if at < self.lines[row].len() {
                    (row, self.next_boundary(row, at))
                } else if row < last {
                    (row + 1, 0)
                } else {
                    (row, at)
                }
            }
            (KeyCode::Up, false, false) | (KeyCode::Char('p'), true, false) => {
                if row == 0 {
                    (row, at)
                } else {
                    let col = self.column();
                    (row - 1, self.at_column(row - 1, col))
                }
            }
            (KeyCode::Down, false, false) | (KeyCode::Char('n'), true, false) => {
                if row == last {
                    (row, at)
                } else {
                    let col = self.column();
                    (row + 1, self.at_column(row + 1, col))
                }
            }
            (KeyCode::Home, _, _)
            | (KeyCode::Char('a'), true, false)
            | (KeyCode::Left | KeyCode::Char('b'), true, true) => (row, 0),
            (KeyCode::End, _, _)
            | (KeyCode::Char('e'), true, false)
            | (KeyCode::Right | KeyCode::Char('f'), true, true) => (row, self.lines[row].len()),
            (KeyCode::Char('<'), false, true) | (KeyCode::Up | KeyCode::Char('p'), true, true) => {
                (0, 0)
            }
            (KeyCode::Char('>'), false, true)
            | (KeyCode::Down | KeyCode::Char('n'), true, true) => (last, self.lines[last].len()),
            (KeyCode::Char('f'), false, true) | (KeyCode::Right, true, false) => {
                self.word_forward(self.cursor)
            }
            (KeyCode::Char('b'), false, true) | (KeyCode::Left, true, false) => {
                self.word_back(self.cursor)
            }
            _ => return None,
        })
    }

    /// The cluster boundary after `at` on line `row`.
    fn next_boundary(&mut self, row: usize, at: usize) -> usize {
        let line = &self.lines[row];
        let mut c = GraphemeCursor::new(at, line.len(), true);
        let to = c
            .next_boundary(line, 0)
            .ok()
            .flatten()
            .unwrap_or(line.len());
        self.look(to - at);
        to
    }

    /// The cluster boundary before `at` on line `row`.
    fn prev_boundary(&mut self, row: usize, at: usize) -> usize {
        let line = &self.lines[row];
        let mut c = GraphemeCursor::new(at, line.len(), true);
        let to = c.prev_boundary(line, 0).ok().flatten().unwrap_or(0);
        self.look(at - to);
        to
    }

    /// `at` if it is a cluster boundary on line `row`, else the boundary before it.
    fn boundary_at_or_before(&mut self, row: usize, at: usize) -> usize {
        let line = &self.lines[row];
        let mut at = at.min(line.len());
        while !line.is_char_boundary(at) {
            at -= 1;
        }
        let mut c = GraphemeCursor::new(at, line.len(), true);
        if c.is_boundary(line, 0).unwrap_or(true) {
            at
        } else {
            self.prev_boundary(row, at)
        }
    }

    /// The display column of the cursor (measures the line up to it).
    fn column(&mut self) -> usize {
        let (row, at) = self.cursor;
        self.look(at);
        self.lines[row][..at]
            .chars()
            .map(|c| c.width().unwrap_or(0))
            .sum()
    }

    /// The cluster boundary on line `row` nearest the display column `col`, not past it.
    fn at_column(&mut self, row: usize, col: usize) -> usize {
        let mut used = 0;
        let mut at = 0;
        while at < self.lines[row].len() {
            let next = self.next_boundary(row, at);
            let w: usize = self.lines[row][at..next]
                .chars()
                .map(|c| c.width().unwrap_or(0))
                .sum();
            if used + w > col {
                break;
            }
            used += w;
            at = next;
        }
        at
    }

    /// The start of the word before `from` (across line breaks), on a cluster boundary.
    fn word_back(&mut self, from: Pos) -> Pos {
        let (mut row, at) = from;
        let mut at = at;
        if at == 0 {
            if row == 0 {
                return (0, 0);
            }
            row -= 1;
            at = self.lines[row].len();
        }
        let line = &self.lines[row];
        let mut chars = line[..at].char_indices().rev().peekable();
        let start = at;
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let class = chars.peek().map(|(_, c)| word_class(*c));
        while chars
            .next_if(|(_, c)| Some(word_class(*c)) == class)
            .is_some()
        {}
        let to = chars.peek().map_or(0, |(i, c)| i + c.len_utf8());
        self.look(start - to);
        (row, self.boundary_at_or_before(row, to))
    }

    /// The start of the next word after `from` (across line breaks), on a cluster boundary.
    fn word_forward(&mut self, from: Pos) -> Pos {
        let (row, at) = from;
        let line = &self.lines[row];
        if at == line.len() {
            return if row + 1 < self.lines.len() {
                (row + 1, 0)
            } else {
                from
            };
        }
        let mut chars = line[at..].char_indices().peekable();
        let class = chars.peek().map(|(_, c)| word_class(*c));
        if class != Some(Class::Space) {
            while chars
                .next_if(|(_, c)| Some(word_class(*c)) == class)
                .is_some()
            {}
        }
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let to = chars.peek().map_or(line.len(), |(i, _)| at + i);
        self.look(to - at);
        let b = self.boundary_at_or_before(row, to);
        (
            row,
            if b <= at {
                self.next_boundary(row, at)
            } else {
                b
            },
        )
    }

    fn delete_back(&mut self) -> bool {
        let (row, at) = self.cursor;
        if at == 0 {
            if row == 0 {
                return false;
            }
            let prev = (row - 1, self.lines[row - 1].len());
            self.change(prev, self.cursor, "", true);
            return true;
        }
        // An emoji, a flag, a skin-toned emoji or a family joined by ZWJ goes whole: half
        // of one is a different picture (👍🏽 → 👍, 🇧🇩 → 🇧) or a dangling joiner. In
        // other scripts one character goes, as ratatui-textarea did: a Bengali vowel sign
        // or an Arabic vowel mark can be taken back without its consonant.
        let start = self.prev_boundary(row, at);
        let line = &self.lines[row];
        let from = if line[start..at].chars().any(super::clusters::is_emoji_part) {
            start
        } else {
            at - line[..at].chars().next_back().map_or(1, char::len_utf8)
        };
        // The cursor stays where the character was, even inside the cluster that the
        // characters on either side now form: the next key lands right there.
        self.change((row, from), self.cursor, "", true);
        true
    }

    fn delete_forward(&mut self) -> bool {
        let (row, at) = self.cursor;
        let line = &self.lines[row];
        if at == line.len() {
            if row + 1 == self.lines.len() {
                return false;
            }
            self.change(self.cursor, (row + 1, 0), "", true);
            return true;
        }
        // The whole visible character after the cursor. The cursor stays put: what is left
        // may start with a mark, which the view draws on a dotted circle.
        let next = self.next_boundary(row, at);
        self.change(self.cursor, (row, next), "", true);
        true
    }

    fn kill_to_end(&mut self) -> bool {
        let (row, at) = self.cursor;
        let end = if at == self.lines[row].len() && row + 1 < self.lines.len() {
            (row + 1, 0)
        } else {
            (row, self.lines[row].len())
        };
        self.kill(self.cursor, end)
    }

    /// Removes the text between `a` and `b` and keeps it for Ctrl-Y.
    fn kill(&mut self, a: Pos, b: Pos) -> bool {
        if a == b {
            return false;
        }
        self.yank = self.change(a, b, "", true);
        true
    }

    /// Replaces the text between `from` and `to` with `insert`, leaves the cursor after it,
    /// and returns what was removed. With `record`, the change can be undone.
    fn change(&mut self, from: Pos, to: Pos, insert: &str, record: bool) -> String {
        let before = self.cursor;
        let removed = self.splice(from, to, insert);
        self.cursor = end_of(from, insert);
        self.revision += 1;
        if record {
            self.redo.clear();
            let typing = removed.is_empty() && insert.chars().count() == 1 && insert != "\n";
            self.record(Edit {
                at: from,
                removed: removed.clone(),
                inserted: insert.to_owned(),
                before,
                end: self.cursor,
                typing,
            });
        }
        removed
    }

    /// Keeps `e` for undo; characters typed one after another make one edit, up to the end
    /// of a word.
    fn record(&mut self, e: Edit) {
        if let Some(last) = self.undo.last_mut()
            && e.typing
            && last.typing
            && e.at == last.end
        {
            let word_ends = e.inserted.chars().all(char::is_whitespace)
                && !last.inserted.ends_with(char::is_whitespace);
            if !word_ends {
                last.inserted.push_str(&e.inserted);
                last.end = e.end;
                return;
            }
        }
        self.undo.push(e);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    pub fn undo(&mut self) -> bool {
        let Some(mut e) = self.undo.pop() else {
            return false;
        };
        self.splice(e.at, e.end, &e.removed);
        // Undone, it is no longer a run of typing that later keys may join.
        e.typing = false;
        self.cursor = e.before;
        self.revision += 1;
        self.redo.push(e);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(e) = self.redo.pop() else {
            return false;
        };
        let end = end_of(e.at, &e.removed);
        self.splice(e.at, end, &e.inserted);
        self.cursor = end_of(e.at, &e.inserted);
        self.revision += 1;
        self.undo.push(e);
        true
    }

    /// Replaces the text between `from` and `to` with `insert`; returns what was there.
    fn splice(&mut self, from: Pos, to: Pos, insert: &str) -> String {
        let (r0, a) = from;
        let (r1, b) = to;
        let removed;
        if r0 == r1 && !insert.contains('\n') {
            // The common case, a key typed or taken back: one line changed in place.
            let line = &mut self.lines[r0];
            removed = line[a..b].to_owned();
            line.replace_range(a..b, insert);
        } else {
            let mut text = String::new();
            let mut parts = Vec::new();
            for (k, line) in self.lines[r0..=r1].iter().enumerate() {
                let s = if k == 0 { a } else { 0 };
                let e = if k == r1 - r0 { b } else { line.len() };
                parts.push(&line[s..e]);
            }
            removed = parts.join("\n");
            text.push_str(&self.lines[r0][..a]);
            text.push_str(insert);
            text.push_str(&self.lines[r1][b..]);
            self.look(text.len());
            let new: Vec<String> = text.split('\n').map(str::to_owned).collect();
            self.lines.splice(r0..=r1, new);
        }
        self.len = self.len - removed.len() + insert.len();
        self.look(removed.len() + insert.len());
        removed
    }
}

/// Where the cursor stands after `text` is put at `at`.
fn end_of(at: Pos, text: &str) -> Pos {
    match text.rfind('\n') {
        None => (at.0, at.1 + text.len()),
        Some(i) => (at.0 + text.matches('\n').count(), text.len() - i - 1),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Word,
    Punctuation,
}

fn word_class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_alphanumeric() || !c.is_ascii() {
        // Marks and other letters of non-Latin scripts count as part of words.
        Class::Word
    } else {
        Class::Punctuation
    }
}

#[cfg(test)]
#[path = "text_input_tests.rs"]
mod tests;
