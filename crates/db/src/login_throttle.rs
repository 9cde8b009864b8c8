//! Login throttling with exponential backoff, keyed by account and by
//! client address. Kept in the database so that every instance sees it.

use agoral_domain::time::Timestamp;

use crate::{Db, Result};

/// Failures allowed before the first lock.
pub const FREE_FAILURES: i64 = 5;
/// The longest lock.
pub const MAX_LOCK_SECONDS: i64 = 15 * 60;

/// Lock length after `failures` failures: none for the first five, then
/// 2 s, 4 s, 8 s … up to 15 minutes.
pub fn lock_seconds(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        0
    } else {
        let exponent = (failures - FREE_FAILURES + 1).min(20);
        (1_i64 << exponent).min(MAX_LOCK_SECONDS)
    }
}

impl Db {
    /// When the key is locked, until when.
    pub async fn throttled_until(&self, key: &str) -> Result<Option<Timestamp>> {
        let until: Option<i64> =
            sqlx::query_scalar("SELECT locked_until FROM login_throttle WHERE throttle_key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?;
        let now = Timestamp::now().0;
        Ok(until.filter(|u| *u > now).map(Timestamp))
    }

    /// Counts a failure and returns the new lock, if any. Failures older
    /// than a day are forgotten.
    pub async fn record_login_failure(&self, key: &str) -> Result<Option<Timestamp>> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let previous: Option<(i64, i64)> = sqlx::query_as(
            "SELECT failures, last_failure_at FROM login_throttle WHERE throttle_key = $1",
        )
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
        let failures = match previous {
            Some((count, last)) if now - last < 86_400 => count + 1,
            _ => 1,
        };
        let lock = lock_seconds(failures);
        let until = now + lock;
        sqlx::query(
            "INSERT INTO login_throttle (throttle_key, failures, last_failure_at, locked_until) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (throttle_key) DO UPDATE SET \
             failures = $2, last_failure_at = $3, locked_until = $4",
        )
        .bind(key)
        .bind(failures)
        .bind(now)
        .bind(until)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((lock > 0).then_some(Timestamp(until)))
    }

    pub async fn clear_login_failures(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
            .bind(key)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff() {
        assert_eq!(super::lock_seconds(4), 0);
        assert_eq!(super::lock_seconds(5), 2);
        assert_eq!(super::lock_seconds(6), 4);
        assert_eq!(super::lock_seconds(100), super::MAX_LOCK_SECONDS);
    }
}
