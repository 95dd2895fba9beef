//! The crossterm backend, with one change: it never asks the terminal where the cursor is.
//! That query (`ESC[6n`) goes unanswered on a bare pseudo-terminal and would hang; a
//! full-screen app with a hidden cursor has no use for the answer. It lets the loop repaint
//! the whole screen (`Terminal::clear`) safely, which it does when the scene changes, because
//! terminals disagree about the width of some scripts' clusters (Bengali vowel signs, some
//! emoji) and ratatui, redrawing only changed cells, would otherwise leave stray glyphs.
//!
//! It also remembers the window size between resize events: crossterm asks for it by opening
//! `/dev/tty` each time, and ratatui asks on every frame, which put six system calls on
//! every keystroke.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

pub struct SafeBackend<W: Write> {
    pub inner: CrosstermBackend<W>,
    cursor: Position,
    size: std::cell::Cell<Option<Size>>,
}

impl<W: Write> SafeBackend<W> {
    pub fn new(writer: W) -> Self {
        SafeBackend {
            inner: CrosstermBackend::new(writer),
            cursor: Position::ORIGIN,
            size: std::cell::Cell::new(None),
        }
    }

    /// The window was resized: the next frame asks the terminal for its size again.
    pub fn resized(&mut self) {
        self.size.set(None);
    }
}

impl<W: Write> Backend for SafeBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.size.get() {
            return Ok(size);
        }
        let size = self.inner.size()?;
        self.size.set(Some(size));
        Ok(size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}
