//! Frames go to the terminal through ratatui's `Terminal`, which writes only what changed.
//! What it writes, read back by a terminal emulator (`vt100`), must show each frame exactly
//! as painting that frame on a blank terminal does, however the frames before it looked; a
//! frame that changed nothing writes no text.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use breakout::tui::view::settle::{Shown, settle};
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
