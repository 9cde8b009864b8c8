//! Feeds and indexes for machines: Atom and RSS 2.0 for the whole site, a
//! section, a tag, an author or a comune, per language (`/feed.xml` is the Italian site
//! feed); `/sitemap.xml` with `hreflang` alternates and `lastmod`;
//! `/robots.txt`.

use agoral_db::articles::ListFilter;
use agoral_domain::{
    articles::ArticleListItem, comuni::IstatCode, lang::Lang, pages::FOOTER_PAGES, time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{Path, rejection::PathRejection},
    http::header,
    response::{IntoResponse, Response},
};

use crate::{
    articles::public::{article_path, slug_from},
    error::WebError,
    escape::html_text,
    render::Ctx,
};

/// How many stories a feed carries.
const FEED_SIZE: i64 = 30;

pub struct FeedEntry {
    pub title: String,
    pub url: String,
    pub lang: String,
    pub summary: String,
    pub published: String,
    pub published_rfc2822: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "feeds/atom.xml")]
struct AtomFeed {
    lang: Lang,
    title: String,
    subtitle: String,
    self_url: String,
    page_url: String,
    updated: String,
    author: String,
    entries: Vec<FeedEntry>,
}

/// RSS 2.0 leaves the markup of `<title>` and `<description>` unsaid and
/// readers take both as HTML, so the plain-text values here are escaped
/// for HTML once ([`html_text`]) before the template escapes them for XML.
/// Atom says `type="text"` and needs neither.
#[derive(Template)]
#[template(path = "feeds/rss.xml")]
struct RssFeed {
    lang: Lang,
    title: String,
    subtitle: String,
    self_url: String,
    page_url: String,
    updated_rfc2822: String,
    entries: Vec<FeedEntry>,
}

/// What a feed is about.
struct FeedSource {
    title: String,
    page_path: String,
    items: Vec<ArticleListItem>,
}

fn entries(ctx: &Ctx, items: &[ArticleListItem]) -> Vec<FeedEntry> {
    let base = &ctx.state.config.public_url;
    items
        .iter()
        .map(|item| {
            let published = item.published_at.unwrap_or(item.updated_at);
            FeedEntry {
                title: item.title.clone(),
                url: format!("{base}{}", article_path(ctx.lang, &item.slug)),
                lang: item.text_lang.code().to_owned(),
                summary: item.standfirst.clone(),
                published: published.rfc3339(),
                published_rfc2822: published.rfc2822(),
                updated: item.updated_at.rfc3339(),
            }
        })
        .collect()
}

fn newest(items: &[ArticleListItem]) -> Timestamp {
    items
        .iter()
        .map(|i| i.updated_at)
        .max()
        .unwrap_or(Timestamp(0))
}

fn xml(content_type: &'static str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response()
}

/// Atom at `…/feed.xml`, RSS 2.0 at `…/rss.xml`: one handler serves both,
/// telling them apart by the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Atom,
    Rss,
}

impl Format {
    fn of(ctx: &Ctx) -> Format {
        if ctx.rest.ends_with("/rss.xml") {
            Format::Rss
        } else {
            Format::Atom
        }
    }

    fn file(self) -> &'static str {
        match self {
            Format::Atom => "feed.xml",
            Format::Rss => "rss.xml",
        }
    }
}

fn render_feed(ctx: &Ctx, source: FeedSource, self_path: &str) -> Result<Response, WebError> {
    let base = &ctx.state.config.public_url;
    let self_url = format!("{base}{self_path}");
    let page_url = format!("{base}{}", source.page_path);
    let entries = entries(ctx, &source.items);
    if Format::of(ctx) == Format::Rss {
        let entries = entries
            .into_iter()
            .map(|entry| FeedEntry {
                title: html_text(&entry.title),
                summary: html_text(&entry.summary),
                ..entry
            })
            .collect();
        let feed = RssFeed {
            lang: ctx.lang,
            subtitle: html_text(&ctx.t("site-tagline")),
            self_url,
            page_url,
            updated_rfc2822: newest(&source.items).rfc2822(),
            entries,
            title: html_text(&source.title),
        };
        return Ok(xml("application/rss+xml; charset=utf-8", feed.render()?));
    }
    let feed = AtomFeed {
        lang: ctx.lang,
        subtitle: ctx.t("site-tagline"),
        self_url,
        page_url,
        updated: newest(&source.items).rfc3339(),
        author: ctx.t("feed-author"),
        entries,
        title: source.title,
    };
    Ok(xml("application/atom+xml; charset=utf-8", feed.render()?))
}

/// `/feed.xml` and `/rss.xml`: the whole site in the reader's language.
pub async fn site_feed(ctx: Ctx) -> Result<Response, WebError> {
    let source = FeedSource {
        title: format!("AgorAL — {}", ctx.t("site-tagline")),
        page_path: ctx.lang.home().to_owned(),
        items: ctx
            .state
            .db
            .published_articles(ctx.lang, &ListFilter::default(), FEED_SIZE, 0)
            .await?,
    };
    let self_path = ctx
        .lang
        .localise_path(&format!("/{}", Format::of(&ctx).file()));
    render_feed(&ctx, source, &self_path)
}

pub async fn section_feed(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
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
    filtered_feed(&ctx, &filter, &section.name, &format!("/sezioni/{slug}")).await
}

pub async fn comune_feed(
    ctx: Ctx,
    code: Result<Path<String>, PathRejection>,
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
    filtered_feed(
        &ctx,
        &filter,
        &comune.name,
        &format!("/comuni/{}", code.as_str()),
    )
    .await
}

pub async fn author_feed(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
) -> Result<Response, WebError> {
    let slug = slug_from(slug)?;
    let author = ctx
        .state
        .db
        .author_by_slug(&slug, ctx.lang)
        .await?
        .ok_or(WebError::NotFound)?;
    let filter = ListFilter {
        author_id: Some(author.user_id),
        ..ListFilter::default()
    };
    filtered_feed(&ctx, &filter, &author.name, &format!("/autori/{slug}")).await
}

/// The feed of one listing (a section, a comune, a tag, an author): its
/// page is at `rest` in the reader's language, the feeds at
/// `rest/feed.xml` and `rest/rss.xml`.
async fn filtered_feed(
    ctx: &Ctx,
    filter: &ListFilter<'_>,
    name: &str,
    rest: &str,
) -> Result<Response, WebError> {
    let items = ctx
        .state
        .db
        .published_articles(ctx.lang, filter, FEED_SIZE, 0)
        .await?;
    let page_path = ctx.lang.localise_path(rest);
    let self_path = format!("{page_path}/{}", Format::of(ctx).file());
    render_feed(
        ctx,
        FeedSource {
            title: format!("AgorAL — {name}"),
            page_path,
            items,
        },
        &self_path,
    )
}

pub struct SitemapUrl {
    pub loc: String,
    pub lastmod: Option<String>,
    pub alternates: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap.xml")]
struct Sitemap {
    urls: Vec<SitemapUrl>,
}

/// One `<url>` per language version of a page, each listing all of them.
fn with_alternates(
    base: &str,
    paths: &[(Lang, String)],
    lastmod: Option<String>,
) -> Vec<SitemapUrl> {
    let alternates: Vec<(String, String)> = paths
        .iter()
        .map(|(lang, path)| (lang.code().to_owned(), format!("{base}{path}")))
        .collect();
    paths
        .iter()
        .map(|(_, path)| SitemapUrl {
            loc: format!("{base}{path}"),
            lastmod: lastmod.clone(),
            alternates: alternates.clone(),
        })
        .collect()
}

pub async fn sitemap(ctx: Ctx) -> Result<Response, WebError> {
    let base = ctx.state.config.public_url.clone();
    let db = &ctx.state.db;
    let mut urls = Vec::new();
    let everywhere = |rest: &str| -> Vec<(Lang, String)> {
        Lang::ALL
            .iter()
            .map(|l| (*l, l.localise_path(rest)))
            .collect()
    };
    urls.extend(with_alternates(&base, &everywhere("/"), None));
    for section in db.sections(Lang::It).await? {
        urls.extend(with_alternates(
            &base,
            &everywhere(&format!("/sezioni/{}", section.slug)),
            None,
        ));
    }
    urls.extend(with_alternates(&base, &everywhere("/buone-pratiche"), None));
    for slug in FOOTER_PAGES {
        let lastmod = db
            .page(slug, Lang::It)
            .await?
            .map(|p| p.updated_at.date_iso());
        urls.extend(with_alternates(
            &base,
            &everywhere(&format!("/{slug}")),
            lastmod,
        ));
    }
    for entry in db.sitemap_entries().await? {
        // Only versions that exist: an untranslated story is listed once.
        let paths: Vec<(Lang, String)> = entry
            .slugs
            .iter()
            .map(|(lang, slug)| (*lang, article_path(*lang, slug)))
            .collect();
        urls.extend(with_alternates(
            &base,
            &paths,
            Some(entry.updated_at.date_iso()),
        ));
    }
    Ok(xml(
        "application/xml; charset=utf-8",
        Sitemap { urls }.render()?,
    ))
}

pub async fn robots(ctx: Ctx) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /accedi\nDisallow: /password\nDisallow: /invito\n\nSitemap: {}/sitemap.xml\n",
        ctx.state.config.public_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

pub async fn tag_feed(
    ctx: Ctx,
    slug: Result<Path<String>, PathRejection>,
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
    filtered_feed(&ctx, &filter, &tag.name, &format!("/tag/{slug}")).await
}
