//! What every page needs to render its frame: the language, the
//! translations, the logged-in user, the anti-forgery token, the language
//! alternates and asset addresses. Handlers get it through the [`Ctx`]
//! extractor and put a [`Shell`] in their page struct.

use std::borrow::Cow;

use agoral_domain::{accounts::Role, lang::Lang, time::Timestamp};
use askama::Template;
use axum::{
    extract::FromRequestParts,
    http::{StatusCode, request::Parts},
    response::{Html, IntoResponse, Response},
};

use crate::{assets, error::WebError, session::CurrentSession, state::AppState};

/// The request context of a page.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub state: AppState,
    pub lang: Lang,
    /// The path without its language prefix (`/privacy` for `/en/privacy`).
    pub rest: String,
    pub current: Option<CurrentSession>,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        Ok(Ctx::from_parts(parts, state))
    }
}

impl Ctx {
    pub fn from_parts(parts: &Parts, state: &AppState) -> Ctx {
        let path = parts.uri.path();
        let (lang, rest) = Lang::split_path(path);
        let current = parts.extensions.get::<CurrentSession>().cloned();
        // The back office speaks the language the user chose.
        let lang = match (&current, is_back_office(rest)) {
            (Some(c), true) => c.user.locale,
            _ => lang,
        };
        Ctx {
            state: state.clone(),
            lang,
            rest: rest.to_owned(),
            current,
        }
    }

    /// The context of an address for somebody without a session.
    pub fn for_path(path: &str, state: &AppState) -> Ctx {
        let (lang, rest) = Lang::split_path(path);
        Ctx {
            state: state.clone(),
            lang,
            rest: rest.to_owned(),
            current: None,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.state.l10n.get(self.lang, key)
    }

    /// The frame of a page titled by the message `title_key`.
    pub fn shell(&self, title_key: &str) -> Shell {
        self.shell_titled(self.t(title_key))
    }

    /// The frame of a page with a title that is content, not interface text.
    pub fn shell_titled(&self, title: String) -> Shell {
        // A reader without a session gets a signed token only when the page
        // has a form: most public pages have none, and signing one costs.
        let csrf = std::sync::OnceLock::new();
        if let Some(c) = &self.current {
            let _ = csrf.set(c.session.csrf_token.clone());
        }
        let localisable = !is_back_office(&self.rest);
        Shell {
            state: self.state.clone(),
            lang: self.lang,
            title,
            rest: self.rest.clone(),
            csrf,
            user_name: self
                .current
                .as_ref()
                .filter(|c| c.is_complete())
                .map(|c| c.user.display_name.clone()),
            is_redazione: self
                .current
                .as_ref()
                .is_some_and(|c| c.is_complete() && c.user.is_redazione()),
            is_editor: self
                .current
                .as_ref()
                .is_some_and(|c| c.is_complete() && c.user.has_role(Role::Editor)),
            can_edit_pages: self.current.as_ref().is_some_and(|c| {
                c.is_complete()
                    && (c.user.has_role(Role::Administrator) || c.user.has_role(Role::Editor))
            }),
            is_provider: self
                .current
                .as_ref()
                .is_some_and(|c| c.is_complete() && c.user.has_role(Role::Contributor)),
            is_analyst: self.current.as_ref().is_some_and(|c| {
                c.is_complete()
                    && (c.user.has_role(Role::Administrator) || c.user.has_role(Role::Analyst))
            }),
            is_admin: self
                .current
                .as_ref()
                .is_some_and(|c| c.is_complete() && c.user.has_role(Role::Administrator)),
            alternates: if localisable {
                Lang::ALL
                    .iter()
                    .map(|l| (*l, l.localise_path(&self.rest)))
                    .collect()
            } else {
                Vec::new()
            },
            updated: None,
            back_office: !localisable,
            noindex: !localisable,
        }
    }
}

/// Paths of the back office and of login, which exist in one address only.
fn is_back_office(rest: &str) -> bool {
    [
        "/admin",
        "/account",
        "/accedi",
        "/esci",
        "/password",
        "/invito",
    ]
    .iter()
    .any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| after.is_empty() || after.starts_with('/'))
    })
}

/// The frame of a page, used by `base.html`.
#[derive(Debug, Clone)]
pub struct Shell {
    state: AppState,
    pub lang: Lang,
    pub title: String,
    pub rest: String,
    /// The anti-forgery token for forms on this page: see [`Shell::csrf`].
    csrf: std::sync::OnceLock<String>,
    pub user_name: Option<String>,
    pub is_admin: bool,
    /// Administrators and editors edit the static pages.
    /// Editors (caporedattori): sections and tags.
    pub is_editor: bool,
    pub can_edit_pages: bool,
    /// Contributors keep their organisation's services up to date.
    pub is_provider: bool,
    /// Analysts and administrators run the Osservatorio.
    pub is_analyst: bool,
    /// Editors and authors see the magazine's desk.
    pub is_redazione: bool,
    /// The same page in each language, for the switcher and `hreflang`.
    pub alternates: Vec<(Lang, String)>,
    /// When the content of the page last changed, shown in the footer.
    pub updated: Option<Timestamp>,
    pub back_office: bool,
    pub noindex: bool,
}

/// An interface text as templates write it: straight into the page.
/// (askama writes a `Cow<str>` through `fmt::Display`, with a formatter
/// and padding checks for each of the forty texts of a page.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text<'a>(pub std::borrow::Cow<'a, str>);

impl Text<'_> {
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(&self.0)
    }
}

impl askama::FastWritable for Text<'_> {
    fn write_into<W: std::fmt::Write + ?Sized>(
        &self,
        dest: &mut W,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        Ok(dest.write_str(&self.0)?)
    }
}

/// Two texts written one after the other (an address: the site's, then
/// the path), without making a string of them (`format!` costs a
/// formatter and an allocation for each of a page's dozen addresses).
/// Templates escape each part as they write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined<'a>(pub &'a str, pub Cow<'a, str>);

impl<'a> Joined<'a> {
    /// `rest` in `lang`, as [`Lang::localise_path`] makes it
    /// (`/privacy` → `/en/privacy`, `/` → `/en/`).
    pub fn localised(lang: Lang, rest: &'a str) -> Joined<'a> {
        if rest == "/" {
            Joined(lang.home(), Cow::Borrowed(""))
        } else {
            Joined(lang.prefix(), Cow::Borrowed(rest))
        }
    }
}

impl std::fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)?;
        f.write_str(&self.1)
    }
}

impl askama::FastWritable for Joined<'_> {
    fn write_into<W: std::fmt::Write + ?Sized>(
        &self,
        dest: &mut W,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        dest.write_str(self.0)?;
        Ok(dest.write_str(&self.1)?)
    }
}

impl Shell {
    /// An interface text for a template, escaped for HTML when the
    /// translations were loaded (so templates write it as it is):
    /// `{{ shell.t("key") }}`. Rust code takes [`Shell::text`].
    pub fn t(&self, key: &str) -> askama::filters::Safe<Text<'_>> {
        askama::filters::Safe(Text(self.state.l10n.html(self.lang, key)))
    }

    /// An interface text, borrowed from the translations when it takes no
    /// arguments.
    pub fn text(&self, key: &str) -> Text<'_> {
        Text(self.state.l10n.text(self.lang, key))
    }

    /// A message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.state
            .l10n
            .get_args(self.lang, key, &[(name, value.to_owned())])
    }

    /// A message with several arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, String)]) -> String {
        self.state.l10n.get_args(self.lang, key, args)
    }

    /// The anti-forgery token for forms on this page: the session's, or for
    /// a reader without one a signed token, made when first asked for.
    pub fn csrf(&self) -> &str {
        self.csrf
            .get_or_init(|| self.state.signer.issue(Timestamp::now().0))
    }

    /// The same frame with `token` for the page's forms (the login form's
    /// token, bound to the browser's login cookie).
    pub fn with_csrf(self, token: String) -> Shell {
        let csrf = std::sync::OnceLock::new();
        let _ = csrf.set(token);
        Shell { csrf, ..self }
    }

    /// An address in the current language (`/privacy` → `/en/privacy`),
    /// written by the template without a string made for it (a page has
    /// a dozen in its header and footer).
    pub fn link<'a>(&self, rest: &'a str) -> Joined<'a> {
        Joined::localised(self.lang, rest)
    }

    /// The address of a page under `base` (`/articoli/`) named `slug`, in
    /// this page's language: written once, where `link(format!(…))` made
    /// two strings (a story page has a dozen such links).
    pub fn link_to(&self, base: &str, slug: &str) -> String {
        self.lang.path_to(base, slug)
    }

    pub fn asset(&self, path: &str) -> Text<'static> {
        Text(assets::url(path))
    }

    pub fn stylesheet(&self) -> Text<'static> {
        self.asset(if self.lang.is_rtl() {
            "css/bootstrap-italia.rtl.min.css"
        } else {
            "css/bootstrap-italia.min.css"
        })
    }

    /// This page's own address in its language (from the alternates when
    /// the page has per-language addresses, like a story).
    pub fn canonical(&self) -> Joined<'_> {
        let path = match self.alternates.iter().find(|(lang, _)| *lang == self.lang) {
            Some((_, path)) => Cow::Borrowed(path.as_str()),
            None => Cow::Owned(self.lang.localise_path(&self.rest)),
        };
        Joined(&self.state.config.public_url, path)
    }

    /// The Italian version, offered to readers of other languages.
    pub fn x_default(&self) -> Joined<'_> {
        let path = self
            .alternates
            .iter()
            .find(|(lang, _)| *lang == Lang::It)
            .map_or(self.rest.as_str(), |(_, path)| path.as_str());
        Joined(&self.state.config.public_url, Cow::Borrowed(path))
    }

    /// The address of `path` on this site, as a link from elsewhere needs it.
    pub fn absolute<'a>(&'a self, path: &'a str) -> Joined<'a> {
        Joined(&self.state.config.public_url, Cow::Borrowed(path))
    }

    /// The date shown as "last updated" in the footer: the content's own
    /// date when the page has one, otherwise today.
    pub fn updated_date(&self) -> String {
        self.updated.unwrap_or_else(Timestamp::now).date_short()
    }

    pub fn updated_iso(&self) -> String {
        self.updated.unwrap_or_else(Timestamp::now).date_iso()
    }

    pub fn is_current(&self, rest: &str) -> bool {
        self.rest == rest
    }

    pub fn with_updated(mut self, at: Timestamp) -> Shell {
        self.updated = Some(at);
        self
    }
}

/// Renders a template as an HTML response.
pub fn page<T: Template>(template: &T) -> Result<Response, WebError> {
    // Pages are 10–40 KB: one allocation up front rather than a doubling
    // series of copies (askama's own hint counts only the literal text).
    let mut html = String::with_capacity(T::SIZE_HINT.max(32 * 1024));
    template.render_into(&mut html)?;
    Ok(Html(html).into_response())
}

/// Renders a form again with its errors (422 Unprocessable Content).
pub fn invalid<T: Template>(template: &T) -> Result<Response, WebError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(template.render()?)).into_response())
}

/// JSON made safe inside a `<script>` element: `<`, `>` and `&` written as
/// JSON escapes, so that no text can close the element or start markup.
pub fn json_for_script(json: &str) -> String {
    let mut safe = String::with_capacity(json.len() + 16);
    // The three are ASCII, so the text between them is copied whole.
    let mut copied = 0;
    for i in memchr::memchr3_iter(b'<', b'>', b'&', json.as_bytes()) {
        let escape = match json.as_bytes()[i] {
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            _ => "\\u0026",
        };
        safe.push_str(&json[copied..i]);
        safe.push_str(escape);
        copied = i + 1;
    }
    safe.push_str(&json[copied..]);
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_office_paths() {
        assert!(is_back_office("/admin"));
        assert!(is_back_office("/admin/articoli"));
        assert!(is_back_office("/accedi"));
        assert!(!is_back_office("/administration"));
        assert!(!is_back_office("/articoli/admin"));
        assert!(!is_back_office("/"));
    }

    #[test]
    fn json_in_a_script_cannot_close_it() {
        assert_eq!(
            json_for_script(r#"{"a":"</script><b>&amp;è"}"#),
            r#"{"a":"\u003c/script\u003e\u003cb\u003e\u0026amp;è"}"#
        );
        assert_eq!(json_for_script("<"), "\\u003c");
        assert_eq!(json_for_script("plain"), "plain");
    }

    #[test]
    fn joined_addresses_are_localised_and_escaped_as_written() {
        for lang in Lang::ALL {
            for rest in ["/", "/privacy", "/archivio/2026/11", "/cerca?q=a&b"] {
                assert_eq!(
                    Joined::localised(lang, rest).to_string(),
                    lang.localise_path(rest),
                    "{lang} {rest}"
                );
            }
        }
        #[derive(Template)]
        #[template(source = r#"<a href="{{ href }}">"#, ext = "html")]
        struct Link<'a> {
            href: Joined<'a>,
        }
        let page = Link {
            href: Joined("https://example.org/\"x", Cow::Borrowed("/cerca?q=<a>&b")),
        }
        .render()
        .expect("renders");
        assert_eq!(
            page,
            r#"<a href="https://example.org/&#34;x/cerca?q=&#60;a&#62;&#38;b">"#
        );
    }
}
