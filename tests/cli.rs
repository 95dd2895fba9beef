//! The command line as a facilitator uses it: exit codes, messages on stderr, files created
//! where it says.

mod common;
use common::bin::{self, run as breakout};
use common::{files_in, repo};

#[test]
fn validate_accepts_the_shipped_plans_and_templates_with_a_one_line_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    for file in [
        "sessions/gfmd-2016-csd-4.1.json",
        "sessions/templates/gfmd-2016-csd-rapporteur.json",
        "sessions/templates/workshop-report.json",
        "sessions/examples/two-tables-six-questions.json",
        "sessions/cafe-2027-commitments.json",
        "sessions/templates/commitments-cafe.json",
    ] {
        let out = breakout(
            dir.path(),
            ["validate", repo(file).to_str().expect("utf-8")],
        );
        assert!(out.status.success(), "{file}: {}", out.err());
        let stdout = out.out();
        assert_eq!(stdout.lines().count(), 1, "one line: {stdout}");
        assert!(stdout.contains("valid"), "{stdout}");
    }
    let out = breakout(
        dir.path(),
        [
            "validate",
            repo("sessions/gfmd-2016-csd-4.1.json")
                .to_str()
                .expect("utf-8"),
        ],
    );
    let stdout = out.out();
    assert!(stdout.contains("4 tables, 4 guiding questions"), "{stdout}");
}

#[test]
fn validate_reports_problems_on_stderr_with_exit_code_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("plan.json");
    let mut plan: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("sessions/gfmd-2016-csd-4.1.json")).expect("read"),
    )
    .expect("parse");
    plan["questions"][1]["id"] = "q1".into();
    plan["agenda"][0]["tables"][0] = "nowhere".into();
    std::fs::write(&bad, serde_json::to_string_pretty(&plan).expect("json")).expect("write");
    let out = breakout(dir.path(), ["validate", "plan.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = out.err();
    assert!(
        err.contains("questions[1].id: duplicate id \"q1\""),
        "{err}"
    );
    assert!(err.contains("agenda[0].tables[0]"), "{err}");

    std::fs::write(&bad, "{\"format\": \"breakout-plan\", ").expect("write");
    let out = breakout(dir.path(), ["validate", "plan.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.err().contains("plan.json:1:"), "{}", out.err());
}

#[test]
fn usage_errors_exit_with_2_and_help_and_version_with_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(breakout(dir.path(), ["export"]).status.code(), Some(2));
    assert_eq!(
        breakout(dir.path(), ["--no-such-flag"]).status.code(),
        Some(2)
    );
    assert_eq!(
        breakout(dir.path(), ["export", "x.json", "--format", "pdf"])
            .status
            .code(),
        Some(2)
    );
    let help = breakout(dir.path(), ["--help"]);
    assert_eq!(help.status.code(), Some(0));
    for word in ["validate", "export", "plans", "--plan"] {
        assert!(help.out().contains(word), "help mentions {word}");
    }
    let version = breakout(dir.path(), ["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert!(version.out().contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn opening_a_missing_file_creates_it_from_the_default_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(dir.path(), ["mine.json"]);
    assert!(out.status.success(), "{}", out.err());
    assert!(out.out().contains("Created mine.json"));
    let made = breakout(dir.path(), ["validate", "mine.json"]);
    assert!(made.status.success(), "{}", made.err());
    assert!(made.out().contains("gfmd-2016-csd-4.1"));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("mine.json"))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "session notes are private to their owner"
        );
    }

    // Opening it again loads it, and says what is in it.
    let again = breakout(dir.path(), ["mine.json"]);
    assert!(again.status.success());
    assert!(again.out().contains("0 items"), "{}", again.out());
}

#[test]
fn a_new_session_can_use_another_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = repo("sessions/examples/two-tables-six-questions.json");
    let out = breakout(
        dir.path(),
        ["w.json", "--plan", plan.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", out.err());
    let v = breakout(dir.path(), ["validate", "w.json"]);
    assert!(v.out().contains("riverside-inclusion-2025"), "{}", v.out());

    let out = breakout(dir.path(), ["x.json", "--plan", "no-such-plan"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.err().contains("no-such-plan"));
    assert!(
        !dir.path().join("x.json").exists(),
        "nothing created on error"
    );
}

#[test]
fn without_a_file_a_dated_session_is_created_in_the_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin::breakout().dir(dir.path()).run();
    assert!(out.status.success(), "{}", out.err());
    let stdout = out.out();
    let folder = dir.path().join("data/breakout");
    assert!(folder.is_dir(), "data folder created");
    let sessions = || -> Vec<String> {
        files_in(&folder)
            .into_iter()
            .filter(|n| n.ends_with(".json"))
            .collect()
    };
    let files = sessions();
    assert_eq!(files.len(), 1, "{files:?}");
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    assert!(files[0].starts_with("gfmd-2016-csd-4.1_"), "{}", files[0]);
    assert!(files[0].contains(&today), "dated: {}", files[0]);
    assert!(stdout.contains(&files[0]), "says where: {stdout}");
    // A second run makes a second file rather than touching the first.
    assert!(bin::breakout().dir(dir.path()).run().success());
    assert_eq!(sessions().len(), 2);
}

#[test]
fn export_json_writes_the_session_that_validates() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(breakout(dir.path(), ["s.json"]).status.success());
    let out = breakout(dir.path(), ["export", "s.json", "--format", "json"]);
    assert!(out.status.success(), "{}", out.err());
    let exported: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(exported["format"], "breakout-session");

    let out = breakout(
        dir.path(),
        ["export", "s.json", "--format", "json", "-o", "copy.json"],
    );
    assert!(out.status.success(), "{}", out.err());
    assert_eq!(
        std::fs::read(dir.path().join("copy.json")).expect("written"),
        std::fs::read(dir.path().join("s.json")).expect("original")
    );
    assert!(!dir.path().join("copy.json.bak").exists());

    let out = breakout(dir.path(), ["export", "missing.json", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.err().contains("missing.json: no such file"));
}

#[test]
fn plans_lists_built_in_and_local_plans_and_flags_broken_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).expect("mkdir");
    std::fs::copy(
        repo("sessions/examples/two-tables-six-questions.json"),
        sessions.join("mine.json"),
    )
    .expect("copy");
    std::fs::write(
        sessions.join("broken.json"),
        "{\"format\":\"breakout-plan\",\"format_version\":1}",
    )
    .expect("write");
    let out = breakout(dir.path(), ["plans"]);
    assert!(out.status.success(), "{}", out.err());
    let s = out.out();
    assert!(s.contains("gfmd-2016-csd-4.1"), "{s}");
    assert!(s.contains("workshop-report"), "{s}");
    assert!(s.contains("riverside-inclusion-2025"), "{s}");
    assert!(s.contains("broken.json  NOT VALID"), "{s}");
}

#[test]
fn the_schema_command_prints_a_json_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(dir.path(), ["schema", "plan"]);
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(schema["properties"]["questions"].is_object());
}

#[test]
fn help_speaks_the_language_asked_for_and_english_by_default() {
    let dir = tempfile::tempdir().expect("tempdir");
    let help = |args: &[&str]| {
        let out = breakout(dir.path(), args.iter().copied());
        assert!(out.status.success(), "{args:?}: {}", out.err());
        out.out()
    };
    let en = help(&["--help"]);
    assert!(en.contains("Usage: breakout"), "{en}");
    assert!(en.contains("Commands:") && en.contains("Options:"), "{en}");
    assert!(en.contains("Run a live breakout session"), "{en}");

    let fr = help(&["--help", "--lang", "fr"]);
    assert!(fr.contains("Utilisation : breakout"), "{fr}");
    // French typography: a space before the colon, the values named in French, and the
    // usage's second line under the first.
    assert!(
        fr.contains("Commandes :") && fr.contains("Options :") && fr.contains("Arguments :"),
        "{fr}"
    );
    assert!(
        fr.contains(
            "Utilisation : breakout [OPTIONS] [FICHIER]\n              breakout <COMMANDE>"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("--plan <PLAN>") && fr.contains("--watch <DOSSIER>"),
        "{fr}"
    );
    assert!(fr.contains("Mener une session"), "{fr}");
    assert!(!fr.contains("séance"), "one word for a session: {fr}");
    assert!(fr.contains("Afficher l'aide"), "{fr}");
    assert!(!fr.contains("Usage:") && !fr.contains("Print help"), "{fr}");

    let es = help(&["--lang=es", "export", "--help"]);
    assert!(
        es.contains("Uso: breakout export [OPCIONES] --format <FORMATO> <ARCHIVO>"),
        "{es}"
    );
    assert!(es.contains("-o, --output <SALIDA>"), "{es}");
    assert!(!es.contains("FILE") && !es.contains("[OPTIONS]"), "{es}");
    assert!(
        es.contains("Opciones:") && es.contains("Argumentos:"),
        "{es}"
    );
    assert!(es.contains("Formato de salida: md"), "{es}");
    assert!(!es.contains("possible values"), "{es}");

    // The environment chooses too (the test runner pins English otherwise).
    let out = bin::breakout()
        .args(["plans", "--help"])
        .env("LANG", "es_ES.UTF-8")
        .dir(dir.path())
        .run();
    assert!(out.out().contains("Listar los planes"), "{}", out.out());
}

#[test]
fn a_template_language_without_a_catalog_is_noted_by_validate_and_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("sessions/examples/gfmd-2016-csd-4.1-report.json"))
            .expect("read"),
    )
    .expect("parse");
    session["template"]["language"] = "de-AT".into();
    std::fs::write(
        dir.path().join("s.json"),
        serde_json::to_string_pretty(&session).expect("json"),
    )
    .expect("write");
    for args in [
        &["validate", "s.json"][..],
        &["export", "s.json", "--format", "md"][..],
    ] {
        let out = breakout(dir.path(), args.iter().copied());
        assert!(out.status.success(), "{args:?}: {}", out.err());
        let err = out.err();
        assert!(
            err.contains("\"de-AT\"") && err.contains("en, es, fr"),
            "{args:?}: {err}"
        );
    }
    // A language given before the command is read, and not taken for a FILE.
    let out = breakout(dir.path(), ["--lang", "fr", "validate", "s.json"]);
    assert!(out.status.success(), "{}", out.err());
    assert!(out.out().contains("s.json : valide"), "{}", out.out());
    assert!(out.err().contains("remarque"), "{}", out.err());
}

#[test]
fn completions_name_every_command_for_each_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bash = bin::run_ok(dir.path(), ["completions", "bash"]).out();
    for command in [
        "validate",
        "export",
        "merge",
        "digest",
        "schema",
        "plans",
        "completions",
        "man",
    ] {
        assert!(bash.contains(command), "bash completion lacks {command}");
    }
    assert!(bash.contains("complete -F"), "{bash}");
    for shell in ["zsh", "fish", "powershell"] {
        let script = bin::run_ok(dir.path(), ["completions", shell]).out();
        assert!(script.contains("export"), "{shell}: {script}");
    }
    assert_eq!(
        breakout(dir.path(), ["completions", "tcsh"]).code(),
        Some(2)
    );
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

/// The man page is roff that groff reads without a warning, with the examples and the exit
/// codes of `--help`.
#[test]
fn the_man_page_is_roff_that_groff_reads_without_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = bin::run_ok(dir.path(), ["man"]).stdout;
    assert!(page.starts_with(b".ie"), "a roff page: {}", page.len());
    let shown = bin::program("groff")
        .if_missing(
            "groff is not installed; the man page test reads the page with it. Run .ci/test \
             (it installs it), or install the Debian package `groff-base`.",
        )
        // -k: UTF-8 input, as man reads it; -ww: every warning; -P-cbou: plain text, no
        // overstriking for bold or underline.
        .args(["-k", "-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(page)
        .run()
        .assert_ok();
    assert_eq!(shown.err(), "", "groff warned");
    let text = shown.out();
    for part in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "EXAMPLES",
        "EXIT CODES",
        "breakout merge asia.json africa.json -o geneva.json",
        "--table asia",
        "--watch",
        "--format docx",
        "breakout digest 4.1.json 4.2.json 5.1.json -o digest.docx",
        "A usage error",
    ] {
        assert!(text.contains(part), "the page lacks {part:?}:\n{text}");
    }
}

/// `--help` wraps to the terminal's width and ends with the examples and the exit codes, in
/// the language asked for; `-h` stays short.
#[test]
fn long_help_wraps_to_the_terminal_and_ends_with_examples_and_exit_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let help = bin::breakout()
        .dir(dir.path())
        .args(["--help"])
        .env("COLUMNS", "60")
        .run()
        .assert_ok()
        .out();
    let widest = help.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 60, "a line of {widest} columns:\n{help}");
    let examples = help.find("Examples:").expect("examples");
    let codes = help.find("Exit codes:").expect("exit codes");
    assert!(examples < codes, "{help}");
    for part in [
        "breakout geneva.json\n",
        "breakout asia.json --table asia",
        "breakout geneva.json --watch",
        "breakout export geneva.json --format docx",
        "breakout merge asia.json africa.json -o geneva.json",
        "breakout digest 4.1.json 4.2.json 5.1.json -o digest.docx",
    ] {
        assert!(help[examples..codes].contains(part), "{part}:\n{help}");
    }
    for code in ["0", "1", "2", "101"] {
        assert!(
            help[codes..].contains(&format!("\n  {code}\n")),
            "exit code {code}:\n{help}"
        );
    }
    let wide = bin::breakout()
        .dir(dir.path())
        .args(["--help"])
        .env("COLUMNS", "200")
        .run()
        .out();
    assert!(
        wide.lines().any(|l| l.chars().count() > 100),
        "a wide terminal gets long lines"
    );
    let short = bin::run_ok(dir.path(), ["-h"]).out();
    assert!(!short.contains("Examples:"), "{short}");
    let french = bin::run_ok(dir.path(), ["--lang", "fr", "--help"]).out();
    assert!(french.contains("Exemples :"), "{french}");
    assert!(french.contains("Codes de sortie :"), "{french}");
    assert!(french.contains("L'ordinateur d'une table"), "{french}");
}

/// A mistyped command is not a new session: a FILE that does not exist must end in `.json`;
/// otherwise breakout says so, suggests the nearest command, exits 2 and creates nothing (no
/// session, lock, data folder or log). An existing file opens whatever its name.
#[test]
fn a_mistyped_command_creates_nothing_and_suggests_the_nearest_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(dir.path(), ["exprot"]);
    assert_eq!(out.code(), Some(2), "{}", out.err());
    let err = out.err();
    assert!(err.contains("did you mean 'export'?"), "{err}");
    assert!(err.contains("must end in .json"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );

    let out = breakout(dir.path(), ["mrege"]);
    assert_eq!(out.code(), Some(2), "{}", out.err());
    assert!(out.err().contains("did you mean 'merge'?"), "{}", out.err());

    let out = breakout(dir.path(), ["notes"]);
    assert_eq!(out.code(), Some(2));
    assert!(!out.err().contains("did you mean"), "{}", out.err());
    assert!(out.err().contains("notes.json"), "{}", out.err());
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );

    // A session file whose name does not end in .json opens as before.
    bin::run_ok(dir.path(), ["made.json"]);
    std::fs::rename(dir.path().join("made.json"), dir.path().join("notes")).expect("rename");
    let out = bin::breakout()
        .dir(dir.path())
        .arg("notes")
        .stdin("a point in a file named notes\n")
        .run()
        .assert_ok();
    assert!(out.out().contains("Saved notes"), "{}", out.out());
    let saved = std::fs::read_to_string(dir.path().join("notes")).expect("read");
    assert!(saved.contains("a point in a file named notes"));
}

/// The log in the data folder: start and stop, each save with its path, size and entries,
/// and who holds a lock; past 1 MB it is rolled to `breakout.log.1` at start. A data folder
/// that cannot hold a log changes nothing for the user.
#[test]
fn the_log_records_saves_and_lock_holders_and_stays_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("data/breakout");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let old = vec![b'x'; (1 << 20) + 1];
    std::fs::write(folder.join("breakout.log"), &old).expect("write");
    bin::breakout()
        .dir(dir.path())
        .arg("s.json")
        .stdin("first point\n")
        .run()
        .assert_ok();
    assert_eq!(
        std::fs::read(folder.join("breakout.log.1")).expect("rolled"),
        old
    );
    let log = std::fs::read_to_string(folder.join("breakout.log")).expect("log");
    assert!(log.len() < 10_000, "{log}");
    assert!(log.contains("start"), "{log}");
    assert!(log.contains("path=s.json"), "{log}");
    assert!(log.contains("entries=1"), "{log}");
    assert!(log.contains("bytes="), "{log}");
    assert!(log.trim_end().ends_with("stop"), "{log}");

    // Another process holds the lock: opened read-only, and the log says who holds it.
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.path().join("s.json.lock"))
        .expect("lock file");
    std::fs::write(dir.path().join("s.json.lock"), "process 1 on elsewhere").expect("write");
    lock.lock().expect("take the lock");
    bin::breakout()
        .dir(dir.path())
        .arg("s.json")
        .stdin("")
        .run()
        .assert_ok();
    drop(lock);
    let log = std::fs::read_to_string(folder.join("breakout.log")).expect("log");
    assert!(log.contains("lock held by another process"), "{log}");
    assert!(log.contains("process 1 on elsewhere"), "{log}");

    // A merge: which file, how many new.
    bin::run_ok(dir.path(), ["merge", "s.json", "-o", "m.json"]);
    let log = std::fs::read_to_string(folder.join("breakout.log")).expect("log");
    assert!(
        log.contains("merged file=s.json into=m.json new=1"),
        "{log}"
    );

    // A file merged in plain mode: which, and how many entries it held; a refused one, why.
    std::fs::write(dir.path().join("list.json"), "[1, 2, 3]").expect("write");
    bin::breakout()
        .dir(dir.path())
        .arg("p.json")
        .stdin("/import s.json\n/import list.json\n")
        .run()
        .assert_ok();
    let log = std::fs::read_to_string(folder.join("breakout.log")).expect("log");
    assert!(log.contains("arrived path=s.json entries=1"), "{log}");
    assert!(log.contains("refused path=list.json"), "{log}");

    // No data folder can be made (a file is in its place): no log, no complaint.
    let other = tempfile::tempdir().expect("tempdir");
    std::fs::write(other.path().join("data"), b"not a folder").expect("write");
    let out = bin::breakout()
        .dir(other.path())
        .arg("t.json")
        .stdin("a point\n")
        .run()
        .assert_ok();
    assert!(out.err().is_empty(), "{}", out.err());
    assert!(
        std::fs::read_to_string(other.path().join("t.json"))
            .expect("saved")
            .contains("a point")
    );
}
