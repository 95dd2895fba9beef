//! Markdown and plain text through `minijinja` layouts: the built-in ones, or a user's own
//! (`--layout FILE`) with the same variables.

use minijinja::{Environment, Value};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::digest::Digest;
use super::report::Report;

pub const MARKDOWN: &str = include_str!("layouts/report.md.j2");
pub const TEXT: &str = include_str!("layouts/report.txt.j2");
/// The Chair's digest (`breakout digest`), in Markdown and in plain text.
pub const DIGEST_MARKDOWN: &str = include_str!("layouts/digest.md.j2");
pub const DIGEST_TEXT: &str = include_str!("layouts/digest.txt.j2");

/// Why a layout could not be used; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe(.0))]
pub struct LayoutError(#[from] minijinja::Error);

fn describe(e: &minijinja::Error) -> String {
    // minijinja's own words for what went wrong stay in English.
    let what = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    match e.line() {
        Some(line) => crate::tr!("export-layout-error-line", line = line, error = what),
        None => crate::tr!("export-layout-error", error = what),
    }
}

/// Renders `report` with the layout source `layout`.
pub fn render(layout: &str, report: &Report) -> Result<String, LayoutError> {
    let mut env = environment()?;
    env.add_template("report", layout)?;
    let out = env.get_template("report")?.render(minijinja::context! {
        report => Value::from(minijinja::value::Serde(report)),
        words => Value::from(minijinja::value::Serde(&report.words)),
    })?;
    Ok(tidy(&out))
}

/// Renders the Chair's digest with the layout source `layout` (variables: `digest`, and
/// `words` as in the report).
pub fn render_digest(layout: &str, digest: &Digest) -> Result<String, LayoutError> {
    let mut env = environment()?;
    env.add_template("digest", layout)?;
    let out = env.get_template("digest")?.render(minijinja::context! {
        digest => Value::from(minijinja::value::Serde(digest)),
        words => Value::from(minijinja::value::Serde(&digest.words)),
    })?;
    Ok(tidy(&out))
}

/// The environment every layout renders in: its syntax and filters.
fn environment() -> Result<Environment<'static>, LayoutError> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()?;
    env.set_syntax(syntax);
    // Markdown and plain text: nothing to escape for HTML.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.add_filter("wrap", wrap_filter);
    env.add_filter("italic", italic);
    env.add_filter("md", md);
    env.add_filter("beside", beside);
    Ok(env)
}

/// Collapses runs of blank lines that conditional blocks leave, and ends with one newline.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out.trim_start_matches('\n').to_owned()
}

/// User text for Markdown: characters that would turn into formatting or HTML are escaped,
/// and line breaks stay line breaks (a backslash before the newline), with the lines after the
/// first indented by `indent` spaces to stay inside a list item.
fn md(s: String, indent: Option<usize>) -> String {
    let pad = " ".repeat(indent.unwrap_or(0));
    s.split('\n')
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            for (i, c) in line.chars().enumerate() {
                match c {
                    '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '|' => {
                        out.push('\\');
                        out.push(c);
                    }
                    // A line starting like a heading, list or quote is text, not structure.
                    '#' | '+' | '-' | '=' if i == 0 => {
                        out.push('\\');
                        out.push(c);
                    }
                    _ => out.push(c),
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .join(&format!("\\\n{pad}"))
}

/// Each paragraph in *…*, for a form's instructions in Markdown.
fn italic(s: String) -> String {
    s.split("\n\n")
        .map(|p| {
            let p = p.trim().replace('\n', " ");
            if p.is_empty() { p } else { format!("*{p}*") }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Wraps text at `width` display columns (a CJK character or an emoji takes two); lines after
/// the first (and every line after a line break in the text) start with `indent` spaces.
/// Words wrap whole; text in a script written without spaces (CJK) breaks between any two
/// characters, and a word longer than a line (a web address) breaks where the line ends.
fn wrap_filter(s: String, width: usize, indent: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let pad = " ".repeat(indent);
    let width = width.max(indent + 10);
    let mut out: Vec<String> = Vec::new();
    for (n, para) in s.split('\n').enumerate() {
        let mut line = if n == 0 { String::new() } else { pad.clone() };
        // Where this line's own text starts (after its indent), and whether it has any yet.
        let mut start = line.width();
        let mut fresh = true;
        for word in para.split(' ') {
            let sep = usize::from(!fresh);
            if line.width() + sep + word.width() <= width {
                if !fresh {
                    line.push(' ');
                }
                line.push_str(word);
                fresh = false;
                continue;
            }
            let breakable = word.chars().any(|c| c.width() == Some(2));
            if !fresh && !breakable && indent + word.width() <= width {
                out.push(std::mem::replace(&mut line, pad.clone()));
                start = indent;
                line.push_str(word);
                continue;
            }
            if !fresh {
                if breakable && line.width() + 1 < width {
                    line.push(' ');
                } else {
                    out.push(std::mem::replace(&mut line, pad.clone()));
                    start = indent;
                }
            }
            for g in word.graphemes(true) {
                if line.width() + g.width() > width && line.width() > start {
                    out.push(std::mem::replace(&mut line, pad.clone()));
                    start = indent;
                }
                line.push_str(g);
            }
            fresh = false;
        }
        out.push(line);
    }
    out.join("\n")
}

/// A row of a plain-text table: `caption` in a column `caption_width` wide (a number before
/// it hangs: "1. Governance" / "   mechanisms:"), `text` beside it wrapped to `width`, both
/// `indent` columns in. Each line of `text` starts a line of its own; where one wraps, the rest
/// is indented two columns, so a long line does not read as the next one.
fn beside(
    text: String,
    caption: String,
    indent: usize,
    caption_width: usize,
    width: usize,
) -> String {
    let hang = caption
        .split_once(". ")
        .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map_or(0, |(n, _)| n.len() + 2);
    let left = wrap_filter(caption, caption_width, hang);
    let right_width = width.saturating_sub(indent + caption_width + 2);
    let right = text
        .trim_end_matches('\n')
        .split('\n')
        .map(|line| wrap_filter(line.to_owned(), right_width, 2))
        .collect::<Vec<_>>()
        .join("\n");
    let (left, right): (Vec<&str>, Vec<&str>) = (left.lines().collect(), right.lines().collect());
    (0..left.len().max(right.len()))
        .map(|k| {
            let l = left.get(k).copied().unwrap_or("");
            let r = right.get(k).copied().unwrap_or("");
            let pad = caption_width.saturating_sub(l.width()) + 2;
            format!("{}{l}{}{r}", " ".repeat(indent), " ".repeat(pad))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_a_hanging_indent() {
        assert_eq!(
            wrap_filter("   1. one two three four five six seven".into(), 20, 6),
            "   1. one two three\n      four five six\n      seven"
        );
        assert_eq!(wrap_filter("a\nb".into(), 20, 2), "a\n  b");
    }

    #[test]
    fn wraps_by_display_width_and_breaks_text_written_without_spaces() {
        let widths = |s: &str| s.lines().map(|l| l.width()).collect::<Vec<_>>();
        // Japanese has no spaces: it breaks between characters, each two columns wide.
        let ja = wrap_filter(
            "   1. 移民労働者の権利を保護するための国内法を整備する".into(),
            20,
            6,
        );
        assert!(widths(&ja).iter().all(|&w| w <= 20), "{ja}");
        assert_eq!(
            ja.replace(['\n', ' '], ""),
            "1.移民労働者の権利を保護するための国内法を整備する"
        );
        assert!(ja.lines().skip(1).all(|l| l.starts_with("      ")), "{ja}");
        // Emoji count two columns: four of them and a word do not fit in 12.
        let emoji = wrap_filter("ok 👍🏽👍🏽👍🏽👍🏽 done".into(), 12, 2);
        assert!(widths(&emoji).iter().all(|&w| w <= 12), "{emoji}");
        // A word longer than a line breaks where the line ends, rather than running past it.
        let url = wrap_filter(
            "see https://example.org/a/very/long/address/that/does/not/fit".into(),
            24,
            2,
        );
        assert!(widths(&url).iter().all(|&w| w <= 24), "{url}");
        assert!(url.starts_with("see\n  https://"), "{url}");
        // Bengali words keep their clusters whole and wrap at spaces, as before.
        let bn = wrap_filter("প্রবাসী কর্মীদের অধিকার রক্ষা করতে হবে".into(), 16, 0);
        assert_eq!(bn.replace('\n', " "), "প্রবাসী কর্মীদের অধিকার রক্ষা করতে হবে");
        assert!(widths(&bn).iter().all(|&w| w <= 16), "{bn}");
    }

    #[test]
    fn a_plain_text_table_row_sets_the_caption_beside_the_lines() {
        let row = beside(
            "one two three four five six\nsecond line\n".into(),
            "1. Governance mechanisms:".into(),
            3,
            14,
            40,
        );
        // The caption's number hangs; a wrapped line's rest is indented two more columns.
        let want = [
            "   1. Governance   one two three four",
            "      mechanisms:    five six",
            "                   second line",
        ];
        assert_eq!(row, want.join("\n"));
        // Display width, not bytes: a caption in a script of double-width characters.
        let row = beside("x".into(), "統治の仕組み".into(), 0, 14, 30);
        // Twelve columns wide, so two more to fill the column, then the gap of two.
        assert_eq!(row, "統治の仕組み    x");
    }

    #[test]
    fn markdown_text_is_escaped_and_keeps_its_lines() {
        assert_eq!(md("a *b* <c>".into(), None), "a \\*b\\* \\<c\\>");
        assert_eq!(md("one\ntwo".into(), Some(2)), "one\\\n  two");
        assert_eq!(md("- not a list".into(), None), "\\- not a list");
    }

    #[test]
    fn italicises_each_paragraph() {
        assert_eq!(italic("a b\nc\n\nd".into()), "*a b c*\n\n*d*");
    }
}
