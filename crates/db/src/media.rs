//! The media library's records; the bytes live in the media store.

use agoral_domain::{
    lang::Lang,
    media::{Media, MediaText, Variant},
    time::Timestamp,
};
use sqlx::Row;

use crate::{
    Db, Result,
    read::{Arg, FromRow, Get, Reads},
};

/// A media file to record after its bytes are stored.
#[derive(Debug, Clone)]
pub struct NewMedia<'a> {
    pub storage_key: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub width: i64,
    pub height: i64,
    pub original_name: &'a str,
    pub created_by: Option<i64>,
}

/// What the library form changes: credit, licence and the texts per language.
#[derive(Debug, Clone)]
pub struct MediaDetails<'a> {
    pub credit: &'a str,
    pub licence: &'a str,
    pub texts: &'a [MediaText],
}

const MEDIA_COLUMNS: &str = "id, storage_key, content_type, size_bytes, width, height, \
     original_name, credit, licence, variants_state, created_at";

impl FromRow for Media {
    fn from_row(row: &impl Get) -> Result<Self> {
        Ok(Media {
            id: row.col("id")?,
            storage_key: row.col("storage_key")?,
            content_type: row.col("content_type")?,
            size_bytes: row.col("size_bytes")?,
            width: row.col("width")?,
            height: row.col("height")?,
            original_name: row.col("original_name")?,
            credit: row.col("credit")?,
            licence: row.col("licence")?,
            variants_state: row.col("variants_state")?,
            created_at: Timestamp(row.col("created_at")?),
            texts: Vec::new(),
            variants: Vec::new(),
        })
    }
}

/// A row of the texts-and-variants read of an image.
enum MediaPart {
    Text(MediaText),
    Variant(Variant),
}

impl FromRow for MediaPart {
    fn from_row(row: &impl Get) -> Result<Self> {
        let kind: String = row.col("kind")?;
        let a: String = row.col("a")?;
        let b: String = row.col("b")?;
        Ok(if kind == "t" {
            MediaPart::Text(MediaText {
                lang: Lang::from_code(&a).unwrap_or_default(),
                alt_text: b,
                caption: row.col("c")?,
            })
        } else {
            MediaPart::Variant(Variant {
                width: row.col("w")?,
                format: a,
                storage_key: b,
            })
        })
    }
}

impl Db {
    pub async fn media(&self, id: i64) -> Result<Option<Media>> {
        self.reads().media(id).await
    }

    /// Texts and variants of each image.
    async fn fill_media(&self, items: &mut [Media]) -> Result<()> {
        self.reads().fill_media(items).await
    }

    pub async fn create_media(&self, new: &NewMedia<'_>) -> Result<i64> {
        let now = Timestamp::now().0;
        Ok(sqlx::query_scalar(
            "INSERT INTO media (storage_key, content_type, size_bytes, sha256, width, height, \
             original_name, created_at, updated_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id",
        )
        .bind(new.storage_key)
        .bind(new.content_type)
        .bind(new.size_bytes)
        .bind(new.sha256)
        .bind(new.width)
        .bind(new.height)
        .bind(new.original_name)
        .bind(now)
        .bind(new.created_by)
        .fetch_one(self.pool())
        .await?)
    }

    /// An image already in the library with these exact bytes.
    pub async fn media_by_sha256(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT id FROM media WHERE sha256 = $1 ORDER BY id LIMIT 1")
                .bind(sha256)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// The library, newest first, searched in file names, credits and texts.
    pub async fn media_list(&self, search: &str, limit: i64, offset: i64) -> Result<Vec<Media>> {
        let pattern = format!(
            "%{}%",
            search
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let sql = format!(
            "SELECT {MEDIA_COLUMNS} FROM media m WHERE $1 = '%%' \
             OR LOWER(m.original_name) LIKE $1 ESCAPE '\\' OR LOWER(m.credit) LIKE $1 ESCAPE '\\' \
             OR EXISTS (SELECT 1 FROM media_texts t WHERE t.media_id = m.id \
               AND (LOWER(t.alt_text) LIKE $1 ESCAPE '\\' OR LOWER(t.caption) LIKE $1 ESCAPE '\\')) \
             ORDER BY m.id DESC LIMIT $2 OFFSET $3"
        );
        let mut items = sqlx::query(&sql)
            .bind(pattern)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(Media::from_row)
            .collect::<Result<Vec<_>>>()?;
        self.fill_media(&mut items).await?;
        Ok(items)
    }

    /// Saves credit, licence and the texts in one transaction.
    pub async fn update_media_details(&self, id: i64, details: &MediaDetails<'_>) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE media SET credit = $1, licence = $2, updated_at = $3 WHERE id = $4")
            .bind(details.credit)
            .bind(details.licence)
            .bind(Timestamp::now().0)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM media_texts WHERE media_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for text in details.texts {
            if text.alt_text.is_empty() && text.caption.is_empty() {
                continue;
            }
            sqlx::query(
                "INSERT INTO media_texts (media_id, lang, alt_text, caption) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(text.lang.code())
            .bind(&text.alt_text)
            .bind(&text.caption)
            .execute(&mut *tx)
            .await?;
        }
        crate::changes::record(&mut tx, crate::changes::entity::MEDIA, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records the variants made by the job and marks the image ready.
    pub async fn set_media_variants(
        &self,
        id: i64,
        variants: &[(Variant, i64)],
        state: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM media_variants WHERE media_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for (variant, size) in variants {
            sqlx::query(
                "INSERT INTO media_variants (media_id, width, format, storage_key, size_bytes) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(variant.width)
            .bind(&variant.format)
            .bind(&variant.storage_key)
            .bind(size)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE media SET variants_state = $1 WHERE id = $2")
            .bind(state)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        crate::changes::record(&mut tx, crate::changes::entity::MEDIA, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The stored file behind a public address: an original or a variant,
    /// with its content type.
    pub async fn media_file(&self, key: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar(
            "SELECT content_type FROM media WHERE storage_key = $1 \
             UNION ALL SELECT CASE WHEN format = 'webp' THEN 'image/webp' ELSE 'image/jpeg' END \
             FROM media_variants WHERE storage_key = $1",
        )
        .bind(key)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Stories that show an image at the top: (id, Italian title).
    pub async fn articles_featuring(&self, media_id: i64) -> Result<Vec<(i64, String)>> {
        sqlx::query(
            "SELECT a.id, t.title FROM articles a JOIN article_translations t \
             ON t.article_id = a.id AND t.lang = 'it' WHERE a.featured_media_id = $1 ORDER BY a.id DESC",
        )
        .bind(media_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("title")?)))
        .collect()
    }

    /// Whether a published or scheduled story shows the image.
    pub async fn media_in_public_story(&self, media_id: i64) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM articles WHERE featured_media_id = $1 \
             AND state IN ('published', 'scheduled') LIMIT 1",
        )
        .bind(media_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(found.is_some())
    }

    /// Every storage key (images, their variants and the reports' PDF files),
    /// for `agoral check` and backups.
    pub async fn media_keys(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT storage_key FROM media UNION ALL SELECT storage_key FROM media_variants \
             UNION ALL SELECT storage_key FROM reports ORDER BY 1",
        )
        .fetch_all(self.pool())
        .await?)
    }
}

/// Reads that a page can make in one snapshot ([`Db::snapshot`]).
impl Reads {
    /// One image with its texts and variants.
    pub async fn media(&mut self, id: i64) -> Result<Option<Media>> {
        let sql = format!("SELECT {MEDIA_COLUMNS} FROM media WHERE id = $1");
        let Some(mut media) = self.optional::<Media>(&sql, &[Arg::Int(id)]).await? else {
            return Ok(None);
        };
        self.fill_media(std::slice::from_mut(&mut media)).await?;
        Ok(Some(media))
    }

    /// Texts and variants of each image, in one query per image.
    async fn fill_media(&mut self, items: &mut [Media]) -> Result<()> {
        for media in items {
            let rows: Vec<MediaPart> = self
                .all(
                    "SELECT 't' AS kind, lang AS a, alt_text AS b, caption AS c, CAST(0 AS BIGINT) AS w \
                     FROM media_texts WHERE media_id = $1 \
                     UNION ALL SELECT 'v', format, storage_key, '', width FROM media_variants \
                     WHERE media_id = $1 ORDER BY 1, 2, 5",
                    &[Arg::Int(media.id)],
                )
                .await?;
            for part in rows {
                match part {
                    MediaPart::Text(text) => media.texts.push(text),
                    MediaPart::Variant(variant) => media.variants.push(variant),
                }
            }
        }
        Ok(())
    }
}
