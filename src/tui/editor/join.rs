//! Joining the lines of text pasted from a hard-wrapped source (a PDF, an email) into
//! paragraphs. The rule, kept simple enough to say in one breath:
//!
//! - a single line break becomes a space;
//! - a blank line stays: it ends a paragraph (so does the line before and after it);
//! - a line that looks like a list item (starting with `-`, `*`, `•`, `–`, `1.`, `1)`, `a.`
//!   or `a)` and a space) keeps the break before it;
//! - a line ending in a letter and a hyphen, before a line starting with a lower-case letter,
//!   is a word broken in two: joined without the hyphen (`recom-` + `mendation`). A compound
//!   broken at its own hyphen (`well-` + `being`) loses it too: the rule cannot tell them
//!   apart. Before anything else the hyphen stays and the join has no space
//!   (`Euro-` + `Mediterranean`); after a space it is a dash, and a space follows it;
//! - a soft hyphen (U+00AD) at a line's end always joins without a space;
//! - between two wide (CJK) characters the join has no space.

use unicode_width::UnicodeWidthChar;

/// `text` with its wrapped lines joined into paragraphs (see the module notes).
pub fn join_wrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split('\n');
    let Some(first) = lines.next() else {
        return out;
    };
    out.push_str(first);
    let mut prev_blank = first.trim().is_empty();
    for line in lines {
        let blank = line.trim().is_empty();
        if blank || prev_blank || looks_listed(line) {
            out.push('\n');
            out.push_str(line);
        } else {
            let next = line.trim_start();
            out.truncate(out.trim_end().len());
            let last = out.chars().last();
            let before = out.chars().rev().nth(1);
            let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
            match last {
                Some('\u{AD}') => {
                    out.pop();
                }
                Some('-') if before.is_some_and(char::is_alphabetic) => {
                    if starts_lower {
                        out.pop();
                    }
                }
                Some(c) if wide(c) && next.chars().next().is_some_and(wide) => {}
                _ => out.push(' '),
            }
            out.push_str(next);
        }
        prev_blank = blank;
    }
    out
}

fn wide(c: char) -> bool {
    c.width() == Some(2)
}

/// Whether a line starts like a list item: a bullet, or a number or a letter with `.` or `)`,
/// then a space.
fn looks_listed(line: &str) -> bool {
    let s = line.trim_start();
    if let Some(rest) = s.strip_prefix(['-', '*', '•', '–', '◦', '▪']) {
        return rest.starts_with(' ');
    }
    let label: String = s.chars().take_while(|c| c.is_alphanumeric()).collect();
    let digits = !label.is_empty() && label.chars().all(|c| c.is_ascii_digit()) && label.len() <= 3;
    let letter = label.chars().count() == 1 && label.chars().all(char::is_alphabetic);
    if !(digits || letter) {
        return false;
    }
    let rest = &s[label.len()..];
    rest.strip_prefix(['.', ')'])
        .is_some_and(|r| r.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::join_wrapped;

    #[test]
    fn single_breaks_become_spaces_and_blank_lines_stay() {
        let pdf = "Member States should open\nregular pathways for  \n  migrant workers.\n\nA second\nparagraph.";
        assert_eq!(
            join_wrapped(pdf),
            "Member States should open regular pathways for migrant workers.\n\nA second paragraph."
        );
    }

    #[test]
    fn list_items_keep_their_breaks_and_their_wrapped_lines_join() {
        let text = "Actions:\n- fund the\n  helpline\n• train staff\n1. first\n2) second\na. one\nB) two\n12 countries agreed";
        assert_eq!(
            join_wrapped(text),
            "Actions:\n- fund the helpline\n• train staff\n1. first\n2) second\na. one\nB) two 12 countries agreed"
        );
    }

    #[test]
    fn a_word_broken_by_a_hyphen_is_joined_whole() {
        assert_eq!(join_wrapped("the recom-\nmendation"), "the recommendation");
        // Before a capital, a number, or after a space: a dash or a hyphenated name.
        assert_eq!(join_wrapped("Euro-\nMediterranean"), "Euro-Mediterranean");
        assert_eq!(join_wrapped("2019 -\n2023"), "2019 - 2023");
        assert_eq!(join_wrapped("soft\u{AD}\nhyphen"), "softhyphen");
    }

    #[test]
    fn wide_characters_join_without_a_space() {
        assert_eq!(join_wrapped("移民工人的\n权利"), "移民工人的权利");
    }

    #[test]
    fn nothing_to_join_leaves_the_text_as_it_is() {
        for text in ["", "one line", "one\n\ntwo", "- a\n- b", "\n\n"] {
            assert_eq!(join_wrapped(text), text);
        }
    }
}
