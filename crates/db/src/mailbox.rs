//! Progress of the intake's IMAP reader, one row per mailbox folder.
//!
//! One instance reads a mailbox at a time: it takes a lease
//! (`lease_until`, `leased_by`) in a single conditional `UPDATE`, renews it
//! while it works and gives it back at the end; a lease that runs out (the
//! instance died) lets another instance take over.

use agoral_domain::{mailbox::MailboxStatus, time::Timestamp};
use sqlx::Row;

use crate::{Db, DbError, Result};

/// What the reader knows of one mailbox folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailboxState {
    pub key: String,
    /// The folder's UIDVALIDITY when `last_uid` was stored.
    pub uid_validity: Option<i64>,
    /// The highest UID whose message is stored in the intake.
    pub last_uid: i64,
    pub last_checked_at: Option<Timestamp>,
    pub last_status: MailboxStatus,
    /// What went wrong, for administrators (not shown to readers).
    pub last_error: Option<String>,
    /// Messages that became intake items, since the first check.
    pub messages_received: i64,
}

impl Db {
    /// Takes the reading lease of `key` for `worker` when nobody holds it
    /// (or the holder's ran out). Returns whether it was taken.
    pub async fn claim_mailbox(&self, key: &str, worker: &str, lease_seconds: i64) -> Result<bool> {
        sqlx::query("INSERT INTO mailbox_state (mailbox_key) VALUES ($1) ON CONFLICT (mailbox_key) DO NOTHING")
            .bind(key)
            .execute(self.pool())
            .await?;
        let now = Timestamp::now().0;
        let taken = sqlx::query(
            "UPDATE mailbox_state SET lease_until = $1, leased_by = $2 \
             WHERE mailbox_key = $3 AND (lease_until IS NULL OR lease_until < $4 OR leased_by = $2)",
        )
        .bind(now + lease_seconds)
        .bind(worker)
        .bind(key)
        .bind(now)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(taken == 1)
    }

    /// Extends the lease `worker` holds; false when it lost it meanwhile.
    pub async fn renew_mailbox_lease(
        &self,
        key: &str,
        worker: &str,
        lease_seconds: i64,
    ) -> Result<bool> {
        let renewed = sqlx::query(
            "UPDATE mailbox_state SET lease_until = $1 WHERE mailbox_key = $2 AND leased_by = $3",
        )
        .bind(Timestamp::now().0 + lease_seconds)
        .bind(key)
        .bind(worker)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(renewed == 1)
    }

    /// Gives the lease back and records how the check ended.
    pub async fn finish_mailbox_check(
        &self,
        key: &str,
        worker: &str,
        status: MailboxStatus,
        error: Option<&str>,
    ) -> Result<()> {
        let error: Option<String> = error.map(|e| e.chars().take(2000).collect());
        sqlx::query(
            "UPDATE mailbox_state SET last_checked_at = $1, last_status = $2, last_error = $3, \
             lease_until = CASE WHEN leased_by = $4 THEN NULL ELSE lease_until END, \
             leased_by = CASE WHEN leased_by = $4 THEN NULL ELSE leased_by END \
             WHERE mailbox_key = $5",
        )
        .bind(Timestamp::now().0)
        .bind(status.as_str())
        .bind(error)
        .bind(worker)
        .bind(key)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Starts the folder again under a new UIDVALIDITY: every message is
    /// read again, and the intake's Message-ID check skips those it had.
    pub async fn restart_mailbox(&self, key: &str, uid_validity: i64) -> Result<()> {
        sqlx::query(
            "UPDATE mailbox_state SET uid_validity = $1, last_uid = 0 WHERE mailbox_key = $2",
        )
        .bind(uid_validity)
        .bind(key)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records that the message with `uid` is stored (`received`: it became
    /// a new item, rather than one the intake already had). `last_uid`
    /// never moves back.
    pub async fn advance_mailbox(&self, key: &str, uid: i64, received: bool) -> Result<()> {
        sqlx::query(
            "UPDATE mailbox_state SET \
             last_uid = CASE WHEN last_uid < $1 THEN $1 ELSE last_uid END, \
             messages_received = messages_received + $2 WHERE mailbox_key = $3",
        )
        .bind(uid)
        .bind(i64::from(received))
        .bind(key)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn mailbox_state(&self, key: &str) -> Result<Option<MailboxState>> {
        let row = sqlx::query(
            "SELECT mailbox_key, uid_validity, last_uid, last_checked_at, last_status, last_error, \
             messages_received FROM mailbox_state WHERE mailbox_key = $1",
        )
        .bind(key)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            let status: String = row.try_get("last_status")?;
            Ok(MailboxState {
                key: row.try_get("mailbox_key")?,
                uid_validity: row.try_get("uid_validity")?,
                last_uid: row.try_get("last_uid")?,
                last_checked_at: row
                    .try_get::<Option<i64>, _>("last_checked_at")?
                    .map(Timestamp),
                last_status: MailboxStatus::parse(&status).ok_or(DbError::Corrupt {
                    column: "mailbox_state.last_status",
                    value: status,
                })?,
                last_error: row.try_get("last_error")?,
                messages_received: row.try_get("messages_received")?,
            })
        })
        .transpose()
    }
}
