//! Publishes a scheduled story when its time comes. Queued by the schedule
//! step with `run_at` at the scheduled instant, so it fires on time even
//! across restarts. Idempotent, and a story rescheduled or unscheduled
//! since makes the job do nothing.

use agoral_db::jobs::Job;
use agoral_domain::{
    articles::{Actor, ArticleId, ArticleState, Transition},
    time::Timestamp,
};
use anyhow::Context;

use crate::state::AppState;

pub const KIND: &str = "publish_article";

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    article_id: i64,
    at: i64,
}

/// The job that publishes story `id` at `at`: its kind and payload.
pub fn job(id: ArticleId, at: Timestamp) -> (&'static str, String) {
    let payload = serde_json::json!({ "article_id": id.0, "at": at.0 }).to_string();
    (KIND, payload)
}

pub async fn enqueue(
    state: &AppState,
    id: ArticleId,
    at: Timestamp,
) -> Result<(), agoral_db::DbError> {
    let (kind, payload) = job(id, at);
    state.db.enqueue_job(kind, &payload, at).await?;
    Ok(())
}

pub async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&job.payload).context("payload")?;
    let Some(article) = state.db.article(ArticleId(payload.article_id)).await? else {
        // Deleted before its time: nothing to publish.
        return Ok(());
    };
    if article.state != ArticleState::Scheduled
        || article.scheduled_at.map(|t| t.0) != Some(payload.at)
    {
        return Ok(());
    }
    let next = article
        .state
        .apply(&Transition::Publish, Actor::Scheduler, Timestamp::now())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    state
        .db
        .set_article_state(article.id, next, None, None, "publish", "")
        .await?;
    crate::intake::queue::story_published(state, article.id).await;
    tracing::info!(article.id = article.id.0, "scheduled story published");
    Ok(())
}
