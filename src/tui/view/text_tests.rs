//! Tests of text measuring, wrapping and drawing by visible character.

use super::*;

#[test]
fn widths_are_what_terminals_advance() {
    assert_eq!(width("বা"), 2, "a Bengali vowel sign takes its own column");
    assert_eq!(width("ক্ষা"), 3);
    assert_eq!(width("👍🏽"), 4);
    assert_eq!(width("日本"), 4);
    assert_eq!(width("عربي"), 4);
    assert_eq!(width("abc"), 3);
}

#[test]
fn wraps_at_spaces_and_keeps_clusters_whole() {
    assert_eq!(wrap("one two three", 7), ["one two", "three"]);
    assert_eq!(wrap("a\nb", 10), ["a", "b"]);
    for line in wrap("বাংলাদেশ বাংলাদেশ বাংলাদেশ", 5)
    {
        assert!(width(&line) <= 5, "{line}");
    }
    let joined: String = wrap("👍🏽👍🏽👍🏽", 4).concat();
    assert_eq!(joined, "👍🏽👍🏽👍🏽");
    assert_eq!(wrap("", 5), [""]);
    assert_eq!(
        wrap("consular services, re-integration", 20),
        ["consular services,", "re-integration"],
        "punctuation stays with its word"
    );
}

/// Splitting by character is right only if no two of those characters ever join.
#[test]
fn characters_that_stand_alone_never_join() {
    let alone: Vec<char> = (0..=0x10FFFFu32)
        .filter_map(char::from_u32)
        .filter(|&c| stands_alone(c))
        .collect();
    // Grapheme rules join a character to its neighbour only when one of them is of a
    // kind excluded above; try each with itself and with ASCII, and a spread of pairs.
    let joined = |a: char, b: char| [a, b].iter().collect::<String>().graphemes(true).count() != 2;
    for &a in &alone {
        assert!(!joined(a, a) && !joined(a, 'x') && !joined('x', a), "{a:?}");
    }
    let spread: Vec<char> = alone
        .iter()
        .step_by(alone.len() / 300 + 1)
        .copied()
        .collect();
    for &a in &spread {
        for &b in &spread {
            assert!(!joined(a, b), "{a:?} {b:?}");
        }
    }
    for s in [
        "plain",
        "Tür · “quoted” – ▶ │┌",
        "حماية حقوق",
        "日本語",
        "বাংলা 👍🏽 e\u{301}",
    ] {
        let fast: Vec<_> = clusters(s).collect();
        let full: Vec<_> = s.grapheme_indices(true).collect();
        assert_eq!(fast, full, "{s}");
    }
}

/// The wrapping as it was first written: the whole line cut into runs, then fitted.
fn wrap_ranges_whole(line: &str, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let mut runs: Vec<(usize, &str)> = Vec::new();
    let mut start = 0;
    let mut last: Option<bool> = None;
    for (at, g) in line.grapheme_indices(true) {
        let space = g.chars().all(char::is_whitespace);
        if last.is_some_and(|l| l != space) {
            runs.push((start, &line[start..at]));
            start = at;
        }
        last = Some(space);
    }
    if start < line.len() {
        runs.push((start, &line[start..]));
    }
    let mut out = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (at, word) in runs {
        let w = width(word);
        if used + w <= max {
            used += w;
            continue;
        }
        if word.trim().is_empty() {
            out.push((start, at + word.len()));
            start = at + word.len();
            used = 0;
            continue;
        }
        if used > 0 && w <= max {
            out.push((start, at));
            start = at;
            used = w;
            continue;
        }
        for (gi, g) in word.grapheme_indices(true) {
            let gw = cluster_width(g);
            if used + gw > max && used > 0 {
                out.push((start, at + gi));
                start = at + gi;
                used = 0;
            }
            used += gw;
        }
    }
    out.push((start, line.len()));
    out
}

proptest::proptest! {
    /// Wrapping a piece at a time gives the lines wrapping the whole line gave, and
    /// wrapping again from the start of any of them gives the rest.
    #[test]
    fn wrapping_lazily_is_wrapping_whole(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "word", "firewalls", " ", "  ", "\t", "বা", "ক্ষ", "👍🏽", "👨‍👩‍👧",
                "日本", "عربي", "e\u{301}", "🇧🇩", "-", ",", &*"x".repeat(300).leak(),
            ]),
            0..120,
        ),
        max in 1usize..40,
    ) {
        let line: String = parts.concat();
        let whole = wrap_ranges_whole(&line, max);
        proptest::prop_assert_eq!(&wrap_ranges(&line, max), &whole);
        for (k, (a, _)) in whole.iter().enumerate().step_by(3) {
            let again: Vec<_> = Wrap::new(&line, *a, max).collect();
            proptest::prop_assert_eq!(&again[..], &whole[k..]);
        }
    }
}

#[test]
fn a_long_entry_is_wrapped_only_as_far_as_shown() {
    let text = "firewalls between immigration enforcement and services ".repeat(40_000);
    let rows = wrap_at_most(&text, 30, 5);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows, wrap(&text[..200], 30)[..5]);
    assert_eq!(boundary_at_or_after("বাংলা", 1), 9, "not inside বাং");
}

#[test]
fn a_laid_out_line_draws_as_cells_do() {
    use ratatui::style::Stylize;
    for line in [
        Line::from("plain text"),
        Line::from(vec![
            Span::raw("  • ").bold(),
            Span::raw("বাংলা 👍🏽 حماية\ttab"),
        ]),
        Line::styled(
            "日本語テキスト that is too long to fit",
            Style::new().reversed(),
        ),
    ] {
        for w in [0, 1, 5, 12, 40] {
            let area = Rect::new(0, 0, w, 1);
            let (mut a, mut b) = (Buffer::empty(area), Buffer::empty(area));
            Cells::new(line.clone()).render(area, &mut a);
            Laid::new(&line).render(area, &mut b);
            assert_eq!(a, b, "{line:?} at width {w}");
        }
    }
}

#[test]
fn truncates_with_an_ellipsis() {
    assert_eq!(truncate("abcdef", 4), "abc…");
    assert_eq!(truncate("abc", 4), "abc");
    assert_eq!(truncate("日本語テキスト", 5), "日本…");
}

#[test]
fn cells_claim_the_extra_columns() {
    let area = Rect::new(0, 0, 6, 1);
    let mut buf = Buffer::empty(area);
    Cells::new("বাx").render(area, &mut buf);
    assert_eq!(buf[(0, 0)].symbol(), "বা");
    assert_eq!(
        buf[(1, 0)].diff_option,
        CellDiffOption::Skip,
        "the vowel sign's column is left to the terminal"
    );
    assert_eq!(buf[(2, 0)].symbol(), "x");
}

/// The pieces a cluster is drawn in, with their widths.
fn drawn(g: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    pieces(g, |p, w| out.push((p.to_owned(), w)));
    out
}

#[test]
fn emoji_sequences_are_drawn_as_their_members_and_lone_marks_on_a_circle() {
    let p = |s: &str, w: usize| (s.to_owned(), w);
    assert_eq!(
        drawn("👩\u{200d}👩\u{200d}👧"),
        [p("👩", 2), p("👩", 2), p("👧", 2)]
    );
    assert_eq!(drawn("👍🏽"), [p("👍", 2), p("🏽", 2)]);
    assert_eq!(drawn("🇧🇩"), [p("🇧", 1), p("🇩", 1)]);
    assert_eq!(drawn("❤\u{fe0f}"), [p("❤", 1)]);
    assert_eq!(drawn("\u{64f}"), [p("◌\u{64f}", 1)]);
    assert_eq!(drawn("\u{9cd}র"), [p("◌\u{9cd}", 1), p("র", 1)]);
    assert_eq!(drawn("\u{301}"), [p("◌\u{301}", 1)]);
    // Clusters terminals agree on stay whole.
    assert_eq!(drawn("প্র"), [p("প্র", cluster_width("প্র"))]);
    assert_eq!(drawn("e\u{301}"), [p("e\u{301}", 1)]);
    assert_eq!(drawn("日"), [p("日", 2)]);
    assert_eq!(drawn("\t"), [p(" ", 1)]);
    for g in ["👩\u{200d}👩\u{200d}👧", "👍🏽", "🇧🇩", "\u{9cd}র"] {
        let sum: usize = drawn(g).iter().map(|(_, w)| w).sum();
        assert_eq!(cluster_width(g), sum, "{g:?}");
    }
    // A line drawn with them claims exactly the columns it is measured at.
    let line = "a👩\u{200d}👩\u{200d}👧b🇧🇩c";
    let area = Rect::new(0, 0, 20, 1);
    let mut buf = Buffer::empty(area);
    Cells::new(line).render(area, &mut buf);
    let b = (0..20).find(|&x| buf[(x, 0)].symbol() == "b");
    assert_eq!(b, Some(1 + 6));
    assert_eq!(buf[(8, 0)].symbol(), "🇧");
    assert_eq!(buf[(9, 0)].symbol(), "🇩");
    assert_eq!(buf[(10, 0)].symbol(), "c");
    assert_eq!(width(line), 11);
}
