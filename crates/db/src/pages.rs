//! Static pages, one row per slug and language.

use agoral_domain::{
    lang::Lang,
    pages::{Page, PageInput},
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, Result};

fn from_row(row: &sqlx::any::AnyRow) -> Result<Page> {
    let lang: String = row.try_get("lang")?;
    Ok(Page {
        slug: row.try_get("slug")?,
        lang: Lang::from_code(&lang).unwrap_or_default(),
        title: row.try_get("title")?,
        body_markdown: row.try_get("body_markdown")?,
        updated_at: Timestamp(row.try_get("updated_at")?),
    })
}

impl Db {
    pub async fn page(&self, slug: &str, lang: Lang) -> Result<Option<Page>> {
        let row = sqlx::query(
            "SELECT slug, lang, title, body_markdown, updated_at FROM pages \
             WHERE slug = $1 AND lang = $2",
        )
        .bind(slug)
        .bind(lang.code())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn pages(&self) -> Result<Vec<Page>> {
        let rows = sqlx::query(
            "SELECT slug, lang, title, body_markdown, updated_at FROM pages ORDER BY slug, lang",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// Creates or replaces one language version of a page.
    pub async fn save_page(
        &self,
        slug: &str,
        lang: Lang,
        input: &PageInput,
        by: Option<i64>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO pages (slug, lang, title, body_markdown, updated_at, updated_by) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (slug, lang) DO UPDATE SET \
             title = $3, body_markdown = $4, updated_at = $5, updated_by = $6",
        )
        .bind(slug)
        .bind(lang.code())
        .bind(&input.title)
        .bind(&input.body_markdown)
        .bind(Timestamp::now().0)
        .bind(by)
        .execute(self.pool())
        .await?;
        self.record_change(crate::changes::entity::PAGE, 0).await?;
        Ok(())
    }

    /// Creates a page version only if it does not exist (first start).
    pub async fn ensure_page(&self, slug: &str, lang: Lang, input: &PageInput) -> Result<()> {
        sqlx::query(
            "INSERT INTO pages (slug, lang, title, body_markdown, updated_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug, lang) DO NOTHING",
        )
        .bind(slug)
        .bind(lang.code())
        .bind(&input.title)
        .bind(&input.body_markdown)
        .bind(Timestamp::now().0)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
