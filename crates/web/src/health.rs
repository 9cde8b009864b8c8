//! Probes and metrics: `/healthz` (the process answers), `/readyz` (the
//! database answers and is fully migrated), `/metrics` (Prometheus text).

use std::sync::atomic::Ordering;

use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use crate::state::AppState;

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

pub async fn metrics(State(state): State<AppState>) -> Response {
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
