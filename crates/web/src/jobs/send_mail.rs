//! Delivers one outbox message. Idempotent: a message already sent is not
//! sent again.

use agoral_db::jobs::Job;
use anyhow::Context;

use crate::state::AppState;

#[derive(serde::Deserialize)]
struct Payload {
    outbox_id: i64,
}

pub async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&job.payload).context("payload")?;
    let Some(message) = state.db.outbox_message(payload.outbox_id).await? else {
        return Ok(());
    };
    if message.sent_at.is_some() {
        return Ok(());
    }
    match state
        .mailer
        .send(
            message.id,
            &message.to,
            &message.subject,
            &message.body_text,
        )
        .await
    {
        Ok(()) => {
            state.db.mark_mail_sent(message.id).await?;
            Ok(())
        }
        Err(e) => {
            state
                .db
                .record_mail_failure(message.id, &format!("{e:#}"))
                .await?;
            Err(e)
        }
    }
}
