//! The user's config file, as a user meets it: remapped keys that work and show in help and
//! the footer, a bad file told line by line while the rest applies, `breakout config` and
//! `breakout config --default`, the language it sets.

mod common;
use common::bin;
use common::screen::buffer_text;

use std::path::PathBuf;

use breakout::config::{Config, parse};
use breakout::tui::action::Action;
use breakout::tui::keyconfig;
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, ConfigNote, HitMap, Mode};
use breakout::tui::update::{handle, update};
use breakout::tui::view::{self, Theme};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app_with(text: &str) -> (App, Vec<String>) {
    let session = common::session::new();
    let config = parse("config.toml", text);
    let (keymap, key_problems) = keyconfig::keymap(&session.template, &config);
    let problems: Vec<String> = config
        .problems
        .iter()
        .chain(&key_problems)
        .map(ToString::to_string)
        .collect();
    let app = App::new(session, PathBuf::from("/tmp/config/session.json"), None)
        .keys(keymap)
        .config(ConfigNote {
            path: Some(PathBuf::from("/home/ana/.config/breakout/config.toml")),
            problems: problems.clone(),
        });
    (app, problems)
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<breakout::tui::update::Effect> {
    let now = common::clock::now();
    handle(
        app,
        &HitMap::default(),
        Msg::Key(KeyEvent::new(code, mods)),
        now,
    )
}

fn ch(app: &mut App, c: char) -> Vec<breakout::tui::update::Effect> {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    key(app, KeyCode::Char(c), mods)
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    let now = common::clock::now();
    update(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
        now,
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let frame = terminal
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now, Theme::default());
        })
        .expect("draw");
    buffer_text(frame.buffer)
}

fn quits(effects: &[breakout::tui::update::Effect]) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, breakout::tui::update::Effect::Quit { .. }))
}

#[test]
fn a_remapped_key_works_and_shows_in_the_footer_and_help() {
    let (mut app, problems) = app_with(
        r#"[keys]
new_point = "z"
quit = ["Q", "ctrl-q"]
"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let s = screen(&mut app, 120, 24);
    let footer = s.lines().last().unwrap_or_default();
    assert!(footer.contains("z new point"), "{s}");
    assert!(footer.contains("Q quit"), "{s}");
    assert!(!footer.contains("n new point"), "{s}");
    // Messages that name a key name the new one.
    assert!(s.contains("press z to add a point"), "{s}");

    // Enter with nothing selected names the new key too.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let said = app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default();
    assert!(said.contains("z starts a new point"), "{said}");

    // n does nothing now; z starts a point.
    ch(&mut app, 'n');
    assert!(matches!(app.mode(), Mode::Normal));
    ch(&mut app, 'z');
    assert!(matches!(app.mode(), Mode::Edit(_)), "z starts a new point");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);

    ch(&mut app, '?');
    let help = screen(&mut app, 120, 200);
    let line = help
        .lines()
        .find(|l| l.contains("new_point"))
        .unwrap_or_else(|| panic!("new_point is in help:\n{help}"));
    assert!(line.contains(" z "), "{line}");
    let quit = help
        .lines()
        .find(|l| l.trim_end_matches([' ', '│']).ends_with(" quit"))
        .unwrap_or_else(|| panic!("quit is in help:\n{help}"));
    assert!(quit.contains("Q / Ctrl-Q"), "{quit}");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);

    assert!(!quits(&ch(&mut app, 'q')), "q no longer quits");
    assert!(quits(&key(
        &mut app,
        KeyCode::Char('q'),
        KeyModifiers::CONTROL
    )));
}

#[test]
fn a_bad_file_is_told_once_in_the_status_line_and_in_the_file_panel_and_the_rest_applies() {
    let (mut app, problems) = app_with(
        r#"mouse = true

[keys]
new_pont = "a"
new_point = "z"
help = "u"
"#,
    );
    assert_eq!(
        problems,
        [
            "config.toml:4: [keys] new_pont: no command has this name (did you mean new_point?)",
            "config.toml:6: [keys] help: u already does undo in normal-mode; this command keeps its default keys",
        ]
    );
    update(&mut app, Action::Opened, common::clock::now());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("The config file has 2 problems"), "{s}");
    ch(&mut app, 'z');
    assert!(
        matches!(app.mode(), Mode::Edit(_)),
        "what was right applies"
    );
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    ch(&mut app, 'F');
    let panel = screen(&mut app, 100, 30);
    assert!(panel.contains("config.toml"), "{panel}");
    assert!(panel.contains("new_pont"), "{panel}");
    assert!(panel.contains("did you mean new_point?"), "{panel}");
    ch(&mut app, 'u');
    assert!(
        !matches!(app.mode(), Mode::Help { .. }),
        "u is still undo's"
    );
}

#[test]
fn breakout_config_says_where_the_file_is_and_what_is_wrong_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin::run_ok(dir.path(), ["config"]);
    let expected = dir.path().join("config/breakout/config.toml");
    let stdout = out.out();
    assert!(stdout.contains(&expected.display().to_string()), "{stdout}");
    assert!(stdout.contains("not there"), "{stdout}");
    assert!(
        out.err().is_empty(),
        "a missing file is no problem: {}",
        out.err()
    );

    std::fs::create_dir_all(expected.parent().expect("folder")).expect("mkdir");
    std::fs::write(&expected, "language = \"fr\"\n[keys]\nnew_pont = \"a\"\n").expect("write");
    let out = bin::run_ok(dir.path(), ["config"]);
    assert!(!out.out().contains("not there"), "{}", out.out());
    let err = out.err();
    assert!(
        err.contains("config.toml:3: [keys] new_pont"),
        "told with its line and key: {err}"
    );
    assert!(err.contains("new_point"), "in French, with the name: {err}");
    assert!(
        err.contains("aucune commande"),
        "the config's language: {err}"
    );

    // --config and BREAKOUT_CONFIG name another file.
    let other = dir.path().join("other.toml");
    let out = bin::run_ok(
        dir.path(),
        ["config", "--config", other.to_str().expect("utf-8")],
    );
    assert!(out.out().contains("other.toml"), "{}", out.out());
    let out = bin::breakout()
        .dir(dir.path())
        .env("BREAKOUT_CONFIG", &other)
        .args(["config"])
        .run()
        .assert_ok();
    assert!(out.out().contains("other.toml"), "{}", out.out());
}

#[test]
fn breakout_config_default_prints_a_file_that_is_the_defaults() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = bin::run_ok(dir.path(), ["config", "--default"]);
    let text = out.out();
    assert!(out.err().is_empty(), "{}", out.err());
    let config = parse("config.toml", &text);
    assert!(config.problems.is_empty(), "{:?}\n{text}", config.problems);
    let session = common::session::new();
    let (_, problems) = keyconfig::keymap(&session.template, &config);
    assert!(problems.is_empty(), "{problems:?}");
    for name in breakout::tui::command::Command::names() {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    assert!(text.contains("new_point = \"n\""), "{text}");

    // Written as the config file, it changes nothing and is told as no problem.
    let path = dir.path().join("config/breakout/config.toml");
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, &text).expect("write");
    let out = bin::run_ok(dir.path(), ["config"]);
    assert!(out.err().is_empty(), "{}", out.err());
    assert_eq!(Config::load(Some(path)).problems, []);
}

#[test]
fn the_config_language_speaks_unless_lang_says_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config/breakout/config.toml");
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, "language = \"es\"\n").expect("write");
    let out = bin::run_ok(dir.path(), ["--help"]);
    assert!(out.out().contains("Opciones"), "{}", out.out());
    let out = bin::run_ok(dir.path(), ["--lang", "fr", "--help"]);
    assert!(out.out().contains("Options :"), "{}", out.out());
    // Plain mode takes it too.
    let out = bin::breakout()
        .dir(dir.path())
        .args(["--plain", "s.json"])
        .stdin("/quit\n")
        .run()
        .assert_ok();
    assert!(out.out().contains("Modo texto."), "{}", out.out());
    assert!(out.out().contains("Creado s.json"), "{}", out.out());
}
