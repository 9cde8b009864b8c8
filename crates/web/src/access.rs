//! Who may use each route, declared where the route is added.
//!
//! Routes are added only through [`Routes`], whose methods take an
//! [`Access`] rule: a route without a rule does not compile. The rule is
//! enforced by a middleware in front of the handler, which also loads the
//! session and checks the `Origin` and the anti-forgery token of every
//! state-changing request. The table of rules is kept, so a test can call every route as
//! every role and compare the answers with the rules.

use agoral_domain::accounts::Role;
use axum::{
    Router,
    body::Body,
    extract::{MatchedPath, Request, State},
    handler::Handler,
    http::{HeaderValue, Method, StatusCode, header},
    middleware::{Next, from_fn_with_state},
    response::{IntoResponse, Redirect, Response},
};

use crate::{
    error::WebError,
    forms::constant_time_eq,
    session::{self, CurrentSession},
    state::AppState,
};

/// An access rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Everybody, with or without a login.
    Public,
    /// A session that has given its password and must now give the second factor.
    SecondFactorPending,
    /// Any session, complete or not (logging out).
    AnySession,
    /// Any logged-in staff member, even one who still has to set up the
    /// second factor their role requires (the set-up pages themselves).
    StaffSetup,
    /// Any fully logged-in staff member.
    Staff,
    /// Fully logged-in staff holding at least one of these roles.
    Roles(&'static [Role]),
}

impl Access {
    /// Rules that need a complete staff session.
    pub const fn is_staff(self) -> bool {
        matches!(self, Access::Staff | Access::Roles(_))
    }
}

pub const ADMINISTRATORS: Access = Access::Roles(&[Role::Administrator]);

/// One route and its rule, as kept in the table.
#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    /// The route pattern, such as `/admin/utenti/{id}`.
    pub path: String,
    pub access: Access,
}

/// Builds the router and the table of rules together.
pub struct Routes {
    router: Router<AppState>,
    table: Vec<RouteInfo>,
    state: AppState,
}

impl Routes {
    pub fn new(state: AppState) -> Routes {
        Routes {
            router: Router::new(),
            table: Vec::new(),
            state,
        }
    }

    fn add<H, T>(
        mut self,
        method: Method,
        path: &str,
        access: Access,
        body: BodyKind,
        handler: H,
    ) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let guard = from_fn_with_state((self.state.clone(), access, body), enforce);
        let method_router = match method.as_str() {
            "GET" => axum::routing::get(handler),
            "POST" => axum::routing::post(handler),
            other => unreachable!("routes use GET or POST, not {other}"),
        }
        // `route_layer`: a method the route lacks still gets a plain 405.
        .route_layer(guard);
        self.router = self.router.route(path, method_router);
        self.table.push(RouteInfo {
            method,
            path: path.to_owned(),
            access,
        });
        self
    }

    pub fn get<H, T>(self, path: &str, access: Access, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, access, BodyKind::Buffered, handler)
    }

    pub fn post<H, T>(self, path: &str, access: Access, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, access, BodyKind::Buffered, handler)
    }

    /// A form whose handler reads the body as a stream (files of hundreds
    /// of megabytes written to disk as they arrive, photos refused next to
    /// the form with what was typed) and checks its anti-forgery token
    /// itself, with [`valid_csrf`]; the guard checks the rule and the
    /// `Origin` before.
    pub fn post_streamed<H, T>(self, path: &str, access: Access, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, access, BodyKind::Streamed, handler)
    }

    pub fn finish(self) -> (Router<AppState>, Vec<RouteInfo>) {
        (self.router, self.table)
    }
}

/// How a route's handler takes the request's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    /// Read whole by the guard, which checks the anti-forgery token in it.
    Buffered,
    /// Read as a stream by the handler, which checks the token itself.
    Streamed,
}

/// The access middleware. It also hands the route the router matched to
/// the edge layer, which runs before the router (for metrics and logs).
async fn enforce(
    State((state, access, body)): State<(AppState, Access, BodyKind)>,
    request: Request,
    next: Next,
) -> Response {
    let matched = request.extensions().get::<MatchedPath>().cloned();
    let mut response = guard(state, access, body, request, next).await;
    if let Some(matched) = matched {
        response.extensions_mut().insert(matched);
    }
    response
}

async fn guard(
    state: AppState,
    access: Access,
    body: BodyKind,
    mut request: Request,
    next: Next,
) -> Response {
    let state_changing = !matches!(*request.method(), Method::GET | Method::HEAD);
    if state_changing && !same_origin(&state, &request) {
        return WebError::Csrf.into_response();
    }
    let cookie = session::cookie_value(&state.config, request.headers());
    let current = match &cookie {
        Some(value) => match session::load(&state, value).await {
            Ok(current) => current,
            Err(e) => return e.into_response(),
        },
        None => None,
    };
    if let Err(response) = check(&state, access, current.as_ref(), &request) {
        let stale = cookie.is_some() && current.is_none();
        // A form sent by someone whose session has just expired (they were
        // typing for hours) is kept for them instead of refused.
        if let (true, Some(cookie)) = (stale && access.is_staff(), cookie.as_deref())
            && request.method() == Method::POST
        {
            return with_cleared_cookie(
                &state,
                keep_submission(&state, cookie, request, *response).await,
                true,
            );
        }
        return with_cleared_cookie(&state, *response, stale);
    }
    if state_changing && body == BodyKind::Buffered {
        request = match check_csrf(&state, current.as_ref(), request).await {
            Ok(request) => request,
            Err(e) => return e.into_response(),
        };
    }
    let stale_cookie = cookie.is_some() && current.is_none();
    if let Some(current) = current {
        request.extensions_mut().insert(current);
    }
    let response = next.run(request).await;
    with_cleared_cookie(&state, response, stale_cookie)
}

/// Clears a stale session cookie, unless the response sets the cookie
/// itself: a login sent with a dead session's cookie (an old tab) answers
/// with the new session, which must be the browser's last word.
fn with_cleared_cookie(state: &AppState, mut response: Response, clear: bool) -> Response {
    if clear && !session::sets_cookie(&state.config, response.headers()) {
        response
            .headers_mut()
            .append(header::SET_COOKIE, session::clear_cookie(&state.config));
    }
    response
}

/// GET, or HEAD, which asks for the same answer without its body.
fn is_read(request: &Request) -> bool {
    matches!(*request.method(), Method::GET | Method::HEAD)
}

/// Where a visitor without the right session is sent: the login page for
/// pages (with the address to come back to), 403 for anything else.
fn login_redirect(request: &Request) -> Response {
    if is_read(request) {
        let target = request
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let next: String = form_urlencoded::byte_serialize(target.as_bytes()).collect();
        Redirect::to(&format!("/accedi?next={next}")).into_response()
    } else {
        WebError::Forbidden.into_response()
    }
}

fn check(
    state: &AppState,
    access: Access,
    current: Option<&CurrentSession>,
    request: &Request,
) -> Result<(), Box<Response>> {
    let _ = state;
    match access {
        Access::Public => Ok(()),
        Access::AnySession => current
            .map(|_| ())
            .ok_or_else(|| Box::new(login_redirect(request))),
        Access::SecondFactorPending => match current {
            Some(c) if !c.is_complete() => Ok(()),
            Some(_) => Err(Box::new(Redirect::to("/admin").into_response())),
            None => Err(Box::new(login_redirect(request))),
        },
        Access::StaffSetup | Access::Staff | Access::Roles(_) => {
            let Some(current) = current else {
                return Err(Box::new(login_redirect(request)));
            };
            if !current.is_complete() {
                return Err(Box::new(Redirect::to("/accedi/verifica").into_response()));
            }
            let setup_missing = current.user.requires_two_factor() && !current.user.totp_enabled;
            if setup_missing && access != Access::StaffSetup {
                return Err(Box::new(if is_read(request) {
                    Redirect::to("/account/due-fattori").into_response()
                } else {
                    WebError::Forbidden.into_response()
                }));
            }
            if let Access::Roles(roles) = access
                && !roles.iter().any(|r| current.user.has_role(*r))
            {
                return Err(Box::new(WebError::Forbidden.into_response()));
            }
            Ok(())
        }
    }
}

/// Whether a state-changing request may come from where its `Origin` says
/// it comes from. A request without one (older browsers, scripts) is left
/// to the token. `Origin: null` (a sandboxed frame, a `data:` page, a
/// redirect from another site) is refused: a hostile page can hide its
/// origin that way. Otherwise the scheme and host must be this site's:
/// those of `public_url`, or the `Host` the browser used on the scheme the
/// site is served on (`public_url`'s, or, behind a trusted proxy, the one
/// it reports in `X-Forwarded-Proto`).
fn same_origin(state: &AppState, request: &Request) -> bool {
    let headers = request.headers();
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Some((scheme, host)) = origin.to_str().ok().and_then(split_origin) else {
        return false;
    };
    let public = state.config.public_url.as_str();
    let Some((public_scheme, public_host)) = split_origin(public_origin(public)) else {
        return false;
    };
    if same_place((scheme, host), (public_scheme, public_host)) {
        return true;
    }
    let served = state
        .config
        .trust_proxy
        .then(|| headers.get("x-forwarded-proto"))
        .flatten()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .map(str::trim)
        .unwrap_or(public_scheme);
    let host_used = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| request.uri().authority().map(|a| a.as_str()));
    host_used.is_some_and(|used| same_place((scheme, host), (served, used)))
}

/// `https://example.org/agoral` → `https://example.org`.
fn public_origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => &url[..after_scheme + slash],
        None => url,
    }
}

/// An origin's scheme and host (with its port, if any); `None` for
/// `null` and anything that is not `scheme://host`.
fn split_origin(origin: &str) -> Option<(&str, &str)> {
    let (scheme, host) = origin.split_once("://")?;
    (!scheme.is_empty() && !host.is_empty() && !host.contains('/')).then_some((scheme, host))
}

/// The same scheme and host, a scheme's default port written or not.
fn same_place(a: (&str, &str), b: (&str, &str)) -> bool {
    a.0.eq_ignore_ascii_case(b.0)
        && without_default_port(a).eq_ignore_ascii_case(without_default_port(b))
}

fn without_default_port<'a>((scheme, host): (&str, &'a str)) -> &'a str {
    let default = if scheme.eq_ignore_ascii_case("https") {
        ":443"
    } else {
        ":80"
    };
    host.strip_suffix(default).unwrap_or(host)
}

/// Checks the anti-forgery token of a state-changing request: the
/// session's token for logged-in users, a signed form token otherwise. The
/// token travels in the `csrf_token` form field (or the `X-CSRF-Token`
/// header for scripts). The `Origin` has been checked before.
async fn check_csrf(
    state: &AppState,
    current: Option<&CurrentSession>,
    request: Request,
) -> Result<Request, WebError> {
    let header_token = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    // Uploads come as multipart bodies, with a larger limit of their own.
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok());
    let limit = match boundary {
        Some(_) => state.config.max_upload_bytes + MULTIPART_OVERHEAD,
        None => state.config.max_body_bytes,
    };
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| WebError::PayloadTooLarge)?;
    let token = match (header_token, boundary) {
        (Some(token), _) => Some(token),
        (None, Some(boundary)) => multipart_field(&bytes, &boundary, "csrf_token").await,
        (None, None) => form_urlencoded::parse(&bytes)
            .find(|(name, _)| name == "csrf_token")
            .map(|(_, value)| value.into_owned()),
    };
    let Some(token) = token else {
        return Err(WebError::Csrf);
    };
    let valid = match current {
        Some(current) => constant_time_eq(token.as_bytes(), current.session.csrf_token.as_bytes()),
        None => state
            .signer
            .verify(&token, agoral_domain::time::Timestamp::now().0)
            .is_some(),
    };
    if !valid {
        return Err(WebError::Csrf);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// Keeps the URL-encoded form of a recently expired session, when its
/// anti-forgery token is that session's, and sends the person to log in
/// and then to the page that sends it again. Anything else gets `refused`.
async fn keep_submission(
    state: &AppState,
    cookie: &str,
    request: Request,
    refused: Response,
) -> Response {
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return refused;
    }
    let hash = agoral_domain::tokens::hash(cookie);
    let Ok(Some(expired)) = state.db.recently_expired_session(&hash).await else {
        return refused;
    };
    let path = request.uri().path_and_query().map_or_else(
        || request.uri().path().to_owned(),
        |p| p.as_str().to_owned(),
    );
    let Ok(bytes) = axum::body::to_bytes(request.into_body(), state.config.max_body_bytes).await
    else {
        return refused;
    };
    let Ok(body) = String::from_utf8(bytes.to_vec()) else {
        return refused;
    };
    let token = form_urlencoded::parse(body.as_bytes())
        .find(|(name, _)| name == "csrf_token")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    if !constant_time_eq(token.as_bytes(), expired.csrf_token.as_bytes()) {
        return refused;
    }
    let expires = agoral_domain::time::Timestamp::now()
        .plus_seconds(agoral_db::sessions::EXPIRED_SESSION_KEPT_SECONDS);
    match state
        .db
        .keep_submission(expired.user_id.0, &path, &body, expires)
        .await
    {
        Ok(id) => {
            tracing::info!(user.id = expired.user_id.0, %path, "form of an expired session kept");
            Redirect::to(&format!("/accedi?fatto=conservato&next=%2Friprendi%2F{id}"))
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "could not keep a form");
            refused
        }
    }
}

/// Checks a streamed upload's token, read by its handler.
pub fn valid_csrf(state: &AppState, current: Option<&CurrentSession>, token: &str) -> bool {
    match current {
        Some(current) => constant_time_eq(token.as_bytes(), current.session.csrf_token.as_bytes()),
        None => state
            .signer
            .verify(token, agoral_domain::time::Timestamp::now().0)
            .is_some(),
    }
}

/// Room for the other fields and part headers of an upload form.
pub const MULTIPART_OVERHEAD: usize = 64 * 1024;

/// A short text field of a buffered multipart body.
async fn multipart_field(bytes: &axum::body::Bytes, boundary: &str, name: &str) -> Option<String> {
    let stream = futures::stream::once(std::future::ready(Ok::<_, std::io::Error>(bytes.clone())));
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok().filter(|t| t.len() <= 200);
        }
    }
    None
}

/// `Set-Cookie` plus a redirect, after login and logout.
pub fn redirect_with_cookie(to: &str, cookie: HeaderValue) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert_eq!(
            public_origin("https://example.org/agoral"),
            "https://example.org"
        );
        assert_eq!(
            public_origin("http://127.0.0.1:3000"),
            "http://127.0.0.1:3000"
        );
        assert_eq!(split_origin("null"), None);
        assert_eq!(split_origin("https://a.example/x"), None);
        assert_eq!(
            split_origin("https://a.example"),
            Some(("https", "a.example"))
        );
        assert!(same_place(
            ("https", "a.example"),
            ("https", "a.example:443")
        ));
        assert!(same_place(("HTTP", "A.example:80"), ("http", "a.example")));
        assert!(!same_place(("https", "a.example"), ("http", "a.example")));
        assert!(!same_place(
            ("https", "a.example:8443"),
            ("https", "a.example")
        ));
        assert!(!same_place(("https", "a.example"), ("https", "b.example")));
    }
}
