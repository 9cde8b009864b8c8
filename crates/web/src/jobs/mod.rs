//! The background worker: claims due jobs from the database queue and runs
//! them, one file per kind of job. Jobs are idempotent, because a job whose
//! instance died mid-run is run again when its lease expires.

pub mod backup;
pub mod media_variants;
pub mod publish_article;
pub mod send_mail;

use std::time::Duration;

use agoral_db::jobs::Job;
use agoral_domain::time::Timestamp;
use tokio::sync::watch;

use crate::state::AppState;

/// How long a claimed job is reserved for this instance.
const LEASE_SECONDS: i64 = 300;

/// How often the worker removes expired sessions.
const CLEANUP_EVERY: Duration = Duration::from_secs(600);

/// How often the worker looks for feeds due for a poll.
const FEEDS_EVERY: Duration = Duration::from_secs(15);

/// How long change feed rows are kept: instances follow them within a
/// second; one stopped for longer rebuilds its index when it comes back.
const CHANGES_KEPT: Duration = Duration::from_secs(7 * 24 * 3600);

/// Runs one job by kind.
async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    match job.kind.as_str() {
        agoral_db::outbox::SEND_MAIL_JOB => send_mail::run(state, job).await,
        backup::KIND => backup::run(state, job).await,
        publish_article::KIND => publish_article::run(state, job).await,
        media_variants::KIND => media_variants::run(state, job).await,
        crate::observatory::import::KIND => crate::observatory::import::run(state, job).await,
        other => anyhow::bail!("unknown job kind {other:?}"),
    }
}

/// Claims and runs due jobs until none is left. Returns how many ran.
pub async fn run_due(state: &AppState, worker: &str) -> anyhow::Result<usize> {
    run_due_until(state, worker, || false).await
}

/// Like [`run_due`], but stops claiming as soon as `stop` says so: the job
/// being run is finished, the others wait for the next start.
pub async fn run_due_until(
    state: &AppState,
    worker: &str,
    stop: impl Fn() -> bool,
) -> anyhow::Result<usize> {
    let mut count = 0;
    while !stop() {
        let Some(job) = state.db.claim_job(worker, LEASE_SECONDS).await? else {
            break;
        };
        count += 1;
        let span = tracing::info_span!("job", job.id = job.id, job.kind = %job.kind, job.attempt = job.attempts);
        let _enter = span.enter();
        match run(state, &job).await {
            Ok(()) => {
                state.db.complete_job(job.id).await?;
                state.metrics.job_finished(true);
                tracing::info!("job done");
            }
            Err(e) => {
                let message = format!("{e:#}");
                state.db.fail_job(&job, &message).await?;
                state.metrics.job_finished(false);
                tracing::warn!(error = %message, "job failed");
            }
        }
    }
    Ok(count)
}

/// The periodic upkeep, every ten minutes in `agoral serve` and once in
/// `agoral run-jobs`: expired sessions, kept forms, used form tokens and
/// links removed, stale services' providers asked to confirm, abandoned
/// uploads removed, the intake's retention enforced, digests sent, old
/// change feed rows pruned. Each step logs its own failure and the others still run.
pub async fn maintenance(state: &AppState) {
    match state.db.delete_expired_sessions().await {
        Ok(n) if n > 0 => tracing::info!(sessions = n, "expired sessions removed"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "expired sessions not removed"),
    }
    if let Err(e) = state.db.delete_expired_kept_submissions().await {
        tracing::warn!(error = %e, "expired kept forms not removed");
    }
    if let Err(e) = state.db.delete_expired_form_tokens(Timestamp::now()).await {
        tracing::warn!(error = %e, "expired used form tokens not removed");
    }
    match crate::services::freshness::ask_providers(state).await {
        Ok(n) if n > 0 => tracing::info!(services = n, "providers asked to confirm"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "stale services not checked"),
    }
    if let Err(e) = state
        .db
        .delete_expired_service_check_tokens(Timestamp::now())
        .await
    {
        tracing::warn!(error = %e, "expired service links not removed");
    }
    let imports = state.config.imports_dir();
    match tokio::task::spawn_blocking(move || {
        crate::observatory::import::remove_abandoned(&imports)
    })
    .await
    {
        Ok(n) if n > 0 => tracing::info!(files = n, "abandoned dataset uploads removed"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "abandoned dataset uploads not removed"),
    }
    if let Err(e) = crate::intake::retention::enforce(state).await {
        tracing::warn!(error = %format!("{e:#}"), "intake retention not enforced");
    }
    match crate::intake::notify::send_digests(state).await {
        Ok(n) if n > 0 => tracing::info!(people = n, "intake digests queued"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "intake digests not sent"),
    }
    let before = Timestamp(Timestamp::now().0 - CHANGES_KEPT.as_secs() as i64);
    if let Err(e) = state.db.prune_changes(before).await {
        tracing::warn!(error = %e, "old change feed rows not removed");
    }
}

/// The worker loop of `agoral serve`. It stops claiming when `shutdown`
/// turns true, and a job already running is finished first.
pub async fn worker(state: AppState, mut shutdown: watch::Receiver<bool>) {
    let worker = format!(
        "{}-{}",
        std::process::id(),
        data_encoding::HEXLOWER.encode(&rand::random::<[u8; 4]>())
    );
    let mut last_cleanup: Option<std::time::Instant> = None;
    // Feeds are polled in a task of their own, so that a slow feed server
    // never holds up the mail and the other jobs; one round at a time.
    let mut feeds_round: Option<tokio::task::JoinHandle<()>> = None;
    let mut last_feeds: Option<std::time::Instant> = None;
    loop {
        if *shutdown.borrow() {
            break;
        }
        let stop = shutdown.clone();
        if let Err(e) = run_due_until(&state, &worker, move || *stop.borrow()).await {
            tracing::error!(error = %e, "job queue unavailable");
        }
        if feeds_round.as_ref().is_none_or(|round| round.is_finished())
            && last_feeds.is_none_or(|at| at.elapsed() >= FEEDS_EVERY)
        {
            last_feeds = Some(std::time::Instant::now());
            let state = state.clone();
            feeds_round = Some(tokio::spawn(async move {
                match crate::intake::feeds::poll_due(&state).await {
                    Ok(n) if n > 0 => tracing::info!(feeds = n, "feeds polled"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %format!("{e:#}"), "feeds not polled"),
                }
            }));
        }
        if last_cleanup.is_none_or(|at| at.elapsed() >= CLEANUP_EVERY) {
            last_cleanup = Some(std::time::Instant::now());
            maintenance(&state).await;
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            _ = shutdown.changed() => {}
        }
    }
    // A poll in progress is bounded by the fetch limits; letting it finish
    // records its status instead of leaving the feed claimed until its
    // lease runs out.
    if let Some(round) = feeds_round
        && let Err(e) = round.await
    {
        tracing::warn!(error = %e, "feed polling stopped");
    }
    tracing::info!("job worker stopped");
}
