//! The languages of the interface and of content. Italian is the default and
//! lives at `/`; the others live under their own prefix (`/en/`, `/fr/`, `/ar/`),
//! so a language choice is part of the address and never needs a cookie.

use std::fmt;

/// A language AgorAL speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    It,
    En,
    Fr,
    Ar,
}

impl Lang {
    /// Every supported language, Italian first.
    pub const ALL: [Lang; 4] = [Lang::It, Lang::En, Lang::Fr, Lang::Ar];

    /// BCP 47 code, as used in `lang` and `hreflang`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// Parses a BCP 47 code of a supported language.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Path prefix of the language's pages: empty for Italian, `/en` for English.
    pub const fn prefix(self) -> &'static str {
        match self {
            Lang::It => "",
            Lang::En => "/en",
            Lang::Fr => "/fr",
            Lang::Ar => "/ar",
        }
    }

    /// Home page of the language.
    pub const fn home(self) -> &'static str {
        match self {
            Lang::It => "/",
            Lang::En => "/en/",
            Lang::Fr => "/fr/",
            Lang::Ar => "/ar/",
        }
    }

    /// Text direction: `rtl` for Arabic.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// The language's own name, as shown in the language switcher.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    /// Splits a request path into its language and the rest of the path
    /// (`/en/privacy` → (En, `/privacy`); `/privacy` → (It, `/privacy`)).
    pub fn split_path(path: &str) -> (Lang, &str) {
        for lang in [Lang::En, Lang::Fr, Lang::Ar] {
            let prefix = lang.prefix();
            if let Some(rest) = path.strip_prefix(prefix) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') {
                    return (lang, rest);
                }
            }
        }
        (Lang::It, path)
    }

    /// The address of a page under `base` (`/articoli/`) named `slug` in
    /// this language (`/en/articoli/slug`), made in one allocation.
    pub fn path_to(self, base: &str, slug: &str) -> String {
        let prefix = self.prefix();
        let mut path = String::with_capacity(prefix.len() + base.len() + slug.len());
        path.push_str(prefix);
        path.push_str(base);
        path.push_str(slug);
        path
    }

    /// The same page in this language: `/privacy` → `/en/privacy`.
    pub fn localise_path(self, rest: &str) -> String {
        if rest == "/" {
            return self.home().to_owned();
        }
        // Pushed rather than formatted: story pages make a dozen of these.
        let prefix = self.prefix();
        let mut path = String::with_capacity(prefix.len() + rest.len());
        path.push_str(prefix);
        path.push_str(rest);
        path
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_localise_paths() {
        let cases = [
            ("/", Lang::It, "/"),
            ("/privacy", Lang::It, "/privacy"),
            ("/en/", Lang::En, "/"),
            ("/en", Lang::En, "/"),
            ("/ar/note-legali", Lang::Ar, "/note-legali"),
            ("/english", Lang::It, "/english"),
            ("/de/", Lang::It, "/de/"),
        ];
        for (path, lang, rest) in cases {
            assert_eq!(Lang::split_path(path), (lang, rest), "{path}");
        }
        assert_eq!(Lang::Fr.localise_path("/privacy"), "/fr/privacy");
        assert_eq!(Lang::It.localise_path("/"), "/");
        assert_eq!(Lang::Ar.localise_path("/"), "/ar/");
        assert_eq!(
            Lang::It.path_to("/articoli/", "una-storia"),
            "/articoli/una-storia"
        );
        assert_eq!(Lang::Ar.path_to("/tag/", "lavoro"), "/ar/tag/lavoro");
    }

    #[test]
    fn only_arabic_is_rtl() {
        for lang in Lang::ALL {
            assert_eq!(lang.is_rtl(), lang == Lang::Ar);
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
