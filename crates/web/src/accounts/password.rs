//! "Forgot password", the reset link, and accepting an invitation: the
//! last two are the same form (choose a password) behind a single-use,
//! expiring link whose token is stored only as a hash.

use agoral_db::auth_tokens::TokenPurpose;
use agoral_domain::{
    accounts::{Email, User, validate_new_password},
    audit::AuditAction,
    time::Timestamp,
    tokens,
};
use askama::Template;
use axum::{
    extract::Path,
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    passwords,
    render::{Ctx, Shell, page},
    session::ClientAddress,
    state::AppState,
};

/// A password reset link works for one hour.
pub const RESET_TTL_SECONDS: i64 = 3600;
/// An invitation works for seven days.
pub const INVITATION_TTL_SECONDS: i64 = 7 * 86_400;

#[derive(Template)]
#[template(path = "accounts/forgot_password.html")]
struct ForgotPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
}

pub async fn show_forgot_password(ctx: Ctx) -> Result<Response, WebError> {
    page(&ForgotPage {
        shell: ctx.shell("forgot-title"),
        notice: None,
        errors: FormErrors::default(),
    })
}

#[derive(Debug, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// Sends a reset link by mail. Queued in the outbox; the answer is the
/// same whether or not the address has an account.
pub async fn send_reset_link(state: &AppState, user: &User) -> Result<(), WebError> {
    let (token, hash) = tokens::generate();
    state
        .db
        .create_auth_token(
            user.id,
            TokenPurpose::PasswordReset,
            &hash,
            Timestamp::now().plus_seconds(RESET_TTL_SECONDS),
        )
        .await?;
    let link = format!("{}/password/reimposta/{token}", state.config.public_url);
    let l10n = &state.l10n;
    let subject = l10n.get(user.locale, "mail-reset-subject");
    let body = l10n.get_args(
        user.locale,
        "mail-reset-body",
        &[("name", user.display_name.clone()), ("link", link)],
    );
    state
        .db
        .enqueue_mail(user.email.as_str(), &subject, &body)
        .await?;
    Ok(())
}

/// Sends an invitation to a new user.
pub async fn send_invitation(state: &AppState, user: &User, inviter: &str) -> Result<(), WebError> {
    let (token, hash) = tokens::generate();
    state
        .db
        .create_auth_token(
            user.id,
            TokenPurpose::Invitation,
            &hash,
            Timestamp::now().plus_seconds(INVITATION_TTL_SECONDS),
        )
        .await?;
    let link = format!("{}/invito/{token}", state.config.public_url);
    let subject = state.l10n.get(user.locale, "mail-invitation-subject");
    let body = state.l10n.get_args(
        user.locale,
        "mail-invitation-body",
        &[
            ("name", user.display_name.clone()),
            ("inviter", inviter.to_owned()),
            ("link", link),
        ],
    );
    state
        .db
        .enqueue_mail(user.email.as_str(), &subject, &body)
        .await?;
    Ok(())
}

pub async fn submit_forgot_password(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Form(form): Form<ForgotForm>,
) -> Result<Response, WebError> {
    let now = Timestamp::now().0;
    if let Some(address) = address
        && let Err(seconds) = ctx.state.public_forms.check(address, now)
    {
        return Err(WebError::too_many_requests(seconds));
    }
    if let Ok(email) = Email::parse(&form.email)
        && let Some(user) = ctx.state.db.user_by_email(&email).await?
        && !user.disabled
    {
        send_reset_link(&ctx.state, &user).await?;
        audit::record(
            &ctx.state,
            AuditAction::PasswordResetRequested,
            None,
            Some(user.id.0),
            address,
            "",
        )
        .await;
    }
    page(&ForgotPage {
        shell: ctx.shell("forgot-title"),
        notice: Some("notice-reset-sent"),
        errors: FormErrors::default(),
    })
}

#[derive(Template)]
#[template(path = "accounts/set_password.html")]
struct SetPasswordPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    valid: bool,
    action: String,
}

#[derive(Debug, Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub(crate) fn is_token_shape(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

async fn show_set_password(
    ctx: Ctx,
    token: String,
    purpose: TokenPurpose,
) -> Result<Response, WebError> {
    let valid = is_token_shape(&token)
        && ctx
            .state
            .db
            .peek_auth_token(&tokens::hash(&token), purpose)
            .await?
            .is_some();
    let (title, base) = titles(purpose);
    let view = SetPasswordPage {
        shell: ctx.shell(title),
        notice: None,
        errors: FormErrors::default(),
        valid,
        action: format!("{base}/{token}"),
    };
    let status = if valid {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    Ok((status, Html(view.render()?)).into_response())
}

fn titles(purpose: TokenPurpose) -> (&'static str, &'static str) {
    match purpose {
        TokenPurpose::PasswordReset => ("reset-title", "/password/reimposta"),
        TokenPurpose::Invitation => ("invitation-title", "/invito"),
    }
}

async fn submit_set_password(
    ctx: Ctx,
    address: Option<std::net::IpAddr>,
    token: String,
    purpose: TokenPurpose,
    form: SetPasswordForm,
) -> Result<Response, WebError> {
    let (title, base) = titles(purpose);
    let mut errors = FormErrors::default();
    if let Err(e) = validate_new_password(&form.password) {
        errors.0.push(e.field_error("password"));
    } else if form.password != form.confirm {
        errors.push("confirm", "error-password-mismatch");
    }
    let hash = tokens::hash(&token);
    if errors.is_empty() {
        // Hash first, then use the token: the slow part cannot leave a used
        // token without a password.
        let password_hash = passwords::hash(&form.password).await?;
        if let Some(user_id) = ctx.state.db.consume_auth_token(&hash, purpose).await? {
            ctx.state
                .db
                .set_password_hash(user_id, &password_hash)
                .await?;
            ctx.state.db.delete_sessions_of(user_id, None).await?;
            let action = match purpose {
                TokenPurpose::PasswordReset => AuditAction::PasswordReset,
                TokenPurpose::Invitation => AuditAction::InvitationAccepted,
            };
            audit::record(&ctx.state, action, Some(user_id.0), None, address, "").await;
            return Ok(Redirect::to("/accedi?fatto=password").into_response());
        }
    }
    let valid = is_token_shape(&token)
        && ctx
            .state
            .db
            .peek_auth_token(&hash, purpose)
            .await?
            .is_some();
    let view = SetPasswordPage {
        shell: ctx.shell(title),
        notice: None,
        errors,
        valid,
        action: format!("{base}/{token}"),
    };
    let status = if valid {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::GONE
    };
    Ok((status, Html(view.render()?)).into_response())
}

pub async fn show_reset_password(
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    show_set_password(ctx, token, TokenPurpose::PasswordReset).await
}

pub async fn submit_reset_password(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Path(token): Path<String>,
    Form(form): Form<SetPasswordForm>,
) -> Result<Response, WebError> {
    submit_set_password(ctx, address, token, TokenPurpose::PasswordReset, form).await
}

pub async fn show_invitation(ctx: Ctx, Path(token): Path<String>) -> Result<Response, WebError> {
    show_set_password(ctx, token, TokenPurpose::Invitation).await
}

pub async fn submit_invitation(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Path(token): Path<String>,
    Form(form): Form<SetPasswordForm>,
) -> Result<Response, WebError> {
    submit_set_password(ctx, address, token, TokenPurpose::Invitation, form).await
}
