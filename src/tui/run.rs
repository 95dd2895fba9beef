//! The loop: one channel carries every message — keys (from an input thread), signals and
//! console events (`stop`), save reports (from the autosaver), files from other laptops and export
//! results. The loop blocks on it, so an idle app uses no CPU; only a running timer wakes it,
//! once a second. It resolves each message, lets the update change the state, performs the
//! effects, and draws. A closed terminal or a kill signal still reaches the final save, even
//! if the input thread is stuck.

use std::io::{self, Stdout, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use chrono::Utc;
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event as TermEvent};
use crossterm::style::Print;
use crossterm::{cursor, execute, queue};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::action::{Action, Command};
use super::editor::WRITE_DELAY;
use super::input::{Burst, resolve};
use super::msg::{Arrival, ExportFailed, Msg, QuitBlocked, Refused, SaveAsFailed, Written};
use super::state::{App, HitMap};
use super::terminal::{self, restore_terminal, take_terminal};
use super::update::{Effect, update};
use super::view::{self, Theme};
use crate::model::Session;
use crate::storage::{AutosaveConfig, Autosaver, SaveState, Store};

/// What reaches the loop: a message for the app, or a reason to stop at once.
enum Event {
    Msg(Msg),
    /// The terminal stopped answering (closed, or reading failed), or a signal asked to stop.
    Stop,
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl-Z does.
    #[cfg_attr(not(unix), allow(dead_code))]
    Suspend,
}

/// How the session ended, for the message printed after the screen closes.
pub struct Ended {
    pub path: PathBuf,
    pub read_only: bool,
    pub entries: usize,
    /// Set when the last save failed and the notes were written elsewhere (or nowhere).
    pub save_problem: Option<String>,
}

type Term = Terminal<CrosstermBackend<io::BufWriter<Stdout>>>;

fn setup_terminal(title: &str) -> io::Result<Term> {
    take_terminal(title, false)?;
    let out = io::stdout();
    // The default hook prints the panic after the terminal is usable again; the loop's
    // handler then saves the notes and says where (see `panic_words`).
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        tracing::error!(panic = %info, "panic");
        default_hook(info);
    }));
    // A frame goes out in one write: a terminal (or a screen reader of it) that sees half a
    // frame has to wait for the rest anyway. A fullscreen terminal never asks the terminal
    // where its cursor is, which a bare pseudo-terminal would never answer.
    let terminal = Terminal::new(CrosstermBackend::new(io::BufWriter::with_capacity(
        1 << 16,
        out,
    )));
    if terminal.is_err() {
        restore_terminal();
    }
    terminal
}

/// Reads terminal input on its own thread: a closed terminal can leave the reader stuck,
/// and the loop must still reach the final save. Each key is marked with when it was read,
/// so that a paste sent as keys can be told from typing (see `input::Burst`).
fn spawn_input(tx: mpsc::Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            let mut burst = Burst::default();
            let send = |msg: Msg| tx.send(Event::Msg(msg)).is_ok();
            loop {
                // An Enter or Tab held for the burst goes out as typed when nothing follows in time.
                if let Some(wait) = burst.wait(Instant::now()) {
                    match event::poll(wait) {
                        Ok(true) => {}
                        Ok(false) => {
                            if !burst.release().into_iter().all(send) {
                                break;
                            }
                            continue;
                        }
                        Err(_) => {
                            let _ = tx.send(Event::Stop);
                            break;
                        }
                    }
                }
                let msgs = match event::read() {
                    Ok(TermEvent::Key(k)) => burst.key(k, Instant::now()),
                    Ok(TermEvent::Paste(s)) => with_held(&mut burst, Msg::Paste(s)),
                    Ok(TermEvent::Mouse(m)) => with_held(&mut burst, Msg::Mouse(m)),
                    Ok(TermEvent::Resize(width, height)) => {
                        with_held(&mut burst, Msg::Resize { width, height })
                    }
                    Ok(TermEvent::FocusGained | TermEvent::FocusLost) => continue,
                    Err(_) => {
                        let _ = tx.send(Event::Stop);
                        break;
                    }
                };
                if !msgs.into_iter().all(send) {
                    break;
                }
            }
        })?;
    Ok(())
}

/// `msg`, after the key held for a burst (which it ends: that key was typed).
fn with_held(burst: &mut Burst, msg: Msg) -> Vec<Msg> {
    burst.release().into_iter().chain([msg]).collect()
}

/// What the screen starts with besides the session: the command line's and the config
/// file's choices.
pub struct Setup {
    pub look: view::Look,
    pub palette: view::Palette,
    /// The key tables, with the config file's keys.
    pub keymap: Option<super::keymap::Keymap>,
    pub mouse: bool,
    pub language: crate::i18n::Choice,
    pub config: super::state::ConfigNote,
    /// Start on the projector view (`--projector`).
    pub projector: bool,
}

pub fn run(
    session: Session,
    store: Store,
    read_only: Option<String>,
    watch: Option<PathBuf>,
    setup: Setup,
) -> io::Result<Ended> {
    let mut path = store.path().to_path_buf();
    let (tx, rx) = mpsc::channel::<Event>();
    let mut saver = if read_only.is_none() {
        let notify_tx = tx.clone();
        Some(Autosaver::spawn(
            store,
            AutosaveConfig::default(),
            Some(Box::new(move |s: &SaveState| {
                let _ = notify_tx.send(Event::Msg(Msg::Saved(s.clone())));
            })),
        ))
    } else {
        None
    };

    let title = terminal::window_title(&session, &path);
    let mut terminal = setup_terminal(&title)?;
    spawn_input(tx.clone())?;
    #[cfg(unix)]
    let suspend_signal = {
        let tx = tx.clone();
        terminal::listen_suspend(move || tx.send(Event::Suspend).is_ok())?
    };
    let stop_tx = tx.clone();
    let listening = crate::stop::listen(move || {
        let _ = stop_tx.send(Event::Stop);
    })?;
    let worker_tx = tx;

    let theme = Theme::from_env(setup.look).with_palette(setup.palette);
    // Where the session is saved, for the watcher to leave out (it moves with "save as").
    let own = Arc::new(std::sync::Mutex::new(path.clone()));
    if let Some(dir) = &watch {
        let done = worker_tx.clone();
        let own = Arc::clone(&own);
        let own = move || own.lock().map(|p| p.clone()).unwrap_or_default();
        crate::storage::watch::watch(dir.clone(), own, move |a| {
            done.send(Event::Msg(Msg::Arrived(arrival(a)))).is_ok()
        });
    }
    // A read-only window follows the file as the window that writes it saves (its first
    // look may already bring a version newer than the one opened). The window that writes
    // follows it too: a sync tool may put another laptop's version in its place, which is
    // merged in rather than saved over.
    let follow = |path: &PathBuf| {
        let tx = worker_tx.clone();
        crate::storage::follow::follow(path.clone(), move |f| {
            tx.send(Event::Msg(Msg::Followed(f.into()))).is_ok()
        })
        .ok()
    };
    let mut _follower = follow(&path);
    let mut app = App::new(session, path.clone(), read_only)
        .watching(watch)
        .language(setup.language)
        .mouse(setup.mouse)
        .config(setup.config);
    if let Some(keymap) = setup.keymap {
        app = app.keys(keymap);
    }
    if app.mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    // A projector window (`--projector`) starts on the wall view, saying nothing.
    if setup.projector {
        update(&mut app, Action::Command(Command::Projector), Utc::now());
    }
    update(&mut app, Action::Opened, Utc::now());
    if let Ok(size) = terminal.size() {
        update(
            &mut app,
            Action::Resized {
                width: size.width,
                height: size.height,
            },
            Utc::now(),
        );
    }
    let mut save_problem = None;
    let mut hits = HitMap::default();
    // Where the terminal shows wide clusters: drawing over part of one needs its columns
    // written again (see `view::settle::Shown`).
    let mut shown = view::settle::Shown::default();
    // Columns blanked before a frame where some terminals draw a cluster narrower.
    let mut gaps = view::settle::Gaps::default();
    let mut dirty = true;
    // A panic inside the loop must still save what was typed: the loop runs under
    // catch_unwind, the latest session is handed over, and the panic goes on.
    let looped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> io::Result<()> {
        loop {
            if dirty {
                let now = Utc::now();
                // The frame is drawn into the buffer ratatui writes next, so that the columns
                // to blank can go out before it (see `view::settle::Gaps`).
                terminal.autoresize()?;
                let buf = terminal.current_buffer_mut();
                hits = view::draw(buf, &app, now, theme);
                shown.follow(buf);
                let blank = gaps.find(buf);
                for at in blank {
                    queue!(
                        terminal.backend_mut(),
                        cursor::MoveTo(at.x, at.y),
                        Print(' ')
                    )?;
                }
                terminal.draw(|frame| {
                    // The real cursor stands at the edit point while typing (screen readers,
                    // magnifiers and input methods follow it); with no position ratatui
                    // hides it.
                    if let Some(at) = hits.cursor {
                        frame.set_cursor_position(at);
                    }
                })?;
                dirty = false;
            }
            let event = match next_tick(&app) {
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(wait) => rx.recv_timeout(wait),
            };
            let msg = match event {
                Ok(Event::Msg(msg)) => msg,
                Ok(Event::Suspend) => {
                    suspend(&mut terminal, &mut app, &mut saver, &title)?;
                    shown = view::settle::Shown::default();
                    gaps = view::settle::Gaps::default();
                    dirty = true;
                    continue;
                }
                Err(RecvTimeoutError::Timeout) => Msg::Tick,
                Ok(Event::Stop) | Err(RecvTimeoutError::Disconnected) => {
                    // Closed terminal or a request to stop: save and go, whatever mode we are in.
                    update(&mut app, Action::Flush, Utc::now());
                    save_problem = final_save(&mut saver, &app.session, &path);
                    break;
                }
            };
            if let Msg::Resize { width, height } = msg {
                // Cells the terminal kept from before may no longer be where ratatui thinks:
                // clear and draw everything. (Not `Terminal::clear`: it asks the terminal
                // where its cursor is, and the answer would go to the input thread.)
                terminal.resize(ratatui::layout::Rect::new(0, 0, width, height))?;
                shown = view::settle::Shown::default();
                gaps = view::settle::Gaps::default();
            }
            // A message that asks nothing (a key release, the mouse moving) draws nothing.
            let Some(action) = resolve(&app, &hits, msg) else {
                continue;
            };
            let effects = update(&mut app, action, Utc::now());
            // After a "save as" the session lives at its new path: exports, rescue and the
            // follower go with it.
            if path != app.path {
                path.clone_from(&app.path);
                if let Ok(mut own) = own.lock() {
                    own.clone_from(&path);
                }
                _follower = follow(&path);
            }
            dirty = true;
            let mut quit = None;
            for effect in effects {
                match effect {
                    Effect::Save => {
                        if let Some(s) = saver.as_mut() {
                            s.submit(app.session.clone());
                        }
                    }
                    Effect::SetMouse(on) => {
                        let _ = if on {
                            execute!(io::stdout(), EnableMouseCapture)
                        } else {
                            execute!(io::stdout(), DisableMouseCapture)
                        };
                    }
                    Effect::Quit { rescue } => quit = Some(rescue),
                    Effect::Suspend => {
                        suspend(&mut terminal, &mut app, &mut saver, &title)?;
                        shown = view::settle::Shown::default();
                        gaps = view::settle::Gaps::default();
                    }
                    Effect::Redraw => {
                        // Resizing to the same size clears the screen and forgets the last
                        // frame, so the next draw writes every cell. (Not `Terminal::clear`
                        // directly: the architecture test keeps cursor queries out.)
                        let size = terminal.size()?;
                        terminal.resize(ratatui::layout::Rect::new(
                            0,
                            0,
                            size.width,
                            size.height,
                        ))?;
                        shown = view::settle::Shown::default();
                        gaps = view::settle::Gaps::default();
                    }
                    Effect::SaveAs(to) => {
                        if let Some(s) = saver.as_mut() {
                            let done = worker_tx.clone();
                            s.save_as(
                                to,
                                app.session.clone(),
                                Box::new(move |r| {
                                    let r = r.map_err(SaveAsFailed);
                                    let _ = done.send(Event::Msg(Msg::SavedAs(r)));
                                }),
                            );
                        }
                    }
                    Effect::Import(from) => {
                        if let Err(e) = spawn_import(from.clone(), path.clone(), worker_tx.clone())
                        {
                            let refused = Arrival {
                                name: from.display().to_string(),
                                result: Err(Refused::NotStarted(Arc::new(e))),
                            };
                            update(&mut app, Action::Arrived(refused), Utc::now());
                        }
                    }
                    Effect::Export => {
                        if let Err(e) =
                            spawn_export(app.session.clone(), path.clone(), worker_tx.clone())
                        {
                            let why = ExportFailed::NotStarted(Arc::new(e));
                            update(&mut app, Action::Exported(Err(why)), Utc::now());
                        }
                    }
                }
            }
            if let Some(rescue) = quit {
                match saver.as_ref().map(Autosaver::flush) {
                    Some(Err(e)) if !rescue => {
                        update(&mut app, Action::QuitBlocked(QuitBlocked(e)), Utc::now());
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
        Ok(Err(e)) => {
            // The terminal failed (a draw or a clear): save and go, as when it closes.
            update(&mut app, Action::Flush, Utc::now());
            if save_problem.is_none() {
                save_problem = final_save(&mut saver, &app.session, &path);
            }
            Err(e)
        }
        Ok(result) => result,
        Err(panic) => {
            // What a large entry held unwritten is put in the session first, if it can be.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                update(&mut app, Action::Flush, Utc::now());
            }));
            // The hook has given the terminal back and printed the panic: save, then say where
            // the notes are and where the log is.
            let problem = final_save(&mut saver, &app.session, &path);
            drop(saver.take());
            // Not `eprintln!`: with the terminal gone, it would panic again, inside this one.
            let _ = writeln!(
                io::stderr(),
                "{}",
                terminal::panic_words(&path, app.read_only.is_some(), problem)
            );
            std::panic::resume_unwind(panic)
        }
    };
    #[cfg(unix)]
    suspend_signal.close();
    restore_terminal();
    drop(terminal);
    if let Some(s) = saver.take() {
        let state = s.finish();
        if save_problem.is_none()
            && let Some(e) = state.error
        {
            save_problem = Some(crate::tr!("tui-last-save-failed", error = e.to_string()));
        }
    }
    // The final save is done: a Windows console handler waiting for it may let the process go.
    drop(listening);
    looped?;
    Ok(Ended {
        path,
        read_only: app.read_only.is_some(),
        entries: app.session.live_items().count(),
        save_problem,
    })
}

/// Ctrl-Z (or SIGTSTP from outside): hands the session to the autosaver and waits for the
/// save, gives the terminal back to the shell, and stops the process as the shell expects.
/// When the shell continues it (`fg`), takes the terminal again and has every cell drawn.
/// Unix only; elsewhere the update says suspending is not available.
fn suspend(
    terminal: &mut Term,
    app: &mut App,
    saver: &mut Option<Autosaver>,
    title: &str,
) -> io::Result<()> {
    update(app, Action::Flush, Utc::now());
    if let Some(s) = saver.as_mut() {
        s.submit(app.session.clone());
        // A stopped process cannot save: what was typed is on disk before it stops.
        let _ = s.flush();
    }
    tracing::info!(file = %app.path.display(), "suspended");
    restore_terminal();
    terminal::stop_process();
    tracing::info!("continued");
    take_terminal(title, app.mouse)?;
    // Resizing to the same size clears the screen and forgets the last frame, so the next
    // draw writes every cell (never `Terminal::clear`: it asks where the cursor is). The
    // window may have changed size while the app was stopped.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    update(
        app,
        Action::Resized {
            width: size.width,
            height: size.height,
        },
        Utc::now(),
    );
    Ok(())
}

/// Reads a file or a folder of files from other laptops, off the key loop.
fn spawn_import(from: PathBuf, own: PathBuf, tx: mpsc::Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("import".into())
        .spawn(move || {
            for a in crate::storage::watch::read_once(&from, Some(&own)) {
                let _ = tx.send(Event::Msg(Msg::Arrived(arrival(a))));
            }
        })
        .map(drop)
}

/// Writes the report files beside the session file, off the key loop: a slow disk must not
/// stop typing.
fn spawn_export(session: Session, path: PathBuf, tx: mpsc::Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("export".into())
        .spawn(move || {
            let result = crate::export::report_files(&session, &path)
                .map_err(|e| ExportFailed::Build(Arc::new(e)))
                .and_then(|report| {
                    let paths = crate::storage::atomic::write_files(&report.files)
                        .map_err(|e| ExportFailed::Write(Arc::new(e)))?;
                    // The message names the real folder; resolved here, off the key loop.
                    Ok(Written {
                        paths: paths
                            .into_iter()
                            .map(|p| p.canonicalize().unwrap_or(p))
                            .collect(),
                        notes: report.notes,
                    })
                });
            let _ = tx.send(Event::Msg(Msg::Exported(result)));
        })
        .map(drop)
}

/// How long until something must happen by itself: the next whole second while the timer
/// runs, and a large entry's unwritten keys falling due; never otherwise.
fn next_tick(app: &App) -> Option<Duration> {
    let timer = app.session.agenda.as_ref().and_then(|a| {
        let since = a.running_since?;
        let ms = (Utc::now() - since).num_milliseconds() + a.elapsed_ms;
        let into_second = ms.rem_euclid(1000) as u64;
        Some(Duration::from_millis(1000 - into_second + 5))
    });
    // Never longer than the delay itself, even if the clock went back.
    let write = match app.mode() {
        super::modes::Mode::Edit(e) => e.write_deadline().map(|d| {
            (d - Utc::now())
                .to_std()
                .unwrap_or(Duration::ZERO)
                .min(WRITE_DELAY.to_std().unwrap_or(Duration::ZERO))
        }),
        _ => None,
    };
    timer.into_iter().chain(write).min()
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
    if let Some(rescue) = crate::storage::rescue::write_rescue_copy(session, path) {
        return Some(crate::tr!(
            "tui-rescue-written",
            path = path,
            error = err.to_string(),
            rescue = rescue.as_path()
        ));
    }
    let _ = io::stderr().flush();
    Some(crate::tr!(
        "tui-rescue-failed",
        path = path,
        error = err.to_string()
    ))
}

fn arrival(a: crate::storage::watch::Arrival) -> super::msg::Arrival {
    use crate::storage::watch::Arrival as A;
    let name = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    match a {
        A::Session { path, session } => super::msg::Arrival {
            name: name(&path),
            result: Ok(session),
        },
        A::Rejected { path, reason } => super::msg::Arrival {
            name: name(&path),
            result: Err(Refused::Rejected(Arc::new(reason))),
        },
    }
}
