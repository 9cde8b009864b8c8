//! Good practices as the public sees them and as their senders follow
//! them: one accepted practice with its photos, a photo that may be shown,
//! the sender's withdrawal through the private status link, and what the
//! retention job and a person's request for their data need.

use agoral_domain::{
    intake::{IntakeId, PublicGoodPractice},
    lang::Lang,
    organisations::{Contact, OrganisationId},
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, Result, changes};

/// What a withdrawal through the status link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withdrawal {
    /// Withdrawn; the storage keys of the files removed with it, to be
    /// deleted from the storage now that the rows are gone.
    Done {
        id: IntakeId,
        files: Vec<String>,
    },
    /// The item is in a state the sender can no longer change (published
    /// as a story, rejected, already withdrawn): nothing written.
    NotAllowed,
    NotFound,
}

/// The statuses from which a sender may withdraw a public item. An
/// accepted practice may be withdrawn too: it leaves the public list.
pub const WITHDRAWABLE: [&str; 4] = ["to_verify", "new", "taken", "accepted"];

/// An intake item's contact held in the organisations' registry.
#[derive(Debug, Clone)]
pub struct HeldContact {
    pub organisation: String,
    pub contact: Contact,
}

impl Db {
    /// One accepted good practice with its photos (when the sender declared
    /// consent), or `None` when it is not public.
    pub async fn public_good_practice(&self, id: IntakeId) -> Result<Option<PublicGoodPractice>> {
        let row = sqlx::query(
            "SELECT i.title, i.body, i.lang, g.accepted_at FROM good_practices g \
             JOIN intake_items i ON i.id = g.item_id \
             WHERE g.item_id = $1 AND g.accepted_at IS NOT NULL AND i.status = 'accepted'",
        )
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let Some(practice) = self.good_practice(id).await? else {
            return Ok(None);
        };
        let photos = if practice.photos_consent {
            self.intake_attachments(id)
                .await?
                .into_iter()
                .filter(|a| a.content_type.starts_with("image/"))
                .collect()
        } else {
            Vec::new()
        };
        let lang: String = row.try_get("lang")?;
        Ok(Some(PublicGoodPractice {
            item_id: id,
            title: row.try_get("title")?,
            body: row.try_get("body")?,
            lang: Lang::from_code(&lang).unwrap_or_default(),
            practice,
            accepted_at: Timestamp(row.try_get("accepted_at")?),
            photos,
        }))
    }

    /// The content type and storage key of a photo that may be shown: an
    /// image of an accepted practice whose sender declared that the people
    /// in it consented.
    pub async fn public_practice_photo(&self, attachment: i64) -> Result<Option<(String, String)>> {
        let row = sqlx::query(
            "SELECT a.content_type, a.storage_key FROM intake_attachments a \
             JOIN good_practices g ON g.item_id = a.item_id \
             JOIN intake_items i ON i.id = a.item_id \
             WHERE a.id = $1 AND a.consent_declared = 1 AND g.photos_consent = 1 \
             AND g.accepted_at IS NOT NULL AND i.status = 'accepted' \
             AND a.content_type LIKE 'image/%'",
        )
        .bind(attachment)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
    }

    /// Withdraws the item a status link opens, in one transaction: its
    /// status, its place on the public list, its files (the photos show
    /// people: they go with the withdrawal) and a line in its history.
    pub async fn withdraw_by_status_token(&self, hash: &str) -> Result<Withdrawal> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT id, status FROM intake_items WHERE status_token_hash = $1")
            .bind(hash)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            return Ok(Withdrawal::NotFound);
        };
        let id: i64 = row.try_get("id")?;
        let status: String = row.try_get("status")?;
        if !WITHDRAWABLE.contains(&status.as_str()) {
            return Ok(Withdrawal::NotAllowed);
        }
        // Conditional on the status read: an editor acting at the same
        // moment makes this a no-op rather than a lost update.
        let done = sqlx::query(
            "UPDATE intake_items SET status = 'withdrawn', updated_at = $1, closed_at = $1 \
             WHERE id = $2 AND status = $3",
        )
        .bind(now)
        .bind(id)
        .bind(&status)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(Withdrawal::NotAllowed);
        }
        sqlx::query("UPDATE good_practices SET accepted_at = NULL WHERE item_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let files: Vec<String> =
            sqlx::query_scalar("SELECT storage_key FROM intake_attachments WHERE item_id = $1")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        sqlx::query("DELETE FROM intake_attachments WHERE item_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO intake_notes (item_id, author, event, body, created_at) \
             VALUES ($1, NULL, 'withdrawn', $2, $3)",
        )
        .bind(id)
        .bind(&status)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if status == "accepted" {
            changes::record(&mut tx, changes::entity::GOOD_PRACTICE, id).await?;
        }
        tx.commit().await?;
        Ok(Withdrawal::Done {
            id: IntakeId(id),
            files,
        })
    }

    /// Files of public-form items closed before `before` without becoming a
    /// public record (rejected, duplicate, withdrawn): `(id, storage key)`.
    /// The retention job deletes them with their rows.
    pub async fn expired_public_attachments(
        &self,
        before: Timestamp,
        limit: i64,
    ) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT a.id, a.storage_key FROM intake_attachments a \
             JOIN intake_items i ON i.id = a.item_id \
             WHERE i.channel = 'public' AND i.status IN ('rejected', 'duplicate', 'withdrawn') \
             AND i.closed_at IS NOT NULL AND i.closed_at < $1 ORDER BY a.id LIMIT $2",
        )
        .bind(before.0)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// Removes one attachment's row (its file is the caller's).
    pub async fn delete_intake_attachment(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM intake_attachments WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The organisations' contact records that carry `email`.
    pub async fn contacts_with_email(&self, email: &str) -> Result<Vec<HeldContact>> {
        let rows = sqlx::query(
            "SELECT c.id, c.organisation_id, c.name, c.role, c.email, c.phone, c.consent, \
             c.notes, o.name AS organisation FROM organisation_contacts c \
             JOIN organisations o ON o.id = c.organisation_id \
             WHERE LOWER(c.email) = $1 ORDER BY o.name, c.id",
        )
        .bind(email.trim().to_lowercase())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(HeldContact {
                    organisation: row.try_get("organisation")?,
                    contact: Contact {
                        id: row.try_get("id")?,
                        organisation_id: OrganisationId(row.try_get("organisation_id")?),
                        name: row.try_get("name")?,
                        role: row.try_get("role")?,
                        email: row.try_get("email")?,
                        phone: row.try_get("phone")?,
                        consent: row.try_get::<i64, _>("consent")? != 0,
                        notes: row.try_get("notes")?,
                    },
                })
            })
            .collect()
    }
}
