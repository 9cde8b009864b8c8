//! The login form and logout. Every failure gets the same message, whatever
//! its cause (unknown address, wrong password, disabled account), so the form
//! does not reveal who has an account; the audit log keeps the real cause.

use agoral_domain::{accounts::Email, audit::AuditAction, time::Timestamp};
use askama::Template;
use axum::{
    extract::Query,
    http::{HeaderMap, StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;

use crate::{
    access::redirect_with_cookie,
    accounts::{notice, safe_next},
    audit,
    error::{WebError, retry_after, seconds_until},
    forms::{Form, FormErrors},
    passwords,
    render::{Ctx, Shell, page},
    session::{self, AnySession, ClientAddress},
};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    shell: Shell,
    email: String,
    next: String,
    notice: Option<&'static str>,
    errors: FormErrors,
}

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    fatto: Option<String>,
}

pub async fn show_login(ctx: Ctx, Query(query): Query<LoginQuery>) -> Result<Response, WebError> {
    page(&LoginPage {
        shell: ctx.shell("login-title"),
        email: String::new(),
        next: query
            .next
            .as_deref()
            .map(safe_next)
            .unwrap_or("/admin")
            .to_owned(),
        notice: notice(query.fatto.as_deref()),
        errors: FormErrors::default(),
    })
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

fn failed(
    ctx: &Ctx,
    form: &LoginForm,
    status: StatusCode,
    message: &'static str,
) -> Result<Response, WebError> {
    let mut errors = FormErrors::default();
    errors.push("form", message);
    let html = LoginPage {
        shell: ctx.shell("login-title"),
        email: form.email.chars().take(254).collect(),
        next: safe_next(&form.next).to_owned(),
        notice: None,
        errors,
    }
    .render()?;
    Ok((status, Html(html)).into_response())
}

pub async fn submit_login(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let state = &ctx.state;
    let email_text = form.email.trim().to_lowercase();
    let account_key = format!("account:{email_text}");
    let address_key = address.map(|a| format!("address:{a}"));
    let mut keys = vec![account_key.clone()];
    keys.extend(address_key.clone());

    for key in &keys {
        if let Some(until) = state.db.throttled_until(key).await? {
            audit::record(
                state,
                AuditAction::LoginThrottled,
                None,
                None,
                address,
                email_text.clone(),
            )
            .await;
            let mut response = failed(
                &ctx,
                &form,
                StatusCode::TOO_MANY_REQUESTS,
                "login-throttled",
            )?;
            response
                .headers_mut()
                .extend([retry_after(seconds_until(until))]);
            return Ok(response);
        }
    }

    let credentials = match Email::parse(&form.email) {
        Ok(email) => state.db.credentials(&email).await?,
        Err(_) => None,
    };
    let password_ok = passwords::verify(
        &form.password,
        credentials
            .as_ref()
            .and_then(|c| c.password_hash.as_deref()),
    )
    .await;
    let reason = match &credentials {
        None => Some("unknown account"),
        Some(_) if !password_ok => Some("wrong password"),
        Some(c) if c.user.disabled => Some("disabled account"),
        Some(_) => None,
    };
    if let Some(reason) = reason {
        for key in &keys {
            state.db.record_login_failure(key).await?;
        }
        let subject = credentials.as_ref().map(|c| c.user.id.0);
        audit::record(
            state,
            AuditAction::LoginFailed,
            None,
            subject,
            address,
            format!("{email_text}: {reason}"),
        )
        .await;
        return failed(
            &ctx,
            &form,
            StatusCode::UNPROCESSABLE_ENTITY,
            "login-failed",
        );
    }
    let Some(credentials) = credentials else {
        return Err(WebError::internal("credentials vanished"));
    };
    let user = credentials.user;
    state.db.clear_login_failures(&account_key).await?;
    if let Some(key) = &address_key {
        state.db.clear_login_failures(key).await?;
    }
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    let needs_code = user.totp_enabled;
    let cookie = session::start(state, &user, !needs_code, address, user_agent).await?;
    if needs_code {
        return Ok(redirect_with_cookie("/accedi/verifica", cookie));
    }
    state.db.record_login(user.id).await?;
    audit::record(
        state,
        AuditAction::LoginSucceeded,
        Some(user.id.0),
        None,
        address,
        "password",
    )
    .await;
    Ok(redirect_with_cookie(safe_next(&form.next), cookie))
}

pub async fn logout(
    ctx: Ctx,
    AnySession(current): AnySession,
    ClientAddress(address): ClientAddress,
) -> Result<Response, WebError> {
    ctx.state
        .db
        .delete_session(&current.session.id_hash)
        .await?;
    audit::record(
        &ctx.state,
        AuditAction::Logout,
        Some(current.user.id.0),
        None,
        address,
        "",
    )
    .await;
    let _ = Timestamp::now();
    Ok(redirect_with_cookie(
        "/accedi?fatto=uscito",
        session::clear_cookie(),
    ))
}
