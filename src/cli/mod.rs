//! Command line: arguments, start-up, and the subcommands that need no terminal UI.

mod config;
mod describe;
mod digest;
mod help;
mod manual;
mod merge;
mod open;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::model::{SchemaKind, SlotId, TableId, schema_text};
use crate::storage::atomic::{self, Backup};
use crate::storage::catalog;
use crate::storage::load::{self, Document};

#[derive(Debug, Parser)]
#[command(
    name = "breakout",
    version,
    about = "Run a live breakout session and write its rapporteur report, offline.",
    long_about = "Run a live breakout session and write its rapporteur report, offline.\n\n\
        With FILE, opens that session file, creating it from the plan when it does not exist. \
        Without FILE, creates a new dated session file in your data folder and says where.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Session file to open (created from the plan when it does not exist).
    file: Option<PathBuf>,

    /// Plan for a new session: a plan file, or the id of a built-in plan (see `breakout plans`).
    #[arg(long, value_name = "PLAN")]
    plan: Option<String>,

    /// Open without taking the session's lock; nothing is saved.
    #[arg(long)]
    read_only: bool,

    /// Open FILE read-only in the projector view, for a second window on the wall: it follows
    /// the file as another breakout saves it.
    #[arg(long, requires = "file")]
    projector: bool,

    /// This laptop captures one table: new entries are tagged with it and the screen leads
    /// with it (a table id from the plan, e.g. `asia`).
    #[arg(long, value_name = "ID")]
    table: Option<TableId>,

    /// Merge in table files as they appear or change in this folder (a shared or synced
    /// folder, or a USB stick).
    #[arg(long, value_name = "DIR")]
    watch: Option<PathBuf>,

    /// Plain mode for screen readers and braille displays: one line at a time, no full
    /// screen (also used when TERM=dumb or input is not a terminal).
    #[arg(long)]
    plain: bool,

    /// Language of the interface (`en`, `fr`, `es`, …); otherwise from `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` or the system's setting.
    #[arg(long, value_name = "CODE", global = true)]
    lang: Option<String>,

    /// The config file to read instead of config.toml in your config folder (also
    /// `BREAKOUT_CONFIG`).
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,

    /// How the screen looks: `high-contrast` is white on black with bold and underline
    /// instead of colours. `NO_COLOR` is honoured in both.
    #[arg(long, value_enum)]
    theme: Option<ThemeArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ThemeArg {
    /// The terminal's own colours with a few bold hues.
    Default,
    /// White on black; bold and underline instead of hues.
    HighContrast,
}

impl From<ThemeArg> for crate::tui::view::Look {
    fn from(t: ThemeArg) -> Self {
        match t {
            ThemeArg::Default => crate::tui::view::Look::Default,
            ThemeArg::HighContrast => crate::tui::view::Look::HighContrast,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a plan, report template or session file; prints a summary, or every problem.
    Validate {
        /// The file to check.
        file: PathBuf,
    },
    /// Write a session in another format.
    Export {
        /// The session file.
        file: PathBuf,
        /// Output format: the report as Markdown, plain text or Word, or the session as JSON.
        #[arg(long, value_enum)]
        format: Format,
        /// Where to write. Text formats go to standard output when omitted; a Word document
        /// goes beside the session file.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// A minijinja layout to use instead of the built-in one (md and txt).
        #[arg(long, value_name = "FILE")]
        layout: Option<PathBuf>,
    },
    /// Merge session files from several laptops into one, without duplicates or losses.
    Merge {
        /// Session files to merge (table laptops' files, earlier merges, …).
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// The merged session file; if it exists, it is merged in too, never overwritten.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
    /// Gather the priority messages (or other slots) that sessions picked for their reports
    /// into one digest for the Chair, session by session.
    Digest {
        /// Session files, of any plans and templates.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// Output format: md, txt, docx or json (by default OUT's extension, else md).
        #[arg(long, value_enum)]
        format: Option<digest::DigestFormat>,
        /// Where to write; standard output when omitted.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Gather these slots (ids, separated by commas) instead of those the templates mark
        /// for the digest.
        #[arg(long, value_name = "ID", value_delimiter = ',')]
        slots: Option<Vec<SlotId>>,
    },
    /// Print the JSON Schema of a file kind, for checking plans and templates in an editor.
    Schema {
        /// Which kind of file: plan, template or session.
        #[arg(value_enum)]
        kind: SchemaArg,
    },
    /// Print where the config file is, or a complete default config file.
    Config {
        /// Print a complete, commented config file: every setting at its default, every
        /// command with its keys.
        #[arg(long)]
        default: bool,
    },
    /// List the built-in plans and templates, and those found in a folder.
    Plans {
        /// Folder to look in (and in its direct sub-folders).
        #[arg(long, default_value = "sessions")]
        dir: PathBuf,
    },
    /// Print a completion script for a shell (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -` or a man folder.
    Man,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaArg {
    Plan,
    Template,
    Session,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// The report in Markdown.
    Md,
    /// The report as plain text, laid out like the form.
    Txt,
    /// The report as a Word document.
    Docx,
    /// The session file itself.
    Json,
}

impl From<Format> for crate::export::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Md => crate::export::Format::Markdown,
            Format::Txt => crate::export::Format::Text,
            Format::Docx => crate::export::Format::Docx,
            Format::Json => crate::export::Format::Json,
        }
    }
}

/// An error for the user: printed to stderr as it is, exit code 1.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

type Outcome = Result<(), Failure>;

/// The language chosen at start-up, and where it came from.
static LANGUAGE: std::sync::OnceLock<crate::i18n::Choice> = std::sync::OnceLock::new();

/// The config file read at start-up.
static CONFIG: std::sync::OnceLock<crate::config::Config> = std::sync::OnceLock::new();

pub fn main() -> ExitCode {
    // The config file comes first, for its language; then the language: `--help` and clap's
    // own messages are already in it.
    let settings = config::load(std::env::args_os());
    let choice = crate::i18n::from_process_with_config(
        lang_flag(std::env::args_os()).as_deref(),
        config::language(&settings),
    );
    crate::i18n::set(choice.lang);
    // Kept for the TUI's file panel, which says which language and why.
    let _ = LANGUAGE.set(choice);
    let _ = CONFIG.set(settings);
    // clap exits with 2 on usage errors and 0 for --help and --version. Its help texts come
    // from the catalog; its error messages stay in English.
    // `--lang` is taken out before clap sees it: it has been read, and clap would take a
    // `breakout --lang fr export …` for a FILE named `export`.
    let matches = help::command().get_matches_from(without_lang_flag(std::env::args_os()));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // A mistyped command (`breakout exprot`) would otherwise be a new session file.
    if cli.command.is_none()
        && let Some(refused) = cli.file.as_deref().and_then(open::not_a_new_session)
    {
        tell(&format!("breakout: {refused}"));
        return ExitCode::from(2);
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            tell(&format!("breakout: {message}"));
            ExitCode::from(1)
        }
    }
}

/// A line on standard output that never fails: the terminal may be gone (a window closed on
/// a session), and by then the notes are saved; `println!` would panic instead.
pub(crate) fn say(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{text}");
}

/// As [`say`], on standard error.
pub(crate) fn tell(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// `--lang CODE` or `--lang=CODE`, read before clap so that clap speaks the language too.
fn lang_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    early_flag(args, "--lang")
}

/// The value of `flag` (`--lang`, `--config`), given as `flag VALUE` or `flag=VALUE` before
/// any `--`: read before clap parses.
fn early_flag(args: impl Iterator<Item = std::ffi::OsString>, flag: &str) -> Option<String> {
    let args: Vec<String> = args
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix(flag) {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        })
}

/// The arguments without `--lang CODE`, `--config FILE` or their `=` forms (before a
/// `--`): both have been read, and clap would take what follows them for a FILE.
fn without_lang_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut out = Vec::new();
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        let text = a.to_string_lossy();
        if text == "--" {
            out.push(a);
            out.extend(args);
            break;
        }
        if text == "--lang" || text == "--config" {
            args.next();
        } else if !text.starts_with("--lang=") && !text.starts_with("--config=") {
            out.push(a);
        }
    }
    out
}

fn run(cli: Cli) -> Outcome {
    match cli.command {
        Some(Command::Validate { file }) => validate(&file),
        Some(Command::Export {
            file,
            format,
            output,
            layout,
        }) => export(&file, format.into(), output.as_deref(), layout.as_deref()),
        Some(Command::Digest {
            files,
            format,
            output,
            slots,
        }) => digest::run(&digest::Request {
            files: &files,
            format: format.map(Into::into),
            output: output.as_deref(),
            slots: slots.as_deref(),
        }),
        Some(Command::Plans { dir }) => plans(&dir),
        Some(Command::Schema { kind }) => {
            let kind = match kind {
                SchemaArg::Plan => SchemaKind::Plan,
                SchemaArg::Template => SchemaKind::Template,
                SchemaArg::Session => SchemaKind::Session,
            };
            print!("{}", schema_text(kind));
            Ok(())
        }
        Some(Command::Merge { files, output }) => {
            let _log = crate::log::start();
            merge::run(&files, &output)
        }
        Some(Command::Config { default }) => config::show(default),
        Some(Command::Completions { shell }) => manual::completions(shell),
        Some(Command::Man) => manual::man(),
        None => {
            let _log = crate::log::start();
            let opened = open::open(
                cli.file,
                cli.plan.as_deref(),
                match (cli.projector, cli.read_only) {
                    (true, _) => open::Access::Projector,
                    (false, true) => open::Access::ReadOnly,
                    (false, false) => open::Access::Write,
                },
                cli.table.as_ref(),
                cli.watch,
                cli.theme.map(Into::into),
                cli.plain,
            );
            match &opened {
                Ok(()) => tracing::info!("stop"),
                Err(Failure(why)) => tracing::info!(error = %why, "stop"),
            }
            opened
        }
    }
}

fn validate(path: &Path) -> Outcome {
    let bytes = load::read_bytes(path)?;
    let (line, template) = match load::parse_any(path, &bytes)? {
        Document::Plan(_) => {
            // A plan is only usable with its template, so resolve that too.
            let resolved = catalog::load_plan_file(path)?;
            (describe::plan(&resolved), resolved.template)
        }
        Document::Template(t) => (describe::template(&t), std::sync::Arc::new(t)),
        Document::Session(s) => (describe::session(&s), s.template.clone()),
    };
    println!("{}", crate::tr!("cli-valid", path = path, summary = line));
    if let Some(code) = template.missing_language() {
        eprintln!("{}", language_note(code));
    }
    Ok(())
}

fn export(
    path: &Path,
    format: crate::export::Format,
    output: Option<&Path>,
    layout: Option<&Path>,
) -> Outcome {
    use crate::export::Format as F;
    let layout = match layout {
        Some(l) if matches!(format, F::Markdown | F::Text) => Some((
            l,
            std::fs::read_to_string(l).map_err(|e| {
                Failure(crate::tr!(
                    "cli-layout-unreadable",
                    path = l,
                    error = e.to_string()
                ))
            })?,
        )),
        Some(_) => {
            return Err(Failure(crate::tr!("cli-layout-wrong-format")));
        }
        None => None,
    };
    let session = load::read_session(path)?;
    // Built once: for the bytes, and for the notes said after them.
    let report = crate::export::report::build(&session);
    let layout_text = layout.as_ref().map(|(_, l)| l.as_str());
    let bytes = crate::export::render(&session, &report, format, layout_text).map_err(|e| {
        let whose = layout.as_ref().map_or(path, |(l, _)| *l);
        Failure(crate::tr!(
            "cli-export-failed",
            path = whose,
            error = e.to_string()
        ))
    })?;
    let output = match output {
        Some(out) if out != Path::new("-") => Some(out.to_path_buf()),
        Some(_) => None,
        None if format == F::Docx => Some(path.with_extension("docx")),
        None => None,
    };
    match &output {
        Some(out) => {
            let same = |a: &Path, b: &Path| {
                a == b
                    || a.canonicalize()
                        .ok()
                        .zip(b.canonicalize().ok())
                        .is_some_and(|(x, y)| x == y)
            };
            if same(out, path) {
                return Err(Failure(crate::tr!(
                    "cli-export-same-file",
                    path = out.as_path()
                )));
            }
            atomic::write_atomic(out, &bytes, Backup::None).map_err(|e| export_failure(out, e))?;
            eprintln!("{}", crate::tr!("cli-wrote", path = out.as_path()));
        }
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| Failure(crate::tr!("cli-stdout-failed", error = e.to_string())))?,
    }
    if matches!(format, F::Markdown | F::Text | F::Docx) {
        for w in report.warnings {
            eprintln!("{}", crate::tr!("cli-export-note", warning = w));
        }
        if let Some(code) = report.unknown_language {
            eprintln!("{}", language_note(&code));
        }
    }
    Ok(())
}

/// Why an export could not be written, in words about the export (not the autosave).
fn export_failure(out: &Path, e: crate::storage::SaveError) -> Failure {
    use crate::storage::SaveError as E;
    Failure(match e {
        E::DiskFull { .. } => crate::tr!("cli-export-disk-full", path = out),
        E::ReadOnly { .. } => crate::tr!("cli-export-read-only", path = out),
        E::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            crate::tr!("cli-export-no-folder", path = out)
        }
        E::Io { source, .. } => crate::tr!(
            "cli-export-io",
            path = out,
            error = source.kind().to_string()
        ),
        other => crate::tr!("cli-path-says", path = out, text = other.to_string()),
    })
}

fn plans(dir: &Path) -> Outcome {
    let error = |e: crate::storage::LoadError| crate::tr!("cli-plans-error", error = e.to_string());
    println!("{}", crate::tr!("cli-plans-builtin"));
    for p in catalog::builtin_plans() {
        match p {
            Ok(p) => println!("  {:<28} {}", p.id, describe::plan_title(&p)),
            Err(e) => println!("  {}", error(e)),
        }
    }
    println!("{}", crate::tr!("cli-plans-builtin-templates"));
    for t in catalog::builtin_templates() {
        match t {
            Ok(t) => println!("  {:<28} {}", t.id, t.title),
            Err(e) => println!("  {}", error(e)),
        }
    }
    let found = catalog::scan(dir);
    if found.is_empty() {
        println!("{}", crate::tr!("cli-plans-none", dir = dir));
        return Ok(());
    }
    println!("{}", crate::tr!("cli-plans-in", dir = dir));
    for f in found {
        let path = f.path.as_path();
        let line = match f.result {
            Ok(Document::Plan(p)) => crate::tr!(
                "cli-plans-plan",
                path = path,
                id = p.id.as_str(),
                title = describe::plan_title(&p)
            ),
            Ok(Document::Template(t)) => crate::tr!(
                "cli-plans-template",
                path = path,
                id = t.id.as_str(),
                title = t.title.as_str()
            ),
            Ok(Document::Session(_)) => continue,
            Err(e) => crate::tr!("cli-plans-not-valid", path = path, error = e.to_string()),
        };
        println!("  {line}");
    }
    Ok(())
}

/// The note for a template whose language breakout has no catalog for: its report's own
/// words come out in English.
fn language_note(code: &str) -> String {
    let available = crate::i18n::Lang::all()
        .map(crate::i18n::Lang::code)
        .collect::<Vec<_>>()
        .join(", ");
    crate::tr!(
        "cli-export-language",
        code = format!("{code:?}"),
        available = available
    )
}

#[cfg(test)]
mod tests {
    use super::lang_flag;

    fn flag(args: &[&str]) -> Option<String> {
        lang_flag(args.iter().map(|a| (*a).into()))
    }

    #[test]
    fn the_language_flag_is_read_in_both_spellings_and_not_after_a_double_dash() {
        assert_eq!(
            flag(&["breakout", "--lang", "fr", "x.json"]).as_deref(),
            Some("fr")
        );
        assert_eq!(
            flag(&["breakout", "export", "--lang=es"]).as_deref(),
            Some("es")
        );
        assert_eq!(flag(&["breakout", "--", "--lang=es"]), None);
        assert_eq!(flag(&["breakout", "--language", "x"]), None);
        assert_eq!(flag(&["breakout", "--lang"]), None);
    }

    #[test]
    fn the_language_flag_is_taken_out_before_clap_parses() {
        let without = |args: &[&str]| -> Vec<String> {
            super::without_lang_flag(args.iter().map(|a| (*a).into()))
                .into_iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            without(&["breakout", "--lang", "fr", "export", "x.json", "--lang=es"]),
            ["breakout", "export", "x.json"]
        );
        assert_eq!(
            without(&["breakout", "merge", "--", "--lang", "x"]),
            ["breakout", "merge", "--", "--lang", "x"]
        );
    }
}
