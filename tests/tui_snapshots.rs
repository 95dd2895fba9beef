//! Snapshots of the main screens, drawn by `view::draw` on ratatui's `TestBackend` at 80×24
//! and 120×40 (and a window too small to use). Review a changed snapshot by eye before
//! accepting it: `INSTA_UPDATE=always cargo test --test tui_snapshots`, then read the diff.
//!
//! Every input is fixed so the screens never vary: the time, the timer, and no "saved at"
//! clock (the header shows it in the machine's local time zone, so `saved_at` stays `None`).
//! Entry ids are random but never drawn; ranks decide the order.

mod common;

use std::path::PathBuf;

use breakout::model::{Attribution, ItemId, NewItem, Session};

use breakout::tui::action::Action;
use breakout::tui::modes::Mode;
use breakout::tui::msg::Msg;
use breakout::tui::state::{App, HitMap};
use breakout::tui::update::{handle, update};
use breakout::tui::view::{self, Theme};
use chrono::{DateTime, TimeDelta, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

fn now() -> DateTime<Utc> {
    common::clock::now()
}

fn session() -> Session {
    common::session::new()
}

fn app_with(session: Session) -> App {
    App::new(
        session,
        PathBuf::from("/home/rapporteur/breakout/gfmd-4.1.json"),
        None,
    )
}

fn key(app: &mut App, code: KeyCode) {
    let mods = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    handle(
        app,
        &HitMap::default(),
        Msg::Key(KeyEvent::new(code, mods)),
        now(),
    );
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The screen as text: one line per row, a cluster that claims several columns written once,
/// trailing blanks trimmed, under a line giving the size.
fn buffer_text(buf: &Buffer) -> String {
    format!(
        "{}×{}\n{}",
        buf.area.width,
        buf.area.height,
        common::screen::buffer_text(buf)
    )
}

/// Draws as the loop does: the window's size reaches the app as a message first.
fn draw_with(app: &mut App, w: u16, h: u16, theme: Theme) -> Buffer {
    update(
        app,
        Action::Resized {
            width: w,
            height: h,
        },
        now(),
    );
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let frame = terminal
        .draw(|f| {
            view::draw(f.buffer_mut(), app, now(), theme);
        })
        .expect("draw");
    frame.buffer.clone()
}

fn draw(app: &mut App, w: u16, h: u16) -> String {
    buffer_text(&draw_with(app, w, h, Theme::default()))
}

/// Snapshots `app` at 80×24 and 120×40 as `NAME_80x24` and `NAME_120x40`.
fn both_sizes(name: &str, app: &mut App) {
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = draw(app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    }
}

/// The Asia table of GFMD 2016 session 4.1, as its rapporteur captured it
/// (seeds/002: recommendation 1 "From Asia Group", its three actions and indicator), with a
/// few discussion points under different questions, a quote, and one entry at another table.
fn busy() -> App {
    let mut s = session();
    let t = now() - TimeDelta::minutes(50);
    let asia = Some("asia");
    let mut add = |new: NewItem| s.add(new, t).expect("add");
    add(NewItem::point(
        asia,
        Some("q1"),
        "Rights framework must be in the compact from the start, not added after",
    ));
    add(NewItem::point(
        asia,
        Some("q2"),
        "Regional consultative processes: Colombo process, Abu Dhabi Dialogue, ASEAN and SAARC",
    ));
    add(NewItem::point(
        asia,
        Some("q2"),
        "Development assistance providers to Asia: Swiss, Canada and Australia",
    ));
    let rec = add(NewItem::point(
        asia,
        Some("q1"),
        "Embed Rights Framework into clear implementation plan of Global Compact starting \
             during the negotiations process",
    )
    .in_slot("recommendation")
    .with_field("target", "States negotiating the Global Compact"));
    let under = |text: &str, slot: &str| {
        NewItem::point(asia, Some("q3"), text)
            .in_slot(slot)
            .under(rec)
    };
    add(under(
        "Development assistance providers to Asia (Swiss, Canada and Australia) to support CSO \
         regional consultations with governments. Should include capacity building.",
        "action",
    ));
    add(under(
        "National level networks engage with champion countries to approach regional \
         consultative processes (Colombo process, Abu Dhabi Dialogue, ASEAN and SAARC) to push \
         forward elements of the compact in these regional spaces",
        "action",
    ));
    add(under(
        "Compact negotiations specify Sending country obligations – consular services, \
         re-integration.",
        "action",
    ));
    add(under(
        "Implementation measures of rights-based commitments (with benchmarks) incorporated in \
         the compact as it is negotiated.",
        "indicator",
    ));
    add(NewItem::point(
        asia,
        Some("q4"),
        "Compact should specify sending country obligations: consular services, re-integration",
    ));
    let mut quote = NewItem::point(
        asia,
        Some("q4"),
        "Current migration regime of management and deterrence contributes to criminalization \
         and feeds racism and xenophobia.",
    )
    .in_slot("quote");
    quote.attribution = Some(Attribution::default());
    add(quote);
    add(NewItem::point(
        Some("europe-med-africa"),
        Some("q4"),
        "Leverage new Global Compact to promote policy coherence and implementation for \
             rights based migration governance",
    )
    .in_slot("recommendation")
    .with_field("target", "Countries negotiating Global Compact"));
    // The regional tables have run for twelve minutes.
    s.with_agenda(now(), |a| {
        a.go_to(1, now() - TimeDelta::minutes(12));
        a.start(now() - TimeDelta::minutes(12));
    });
    assert!(s.validate().is_ok());
    let mut app = app_with(s);
    // At the Asia table, its recommendation selected (the question pane follows it to Q1).
    app.table = 3;
    app.selected = Some(rec);
    app.question = Some(0);
    app
}

fn rec_of(app: &App) -> ItemId {
    app.session
        .live_items()
        .find(|i| i.slot.as_deref() == Some("recommendation") && i.table.as_deref() == Some("asia"))
        .expect("the Asia recommendation")
        .id
}

#[test]
fn empty_session() {
    let mut app = app_with(session());
    both_sizes("empty", &mut app);
}

#[test]
fn busy_table() {
    let mut app = busy();
    assert_eq!(app.selected, Some(rec_of(&app)));
    both_sizes("busy", &mut app);
}

#[test]
fn busy_table_grouped_by_kind() {
    let mut app = busy();
    key(&mut app, KeyCode::Char('b'));
    both_sizes("busy_by_kind", &mut app);
}

#[test]
fn help() {
    let mut app = app_with(session());
    key(&mut app, KeyCode::Char('?'));
    both_sizes("help", &mut app);
}

#[test]
fn projector() {
    let mut app = busy();
    key(&mut app, KeyCode::Char('P'));
    assert!(matches!(app.mode(), Mode::Projector));
    both_sizes("projector", &mut app);
}

#[test]
fn save_failure() {
    let mut app = busy();
    app.save.error = Some("No space left on device (os error 28): the disk is full".into());
    app.save.saved_generation = 3;
    app.save.submitted_generation = 5;
    both_sizes("save_failure", &mut app);
    // F shows the file's path and the whole reason.
    key(&mut app, KeyCode::Char('F'));
    both_sizes("save_failure_file_panel", &mut app);
}

#[test]
fn tiny_window() {
    let mut app = busy();
    let screen = draw(&mut app, 30, 8);
    insta::assert_snapshot!("tiny_30x8", screen);
    // Just below the minimum in one direction only.
    let screen = draw(&mut app, 39, 24);
    insta::assert_snapshot!("tiny_39x24", screen);
}

#[test]
fn editor_on_a_new_recommendation_with_its_target() {
    let mut app = app_with(session());
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Char('r'));
    typ(
        &mut app,
        "Embed Rights Framework into clear implementation plan of Global Compact",
    );
    key(&mut app, KeyCode::Tab);
    typ(&mut app, "States negotiating the Global Compact");
    both_sizes("editor_recommendation", &mut app);
}

#[test]
fn editor_on_a_quote() {
    let mut app = busy();
    key(&mut app, KeyCode::Char('v'));
    typ(
        &mut app,
        "This moment requires new alliances, new paradigms, new kinds of economies that include \
         migration as a choice.",
    );
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    both_sizes("editor_quote", &mut app);
}

#[test]
fn search_with_results() {
    let mut app = busy();
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char('/'));
    typ(&mut app, "compact");
    key(&mut app, KeyCode::Down);
    both_sizes("search", &mut app);
}

/// The report view on the seed's own report: every section in the form's order, the four
/// recommendations picked in order with their origin, targets, actions and indicators, the
/// warning on recommendation 1's third action, and the quotes kept anonymous.
fn seed_report() -> App {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/examples/gfmd-2016-csd-4.1-report.json");
    let s = breakout::storage::load::read_session(&path).expect("the example session loads");
    app_with(s)
}

#[test]
fn report_view() {
    let mut app = seed_report();
    key(&mut app, KeyCode::Char('R'));
    both_sizes("report_view", &mut app);
}

#[test]
fn report_view_scrolled_to_the_recommendations_with_one_taken_out() {
    let mut app = seed_report();
    key(&mut app, KeyCode::Char('R'));
    // Down to the first recommendation and take it out of the report.
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    both_sizes("report_view_one_taken_out", &mut app);
}

/// The screens a user meets, each with a selection: the table, search results, a pick list,
/// the report view, help.
fn screens() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    out.push(("table", busy()));
    let mut search = busy();
    key(&mut search, KeyCode::Char('/'));
    typ(&mut search, "compact");
    out.push(("search", search));
    let mut pick = busy();
    key(&mut pick, KeyCode::Char('+'));
    out.push(("pick", pick));
    let mut report = seed_report();
    key(&mut report, KeyCode::Char('R'));
    out.push(("report", report));
    let mut help = busy();
    key(&mut help, KeyCode::Char('?'));
    out.push(("help", help));
    out
}

#[test]
fn no_text_in_colours_that_vanish_on_common_themes() {
    use ratatui::style::Color;
    for theme in Theme::all() {
        for (name, mut app) in screens() {
            let buf = draw_with(&mut app, 100, 30, theme);
            for cell in buf.content.iter().filter(|c| !c.symbol().trim().is_empty()) {
                assert!(
                    !matches!(cell.fg, Color::DarkGray | Color::Yellow),
                    "{name} in {theme:?}: {:?} drawn in {:?}",
                    cell.symbol(),
                    cell.fg
                );
                if !theme.color {
                    assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "NO_COLOR");
                }
            }
        }
    }
}

#[test]
fn every_list_marks_its_selection_in_text_and_opens_with_one() {
    for theme in Theme::all() {
        for (name, mut app) in screens().into_iter().filter(|(n, _)| *n != "help") {
            let buf = draw_with(&mut app, 100, 30, theme);
            let text = common::screen::buffer_text(&buf);
            // "> " at the start of a row or after a blank or a border.
            let marked: Vec<&str> = text
                .lines()
                .filter(|l| {
                    l.match_indices("> ").any(|(i, _)| {
                        l[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| c == ' ' || c == '│')
                    })
                })
                .collect();
            // The pick list opens over the table, whose selected entry still shows beside it.
            let lists = if name == "pick" { 2 } else { 1 };
            assert_eq!(marked.len(), lists, "{name} in {theme:?}:\n{text}");
        }
    }
}

/// The screen's styles, row by row: each run of cells alike as `col:` then what is set
/// (B bold, U underline, R reverse, I italic, and the colours), for a snapshot of a theme.
fn style_text(buf: &Buffer) -> String {
    use ratatui::style::Modifier;
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut row = Vec::new();
        let mut last = None;
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            let m = c.modifier;
            let mut s = String::new();
            for (flag, ch) in [
                (Modifier::BOLD, 'B'),
                (Modifier::UNDERLINED, 'U'),
                (Modifier::REVERSED, 'R'),
                (Modifier::ITALIC, 'I'),
                (Modifier::DIM, 'D'),
            ] {
                if m.contains(flag) {
                    s.push(ch);
                }
            }
            let style = format!("{s} {:?}/{:?}", c.fg, c.bg);
            if last.as_ref() != Some(&style) {
                row.push(format!("{x}:{style}"));
                last = Some(style);
            }
        }
        out.push_str(&format!("{y:>2} {}\n", row.join(" | ")));
    }
    out
}

#[test]
fn high_contrast_theme() {
    let mut app = busy();
    let buf = draw_with(&mut app, 80, 24, Theme::high_contrast());
    let screen = format!("{}\n{}", buffer_text(&buf), style_text(&buf));
    insta::assert_snapshot!("high_contrast_80x24", screen);
    let mut report = seed_report();
    key(&mut report, KeyCode::Char('R'));
    let buf = draw_with(&mut report, 80, 24, Theme::high_contrast());
    let screen = format!("{}\n{}", buffer_text(&buf), style_text(&buf));
    insta::assert_snapshot!("high_contrast_report_80x24", screen);
}

// In French and Spanish, 20–30 % longer than English, the screens keep their layout at 80×24:
// snapshots of each, and checks that the footer's hints are whole and the table names show.

fn lang(code: &str) -> breakout::i18n::Lang {
    breakout::i18n::Lang::find(code).expect("a catalog for the language")
}

/// `build` makes the app and `open` presses its keys in `code`'s language (the main screen's
/// rows are worked out in the language of the update), then the screen at 80×24 is drawn.
fn in_language(code: &str, build: fn() -> App, open: &[KeyCode]) -> (App, String) {
    breakout::i18n::scoped(lang(code), || {
        let mut app = build();
        for k in open {
            key(&mut app, *k);
        }
        let screen = draw(&mut app, 80, 24);
        (app, screen)
    })
}

/// The footer's hints, each "key words", as the keymap and catalog give them in `code`.
fn footer_hints(app: &App, code: &str) -> Vec<String> {
    breakout::i18n::scoped(lang(code), || {
        let mut hints: Vec<String> = app
            .keymap
            .table(app.mode().kind())
            .iter()
            .filter(|b| b.footer)
            .map(|b| format!("{} {}", b.keys[0].label(), b.short_hint()))
            .collect();
        hints.push(format!(
            "+ {}",
            breakout::i18n::text("tui-footer-report-entry", &[])
        ));
        hints
    })
}

/// Every piece of the footer's last line is a whole hint, there are at least `least` of them,
/// and `?` (the way to every other key) is there when the mode has it.
fn assert_footer_whole(app: &App, code: &str, screen: &str, least: usize) {
    let footer = screen.lines().last().expect("a footer line");
    let hints = footer_hints(app, code);
    let pieces: Vec<&str> = footer
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    assert!(pieces.len() >= least, "{code}: too few hints: {footer:?}");
    for p in &pieces {
        assert!(
            hints.iter().any(|h| h == p),
            "{code}: {p:?} is not a whole hint of {hints:?}\n{screen}"
        );
    }
    if hints.iter().any(|h| h.starts_with("? ")) {
        assert!(
            pieces.iter().any(|p| p.starts_with("? ")),
            "{code}: the footer lost `?`: {footer:?}"
        );
    }
}

/// The header names the event and the save state; the tab bar names every table; the table
/// pane names the current one.
fn assert_names_shown(app: &App, code: &str, screen: &str) {
    let lines: Vec<&str> = screen.lines().collect();
    // Line 0 is the size; then the header's two lines, the tab bar, the panes.
    assert!(lines[1].starts_with("GFMD"), "{code}: {}", lines[1]);
    let saved = breakout::i18n::scoped(lang(code), || breakout::i18n::text("tui-save-saved", &[]));
    assert!(lines[1].ends_with(&saved), "{code}: {}", lines[1]);
    for t in &app.session.plan.tables {
        assert!(
            lines[3].contains(&t.short),
            "{code}: {} missing: {}",
            t.short,
            lines[3]
        );
    }
    let here = &app.session.plan.tables[app.table].short;
    assert!(lines[4].contains(here.as_str()), "{code}: {}", lines[4]);
}

#[test]
fn main_screen_in_french_and_spanish() {
    for code in ["fr", "es"] {
        let (app, screen) = in_language(code, busy, &[]);
        assert_footer_whole(&app, code, &screen, 2);
        assert_names_shown(&app, code, &screen);
        insta::assert_snapshot!(format!("busy_{code}_80x24"), screen);
    }
}

#[test]
fn grouped_by_kind_in_french_and_spanish() {
    for code in ["fr", "es"] {
        let (app, screen) = in_language(code, busy, &[KeyCode::Char('b')]);
        assert_footer_whole(&app, code, &screen, 2);
        assert_names_shown(&app, code, &screen);
        insta::assert_snapshot!(format!("busy_by_kind_{code}_80x24"), screen);
    }
}

#[test]
fn help_in_french_and_spanish() {
    fn empty() -> App {
        app_with(session())
    }
    for code in ["fr", "es"] {
        let (app, screen) = in_language(code, empty, &[KeyCode::Char('?')]);
        assert_footer_whole(&app, code, &screen, 2);
        insta::assert_snapshot!(format!("help_{code}_80x24"), screen);
    }
}

#[test]
fn report_view_in_french_and_spanish() {
    for code in ["fr", "es"] {
        let (app, screen) = in_language(code, seed_report, &[KeyCode::Char('R')]);
        assert_footer_whole(&app, code, &screen, 2);
        insta::assert_snapshot!(format!("report_view_{code}_80x24"), screen);
    }
}

#[test]
fn file_panel_names_the_language_and_where_it_came_from() {
    use breakout::i18n::{Choice, Source};
    let choice = Choice {
        lang: lang("fr"),
        source: Source::Env("LANG", "fr_FR.UTF-8".into()),
        missing: None,
    };
    let (app, screen) = breakout::i18n::scoped(lang("fr"), || {
        let mut app = busy().language(choice);
        key(&mut app, KeyCode::Char('F'));
        let screen = draw(&mut app, 80, 24);
        (app, screen)
    });
    assert!(
        screen.contains("Langue :") && screen.contains("Français (LANG=fr_FR.UTF-8)"),
        "{screen}"
    );
    // The file panel does not scroll: Esc is its one key (any other closes it too).
    assert_footer_whole(&app, "fr", &screen, 1);
    insta::assert_snapshot!("file_panel_fr_80x24", screen);
    // In English by default, with nothing asked for.
    let mut app = busy();
    key(&mut app, KeyCode::Char('F'));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("Language: English"), "{screen}");
}

#[test]
fn projector_and_too_small_in_french() {
    let (_, screen) = in_language("fr", busy, &[KeyCode::Char('P')]);
    assert!(screen.contains("P ou Esc : retour"), "{screen}");
    insta::assert_snapshot!("projector_fr_80x24", screen);
    let screen = breakout::i18n::scoped(lang("fr"), || draw(&mut busy(), 30, 8));
    assert!(screen.contains("Fenêtre trop petite (30×8)"), "{screen}");
}

/// The agenda's first phase has the plan's longest title: at 80 columns, and at the narrowest
/// window the app draws, the countdown shows whole in every language, on the main screen
/// (the phase's title shortened before it, the key hint whole or left out) and in the
/// projector view.
#[test]
fn the_countdown_is_never_cut() {
    fn empty() -> App {
        app_with(session())
    }
    for code in ["en", "fr", "es"] {
        let left = breakout::tr_in!(lang(code), "tui-timer-left", time = "20:00");
        let hint = format!(
            "({})",
            breakout::tr_in!(lang(code), "tui-header-start-timer", key = "s")
        );
        for w in [80, 40] {
            let screen = breakout::i18n::scoped(lang(code), || draw(&mut empty(), w, 24));
            let line = screen.lines().nth(2).expect("the header's second line");
            assert!(line.starts_with("⏸ 1/3 Plenary"), "{code} {w}: {line:?}");
            assert!(line.contains(&format!(" · {left}")), "{code} {w}: {line:?}");
            // The hint is whole, or not there at all.
            let after = line.split(&left).nth(1).unwrap_or("").trim();
            assert!(after.is_empty() || after == hint, "{code} {w}: {line:?}");
            let (_, screen) = in_language(code, empty, &[KeyCode::Char('P')]);
            let projector = if w == 80 {
                screen
            } else {
                breakout::i18n::scoped(lang(code), || {
                    let mut app = empty();
                    key(&mut app, KeyCode::Char('P'));
                    draw(&mut app, w, 24)
                })
            };
            let timer = projector.lines().nth(3).expect("the timer's row").trim();
            assert!(timer.starts_with("⏸ 1/3 "), "{code} {w}: {timer:?}");
            assert!(
                timer.ends_with(&format!(" · {left}")),
                "{code} {w}: {timer:?}"
            );
        }
        // At 80 columns the three languages keep the key hint, after a shortened title.
        let screen = breakout::i18n::scoped(lang(code), || draw(&mut empty(), 80, 24));
        let line = screen.lines().nth(2).expect("the header's second line");
        assert!(
            line.ends_with(&hint) && line.contains('…'),
            "{code}: {line:?}"
        );
        let (_, projector) = in_language(code, empty, &[KeyCode::Char('P')]);
        insta::assert_snapshot!(format!("projector_first_phase_{code}_80x24"), projector);
    }
}

/// Help's footer names the way it can still scroll: down at the top, up at the end; the file
/// panel, which does not scroll, names neither.
#[test]
fn a_panel_footer_names_the_way_it_can_scroll() {
    let mut app = app_with(session());
    key(&mut app, KeyCode::Char('?'));
    let footer = |app: &mut App| draw(app, 80, 24).lines().last().unwrap_or("").to_owned();
    let top = footer(&mut app);
    assert!(top.starts_with("↓ scroll") && !top.contains('↑'), "{top:?}");
    for _ in 0..30 {
        key(&mut app, KeyCode::PageDown);
    }
    let end = footer(&mut app);
    assert!(end.starts_with("↑ scroll") && !end.contains('↓'), "{end:?}");
    // Back at the top, down is the way again.
    for _ in 0..30 {
        key(&mut app, KeyCode::PageUp);
    }
    assert!(footer(&mut app).starts_with("↓ scroll"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('F'));
    let file = footer(&mut app);
    assert!(
        file.starts_with("Esc ") && !file.contains("scroll"),
        "{file:?}"
    );
}

/// The quote editor's consent line and the export message, at 80 columns in every language:
/// the key that records consent and the key that shows where the files went are whole.
#[test]
fn keys_in_messages_show_at_80_columns() {
    for code in ["en", "fr", "es"] {
        let screen = breakout::i18n::scoped(lang(code), || {
            let mut app = busy();
            key(&mut app, KeyCode::Char('v'));
            typ(&mut app, "This moment requires new alliances.");
            draw(&mut app, 80, 24)
        });
        assert!(screen.contains("│[ ] Space"), "{code}:\n{screen}");
        let screen = breakout::i18n::scoped(lang(code), || {
            let mut app = busy();
            let paths = ["md", "txt", "docx"]
                .map(|x| PathBuf::from(format!("/home/rapporteur/gfmd-4.1-report.{x}")));
            update(&mut app, Action::Exported(Ok(paths.to_vec().into())), now());
            draw(&mut app, 80, 24)
        });
        // The status area: the message, wrapped onto as many lines as it needs, and the keys.
        let message = screen.lines().skip(20).collect::<Vec<_>>().join(" ");
        // The folder was cut to fit: the message says where to see it whole.
        let words = breakout::tr_in!(
            lang(code),
            "tui-exported-cut",
            folder = "",
            files = "",
            key = "F"
        );
        let key = words
            .split('(')
            .nth(1)
            .and_then(|k| k.split(')').next())
            .unwrap_or("?");
        assert!(message.contains(&format!("({key})")), "{code}: {message:?}");
        assert!(
            message.contains("gfmd-4.1-report.md, .txt, .docx"),
            "{code}: {message:?}"
        );
    }
}

#[test]
fn editor_on_a_quote_in_french_and_spanish() {
    for code in ["fr", "es"] {
        let screen = breakout::i18n::scoped(lang(code), || {
            let mut app = busy();
            key(&mut app, KeyCode::Char('v'));
            typ(&mut app, "This moment requires new alliances.");
            key(&mut app, KeyCode::Tab);
            draw(&mut app, 80, 24)
        });
        insta::assert_snapshot!(format!("editor_quote_{code}_80x24"), screen);
    }
}
