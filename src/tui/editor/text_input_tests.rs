//! Tests of the text input: editing by visible character, and the cost of a key bounded
//! by what is around the cursor, never by the size of the text.

use super::*;
use unicode_segmentation::UnicodeSegmentation;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn typ(t: &mut TextInput, s: &str) {
    for c in s.chars() {
        t.input(key(KeyCode::Char(c)));
    }
}

fn boundaries(line: &str) -> Vec<usize> {
    let mut out: Vec<usize> = line.grapheme_indices(true).map(|(i, _)| i).collect();
    out.push(line.len());
    out
}

#[test]
fn the_cursor_steps_over_whole_clusters_both_ways() {
    let text = "বাংলা ক্ষমতা 👍🏽👨‍👩‍👧 日本 عربي 🇧🇩🇫🇷 e\u{301}x";
    let mut t = TextInput::new(text);
    let marks = boundaries(text);
    let mut seen = vec![t.cursor_byte().1];
    for _ in 0..text.len() {
        t.input(key(KeyCode::Left));
        if seen.last() != Some(&t.cursor_byte().1) {
            seen.push(t.cursor_byte().1);
        }
    }
    seen.reverse();
    assert_eq!(seen, marks);
    let mut seen = vec![0];
    for _ in 0..text.len() {
        t.input(key(KeyCode::Right));
        if seen.last() != Some(&t.cursor_byte().1) {
            seen.push(t.cursor_byte().1);
        }
    }
    assert_eq!(seen, marks);
    for k in [
        KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Right, KeyModifiers::CONTROL),
        KeyEvent::new(KeyCode::Char('f'), KeyModifiers::ALT),
        ctrl('w'),
    ] {
        t.input(k);
        let (_, at) = t.cursor_byte();
        assert!(boundaries(&t.lines()[0]).contains(&at), "{k:?} left {at}");
    }
}

#[test]
fn typing_backspace_lines_and_kills() {
    let mut t = TextInput::new("");
    typ(&mut t, "one two");
    t.insert_newline();
    typ(&mut t, "three");
    assert_eq!(t.text(), "one two\nthree");
    assert_eq!(t.len(), t.text().len());
    t.input(key(KeyCode::Home));
    t.input(key(KeyCode::Backspace));
    assert_eq!(t.text(), "one twothree");
    assert_eq!(t.cursor(), (0, 7));
    t.input(ctrl('k'));
    assert_eq!(t.text(), "one two");
    t.input(ctrl('w'));
    assert_eq!(t.text(), "one ");
    t.input(ctrl('y'));
    assert_eq!(t.text(), "one two");
    t.input(key(KeyCode::Home));
    t.input(key(KeyCode::Up));
    assert_eq!(t.cursor(), (0, 0), "Up on the first line stays");
    t.input(key(KeyCode::Delete));
    assert_eq!(t.text(), "ne two");
    assert_eq!(t.len(), t.text().len());
}

#[test]
fn up_and_down_keep_the_column_and_land_between_clusters() {
    let mut t = TextInput::new("abcdef\nবাংলা\nxy");
    t.input(key(KeyCode::Up));
    let (row, at) = t.cursor_byte();
    assert_eq!(row, 1);
    assert!(boundaries(&t.lines()[1]).contains(&at));
    t.input(key(KeyCode::End));
    t.input(key(KeyCode::Up));
    let (row, at) = t.cursor_byte();
    assert_eq!(row, 0);
    assert!(at <= 6);
    t.input(key(KeyCode::Right));
    t.input(key(KeyCode::Down));
    let (row, at) = t.cursor_byte();
    assert_eq!(row, 1);
    assert!(boundaries(&t.lines()[1]).contains(&at));
}

#[test]
fn undo_takes_back_a_word_at_a_time_and_redo_puts_it_back() {
    let mut t = TextInput::new("start");
    typ(&mut t, " firewalls between");
    t.input(ctrl('u'));
    assert_eq!(t.text(), "start firewalls");
    t.input(ctrl('u'));
    assert_eq!(t.text(), "start");
    t.input(ctrl('u'));
    assert_eq!(t.text(), "start", "nothing typed before");
    t.input(ctrl('r'));
    assert_eq!(t.text(), "start firewalls");
    t.insert_str("\nnext\nlines");
    t.input(key(KeyCode::Backspace));
    t.input(ctrl('u'));
    t.input(ctrl('u'));
    assert_eq!(t.text(), "start firewalls");
    assert_eq!(t.cursor(), (0, 15));
    t.input(ctrl('r'));
    assert_eq!(t.text(), "start firewalls\nnext\nlines");
    assert_eq!(t.len(), t.text().len());
}

/// Typing, moving and deleting at the end (and in the middle) of a 2 MB line look at a
/// few bytes, not at the line: the cost of a key does not grow with the entry.
#[test]
fn a_key_looks_at_what_is_around_the_cursor_not_at_the_whole_text() {
    let big = "firewalls between immigration enforcement and services ".repeat(40_000);
    for text in [big.clone(), format!("{big}\n{big}")] {
        let mut t = TextInput::new(&text);
        for middle in [false, true] {
            if middle {
                for _ in 0..3 {
                    t.input(KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL));
                }
            }
            t.reset_work();
            let before = t.revision();
            typ(&mut t, "new words, typed");
            for k in [
                key(KeyCode::Backspace),
                key(KeyCode::Left),
                key(KeyCode::Right),
                key(KeyCode::Delete),
                ctrl('w'),
                ctrl('u'),
                ctrl('r'),
                KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL),
                KeyEvent::new(KeyCode::Right, KeyModifiers::CONTROL),
            ] {
                t.input(k);
            }
            assert!(t.revision() > before);
            assert!(
                t.work() < 1_000,
                "keys looked at {} bytes of a {} byte text",
                t.work(),
                t.len()
            );
        }
    }
}

/// Backspace at the end of `text`: what is left, and the cursor (bytes).
fn backspace(text: &str) -> (String, usize) {
    let mut t = TextInput::new(text);
    t.input(key(KeyCode::Backspace));
    (t.text(), t.cursor_byte().1)
}

#[test]
fn backspace_takes_a_whole_emoji_flag_or_family() {
    for (text, left) in [
        ("a👍🏽", "a"),
        ("a🇧🇩", "a"),
        ("🇫🇷🇧🇩", "🇫🇷"),
        ("a👩\u{200d}👩\u{200d}👧", "a"),
        ("a👩\u{200d}👩\u{200d}", "a"),
        ("a❤\u{fe0f}", "a"),
        ("a1\u{fe0f}\u{20e3}", "a"),
        (
            "a🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
            "a",
        ),
    ] {
        assert_eq!(backspace(text), (left.to_owned(), left.len()), "{text:?}");
    }
}

#[test]
fn backspace_takes_one_mark_of_an_indic_arabic_or_accented_cluster() {
    for (text, left) in [
        ("প্র", "প্"),
        ("প্রবাসী", "প্রবাস"),
        ("حُقُوق", "حُقُو"),
        ("حُ", "ح"),
        ("E\u{301}", "E"),
        ("xি", "x"),
    ] {
        assert_eq!(backspace(text), (left.to_owned(), left.len()), "{text:?}");
    }
}

#[test]
fn after_backspace_joins_two_clusters_the_next_key_lands_where_the_deletion_was() {
    // প + ্, a stray letter, র: taking back the stray letter joins প্ and র into one
    // cluster (a conjunct), and the cursor stays between them.
    let mut t = TextInput::new("");
    typ(&mut t, "প্zর");
    t.input(key(KeyCode::Left));
    t.input(key(KeyCode::Backspace));
    assert_eq!(t.text(), "প্র");
    assert_eq!(t.text().graphemes(true).count(), 1, "one cluster now");
    assert_eq!(t.cursor_byte(), (0, "প্".len()));
    typ(&mut t, "ব");
    assert_eq!(t.text(), "প্বর");
    // Undo puts back the stray letter, redo takes it away again.
    t.input(ctrl('u'));
    t.input(ctrl('u'));
    assert_eq!(t.text(), "প্zর");
}

#[test]
fn delete_at_the_start_leaves_the_cursor_where_it_was() {
    for text in ["প্রবাসী", "حُقُوق", "E\u{301}t"] {
        let mut t = TextInput::new(text);
        t.input(key(KeyCode::Home));
        t.input(key(KeyCode::Delete));
        assert_eq!(t.cursor_byte(), (0, 0), "{text:?}");
        let first = text.graphemes(true).next().map_or(0, str::len);
        assert_eq!(t.text(), text[first..], "{text:?}");
    }
}
