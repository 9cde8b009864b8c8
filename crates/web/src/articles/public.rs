//! Public pages of the magazine: a story, a section, a comune. Stories not
//! yet translated are shown in Italian with a notice in the reader's
//! language; an old address redirects to the current one.

use agoral_db::articles::ListFilter;
use agoral_domain::{
    articles::{Article, ArticleListItem, ArticleTranslation, Section},
    comuni::{Comune, IstatCode},
    lang::Lang,
};
use askama::Template;
use axum::{
    extract::{Path, Query, rejection::PathRejection},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

use crate::{
    articles::{
        PER_PAGE, page_number,
        shared::{Related, SectionShared},
    },
    error::WebError,
    public::home::group_digits,
    render::{Ctx, Shell, page},
};

/// 301 Moved Permanently, what search engines and feed readers expect for
/// a story's former address.
fn moved_permanently(to: &str) -> Response {
    (
        axum::http::StatusCode::MOVED_PERMANENTLY,
        [(axum::http::header::LOCATION, to.to_owned())],
    )
        .into_response()
}

/// The address of a story in a language.
pub fn article_path(lang: Lang, slug: &str) -> String {
    lang.path_to("/articoli/", slug)
}

#[derive(Template)]
#[template(path = "articles/show.html")]
struct ArticlePage {
    shell: Shell,
    article: Article,
    text: ArticleTranslation,
    /// The text is Italian because the story is not translated yet.
    fallback: bool,
    section: Option<std::sync::Arc<Section>>,
    comuni: Vec<Comune>,
    reading_minutes: u32,
    /// Languages the story is written in, with their addresses.
    translations: Vec<(Lang, String)>,
    /// The section's newest stories, written once for all its pages.
    related: std::sync::Arc<[Related]>,
    tags: Vec<agoral_db::tags::Tag>,
    /// schema.org `NewsArticle`, for search engines.
    json_ld: String,
    /// The page's absolute address, for Open Graph.
    url: String,
    /// The image at the top, when it has its Italian description.
    featured: Option<agoral_domain::media::Media>,
    /// The description for search engines and link previews.
    meta_description: String,
    /// The title of link previews.
    share_title: String,
    /// Share links: (label key, address). Plain links; nothing is loaded
    /// from the sites until the reader follows one.
    share: Vec<(&'static str, String)>,
    /// Where the story came from, when it was made from a press release or
    /// a good practice the redazione received.
    source: Option<agoral_db::intake::ArticleSource>,
}

impl ArticlePage {
    /// "Fonte: Questura di Alessandria, comunicato del 12/11/2026".
    fn source_line(&self) -> Option<String> {
        let source = self.source.as_ref()?;
        let date = source
            .source_date
            .map(|d| d.date_short())
            .unwrap_or_default();
        let key = match source.kind {
            agoral_domain::intake::ItemKind::Comunicato => "article-source-release",
            agoral_domain::intake::ItemKind::BuonaPratica => "article-source-practice",
        };
        Some(self.shell.t_args(
            key,
            &[("source", source.source_name.clone()), ("date", date)],
        ))
    }

    fn is_press_release(&self) -> bool {
        self.source.as_ref().is_some_and(|s| s.verbatim)
    }

    /// The related stories shown: three of the section's newest, this
    /// one left out.
    fn related_items(&self) -> impl Iterator<Item = &str> {
        self.related
            .iter()
            .filter(|item| item.id != self.article.id)
            .take(3)
            .map(|item| item.html.as_str())
    }
}

/// One story of a list, as `articles/items.html` shows it.
#[derive(Template)]
#[template(path = "articles/item.html")]
struct ListItem<'a> {
    shell: &'a Shell,
    item: &'a ArticleListItem,
}

/// Links that share a story by mail, messaging apps and social networks.
pub fn share_links(url: &str, title: &str) -> Vec<(&'static str, String)> {
    let enc = |value: &str| {
        // Pushed piece by piece: collecting the pieces into a `String`
        // grows it from nothing, several copies for a long title.
        let mut encoded = String::with_capacity(value.len() * 3 / 2);
        for piece in form_urlencoded::byte_serialize(value.as_bytes()) {
            encoded.push_str(piece);
        }
        encoded
    };
    let (u, t) = (enc(url), enc(title));
    // mailto: wants %20 for spaces, not '+' (a literal '+' is already %2B).
    let mail = |encoded: &str| encoded.replace('+', "%20");
    // Each address is pushed together in one allocation: every story page
    // makes six.
    let link = |pieces: &[&str]| {
        let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
        for piece in pieces {
            out.push_str(piece);
        }
        out
    };
    vec![
        (
            "share-email",
            link(&["mailto:?subject=", &mail(&t), "&body=", &mail(&u)]),
        ),
        (
            "share-whatsapp",
            link(&["https://wa.me/?text=", &t, "%20", &u]),
        ),
        (
            "share-telegram",
            link(&["https://t.me/share/url?url=", &u, "&text=", &t]),
        ),
        (
            "share-facebook",
            link(&["https://www.facebook.com/sharer/sharer.php?u=", &u]),
        ),
        (
            "share-x",
            link(&["https://x.com/intent/post?url=", &u, "&text=", &t]),
        ),
        (
            "share-linkedin",
            link(&["https://www.linkedin.com/sharing/share-offsite/?url=", &u]),
        ),
    ]
}

/// A slug from the address, or 404 before any query.
pub fn slug_from(path: Result<Path<String>, PathRejection>) -> Result<String, WebError> {
    match path {
        Ok(Path(slug)) if agoral_domain::pages::is_valid_slug(&slug) => Ok(slug),
        _ => Err(WebError::NotFound),
    }
}

pub async fn show_article(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
) -> Result<Response, WebError> {
    let slug = slug_from(slug)?;
    let db = &ctx.state.db;
    let shared = &ctx.state.section_shared;
    let cache = &ctx.state.page_cache;
    // Before the first read (see `SectionShared`).
    let began = SectionShared::begin(cache, ctx.current.is_some());
    // Every read of the page in one snapshot of the database.
    let mut reads = db.snapshot();
    // The story in the reader's language, or the Italian address of a story
    // not translated into it.
    let (article, mut translations, tag_ids) = match reads.published_story(ctx.lang, &slug).await? {
        Some(story) => story,
        None => match reads.published_story(Lang::It, &slug).await? {
            Some(story) => story,
            None => {
                drop(reads);
                return old_address(&ctx, &slug).await;
            }
        },
    };
    let id = article.id;
    // The names of the story's tags, read only when not kept.
    let tags = shared
        .tags(cache, began, ctx.lang, &tag_ids, async || {
            Ok(reads.article_tags(id, ctx.lang).await?)
        })
        .await?;
    let italian = translations
        .iter()
        .position(|t| t.lang == Lang::It)
        .ok_or(WebError::NotFound)?;
    let own = translations.iter().position(|t| t.lang == ctx.lang);
    if let Some(own) = own
        && translations[own].slug != slug
    {
        // The Italian address under a language that has its own version.
        return Ok(moved_permanently(&article_path(
            ctx.lang,
            &translations[own].slug,
        )));
    }
    let fallback = own.is_none();
    // Alternates: each language's own address, the Italian one elsewhere.
    let alternates: Vec<(Lang, String)> = Lang::ALL
        .iter()
        .map(|lang| {
            let slug = translations
                .iter()
                .find(|t| t.lang == *lang)
                .unwrap_or(&translations[italian])
                .slug
                .as_str();
            (*lang, article_path(*lang, slug))
        })
        .collect();
    let translation_links: Vec<(Lang, String)> = translations
        .iter()
        .map(|t| (t.lang, article_path(t.lang, &t.slug)))
        .collect();
    // Moved out rather than copied: the body is the page's longest text.
    let mut text = translations.swap_remove(own.unwrap_or(italian));
    if crate::markdown::has_embeds(&text.body_html) {
        // Service cards show the services as they are now.
        crate::services::cards::expand(&ctx.state, ctx.lang, &mut text.body_html).await?;
        // Charts show their dataset's current version.
        crate::observatory::embed::expand(&ctx.state, ctx.lang, &mut text.body_html).await?;
    }
    let share_title = if text.seo_title.is_empty() {
        text.title.clone()
    } else {
        text.seo_title.clone()
    };
    let meta_description = if text.seo_description.is_empty() {
        text.standfirst.clone()
    } else {
        text.seo_description.clone()
    };
    let mut shell = ctx.shell_titled(share_title.clone());
    shell.alternates = alternates;
    shell.rest = format!("/articoli/{}", text.slug);
    let shell = shell.with_updated(article.updated_at);
    let section = match article.section_id {
        Some(id) => {
            shared
                .section(cache, began, &mut reads, id, ctx.lang)
                .await?
        }
        None => None,
    };
    let comuni: Vec<Comune> = article
        .comuni
        .iter()
        .filter_map(|code| ctx.state.comuni.get(code).cloned())
        .collect();
    let related = shared
        .newest(
            cache,
            began,
            &mut reads,
            article.section_id,
            ctx.lang,
            |item| {
                Ok(ListItem {
                    shell: &shell,
                    item,
                }
                .render()?)
            },
        )
        .await?;
    let featured = match article.featured_media_id {
        Some(id) => reads.media(id).await?.filter(|m| m.publishable()),
        None => None,
    };
    let source = reads.article_source(id.0).await?;
    drop(reads);
    let url = crate::render::Joined(
        &ctx.state.config.public_url,
        article_path(ctx.lang, &text.slug).into(),
    )
    .to_string();
    let json_ld = json_ld(
        &article,
        &text,
        &url,
        featured.as_ref(),
        &ctx.state.config.public_url,
    );
    let share = share_links(&url, &text.title);
    page(&ArticlePage {
        featured,
        share,
        source,
        meta_description,
        share_title,
        tags,
        json_ld,
        url,
        reading_minutes: text.reading_minutes(),
        translations: translation_links,
        shell,
        article,
        text,
        fallback,
        section,
        comuni,
        related,
    })
}

/// The schema.org description of a story, safe to put inside a script
/// element: `<`, `>` and `&` are written as JSON escapes, so no text can
/// close the element or start markup.
fn json_ld(
    article: &Article,
    text: &ArticleTranslation,
    url: &str,
    image: Option<&agoral_domain::media::Media>,
    public_url: &str,
) -> String {
    let published = article.published_at.unwrap_or(article.updated_at);
    // Written by hand rather than through serde: serde_json checks each
    // byte of every string against a table, and the result was then read
    // again for `<`, `>` and `&`; this does both in one pass that skips
    // sixteen plain bytes at a time. The keys are in the alphabetical
    // order a JSON map writes them in, as the page has always had them.
    let mut out = String::with_capacity(
        640 + text.title.len() + text.standfirst.len() + url.len() + 64 * article.authors.len(),
    );
    out.push_str(r#"{"@context":"https://schema.org","@type":"NewsArticle","author":["#);
    for (i, author) in article.authors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"@type":"Person","name":"#);
        json_string(&mut out, &author.name);
        out.push('}');
    }
    out.push_str(r#"],"dateModified":"#);
    json_string(&mut out, &text.updated_at.rfc3339());
    out.push_str(r#","datePublished":"#);
    json_string(&mut out, &published.rfc3339());
    out.push_str(r#","description":"#);
    json_string(&mut out, &text.standfirst);
    out.push_str(r#","headline":"#);
    json_string(&mut out, &text.title);
    if let Some(image) = image {
        out.push_str(r#","image":["#);
        json_string(&mut out, &format!("{public_url}{}", image.fallback_src()));
        out.push(']');
    }
    out.push_str(r#","inLanguage":"#);
    json_string(&mut out, text.lang.code());
    out.push_str(
        r#","license":"https://creativecommons.org/licenses/by/4.0/","mainEntityOfPage":"#,
    );
    json_string(&mut out, url);
    out.push_str(r#","publisher":{"@type":"Organization","name":"AgorAL"}}"#);
    out
}

/// `text` as a JSON string, quoted, as serde_json writes it (`"` and `\`
/// escaped, control characters as `\n`, `\u001f`…), and with `<`, `>` and
/// `&` as `\u003c`, `\u003e` and `\u0026` so that it is safe inside a
/// script element (see [`crate::render::json_for_script`]).
fn json_string(out: &mut String, text: &str) {
    fn special(byte: u8) -> bool {
        (byte < 0x20)
            | (byte == b'"')
            | (byte == b'\\')
            | (byte == b'<')
            | (byte == b'>')
            | (byte == b'&')
    }
    const STRETCH: usize = 16;
    let bytes = text.as_bytes();
    out.push('"');
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        // A stretch without anything to escape is checked as a whole.
        if let Some(stretch) = bytes.get(at..at + STRETCH)
            && !stretch.iter().fold(false, |any, &b| any | special(b))
        {
            at += STRETCH;
            continue;
        }
        let byte = bytes[at];
        if special(byte) {
            // Every special is ASCII: `copied..at` is whole characters.
            out.push_str(&text[copied..at]);
            match byte {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(HEX[usize::from(byte >> 4)]));
                    out.push(char::from(HEX[usize::from(byte & 0xf)]));
                }
            }
            copied = at + 1;
        }
        at += 1;
    }
    out.push_str(&text[copied..]);
    out.push('"');
}

/// A former address: 301 to the current one, in the same language.
async fn old_address(ctx: &Ctx, slug: &str) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    for lang in [ctx.lang, Lang::It] {
        if let Some(id) = db.article_by_old_slug(lang, slug).await?
            && let Some(article) = db.article(id).await?
            && article.state.is_public()
        {
            let current = db
                .article_translations(id)
                .await?
                .into_iter()
                .find(|t| t.lang == lang)
                .ok_or(WebError::NotFound)?;
            return Ok(moved_permanently(&article_path(ctx.lang, &current.slug)));
        }
    }
    Err(WebError::NotFound)
}

impl ArticlePage {
    /// Whether the text changed after publication (shown as "updated").
    fn updated_after_publication(&self) -> bool {
        self.article
            .published_at
            .is_some_and(|published| self.text.updated_at.0 > published.0 + 60)
    }
}

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    pagina: Option<String>,
    livello: Option<String>,
}

#[derive(Template)]
#[template(path = "articles/list.html")]
struct ListPage {
    shell: Shell,
    heading: String,
    intro: String,
    items: Vec<ArticleListItem>,
    page: i64,
    has_more: bool,
    /// The address of this listing, for pagination and filters.
    base: String,
    level: String,
    levels: [agoral_domain::articles::Level; 4],
    show_levels: bool,
    /// The listing's own Atom feed, when it has one.
    feed: Option<String>,
    /// On an author page: the photo and the bio.
    profile: Option<AuthorView>,
}

/// The top of an author page.
pub struct AuthorView {
    pub photo: Option<agoral_domain::media::Media>,
    /// The bio's paragraphs.
    pub bio: Vec<String>,
}

impl ListPage {
    fn page_link(&self, page: i64) -> String {
        let mut link = format!("{}?pagina={page}", self.base);
        if !self.level.is_empty() {
            link.push_str(&format!("&livello={}", self.level));
        }
        link
    }
}

async fn listing(
    ctx: &Ctx,
    filter: ListFilter<'_>,
    query: &ListQuery,
    heading: String,
    intro: String,
    base: String,
    with_feed: bool,
) -> Result<Response, WebError> {
    let page_no = page_number(query.pagina.as_deref());
    let level = query
        .livello
        .as_deref()
        .and_then(agoral_domain::articles::Level::parse);
    let filter = ListFilter { level, ..filter };
    let mut items = ctx
        .state
        .db
        .published_articles(ctx.lang, &filter, PER_PAGE + 1, (page_no - 1) * PER_PAGE)
        .await?;
    let has_more = items.len() as i64 > PER_PAGE;
    items.truncate(PER_PAGE as usize);
    page(&ListPage {
        shell: ctx.shell_titled(heading.clone()),
        heading,
        intro,
        items,
        page: page_no,
        has_more,
        feed: with_feed.then(|| format!("{base}/feed.xml")),
        base,
        level: level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
        levels: agoral_domain::articles::Level::ALL,
        show_levels: true,
        profile: None,
    })
}

pub async fn show_section(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let slug = slug_from(slug)?;
    let section = ctx
        .state
        .db
        .section_by_slug(&slug, ctx.lang)
        .await?
        .ok_or(WebError::NotFound)?;
    let filter = ListFilter {
        section_id: Some(section.id),
        ..ListFilter::default()
    };
    let base = ctx.lang.localise_path(&format!("/sezioni/{slug}"));
    listing(
        &ctx,
        filter,
        &query,
        section.name,
        section.description,
        base,
        true,
    )
    .await
}

pub async fn show_comune(
    ctx: Ctx,
    code: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let Ok(Path(code)) = code else {
        return Err(WebError::NotFound);
    };
    let code = IstatCode::parse(&code).map_err(|_| WebError::NotFound)?;
    let comune = ctx
        .state
        .db
        .comune(&code)
        .await?
        .ok_or(WebError::NotFound)?;
    let filter = ListFilter {
        istat_code: Some(code.as_str()),
        ..ListFilter::default()
    };
    let intro = ctx.state.l10n.get_args(
        ctx.lang,
        "comune-intro",
        &[(
            "population",
            group_digits(comune.population_2021, &ctx.t("digit-separator")),
        )],
    );
    let base = ctx
        .lang
        .localise_path(&format!("/comuni/{}", code.as_str()));
    listing(&ctx, filter, &query, comune.name, intro, base, true).await
}

pub async fn show_tag(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let slug = slug_from(slug)?;
    let tag = ctx
        .state
        .db
        .tag_by_slug(&slug, ctx.lang)
        .await?
        .ok_or(WebError::NotFound)?;
    let filter = ListFilter {
        tag_id: Some(tag.id),
        ..ListFilter::default()
    };
    let base = ctx.lang.localise_path(&format!("/tag/{slug}"));
    let intro = ctx.t("tag-intro");
    listing(&ctx, filter, &query, tag.name, intro, base, true).await
}

/// `/autori/{slug}`: an author's photo, bio and stories.
pub async fn show_author(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let slug = slug_from(slug)?;
    let db = &ctx.state.db;
    let author = db
        .author_by_slug(&slug, ctx.lang)
        .await?
        .ok_or(WebError::NotFound)?;
    let photo = match author.photo_media_id {
        Some(id) => db.media(id).await?.filter(|m| m.publishable()),
        None => None,
    };
    let page_no = page_number(query.pagina.as_deref());
    let filter = ListFilter {
        author_id: Some(author.user_id),
        ..ListFilter::default()
    };
    let mut items = db
        .published_articles(ctx.lang, &filter, PER_PAGE + 1, (page_no - 1) * PER_PAGE)
        .await?;
    // Nobody's page is public before their first published story.
    if items.is_empty() && page_no == 1 {
        return Err(WebError::NotFound);
    }
    let has_more = items.len() as i64 > PER_PAGE;
    items.truncate(PER_PAGE as usize);
    let base = ctx.lang.localise_path(&format!("/autori/{slug}"));
    page(&ListPage {
        shell: ctx.shell_titled(author.name.clone()),
        heading: author.name,
        intro: String::new(),
        items,
        page: page_no,
        has_more,
        feed: Some(format!("{base}/feed.xml")),
        base,
        level: String::new(),
        levels: agoral_domain::articles::Level::ALL,
        show_levels: false,
        profile: Some(AuthorView {
            photo,
            bio: author
                .bio
                .split("\n\n")
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
        }),
    })
}

/// One month of the archive, with the number of stories.
pub struct ArchiveMonth {
    pub year: i16,
    pub month: i8,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "articles/archive.html")]
struct ArchivePage {
    shell: Shell,
    /// Years, newest first, each with its months (newest first).
    years: Vec<(i16, Vec<ArchiveMonth>)>,
}

impl ArchivePage {
    fn month_name(&self, month: &i8) -> String {
        self.shell.text(&format!("month-{month}")).into_owned()
    }
}

/// `/archivio`: every month with published stories.
pub async fn show_archive(ctx: Ctx) -> Result<Response, WebError> {
    let mut years: Vec<(i16, Vec<ArchiveMonth>)> = Vec::new();
    for at in ctx.state.db.publication_instants().await? {
        let (year, month) = at.year_month();
        if years.last().map(|(y, _)| *y) != Some(year) {
            years.push((year, Vec::new()));
        }
        let Some((_, months)) = years.last_mut() else {
            continue;
        };
        match months.last_mut() {
            Some(last) if last.month == month => last.count += 1,
            _ => months.push(ArchiveMonth {
                year,
                month,
                count: 1,
            }),
        }
    }
    page(&ArchivePage {
        shell: ctx.shell("archive-title"),
        years,
    })
}

/// `/archivio/{year}/{month}`: the stories published that month (Rome time).
pub async fn show_archive_month(
    ctx: Ctx,
    path: Result<Path<(String, String)>, PathRejection>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let Ok(Path((year, month))) = path else {
        return Err(WebError::NotFound);
    };
    let (Ok(year), Ok(month)) = (year.parse::<i16>(), month.parse::<i8>()) else {
        return Err(WebError::NotFound);
    };
    if !(2000..=2200).contains(&year) {
        return Err(WebError::NotFound);
    }
    let (from, before) =
        agoral_domain::time::Timestamp::month_bounds(year, month).ok_or(WebError::NotFound)?;
    let filter = ListFilter {
        published_between: Some((from.0, before.0)),
        ..ListFilter::default()
    };
    let heading = format!("{} {year}", ctx.t(&format!("month-{month}")));
    let base = ctx
        .lang
        .localise_path(&format!("/archivio/{year:04}/{month:02}"));
    listing(&ctx, filter, &query, heading, String::new(), base, false).await
}

#[cfg(test)]
mod tests {
    use agoral_domain::{
        articles::{ArticleId, ArticleState, Author, Level},
        time::Timestamp,
    };

    use super::*;

    #[test]
    fn json_strings_are_serde_jsons_made_safe_for_a_script() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "Titolo </script> & più".into(),
            "مدرسة \"اللغة\" \\ <b>".into(),
            "riga\nnuova\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}\u{2028}😀".into(),
        ];
        for byte in 0u8..128 {
            let c = char::from(byte);
            for len in [0, 1, 15, 16, 17, 31, 32, 33] {
                cases.push(format!(
                    "{}{c}{}",
                    "é".repeat(len / 2) + &"a".repeat(len % 2),
                    "z".repeat(len)
                ));
            }
        }
        for case in &cases {
            let mut ours = String::new();
            json_string(&mut ours, case);
            let serde = serde_json::to_string(case).expect("a string");
            assert_eq!(ours, crate::render::json_for_script(&serde), "{case:?}");
        }
    }

    #[test]
    fn json_ld_is_the_news_article_with_its_keys_in_order() {
        let article = Article {
            id: ArticleId(7),
            state: ArticleState::Published,
            section_id: None,
            level: Level::Locale,
            version: 1,
            source_note: String::new(),
            is_example: false,
            created_at: Timestamp(1_774_744_200),
            updated_at: Timestamp(1_774_744_200),
            published_at: Some(Timestamp(1_774_747_800)),
            scheduled_at: None,
            authors: vec![
                Author {
                    user_id: 1,
                    name: "Anna \"A\" <Rossi>".into(),
                    slug: None,
                },
                Author {
                    user_id: 2,
                    name: "Karim".into(),
                    slug: None,
                },
            ],
            comuni: Vec::new(),
            featured_media_id: None,
        };
        let text = ArticleTranslation {
            article_id: ArticleId(7),
            lang: Lang::Ar,
            slug: "x".into(),
            title: "Titolo </script> & più".into(),
            standfirst: "Il sommario".into(),
            body_markdown: String::new(),
            body_html: String::new(),
            body_text: String::new(),
            word_count: Some(10),
            updated_at: Timestamp(1_774_750_000),
            seo_title: String::new(),
            seo_description: String::new(),
        };
        let url = "https://example.org/ar/articoli/x";
        // What the page carried when it was built as a JSON value.
        let value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": text.title,
            "description": text.standfirst,
            "inLanguage": "ar",
            "datePublished": "2026-03-29T01:30:00Z",
            "dateModified": "2026-03-29T02:06:40Z",
            "mainEntityOfPage": url,
            "author": [
                {"@type": "Person", "name": "Anna \"A\" <Rossi>"},
                {"@type": "Person", "name": "Karim"},
            ],
            "publisher": {"@type": "Organization", "name": "AgorAL"},
            "license": "https://creativecommons.org/licenses/by/4.0/",
        });
        let expected = crate::render::json_for_script(&value.to_string());
        assert_eq!(json_ld(&article, &text, url, None, ""), expected);
        assert!(!expected.contains('<') && !expected.contains('&'));
    }

    #[test]
    fn share_links_encode_title_and_address() {
        let links = share_links("https://example.org/articoli/a?b=1", "Sì + no & altro");
        assert_eq!(
            links[0].1,
            "mailto:?subject=S%C3%AC%20%2B%20no%20%26%20altro\
             &body=https%3A%2F%2Fexample.org%2Farticoli%2Fa%3Fb%3D1"
        );
        assert_eq!(
            links[1].1,
            "https://wa.me/?text=S%C3%AC+%2B+no+%26+altro%20https%3A%2F%2Fexample.org%2Farticoli%2Fa%3Fb%3D1"
        );
    }
}
