//! The login form's cookie, which binds the form's anti-forgery token to
//! the browser that was shown the form.
//!
//! Other forms shown without a session carry a signed token bound to
//! nothing: anyone may fetch one and have another browser send it, which
//! gains nothing there. Sent with the attacker's own password from a
//! hostile page, the login form would log the visitor into the attacker's
//! account (login CSRF). So the login page, and no other page, gives the
//! browser a random value in a cookie (strictly necessary: `HttpOnly`,
//! `SameSite=Lax`, `__Host-` and `Secure` over https, gone when the
//! browser closes or the login succeeds), and its form carries a signed
//! token whose nonce is derived from that value
//! ([`FormSigner::issue_bound`](crate::forms::FormSigner::issue_bound)).
//! The login handler takes only the token of the cookie that comes with
//! it: a hostile page can make the browser send the cookie, but can read
//! neither the cookie nor the token.

use agoral_domain::{time::Timestamp, tokens};
use axum::http::{HeaderMap, HeaderValue};

use crate::{config::Config, error::WebError, session, state::AppState};

/// The cookie's name over https, and over plain http (local use, tests).
fn cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        "__Host-agoral_login"
    } else {
        "agoral_login"
    }
}

/// The value of the request's login cookie, or a new one and the
/// `Set-Cookie` that gives it to the browser.
pub fn value_or_new(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(String, Option<HeaderValue>), WebError> {
    let config = &state.config;
    if let Some(value) = session::read_cookie(headers, cookie_name(config)) {
        return Ok((value, None));
    }
    let (value, _) = tokens::generate();
    let set = HeaderValue::from_str(&format!(
        "{}={value}; {}",
        cookie_name(config),
        session::cookie_attributes(config)
    ))
    .map_err(WebError::internal)?;
    Ok((value, Some(set)))
}

/// The login form's token for the browser holding `value`.
pub fn form_token(state: &AppState, value: &str) -> String {
    state.signer.issue_bound(Timestamp::now().0, value)
}

/// The login cookie's value when `token` is the form token bound to it.
pub fn verify(state: &AppState, headers: &HeaderMap, token: &str) -> Option<String> {
    let value = session::read_cookie(headers, cookie_name(&state.config))?;
    state
        .signer
        .verify_bound(token, Timestamp::now().0, &value)
        .map(|_| value)
}

/// A `Set-Cookie` value that removes the cookie, once the form has done
/// its work.
pub fn clear_cookie(config: &Config) -> HeaderValue {
    HeaderValue::from_static(if config.is_https() {
        "__Host-agoral_login=; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0"
    } else {
        "agoral_login=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
    })
}
