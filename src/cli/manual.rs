//! `breakout completions SHELL` and `breakout man`: the command line described for the shell
//! and for `man`, from the same parser (and the same catalog words) as `--help`.

use std::io::Write;

use clap_mangen::roff::{Roff, bold, roman};

use super::help::{self, EXAMPLES, EXIT_CODES};
use super::{Failure, Outcome};

/// Prints the completion script of `shell` to standard output.
pub(super) fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut help::command(), "breakout", &mut out);
    write_out(&out)
}

/// Prints the manual page: clap's sections (name, synopsis, description, options, commands),
/// then the examples and exit status, then the version.
pub(super) fn man() -> Outcome {
    let man = clap_mangen::Man::new(help::command());
    let mut out = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        man.render_title(&mut out)?;
        man.render_name_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
        man.render_subcommands_section(&mut out)?;
        extra_sections().to_writer(&mut out)?;
        man.render_version_section(&mut out)
    })();
    rendered.map_err(|e| Failure(crate::tr!("cli-stdout-failed", error = e.to_string())))?;
    write_out(&out)
}

/// EXAMPLES and EXIT STATUS, worded as `--help` words them.
fn extra_sections() -> Roff {
    let mut roff = Roff::default();
    roff.control("SH", [heading("cli-help-heading-examples").as_str()]);
    for (line, about) in EXAMPLES {
        roff.control("TP", []);
        roff.text([bold(line)]);
        roff.text([roman(crate::i18n::text(about, &[]))]);
    }
    roff.control("SH", [heading("cli-help-heading-exit-codes").as_str()]);
    for (code, about) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(crate::i18n::text(about, &[]))]);
    }
    roff
}

/// A section heading as man pages write them: in capitals.
fn heading(id: &str) -> String {
    crate::i18n::text(id, &[]).trim().to_uppercase()
}

fn write_out(bytes: &[u8]) -> Outcome {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure(crate::tr!("cli-stdout-failed", error = e.to_string())))
}
