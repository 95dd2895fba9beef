use super::*;

fn lines(c: &Config) -> Vec<(usize, String, ProblemKind)> {
    c.problems
        .iter()
        .map(|p| (p.line, p.key.clone(), p.kind.clone()))
        .collect()
}

#[test]
fn a_good_file_sets_everything_it_names() {
    let c = parse(
        "config.toml",
        r##"language = "fr"
mouse = true

[theme]
look = "High-Contrast"
heading = "light-blue"
error = "#ff0000"

[keys]
new_point = "a"
quit = ["q", "ctrl-q"]
"go_to_table 3" = "F3"

[keys.report-mode]
close = "x"
"##,
    );
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.language.as_deref(), Some("fr"));
    assert_eq!(c.mouse, Some(true));
    assert_eq!(c.look, Some(Look::HighContrast));
    assert_eq!(
        c.colours,
        [
            (Role::Heading, Colour::Named(Named::LightBlue)),
            (Role::Error, Colour::Rgb(255, 0, 0)),
        ]
    );
    let keys: Vec<(Option<&str>, &str, Vec<&str>, usize)> = c
        .keys
        .iter()
        .map(|k| {
            (
                k.mode.as_deref(),
                k.command.as_str(),
                k.keys.iter().map(String::as_str).collect(),
                k.line,
            )
        })
        .collect();
    assert_eq!(
        keys,
        [
            (None, "new_point", vec!["a"], 10),
            (None, "quit", vec!["q", "ctrl-q"], 11),
            (None, "go_to_table 3", vec!["F3"], 12),
            (Some("report-mode"), "close", vec!["x"], 15),
        ]
    );
}

#[test]
fn an_empty_file_is_the_defaults() {
    let c = parse("config.toml", "# nothing yet\n");
    assert_eq!(
        c,
        Config {
            file: "config.toml".into(),
            ..Config::default()
        }
    );
}

#[test]
fn every_wrong_setting_is_told_with_its_line_and_the_rest_applies() {
    let c = parse(
        "config.toml",
        r##"langage = "fr"
mouse = "yes"
language = "de"

[theme]
look = "neon"
heading = "blurple"
warning = 3
accent = "red"
key = "#00ff00"

[keys]
new_point = 3
quit = ["q", 4]
undo = "u"
"##,
    );
    assert_eq!(
        lines(&c),
        [
            (
                1,
                "langage".into(),
                ProblemKind::UnknownSetting(Some("language".into()))
            ),
            (2, "mouse".into(), ProblemKind::WrongType(Expected::Boolean)),
            (
                3,
                "language".into(),
                ProblemKind::Language("en, es, fr".into())
            ),
            (
                6,
                "[theme] look".into(),
                ProblemKind::Look("default, high-contrast".into())
            ),
            (7, "[theme] heading".into(), ProblemKind::Colour),
            (
                8,
                "[theme] warning".into(),
                ProblemKind::WrongType(Expected::Text)
            ),
            (
                9,
                "[theme] accent".into(),
                ProblemKind::UnknownSetting(None)
            ),
            (
                13,
                "[keys] new_point".into(),
                ProblemKind::WrongType(Expected::Keys)
            ),
            (
                14,
                "[keys] quit".into(),
                ProblemKind::WrongType(Expected::Keys)
            ),
        ]
    );
    assert_eq!(c.language, None);
    assert_eq!(c.mouse, None);
    assert_eq!(c.look, None);
    assert_eq!(c.colours, [(Role::Key, Colour::Rgb(0, 255, 0))]);
    assert_eq!(c.keys.len(), 1, "undo still applies");
    assert_eq!(c.keys[0].command, "undo");
}

#[test]
fn bad_toml_is_told_with_its_line_and_what_parsed_still_applies() {
    let c = parse(
        "config.toml",
        "mouse = true\nlanguage = \"fr\nlook = 3\n\n[keys]\nundo = \"U\"\n",
    );
    assert!(
        c.problems
            .iter()
            .any(|p| p.line == 2 && matches!(p.kind, ProblemKind::Toml(_))),
        "{:?}",
        c.problems
    );
    assert_eq!(c.mouse, Some(true), "the lines before still apply");
    assert_eq!(
        c.language, None,
        "what the parser made of a bad line is not used"
    );
    let p = &c.problems[0];
    let text = p.to_string();
    assert!(text.starts_with("config.toml:2: "), "{text}");
}

#[test]
fn problems_read_with_the_file_the_line_and_the_key() {
    let p = Problem {
        file: "config.toml".into(),
        line: 7,
        key: "[keys] new_pont".into(),
        kind: ProblemKind::UnknownCommand(Some("new_point".into())),
    };
    assert_eq!(
        p.to_string(),
        "config.toml:7: [keys] new_pont: no command has this name (did you mean new_point?)"
    );
    let fr = crate::i18n::Lang::find("fr").expect("fr");
    let text = crate::i18n::scoped(fr, || p.to_string());
    assert!(text.starts_with("config.toml:7: [keys] new_pont"), "{text}");
    assert!(text.contains("new_point"), "{text}");
    assert_ne!(text, p.to_string(), "French words");
}

#[test]
fn colours_read_in_every_spelling() {
    let named = |n| Some(Colour::Named(n));
    assert_eq!(Colour::parse("Light-Blue"), named(Named::LightBlue));
    assert_eq!(Colour::parse("light_blue"), named(Named::LightBlue));
    assert_eq!(Colour::parse("lightblue"), named(Named::LightBlue));
    assert_eq!(Colour::parse("grey"), named(Named::Gray));
    assert_eq!(Colour::parse("dark-grey"), named(Named::DarkGray));
    assert_eq!(
        Colour::parse("#1E90ff"),
        Some(Colour::Rgb(0x1e, 0x90, 0xff))
    );
    for bad in ["#12345", "#gg0000", "blurple", "", "#1234567"] {
        assert_eq!(Colour::parse(bad), None, "{bad}");
    }
    for n in Named::ALL {
        assert_eq!(Colour::parse(&Colour::Named(n).name()), named(n));
    }
}

#[test]
fn suggestions_are_near_misses_only() {
    let names = ["new_point", "next_table", "quit"];
    assert_eq!(suggest("new_pont", names).as_deref(), Some("new_point"));
    assert_eq!(suggest("New-Point", names).as_deref(), Some("new_point"));
    assert_eq!(suggest("quti", names).as_deref(), Some("quit"));
    assert_eq!(suggest("banana", names), None);
}

#[test]
fn a_missing_file_is_the_defaults_silently_and_the_path_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nothing.toml");
    let c = Config::load(Some(path.clone()));
    assert_eq!(c.path.as_deref(), Some(path.as_path()));
    assert!(!c.exists);
    assert!(c.problems.is_empty());
    std::fs::write(&path, "mouse = true\n").expect("write");
    let c = Config::load(Some(path.clone()));
    assert!(c.exists);
    assert_eq!(c.mouse, Some(true));
    // A folder where the file should be cannot be read: a problem, and the defaults.
    let c = Config::load(Some(dir.path().to_path_buf()));
    assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
    assert_eq!(c.problems[0].line, 0);
}

#[test]
fn the_path_comes_from_the_flag_first() {
    let flag = std::path::Path::new("/tmp/x.toml");
    assert_eq!(path(Some(flag)).as_deref(), Some(flag));
}
