//! The loop: one channel carries keys (from an input thread), signals (from a signal thread)
//! and save reports (from the autosaver). The loop blocks on it, so an idle app uses no CPU;
//! only a running timer wakes it, once a second. A closed terminal or a kill signal still
//! reaches the final save, even if the input thread is stuck.

use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use chrono::Utc;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};

use super::action::Action;
use super::screen::Screen;
use super::state::{App, Level, Message};
use super::update::{Effect, update};
use super::view::{self, Theme};
use crate::model::Session;
use crate::storage::{AutosaveConfig, Autosaver, SaveState, Store};

enum Event {
    Term(TermEvent),
    /// The terminal stopped answering (closed, or reading failed).
    InputGone,
    Signal,
    Saved(SaveState),
    Exported(Result<Vec<String>, String>),
    Arrived(super::action::Arrival),
}

/// How the session ended, for the message printed after the screen closes.
pub struct Ended {
    pub path: PathBuf,
    pub read_only: bool,
    pub entries: usize,
    /// Set when the last save failed and the notes were written elsewhere (or nowhere).
    pub save_problem: Option<String>,
}

type Term = Screen<io::BufWriter<Stdout>>;

fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}

fn setup_terminal() -> io::Result<Term> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    if let Err(e) = execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    ) {
        restore_terminal();
        return Err(e);
    }
    // The default hook prints the panic after the terminal is usable again; the autosaver,
    // dropped while unwinding, writes what was last handed to it.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        default_hook(info);
    }));
    // A frame goes out in one write: Stdout alone flushes every 1 KiB, and a terminal (or a
    // screen reader of it) that sees half a frame has to wait for the rest anyway.
    Ok(Screen::new(io::BufWriter::with_capacity(1 << 16, out)))
}

pub fn run(
    session: Session,
    store: Store,
    read_only: Option<String>,
    watch: Option<PathBuf>,
) -> io::Result<Ended> {
    let path = store.path().to_path_buf();
    let (tx, rx) = mpsc::channel::<Event>();
    let mut saver = if read_only.is_none() {
        let notify_tx = tx.clone();
        Some(Autosaver::spawn(
            store,
            AutosaveConfig::default(),
            Some(Box::new(move |s: &SaveState| {
                let _ = notify_tx.send(Event::Saved(s.clone()));
            })),
        ))
    } else {
        None
    };

    let mut terminal = setup_terminal()?;
    let input_tx = tx.clone();
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                match event::read() {
                    Ok(ev) => {
                        if input_tx.send(Event::Term(ev)).is_err() {
                            break;
                        }
                    }
                    Err(_) => {
                        let _ = input_tx.send(Event::InputGone);
                        break;
                    }
                }
            }
        })?;
    let signal_tx = tx.clone();
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for _ in signals.forever() {
                let _ = signal_tx.send(Event::Signal);
            }
        })?;
    let export_tx = tx.clone();
    drop(tx);

    let theme = Theme {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let test_panic = std::env::var_os("BREAKOUT_TEST_PANIC_KEY").is_some();
    let mut app = App::new(session, path.clone(), read_only);
    if let Some(dir) = watch {
        let done = export_tx.clone();
        crate::storage::watch::watch(dir.clone(), path.clone(), move |a| {
            done.send(Event::Arrived(arrival(a))).is_ok()
        });
        app.watching = Some(dir);
    }
    let live = app.session.live_items().count();
    if live > 0 {
        let last = app.session.live_items().map(|i| i.updated).max();
        app.message = Some(Message {
            text: format!(
                "Opened {}: {live} {}{}",
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                ),
                if live == 1 { "entry" } else { "entries" },
                last.map_or(String::new(), |t| format!(
                    ", last change at {}",
                    t.with_timezone(&chrono::Local).format("%H:%M:%S")
                ))
            ),
            level: Level::Info,
        });
    }
    if let Some(why) = app.read_only.clone() {
        app.message = Some(Message {
            text: format!("Read-only: {why}"),
            level: Level::Warning,
        });
    }
    let mut submitted = app.revision;
    // Snapshots go to the autosaver at most every HAND_OVER while typing: the saver waits
    // for a pause anyway, and a snapshot costs a pointer per entry.
    let mut handed_over = Instant::now()
        .checked_sub(HAND_OVER)
        .unwrap_or_else(Instant::now);
    let mut dirty = true;
    let mut quit_despite_failure = false;
    let mut save_problem = None;

    let mut scene = None;
    let mut memo = view::Memo::default();
    // A panic inside the loop must still save what was typed since the last hand-over: the
    // loop runs under catch_unwind, the latest session is handed over, and the panic goes on.
    let looped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> io::Result<()> {
        loop {
            if dirty {
                let now = Utc::now();
                if let Ok(size) = terminal.size() {
                    app.too_small = size.width < view::MIN_WIDTH || size.height < view::MIN_HEIGHT;
                }
                let current = scene_of(&app);
                if scene != Some(current) {
                    scene = Some(current);
                    terminal.clear()?;
                }
                let mut hits = Default::default();
                terminal.draw(|buf| hits = view::draw(buf, &app, now, theme, &mut memo))?;
                app.hits = hits;
                dirty = false;
            }
            // Hand the latest session over when enough time has passed, after the frame is
            // out: a snapshot costs a pointer per entry, and the key that caused it should
            // not wait for that.
            if app.revision != submitted && handed_over.elapsed() >= HAND_OVER {
                submitted = app.revision;
                handed_over = Instant::now();
                if let Some(s) = saver.as_mut() {
                    s.submit(app.session.clone());
                }
            }
            let unsent = (app.revision != submitted)
                .then(|| HAND_OVER.saturating_sub(handed_over.elapsed()));
            let wait = match (next_tick(&app), unsent) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let event = match wait {
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(wait) => rx.recv_timeout(wait),
            };
            let action = match event {
                Ok(Event::Term(ev)) => match to_action(ev, test_panic) {
                    Some(a) => a,
                    None => continue,
                },
                Ok(Event::Saved(s)) => Action::Saved(s),
                Ok(Event::Exported(r)) => Action::Exported(r),
                Ok(Event::Arrived(a)) => Action::Arrived(a),
                Ok(Event::Signal) | Ok(Event::InputGone) | Err(RecvTimeoutError::Disconnected) => {
                    // Closed terminal or a request to stop: save and go, whatever mode we are in.
                    save_problem = final_save(&mut saver, &app.session, &path);
                    break;
                }
                Err(RecvTimeoutError::Timeout) => Action::Redraw,
            };
            if action == Action::Resized {
                scene = None;
                terminal.resized();
            }
            let effects = update(&mut app, action, Utc::now());
            dirty = true;
            // Before quitting, the autosaver must hold the latest session.
            if app.quit && app.revision != submitted {
                submitted = app.revision;
                if let Some(s) = saver.as_mut() {
                    s.submit(app.session.clone());
                }
            }
            for effect in effects {
                match effect {
                    Effect::SetMouse(on) => {
                        let _ = if on {
                            execute!(io::stdout(), EnableMouseCapture)
                        } else {
                            execute!(io::stdout(), DisableMouseCapture)
                        };
                    }
                    Effect::Quit => {}
                    Effect::Import(from) => {
                        let own = path.clone();
                        let done = export_tx.clone();
                        let _ =
                            std::thread::Builder::new()
                                .name("import".into())
                                .spawn(move || {
                                    for a in crate::storage::watch::read_once(&from, Some(&own)) {
                                        let _ = done.send(Event::Arrived(arrival(a)));
                                    }
                                });
                    }
                    Effect::Export => {
                        // Off the key loop: a slow disk must not stop typing.
                        let session = app.session.clone();
                        let path = path.clone();
                        let done = export_tx.clone();
                        let _ =
                            std::thread::Builder::new()
                                .name("export".into())
                                .spawn(move || {
                                    let result = crate::export::report_files(&session, &path)
                                        .map_err(|e| e.to_string())
                                        .and_then(|files| {
                                            crate::storage::atomic::write_files(&files)
                                                .map_err(|e| e.to_string())
                                        })
                                        .map(|ps| {
                                            ps.iter().map(|p| p.display().to_string()).collect()
                                        });
                                    let _ = done.send(Event::Exported(result));
                                });
                    }
                }
            }
            if app.quit {
                match saver.as_ref().map(Autosaver::flush) {
                    Some(Err(e)) if !quit_despite_failure => {
                        // Never leave silently with notes that are only in memory.
                        quit_despite_failure = true;
                        app.quit = false;
                        app.message = Some(Message {
                            text: format!(
                                "Could not save: {e}. Free space or fix the folder, then q again; \
                             q now writes a rescue copy in your data folder"
                            ),
                            level: Level::Error,
                        });
                    }
                    Some(Err(_)) => {
                        save_problem = final_save(&mut saver, &app.session, &path);
                        break;
                    }
                    _ => break,
                }
            }
        }
        Ok(())
    }));
    let looped = match looped {
        Ok(result) => result,
        Err(panic) => {
            if app.revision != submitted
                && let Some(s) = saver.as_mut()
            {
                s.submit(app.session.clone());
            }
            drop(saver.take());
            std::panic::resume_unwind(panic)
        }
    };
    restore_terminal();
    drop(terminal);
    if let Some(s) = saver.take() {
        let state = s.finish();
        if save_problem.is_none()
            && let Some(e) = state.error
        {
            save_problem = Some(format!("the last save failed: {e}"));
        }
    }
    looped?;
    Ok(Ended {
        path,
        read_only: app.read_only.is_some(),
        entries: app.session.live_items().count(),
        save_problem,
    })
}

/// What is on screen, roughly: a change means a full repaint (see `backend`).
fn scene_of(app: &App) -> (u8, usize, bool, bool) {
    use super::state::Mode;
    let mode = match app.mode {
        Mode::Normal => 0,
        Mode::Edit(_) => 1,
        Mode::Help { .. } => 2,
        Mode::Search(_) => 3,
        Mode::Pick(_) => 4,
        Mode::Aims { .. } => 5,
        Mode::FileInfo => 6,
        Mode::Report { .. } => 7,
        Mode::Import(_) => 8,
    };
    let grouped = app.grouping == super::state::Grouping::Kind;
    (mode, app.table, app.projector, grouped)
}

/// At most this long passes between a change and its hand-over to the autosaver.
const HAND_OVER: Duration = Duration::from_millis(100);

/// How long until the screen must change by itself: the next whole second while the timer
/// runs, never otherwise.
fn next_tick(app: &App) -> Option<Duration> {
    let a = app.session.agenda.as_ref()?;
    let since = a.running_since?;
    let ms = (Utc::now() - since).num_milliseconds() + a.elapsed_ms;
    let into_second = ms.rem_euclid(1000) as u64;
    Some(Duration::from_millis(1000 - into_second + 5))
}

fn to_action(ev: TermEvent, test_panic: bool) -> Option<Action> {
    match ev {
        TermEvent::Key(k) if k.kind == KeyEventKind::Release => None,
        TermEvent::Key(k)
            if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            Some(Action::Quit)
        }
        TermEvent::Key(k) if test_panic && k.code == KeyCode::F(12) => {
            panic!("test panic requested with F12 (BREAKOUT_TEST_PANIC_KEY is set)")
        }
        TermEvent::Key(k) => Some(Action::Input(k)),
        TermEvent::Paste(s) => Some(Action::Paste(s)),
        TermEvent::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            _ => None,
        },
        TermEvent::Resize(..) => Some(Action::Resized),
        TermEvent::FocusGained | TermEvent::FocusLost => None,
    }
}

/// Saves at exit. If the session file cannot be written, writes a rescue copy to the data
/// folder (or the system's temporary folder) and says where.
fn final_save(
    saver: &mut Option<Autosaver>,
    session: &Session,
    path: &std::path::Path,
) -> Option<String> {
    let s = saver.as_mut()?;
    s.submit(session.clone());
    let err = s.flush().err()?;
    let name = format!(
        "{}.rescue-{}.json",
        path.file_name()
            .map_or("session".into(), |n| n.to_string_lossy().into_owned()),
        Utc::now().format("%Y%m%dT%H%M%S")
    );
    let dirs = [
        dirs::data_dir().map(|d| d.join("breakout")),
        Some(std::env::temp_dir()),
    ];
    let bytes = crate::export::json(session).ok()?;
    for dir in dirs.into_iter().flatten() {
        let _ = std::fs::create_dir_all(&dir);
        let rescue = dir.join(&name);
        if crate::storage::atomic::write_atomic(
            &rescue,
            &bytes,
            crate::storage::atomic::Backup::None,
        )
        .is_ok()
        {
            return Some(format!(
                "could not save to {} ({err}); a rescue copy is in {}",
                path.display(),
                rescue.display()
            ));
        }
    }
    let _ = io::stderr().flush();
    Some(format!(
        "could not save to {} ({err}), nor write a rescue copy: the last changes are lost",
        path.display()
    ))
}

fn arrival(a: crate::storage::watch::Arrival) -> super::action::Arrival {
    use crate::storage::watch::Arrival as A;
    let name = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    match a {
        A::Session { path, session } => super::action::Arrival {
            name: name(&path),
            result: Ok(session),
        },
        A::Rejected { path, reason } => super::action::Arrival {
            name: name(&path),
            result: Err(reason.to_string()),
        },
    }
}
