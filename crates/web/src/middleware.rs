//! Middleware applied to every response: observation (metrics, one log line
//! per request), security headers, and the rendering of error pages.

use std::time::Instant;

use askama::Template;
use axum::{
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};
use tracing::Instrument;

use crate::{
    error::ErrorPage,
    render::{Ctx, Shell},
    state::AppState,
};

/// Records the request in the metrics and logs one line for it.
pub async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let request_id = data_encoding::HEXLOWER.encode(&rand::random::<[u8; 6]>());
    let span = tracing::info_span!("request", request.id = %request_id);
    let response = next.run(request).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state
        .metrics
        .record_request(method.as_str(), &route, status, elapsed.as_secs_f64());
    span.in_scope(|| {
        tracing::info!(
            http.method = %method,
            http.route = %route,
            http.status = status,
            duration_ms = elapsed.as_secs_f64() * 1000.0,
            "request"
        );
    });
    response
}

/// The policy of an embeddable page: the same, but any site may frame it.
pub const EMBED_CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

/// The Content-Security-Policy: nothing inline, nothing from elsewhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: &'static str, value: &'static str| {
        if !headers.contains_key(name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    };
    set(headers, "content-security-policy", CONTENT_SECURITY_POLICY);
    set(headers, "x-content-type-options", "nosniff");
    set(
        headers,
        "referrer-policy",
        "strict-origin-when-cross-origin",
    );
    set(
        headers,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    );
    // Embeddable pages (charts) set a policy that lets other sites frame
    // them; every other page may not be framed at all.
    let framable = headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| !v.contains("frame-ancestors 'none'"));
    if !framable {
        set(headers, "x-frame-options", "DENY");
    }
    set(headers, "cross-origin-opener-policy", "same-origin");
    if state.config.is_https() {
        set(
            headers,
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    response
}

#[derive(Template)]
#[template(path = "errors/error.html")]
struct ErrorTemplate {
    shell: Shell,
    message: &'static str,
}

/// Replaces the body of error responses (from our handlers, from the
/// router, from the body limit or the timeout) with a localised page in the
/// language of the address. Responses that already carry a body of their
/// own (a form shown again with its errors) are left alone.
pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    // Only the address is kept: most answers are not errors, and the
    // session is not known out here anyway.
    let uri = request.uri().clone();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let ctx = Ctx::for_path(uri.path(), &state);
    let marker = response.extensions().get::<ErrorPage>().copied();
    // Plain-text answers of the body limit and the time limit are replaced;
    // other bodies (a form shown again, `/readyz`) are the handler's own.
    let from_layers = matches!(status.as_u16(), 405 | 408 | 413);
    if marker.is_none() && !from_layers && response.headers().contains_key(header::CONTENT_TYPE) {
        return response;
    }
    let message = marker.map(|m| m.message).unwrap_or(match status.as_u16() {
        404 => "error-404-text",
        403 => "error-403-text",
        405 => "error-405-text",
        408 => "error-408-text",
        413 => "error-413-text",
        429 => "error-429-text",
        400..=499 => "error-400-text",
        _ => "error-500-text",
    });
    let title_key = match status.as_u16() {
        404 => "error-404-title",
        403 => "error-403-title",
        400..=499 => "error-400-title",
        _ => "error-500-title",
    };
    let template = ErrorTemplate {
        shell: ctx.shell(title_key),
        message,
    };
    let body = match template.render() {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            String::from("<!DOCTYPE html><title>Errore</title><h1>Errore</h1>")
        }
    };
    let mut rendered = (status, Html(body)).into_response();
    for name in [header::SET_COOKIE, header::ALLOW, header::RETRY_AFTER] {
        for value in response.headers().get_all(&name) {
            rendered.headers_mut().append(name.clone(), value.clone());
        }
    }
    rendered
}
