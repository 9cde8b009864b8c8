//! Single-use, expiring tokens sent by mail: invitations and password resets.

use agoral_domain::{accounts::UserId, time::Timestamp};

use crate::{Db, Result};

/// What a token is for; a reset token cannot accept an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    Invitation,
    PasswordReset,
}

impl TokenPurpose {
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Invitation => "invitation",
            TokenPurpose::PasswordReset => "password_reset",
        }
    }
}

impl Db {
    /// Stores a token's hash. Earlier unused tokens of the same purpose for
    /// the same user stop working: only the newest link is valid.
    pub async fn create_auth_token(
        &self,
        user: UserId,
        purpose: TokenPurpose,
        token_hash: &str,
        expires_at: Timestamp,
    ) -> Result<()> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE auth_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 \
             AND used_at IS NULL",
        )
        .bind(now)
        .bind(user.0)
        .bind(purpose.as_str())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO auth_tokens (token_hash, user_id, purpose, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(purpose.as_str())
        .bind(now)
        .bind(expires_at.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The user a valid (unused, unexpired) token belongs to, without using it.
    pub async fn peek_auth_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
    ) -> Result<Option<UserId>> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT user_id FROM auth_tokens WHERE token_hash = $1 AND purpose = $2 \
             AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(Timestamp::now().0)
        .fetch_optional(self.pool())
        .await?;
        Ok(id.map(UserId))
    }

    /// Uses a token, atomically: of two concurrent uses only one succeeds.
    pub async fn consume_auth_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
    ) -> Result<Option<UserId>> {
        let now = Timestamp::now().0;
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE auth_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 \
             AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(id.map(UserId))
    }

    /// Moves a token's expiry, for tests of expired links.
    pub async fn expire_auth_tokens_of(&self, user: UserId) -> Result<()> {
        sqlx::query("UPDATE auth_tokens SET expires_at = $1 WHERE user_id = $2")
            .bind(Timestamp::now().0 - 1)
            .bind(user.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
