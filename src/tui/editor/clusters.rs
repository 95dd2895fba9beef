//! The one rule for Backspace in every text field: an emoji, a flag, a skin-toned emoji or a
//! family joined by ZWJ goes whole; in other scripts one character goes, so that a Bengali
//! vowel sign or an Arabic vowel mark can be taken back without its consonant.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;
use unicode_segmentation::UnicodeSegmentation;

/// Characters that make a cluster an emoji (or a flag) that Backspace takes whole:
/// pictographs, skin tones, regional indicators, tags, keycaps and the emoji variation
/// selector. A joiner alone does not: Bengali writes some conjuncts with one.
pub(super) fn is_emoji_part(c: char) -> bool {
    matches!(u32::from(c),
        0xA9
        | 0xAE
        | 0x203C
        | 0x2049
        | 0x20E3
        | 0x2122
        | 0x2139
        | 0x2194..=0x21AA
        | 0x2300..=0x23FF
        | 0x24C2
        | 0x25AA..=0x25FE
        | 0x2600..=0x27BF
        | 0x2B00..=0x2BFF
        | 0x3030
        | 0x303D
        | 0x3297
        | 0x3299
        | 0xFE0F
        | 0x1F000..=0x1FAFF
        | 0xE0020..=0xE007F
    )
}

/// How many characters Backspace takes before byte `at` of `line`.
fn chars_back(line: &str, at: usize) -> usize {
    let before = &line[..at];
    match before.graphemes(true).next_back() {
        Some(g) if g.chars().any(is_emoji_part) => g.chars().count(),
        Some(_) => 1,
        None => 0,
    }
}

/// A key typed into a one-line field (search, a path): as the field's widget does, except
/// that Backspace follows the rule above. Returns whether the text changed.
pub fn type_into(field: &mut TextArea<'_>, key: KeyEvent) -> bool {
    if key.code == KeyCode::Backspace && key.modifiers == KeyModifiers::NONE {
        let ratatui_textarea::DataCursor(row, col) = field.cursor();
        let Some(line) = field.lines().get(row) else {
            return false;
        };
        let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        let n = chars_back(line, at);
        if n > 0 {
            for _ in 0..n {
                field.delete_char();
            }
            return true;
        }
    }
    field.input(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backspace(text: &str) -> String {
        let mut field = TextArea::new(vec![text.to_owned()]);
        field.move_cursor(ratatui_textarea::CursorMove::End);
        type_into(&mut field, KeyEvent::from(KeyCode::Backspace));
        field.lines().join("")
    }

    #[test]
    fn backspace_in_a_field_takes_an_emoji_whole_and_one_mark_of_a_script() {
        assert_eq!(backspace("ok 👍🏽"), "ok ");
        assert_eq!(backspace("🇧🇩🇫🇷"), "🇧🇩");
        assert_eq!(backspace("a👩\u{200D}👩\u{200D}👧"), "a");
        assert_eq!(backspace("প্র"), "প্");
        assert_eq!(backspace("حُ"), "ح");
        assert_eq!(backspace("E\u{0301}"), "E");
        assert_eq!(backspace("ab"), "a");
        assert_eq!(backspace(""), "");
    }
}
