//! The middleware every request goes through, as one layer ([`edge`]):
//! observation (metrics, one log line per request), the page cache, the
//! rendering of error pages, and security headers.

use std::time::Instant;

use askama::Template;
use axum::{
    extract::{MatchedPath, Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, Uri, header},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};
use tracing::Instrument;

use crate::{
    error::ErrorPage,
    render::{Ctx, Shell},
    state::AppState,
};

/// Every request's way in and out, in one layer: observation (metrics and
/// one log line), the page cache, localised error pages and security
/// headers, from the outside in. One layer rather than four because each
/// costs a service clone and a boxed future per request, and a page from
/// the cache should cost little more than writing its bytes; it runs
/// before the router (see `app::build_app`), so a page from the cache
/// costs no route lookup either.
pub async fn edge(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let uri = request.uri().clone();
    let span = tracing::info_span!("request", request.id = tracing::field::Empty);
    // The id is only made when the span is logged.
    if !span.is_disabled() {
        span.record(
            "request.id",
            data_encoding::HEXLOWER
                .encode(&rand::random::<[u8; 6]>())
                .as_str(),
        );
    }
    let served = crate::cache::serve_cached(&state, request, next)
        .instrument(span.clone())
        .await;
    // A page from the cache carries every header already.
    let response = if served.from_cache {
        served.response
    } else {
        let mut response = render_errors(&state, &uri, served.response);
        security_headers(&state, response.headers_mut());
        response
    };
    // The route, as the router matched it (see `access::enforce`), or as it
    // matched when the page from the cache was rendered.
    let route = served
        .route
        .as_ref()
        .map_or("unmatched", MatchedPath::as_str);
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state
        .metrics
        .record_request(method.as_str(), route, status, elapsed.as_secs_f64());
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

const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
const CROSS_ORIGIN_OPENER_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-opener-policy");

/// Sets the security headers a response has not set itself. The values
/// are made at compile time: `HeaderValue::from_static` checks every byte
/// when called at run time, some four hundred bytes on every response.
pub(crate) fn security_headers(state: &AppState, headers: &mut HeaderMap) {
    const POLICY: HeaderValue = HeaderValue::from_static(CONTENT_SECURITY_POLICY);
    const NOSNIFF: HeaderValue = HeaderValue::from_static("nosniff");
    const REFERRER: HeaderValue = HeaderValue::from_static("strict-origin-when-cross-origin");
    const PERMISSIONS: HeaderValue = HeaderValue::from_static(
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    );
    const DENY: HeaderValue = HeaderValue::from_static("DENY");
    const SAME_ORIGIN: HeaderValue = HeaderValue::from_static("same-origin");
    const HSTS: HeaderValue = HeaderValue::from_static("max-age=31536000; includeSubDomains");
    let set = |headers: &mut HeaderMap, name: HeaderName, value: HeaderValue| {
        if let header::Entry::Vacant(entry) = headers.entry(name) {
            entry.insert(value);
        }
    };
    // Embeddable pages (charts) set a policy of their own that lets other
    // sites frame them; every other page may not be framed at all. (Read
    // before ours is set: a page without a policy of its own gets one that
    // forbids framing, and nothing needs to be searched.)
    let framable = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .is_some_and(|v| memchr::memmem::find(v.as_bytes(), b"frame-ancestors 'none'").is_none());
    // Room for every header set here at once, rather than the table grown
    // twice on the way.
    headers.reserve(8);
    set(headers, header::CONTENT_SECURITY_POLICY, POLICY);
    set(headers, header::X_CONTENT_TYPE_OPTIONS, NOSNIFF);
    set(headers, header::REFERRER_POLICY, REFERRER);
    set(headers, PERMISSIONS_POLICY, PERMISSIONS);
    if !framable {
        set(headers, header::X_FRAME_OPTIONS, DENY);
    }
    set(headers, CROSS_ORIGIN_OPENER_POLICY, SAME_ORIGIN);
    if state.config.is_https() {
        set(headers, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
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
fn render_errors(state: &AppState, uri: &Uri, response: Response) -> Response {
    // Only the address is known: the session is not known out here.
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let ctx = Ctx::for_path(uri.path(), state);
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
