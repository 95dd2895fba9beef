//! Command line: arguments, start-up, and the subcommands that need no terminal UI.

mod describe;
mod merge;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::{SchemaKind, TableId, schema_text};
use crate::storage::atomic::{self, Backup};
use crate::storage::catalog;
use crate::storage::load::{self, Document};
use crate::storage::{OpenError, Store};

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

    /// How the screen looks: `high-contrast` is white on black with bold and underline
    /// instead of colours. `NO_COLOR` is honoured in both.
    #[arg(long, value_enum, default_value_t = ThemeArg::Default)]
    theme: ThemeArg,
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
    /// Print the JSON Schema of a file kind, for checking plans and templates in an editor.
    Schema {
        #[arg(value_enum)]
        kind: SchemaArg,
    },
    /// List the built-in plans and templates, and those found in a folder.
    Plans {
        /// Folder to look in (and in its direct sub-folders).
        #[arg(long, default_value = "sessions")]
        dir: PathBuf,
    },
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

pub fn main() -> ExitCode {
    // The language comes first: `--help` and clap's own messages are already in it.
    let choice = crate::i18n::from_process(lang_flag(std::env::args_os()).as_deref());
    crate::i18n::set(choice.lang);
    // Kept for the TUI's file panel, which says which language and why.
    let _ = LANGUAGE.set(choice);
    // clap exits with 2 on usage errors and 0 for --help and --version.
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("breakout: {message}");
            ExitCode::from(1)
        }
    }
}

/// `--lang CODE` or `--lang=CODE`, read before clap so that clap speaks the language too.
fn lang_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    let args: Vec<String> = args
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        })
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
        Some(Command::Merge { files, output }) => merge::run(&files, &output),
        None => open(
            cli.file,
            cli.plan.as_deref(),
            cli.read_only,
            cli.table.as_ref(),
            cli.watch,
            cli.theme.into(),
            cli.plain,
        ),
    }
}

fn validate(path: &Path) -> Outcome {
    let bytes = load::read_bytes(path)?;
    let line = match load::parse_any(path, &bytes)? {
        Document::Plan(_) => {
            // A plan is only usable with its template, so resolve that too.
            let resolved = catalog::load_plan_file(path)?;
            describe::plan(&resolved)
        }
        Document::Template(t) => describe::template(&t),
        Document::Session(s) => describe::session(&s),
    };
    println!("{}: valid {line}", path.display());
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
            std::fs::read_to_string(l)
                .map_err(|e| Failure(format!("{}: cannot read the layout: {e}", l.display())))?,
        )),
        Some(_) => {
            return Err(Failure(
                "--layout applies to --format md and txt only".to_owned(),
            ));
        }
        None => None,
    };
    let session = load::read_session(path)?;
    let bytes = crate::export::export(&session, format, layout.as_ref().map(|(_, l)| l.as_str()))
        .map_err(|e| {
        let whose = layout.as_ref().map_or(path, |(l, _)| *l);
        Failure(format!("{}: {e}; nothing was written", whose.display()))
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
                return Err(Failure(format!(
                    "{}: that is the session file itself; choose another output",
                    out.display()
                )));
            }
            atomic::write_atomic(out, &bytes, Backup::None).map_err(|e| export_failure(out, e))?;
            eprintln!("Wrote {}", out.display());
        }
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| Failure(format!("could not write to standard output: {e}")))?,
    }
    if matches!(format, F::Markdown | F::Text | F::Docx) {
        for w in crate::export::report::build(&session).warnings {
            eprintln!("note: {w} (the rapporteur decides; everything captured is included)");
        }
    }
    Ok(())
}

/// Why an export could not be written, in words about the export (not the autosave).
fn export_failure(out: &Path, e: crate::storage::SaveError) -> Failure {
    use crate::storage::SaveError as E;
    let o = out.display();
    Failure(match e {
        E::DiskFull { .. } => format!("{o}: the disk is full; nothing was written"),
        E::ReadOnly { .. } => format!(
            "{o}: cannot write in this folder (read-only, or not yours); nothing was written"
        ),
        E::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            format!("{o}: the folder does not exist; nothing was written")
        }
        E::Io { source, .. } => format!(
            "{o}: could not write ({}); nothing was written",
            source.kind()
        ),
        other => format!("{o}: {other}"),
    })
}

fn plans(dir: &Path) -> Outcome {
    println!("Built-in plans (use with --plan ID):");
    for p in catalog::builtin_plans() {
        match p {
            Ok(p) => println!("  {:<28} {}", p.id, describe::plan_title(&p)),
            Err(e) => println!("  error: {e}"),
        }
    }
    println!("Built-in report templates:");
    for t in catalog::builtin_templates() {
        match t {
            Ok(t) => println!("  {:<28} {}", t.id, t.title),
            Err(e) => println!("  error: {e}"),
        }
    }
    let found = catalog::scan(dir);
    if found.is_empty() {
        println!("No plans or templates in {}.", dir.display());
        return Ok(());
    }
    println!("In {} (use a plan with --plan PATH):", dir.display());
    for f in found {
        match f.result {
            Ok(Document::Plan(p)) => println!(
                "  {}  plan {}: {}",
                f.path.display(),
                p.id,
                describe::plan_title(&p)
            ),
            Ok(Document::Template(t)) => {
                println!("  {}  template {}: {}", f.path.display(), t.id, t.title)
            }
            Ok(Document::Session(_)) => {}
            Err(e) => println!("  {}  NOT VALID: {e}", f.path.display()),
        }
    }
    Ok(())
}

fn open(
    file: Option<PathBuf>,
    plan: Option<&str>,
    read_only: bool,
    table: Option<&TableId>,
    watch: Option<PathBuf>,
    look: crate::tui::view::Look,
    plain: bool,
) -> Outcome {
    let plain = plain || plain_wanted();
    let resolve = || match plan {
        Some(p) => catalog::resolve_plan(p),
        None => catalog::default_plan(),
    };
    let path = match file {
        Some(f) => f,
        None => {
            if read_only {
                return Err(Failure("--read-only needs the FILE to open".to_owned()));
            }
            let resolved = resolve()?;
            new_dated_path(&resolved.plan.id)?
        }
    };
    let (opened, read_only_reason) = if read_only {
        (
            Store::open_read_only(&path)?,
            Some("opened with --read-only; nothing is saved".to_owned()),
        )
    } else {
        match Store::open(&path, resolve) {
            Ok(o) => (o, None),
            // Someone else is writing it, or the folder cannot be written: look, but keep
            // hands off, and say so.
            Err(OpenError::Lock(e)) if path.exists() => {
                let why = match e {
                    crate::storage::lock::LockError::InUse { holder, .. } => format!(
                        "open in another breakout{}",
                        holder.map(|h| format!(" ({h})")).unwrap_or_default()
                    ),
                    crate::storage::lock::LockError::Io { .. } => {
                        "the folder cannot be written".to_owned()
                    }
                };
                (Store::open_read_only(&path)?, Some(why))
            }
            Err(e) => return Err(e.into()),
        }
    };
    let mut opened = opened;
    if let Some(t) = table {
        let plan = &opened.session.plan;
        if plan.table(t).is_none() {
            let ids: Vec<&str> = plan.tables.iter().map(|t| t.id.as_str()).collect();
            return Err(Failure(format!(
                "the plan has no table {t:?}; its tables are: {}",
                ids.join(", ")
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
        return Err(Failure(format!(
            "{}: not a folder; --watch needs the folder the table files arrive in",
            dir.display()
        )));
    }
    // In plain mode nothing printed may hold a control character (a plan's title, a path).
    let say = |text: String| {
        if plain {
            println!("{}", crate::plain::clean(&text));
        } else {
            println!("{text}");
        }
    };
    if opened.created {
        let source = match plan {
            Some(_) => "the given plan",
            None => "the built-in default plan",
        };
        say(format!(
            "Created {} from {source} ({}).",
            path.display(),
            describe::plan_title(&opened.session.plan)
        ));
    }
    if opened.stale_temps_removed > 0 {
        say(format!(
            "Removed {} temporary file(s) left by an interrupted save.",
            opened.stale_temps_removed
        ));
    }
    if plain {
        // A line at a time: screen readers, braille displays, TERM=dumb, pipes and scripts.
        if !opened.created {
            say(format!(
                "{}: {}",
                path.display(),
                describe::session(&opened.session)
            ));
        }
        let ended = crate::plain::run(opened.session, opened.store, read_only_reason, watch)
            .map_err(|e| Failure(format!("plain mode could not start: {e}")))?;
        return match ended.save_problem {
            None => Ok(()),
            Some(problem) => Err(Failure(problem)),
        };
    }
    let lang = LANGUAGE.get().cloned();
    let lang = lang.unwrap_or_else(|| crate::i18n::from_process(None));
    let ended = crate::tui::run(
        opened.session,
        opened.store,
        read_only_reason,
        watch,
        look,
        lang,
    )
    .map_err(|e| Failure(format!("the terminal failed: {e}")))?;
    match ended.save_problem {
        None if ended.read_only => {
            println!(
                "Closed {} (read-only: nothing was saved).",
                ended.path.display()
            );
            Ok(())
        }
        None => {
            println!(
                "Saved {} ({} {}).",
                ended.path.display(),
                ended.entries,
                if ended.entries == 1 {
                    "entry"
                } else {
                    "entries"
                }
            );
            Ok(())
        }
        Some(problem) => Err(Failure(problem)),
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
    let base = dirs::data_dir().ok_or_else(|| {
        Failure(
            "cannot find your data folder (is HOME set?); give the session FILE to open instead"
                .to_owned(),
        )
    })?;
    let dir = base.join("breakout");
    create_private_dir(&dir)
        .map_err(|e| Failure(format!("{}: cannot create the folder: {e}", dir.display())))?;
    let stamp = chrono::Local::now().format("%Y-%m-%d_%H%M");
    (1..1000)
        .map(|n| match n {
            1 => dir.join(format!("{plan_id}_{stamp}.json")),
            n => dir.join(format!("{plan_id}_{stamp}-{n}.json")),
        })
        .find(|p| !p.exists())
        .ok_or_else(|| {
            Failure(format!(
                "{}: too many session files for this minute",
                dir.display()
            ))
        })
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
}
