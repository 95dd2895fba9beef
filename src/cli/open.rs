//! Opening a session: the file (or a new dated one), its lock, then the live screen or plain
//! mode.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Failure, LANGUAGE, Outcome, describe};
use crate::model::TableId;

use crate::storage::catalog;
use crate::storage::{OpenError, Store};

/// How a session is opened: to write, to look (`--read-only`), or on the wall
/// (`--projector`: read-only, in the projector view).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Access {
    Write,
    ReadOnly,
    Projector,
}

pub(super) fn open(
    file: Option<PathBuf>,
    plan: Option<&str>,
    access: Access,
    table: Option<&TableId>,
    watch: Option<PathBuf>,
    look: Option<crate::tui::view::Look>,
    plain: bool,
) -> Outcome {
    let read_only = access != Access::Write;
    let projector = access == Access::Projector;
    let plain = plain || plain_wanted();
    let config = super::config::current();
    let resolve = || match plan {
        Some(p) => catalog::resolve_plan(p),
        None => catalog::default_plan(),
    };
    let path = match file {
        Some(f) => f,
        None => {
            if read_only {
                return Err(Failure(crate::tr!("cli-read-only-needs-file")));
            }
            let resolved = resolve()?;
            new_dated_path(&resolved.plan.id)?
        }
    };
    let (opened, read_only_reason) = if projector {
        // A window for the wall: never the lock, never a write.
        (
            Store::open_read_only(&path)?,
            Some(crate::tr!("cli-read-only-projector")),
        )
    } else if read_only {
        (
            Store::open_read_only(&path)?,
            Some(crate::tr!("cli-read-only-flag")),
        )
    } else {
        match open_for_writing(&path, &resolve) {
            Ok(o) => (o, None),
            // Someone else is writing it, or the folder cannot be written: look, but keep
            // hands off, and say so.
            Err(OpenError::Lock(e)) if path.exists() => {
                let why = match e {
                    crate::storage::lock::LockError::InUse { holder, .. } => match holder {
                        Some(h) => crate::tr!("cli-read-only-in-use-by", holder = h),
                        None => crate::tr!("cli-read-only-in-use"),
                    },
                    crate::storage::lock::LockError::Io { .. } => {
                        crate::tr!("cli-read-only-folder")
                    }
                };
                (Store::open_read_only(&path)?, Some(why))
            }
            Err(e) => {
                tracing::info!(path = %path.display(), why = %e, "refused");
                return Err(e.into());
            }
        }
    };
    let mut opened = opened;
    if let Some(t) = table {
        let plan = &opened.session.plan;
        if plan.table(t).is_none() {
            let ids: Vec<&str> = plan.tables.iter().map(|t| t.id.as_str()).collect();
            return Err(Failure(crate::tr!(
                "cli-no-such-table",
                table = format!("{t:?}"),
                tables = ids.join(", ")
            )));
        }
        if opened.session.home_table.as_ref() != Some(t) && read_only_reason.is_none() {
            opened.session.home_table = Some(t.clone());
            opened.store.save(&opened.session)?;
        }
    }
    if let Some(dir) = &watch
        && !dir.is_dir()
    {
        return Err(Failure(crate::tr!(
            "cli-watch-not-folder",
            path = dir.as_path()
        )));
    }
    // In plain mode nothing printed may hold a control character (a plan's title, a path).
    let say = |text: String| {
        if plain {
            super::say(&crate::plain::clean(&text));
        } else {
            super::say(&text);
        }
    };
    if opened.created {
        let title = describe::plan_title(&opened.session.plan);
        let line = match plan {
            Some(_) => crate::tr!("cli-created", path = path.as_path(), title = title),
            None => crate::tr!("cli-created-default", path = path.as_path(), title = title),
        };
        say(line);
    }
    if opened.stale_temps_removed > 0 {
        say(crate::tr!(
            "cli-temps-removed",
            count = opened.stale_temps_removed
        ));
    }
    if plain {
        // Keys mean nothing here; the rest of the file's problems are told.
        super::config::report(&config.problems);
        // A line at a time: screen readers, braille displays, TERM=dumb, pipes and scripts.
        if !opened.created {
            let summary = describe::session(&opened.session);
            say(crate::tr!(
                "cli-path-says",
                path = path.as_path(),
                text = summary
            ));
        }
        let ended = crate::plain::run(opened.session, opened.store, read_only_reason, watch)
            .map_err(|e| Failure(crate::tr!("cli-plain-failed", error = e.to_string())))?;
        return match ended.save_problem {
            None => Ok(()),
            Some(problem) => Err(Failure(problem)),
        };
    }
    let lang = LANGUAGE.get().cloned();
    let lang = lang.unwrap_or_else(|| crate::i18n::from_process(None));
    let (keymap, key_problems) = crate::tui::keyconfig::keymap(&opened.session.template, &config);
    let mut problems = config.problems.clone();
    problems.extend(key_problems);
    problems.sort_by_key(|p| p.line);
    // Told before the screen opens, and kept for the file panel.
    super::config::report(&problems);
    let look = look.or(config.look.map(|l| match l {
        crate::config::Look::Default => crate::tui::view::Look::Default,
        crate::config::Look::HighContrast => crate::tui::view::Look::HighContrast,
    }));
    let setup = crate::tui::Setup {
        look: look.unwrap_or_default(),
        palette: crate::tui::view::Palette::with(&config.colours),
        keymap: Some(keymap),
        mouse: config.mouse.unwrap_or(false),
        language: lang,
        config: crate::tui::state::ConfigNote {
            path: config.path.clone().filter(|_| config.exists),
            problems: problems.iter().map(ToString::to_string).collect(),
        },
        projector,
    };
    let ended = crate::tui::run(opened.session, opened.store, read_only_reason, watch, setup)
        .map_err(|e| Failure(crate::tr!("cli-terminal-failed", error = e.to_string())))?;
    match ended.save_problem {
        None if ended.read_only => {
            super::say(&crate::tr!(
                "cli-closed-read-only",
                path = ended.path.as_path()
            ));
            Ok(())
        }
        None => {
            super::say(&crate::tr!(
                "cli-saved",
                path = ended.path.as_path(),
                count = ended.entries
            ));
            Ok(())
        }
        Some(problem) => Err(Failure(problem)),
    }
}

/// Why `path` is neither a file to open nor a new session file to create, if it is neither: a
/// file that does not exist is created only when its name ends in `.json`, so that a mistyped
/// command (`breakout exprot`) creates nothing. Names the nearest command when one is close.
pub(super) fn not_a_new_session(path: &Path) -> Option<String> {
    if path.exists() || path.extension().is_some_and(|e| e == "json") {
        return None;
    }
    let name = path.to_string_lossy();
    let mut example = path.as_os_str().to_owned();
    example.push(".json");
    let mut message = crate::tr!(
        "cli-not-a-session",
        name = name.as_ref(),
        example = Path::new(&example)
    );
    if let Some(command) = nearest_command(&name) {
        message.push('\n');
        message.push_str(&crate::tr!("cli-did-you-mean", command = command));
    }
    message.push('\n');
    message.push_str(&crate::tr!("cli-try-help"));
    Some(message)
}

/// The command whose name is closest to `typed`, if one is close (as clap suggests for
/// mistyped options: Jaro similarity above 0.7).
fn nearest_command(typed: &str) -> Option<String> {
    super::help::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .map(|name| (strsim::jaro(typed, &name), name))
        .filter(|(similar, _)| *similar > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

/// How long a second breakout waits for the one holding the lock to create the file.
const CREATION_WAIT: Duration = Duration::from_secs(5);

/// Opens `path` for writing. When another breakout holds the lock of a file that does not
/// exist yet, it is creating it at this very moment (two started together): wait for the file
/// to appear, so that this one opens it read-only rather than failing; if the other lets go
/// without creating it (its plan was refused), try to take it again.
fn open_for_writing(
    path: &Path,
    resolve: &dyn Fn() -> Result<catalog::ResolvedPlan, crate::storage::LoadError>,
) -> Result<crate::storage::Opened, OpenError> {
    let deadline = Instant::now() + CREATION_WAIT;
    loop {
        match Store::open(path, resolve) {
            Err(e) if e.is_in_use() && !path.exists() && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// Whether the terminal cannot take the live screen: `TERM=dumb` (Emacs shells, some screen
/// reader setups), or input or output that is not a terminal (a pipe, a script).
fn plain_wanted() -> bool {
    std::env::var_os("TERM").is_some_and(|t| t == "dumb")
        || !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal())
}

/// A new session file in the user's data folder, named after the plan and today's date.
fn new_dated_path(plan_id: &str) -> Result<PathBuf, Failure> {
    let dir = crate::log::data_dir().ok_or_else(|| Failure(crate::tr!("cli-no-data-folder")))?;
    create_private_dir(&dir).map_err(|e| {
        Failure(crate::tr!(
            "cli-cannot-create-folder",
            path = dir.as_path(),
            error = e.to_string()
        ))
    })?;
    let stamp = chrono::Local::now().format("%Y-%m-%d_%H%M");
    (1..1000)
        .map(|n| match n {
            1 => dir.join(format!("{plan_id}_{stamp}.json")),
            n => dir.join(format!("{plan_id}_{stamp}-{n}.json")),
        })
        .find(|p| !p.exists())
        .ok_or_else(|| Failure(crate::tr!("cli-too-many-files", path = dir.as_path())))
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}
