//! Tags: created inline from the editor, named per language.

use agoral_domain::{articles::ArticleId, lang::Lang, time::Timestamp};
use sqlx::Row;

use crate::{Db, Result};

/// A tag, named in one language (Italian when not translated).
#[derive(Debug, Clone)]
pub struct Tag {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

const SELECT: &str = "SELECT g.id, g.slug, COALESCE(t.name, it.name, g.slug) AS name FROM tags g \
     LEFT JOIN tag_translations t ON t.tag_id = g.id AND t.lang = $1 \
     LEFT JOIN tag_translations it ON it.tag_id = g.id AND it.lang = 'it'";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Tag> {
    Ok(Tag {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
    })
}

impl Db {
    /// Replaces a story's tags, creating the ones that do not exist yet
    /// (named in Italian), in the order given. Names and slugs are checked
    /// by the caller.
    pub async fn set_article_tags(&self, id: ArticleId, tags: &[(String, String)]) -> Result<()> {
        let now = Timestamp::now().0;
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM article_tags WHERE article_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        for (position, (slug, name)) in tags.iter().enumerate() {
            sqlx::query(
                "INSERT INTO tags (slug, created_at) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING",
            )
            .bind(slug)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            let tag_id: i64 = sqlx::query_scalar("SELECT id FROM tags WHERE slug = $1")
                .bind(slug)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO tag_translations (tag_id, lang, name) VALUES ($1, 'it', $2) \
                 ON CONFLICT (tag_id, lang) DO NOTHING",
            )
            .bind(tag_id)
            .bind(name)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO article_tags (article_id, tag_id, position) VALUES ($1, $2, $3) \
                 ON CONFLICT (article_id, tag_id) DO NOTHING",
            )
            .bind(id.0)
            .bind(tag_id)
            .bind(position as i64)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A story's tags in order, named in `lang`.
    pub async fn article_tags(&self, id: ArticleId, lang: Lang) -> Result<Vec<Tag>> {
        let sql = format!(
            "{SELECT} JOIN article_tags a ON a.tag_id = g.id WHERE a.article_id = $2 ORDER BY a.position"
        );
        let rows = sqlx::query(&sql)
            .bind(lang.code())
            .bind(id.0)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn tag_by_slug(&self, slug: &str, lang: Lang) -> Result<Option<Tag>> {
        let sql = format!("{SELECT} WHERE g.slug = $2");
        let row = sqlx::query(&sql)
            .bind(lang.code())
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }
}
