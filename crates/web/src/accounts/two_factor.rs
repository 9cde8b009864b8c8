//! Two-factor login with TOTP: the code step after the password, the set-up
//! page with its QR code and recovery codes, and switching it off.

use agoral_domain::{audit::AuditAction, time::Timestamp, tokens, totp};
use askama::Template;
use axum::{
    http::{HeaderMap, StatusCode, header},
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    access::redirect_with_cookie,
    audit,
    error::{WebError, retry_after, seconds_until},
    forms::{Form, FormErrors},
    render::{Ctx, Shell, page},
    session::{self, AnySession, ClientAddress, Staff},
};

#[derive(Template)]
#[template(path = "accounts/verify.html")]
struct VerifyPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
}

pub async fn show_verify(ctx: Ctx) -> Result<Response, WebError> {
    page(&VerifyPage {
        shell: ctx.shell("verify-title"),
        notice: None,
        errors: FormErrors::default(),
    })
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn submit_verify(
    ctx: Ctx,
    AnySession(current): AnySession,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let state = &ctx.state;
    let user = &current.user;
    let key = format!("account:{}", user.email);
    let fail = |message: &'static str, status: StatusCode| -> Result<Response, WebError> {
        let mut errors = FormErrors::default();
        errors.push("form", message);
        let html = VerifyPage {
            shell: ctx.shell("verify-title"),
            notice: None,
            errors,
        }
        .render()?;
        Ok((status, Html(html)).into_response())
    };
    if let Some(until) = state.db.throttled_until(&key).await? {
        audit::record(
            state,
            AuditAction::LoginThrottled,
            None,
            Some(user.id.0),
            address,
            "second factor",
        )
        .await;
        let mut response = fail("login-throttled", StatusCode::TOO_MANY_REQUESTS)?;
        response
            .headers_mut()
            .extend([retry_after(seconds_until(until))]);
        return Ok(response);
    }
    let credentials = state
        .db
        .credentials_by_id(user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    let code = form.code.trim();
    let accepted = match credentials.totp_secret.as_deref() {
        Some(secret) if code.len() <= 8 => match totp::verify(secret, code, Timestamp::now().0) {
            Some(step) => state.db.use_totp_step(user.id, step).await?,
            None => false,
        },
        Some(_) => {
            let hash = tokens::hash(&tokens::normalise_recovery_code(code));
            let used = state.db.use_recovery_code(user.id, &hash).await?;
            if used {
                audit::record(
                    state,
                    AuditAction::RecoveryCodeUsed,
                    Some(user.id.0),
                    None,
                    address,
                    "",
                )
                .await;
            }
            used
        }
        None => false,
    };
    if !accepted {
        state.db.record_login_failure(&key).await?;
        audit::record(
            state,
            AuditAction::LoginFailed,
            None,
            Some(user.id.0),
            address,
            "wrong second factor",
        )
        .await;
        return fail("verify-failed", StatusCode::UNPROCESSABLE_ENTITY);
    }
    state.db.clear_login_failures(&key).await?;
    // A new session id once fully logged in, so that the half-logged-in id
    // is worth nothing.
    state.db.delete_session(&current.session.id_hash).await?;
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    let cookie = session::start(state, user, true, address, user_agent).await?;
    state.db.record_login(user.id).await?;
    audit::record(
        state,
        AuditAction::LoginSucceeded,
        Some(user.id.0),
        None,
        address,
        "password + second factor",
    )
    .await;
    Ok(redirect_with_cookie("/admin", cookie))
}

#[derive(Template)]
#[template(path = "accounts/two_factor_setup.html")]
struct SetupPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    required: bool,
    secret: String,
    qr_svg: String,
    recovery_codes: Vec<String>,
}

/// The QR code of the provisioning address, as inline SVG (no script, no
/// style attribute, so the Content-Security-Policy allows it).
fn qr_svg(uri: &str, label: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(uri.as_bytes()) else {
        return String::new();
    };
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    let svg = match svg.find("<svg") {
        Some(start) => &svg[start..],
        None => &svg,
    };
    let label = label.replace('"', "&quot;").replace('<', "&lt;");
    svg.replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{label}\""),
        1,
    )
}

async fn setup_page(ctx: &Ctx, staff: &Staff, errors: FormErrors) -> Result<SetupPage, WebError> {
    let user = &staff.0.user;
    let secret = match ctx.state.db.pending_totp(user.id).await? {
        Some(secret) => secret,
        None => {
            let secret = totp::generate_secret();
            ctx.state.db.set_pending_totp(user.id, &secret).await?;
            secret
        }
    };
    let uri = totp::provisioning_uri(&secret, user.email.as_str(), "AgorAL");
    Ok(SetupPage {
        shell: ctx.shell("two-factor-title"),
        notice: None,
        errors,
        required: user.requires_two_factor() && !user.totp_enabled,
        qr_svg: qr_svg(&uri, &ctx.t("two-factor-qr-label")),
        secret,
        recovery_codes: Vec::new(),
    })
}

pub async fn show_setup(ctx: Ctx, staff: Staff) -> Result<Response, WebError> {
    page(&setup_page(&ctx, &staff, FormErrors::default()).await?)
}

pub async fn confirm_setup(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let user = &staff.0.user;
    let pending = ctx.state.db.pending_totp(user.id).await?;
    let step = pending
        .as_deref()
        .and_then(|secret| totp::verify(secret, &form.code, Timestamp::now().0));
    let (Some(secret), Some(step)) = (pending, step) else {
        let mut errors = FormErrors::default();
        errors.push("code", "verify-failed");
        let view = setup_page(&ctx, &staff, errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    };
    let codes = tokens::recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| tokens::hash(c)).collect();
    ctx.state
        .db
        .enable_totp(user.id, &secret, step, &hashes)
        .await?;
    audit::record(
        &ctx.state,
        AuditAction::TwoFactorEnabled,
        Some(user.id.0),
        None,
        address,
        "",
    )
    .await;
    page(&SetupPage {
        shell: ctx.shell("two-factor-title"),
        notice: None,
        errors: FormErrors::default(),
        required: false,
        secret: String::new(),
        qr_svg: String::new(),
        recovery_codes: codes,
    })
}

pub async fn disable_two_factor(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
) -> Result<Response, WebError> {
    let user = &staff.0.user;
    if user.requires_two_factor() {
        return Err(WebError::Forbidden);
    }
    ctx.state.db.disable_totp(user.id).await?;
    audit::record(
        &ctx.state,
        AuditAction::TwoFactorDisabled,
        Some(user.id.0),
        None,
        address,
        "",
    )
    .await;
    Ok(Redirect::to("/account?fatto=due-fattori").into_response())
}
