//! Magazine sections and their names per language.

use agoral_domain::{articles::Section, lang::Lang, time::Timestamp};
use sqlx::Row;

use crate::{Db, Result};

const SELECT: &str = "SELECT s.id, s.slug, COALESCE(t.name, it.name, s.slug) AS name, \
     COALESCE(t.description, it.description, '') AS description FROM sections s \
     LEFT JOIN section_translations t ON t.section_id = s.id AND t.lang = $1 \
     LEFT JOIN section_translations it ON it.section_id = s.id AND it.lang = 'it'";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Section> {
    Ok(Section {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
    })
}

impl Db {
    /// Creates a section with its names unless the slug exists (first start).
    pub async fn ensure_section(
        &self,
        slug: &str,
        position: i64,
        names: &[(Lang, &str)],
    ) -> Result<()> {
        let mut tx = self.pool().begin().await?;
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
        let rows = sqlx::query(&sql)
            .bind(lang.code())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn section_by_slug(&self, slug: &str, lang: Lang) -> Result<Option<Section>> {
        let sql = format!("{SELECT} WHERE s.slug = $2");
        let row = sqlx::query(&sql)
            .bind(lang.code())
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn section(&self, id: i64, lang: Lang) -> Result<Option<Section>> {
        let sql = format!("{SELECT} WHERE s.id = $2");
        let row = sqlx::query(&sql)
            .bind(lang.code())
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }
}
