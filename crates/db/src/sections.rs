//! Magazine sections and their names per language.

use agoral_domain::{articles::Section, lang::Lang, time::Timestamp};
use sqlx::Row;

use crate::{
    Db, Result,
    read::{Arg, FromRow, Get, Reads},
};

const SELECT: &str = "SELECT s.id, s.slug, COALESCE(t.name, it.name, s.slug) AS name, \
     COALESCE(t.description, it.description, '') AS description FROM sections s \
     LEFT JOIN section_translations t ON t.section_id = s.id AND t.lang = $1 \
     LEFT JOIN section_translations it ON it.section_id = s.id AND it.lang = 'it'";

impl FromRow for Section {
    fn from_row(row: &impl Get) -> Result<Self> {
        Ok(Section {
            id: row.col("id")?,
            slug: row.col("slug")?,
            name: row.col("name")?,
            description: row.col("description")?,
        })
    }
}

impl Db {
    pub async fn section(&self, id: i64, lang: Lang) -> Result<Option<Section>> {
        self.reads().section(id, lang).await
    }

    /// Creates a section with its names unless the slug exists (first start).
    pub async fn ensure_section(
        &self,
        slug: &str,
        position: i64,
        names: &[(Lang, &str)],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO sections (slug, position, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (slug) DO NOTHING",
        )
        .bind(slug)
        .bind(position)
        .bind(Timestamp::now().0)
        .execute(&mut *tx)
        .await?;
        let id: i64 = sqlx::query_scalar("SELECT id FROM sections WHERE slug = $1")
            .bind(slug)
            .fetch_one(&mut *tx)
            .await?;
        for (lang, name) in names {
            sqlx::query(
                "INSERT INTO section_translations (section_id, lang, name) VALUES ($1, $2, $3) \
                 ON CONFLICT (section_id, lang) DO NOTHING",
            )
            .bind(id)
            .bind(lang.code())
            .bind(*name)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every section, in order, named in `lang` (Italian when missing).
    pub async fn sections(&self, lang: Lang) -> Result<Vec<Section>> {
        let sql = format!("{SELECT} ORDER BY s.position, s.id");
        self.reads().all(&sql, &[Arg::Text(lang.code())]).await
    }

    pub async fn section_by_slug(&self, slug: &str, lang: Lang) -> Result<Option<Section>> {
        let sql = format!("{SELECT} WHERE s.slug = $2");
        self.reads()
            .optional(&sql, &[Arg::Text(lang.code()), Arg::Text(slug)])
            .await
    }

    /// A section's position and its name and description per language.
    pub async fn section_texts(
        &self,
        id: i64,
    ) -> Result<Option<(i64, Vec<(Lang, String, String)>)>> {
        let Some(position): Option<i64> =
            sqlx::query_scalar("SELECT position FROM sections WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?
        else {
            return Ok(None);
        };
        let texts = sqlx::query(
            "SELECT lang, name, description FROM section_translations WHERE section_id = $1",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            let lang: String = r.try_get("lang")?;
            Ok((
                Lang::from_code(&lang).unwrap_or_default(),
                r.try_get("name")?,
                r.try_get("description")?,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(Some((position, texts)))
    }

    /// Saves a section's position and texts in one transaction; a language
    /// without a name has no version.
    pub async fn save_section(
        &self,
        id: i64,
        position: i64,
        texts: &[(Lang, String, String)],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE sections SET position = $1 WHERE id = $2")
            .bind(position)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM section_translations WHERE section_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for (lang, name, description) in texts.iter().filter(|(_, name, _)| !name.is_empty()) {
            sqlx::query(
                "INSERT INTO section_translations (section_id, lang, name, description) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(lang.code())
            .bind(name)
            .bind(description)
            .execute(&mut *tx)
            .await?;
        }
        crate::changes::record(&mut tx, crate::changes::entity::SECTION, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new section, last in order; `None` when the address is taken.
    pub async fn create_section(&self, slug: &str, name: &str) -> Result<Option<i64>> {
        let mut tx = self.begin_write().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM sections WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Ok(None);
        }
        let position: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM sections")
                .fetch_one(&mut *tx)
                .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO sections (slug, position, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug)
        .bind(position)
        .bind(Timestamp::now().0)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO section_translations (section_id, lang, name) VALUES ($1, 'it', $2)",
        )
        .bind(id)
        .bind(name)
        .execute(&mut *tx)
        .await?;
        crate::changes::record(&mut tx, crate::changes::entity::SECTION, id).await?;
        tx.commit().await?;
        Ok(Some(id))
    }
}

/// Reads that a page can make in one snapshot ([`Db::snapshot`]).
impl Reads {
    pub async fn section(&mut self, id: i64, lang: Lang) -> Result<Option<Section>> {
        let sql = format!("{SELECT} WHERE s.id = $2");
        self.optional(&sql, &[Arg::Text(lang.code()), Arg::Int(id)])
            .await
    }
}
