//! The user's config file at start-up (`--config FILE`, `BREAKOUT_CONFIG`, or config.toml in
//! the config folder), its problems on stderr before the screen opens, and
//! `breakout config [--default]`.

use std::ffi::OsString;

use super::{CONFIG, Outcome, early_flag};
use crate::config::{Config, Problem};

/// The config file the arguments or the environment name, read.
pub(super) fn load(args: impl Iterator<Item = OsString>) -> Config {
    let flag = early_flag(args, "--config").map(std::path::PathBuf::from);
    Config::load(crate::config::path(flag.as_deref()))
}

/// The config's language and the file it is set in, for choosing the language.
pub(super) fn language(config: &Config) -> Option<(&str, &str)> {
    let file = config.path.as_deref()?.to_str().unwrap_or_default();
    config.language.as_deref().map(|tag| (tag, file))
}

/// The config read at start-up (the defaults when there was none).
pub(super) fn current() -> Config {
    CONFIG.get().cloned().unwrap_or_default()
}

/// Tells every problem on stderr, one per line, then what happens about them.
pub(super) fn report(problems: &[Problem]) {
    if problems.is_empty() {
        return;
    }
    for p in problems {
        tracing::warn!(problem = %p, "config");
        eprintln!("breakout: {p}");
    }
    eprintln!("breakout: {}", crate::tr!("config-problems-note"));
}

/// `breakout config`: where the file is, whether it is there, and what is wrong in it;
/// `--default`: a complete default config file.
pub(super) fn show(default: bool) -> Outcome {
    let config = current();
    if default {
        let template = crate::storage::catalog::default_plan()?.template;
        let path = config
            .path
            .as_deref()
            .map_or_else(String::new, |p| p.display().to_string());
        print!("{}", crate::tui::default_config::text(&template, &path));
        return Ok(());
    }
    match &config.path {
        Some(path) if config.exists => {
            println!("{}", crate::tr!("cli-config-exists", path = path.as_path()));
        }
        Some(path) => println!(
            "{}",
            crate::tr!("cli-config-missing", path = path.as_path())
        ),
        None => println!("{}", crate::tr!("cli-config-no-folder")),
    }
    let mut problems = config.problems.clone();
    if config.exists
        && let Ok(plan) = crate::storage::catalog::default_plan()
    {
        problems.extend(crate::tui::keyconfig::keymap(&plan.template, &config).1);
        problems.sort_by_key(|p| p.line);
    }
    report(&problems);
    Ok(())
}
