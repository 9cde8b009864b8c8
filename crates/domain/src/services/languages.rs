//! Languages spoken at a service's desk: ISO 639-1 codes, or ISO 639-3
//! where a language has no two-letter code (HSDS takes either). Each is
//! shown by its own name, the one a speaker recognises whatever the
//! page's language, as language pickers do.

/// A language a service can list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpokenLanguage {
    pub code: &'static str,
    /// The language's name in itself.
    pub endonym: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

const fn ltr(code: &'static str, endonym: &'static str) -> SpokenLanguage {
    SpokenLanguage {
        code,
        endonym,
        rtl: false,
    }
}

const fn rtl(code: &'static str, endonym: &'static str) -> SpokenLanguage {
    SpokenLanguage {
        code,
        endonym,
        rtl: true,
    }
}

/// The languages of the people the province's services meet most (the
/// main citizenships of foreign residents and of people in reception),
/// plus Italian Sign Language.
pub const LANGUAGES: &[SpokenLanguage] = &[
    ltr("it", "Italiano"),
    ltr("en", "English"),
    ltr("fr", "Français"),
    rtl("ar", "العربية"),
    ltr("es", "Español"),
    ltr("pt", "Português"),
    ltr("de", "Deutsch"),
    ltr("ro", "Română"),
    ltr("sq", "Shqip"),
    ltr("uk", "Українська"),
    ltr("ru", "Русский"),
    ltr("pl", "Polski"),
    ltr("bg", "Български"),
    ltr("sr", "Српски"),
    ltr("mk", "Македонски"),
    ltr("tr", "Türkçe"),
    ltr("ku", "Kurdî"),
    rtl("fa", "فارسی"),
    rtl("ps", "پښتو"),
    rtl("ur", "اردو"),
    ltr("hi", "हिन्दी"),
    ltr("pa", "ਪੰਜਾਬੀ"),
    ltr("bn", "বাংলা"),
    ltr("ta", "தமிழ்"),
    ltr("si", "සිංහල"),
    ltr("zh", "中文"),
    ltr("tl", "Tagalog"),
    ltr("ti", "ትግርኛ"),
    ltr("am", "አማርኛ"),
    ltr("so", "Soomaali"),
    ltr("om", "Afaan Oromoo"),
    ltr("sw", "Kiswahili"),
    ltr("wo", "Wolof"),
    ltr("ff", "Pulaar"),
    ltr("bm", "Bamanankan"),
    ltr("mnk", "Mandinka"),
    ltr("snk", "Sooninkanxanne"),
    ltr("ha", "Hausa"),
    ltr("yo", "Yorùbá"),
    ltr("ig", "Igbo"),
    ltr("ak", "Akan"),
    ltr("ln", "Lingála"),
    ltr("kab", "Taqbaylit"),
    ltr("tzm", "Tamaziɣt"),
    ltr("ise", "LIS (Lingua dei segni italiana)"),
];

impl SpokenLanguage {
    /// The language with this code (ISO 639-1 or 639-3, any case).
    pub fn find(code: &str) -> Option<SpokenLanguage> {
        let code = code.trim().to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| l.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_shaped_and_unique() {
        let mut codes: Vec<_> = LANGUAGES.iter().map(|l| l.code).collect();
        assert!(
            codes
                .iter()
                .all(|c| (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase()))
        );
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), LANGUAGES.len());
    }

    #[test]
    fn finds_by_code_and_refuses_unknown_ones() {
        assert_eq!(SpokenLanguage::find(" AR ").map(|l| l.rtl), Some(true));
        assert_eq!(SpokenLanguage::find("ti").map(|l| l.endonym), Some("ትግርኛ"));
        assert!(SpokenLanguage::find("xx").is_none());
        assert!(SpokenLanguage::find("arabic").is_none());
        assert!(SpokenLanguage::find("").is_none());
    }
}
