//! Which language to speak: `--lang`, else the environment as gettext reads it, else the
//! system's setting (Windows and macOS rarely set `LANG`), else English.

use super::Lang;

/// Where the language came from, for the session info screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `--lang CODE`.
    Flag(String),
    /// A config file's `language` setting; the file.
    Config(String),
    /// An environment variable and its value.
    Env(&'static str, String),
    /// The operating system's language setting.
    System(String),
    /// Nothing asked for a language.
    Default,
}

/// The language chosen, where it came from, and what was asked for if it has no catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
    /// The tag asked for when no catalog matched it (English is used instead).
    pub missing: Option<String>,
}

impl Choice {
    /// One line for the info screen: "Français (LANG=fr_FR.UTF-8)".
    pub fn describe(&self) -> String {
        let name = self.lang.name();
        let from = match &self.source {
            Source::Flag(v) => crate::tr!("language-from-flag", value = v.as_str()),
            Source::Config(file) => crate::tr!("language-from-config", file = file.as_str()),
            Source::Env(var, v) => crate::tr!("language-from-env", var = *var, value = v.as_str()),
            Source::System(v) => crate::tr!("language-from-system", value = v.as_str()),
            Source::Default => crate::tr!("language-from-default"),
        };
        match &self.missing {
            Some(tag) => crate::tr!(
                "language-missing",
                name = name,
                from = from,
                tag = tag.as_str()
            ),
            None => crate::tr!("language-chosen", name = name, from = from),
        }
    }
}

/// The language for `flag` (from `--lang`), the environment `env` (a lookup, so tests can
/// give their own) and the system's locale `system`.
///
/// As gettext does: `LC_ALL`, else `LC_MESSAGES`, else `LANG` name the locale; if that is
/// `C` or `POSIX` the program speaks English; otherwise `LANGUAGE`, a list such as `fr:es`,
/// comes first.
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Choice {
    let found = |tag: &str, source: Source| Choice {
        lang: Lang::find(tag).unwrap_or(Lang::ENGLISH),
        missing: Lang::find(tag).is_none().then(|| tag.to_owned()),
        source,
    };
    if let Some(tag) = flag.filter(|t| !t.trim().is_empty()) {
        return found(tag, Source::Flag(tag.to_owned()));
    }
    let set = |var: &'static str| env(var).filter(|v| !v.is_empty()).map(|v| (var, v));
    let locale = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"));
    if let Some((var, value)) = &locale {
        if matches!(value.as_str(), "C" | "POSIX") || value.starts_with("C.") {
            return Choice {
                lang: Lang::ENGLISH,
                source: Source::Env(var, value.clone()),
                missing: None,
            };
        }
        if let Some(list) = set("LANGUAGE") {
            let first = list.1.split(':').find(|t| Lang::find(t).is_some());
            if let Some(tag) = first {
                return found(tag, Source::Env("LANGUAGE", list.1.clone()));
            }
        }
        return found(value, Source::Env(var, value.clone()));
    }
    match system() {
        Some(tag) if !tag.is_empty() => found(&tag.clone(), Source::System(tag)),
        _ => Choice {
            lang: Lang::ENGLISH,
            source: Source::Default,
            missing: None,
        },
    }
}

/// The language for this process: `flag`, the real environment, the system's setting.
pub fn from_process(flag: Option<&str>) -> Choice {
    choose(flag, |var| std::env::var(var).ok(), sys_locale::get_locale)
}

/// As `choose`, with a config file's language (its tag and the file) after the flag and
/// before the environment.
pub fn choose_with_config(
    flag: Option<&str>,
    config: Option<(&str, &str)>,
    env: impl Fn(&str) -> Option<String>,
    system: impl FnOnce() -> Option<String>,
) -> Choice {
    let flagged = flag.is_some_and(|t| !t.trim().is_empty());
    match config {
        Some((tag, file)) if !flagged && !tag.trim().is_empty() => Choice {
            lang: Lang::find(tag).unwrap_or(Lang::ENGLISH),
            missing: Lang::find(tag).is_none().then(|| tag.to_owned()),
            source: Source::Config(file.to_owned()),
        },
        _ => choose(flag, env, system),
    }
}

/// The language for this process with a config file's `language` (tag, file).
pub fn from_process_with_config(flag: Option<&str>, config: Option<(&str, &str)>) -> Choice {
    choose_with_config(
        flag,
        config,
        |var| std::env::var(var).ok(),
        sys_locale::get_locale,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    fn code(c: &Choice) -> &'static str {
        c.lang.code()
    }

    #[test]
    fn the_flag_wins() {
        let c = choose(Some("es"), env(&[("LC_ALL", "fr_FR.UTF-8")]), || None);
        assert_eq!(code(&c), "es");
        assert_eq!(c.source, Source::Flag("es".into()));
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = [
            ("LC_ALL", "fr_FR.UTF-8"),
            ("LC_MESSAGES", "es_ES.UTF-8"),
            ("LANG", "en_GB.UTF-8"),
        ];
        assert_eq!(code(&choose(None, env(&all), || None)), "fr");
        assert_eq!(code(&choose(None, env(&all[1..]), || None)), "es");
        let c = choose(None, env(&all[2..]), || None);
        assert_eq!(code(&c), "en");
        assert_eq!(c.source, Source::Env("LANG", "en_GB.UTF-8".into()));
        let empty = [("LC_ALL", ""), ("LANG", "es_AR.UTF-8")];
        assert_eq!(code(&choose(None, env(&empty), || None)), "es");
    }

    #[test]
    fn language_lists_come_first_unless_the_locale_is_c() {
        let vars = [("LANGUAGE", "de:fr:es"), ("LANG", "es_ES.UTF-8")];
        let c = choose(None, env(&vars), || None);
        assert_eq!(code(&c), "fr", "the first listed language with a catalog");
        let c_locale = [("LANGUAGE", "fr"), ("LC_ALL", "C")];
        assert_eq!(code(&choose(None, env(&c_locale), || None)), "en");
    }

    #[test]
    fn a_language_without_a_catalog_is_named_and_english_used() {
        let c = choose(None, env(&[("LANG", "de_DE.UTF-8")]), || None);
        assert_eq!(code(&c), "en");
        assert_eq!(c.missing.as_deref(), Some("de_DE.UTF-8"));
        assert!(c.describe().contains("de_DE.UTF-8"), "{}", c.describe());
    }

    #[test]
    fn a_config_file_comes_after_the_flag_and_before_the_environment() {
        let file = Some(("fr", "/home/ana/.config/breakout/config.toml"));
        let vars = [("LANG", "es_ES.UTF-8")];
        let c = choose_with_config(None, file, env(&vars), || None);
        assert_eq!(code(&c), "fr");
        assert_eq!(
            c.source,
            Source::Config("/home/ana/.config/breakout/config.toml".into())
        );
        assert!(c.describe().contains("config.toml"), "{}", c.describe());
        let c = choose_with_config(Some("en"), file, env(&vars), || None);
        assert_eq!(code(&c), "en", "--lang wins");
        let c = choose_with_config(None, None, env(&vars), || None);
        assert_eq!(code(&c), "es", "no config: the environment");
    }

    #[test]
    fn the_system_setting_when_the_environment_says_nothing() {
        let c = choose(None, env(&[]), || Some("es-MX".into()));
        assert_eq!(code(&c), "es");
        assert_eq!(c.source, Source::System("es-MX".into()));
        let none = choose(None, env(&[]), || None);
        assert_eq!((code(&none), none.source), ("en", Source::Default));
    }
}
