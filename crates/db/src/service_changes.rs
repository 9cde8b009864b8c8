//! Changes to the directory proposed by providers, waiting for an editor.
//! Approving one applies it to the record and marks it decided in the same
//! transaction, so a change is never half-applied nor applied twice.

use agoral_domain::{
    organisations::OrganisationId,
    services::{
        change::{ChangeStatus, ServiceChange, ServiceChangeId},
        record::{ServiceForm, ServiceId, ServiceInput},
    },
    time::Timestamp,
};
use sqlx::{Row, any::AnyRow};

use crate::{
    Db, DbError, Result,
    services::{ServiceSave, insert_service, replace_service},
};

const COLUMNS: &str = "id, service_id, organisation_id, proposed_by, form, status, reason, \
     decided_by, decided_at, created_at, updated_at";

fn from_row(row: &AnyRow) -> Result<ServiceChange> {
    let form: String = row.try_get("form")?;
    let status: String = row.try_get("status")?;
    Ok(ServiceChange {
        id: ServiceChangeId(row.try_get("id")?),
        service_id: row.try_get::<Option<i64>, _>("service_id")?.map(ServiceId),
        organisation_id: OrganisationId(row.try_get("organisation_id")?),
        proposed_by: row.try_get("proposed_by")?,
        form: serde_json::from_str(&form).map_err(|_| DbError::Corrupt {
            column: "service_changes.form",
            value: form.chars().take(80).collect(),
        })?,
        status: ChangeStatus::parse(&status).ok_or(DbError::Corrupt {
            column: "service_changes.status",
            value: status.clone(),
        })?,
        reason: row.try_get("reason")?,
        decided_by: row.try_get("decided_by")?,
        decided_at: row.try_get::<Option<i64>, _>("decided_at")?.map(Timestamp),
        created_at: Timestamp(row.try_get("created_at")?),
        updated_at: Timestamp(row.try_get("updated_at")?),
    })
}

/// What approving a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeDecision {
    /// Applied: the service it created or updated.
    Applied(ServiceId),
    /// The record it would write duplicates another: nothing was written.
    Duplicate(ServiceId),
    /// The change is no longer pending (decided meanwhile) or its service
    /// was deleted: nothing was written.
    Gone,
}

impl Db {
    /// Keeps a contributor's proposal. A second proposal for the same
    /// service while the first is pending replaces it: the editor sees the
    /// latest wish, once.
    pub async fn propose_service_change(
        &self,
        service: Option<ServiceId>,
        organisation: OrganisationId,
        by: i64,
        form: &ServiceForm,
    ) -> Result<ServiceChangeId> {
        let json = serde_json::to_string(form).map_err(|e| DbError::Corrupt {
            column: "service_changes.form",
            value: e.to_string(),
        })?;
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        if let Some(service) = service {
            let pending: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM service_changes WHERE service_id = $1 AND status = 'pending'",
            )
            .bind(service.0)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = pending {
                sqlx::query(
                    "UPDATE service_changes SET form = $1, proposed_by = $2, \
                     organisation_id = $3, updated_at = $4 WHERE id = $5",
                )
                .bind(&json)
                .bind(by)
                .bind(organisation.0)
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                return Ok(ServiceChangeId(id));
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO service_changes (service_id, organisation_id, proposed_by, form, \
             status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5) \
             RETURNING id",
        )
        .bind(service.map(|s| s.0))
        .bind(organisation.0)
        .bind(by)
        .bind(&json)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ServiceChangeId(id))
    }

    pub async fn service_change(&self, id: ServiceChangeId) -> Result<Option<ServiceChange>> {
        let sql = format!("SELECT {COLUMNS} FROM service_changes WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// The pending change of a service, if any.
    pub async fn pending_service_change(
        &self,
        service: ServiceId,
    ) -> Result<Option<ServiceChange>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM service_changes WHERE service_id = $1 AND status = 'pending'"
        );
        let row = sqlx::query(&sql)
            .bind(service.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Changes waiting for an editor, oldest first.
    pub async fn pending_service_changes(&self) -> Result<Vec<ServiceChange>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM service_changes WHERE status = 'pending' \
             ORDER BY created_at, id"
        );
        let rows = sqlx::query(&sql).fetch_all(self.pool()).await?;
        rows.iter().map(from_row).collect()
    }

    /// An organisation's proposals, newest first (its contributors follow
    /// them), at most `limit`.
    pub async fn organisation_service_changes(
        &self,
        organisation: OrganisationId,
        limit: i64,
    ) -> Result<Vec<ServiceChange>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM service_changes WHERE organisation_id = $1 \
             ORDER BY updated_at DESC, id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(organisation.0)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn count_pending_service_changes(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM service_changes WHERE status = 'pending'")
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// Applies a pending change as `input` (the change's form, checked by
    /// the caller) and marks it approved by `by`, all or nothing.
    pub async fn approve_service_change(
        &self,
        id: ServiceChangeId,
        input: &ServiceInput,
        by: i64,
    ) -> Result<ChangeDecision> {
        let mut tx = self.begin_write().await?;
        let now = Timestamp::now().0;
        // Claims the change first, so two editors approving at once apply
        // it once.
        let claimed = sqlx::query(
            "UPDATE service_changes SET status = 'approved', decided_by = $1, decided_at = $2, \
             updated_at = $2 WHERE id = $3 AND status = 'pending'",
        )
        .bind(by)
        .bind(now)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() != 1 {
            return Ok(ChangeDecision::Gone);
        }
        let service: Option<i64> =
            sqlx::query_scalar("SELECT service_id FROM service_changes WHERE id = $1")
                .bind(id.0)
                .fetch_one(&mut *tx)
                .await?;
        let outcome = match service {
            Some(service) => replace_service(&mut tx, ServiceId(service), input).await?,
            None => insert_service(&mut tx, input, false).await?,
        };
        match outcome {
            ServiceSave::Saved(saved) => {
                // A new service gets its id on the change, for the history.
                sqlx::query("UPDATE service_changes SET service_id = $1 WHERE id = $2")
                    .bind(saved.0)
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
                // An editor approved what the provider confirmed: the
                // record is as fresh as it gets.
                sqlx::query(
                    "UPDATE services SET verified_at = $1, verified_by = $2, \
                     stale_notified_at = NULL WHERE id = $3",
                )
                .bind(now)
                .bind(by)
                .bind(saved.0)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(ChangeDecision::Applied(saved))
            }
            ServiceSave::Duplicate(other) => Ok(ChangeDecision::Duplicate(other)),
            ServiceSave::Missing => Ok(ChangeDecision::Gone),
        }
    }

    /// Marks a pending change rejected with the editor's reason; false
    /// when it was no longer pending.
    pub async fn reject_service_change(
        &self,
        id: ServiceChangeId,
        reason: &str,
        by: i64,
    ) -> Result<bool> {
        let now = Timestamp::now().0;
        let done = sqlx::query(
            "UPDATE service_changes SET status = 'rejected', reason = $1, decided_by = $2, \
             decided_at = $3, updated_at = $3 WHERE id = $4 AND status = 'pending'",
        )
        .bind(reason)
        .bind(by)
        .bind(now)
        .bind(id.0)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
