//! Probes and metrics: `/healthz` (the process answers), `/readyz` (the
//! database answers and is fully migrated), `/metrics` (Prometheus text,
//! only for the configured bearer token or addresses: it counts logins and
//! their failures).

use std::sync::atomic::Ordering;

use axum::{
    extract::{FromRequestParts, State},
    http::{HeaderMap, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

use crate::{error::WebError, forms::constant_time_eq, session::ClientAddress, state::AppState};

/// A reader `/metrics` answers: one that sent `metrics_token` as its
/// bearer token, or whose address is in `metrics_allowed_networks` (the
/// address as [`ClientAddress`] finds it, behind a trusted proxy the
/// forwarded one). With neither setting, nobody: 403.
pub struct MetricsReader;

impl FromRequestParts<AppState> for MetricsReader {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        let config = &state.config;
        if let Some(token) = &config.metrics_token
            && bearer_token(&parts.headers).is_some_and(|sent| same_token(sent, token.expose()))
        {
            return Ok(MetricsReader);
        }
        if !config.metrics_allowed_networks.is_empty()
            && let ClientAddress(Some(address)) =
                ClientAddress::from_request_parts(parts, state).await?
            && config
                .metrics_allowed_networks
                .iter()
                .any(|network| network.contains(address))
        {
            return Ok(MetricsReader);
        }
        Err(WebError::Forbidden)
    }
}

/// The token of `Authorization: Bearer <token>`.
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Compares the digests, in constant time: neither the token's bytes nor
/// its length show in the time taken.
fn same_token(sent: &str, expected: &str) -> bool {
    constant_time_eq(
        &Sha256::digest(sent.as_bytes()),
        &Sha256::digest(expected.as_bytes()),
    )
}

pub async fn healthz() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "ok\n",
    )
        .into_response()
}

pub async fn readyz(State(state): State<AppState>) -> Response {
    let text = |status: StatusCode, body: String| {
        (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            body,
        )
            .into_response()
    };
    if let Err(e) = state.db.ping().await {
        tracing::warn!(error = %e, "readiness: database unreachable");
        return text(
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable\n".into(),
        );
    }
    match state.db.pending_migrations().await {
        Ok(pending) if pending.is_empty() => text(StatusCode::OK, "ready\n".into()),
        Ok(pending) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{} migrations pending\n", pending.len()),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: migrations unknown");
            text(
                StatusCode::SERVICE_UNAVAILABLE,
                "migrations unknown\n".into(),
            )
        }
    }
}

pub async fn metrics(_reader: MetricsReader, State(state): State<AppState>) -> Response {
    let (open, idle) = state.db.pool_stats();
    let jobs = state.db.job_counts().await.unwrap_or_default();
    let unsent = state.db.unsent_mail_count().await.unwrap_or(-1);
    let body = state.metrics.render(&[
        (
            "agoral_db_pool_connections",
            "Open database connections.",
            i64::from(open),
        ),
        (
            "agoral_db_pool_idle",
            "Idle database connections.",
            idle as i64,
        ),
        ("agoral_jobs_pending", "Jobs waiting to run.", jobs.pending),
        ("agoral_jobs_running", "Jobs being run now.", jobs.running),
        (
            "agoral_jobs_failed",
            "Jobs that failed for good.",
            jobs.failed,
        ),
        ("agoral_jobs_done", "Jobs finished.", jobs.done),
        (
            "agoral_mail_unsent",
            "Messages in the outbox not yet sent.",
            unsent,
        ),
        (
            "agoral_page_cache_hits",
            "Public pages answered from the page cache since start.",
            state.page_cache.hits.load(Ordering::Relaxed) as i64,
        ),
        (
            "agoral_page_cache_misses",
            "Public pages rendered because the cache did not hold them, since start.",
            state.page_cache.misses.load(Ordering::Relaxed) as i64,
        ),
        (
            "agoral_page_cache_pages",
            "Pages in the page cache now.",
            state.page_cache.len() as i64,
        ),
        (
            "agoral_search_documents",
            "Documents in this instance's search index.",
            state.search.document_count() as i64,
        ),
    ]);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens() {
        let mut headers = HeaderMap::new();
        assert_eq!(bearer_token(&headers), None);
        for (value, expected) in [
            ("Bearer abc", Some("abc")),
            ("bearer  abc ", Some("abc")),
            ("Basic abc", None),
            ("Bearer", None),
        ] {
            headers.insert(header::AUTHORIZATION, value.parse().expect("header"));
            assert_eq!(bearer_token(&headers), expected, "{value}");
        }
        assert!(same_token("segreto", "segreto"));
        assert!(!same_token("segreto", "segreta"));
        assert!(!same_token("", "segreto"));
    }
}
