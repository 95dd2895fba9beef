//! The command line as a facilitator uses it: exit codes, messages on stderr, files created
//! where it says.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn breakout(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_breakout"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("HOME", dir)
        .output()
        .expect("run breakout")
}

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

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
            &["validate", repo(file).to_str().expect("utf-8")],
            dir.path(),
        );
        assert!(out.status.success(), "{file}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert_eq!(stdout.lines().count(), 1, "one line: {stdout}");
        assert!(stdout.contains("valid"), "{stdout}");
    }
    let out = breakout(
        &[
            "validate",
            repo("sessions/gfmd-2016-csd-4.1.json")
                .to_str()
                .expect("utf-8"),
        ],
        dir.path(),
    );
    let stdout = text(&out.stdout);
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
    let out = breakout(&["validate", "plan.json"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("questions[1].id: duplicate id \"q1\""),
        "{err}"
    );
    assert!(err.contains("agenda[0].tables[0]"), "{err}");

    std::fs::write(&bad, "{\"format\": \"breakout-plan\", ").expect("write");
    let out = breakout(&["validate", "plan.json"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("plan.json:1:"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn usage_errors_exit_with_2_and_help_and_version_with_0() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(breakout(&["export"], dir.path()).status.code(), Some(2));
    assert_eq!(
        breakout(&["--no-such-flag"], dir.path()).status.code(),
        Some(2)
    );
    assert_eq!(
        breakout(&["export", "x.json", "--format", "pdf"], dir.path())
            .status
            .code(),
        Some(2)
    );
    let help = breakout(&["--help"], dir.path());
    assert_eq!(help.status.code(), Some(0));
    for word in ["validate", "export", "plans", "--plan"] {
        assert!(text(&help.stdout).contains(word), "help mentions {word}");
    }
    let version = breakout(&["--version"], dir.path());
    assert_eq!(version.status.code(), Some(0));
    assert!(text(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn opening_a_missing_file_creates_it_from_the_default_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(&["mine.json"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Created mine.json"));
    let made = breakout(&["validate", "mine.json"], dir.path());
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(text(&made.stdout).contains("gfmd-2016-csd-4.1"));

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
    let again = breakout(&["mine.json"], dir.path());
    assert!(again.status.success());
    assert!(
        text(&again.stdout).contains("0 items"),
        "{}",
        text(&again.stdout)
    );
}

#[test]
fn a_new_session_can_use_another_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = repo("sessions/examples/two-tables-six-questions.json");
    let out = breakout(
        &["w.json", "--plan", plan.to_str().expect("utf-8")],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = breakout(&["validate", "w.json"], dir.path());
    assert!(
        text(&v.stdout).contains("riverside-inclusion-2025"),
        "{}",
        text(&v.stdout)
    );

    let out = breakout(&["x.json", "--plan", "no-such-plan"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no-such-plan"));
    assert!(
        !dir.path().join("x.json").exists(),
        "nothing created on error"
    );
}

#[test]
fn without_a_file_a_dated_session_is_created_in_the_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(&[], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let folder = dir.path().join("data/breakout");
    let files: Vec<_> = std::fs::read_dir(&folder)
        .expect("data folder created")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    assert!(files[0].starts_with("gfmd-2016-csd-4.1_"), "{}", files[0]);
    assert!(files[0].contains(&today), "dated: {}", files[0]);
    assert!(stdout.contains(&files[0]), "says where: {stdout}");
    // A second run makes a second file rather than touching the first.
    assert!(breakout(&[], dir.path()).status.success());
    assert_eq!(
        std::fs::read_dir(&folder)
            .expect("read")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
            .count(),
        2
    );
}

#[test]
fn export_json_writes_the_session_that_validates() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(breakout(&["s.json"], dir.path()).status.success());
    let out = breakout(&["export", "s.json", "--format", "json"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(exported["format"], "breakout-session");

    let out = breakout(
        &["export", "s.json", "--format", "json", "-o", "copy.json"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read(dir.path().join("copy.json")).expect("written"),
        std::fs::read(dir.path().join("s.json")).expect("original")
    );
    assert!(!dir.path().join("copy.json.bak").exists());

    let out = breakout(&["export", "missing.json", "--format", "json"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("missing.json: no such file"));
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
    let out = breakout(&["plans"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("gfmd-2016-csd-4.1"), "{s}");
    assert!(s.contains("workshop-report"), "{s}");
    assert!(s.contains("riverside-inclusion-2025"), "{s}");
    assert!(s.contains("broken.json  NOT VALID"), "{s}");
}

#[test]
fn the_schema_command_prints_a_json_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = breakout(&["schema", "plan"], dir.path());
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(schema["properties"]["questions"].is_object());
}
