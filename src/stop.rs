//! What asks the app to stop from outside the terminal's keys: signals on Unix (SIGTERM,
//! SIGHUP, SIGINT, SIGQUIT), console events on Windows (the console window closed, Ctrl-Break,
//! Ctrl-C when it arrives as an event, log-off, shut-down). Either way the loop is told to
//! stop, and it makes the final save before it exits.
//!
//! Windows ends the process as soon as the handler of a closed window (or of a log-off or
//! shut-down) returns, so that handler waits until the loop says the final save is done, or
//! until shortly before Windows would end the process anyway. (The `ctrlc` crate returns at
//! once, so a closed window would lose the final save: Detegr/rust-ctrlc issue 122.)

use std::io;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Whether the final save is done, for a thread that must wait for it.
#[derive(Clone, Default)]
pub(crate) struct FinalSave(Arc<(Mutex<bool>, Condvar)>);

impl FinalSave {
    /// Says the final save is done (or will never be: the loop ended).
    pub(crate) fn done(&self) {
        let (lock, cvar) = &*self.0;
        *lock.lock().unwrap_or_else(PoisonError::into_inner) = true;
        cvar.notify_all();
    }

    /// Waits until [`FinalSave::done`], for at most `limit`; says whether it was done. Only
    /// the Windows console handler waits.
    #[cfg_attr(not(windows), allow(dead_code))]
    pub(crate) fn wait(&self, limit: Duration) -> bool {
        let (lock, cvar) = &*self.0;
        let deadline = Instant::now() + limit;
        let mut done = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while !*done {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            done = cvar
                .wait_timeout(done, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }
}

/// Held by the loop while it runs; dropping it (after the final save, or while unwinding)
/// lets a waiting Windows handler return.
pub(crate) struct Listening(FinalSave);

impl Drop for Listening {
    fn drop(&mut self) {
        self.0.done();
    }
}

/// Calls `stop` whenever something outside asks the app to stop.
pub(crate) fn listen(stop: impl Fn() + Send + Sync + 'static) -> io::Result<Listening> {
    let saved = FinalSave::default();
    platform::listen(Box::new(stop), saved.clone())?;
    Ok(Listening(saved))
}

#[cfg(unix)]
mod platform {
    use super::FinalSave;
    use std::io;

    pub(super) fn listen(stop: Box<dyn Fn() + Send + Sync>, _saved: FinalSave) -> io::Result<()> {
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
                    stop();
                }
            })?;
        Ok(())
    }
}

#[cfg(windows)]
mod platform {
    use super::FinalSave;
    use std::io;
    use std::sync::{Mutex, Once, PoisonError};
    use std::time::Duration;
    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    type Stop = Box<dyn Fn() + Send + Sync>;

    /// The current run's way to stop: a console handler is a plain function.
    static CURRENT: Mutex<Option<(Stop, FinalSave)>> = Mutex::new(None);
    static REGISTER: Once = Once::new();

    /// Windows gives a closed console 5 seconds before it ends the process.
    const CLOSE_WAIT: Duration = Duration::from_millis(4500);

    pub(super) fn listen(stop: Stop, saved: FinalSave) -> io::Result<()> {
        *CURRENT.lock().unwrap_or_else(PoisonError::into_inner) = Some((stop, saved));
        let mut registered = Ok(());
        REGISTER.call_once(|| {
            // SAFETY: `on_event` has the signature the console expects and lives for the
            // whole program; it is registered once.
            if unsafe { SetConsoleCtrlHandler(Some(on_event), 1) } == 0 {
                registered = Err(io::Error::last_os_error());
            }
        });
        registered
    }

    /// Runs on a thread Windows starts for the event.
    unsafe extern "system" fn on_event(event: u32) -> BOOL {
        let saved = {
            let current = CURRENT.lock().unwrap_or_else(PoisonError::into_inner);
            let Some((stop, saved)) = current.as_ref() else {
                return 0; // not running: let Windows do what it does by default
            };
            stop();
            saved.clone()
        };
        match event {
            // The process goes on: the loop saves and exits by itself.
            CTRL_C_EVENT | CTRL_BREAK_EVENT => 1,
            // Windows ends the process when this returns: not before the final save.
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
                saved.wait(CLOSE_WAIT);
                1
            }
            _ => 0,
        }
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    use super::FinalSave;
    use std::io;

    pub(super) fn listen(_stop: Box<dyn Fn() + Send + Sync>, _saved: FinalSave) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_ends_when_the_final_save_is_done() {
        let saved = FinalSave::default();
        let other = saved.clone();
        let t = std::thread::spawn(move || other.wait(Duration::from_secs(30)));
        std::thread::sleep(Duration::from_millis(20));
        saved.done();
        assert!(t.join().unwrap(), "the waiter saw the save done");
        assert!(saved.wait(Duration::ZERO), "done stays done");
    }

    #[test]
    fn a_wait_gives_up_at_its_limit() {
        let saved = FinalSave::default();
        let start = Instant::now();
        assert!(!saved.wait(Duration::from_millis(50)));
        assert!(start.elapsed() >= Duration::from_millis(50));
    }

    #[test]
    fn dropping_the_listener_says_done_even_while_unwinding() {
        let saved = FinalSave::default();
        let listening = Listening(saved.clone());
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
            let _held = listening;
            panic!("the loop panicked");
        }));
        assert!(r.is_err());
        assert!(saved.wait(Duration::ZERO));
    }
}
