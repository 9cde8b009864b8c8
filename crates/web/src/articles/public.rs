//! Public pages of the magazine: a story, a section, a comune. Stories not
//! yet translated are shown in Italian with a notice in the reader's
//! language; an old address redirects to the current one.

use agoral_db::articles::ListFilter;
use agoral_domain::{
    articles::{Article, ArticleListItem, ArticleTranslation, Section, reading_minutes},
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
    articles::{PER_PAGE, page_number},
    error::WebError,
    markdown,
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
    lang.localise_path(&format!("/articoli/{slug}"))
}

#[derive(Template)]
#[template(path = "articles/show.html")]
struct ArticlePage {
    shell: Shell,
    article: Article,
    text: ArticleTranslation,
    /// The text is Italian because the story is not translated yet.
    fallback: bool,
    section: Option<Section>,
    comuni: Vec<Comune>,
    reading_minutes: u32,
    /// Languages the story is written in, with their addresses.
    translations: Vec<(Lang, String)>,
    related: Vec<ArticleListItem>,
    tags: Vec<agoral_db::tags::Tag>,
    /// schema.org `NewsArticle`, for search engines.
    json_ld: String,
    /// The page's absolute address, for Open Graph.
    url: String,
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
    // The story in the reader's language, or the Italian address of a story
    // not translated into it.
    let id = match db.published_article_by_slug(ctx.lang, &slug).await? {
        Some(id) => id,
        None => match db.published_article_by_slug(Lang::It, &slug).await? {
            Some(id) => id,
            None => return old_address(&ctx, &slug).await,
        },
    };
    let article = db.article(id).await?.ok_or(WebError::NotFound)?;
    let translations = db.article_translations(id).await?;
    let italian = translations
        .iter()
        .find(|t| t.lang == Lang::It)
        .cloned()
        .ok_or(WebError::NotFound)?;
    let own = translations.iter().find(|t| t.lang == ctx.lang).cloned();
    if let Some(own) = &own
        && own.slug != slug
    {
        // The Italian address under a language that has its own version.
        return Ok(moved_permanently(&article_path(ctx.lang, &own.slug)));
    }
    let fallback = own.is_none();
    let text = own.unwrap_or(italian.clone());
    let mut shell = ctx.shell_titled(text.title.clone());
    // Alternates: each language's own address, the Italian one elsewhere.
    shell.alternates = Lang::ALL
        .iter()
        .map(|lang| {
            let slug = translations
                .iter()
                .find(|t| t.lang == *lang)
                .map(|t| t.slug.as_str())
                .unwrap_or(&italian.slug);
            (*lang, article_path(*lang, slug))
        })
        .collect();
    shell.rest = format!("/articoli/{}", text.slug);
    let shell = shell.with_updated(article.updated_at);
    let section = match article.section_id {
        Some(id) => db.section(id, ctx.lang).await?,
        None => None,
    };
    let mut comuni = Vec::new();
    for code in &article.comuni {
        if let Ok(code) = IstatCode::parse(code)
            && let Some(comune) = db.comune(&code).await?
        {
            comuni.push(comune);
        }
    }
    let filter = ListFilter {
        section_id: article.section_id,
        ..ListFilter::default()
    };
    let related = db
        .published_articles(ctx.lang, &filter, 4, 0)
        .await?
        .into_iter()
        .filter(|item| item.id != article.id)
        .take(3)
        .collect();
    let url = format!(
        "{}{}",
        ctx.state.config.public_url,
        article_path(ctx.lang, &text.slug)
    );
    let json_ld = json_ld(&article, &text, &url);
    let tags = db.article_tags(article.id, ctx.lang).await?;
    page(&ArticlePage {
        tags,
        json_ld,
        url,
        reading_minutes: reading_minutes(&markdown::to_text(&text.body_markdown)),
        translations: translations
            .iter()
            .map(|t| (t.lang, article_path(t.lang, &t.slug)))
            .collect(),
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
fn json_ld(article: &Article, text: &ArticleTranslation, url: &str) -> String {
    let published = article.published_at.unwrap_or(article.updated_at);
    let value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": text.title,
        "description": text.standfirst,
        "inLanguage": text.lang.code(),
        "datePublished": published.rfc3339(),
        "dateModified": text.updated_at.rfc3339(),
        "mainEntityOfPage": url,
        "author": article.authors.iter().map(|(_, name)| serde_json::json!({"@type": "Person", "name": name})).collect::<Vec<_>>(),
        "publisher": {"@type": "Organization", "name": "AgorAL"},
        "license": "https://creativecommons.org/licenses/by/4.0/",
    });
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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
        base,
        level: level.map(|l| l.as_str().to_owned()).unwrap_or_default(),
        levels: agoral_domain::articles::Level::ALL,
        show_levels: true,
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
    listing(&ctx, filter, &query, comune.name, intro, base).await
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
    listing(&ctx, filter, &query, tag.name, intro, base).await
}
