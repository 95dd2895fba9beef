//! How each cost grows with the number of captured entries (10, 500, 10,000): drawing the
//! busiest screen (and the frame after a key), applying one key, load, save, export, merge;
//! and how the cost of a key grows with the size of the entry being typed into (200 bytes,
//! 50 KB, 2 MB). Run: `cargo bench --bench core` (`cargo bench --bench core -- entry` for
//! one group). Figures are reported, never asserted.
//!
//! The benches that drive the TUI (`breakout::tui::…`, whose API changes with its shape)
//! are kept together in `mod tui` below; the others use only the model, storage and export.

use std::hint::black_box;

use breakout::export::{Format, export};
use breakout::model::{NewItem, Session};
use breakout::storage::{Store, catalog, load};
use chrono::{TimeDelta, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// Sessions of a workshop (10), a full day's session (500) and a stress check (10,000).
const SIZES: [usize; 3] = [10, 500, 10_000];

/// A session with `n` entries, most of them at one table (the busiest screen): points,
/// recommendations with actions, spread over the questions, in several scripts.
fn session(n: usize) -> Session {
    let r = catalog::default_plan().expect("default plan");
    let t0 = Utc::now() - TimeDelta::hours(2);
    let mut s = Session::new(r.plan, r.template, t0);
    let qs: Vec<String> = s.plan.questions.iter().map(|q| q.id.to_string()).collect();
    let mut last_rec = None;
    for i in 0..n {
        let now = t0 + TimeDelta::milliseconds(i as i64);
        let q = Some(qs[i % qs.len()].as_str());
        let text = match i % 4 {
            0 => format!("Point {i}: firewalls between immigration enforcement and services"),
            1 => format!("বিন্দু {i}: অভিবাসী শ্রমিকদের অধিকার রক্ষা করতে হবে"),
            2 => format!("نقطة {i}: حماية حقوق العمال المهاجرين"),
            _ => format!("Point {i}: regional consultations 👍🏽 with civil society"),
        };
        let new = match (i % 10, last_rec) {
            (0, _) => NewItem::point(Some("asia"), q, text)
                .in_slot("recommendation")
                .with_field("target", "States"),
            (1 | 2, Some(rec)) => NewItem::point(Some("asia"), q, text)
                .in_slot("action")
                .under(rec),
            _ => NewItem::point(Some("asia"), q, text),
        };
        let is_rec = i % 10 == 0;
        let id = s.add(new, now).expect("add");
        if is_rec {
            last_rec = Some(id);
        }
    }
    s
}

fn storage(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("storage");
    g.sample_size(20);
    for n in SIZES {
        let s = session(n);
        let path = dir.path().join(format!("s{n}.json"));
        let opened = Store::open(&path, catalog::default_plan).expect("open");
        opened.store.save(&s).expect("save");
        g.bench_with_input(BenchmarkId::new("save", n), &n, |b, _| {
            b.iter(|| opened.store.save(&s).expect("save"))
        });
        g.bench_with_input(BenchmarkId::new("load", n), &n, |b, _| {
            b.iter(|| black_box(load::read_session(&path).expect("load")))
        });
    }
    g.finish();
}

fn exports(c: &mut Criterion) {
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    for n in SIZES {
        let s = session(n);
        for f in Format::ALL {
            g.bench_with_input(BenchmarkId::new(f.extension(), n), &n, |b, _| {
                b.iter(|| black_box(export(&s, f, None).expect("export")))
            });
        }
    }
    g.finish();
}

fn merge(c: &mut Criterion) {
    let mut g = c.benchmark_group("merge two sessions");
    g.sample_size(20);
    for n in SIZES {
        let a = session(n);
        let mut b = a.clone();
        // The other laptop edited a tenth of the entries.
        let now = Utc::now();
        let ids: Vec<_> = b.all_items().step_by(10).map(|i| i.id).collect();
        for id in ids {
            b.set_text(id, "edited on the other laptop", now)
                .expect("edit");
        }
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |bch, _| {
            bch.iter(|| {
                let mut m = a.clone();
                black_box(m.merge_from(&b).expect("merge"))
            })
        });
    }
    g.finish();
}

use tui::{apply_key, entry, render, render_typing};

criterion_group!(
    benches,
    render,
    render_typing,
    apply_key,
    entry,
    storage,
    exports,
    merge
);
criterion_main!(benches);

/// The benches that drive the TUI: one place to port when its API changes.
mod tui {
    use std::hint::black_box;

    use breakout::tui::command::Command;
    use breakout::tui::msg::Msg;
    use breakout::tui::state::{App, HitMap};
    use breakout::tui::update::{handle, update};
    use breakout::tui::view::{self, Theme};
    use chrono::Utc;
    use criterion::{BenchmarkId, Criterion};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{Terminal, TerminalOptions, Viewport};

    use super::{SIZES, session};

    fn key(c: char) -> Msg {
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    fn backspace() -> Msg {
        Msg::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE))
    }

    /// A message applied as the loop applies it.
    fn apply(app: &mut App, msg: Msg) {
        handle(app, &HitMap::default(), msg, Utc::now());
    }

    fn app(n: usize) -> App {
        let mut app = App::new(session(n), "bench.json".into(), None);
        update(&mut app, Command::GoToTable(3).into(), Utc::now());
        update(&mut app, Command::SelectLast.into(), Utc::now());
        app
    }

    /// Draws `app` at `size` over and over, as the loop does, through ratatui's terminal
    /// (written to nowhere). With `keys`, one of them (in turn) is applied before each frame.
    fn bench_frames(
        g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
        n: usize,
        app: &mut App,
        keys: &[Msg],
        size: (u16, u16),
    ) {
        let mut terminal = Terminal::with_options(
            CrosstermBackend::new(std::io::sink()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, size.0, size.1)),
            },
        )
        .expect("terminal");
        apply(
            app,
            Msg::Resize {
                width: size.0,
                height: size.1,
            },
        );
        let now = Utc::now();
        let mut turn = 0;
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                if !keys.is_empty() {
                    handle(
                        app,
                        &HitMap::default(),
                        keys[turn % keys.len()].clone(),
                        now,
                    );
                    turn += 1;
                }
                terminal
                    .draw(|frame| {
                        black_box(view::draw(frame.buffer_mut(), app, now, Theme::default()));
                    })
                    .expect("draw");
            })
        });
    }

    pub fn render(c: &mut Criterion) {
        let mut g = c.benchmark_group("render busiest screen 200x50");
        for n in SIZES {
            bench_frames(&mut g, n, &mut app(n), &[], (200, 50));
        }
        g.finish();
    }

    /// A key and the frame drawn after it, while typing: the editor open over the busiest table.
    pub fn render_typing(c: &mut Criterion) {
        let mut g = c.benchmark_group("key and frame while typing 100x30");
        for n in SIZES {
            let mut app = app(n);
            apply(&mut app, key('n'));
            for c in "firewalls between immigration enforcement and services ".chars() {
                apply(&mut app, key(c));
            }
            // A character typed, then taken back: each frame shows what one key changed.
            bench_frames(&mut g, n, &mut app, &[key('x'), backspace()], (100, 30));
        }
        g.finish();
    }

    pub fn apply_key(c: &mut Criterion) {
        let mut g = c.benchmark_group("apply one key while typing");
        for n in SIZES {
            let mut app = app(n);
            apply(&mut app, key('n'));
            let mut typed = 0usize;
            g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
                b.iter(|| {
                    // Type a sentence, then take it back, so the entry keeps a realistic length.
                    let k = if typed % 160 < 80 {
                        key('x')
                    } else {
                        backspace()
                    };
                    typed += 1;
                    apply(&mut app, k);
                    // The loop hands the autosaver a snapshot after every change.
                    black_box(app.session.clone());
                })
            });
        }
        g.finish();
    }

    /// Sizes of the entry typed into: a long paragraph, a pasted page, a pasted document.
    const ENTRY_SIZES: [usize; 3] = [200, 50_000, 2_000_000];

    /// A paragraph of about `bytes` bytes on one line, as a paste brings it.
    fn paragraph(bytes: usize) -> String {
        let words = "firewalls between immigration enforcement and public services, ";
        let mut s = words.repeat(bytes / words.len() + 1);
        s.truncate(bytes);
        s
    }

    /// A 10-entry session with a new point open in the editor, holding a pasted paragraph
    /// of `bytes` bytes, the cursor at its end.
    fn typing_in(bytes: usize) -> App {
        let mut app = app(10);
        apply(&mut app, key('n'));
        apply(&mut app, Msg::Paste(paragraph(bytes)));
        app
    }

    /// One key typed at the end of an entry of 200 bytes, 50 KB and 2 MB (a character, then
    /// a backspace, in turn), with and without the frame drawn after it.
    pub fn entry(c: &mut Criterion) {
        let keys = [key('x'), backspace()];
        let mut g = c.benchmark_group("key at the end of an entry of N bytes");
        g.sample_size(10);
        for n in ENTRY_SIZES {
            let mut app = typing_in(n);
            let mut turn = 0;
            g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
                b.iter(|| {
                    apply(&mut app, keys[turn % 2].clone());
                    turn += 1;
                })
            });
        }
        g.finish();
        let mut g = c.benchmark_group("key and frame at the end of an entry of N bytes, 100x30");
        g.sample_size(10);
        for n in ENTRY_SIZES {
            bench_frames(&mut g, n, &mut typing_in(n), &keys, (100, 30));
        }
        g.finish();
    }
}
