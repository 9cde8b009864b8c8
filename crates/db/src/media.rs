//! Media records; the bytes live in the media store.

use agoral_domain::time::Timestamp;

use crate::{Db, Result};

/// A media file to record after its bytes are stored.
#[derive(Debug, Clone)]
pub struct NewMedia<'a> {
    pub storage_key: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub alt_text: &'a str,
    pub created_by: Option<i64>,
}

impl Db {
    pub async fn create_media(&self, new: &NewMedia<'_>) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO media (storage_key, content_type, size_bytes, sha256, alt_text, \
             created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(new.storage_key)
        .bind(new.content_type)
        .bind(new.size_bytes)
        .bind(new.sha256)
        .bind(new.alt_text)
        .bind(Timestamp::now().0)
        .bind(new.created_by)
        .fetch_one(self.pool())
        .await?)
    }

    /// Every storage key, for `agoral check` and backups.
    pub async fn media_keys(&self) -> Result<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT storage_key FROM media ORDER BY id")
                .fetch_all(self.pool())
                .await?,
        )
    }
}
