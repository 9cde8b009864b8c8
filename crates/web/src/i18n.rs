//! Interface strings, in Fluent files under `locales/<lang>/main.ftl`, one
//! per language, compiled into the binary. Italian is the reference: a
//! message missing in another language falls back to Italian, and a test
//! checks that every language has every Italian message.

use std::borrow::Cow;

use agoral_domain::lang::Lang;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

const SOURCES: [(Lang, &str); 4] = [
    (Lang::It, include_str!("../locales/it/main.ftl")),
    (Lang::En, include_str!("../locales/en/main.ftl")),
    (Lang::Fr, include_str!("../locales/fr/main.ftl")),
    (Lang::Ar, include_str!("../locales/ar/main.ftl")),
];

/// All bundles, built once at start-up.
pub struct Localizer {
    /// One bundle per language, in the order of [`Lang::ALL`].
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// The messages that take no arguments, already formatted (with the
    /// Italian fallback applied), one table per language in the order of
    /// [`Lang::ALL`]: a page shows forty or so of them, and formatting each
    /// through Fluent on every request cost more than the page's reads.
    /// (Keys are hashed with FxHash: short, fixed and ours, and a page
    /// looks up forty of them.)
    plain: Vec<rustc_hash::FxHashMap<&'static str, String>>,
    /// The same messages escaped for HTML, as templates write them: a page
    /// writes forty, and escaping each on every request was a tenth of
    /// rendering a story.
    html: Vec<rustc_hash::FxHashMap<&'static str, String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Localizer")
    }
}

impl Localizer {
    /// Parses every translation file; a syntax error is a start-up error.
    pub fn new() -> Result<Localizer, String> {
        let mut bundles = Vec::new();
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| format!("locales/{lang}/main.ftl: {errors:?}"))?;
            let langid = lang
                .code()
                .parse()
                .map_err(|e| format!("language id {lang}: {e:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks keep mixed-direction values readable in
            // Arabic; in left-to-right languages they would only add noise.
            bundle.set_use_isolating(lang.is_rtl());
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("locales/{lang}/main.ftl: {errors:?}"))?;
            bundles.push((lang, bundle));
        }
        let mut localizer = Localizer {
            bundles,
            plain: Vec::new(),
            html: Vec::new(),
        };
        // Every language has every Italian message (or falls back to it).
        localizer.plain = Lang::ALL
            .iter()
            .map(|lang| {
                ids_in(Lang::It)
                    .filter_map(|id| Some((id, localizer.format_without_arguments(*lang, id)?)))
                    .collect()
            })
            .collect();
        localizer.html = localizer
            .plain
            .iter()
            .map(|messages| {
                messages
                    .iter()
                    .map(|(id, text)| (*id, escape_html(text)))
                    .collect()
            })
            .collect();
        Ok(localizer)
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, bundle)| bundle)
    }

    /// A message formatted without arguments, when that succeeds without
    /// any error (a message that wants an argument is left out).
    fn format_without_arguments(&self, lang: Lang, key: &str) -> Option<String> {
        for candidate in [lang, Lang::It] {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                return errors.is_empty().then(|| text.into_owned());
            }
        }
        None
    }

    /// Whether the Italian messages (which every language falls back to)
    /// have `key`.
    pub fn has(&self, key: &str) -> bool {
        self.bundle(Lang::It).is_some_and(|b| b.has_message(key))
    }

    /// The message `key` in `lang`, falling back to Italian, then to the key.
    pub fn get(&self, lang: Lang, key: &str) -> String {
        self.text(lang, key).into_owned()
    }

    /// The same as [`Localizer::get`], borrowed when it can be: what pages
    /// write into their HTML.
    pub fn text(&self, lang: Lang, key: &str) -> Cow<'_, str> {
        match Self::kept(&self.plain, lang, key) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(self.format(lang, key, None)),
        }
    }

    /// [`Localizer::text`] escaped for HTML (as a template's `{{ }}`
    /// would escape it).
    pub fn html(&self, lang: Lang, key: &str) -> Cow<'_, str> {
        match Self::kept(&self.html, lang, key) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(escape_html(&self.format(lang, key, None))),
        }
    }

    /// A message of `lang` in one of the tables made at start (one per
    /// language, in the order of [`Lang::ALL`]).
    fn kept<'a>(
        tables: &'a [rustc_hash::FxHashMap<&'static str, String>],
        lang: Lang,
        key: &str,
    ) -> Option<&'a str> {
        let i = Lang::ALL.iter().position(|l| *l == lang)?;
        tables.get(i)?.get(key).map(String::as_str)
    }

    /// The message `key` with arguments.
    pub fn get_args(&self, lang: Lang, key: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Counts go in as numbers, so that plural variants are chosen
            // by the language's rules ("un articolo", "2 articoli").
            let is_count = !value.is_empty()
                && value.len() < 16
                && value.bytes().all(|b| b.is_ascii_digit())
                && (value == "0" || !value.starts_with('0'));
            match value.parse::<i64>() {
                Ok(number) if is_count => fluent_args.set(*name, FluentValue::from(number)),
                _ => fluent_args.set(*name, FluentValue::from(value.clone())),
            }
        }
        self.format(lang, key, Some(&fluent_args))
    }

    fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [lang, Lang::It] {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(i18n.key = key, i18n.lang = %candidate, "translation error: {errors:?}");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(i18n.key = key, "missing translation");
        key.to_owned()
    }

    /// Message ids defined in a language, for completeness tests.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        ids_in(lang).map(str::to_owned).collect()
    }
}

/// The message ids defined in a language's file.
fn ids_in(lang: Lang) -> impl Iterator<Item = &'static str> {
    let source: &'static str = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or_default();
    source
        .lines()
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim()))
}

/// `text` escaped by the templates' escaper.
fn escape_html(text: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::with_capacity(text.len());
    // Writing into a `String` cannot fail.
    let _ = crate::escape::Html.write_escaped_str(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        Localizer::new().expect("translation files parse");
        let reference = Localizer::message_ids(Lang::It);
        assert!(reference.len() > 50);
        for lang in [Lang::En, Lang::Fr, Lang::Ar] {
            let ids = Localizer::message_ids(lang);
            let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        }
    }

    /// Templates write the escaped texts as they are: each is the text
    /// escaped once, for messages with and without arguments, and texts
    /// with characters to escape exist (so that this checks something).
    #[test]
    fn html_texts_are_the_texts_escaped_once() {
        use askama::filters::Escaper;
        let l10n = Localizer::new().expect("translation files parse");
        let mut with_specials = 0;
        for lang in Lang::ALL {
            for key in Localizer::message_ids(Lang::It) {
                let text = l10n.text(lang, &key);
                let html = l10n.html(lang, &key);
                let mut expected = String::new();
                askama::filters::Html
                    .write_escaped_str(&mut expected, &text)
                    .expect("writes");
                assert_eq!(html, expected, "{lang} {key}");
                if html != text {
                    with_specials += 1;
                }
            }
        }
        assert!(with_specials > 10, "{with_specials}");
        // A message that needs an argument, asked for without one.
        let html = l10n.html(Lang::It, "article-reading-time");
        assert!(!html.contains("&#38;#"), "{html}");
    }

    /// Every message id the domain names exists in the reference language.
    #[test]
    fn domain_keys_are_translated() {
        use agoral_domain::{
            accounts::Role,
            articles::{ArticleState, Level, TransitionError},
            organisations::OrganisationKind,
            services::{
                contact::PhoneError,
                record::{ServiceForm, Warning},
                schedule::Schedule,
                taxonomy::{Category, Channel, TargetGroup},
            },
        };
        let ids = Localizer::message_ids(Lang::It);
        let mut keys: Vec<String> = Vec::new();
        keys.extend(Role::ALL.iter().map(|r| r.label_key().to_owned()));
        keys.extend(OrganisationKind::ALL.iter().map(|k| k.label_key()));
        keys.extend(Level::ALL.iter().map(|l| l.label_key().to_owned()));
        keys.extend(ArticleState::ALL.iter().map(|s| s.label_key()));
        keys.extend(
            [
                TransitionError::WrongState,
                TransitionError::NotAllowed,
                TransitionError::ScheduleInPast,
                TransitionError::CommentRequired,
            ]
            .iter()
            .map(|e| e.message_key().to_owned()),
        );
        keys.extend(Category::ALL.iter().map(|c| c.label_key().to_owned()));
        keys.extend(TargetGroup::ALL.iter().map(|g| g.label_key().to_owned()));
        keys.extend(Channel::ALL.iter().map(|c| c.label_key().to_owned()));
        keys.push(Warning::OutsideProvince.message_key().to_owned());
        keys.extend(
            [
                PhoneError::Characters,
                PhoneError::TooShort,
                PhoneError::TooLong,
                PhoneError::ItalianPrefix,
            ]
            .map(|e| e.message_key().to_owned()),
        );
        // Keys a service form and opening hours can produce, found by
        // parsing bad input rather than listed by hand.
        for hours in [
            "lun 12:00-09:00",
            "lun 09:00-12:00\nlun 11:00-13:00",
            "lun 09:00-09:00",
            "xyz 09:00-10:00",
            "2026-02-30 chiuso",
            "lun",
            "lun 9-",
            "lun 25:00-26:00",
            "lun 09:00-10:00 [nota]",
            "dom chiuso\ndom 09:00-10:00",
            "lun \u{7}",
        ] {
            let problems = Schedule::from_text(hours).expect_err(hours);
            keys.extend(problems.iter().map(|p| p.kind.message_key().to_owned()));
        }
        let hostile = ServiceForm {
            categories: vec!["x".into()],
            languages: vec!["xx".into()],
            phones: "1\n".repeat(7),
            lat: "x".into(),
            address: "Via Roma 1".into(),
            sensitive: true,
            ..ServiceForm::default()
        };
        let errors = hostile.parse().expect_err("hostile");
        keys.extend(errors.fields.iter().map(|e| e.message.to_owned()));
        keys.extend(
            [
                "error-service-no-category",
                "error-service-language-twice",
                "error-service-sensitive-point",
                "error-phone-too-many",
            ]
            .map(String::from),
        );
        keys.extend(
            [
                "error-required",
                "error-too-long",
                "error-control-characters",
                "error-bidi-control",
                "error-too-short",
                "error-email-invalid",
                "error-password-too-short",
                "error-password-too-long",
                "error-password-repetitive",
                "error-url-invalid",
                "error-istat-invalid",
                "error-choice-invalid",
                "error-roles-required",
                "error-slug-invalid",
            ]
            .map(String::from),
        );
        keys.extend(
            agoral_domain::TOO_SHORT_MESSAGES
                .iter()
                .map(|(_, key)| (*key).to_owned()),
        );
        let missing: Vec<_> = keys.iter().filter(|k| !ids.contains(k)).collect();
        assert!(missing.is_empty(), "missing in it/main.ftl: {missing:?}");
    }

    /// Each "too short" message states its minimum, in every language.
    #[test]
    fn too_short_messages_state_the_minimum() {
        let l10n = Localizer::new().expect("translation files parse");
        for lang in Lang::ALL {
            for (min, key) in agoral_domain::TOO_SHORT_MESSAGES {
                let text = l10n.text(lang, key);
                assert!(text.contains(&min.to_string()), "{lang} {key}: {text}");
                assert!(!text.contains('{'), "{lang} {key}: {text}");
            }
        }
    }

    #[test]
    fn arguments_and_fallback() {
        let l10n = Localizer::new().expect("parse");
        assert_eq!(l10n.get(Lang::It, "no-such-message"), "no-such-message");
        let text = l10n.get_args(
            Lang::It,
            "footer-last-updated",
            &[("date", "26/11/2026".into())],
        );
        assert!(text.contains("26/11/2026"), "{text}");
        // A message that wants an argument is not kept formatted without
        // it, and every kept one reads the same as formatting it afresh.
        assert!(!l10n.plain[0].contains_key("footer-last-updated"));
        for (i, lang) in Lang::ALL.iter().enumerate() {
            assert!(l10n.plain[i].len() > 50);
            for (key, text) in &l10n.plain[i] {
                assert_eq!(*text, l10n.format(*lang, key, None), "{lang} {key}");
            }
        }
        assert_eq!(
            l10n.text(Lang::Ar, "nav-home"),
            l10n.get(Lang::Ar, "nav-home")
        );
    }
}
