//! Frames go to the terminal through ratatui's `Terminal`, which writes only what changed.
//! What it writes, read back by a terminal emulator (`vt100`), must show each frame exactly
//! as painting that frame on a blank terminal does, however the frames before it looked; a
//! frame that changed nothing writes no text.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use breakout::tui::view::settle::{Gaps, Shown, settle};
use breakout::tui::view::text::{cluster_width, put};
use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Bytes written by a screen, readable while the screen still holds the writer.
#[derive(Clone, Default)]
struct Tape(Rc<RefCell<Vec<u8>>>);

impl Write for Tape {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Tape {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

/// A terminal of `size` writing to `tape`, as the app's loop draws (it never asks the
/// terminal where its cursor is).
fn screen(tape: &Tape, size: Size) -> Terminal<CrosstermBackend<Tape>> {
    Terminal::with_options(
        CrosstermBackend::new(tape.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, size.width, size.height)),
        },
    )
    .expect("terminal")
}

/// The characters a frame wrote, escape sequences (cursor moves, colours) left out.
fn text_of(bytes: Vec<u8>) -> String {
    let s = String::from_utf8_lossy(&bytes).into_owned();
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            // A control sequence ends at its first letter (or ~).
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() || d == '~' {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// One piece of text drawn at a place: by the view's own `put` (which marks a wide
/// cluster's extra columns), or by ratatui's `set_string` (which does not).
#[derive(Debug, Clone)]
struct Op {
    x: u16,
    y: u16,
    text: Vec<&'static str>,
    style: Style,
    by_ratatui: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (0..3usize, 0..3usize, any::<bool>()).prop_map(|(fg, bg, rev)| {
        let mut s = Style::new();
        s = match fg {
            1 => s.fg(Color::Red),
            2 => s.fg(Color::Indexed(33)),
            _ => s,
        };
        s = match bg {
            1 => s.bg(Color::Blue),
            2 => s.bg(Color::Indexed(236)),
            _ => s,
        };
        if rev {
            s.add_modifier(Modifier::REVERSED)
        } else {
            s
        }
    })
}

fn write_op(w: u16, h: u16) -> impl Strategy<Value = Op> {
    let cluster = prop::sample::select(vec!["a", "b", "z", " ", "é", "ع", "─", "日", "界"]);
    (
        0..w,
        0..h,
        prop::collection::vec(cluster, 1..8),
        style(),
        any::<bool>(),
    )
        .prop_map(|(x, y, text, style, by_ratatui)| Op {
            x,
            y,
            text,
            style,
            by_ratatui,
        })
}

fn frame(ops: &[Op], size: Size) -> Buffer {
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    for op in ops {
        if op.by_ratatui {
            buf.set_string(op.x, op.y, op.text.concat(), op.style);
        } else {
            let mut x = op.x as usize;
            for g in &op.text {
                let w = cluster_width(g);
                if x + w > size.width as usize {
                    break;
                }
                put(&mut buf, x as u16, op.y, g, op.style, w);
                x += w;
            }
        }
    }
    // As the view does at the end of every frame.
    settle(&mut buf);
    buf
}

fn emulator(size: Size) -> vt100::Parser {
    let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN);
    vt100::Parser::new(nz(size.height), nz(size.width), 0)
}

/// Each cell as the emulator shows it: text, colours, reverse video, wideness.
fn shown(p: &vt100::Parser) -> Vec<String> {
    let s = p.screen();
    let (rows, cols) = s.size();
    (0..rows.get())
        .map(|r| {
            (0..cols.get())
                .map(|c| match s.cell(r, c) {
                    Some(cell) => format!(
                        "[{}|{:?}|{:?}|{}{}]",
                        // A cell never written and one written with a space look the same.
                        if cell.contents().is_empty() && !cell.is_wide_continuation() {
                            " "
                        } else {
                            cell.contents()
                        },
                        cell.fgcolor(),
                        cell.bgcolor(),
                        u8::from(cell.inverse()),
                        u8::from(cell.is_wide_continuation())
                    ),
                    None => "[?]".into(),
                })
                .collect()
        })
        .collect()
}

/// Paints `frames` one after another through one screen, and checks each against the same
/// frame painted on a fresh terminal.
fn check(frames: &[Buffer], size: Size) -> Result<(), TestCaseError> {
    let tape = Tape::default();
    let mut screen = screen(&tape, size);
    let mut term = emulator(size);
    // As the loop does: what the terminal shows of wide clusters, from frame to frame.
    let mut wide = Shown::default();
    for (n, f) in frames.iter().enumerate() {
        screen
            .draw(|frame| {
                frame.buffer_mut().clone_from(f);
                wide.follow(frame.buffer_mut());
            })
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        term.process(&tape.take());

        let fresh_tape = Tape::default();
        let mut fresh = self::screen(&fresh_tape, size);
        fresh
            .draw(|frame| frame.buffer_mut().clone_from(f))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut fresh_term = emulator(size);
        fresh_term.process(&fresh_tape.take());
        prop_assert_eq!(shown(&term), shown(&fresh_term), "frame {}", n);

        // The same frame again shows the same, and once columns marked for writing are
        // written, writes nothing at all.
        for time in 2..=3 {
            screen
                .draw(|frame| {
                    frame.buffer_mut().clone_from(f);
                    wide.follow(frame.buffer_mut());
                })
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = tape.take();
            term.process(&again);
            prop_assert_eq!(shown(&term), shown(&fresh_term), "frame {} drawn again", n);
            let again = text_of(again);
            prop_assert!(
                time == 2 || again.is_empty(),
                "frame {} drawn {} times wrote {:?}",
                n,
                time,
                again
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn frames_show_as_if_painted_afresh(
        (size, frames) in (1u16..24, 1u16..5).prop_flat_map(|(w, h)| (
            Just(Size::new(w, h)),
            prop::collection::vec(prop::collection::vec(write_op(w, h), 0..10), 1..6),
        ))
    ) {
        let frames: Vec<Buffer> = frames.iter().map(|ops| frame(ops, size)).collect();
        check(&frames, size)?;
    }
}

/// Plain text and colours are shown exactly as the buffer has them.
#[test]
fn ascii_text_shows_as_drawn() {
    let size = Size::new(12, 3);
    let mut a = Buffer::empty(ratatui::layout::Rect::new(0, 0, 12, 3));
    a.set_string(0, 0, "hello world", Style::new().fg(Color::Red));
    a.set_string(2, 2, "rev", Style::new().add_modifier(Modifier::REVERSED));
    let mut b = a.clone();
    b.set_string(6, 0, "there", Style::new().fg(Color::Red));
    b.set_string(0, 1, "x", Style::new());

    let tape = Tape::default();
    let mut screen = screen(&tape, size);
    let mut term = emulator(size);
    for f in [&a, &b] {
        screen
            .draw(|frame| frame.buffer_mut().clone_from(f))
            .expect("draw");
        term.process(&tape.take());
    }
    let s = term.screen();
    assert_eq!(s.contents(), "hello there\nx\n  rev");
    assert_eq!(
        s.cell(0, 7).map(|c| c.fgcolor()),
        Some(vt100::Color::Idx(1))
    );
    assert!(s.cell(2, 3).is_some_and(|c| c.inverse()));
    assert!(
        s.cell(0, 0)
            .is_some_and(|c| c.fgcolor() == vt100::Color::Idx(1))
    );
}

/// After a change in one row, only that row's changed run is written.
#[test]
fn a_change_writes_only_its_own_run() {
    let size = Size::new(40, 10);
    let mut a = Buffer::empty(ratatui::layout::Rect::new(0, 0, 40, 10));
    for y in 0..10 {
        a.set_string(
            0,
            y,
            "the same text on every row of the frame",
            Style::new(),
        );
    }
    let mut b = a.clone();
    b.set_string(10, 4, "X", Style::new());

    let tape = Tape::default();
    let mut screen = screen(&tape, size);
    screen
        .draw(|frame| frame.buffer_mut().clone_from(&a))
        .expect("draw");
    tape.take();
    screen
        .draw(|frame| frame.buffer_mut().clone_from(&b))
        .expect("draw");
    let written = String::from_utf8(tape.take()).expect("utf-8");
    assert!(written.contains("\x1b[5;11HX"), "{written:?}");
    assert_eq!(written.matches('X').count(), 1);
    assert!(!written.contains("same"), "{written:?}");
}

// ---------------------------------------------------------------------------------------------
// The app's own screens, through the emulator

mod common;

use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap};
use breakout::tui::update::handle;
use breakout::tui::view::{self, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Entries whose clusters terminals disagree on, and lines that start with a lone mark (as
/// Delete at the start of প্রবাসী, حُقُوق or E + U+0301 leaves them).
const HARD: [&str; 5] = [
    "👩\u{200d}👩\u{200d}👧 family",
    "🇧🇩🇫🇷 flags 👍🏽 ok ❤\u{fe0f}",
    "\u{9cd}র lone virama",
    "\u{64f}قُوق lone damma",
    "\u{301}t lone accent",
];

fn press(app: &mut App, hits: &HitMap, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    handle(app, hits, Msg::Key(key), common::clock::now());
}

fn type_in(app: &mut App, hits: &HitMap, text: &str) {
    for c in text.chars() {
        press(app, hits, KeyCode::Char(c));
    }
}

/// The app's frame as the loop makes it, and where it puts the terminal's cursor.
fn app_frame(app: &App, size: Size) -> (Buffer, HitMap) {
    let mut buf = Buffer::empty(Rect::new(0, 0, size.width, size.height));
    let hits = view::draw(&mut buf, app, common::clock::now(), Theme::default());
    (buf, hits)
}

/// A frame of stray characters in every cell: what a frame leaves unwritten shows as `#`.
fn stray(size: Size) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, size.width, size.height));
    for y in 0..size.height {
        buf.set_string(0, y, "#".repeat(size.width as usize), Style::new());
    }
    buf
}

/// Draws `frame` over a screen of stray characters, as the loop does (cursor included), and
/// checks what the emulator shows: as a fresh paint, no stray cell left, each emoji, flag
/// half and dotted circle in the columns the app reserved, and the cursor where the view
/// said.
fn check_app_frame(frame: &Buffer, hits: &HitMap, size: Size, what: &str) -> vt100::Parser {
    let tape = Tape::default();
    let mut screen = screen(&tape, size);
    let mut term = emulator(size);
    let mut wide = Shown::default();
    let mut gaps = Gaps::default();
    for f in [&stray(size), frame] {
        // As the loop does: the frame in ratatui's buffer, the columns to blank first.
        let buf = screen.current_buffer_mut();
        buf.clone_from(f);
        wide.follow(buf);
        for at in gaps.find(buf) {
            term.process(format!("\x1b[{};{}H ", at.y + 1, at.x + 1).as_bytes());
        }
        screen
            .draw(|fr| {
                if std::ptr::eq(f, frame)
                    && let Some(at) = hits.cursor
                {
                    fr.set_cursor_position(at);
                }
            })
            .expect("draw");
        term.process(&tape.take());
    }
    let fresh_tape = Tape::default();
    let mut fresh = self::screen(&fresh_tape, size);
    fresh
        .draw(|fr| fr.buffer_mut().clone_from(frame))
        .expect("draw");
    let mut fresh_term = emulator(size);
    fresh_term.process(&fresh_tape.take());
    let (over, afresh) = (shown(&term), shown(&fresh_term));
    for (n, (a, b)) in over.iter().zip(&afresh).enumerate() {
        assert_eq!(
            a,
            b,
            "{what}: row {n} shows otherwise than painted afresh:\n{}\n{}",
            term.screen().rows(0, size.width).nth(n).unwrap_or_default(),
            fresh_term
                .screen()
                .rows(0, size.width)
                .nth(n)
                .unwrap_or_default(),
        );
    }
    let contents = term.screen().contents();
    assert!(!contents.contains('#'), "{what}: stale cells\n{contents}");
    for y in 0..size.height {
        for x in 0..size.width {
            let cell = &frame[(x, y)];
            let sym = cell.symbol();
            let certain_now = sym.chars().any(|c| u32::from(c) >= 0x1F000 || c == '◌');
            if !certain_now || cell.diff_option == ratatui::buffer::CellDiffOption::Skip {
                continue;
            }
            assert!(
                !sym.chars().any(|c| matches!(c, '\u{200d}' | '\u{fe0f}')),
                "{what}: {sym:?} drawn with a joiner or selector"
            );
            // The columns reserved hold exactly the piece (a spacing mark may take a cell of
            // its own), and the emulator's next column starts something else.
            let w = cluster_width(sym) as u16;
            let cells: String = (x..x + w)
                .filter_map(|c| term.screen().cell(y, c))
                .map(|c| c.contents())
                .collect();
            assert_eq!(cells, sym, "{what}: at {x},{y}");
            assert!(
                !term
                    .screen()
                    .cell(y, x + w)
                    .is_some_and(|c| c.is_wide_continuation()),
                "{what}: {sym:?} at {x},{y} takes more columns than reserved"
            );
        }
    }
    let (row, col) = term.screen().cursor_position();
    match hits.cursor {
        Some(at) => {
            assert_eq!((col, row), (at.x, at.y), "{what}: the terminal's cursor");
            assert!(!term.screen().hide_cursor(), "{what}: the cursor shows");
        }
        None => assert!(term.screen().hide_cursor(), "{what}: the cursor is hidden"),
    }
    term
}

#[test]
fn emoji_flags_and_lone_marks_leave_no_stale_cell_in_list_editor_and_projector() {
    let size = Size::new(100, 30);
    let mut app = App::new(
        common::session::new(),
        std::path::PathBuf::from("/tmp/screen/session.json"),
        None,
    );
    let mut hits = HitMap::default();
    handle(
        &mut app,
        &hits,
        Msg::Resize {
            width: size.width,
            height: size.height,
        },
        common::clock::now(),
    );
    for text in HARD {
        press(&mut app, &hits, KeyCode::Char('n'));
        type_in(&mut app, &hits, text);
        press(&mut app, &hits, KeyCode::Enter);
    }
    let (list, h) = app_frame(&app, size);
    let term = check_app_frame(&list, &h, size, "list");
    let contents = term.screen().contents();
    // (A lone mark after the list's own space is drawn on that space.)
    for drawn in [
        "👩👩👧 family",
        "🇧🇩🇫🇷 flags 👍🏽 ok ❤",
        "্র lone",
        "ُقُوق lone",
        "\u{301}t lone",
    ] {
        assert!(contents.contains(drawn), "list lacks {drawn:?}\n{contents}");
    }

    // The editor, the cursor at the end of a line of them all, then at its start.
    press(&mut app, &hits, KeyCode::Char('n'));
    let all = HARD.concat();
    type_in(&mut app, &hits, &all);
    type_in(&mut app, &hits, "END");
    let (editor, h) = app_frame(&app, size);
    hits = h.clone();
    let term = check_app_frame(&editor, &h, size, "editor");
    let at = h.cursor.expect("a cursor while typing");
    let row: String = (0..at.x)
        .filter_map(|x| term.screen().cell(at.y, x).map(|c| c.contents()))
        .collect();
    assert!(
        row.ends_with("END"),
        "the cursor stands after what was typed: {row:?}"
    );
    press(&mut app, &hits, KeyCode::Home);
    let (editor, h) = app_frame(&app, size);
    check_app_frame(&editor, &h, size, "editor, Home");
    assert!(h.cursor.is_some_and(|c| c.y < at.y || c.x < at.x));
    press(&mut app, &hits, KeyCode::Esc);

    // A line that starts with a mark (typed there, or left by a deletion): the mark is drawn
    // on a dotted circle, and the cursor stands before it.
    for (text, drawn) in [
        ("\u{9bf}প্রবাসী", "◌িপ্রবাসী"),
        ("\u{64f}قُوق", "◌ُقُوق"),
        ("\u{301}t", "◌\u{301}t"),
    ] {
        press(&mut app, &hits, KeyCode::Char('n'));
        type_in(&mut app, &hits, text);
        let (editor, h) = app_frame(&app, size);
        hits = h;
        let end = hits.cursor.expect("a cursor while typing");
        press(&mut app, &hits, KeyCode::Home);
        let (editor2, h) = app_frame(&app, size);
        let term = check_app_frame(&editor2, &h, size, drawn);
        let at = h.cursor.expect("a cursor while typing");
        let row: String = (at.x..size.width)
            .filter_map(|x| term.screen().cell(at.y, x).map(|c| c.contents()))
            .collect();
        // (vt100 draws বা in one column, and shows the one the app keeps for it blank.)
        assert!(
            row.replace(' ', "").starts_with(drawn),
            "{drawn:?}: {row:?}"
        );
        assert_eq!(at.y, end.y);
        drop(editor);
        press(&mut app, &hits, KeyCode::Esc);
    }

    // The projector.
    press(&mut app, &hits, KeyCode::Char('P'));
    let (projector, h) = app_frame(&app, size);
    let term = check_app_frame(&projector, &h, size, "projector");
    assert!(h.cursor.is_none());
    assert!(term.screen().contents().contains("👩👩👧 family"));
}
