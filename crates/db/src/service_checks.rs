//! Freshness of the directory: services nobody has confirmed for a while,
//! the claim that their providers have been asked (once per period, by
//! one instance), and the one-click links sent to them (hashes only).

use agoral_domain::{
    accounts::UserId, organisations::OrganisationId, services::record::ServiceId, time::Timestamp,
};

use crate::{Db, Result, changes};

impl Db {
    /// Services of an organisation last confirmed (or, never confirmed,
    /// created) before `cutoff` whose providers have not been asked since
    /// then, oldest first, at most `limit`.
    pub async fn stale_services_to_ask(
        &self,
        cutoff: Timestamp,
        limit: i64,
    ) -> Result<Vec<(ServiceId, OrganisationId)>> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT id, organisation_id FROM services \
             WHERE organisation_id IS NOT NULL \
             AND COALESCE(verified_at, created_at) < $1 \
             AND (stale_notified_at IS NULL OR stale_notified_at < $1) \
             ORDER BY COALESCE(verified_at, created_at), id LIMIT $2",
        )
        .bind(cutoff.0)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(s, o)| (ServiceId(s), OrganisationId(o)))
            .collect())
    }

    /// Claims the asking for one stale service: true for the one caller
    /// (of any instance) that gets it. The service's pages change (they
    /// now say the record may be out of date), so the change feed hears
    /// of it.
    pub async fn claim_stale_service(&self, id: ServiceId, cutoff: Timestamp) -> Result<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE services SET stale_notified_at = $1 WHERE id = $2 \
             AND COALESCE(verified_at, created_at) < $3 \
             AND (stale_notified_at IS NULL OR stale_notified_at < $3)",
        )
        .bind(Timestamp::now().0)
        .bind(id.0)
        .bind(cutoff.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            changes::record(&mut tx, changes::entity::SERVICE, id.0).await?;
        }
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn create_service_check_token(
        &self,
        token_hash: &str,
        service: ServiceId,
        user: UserId,
        expires_at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO service_check_tokens (token_hash, service_id, user_id, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_hash)
        .bind(service.0)
        .bind(user.0)
        .bind(Timestamp::now().0)
        .bind(expires_at.0)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Removes links that expired (used or not) before `before`.
    pub async fn delete_expired_service_check_tokens(&self, before: Timestamp) -> Result<u64> {
        let done = sqlx::query("DELETE FROM service_check_tokens WHERE expires_at < $1")
            .bind(before.0)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// The service and person of a valid (unused, unexpired) link.
    pub async fn peek_service_check_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(ServiceId, UserId)>> {
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT service_id, user_id FROM service_check_tokens WHERE token_hash = $1 \
             AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(Timestamp::now().0)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(s, u)| (ServiceId(s), UserId(u))))
    }

    /// Uses a valid link: the service is confirmed by its person now, and
    /// every link for the same service stops working, in one transaction.
    /// `None` when the link is not valid (any more).
    pub async fn confirm_service_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(ServiceId, UserId)>> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let row: Option<(i64, i64)> = sqlx::query_as(
            "SELECT service_id, user_id FROM service_check_tokens WHERE token_hash = $1 \
             AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((service, user)) = row else {
            return Ok(None);
        };
        let used = sqlx::query(
            "UPDATE service_check_tokens SET used_at = $1 WHERE service_id = $2 \
             AND used_at IS NULL",
        )
        .bind(now)
        .bind(service)
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() == 0 {
            // Used by a concurrent request meanwhile.
            return Ok(None);
        }
        sqlx::query(
            "UPDATE services SET verified_at = $1, verified_by = $2, stale_notified_at = NULL \
             WHERE id = $3",
        )
        .bind(now)
        .bind(user)
        .bind(service)
        .execute(&mut *tx)
        .await?;
        changes::record(&mut tx, changes::entity::SERVICE, service).await?;
        tx.commit().await?;
        Ok(Some((ServiceId(service), UserId(user))))
    }
}
