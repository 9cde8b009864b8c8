//! Anonymous form tokens already used. A signed form token proves only
//! that the form was shown by this site; forms that take one submission
//! per token record it here, in the transaction that writes what the form
//! sent, so that a replay (on any instance sharing the database) finds it.
//! A token is kept until it would have expired anyway.

use agoral_domain::time::Timestamp;
use sqlx::AnyConnection;

use crate::{Db, Result};

/// Records `token_hash` as used, valid until `expires_at`; false when it
/// was used already.
pub(crate) async fn claim(
    conn: &mut AnyConnection,
    token_hash: &str,
    expires_at: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO used_form_tokens (token_hash, expires_at) VALUES ($1, $2) \
         ON CONFLICT (token_hash) DO NOTHING",
    )
    .bind(token_hash)
    .bind(expires_at.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

impl Db {
    /// Removes tokens that expired before `now`: they could not be used
    /// again anyway.
    pub async fn delete_expired_form_tokens(&self, now: Timestamp) -> Result<u64> {
        let done = sqlx::query("DELETE FROM used_form_tokens WHERE expires_at < $1")
            .bind(now.0)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }
}
