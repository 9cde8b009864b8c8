//! The sender's private status page, opened by the link in the
//! confirmation mail: where their good practice stands, the redazione's
//! reason when it was rejected, and a button to withdraw it. Only a hash
//! of the token is stored; the page is never cached anywhere and sends no
//! referrer, so the token leaves no copy behind it.

use agoral_db::good_practices::{WITHDRAWABLE, Withdrawal};
use agoral_domain::{
    audit::AuditAction,
    intake::{IntakeItem, IntakeStatus},
    tokens,
};
use askama::Template;
use axum::{
    extract::Path,
    http::{HeaderValue, StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;

use crate::{
    accounts::password::is_token_shape,
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    render::{Ctx, Shell},
    session::ClientAddress,
};

/// The status pages' address, without the language prefix and the token.
pub const STATUS_PATH: &str = "/buone-pratiche/stato";

#[derive(Template)]
#[template(path = "public/good_practice_status.html")]
struct StatusPage {
    shell: Shell,
    /// No item behind the link.
    unknown: bool,
    action: String,
    title: String,
    status: String,
    received: String,
    updated: String,
    closed: Option<String>,
    reason: Option<String>,
    may_withdraw: bool,
    /// Accepted: withdrawing removes it from the public list.
    accepted: bool,
    withdrawn_now: bool,
    errors: FormErrors,
}

/// Every answer here: never stored by a browser or a proxy, and no
/// `Referer` to other sites. `same-origin` rather than `no-referrer`: with
/// `no-referrer` Chromium sends the withdraw form with `Origin: null`,
/// which the access guard refuses as it would a hostile page's.
fn private(status: StatusCode, page: &StatusPage) -> Result<Response, WebError> {
    let mut response = (status, Html(page.render()?)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    Ok(response)
}

async fn find(ctx: &Ctx, token: &str) -> Result<Option<IntakeItem>, WebError> {
    // A malformed token is answered like an unknown one, without a query.
    if !is_token_shape(token) {
        return Ok(None);
    }
    Ok(ctx
        .state
        .db
        .intake_item_by_token_hash(&tokens::hash(token))
        .await?)
}

fn status_page(ctx: &Ctx, token: &str, item: Option<&IntakeItem>) -> StatusPage {
    let mut shell = ctx.shell("good-practice-status-title");
    shell.noindex = true;
    // The language switcher must not carry the token into other links.
    shell.alternates.clear();
    let mut page = StatusPage {
        shell,
        unknown: item.is_none(),
        action: ctx.lang.localise_path(&format!("{STATUS_PATH}/{token}")),
        title: String::new(),
        status: String::new(),
        received: String::new(),
        updated: String::new(),
        closed: None,
        reason: None,
        may_withdraw: false,
        accepted: false,
        withdrawn_now: false,
        errors: FormErrors::default(),
    };
    if let Some(item) = item {
        page.title = item.title.clone();
        page.status = ctx.t(item.status.label_key());
        page.received = item.received_at.datetime_short();
        page.updated = item.updated_at.datetime_short();
        page.closed = item.closed_at.map(|at| at.datetime_short());
        page.reason = (item.status == IntakeStatus::Rejected)
            .then(|| item.reason.clone())
            .flatten()
            .filter(|r| !r.trim().is_empty());
        page.may_withdraw = WITHDRAWABLE.contains(&item.status.as_str());
        page.accepted = item.status == IntakeStatus::Accepted;
    }
    page
}

/// `GET /buone-pratiche/stato/{token}`.
pub async fn show_practice_status(
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let item = find(&ctx, &token).await?;
    let page = status_page(&ctx, &token, item.as_ref());
    let status = if item.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    private(status, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    confirm: String,
}

/// `POST /buone-pratiche/stato/{token}`: withdraws the practice, once the
/// box saying so is ticked.
pub async fn withdraw_practice(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Path(token): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    let Some(item) = find(&ctx, &token).await? else {
        return private(StatusCode::NOT_FOUND, &status_page(&ctx, &token, None));
    };
    if form.confirm.trim() != "1" {
        let mut page = status_page(&ctx, &token, Some(&item));
        page.errors
            .push("confirm", "good-practice-withdraw-confirm-needed");
        return private(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let outcome = ctx
        .state
        .db
        .withdraw_by_status_token(&tokens::hash(&token))
        .await?;
    let status = match outcome {
        Withdrawal::Done { id, files } => {
            for key in &files {
                if let Err(e) = ctx.state.media.delete(key).await {
                    tracing::warn!(error = %e, key, "withdrawn practice's file not removed");
                }
            }
            audit::record(
                &ctx.state,
                AuditAction::IntakeAction,
                None,
                None,
                address,
                format!("#{} withdrawn by its sender", id.0),
            )
            .await;
            StatusCode::OK
        }
        Withdrawal::NotAllowed => StatusCode::CONFLICT,
        Withdrawal::NotFound => StatusCode::NOT_FOUND,
    };
    let item = find(&ctx, &token).await?;
    if status == StatusCode::OK
        && let Some(item) = &item
    {
        crate::intake::notify::item_withdrawn(&ctx.state, item).await;
    }
    let mut page = status_page(&ctx, &token, item.as_ref());
    page.withdrawn_now = status == StatusCode::OK;
    private(status, &page)
}
