//! The mail outbox. Composing a message inserts it together with the job
//! that sends it, in one transaction, so a message is never queued without
//! a sender nor a sender left without its message.

use agoral_domain::{mail::OutgoingMail, time::Timestamp};
use sqlx::Row;

use crate::{Db, Result};

/// The job kind that delivers one outbox message.
pub const SEND_MAIL_JOB: &str = "send_mail";

impl Db {
    pub async fn enqueue_mail(&self, to: &str, subject: &str, body_text: &str) -> Result<i64> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO outbox (to_address, subject, body_text, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(to)
        .bind(subject)
        .bind(body_text)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $3)")
            .bind(SEND_MAIL_JOB)
            .bind(serde_json::json!({ "outbox_id": id }).to_string())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn outbox_message(&self, id: i64) -> Result<Option<OutgoingMail>> {
        let row = sqlx::query(
            "SELECT id, to_address, subject, body_text, attempts, sent_at, last_error \
             FROM outbox WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(OutgoingMail {
                id: row.try_get("id")?,
                to: row.try_get("to_address")?,
                subject: row.try_get("subject")?,
                body_text: row.try_get("body_text")?,
                attempts: row.try_get("attempts")?,
                sent_at: row.try_get::<Option<i64>, _>("sent_at")?.map(Timestamp),
                last_error: row.try_get("last_error")?,
            })
        })
        .transpose()
    }

    pub async fn mark_mail_sent(&self, id: i64) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL \
             WHERE id = $2",
        )
        .bind(Timestamp::now().0)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn record_mail_failure(&self, id: i64, error: &str) -> Result<()> {
        sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
            .bind(error)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn unsent_mail_count(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
                .fetch_one(self.pool())
                .await?,
        )
    }
}
