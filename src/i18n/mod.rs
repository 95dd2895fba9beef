//! Every word the user reads: Fluent catalogs in `locales/`, one file per language, embedded
//! at build time. A message missing from a catalog falls back to English; one missing from
//! English shows its id (and a test fails).
//!
//! The language is chosen once at start-up (`choose`, then `set`); tests and exports in a
//! template's language ask for one explicitly (`text_in`, `scoped`). This module depends on
//! nothing else in the crate, so every layer may use it.

mod choose;

use std::borrow::Cow;
use std::cell::Cell;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use choose::{
    Choice, Source, choose, choose_with_config, from_process, from_process_with_config,
};

mod catalogs {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// One of the embedded catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    pub const ENGLISH: Lang = Lang(0);

    /// Every language with a catalog, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..catalogs::CATALOGS.len()).map(Lang)
    }

    /// The catalog for a language tag in any common spelling — `fr`, `fr-CA`, `fr_FR.UTF-8`,
    /// `es_ES@euro` — by full tag first, then by language alone.
    pub fn find(tag: &str) -> Option<Lang> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let lower = tag.to_ascii_lowercase();
        let code = |l: &Lang| l.code().to_ascii_lowercase();
        Lang::all().find(|l| code(l) == lower).or_else(|| {
            let primary = lower.split('-').next().unwrap_or("");
            Lang::all().find(|l| !primary.is_empty() && code(l) == primary)
        })
    }

    /// The catalog's file name: `en`, `fr`, `es`.
    pub fn code(self) -> &'static str {
        catalogs::CATALOGS.get(self.0).map_or("en", |c| c.0)
    }

    /// The language's name in itself ("Français"), from its catalog.
    pub fn name(self) -> String {
        text_in(self, "language-name", &[])
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

/// A value for a message's `{ $name }`: words, or a number (plurals choose by it).
pub struct Arg<'a>(FluentValue<'a>);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(FluentValue::from(s.as_str()))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl<'a> From<&'a Path> for Arg<'a> {
    fn from(p: &'a Path) -> Self {
        Arg(FluentValue::from(p.to_string_lossy()))
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, isize, f64);

/// The message `id` in the current language, with its arguments:
/// `tr!("entries-count", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// As `tr!`, in a given language (an export in its template's language).
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:literal) => {
        $crate::i18n::text_in($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_in($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

static CHOSEN: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the whole program (once, at start-up).
pub fn set(lang: Lang) {
    CHOSEN.store(lang.0, Ordering::Relaxed);
}

/// The language messages are written in on this thread.
pub fn current() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or(Lang(CHOSEN.load(Ordering::Relaxed)))
}

/// Runs `f` with this thread's messages in `lang` (tests; a screen drawn in another language).
pub fn scoped<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// The message `id` in the current language.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    text_in(current(), id, args)
}

/// The message `id` in `lang`, else in English, else its id.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format(lang, id, args)
        .or_else(|| format(Lang::ENGLISH, id, args))
        .unwrap_or_else(|| id.to_owned())
}

/// Whether `lang`'s own catalog has `id` (no fallback).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).is_some_and(|b| b.has_message(id))
}

fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundle(lang)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, Arg(value)) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(out.into_owned())
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<OnceLock<Option<Bundle>>>> =
    LazyLock::new(|| catalogs::CATALOGS.iter().map(|_| OnceLock::new()).collect());

/// A catalog is parsed the first time it is used: start-up pays for one language only.
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    BUNDLES
        .get(lang.0)?
        .get_or_init(|| {
            let (code, source) = catalogs::CATALOGS.get(lang.0)?;
            let id: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Terminals draw the isolation marks Fluent puts around arguments.
            bundle.set_use_isolating(false);
            // A catalog with a mistake keeps every message it could read; tests catch the rest.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
            Some(bundle)
        })
        .as_ref()
}

/// Every catalog's source, by language code (the catalog tests read them).
pub fn sources() -> impl Iterator<Item = (&'static str, &'static str)> {
    catalogs::CATALOGS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_languages_in_every_spelling() {
        let fr = Lang::find("fr").expect("fr");
        assert_eq!(fr.code(), "fr");
        assert_eq!(Lang::find("fr_FR.UTF-8"), Some(fr));
        assert_eq!(Lang::find("fr-CA"), Some(fr));
        assert_eq!(Lang::find("FR_be@euro"), Some(fr));
        assert_eq!(Lang::find("es_MX").map(Lang::code), Some("es"));
        assert_eq!(Lang::find("de_DE.UTF-8"), None);
        assert_eq!(Lang::find(""), None);
        assert_eq!(Lang::all().next(), Some(Lang::ENGLISH));
        assert_eq!(Lang::ENGLISH.code(), "en");
    }

    #[test]
    fn falls_back_to_english_then_to_the_id() {
        let fr = Lang::find("fr").expect("fr");
        assert_eq!(text_in(fr, "language-name", &[]), "Français");
        assert_eq!(text_in(fr, "no-such-message", &[]), "no-such-message");
        assert_eq!(
            scoped(fr, || tr!("language-name")),
            "Français",
            "scoped sets this thread's language"
        );
        assert_eq!(tr!("language-name"), "English", "and only inside the scope");
    }

    #[test]
    fn plurals_follow_the_language() {
        let fr = Lang::find("fr").expect("fr");
        let en = Lang::ENGLISH;
        let n = |lang, count: usize| tr_in!(lang, "entries-count", count = count);
        assert_eq!(n(en, 1), "1 entry");
        assert_eq!(n(en, 0), "0 entries");
        assert_eq!(n(fr, 0), "0 entrée", "French counts 0 as one");
        assert_eq!(n(fr, 2), "2 entrées");
        assert!(!tr!("entries-count", count = 3usize).contains('\u{2068}'));
    }
}
