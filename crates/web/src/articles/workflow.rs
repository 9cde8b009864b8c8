//! Workflow steps from the editor's buttons. The domain decides what is
//! allowed; every step is recorded with its comment; scheduling queues a
//! job that publishes on time, across restarts.

use agoral_domain::{
    articles::{Actor, ArticleState, Transition},
    time::Timestamp,
};
use axum::{
    extract::Query,
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    admin::IdPath,
    articles::{editor::editor_page, load_for_desk},
    error::WebError,
    forms::{Form, FormErrors},
    jobs::publish_article,
    render::Ctx,
    session::Staff,
};

#[derive(Debug, Deserialize)]
pub struct TransitionForm {
    #[serde(default)]
    azione: String,
    #[serde(default)]
    commento: String,
    /// `2026-11-27T10:30`, Europe/Rome (an HTML datetime-local field).
    #[serde(default)]
    quando: String,
}

#[derive(Debug, Deserialize)]
pub struct LangQuery {
    lingua: Option<String>,
}

/// A local date and time in Rome as an instant; `None` when malformed.
pub fn parse_rome_datetime(value: &str) -> Option<Timestamp> {
    Timestamp::parse_rome_local(value)
}

/// Whether a step would put the story out before `until`: publishing now,
/// or scheduling earlier.
fn scheduled_before(transition: &Option<Transition>, until: Timestamp) -> bool {
    match transition {
        Some(Transition::Schedule { at }) => at.0 < until.0,
        Some(Transition::Publish) => true,
        _ => false,
    }
}

pub async fn apply_transition(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    Query(query): Query<LangQuery>,
    Form(form): Form<TransitionForm>,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let lang = query
        .lingua
        .as_deref()
        .and_then(agoral_domain::lang::Lang::from_code)
        .unwrap_or_default();
    let now = Timestamp::now();
    let comment: String = form.commento.trim().chars().take(5000).collect();
    let transition = match form.azione.as_str() {
        "submit" => Some(Transition::Submit),
        "request_changes" => Some(Transition::RequestChanges {
            comment: comment.clone(),
        }),
        "approve" => Some(Transition::Approve),
        "schedule" => parse_rome_datetime(&form.quando).map(|at| Transition::Schedule { at }),
        "unschedule" => Some(Transition::Unschedule),
        "publish" => Some(Transition::Publish),
        "unpublish" => Some(Transition::Unpublish),
        "archive" => Some(Transition::Archive),
        "restore" => Some(Transition::Restore),
        _ => return Err(WebError::BadRequest("error-400-text")),
    };
    let actor = Actor::Person {
        roles: staff.0.user.roles,
        is_author: article.is_author(staff.0.user.id.0),
    };
    let result = match &transition {
        Some(t) => article
            .state
            .apply(t, actor, now)
            .map_err(|e| e.message_key()),
        None => Err("error-schedule-invalid"),
    };
    // A story goes public only with a described featured image.
    let going_public = matches!(
        transition,
        Some(Transition::Publish | Transition::Schedule { .. })
    );
    let result = match (result, article.featured_media_id) {
        (Ok(next), Some(media_id)) if going_public => match ctx.state.db.media(media_id).await? {
            Some(media) if !media.publishable() => Err("media-error-alt-required"),
            _ => Ok(next),
        },
        (result, _) => result,
    };
    // A story made from a press release under embargo waits for it.
    let result = match (result, &transition) {
        (Ok(next), Some(Transition::Publish | Transition::Schedule { .. })) => {
            match crate::intake::queue::embargo_of(&ctx.state, article.id).await? {
                Some(until) if scheduled_before(&transition, until) => {
                    Err("intake-error-embargoed")
                }
                _ => Ok(next),
            }
        }
        (result, _) => result,
    };
    let next: ArticleState = match result {
        Ok(next) => next,
        Err(message) => {
            let mut errors = FormErrors::default();
            errors.push("form", message);
            let view = editor_page(&ctx, &staff, article, lang, None, errors, None).await?;
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Html(askama::Template::render(&view)?),
            )
                .into_response());
        }
    };
    let transition = transition.ok_or(WebError::BadRequest("error-400-text"))?;
    let scheduled_at = match &transition {
        Transition::Schedule { at } => Some(*at),
        _ => None,
    };
    ctx.state
        .db
        .set_article_state(
            article.id,
            next,
            scheduled_at,
            Some(staff.0.user.id.0),
            transition.name(),
            &comment,
        )
        .await?;
    if let Some(at) = scheduled_at {
        publish_article::enqueue(&ctx.state, article.id, at).await?;
    }
    if next == ArticleState::Published {
        crate::intake::queue::story_published(&ctx.state, article.id).await;
    }
    Ok(Redirect::to(&format!(
        "/admin/articoli/{}?lingua={}&fatto=salvato",
        article.id.0,
        lang.code()
    ))
    .into_response())
}

#[derive(askama::Template)]
#[template(path = "articles/delete.html")]
struct DeletePage {
    shell: crate::render::Shell,
    id: i64,
    title: String,
    /// Published stories are withdrawn first; the page says so.
    published: bool,
}

/// `GET /admin/articoli/{id}/elimina`: what will go, and a button.
pub async fn confirm_delete(ctx: Ctx, staff: Staff, id: IdPath) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let title = italian_title(&ctx, &article).await?;
    crate::render::page(&DeletePage {
        shell: ctx.shell("article-delete-title"),
        id: article.id.0,
        title,
        published: article.state == ArticleState::Published,
    })
}

async fn italian_title(
    ctx: &Ctx,
    article: &agoral_domain::articles::Article,
) -> Result<String, WebError> {
    Ok(ctx
        .state
        .db
        .article_translations(article.id)
        .await?
        .into_iter()
        .find(|t| t.lang == agoral_domain::lang::Lang::It)
        .map(|t| t.title)
        .unwrap_or_default())
}

/// `POST /admin/articoli/{id}/elimina`: editors remove a story that is not
/// on the site (a published one is withdrawn first). Recorded in the log.
pub async fn delete_article(
    ctx: Ctx,
    staff: Staff,
    address: crate::session::ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    if !staff.0.user.has_role(agoral_domain::accounts::Role::Editor) {
        return Err(WebError::Forbidden);
    }
    if article.state == ArticleState::Published {
        let mut errors = FormErrors::default();
        errors.push("form", "error-delete-published");
        let view = editor_page(
            &ctx,
            &staff,
            article,
            agoral_domain::lang::Lang::It,
            None,
            errors,
            None,
        )
        .await?;
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Html(askama::Template::render(&view)?),
        )
            .into_response());
    }
    let title = italian_title(&ctx, &article).await?;
    ctx.state.db.delete_article(article.id).await?;
    crate::audit::record(
        &ctx.state,
        agoral_domain::audit::AuditAction::ArticleDeleted,
        Some(staff.0.user.id.0),
        None,
        address.0,
        format!("#{} {title}", article.id.0),
    )
    .await;
    Ok(Redirect::to("/admin/articoli?fatto=eliminato").into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn rome_datetimes() {
        // 10:30 in Rome in winter is 09:30 UTC.
        let at = super::parse_rome_datetime("2026-12-01T10:30").expect("valid");
        assert_eq!(at.rfc3339(), "2026-12-01T09:30:00Z");
        // In summer Rome is UTC+2.
        let at = super::parse_rome_datetime("2026-07-01T10:30").expect("valid");
        assert_eq!(at.rfc3339(), "2026-07-01T08:30:00Z");
        for bad in ["", "domani", "2026-13-01T10:00", "2026-12-01"] {
            assert!(super::parse_rome_datetime(bad).is_none(), "{bad}");
        }
    }
}
