//! The search pages: `/cerca` for readers (in every language, without
//! JavaScript) and `/admin/cerca` for the redazione, drafts included.

use std::collections::HashMap;

use agoral_domain::{accounts::Role, lang::Lang};
use askama::Template;
use axum::{extract::Query, response::Response};
use serde::Deserialize;

use super::query::{self, Audience, Filters, Hit, Part, Request};
use crate::{
    articles::{PER_PAGE, page_number, public::article_path},
    error::WebError,
    render::{Ctx, Shell, page},
    session::Staff,
};

#[derive(Debug, Deserialize, Default)]
pub struct SearchQuery {
    q: Option<String>,
    sezione: Option<String>,
    livello: Option<String>,
    comune: Option<String>,
    tag: Option<String>,
    lingua: Option<String>,
    anno: Option<String>,
    pagina: Option<String>,
}

/// The filter parameters, in the order they appear in addresses.
const FILTER_PARAMS: [(&str, &str); 6] = [
    ("section", "sezione"),
    ("level", "livello"),
    ("comune", "comune"),
    ("tag", "tag"),
    ("lang", "lingua"),
    ("year", "anno"),
];

/// Only values that could be real: anything else is ignored.
fn plain_value(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.len() <= 100)
        .filter(|v| v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .map(str::to_owned)
}

/// One facet value, ready to show.
pub struct FacetItem {
    pub label: String,
    pub count: u64,
    pub link: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub title_key: &'static str,
    pub items: Vec<FacetItem>,
}

/// One result, ready to show.
pub struct ResultItem {
    pub title: String,
    pub link: String,
    pub lang: Lang,
    pub snippet: String,
    pub date: Option<agoral_domain::time::Timestamp>,
    pub edit_link: Option<String>,
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct SearchPage {
    shell: Shell,
    action: String,
    query: String,
    searched: bool,
    truncated: bool,
    /// The index is still being built (first start).
    incomplete: bool,
    total: usize,
    results: Vec<ResultItem>,
    facets: Vec<FacetGroup>,
    /// Active filters: (label, link without it).
    active: Vec<(String, String)>,
    page: i64,
    has_more: bool,
    /// When nothing is found: each word alone, with its count.
    suggestions: Vec<(String, String, usize)>,
    back_office: bool,
    /// This search's address, without the page number.
    links: String,
    /// Services of the directory that match (readers' first page).
    services: Option<ServiceMatches>,
    /// The Osservatorio's datasets and charts that match (readers' first
    /// page).
    data: Vec<crate::observatory::search::Found>,
}

/// The directory's services a search matches.
struct ServiceMatches {
    count: usize,
    /// The first few, as (name, link).
    named: Vec<(String, String)>,
    /// The services list with the same words.
    all: String,
}

impl SearchPage {
    fn page_link(&self, page: i64) -> String {
        format!("{}&pagina={page}", self.links)
    }
}

/// Query strings built from the current search.
struct Links {
    action: String,
    q: String,
    params: Vec<(&'static str, String)>,
}

impl Links {
    fn build(&self, skip: Option<&str>, add: Option<(&str, &str)>) -> String {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        serializer.append_pair("q", &self.q);
        for (name, value) in &self.params {
            if Some(*name) != skip && add.is_none_or(|(n, _)| n != *name) {
                serializer.append_pair(name, value);
            }
        }
        if let Some((name, value)) = add {
            serializer.append_pair(name, value);
        }
        format!("{}?{}", self.action, serializer.finish())
    }
}

/// Names for facet values, read in two queries for a whole page (the
/// comuni are in memory).
struct Labels {
    sections: HashMap<String, String>,
    tags: HashMap<String, String>,
}

impl Labels {
    async fn load(ctx: &Ctx, tag_slugs: Vec<String>) -> Result<Labels, WebError> {
        let db = &ctx.state.db;
        let (sections, tags) = futures::try_join!(
            db.sections(ctx.lang),
            db.tags_by_slugs(&tag_slugs, ctx.lang)
        )?;
        Ok(Labels {
            sections: sections.into_iter().map(|s| (s.slug, s.name)).collect(),
            tags: tags.into_iter().map(|t| (t.slug, t.name)).collect(),
        })
    }

    fn get(&self, ctx: &Ctx, root: &str, value: &str) -> String {
        let found = match root {
            "section" => self.sections.get(value).cloned(),
            "level" => agoral_domain::articles::Level::parse(value).map(|l| ctx.t(l.label_key())),
            "comune" => ctx.state.comuni.get(value).map(|c| c.name.clone()),
            "tag" => self.tags.get(value).cloned(),
            "lang" => Lang::from_code(value).map(|l| l.native_name().to_owned()),
            _ => None,
        };
        found.unwrap_or_else(|| value.to_owned())
    }
}

fn facet_title(root: &str) -> &'static str {
    match root {
        "section" => "search-facet-section",
        "level" => "search-facet-level",
        "comune" => "search-facet-comune",
        "tag" => "search-facet-tag",
        "lang" => "search-facet-lang",
        _ => "search-facet-year",
    }
}

async fn search_page(
    ctx: Ctx,
    params: SearchQuery,
    audience: Audience,
    action: String,
) -> Result<Response, WebError> {
    let raw = params.q.clone().unwrap_or_default();
    let cleaned = query::clean(&raw);
    let values: Vec<Option<String>> = vec![
        plain_value(&params.sezione),
        plain_value(&params.livello),
        plain_value(&params.comune),
        plain_value(&params.tag),
        plain_value(&params.lingua).filter(|l| Lang::from_code(l).is_some()),
        plain_value(&params.anno).filter(|y| y.len() == 4 && y.parse::<i32>().is_ok()),
    ];
    let filters = Filters {
        section: values[0].clone(),
        level: values[1].clone(),
        comune: values[2].clone(),
        tag: values[3].clone(),
        lang: values[4].as_deref().and_then(Lang::from_code),
        year: values[5].as_deref().and_then(|y| y.parse().ok()),
    };
    let links = Links {
        action: action.clone(),
        q: cleaned.text.clone(),
        params: FILTER_PARAMS
            .iter()
            .zip(&values)
            .filter_map(|((_, param), value)| value.clone().map(|v| (*param, v)))
            .collect(),
    };
    let page_no = page_number(params.pagina.as_deref());
    let request = Request {
        parts: cleaned.parts.clone(),
        lang: ctx.lang,
        filters,
        audience,
        offset: ((page_no - 1) * PER_PAGE) as usize,
        limit: PER_PAGE as usize,
    };
    let results = ctx
        .state
        .search
        .search(request.clone())
        .await
        .map_err(|e| WebError::internal(format!("{e:#}")))?;
    // The count is exact: no extra result is fetched (and given a
    // snippet) only to learn whether there is a next page.
    let has_more = request.offset + results.hits.len() < results.total;
    let results_shown: Vec<Hit> = results.hits;
    let back_office = audience != Audience::Readers;
    let mut items = Vec::new();
    for hit in results_shown {
        items.push(ResultItem {
            link: article_path(hit.lang, &hit.slug),
            title: hit.title,
            lang: hit.lang,
            snippet: hit.snippet,
            date: hit.published.map(agoral_domain::time::Timestamp),
            edit_link: back_office.then(|| format!("/admin/articoli/{}", hit.article_id)),
        });
    }
    let mut tag_slugs: Vec<String> = results
        .facets
        .iter()
        .filter(|(root, _)| root == "tag")
        .flat_map(|(_, counts)| counts.iter().take(12).map(|(v, _)| v.clone()))
        .collect();
    tag_slugs.extend(
        links
            .params
            .iter()
            .filter(|(p, _)| *p == "tag")
            .map(|(_, v)| v.clone()),
    );
    let labels = Labels::load(&ctx, tag_slugs).await?;
    let mut facets = Vec::new();
    for (root, counts) in &results.facets {
        if counts.is_empty() {
            continue;
        }
        let param = FILTER_PARAMS
            .iter()
            .find(|(r, _)| r == root)
            .map_or("", |(_, p)| *p);
        let mut group = FacetGroup {
            title_key: facet_title(root),
            items: Vec::new(),
        };
        for (value, count) in counts.iter().take(12) {
            let active = links.params.iter().any(|(p, v)| *p == param && v == value);
            group.items.push(FacetItem {
                label: labels.get(&ctx, root, value),
                count: *count,
                link: if active {
                    links.build(Some(param), None)
                } else {
                    links.build(None, Some((param, value)))
                },
                active,
            });
        }
        facets.push(group);
    }
    let mut active = Vec::new();
    for (param, value) in &links.params {
        let root = FILTER_PARAMS
            .iter()
            .find(|(_, p)| p == param)
            .map_or("", |(r, _)| *r);
        active.push((
            labels.get(&ctx, root, value),
            links.build(Some(param), None),
        ));
    }
    // Nothing found for several words: how many each finds alone.
    let mut suggestions = Vec::new();
    if results.total == 0 && cleaned.parts.len() > 1 {
        for part in cleaned.parts.iter().take(5) {
            let word = match part {
                Part::Word(w) | Part::Phrase(w) => w.clone(),
            };
            let mut alone = request.clone();
            alone.parts = vec![part.clone()];
            alone.offset = 0;
            alone.limit = 1;
            let count = ctx
                .state
                .search
                .search(alone)
                .await
                .map(|r| r.total)
                .unwrap_or(0);
            if count > 0 {
                let link = Links {
                    action: action.clone(),
                    q: word.clone(),
                    params: Vec::new(),
                }
                .build(None, None);
                suggestions.push((word, link, count));
            }
        }
    }
    let title = if cleaned.text.is_empty() {
        ctx.t("search-title")
    } else {
        ctx.state.l10n.get_args(
            ctx.lang,
            "search-title-for",
            &[("query", cleaned.text.clone())],
        )
    };
    // The directory's services that match, from its own word index (the
    // same analyzers): readers looking for an office find it from here.
    let services = if audience == Audience::Readers && page_no == 1 && !cleaned.text.is_empty() {
        match ctx.state.service_words.matching(&cleaned.text) {
            Some(ids) if !ids.is_empty() => {
                let first: Vec<_> = ids.iter().take(SERVICES_SHOWN).copied().collect();
                let named = ctx
                    .state
                    .db
                    .services_by_ids(&first)
                    .await?
                    .iter()
                    .map(|s| {
                        (
                            s.text(ctx.lang).name.clone(),
                            ctx.lang.localise_path(&format!("/servizi/{}", s.id.0)),
                        )
                    })
                    .collect();
                let all = format!(
                    "{}?{}",
                    ctx.lang.localise_path("/servizi"),
                    form_urlencoded::Serializer::new(String::new())
                        .append_pair("q", &cleaned.text)
                        .finish()
                );
                Some(ServiceMatches {
                    count: ids.len(),
                    named,
                    all,
                })
            }
            _ => None,
        }
    } else {
        None
    };
    let data = if audience == Audience::Readers && page_no == 1 && !cleaned.text.is_empty() {
        crate::observatory::search::matching(&ctx, &cleaned.text, DATA_SHOWN).await?
    } else {
        Vec::new()
    };
    let mut shell = ctx.shell_titled(title);
    shell.noindex = true;
    let page_links = links.build(None, None);
    page(&SearchPage {
        shell,
        action,
        query: cleaned.text,
        searched: !cleaned.parts.is_empty(),
        truncated: cleaned.truncated,
        incomplete: !ctx.state.search.is_complete(),
        total: results.total,
        results: items,
        facets,
        active,
        page: page_no,
        has_more,
        suggestions,
        back_office,
        links: page_links,
        services,
        data,
    })
}

/// Datasets and charts named on the search page.
const DATA_SHOWN: usize = 8;

/// Services named on the search page; the rest are a link away.
const SERVICES_SHOWN: usize = 5;

pub async fn public_search(
    ctx: Ctx,
    params: Result<Query<SearchQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let params = params.map(|Query(q)| q).unwrap_or_default();
    let action = ctx.lang.localise_path("/cerca");
    search_page(ctx, params, Audience::Readers, action).await
}

pub async fn desk_search(
    ctx: Ctx,
    staff: Staff,
    params: Result<Query<SearchQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let params = params.map(|Query(q)| q).unwrap_or_default();
    let user = &staff.0.user;
    let audience = if user.has_role(Role::Editor) {
        Audience::Editors
    } else {
        Audience::Author(user.id.0)
    };
    search_page(ctx, params, audience, "/admin/cerca".to_owned()).await
}
