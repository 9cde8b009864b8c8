//! A staff member's own account: password, second factor, sessions.

use agoral_db::sessions::Session;
use agoral_domain::{
    accounts::{User, validate_new_password},
    audit::AuditAction,
};
use askama::Template;
use axum::{
    extract::Query,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    passwords,
    render::{Ctx, Shell, invalid, page},
    session::{ClientAddress, Staff},
};

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    user: User,
    sessions: Vec<Session>,
    current_hash: String,
    recovery_left: i64,
    /// How the person hears of new intake items (the redazione only).
    intake_notify: Option<agoral_domain::intake::NotifyMode>,
}

impl AccountPage {
    fn notify_modes(&self) -> [agoral_domain::intake::NotifyMode; 3] {
        agoral_domain::intake::NotifyMode::ALL
    }

    fn notify_is(&self, mode: &agoral_domain::intake::NotifyMode) -> bool {
        self.intake_notify == Some(*mode)
    }
}

async fn account_page(
    ctx: &Ctx,
    staff: &Staff,
    notice: Option<&'static str>,
    errors: FormErrors,
) -> Result<AccountPage, WebError> {
    let user = staff.0.user.clone();
    Ok(AccountPage {
        shell: ctx.shell("account-title"),
        notice,
        errors,
        sessions: ctx.state.db.sessions_of(user.id).await?,
        current_hash: staff.0.session.id_hash.clone(),
        recovery_left: ctx.state.db.unused_recovery_codes(user.id).await?,
        intake_notify: if user.has_role(agoral_domain::accounts::Role::Editor)
            || user.has_role(agoral_domain::accounts::Role::Administrator)
        {
            Some(ctx.state.db.intake_notify(user.id.0).await?)
        } else {
            None
        },
        user,
    })
}

pub async fn show_account(
    ctx: Ctx,
    staff: Staff,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    page(&account_page(&ctx, &staff, query.notice(), FormErrors::default()).await?)
}

#[derive(Debug, Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn change_password(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    Form(form): Form<ChangePasswordForm>,
) -> Result<Response, WebError> {
    let user = &staff.0.user;
    let credentials = ctx
        .state
        .db
        .credentials_by_id(user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    let mut errors = FormErrors::default();
    if !passwords::verify(&form.current, credentials.password_hash.as_deref()).await {
        errors.push("current", "error-current-password");
    }
    if let Err(e) = validate_new_password(&form.password) {
        errors.0.push(e.field_error("password"));
    } else if form.password != form.confirm {
        errors.push("confirm", "error-password-mismatch");
    }
    if !errors.is_empty() {
        return invalid(&account_page(&ctx, &staff, None, errors).await?);
    }
    let hash = passwords::hash(&form.password).await?;
    ctx.state.db.set_password_hash(user.id, &hash).await?;
    // Other devices must log in with the new password.
    ctx.state
        .db
        .delete_sessions_of(user.id, Some(&staff.0.session.id_hash))
        .await?;
    audit::record(
        &ctx.state,
        AuditAction::PasswordChanged,
        Some(user.id.0),
        None,
        address,
        "",
    )
    .await;
    Ok(Redirect::to("/account?fatto=password").into_response())
}

pub async fn logout_everywhere(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
) -> Result<Response, WebError> {
    let closed = ctx
        .state
        .db
        .delete_sessions_of(staff.0.user.id, Some(&staff.0.session.id_hash))
        .await?;
    audit::record(
        &ctx.state,
        AuditAction::LogoutEverywhere,
        Some(staff.0.user.id.0),
        None,
        address,
        format!("{closed} sessions"),
    )
    .await;
    Ok(Redirect::to("/account?fatto=sessioni").into_response())
}

/// `POST /account/arrivi`: how an editor hears of new intake items — at
/// once, in a daily digest, or not at all.
pub async fn set_intake_notify(
    ctx: Ctx,
    staff: Staff,
    crate::forms::Fields(fields): crate::forms::Fields,
) -> Result<Response, WebError> {
    let value = fields
        .iter()
        .find(|(name, _)| name == "intake_notify")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let mode = agoral_domain::intake::NotifyMode::parse(value)
        .ok_or(WebError::BadRequest("error-choice-invalid"))?;
    ctx.state
        .db
        .set_intake_notify(staff.0.user.id.0, mode)
        .await?;
    Ok(axum::response::Redirect::to("/account?fatto=salvato").into_response())
}
