//! Sending again a form that arrived after its session expired. The form
//! was kept for its author (see the access guard); after logging in they
//! see what it carried and send it with one button, or discard it.

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};

use crate::{
    admin::IdPath,
    error::WebError,
    render::{Ctx, Shell, page},
    session::Staff,
};

#[derive(Template)]
#[template(path = "accounts/kept.html")]
struct KeptPage {
    shell: Shell,
    id: i64,
    path: String,
    created_at: agoral_domain::time::Timestamp,
    /// Every field but the old anti-forgery token.
    fields: Vec<(String, String)>,
}

impl KeptPage {
    /// A long field shown in a text area, so the text can be read (and
    /// copied) before sending.
    fn is_long(&self, value: &str) -> bool {
        value.len() > 80 || value.contains('\n')
    }
}

pub async fn show_kept(ctx: Ctx, staff: Staff, id: IdPath) -> Result<Response, WebError> {
    let kept = ctx
        .state
        .db
        .kept_submission(id.0, staff.0.user.id.0)
        .await?
        .ok_or(WebError::NotFound)?;
    let fields = form_urlencoded::parse(kept.body.as_bytes())
        .filter(|(name, _)| name != "csrf_token")
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    page(&KeptPage {
        shell: ctx.shell("kept-title"),
        id: kept.id,
        path: kept.path,
        created_at: kept.created_at,
        fields,
    })
}

pub async fn discard_kept(ctx: Ctx, staff: Staff, id: IdPath) -> Result<Response, WebError> {
    ctx.state
        .db
        .delete_kept_submission(id.0, staff.0.user.id.0)
        .await?;
    Ok(Redirect::to("/admin").into_response())
}
