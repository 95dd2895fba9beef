//! `--help` in the user's language: the derive structs give clap its shape, and every text it
//! prints comes from the catalog (`cli-help-…`). clap's own error messages stay English.

use clap::builder::StyledStr;
use clap::{Arg, Command, CommandFactory};

use super::Cli;
use crate::i18n;

/// The catalog id prefix of every help text.
const PREFIX: &str = "cli-help-";

/// The command line parser, with every about, argument help and heading from the catalog.
pub fn command() -> Command {
    let mut cmd = Cli::command();
    // Building first adds `--help`, `--version`, the `help` subcommand and the global `--lang`
    // to every subcommand, so that they can be given their words too.
    cmd.build();
    let cmd = localize(cmd, "");
    // The long help (`--help`, not `-h`) ends with examples and the exit codes.
    let tail = long_help_tail(cmd.get_styles().get_header());
    cmd.after_long_help(StyledStr::from(tail))
}

/// Command lines worth copying, each with the catalog id of what it does. The commands are
/// the same in every language; only the words about them are translated.
pub const EXAMPLES: [(&str, &str); 7] = [
    ("breakout geneva.json", "cli-help-example-open"),
    ("breakout asia.json --table asia", "cli-help-example-table"),
    (
        "breakout geneva.json --watch /media/usb/breakout",
        "cli-help-example-watch",
    ),
    (
        "breakout --projector geneva.json",
        "cli-help-example-projector",
    ),
    (
        "breakout export geneva.json --format docx",
        "cli-help-example-export",
    ),
    (
        "breakout merge asia.json africa.json -o geneva.json",
        "cli-help-example-merge",
    ),
    (
        "breakout digest 4.1.json 4.2.json 5.1.json -o digest.docx",
        "cli-help-example-digest",
    ),
];

/// What the process returns (see `cli::main`: clap exits with 2 on a usage error, a
/// `Failure` is 1, and a panic unwinds out of `main`, which Rust ends with 101), each with the
/// catalog id of what it means.
pub const EXIT_CODES: [(u8, &str); 4] = [
    (0, "cli-help-exit-0"),
    (1, "cli-help-exit-1"),
    (2, "cli-help-exit-2"),
    (101, "cli-help-exit-101"),
];

/// The end of the long help: the examples, then the exit codes, laid out as the options are
/// above them (what it is, then what it does indented below; clap wraps each line to the
/// terminal under its own indentation).
fn long_help_tail(header: &clap::builder::styling::Style) -> String {
    // Headings styled as clap styles its own (the styles are left out without colour).
    let heading = |id: &str| format!("{header}{}:{header:#}\n", i18n::text(id, &[]));
    let item =
        |what: &str, about: &str| format!("  {what}\n          {}\n", i18n::text(about, &[]));
    let mut out = heading("cli-help-heading-examples");
    for (line, about) in EXAMPLES {
        out.push_str(&item(line, about));
    }
    out.push('\n');
    out.push_str(&heading("cli-help-heading-exit-codes"));
    for (code, about) in EXIT_CODES {
        out.push_str(&item(&code.to_string(), about));
    }
    out
}

/// The text of `cli-help-{key}`, if the catalog has it.
fn text(key: &str) -> Option<String> {
    let id = format!("{PREFIX}{key}");
    i18n::has(i18n::Lang::ENGLISH, &id).then(|| i18n::text(&id, &[]))
}

/// The catalog path of a command: `help validate` (what `breakout help validate` is about)
/// says what `validate` says.
fn own(path: &str) -> &str {
    path.strip_prefix("help-")
        .filter(|p| !p.is_empty())
        .unwrap_or(path)
}

/// `path` is the subcommand's name and a dash (`export-`), empty for `breakout` itself.
fn localize(cmd: Command, path: &str) -> Command {
    let usage = crate::tr!("cli-help-usage");
    let mut cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(crate::tr!("cli-help-heading-commands"))
        .subcommand_value_name(crate::tr!("cli-help-command-name"))
        .mut_args(|a| localize_arg(a, path));
    if let Some(own) = usage_in(&mut cmd, &usage) {
        cmd = cmd.override_usage(own);
    }
    if let Some(about) = text(&format!("{}about", own(path))) {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some()
        && let Some(long) = text(&format!("{}long-about", own(path)))
    {
        cmd = cmd.long_about(long);
    }
    cmd.mut_subcommands(|sub| {
        let own = format!("{path}{}-", sub.get_name());
        localize(sub, &own)
    })
}

/// The usage line as clap writes it (after the value names are translated), with its
/// `[OPTIONS]` in the user's language and its second line (`breakout <COMMAND>`) under the
/// first after the translated `usage` heading; `None` when that is what clap writes anyway
/// (English), so clap keeps its own usage, which in an error names only what was given.
fn usage_in(cmd: &mut Command, usage: &str) -> Option<StyledStr> {
    let options = format!("[{}]", crate::tr!("cli-help-value-options"));
    let indent = " ".repeat(usage.chars().count() + 1);
    // clap's own: "Usage: " (its title, styled) then the lines, the next ones under the first.
    let rendered = cmd.render_usage().ansi().to_string();
    let (_, rest) = rendered.split_once("Usage:")?;
    // The title's style ends, then a space.
    let rest = rest
        .trim_start_matches(|c: char| c != ' ')
        .strip_prefix(' ')?;
    let own = rest
        .replace("[OPTIONS]", &options)
        .replace("\n       ", &format!("\n{indent}"));
    (own != rest).then(|| StyledStr::from(own))
}

fn localize_arg(arg: Arg, path: &str) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    // The names of values, in the help and the usage line: `<FICHIER>` in French.
    let value = arg
        .get_value_names()
        .and_then(|n| n.first())
        .map(|n| n.as_str().to_owned())
        .or_else(|| arg.is_positional().then(|| id.to_uppercase()));
    let arg = match value.and_then(|v| value_name(&v)) {
        Some(name) => arg.value_name(name),
        None => arg,
    };
    let heading = if arg.is_positional() {
        crate::tr!("cli-help-heading-arguments")
    } else {
        crate::tr!("cli-help-heading-options")
    };
    // Possible and default values are named in the help text itself: clap's own notes for
    // them ("[possible values: …]", "[default: …]") are in English.
    let arg = arg
        .help_heading(heading)
        .hide_possible_values(true)
        .hide_default_value(true);
    match id.as_str() {
        // Every command has these; one text serves them all.
        "help" if arg.get_long_help().is_some() => arg
            .help(crate::tr!("cli-help-arg-help-more"))
            .long_help(crate::tr!("cli-help-arg-help-summary")),
        "help" => arg.help(crate::tr!("cli-help-arg-help")),
        "version" => arg.help(crate::tr!("cli-help-arg-version")),
        "lang" => arg.help(crate::tr!("cli-help-arg-lang")),
        "config" => arg.help(crate::tr!("cli-help-arg-config")),
        _ => match text(&format!("{path}arg-{id}")) {
            Some(help) => arg.help(help),
            None => arg,
        },
    }
}

/// The translated name of a value clap calls `name` (`FILE`, `OUT`, `COMMAND`, …).
fn value_name(name: &str) -> Option<String> {
    if name == "COMMAND" {
        return Some(crate::tr!("cli-help-command-name"));
    }
    let id = format!("{}{}", "cli-help-value-", name.to_lowercase());
    i18n::has(i18n::Lang::ENGLISH, &id).then(|| i18n::text(&id, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every about and every argument that has a help text in the derive structs has one in
    /// the catalog, so none is left in English.
    #[test]
    fn every_help_text_is_in_the_catalog() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            let own = own(path);
            if cmd.get_about().is_some() && text(&format!("{own}about")).is_none() {
                missing.push(format!("{PREFIX}{own}about"));
            }
            if cmd.get_long_about().is_some() && text(&format!("{own}long-about")).is_none() {
                missing.push(format!("{PREFIX}{own}long-about"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                let shared = matches!(id, "help" | "version" | "lang" | "config");
                if a.get_help().is_some() && !shared && text(&format!("{path}arg-{id}")).is_none() {
                    missing.push(format!("{PREFIX}{path}arg-{id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path}{}-", sub.get_name()), missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "not in locales/en.ftl: {missing:?}");
    }

    #[test]
    fn help_is_in_the_chosen_language() {
        let fr = i18n::Lang::find("fr").expect("fr");
        let help = i18n::scoped(fr, || command().render_help().to_string());
        assert!(
            help.contains(&crate::tr_in!(fr, "cli-help-about")),
            "{help}"
        );
        assert!(help.contains("Options :"), "{help}");
        assert!(
            help.contains("[FICHIER]") && !help.contains("FILE"),
            "{help}"
        );
        assert!(!help.contains("Usage:"), "{help}");
        let export = i18n::scoped(fr, || {
            let mut cmd = command();
            cmd.find_subcommand_mut("export")
                .map(|c| c.render_long_help().to_string())
                .unwrap_or_default()
        });
        // Wrapped to the terminal: compare the words.
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words(&export).contains(&words(&crate::tr_in!(fr, "cli-help-export-arg-format"))),
            "{export}"
        );
        assert!(!export.contains("Possible values"), "{export}");
    }

    /// Every command's usage line: in English clap's own, untouched; in Spanish the same with
    /// `[OPCIONES]` and the values' names translated.
    #[test]
    fn usage_lines_are_claps_own_in_the_language() {
        fn usages(cmd: &mut Command, out: &mut Vec<String>) {
            out.push(cmd.render_usage().to_string());
            for sub in cmd.get_subcommands_mut() {
                usages(sub, out);
            }
        }
        let (mut en, mut es, mut clap) = (Vec::new(), Vec::new(), Vec::new());
        usages(&mut command(), &mut en);
        let mut raw = Cli::command();
        raw.build();
        usages(&mut raw, &mut clap);
        assert_eq!(en, clap);
        let spanish = i18n::Lang::find("es").expect("es");
        i18n::scoped(spanish, || usages(&mut command(), &mut es));
        assert_eq!(es.len(), clap.len());
        for (es, clap) in es.iter().zip(&clap) {
            assert!(!es.contains("[OPTIONS]") && !es.contains("FILE"), "{es}");
            assert_eq!(
                es.contains("[OPCIONES]"),
                clap.contains("[OPTIONS]"),
                "{es}"
            );
        }
        assert!(
            es.iter()
                .any(|u| u.contains("breakout merge [OPCIONES] --output <SALIDA> <ARCHIVOS>...")),
            "{es:?}"
        );
    }
}
