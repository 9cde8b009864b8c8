//! The login form and logout. Every failure gets the same message, whatever
//! its cause (unknown address, wrong password, disabled account), so the form
//! does not reveal who has an account; the audit log keeps the real cause.
//! The form's token is bound to the browser's login cookie (see
//! [`login_cookie`]).

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
    accounts::{login_cookie, notice, safe_next},
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

pub async fn show_login(
    ctx: Ctx,
    headers: HeaderMap,
    Query(query): Query<LoginQuery>,
) -> Result<Response, WebError> {
    let mut shell = ctx.shell("login-title");
    let mut new_cookie = None;
    // Somebody already logged in sends the session's own token.
    if ctx.current.is_none() {
        let (value, set) = login_cookie::value_or_new(&ctx.state, &headers)?;
        shell = shell.with_csrf(login_cookie::form_token(&ctx.state, &value));
        new_cookie = set;
    }
    let mut response = page(&LoginPage {
        shell,
        email: String::new(),
        next: query
            .next
            .as_deref()
            .map(safe_next)
            .unwrap_or("/admin")
            .to_owned(),
        notice: notice(query.fatto.as_deref()),
        errors: FormErrors::default(),
    })?;
    if let Some(set) = new_cookie {
        response.headers_mut().append(header::SET_COOKIE, set);
    }
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf_token: String,
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
    bound: Option<&str>,
    status: StatusCode,
    message: &'static str,
) -> Result<Response, WebError> {
    let mut errors = FormErrors::default();
    errors.push("form", message);
    // Shown again with a new token for the same login cookie.
    let mut shell = ctx.shell("login-title");
    if let Some(value) = bound {
        shell = shell.with_csrf(login_cookie::form_token(&ctx.state, value));
    }
    let html = LoginPage {
        shell,
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
    // Without a session, the token must be bound to this browser's login
    // cookie (the guard has checked that it is a valid form token; it reads
    // the header before the field, and so does this). `bound` is the
    // cookie's value.
    let bound = match &ctx.current {
        Some(_) => None,
        None => {
            let token = headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or(&form.csrf_token);
            Some(login_cookie::verify(state, &headers, token).ok_or(WebError::Csrf)?)
        }
    };
    let bound = bound.as_deref();
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
                bound,
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
            bound,
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
    // The login cookie has done its work.
    let done = |to: &str| {
        let mut response = redirect_with_cookie(to, cookie.clone());
        if bound.is_some() {
            response.headers_mut().append(
                header::SET_COOKIE,
                login_cookie::clear_cookie(&state.config),
            );
        }
        response
    };
    if needs_code {
        return Ok(done("/accedi/verifica"));
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
    Ok(done(safe_next(&form.next)))
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
        session::clear_cookie(&ctx.state.config),
    ))
}
