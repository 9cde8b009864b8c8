//! The organisations' contacts and the addresses their mail comes from.

use agoral_domain::{
    organisations::{Contact, ContactInput, OrganisationId, SenderAddress},
    time::Timestamp,
};
use sqlx::{Row, any::AnyRow};

use crate::{Db, Result};

fn contact_from_row(row: &AnyRow) -> Result<Contact> {
    Ok(Contact {
        id: row.try_get("id")?,
        organisation_id: OrganisationId(row.try_get("organisation_id")?),
        name: row.try_get("name")?,
        role: row.try_get("role")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        consent: row.try_get::<i64, _>("consent")? != 0,
        notes: row.try_get("notes")?,
    })
}

impl Db {
    pub async fn organisation_contacts(&self, org: OrganisationId) -> Result<Vec<Contact>> {
        let rows = sqlx::query(
            "SELECT id, organisation_id, name, role, email, phone, consent, notes \
             FROM organisation_contacts WHERE organisation_id = $1 ORDER BY name, id",
        )
        .bind(org.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(contact_from_row).collect()
    }

    pub async fn add_organisation_contact(
        &self,
        org: OrganisationId,
        input: &ContactInput,
    ) -> Result<i64> {
        let now = Timestamp::now().0;
        Ok(sqlx::query_scalar(
            "INSERT INTO organisation_contacts (organisation_id, name, role, email, phone, \
             consent, notes, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) \
             RETURNING id",
        )
        .bind(org.0)
        .bind(&input.name)
        .bind(&input.role)
        .bind(input.email.as_deref())
        .bind(input.phone.as_deref())
        .bind(i64::from(input.consent))
        .bind(&input.notes)
        .bind(now)
        .fetch_one(self.pool())
        .await?)
    }

    /// Removes a contact of `org`; `false` when it is not one of its.
    pub async fn remove_organisation_contact(&self, org: OrganisationId, id: i64) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM organisation_contacts WHERE id = $1 AND organisation_id = $2")
                .bind(id)
                .bind(org.0)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn organisation_senders(&self, org: OrganisationId) -> Result<Vec<SenderAddress>> {
        let rows = sqlx::query(
            "SELECT id, organisation_id, value, is_domain, verified_at FROM organisation_senders \
             WHERE organisation_id = $1 ORDER BY is_domain DESC, value",
        )
        .bind(org.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(SenderAddress {
                    id: row.try_get("id")?,
                    organisation_id: OrganisationId(row.try_get("organisation_id")?),
                    value: row.try_get("value")?,
                    is_domain: row.try_get::<i64, _>("is_domain")? != 0,
                    verified: row.try_get::<Option<i64>, _>("verified_at")?.is_some(),
                })
            })
            .collect()
    }

    /// Adds a sender address or domain, verified by `by` when given.
    /// `None` when another organisation (or this one) already has it.
    pub async fn add_organisation_sender(
        &self,
        org: OrganisationId,
        value: &str,
        is_domain: bool,
        verified_by: Option<i64>,
    ) -> Result<Option<i64>> {
        let now = Timestamp::now().0;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO organisation_senders (organisation_id, value, is_domain, verified_at, \
             verified_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (value) DO NOTHING RETURNING id",
        )
        .bind(org.0)
        .bind(value)
        .bind(i64::from(is_domain))
        .bind(verified_by.map(|_| now))
        .bind(verified_by)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(id)
    }

    pub async fn verify_organisation_sender(
        &self,
        org: OrganisationId,
        id: i64,
        by: i64,
    ) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE organisation_senders SET verified_at = $1, verified_by = $2 \
             WHERE id = $3 AND organisation_id = $4",
        )
        .bind(Timestamp::now().0)
        .bind(by)
        .bind(id)
        .bind(org.0)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn remove_organisation_sender(&self, org: OrganisationId, id: i64) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM organisation_senders WHERE id = $1 AND organisation_id = $2")
                .bind(id)
                .bind(org.0)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The organisation whose verified address is `email`, or failing that
    /// whose verified domain is its domain.
    pub async fn organisation_for_sender(&self, email: &str) -> Result<Option<OrganisationId>> {
        let email = email.trim().to_lowercase();
        let Some((_, domain)) = email.rsplit_once('@') else {
            return Ok(None);
        };
        let row: Option<i64> = sqlx::query_scalar(
            "SELECT organisation_id FROM organisation_senders WHERE verified_at IS NOT NULL \
             AND ((is_domain = 0 AND value = $1) OR (is_domain = 1 AND value = $2)) \
             ORDER BY is_domain LIMIT 1",
        )
        .bind(&email)
        .bind(domain)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(OrganisationId))
    }
}

/// A line of an organisation's public page: a story or a service, by id,
/// with its address part (slug or id), title and date.
#[derive(Debug, Clone)]
pub struct OrganisationEntry {
    pub lang: String,
    pub slug: String,
    pub title: String,
    pub date: Option<Timestamp>,
}

impl Db {
    /// Published stories made from the organisation's releases and good
    /// practices, newest first, in `lang` where translated, else Italian.
    pub async fn organisation_stories(
        &self,
        org: OrganisationId,
        lang: &str,
        limit: i64,
    ) -> Result<Vec<OrganisationEntry>> {
        let rows = sqlx::query(
            "SELECT COALESCE(t.lang, i.lang) AS lang, COALESCE(t.slug, i.slug) AS slug, \
             COALESCE(t.title, i.title) AS title, a.published_at \
             FROM article_sources s JOIN articles a ON a.id = s.article_id \
             LEFT JOIN article_translations t ON t.article_id = a.id AND t.lang = $2 \
             LEFT JOIN article_translations i ON i.article_id = a.id AND i.lang = 'it' \
             WHERE s.organisation_id = $1 AND a.state = 'published' \
             AND (t.slug IS NOT NULL OR i.slug IS NOT NULL) \
             ORDER BY a.published_at DESC, a.id DESC LIMIT $3",
        )
        .bind(org.0)
        .bind(lang)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OrganisationEntry {
                    lang: r.try_get("lang")?,
                    slug: r.try_get("slug")?,
                    title: r.try_get("title")?,
                    date: r.try_get::<Option<i64>, _>("published_at")?.map(Timestamp),
                })
            })
            .collect()
    }

    /// The organisation's services in the directory, by name.
    pub async fn organisation_services(
        &self,
        org: OrganisationId,
        lang: &str,
    ) -> Result<Vec<OrganisationEntry>> {
        let rows = sqlx::query(
            "SELECT s.id, COALESCE(t.name, i.name) AS name, s.verified_at FROM services s \
             LEFT JOIN service_translations t ON t.service_id = s.id AND t.lang = $2 \
             LEFT JOIN service_translations i ON i.service_id = s.id AND i.lang = 'it' \
             WHERE s.organisation_id = $1 AND (t.name IS NOT NULL OR i.name IS NOT NULL) \
             ORDER BY name",
        )
        .bind(org.0)
        .bind(lang)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OrganisationEntry {
                    lang: lang.to_owned(),
                    slug: r.try_get::<i64, _>("id")?.to_string(),
                    title: r.try_get("name")?,
                    date: r.try_get::<Option<i64>, _>("verified_at")?.map(Timestamp),
                })
            })
            .collect()
    }
}
