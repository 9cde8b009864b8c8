//! Revisions of a story: every save is kept; compare any of them with the
//! current text, side by side, and restore one (which is itself a new
//! revision, so nothing is ever lost).

use agoral_db::articles::{SaveOutcome, TranslationInput};
use agoral_domain::{
    articles::{DiffLine, Revision, Slug, line_diff},
    lang::Lang,
};
use askama::Template;
use axum::{
    extract::{Path, Query},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    articles::load_for_desk,
    error::WebError,
    markdown,
    render::{Ctx, Shell, page},
    session::Staff,
};

#[derive(Debug, Deserialize)]
pub struct RevisionsQuery {
    lingua: Option<String>,
    revisione: Option<String>,
}

#[derive(Template)]
#[template(path = "articles/revisions.html")]
struct RevisionsPage {
    shell: Shell,
    article_id: i64,
    lang: Lang,
    revisions: Vec<Revision>,
    selected: Option<Revision>,
    diff: Vec<DiffLine>,
}

pub async fn list_revisions(
    ctx: Ctx,
    staff: Staff,
    Path(id): Path<String>,
    Query(query): Query<RevisionsQuery>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let article = load_for_desk(&ctx, &staff, id).await?;
    let lang = query
        .lingua
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_default();
    let revisions = ctx.state.db.revisions(article.id, lang).await?;
    let selected = query
        .revisione
        .and_then(|r| r.parse::<i64>().ok())
        .and_then(|r| revisions.iter().find(|rev| rev.id == r).cloned());
    let current = revisions.first();
    let diff = match (&selected, current) {
        (Some(old), Some(current)) => line_diff(
            &format!(
                "{}\n\n{}\n\n{}",
                old.title, old.standfirst, old.body_markdown
            ),
            &format!(
                "{}\n\n{}\n\n{}",
                current.title, current.standfirst, current.body_markdown
            ),
        ),
        _ => Vec::new(),
    };
    page(&RevisionsPage {
        shell: ctx.shell("revisions-title"),
        article_id: id,
        lang,
        revisions,
        selected,
        diff,
    })
}

pub async fn restore_revision(
    ctx: Ctx,
    staff: Staff,
    Path((id, revision)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let revision: i64 = revision.parse().map_err(|_| WebError::NotFound)?;
    let article = load_for_desk(&ctx, &staff, id).await?;
    let rev = ctx
        .state
        .db
        .revision(article.id, revision)
        .await?
        .ok_or(WebError::NotFound)?;
    let current_slug = ctx
        .state
        .db
        .article_translations(article.id)
        .await?
        .into_iter()
        .find(|t| t.lang == rev.lang)
        .map(|t| t.slug)
        .unwrap_or_else(|| {
            Slug::parse(&rev.title)
                .map(|s| s.to_string())
                .unwrap_or_else(|_| "articolo".into())
        });
    let html = markdown::to_html(&rev.body_markdown);
    let plain = markdown::to_text(&rev.body_markdown);
    let input = TranslationInput {
        lang: rev.lang,
        slug: &current_slug,
        title: &rev.title,
        standfirst: &rev.standfirst,
        body_markdown: &rev.body_markdown,
        body_html: &html,
        body_text: &plain,
    };
    match ctx
        .state
        .db
        .save_translation(article.id, article.version, &input, staff.0.user.id.0)
        .await?
    {
        SaveOutcome::Saved { .. } => Ok(Redirect::to(&format!(
            "/admin/articoli/{}?lingua={}&fatto=salvato",
            article.id.0,
            rev.lang.code()
        ))
        .into_response()),
        _ => Err(WebError::BadRequest("error-edit-conflict")),
    }
}
