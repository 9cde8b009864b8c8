//! The audit log of security events.

use agoral_domain::{
    audit::{AuditEvent, NewAuditEvent},
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, Result};

impl Db {
    pub async fn record_audit(&self, event: &NewAuditEvent) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, action, actor_id, subject_id, address, detail) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(Timestamp::now().0)
        .bind(event.action.as_str())
        .bind(event.actor_id)
        .bind(event.subject_id)
        .bind(event.address.as_deref())
        .bind(&event.detail)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Newest first.
    pub async fn audit_events(&self, limit: i64, offset: i64) -> Result<Vec<AuditEvent>> {
        let rows = sqlx::query(
            "SELECT a.id, a.at, a.action, actor.email AS actor_email, \
             subject.email AS subject_email, a.address, a.detail FROM audit_log a \
             LEFT JOIN users actor ON actor.id = a.actor_id \
             LEFT JOIN users subject ON subject.id = a.subject_id \
             ORDER BY a.id DESC LIMIT $1 OFFSET $2",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEvent {
                    id: row.try_get("id")?,
                    at: Timestamp(row.try_get("at")?),
                    action: row.try_get("action")?,
                    actor_email: row.try_get("actor_email")?,
                    subject_email: row.try_get("subject_email")?,
                    address: row.try_get("address")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }

    pub async fn count_audit_events(&self, action: &str) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
                .bind(action)
                .fetch_one(self.pool())
                .await?,
        )
    }
}
