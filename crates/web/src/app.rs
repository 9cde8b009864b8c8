//! Assembles the router with the middleware every request goes through.

use std::time::Duration;

use axum::{Router, http::StatusCode, middleware::from_fn_with_state};
use tower_http::{limit::RequestBodyLimitLayer, timeout::TimeoutLayer};

use crate::{access::RouteInfo, error, middleware, router, state::AppState};

/// The whole application and the table of its routes and access rules.
///
/// Requests pass, from the outside in: the edge (metrics and logging →
/// security headers → localised error pages → the page cache; a page from
/// the cache goes back from here) → the router → time limit → body size
/// limit → the route's access rule → the handler.
pub fn build_app(state: AppState) -> (Router, Vec<RouteInfo>) {
    let (routes, table) = router::routes(state.clone());
    let routed = routes
        .fallback(error::not_found)
        // The largest body any route takes (an upload); the access guard
        // holds other requests to `max_body_bytes`.
        .layer(RequestBodyLimitLayer::new(
            state
                .config
                .max_body_bytes
                .max(state.config.max_upload_bytes + crate::access::MULTIPART_OVERHEAD)
                .max(state.config.max_dataset_bytes + crate::access::MULTIPART_OVERHEAD),
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(state.config.request_timeout_secs),
        ))
        .with_state(state.clone());
    // The edge around the whole router rather than on each route: a page
    // from the cache then goes back before any route is looked up (the
    // outer router has no routes of its own).
    let app = Router::new()
        .fallback_service(routed)
        .layer(from_fn_with_state(state, middleware::edge));
    (app, table)
}
