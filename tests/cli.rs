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
