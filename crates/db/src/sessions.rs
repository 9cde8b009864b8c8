//! Server-side sessions. The cookie holds a random id; the table holds its
//! hash, the user, the CSRF token and whether the second factor was given.

use agoral_domain::{accounts::UserId, time::Timestamp};
use sqlx::Row;

use crate::{Db, Result};

/// A live session.
#[derive(Debug, Clone)]
pub struct Session {
    pub id_hash: String,
    pub user_id: UserId,
    pub csrf_token: String,
    pub mfa_verified: bool,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
    pub address: Option<String>,
    pub user_agent: Option<String>,
}

/// A session to create.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub id_hash: &'a str,
    pub user_id: UserId,
    pub csrf_token: &'a str,
    pub mfa_verified: bool,
    pub expires_at: Timestamp,
    pub address: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

const COLUMNS: &str = "id_hash, user_id, csrf_token, mfa_verified, created_at, last_seen_at, \
                       expires_at, address, user_agent";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Session> {
    Ok(Session {
        id_hash: row.try_get("id_hash")?,
        user_id: UserId(row.try_get("user_id")?),
        csrf_token: row.try_get("csrf_token")?,
        mfa_verified: row.try_get::<i64, _>("mfa_verified")? != 0,
        created_at: Timestamp(row.try_get("created_at")?),
        last_seen_at: Timestamp(row.try_get("last_seen_at")?),
        expires_at: Timestamp(row.try_get("expires_at")?),
        address: row.try_get("address")?,
        user_agent: row.try_get("user_agent")?,
    })
}

/// How long an ended session is remembered (not usable) after it expires.
pub const EXPIRED_SESSION_KEPT_SECONDS: i64 = 86_400;

impl Db {
    pub async fn create_session(&self, new: &NewSession<'_>) -> Result<()> {
        let now = Timestamp::now().0;
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, mfa_verified, address, \
             user_agent, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
        )
        .bind(new.id_hash)
        .bind(new.user_id.0)
        .bind(new.csrf_token)
        .bind(crate::flag(new.mfa_verified))
        .bind(new.address)
        .bind(new.user_agent)
        .bind(now)
        .bind(new.expires_at.0)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The unexpired session with this id hash.
    pub async fn session(&self, id_hash: &str) -> Result<Option<Session>> {
        let sql = format!("SELECT {COLUMNS} FROM sessions WHERE id_hash = $1 AND expires_at > $2");
        let row = sqlx::query(&sql)
            .bind(id_hash)
            .bind(Timestamp::now().0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn sessions_of(&self, user: UserId) -> Result<Vec<Session>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM sessions WHERE user_id = $1 AND expires_at > $2 \
             ORDER BY last_seen_at DESC"
        );
        let rows = sqlx::query(&sql)
            .bind(user.0)
            .bind(Timestamp::now().0)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    /// Slides the expiry of an active session forward.
    pub async fn touch_session(&self, id_hash: &str, expires_at: Timestamp) -> Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE id_hash = $3")
            .bind(Timestamp::now().0)
            .bind(expires_at.0)
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Logs a user out everywhere (all devices), optionally keeping one session.
    pub async fn delete_sessions_of(&self, user: UserId, keep: Option<&str>) -> Result<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(user.0)
            .bind(keep.unwrap_or(""))
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    /// A session that ended less than a day ago: its owner may still have
    /// a form open, and what they send is kept for them.
    pub async fn recently_expired_session(&self, id_hash: &str) -> Result<Option<Session>> {
        let now = Timestamp::now().0;
        let sql = format!(
            "SELECT {COLUMNS} FROM sessions WHERE id_hash = $1 AND expires_at <= $2 AND expires_at > $3"
        );
        let row = sqlx::query(&sql)
            .bind(id_hash)
            .bind(now)
            .bind(now - EXPIRED_SESSION_KEPT_SECONDS)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Ends a session now without removing it (see [`Db::recently_expired_session`]).
    pub async fn expire_session(&self, id_hash: &str) -> Result<()> {
        sqlx::query("UPDATE sessions SET expires_at = $1 WHERE id_hash = $2")
            .bind(Timestamp::now().0)
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Removes sessions that ended more than a day ago.
    pub async fn delete_expired_sessions(&self) -> Result<u64> {
        let result = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(Timestamp::now().0 - EXPIRED_SESSION_KEPT_SECONDS)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }
}
