//! Login sessions: the cookie, the lookup, and the extractors handlers use.
//!
//! Only staff who log in get a cookie. The cookie holds a random id; the
//! database holds its SHA-256 hash. A cookie whose session or user is gone
//! (logged out elsewhere, user deleted or disabled) is cleared and the
//! request carries on as anonymous. Over https its name has the `__Host-`
//! prefix, so that the browser takes it only from this host, `Secure`,
//! for the whole site.

use std::net::{IpAddr, SocketAddr};

use agoral_db::sessions::{NewSession, Session};
use agoral_domain::{
    accounts::{Role, User},
    time::Timestamp,
    tokens,
};
use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, HeaderValue, header, request::Parts},
};

use crate::{config::Config, error::WebError, state::AppState};

/// The session cookie's name over plain http (local use, tests).
const COOKIE: &str = "agoral_session";
/// Its name over https.
const HOST_COOKIE: &str = "__Host-agoral_session";

/// However active, a session ends a week after login.
pub const MAX_SESSION_SECONDS: i64 = 7 * 86_400;

/// The session and user of the request, put in the request extensions by
/// the access middleware.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    pub session: Session,
    pub user: User,
}

impl CurrentSession {
    /// Fully logged in: password and, where set up, the second factor.
    pub fn is_complete(&self) -> bool {
        self.session.mfa_verified
    }
}

/// The session cookie's name: `__Host-agoral_session` when the site is
/// served over https, `agoral_session` otherwise. Every place that reads,
/// sets or clears the cookie takes the name from here.
pub fn cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        HOST_COOKIE
    } else {
        COOKIE
    }
}

/// The attributes every cookie of the site carries (`Secure` over https,
/// which the `__Host-` prefix requires, and `Path=/` with no `Domain`).
pub fn cookie_attributes(config: &Config) -> &'static str {
    if config.is_https() {
        "Path=/; HttpOnly; SameSite=Lax; Secure"
    } else {
        "Path=/; HttpOnly; SameSite=Lax"
    }
}

/// The value of the cookie `name`, if the request has one (short enough
/// to be ours: at most 128 characters).
pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// The session cookie's value, if the request has one under the name the
/// site uses ([`cookie_name`]).
pub fn cookie_value(config: &Config, headers: &HeaderMap) -> Option<String> {
    read_cookie(headers, cookie_name(config))
}

/// Whether a response sets the session cookie (a new session, or a logout).
pub fn sets_cookie(config: &Config, headers: &HeaderMap) -> bool {
    let name = cookie_name(config);
    headers.get_all(header::SET_COOKIE).iter().any(|v| {
        v.as_bytes()
            .strip_prefix(name.as_bytes())
            .is_some_and(|rest| rest.starts_with(b"="))
    })
}

/// Looks up the session of a cookie; `None` when it is unknown, expired,
/// or its user is gone or disabled.
pub async fn load(state: &AppState, cookie: &str) -> Result<Option<CurrentSession>, WebError> {
    let hash = tokens::hash(cookie);
    let Some(session) = state.db.session(&hash).await? else {
        return Ok(None);
    };
    let Some(user) = state.db.user(session.user_id).await? else {
        return Ok(None);
    };
    if user.disabled {
        state.db.delete_session(&hash).await?;
        return Ok(None);
    }
    let now = Timestamp::now();
    let hard_end = session.created_at.plus_seconds(MAX_SESSION_SECONDS);
    if now >= hard_end {
        // Ended, but remembered a day so that an open form is not lost.
        state.db.expire_session(&hash).await?;
        return Ok(None);
    }
    // Slide the idle expiry, at most once a minute to spare the database,
    // never past the hard end.
    if now.0 - session.last_seen_at.0 > 60 {
        let expires = now
            .plus_seconds(state.config.session_idle_minutes * 60)
            .min(hard_end);
        state.db.touch_session(&hash, expires).await?;
    }
    Ok(Some(CurrentSession { session, user }))
}

/// Starts a session and returns the `Set-Cookie` value.
pub async fn start(
    state: &AppState,
    user: &User,
    mfa_verified: bool,
    address: Option<IpAddr>,
    user_agent: Option<&str>,
) -> Result<HeaderValue, WebError> {
    let (cookie, hash) = tokens::generate();
    let (csrf, _) = tokens::generate();
    let address = address.map(|a| a.to_string());
    let user_agent: Option<String> = user_agent.map(|ua| ua.chars().take(200).collect());
    state
        .db
        .create_session(&NewSession {
            id_hash: &hash,
            user_id: user.id,
            csrf_token: &csrf,
            mfa_verified,
            expires_at: Timestamp::now().plus_seconds(state.config.session_idle_minutes * 60),
            address: address.as_deref(),
            user_agent: user_agent.as_deref(),
        })
        .await?;
    set_cookie(state, &cookie)
}

fn set_cookie(state: &AppState, value: &str) -> Result<HeaderValue, WebError> {
    let config = &state.config;
    HeaderValue::from_str(&format!(
        "{}={value}; {}",
        cookie_name(config),
        cookie_attributes(config)
    ))
    .map_err(WebError::internal)
}

/// A `Set-Cookie` value that removes the session cookie (with the
/// attributes it was set with: a `__Host-` cookie is removed only by a
/// `Secure` one).
pub fn clear_cookie(config: &Config) -> HeaderValue {
    HeaderValue::from_static(if config.is_https() {
        "__Host-agoral_session=; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0"
    } else {
        "agoral_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
    })
}

/// The client's address: the peer, or, when the server is configured to
/// trust its reverse proxy, the last `X-Forwarded-For` hop — the address the
/// proxy itself saw. Earlier hops are written by the client and prove nothing.
pub fn client_address(
    parts_headers: &HeaderMap,
    peer: Option<SocketAddr>,
    trust_proxy: bool,
) -> Option<IpAddr> {
    if trust_proxy
        && let Some(forwarded) = parts_headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return Some(forwarded);
    }
    peer.map(|p| p.ip())
}

/// The client address, for handlers.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        Ok(ClientAddress(client_address(
            &parts.headers,
            peer,
            state.config.trust_proxy,
        )))
    }
}

/// A fully logged-in user. Only routes whose access rule requires a login
/// can rely on it; elsewhere it rejects with 403.
#[derive(Debug, Clone)]
pub struct Staff(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        match parts.extensions.get::<CurrentSession>() {
            Some(current) if current.is_complete() => Ok(Staff(current.clone())),
            _ => Err(WebError::Forbidden),
        }
    }
}

/// A logged-in administrator: the only key to the administration handlers.
#[derive(Debug, Clone)]
pub struct Administrator(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for Administrator {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Staff(current) = Staff::from_request_parts(parts, state).await?;
        if current.user.has_role(Role::Administrator) {
            Ok(Administrator(current))
        } else {
            Err(WebError::Forbidden)
        }
    }
}

/// Any session, complete or waiting for the second factor.
#[derive(Debug, Clone)]
pub struct AnySession(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for AnySession {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, WebError> {
        parts
            .extensions
            .get::<CurrentSession>()
            .cloned()
            .map(AnySession)
            .ok_or(WebError::Forbidden)
    }
}

/// An administrator or an analyst: the Osservatorio's back office.
#[derive(Debug, Clone)]
pub struct Analyst(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for Analyst {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Staff(current) = Staff::from_request_parts(parts, state).await?;
        if current.user.has_role(Role::Administrator) || current.user.has_role(Role::Analyst) {
            Ok(Analyst(current))
        } else {
            Err(WebError::Forbidden)
        }
    }
}

/// An administrator or an editor: the key to the static pages.
#[derive(Debug, Clone)]
pub struct PageEditor(pub CurrentSession);

impl<S: Send + Sync> FromRequestParts<S> for PageEditor {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Staff(current) = Staff::from_request_parts(parts, state).await?;
        if current.user.has_role(Role::Administrator) || current.user.has_role(Role::Editor) {
            Ok(PageEditor(current))
        } else {
            Err(WebError::Forbidden)
        }
    }
}
