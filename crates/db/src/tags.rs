//! Tags: created inline from the editor, named per language.

use agoral_domain::{articles::ArticleId, lang::Lang, time::Timestamp};
use sqlx::Row;

use crate::{
    Db, Result,
    read::{Arg, FromRow, Get, Reads},
};

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

impl FromRow for Tag {
    fn from_row(row: &impl Get) -> Result<Self> {
        Ok(Tag {
            id: row.col("id")?,
            slug: row.col("slug")?,
            name: row.col("name")?,
        })
    }
}

impl Db {
    pub async fn article_tags(&self, id: ArticleId, lang: Lang) -> Result<Vec<Tag>> {
        self.reads().article_tags(id, lang).await
    }

    /// Replaces a story's tags, creating the ones that do not exist yet
    /// (named in Italian), in the order given. Names and slugs are checked
    /// by the caller.
    pub async fn set_article_tags(&self, id: ArticleId, tags: &[(String, String)]) -> Result<()> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
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
        crate::changes::record(&mut tx, crate::changes::entity::ARTICLE, id.0).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn tag_by_slug(&self, slug: &str, lang: Lang) -> Result<Option<Tag>> {
        let sql = format!("{SELECT} WHERE g.slug = $2");
        self.reads()
            .optional(&sql, &[Arg::Text(lang.code()), Arg::Text(slug)])
            .await
    }

    pub async fn tag(&self, id: i64, lang: Lang) -> Result<Option<Tag>> {
        let sql = format!("{SELECT} WHERE g.id = $2");
        self.reads()
            .optional(&sql, &[Arg::Text(lang.code()), Arg::Int(id)])
            .await
    }

    /// Every tag named in `lang`, with how many stories carry it, by name.
    pub async fn tags_with_counts(&self, lang: Lang) -> Result<Vec<(Tag, i64)>> {
        let sql = format!("{SELECT} ORDER BY LOWER(COALESCE(t.name, it.name, g.slug)), g.id");
        let tags = sqlx::query(&sql)
            .bind(lang.code())
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(Tag::from_row)
            .collect::<Result<Vec<_>>>()?;
        let counts: Vec<(i64, i64)> =
            sqlx::query("SELECT tag_id, COUNT(*) AS n FROM article_tags GROUP BY tag_id")
                .fetch_all(self.pool())
                .await?
                .iter()
                .map(|r| Ok((r.try_get("tag_id")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>>>()?;
        Ok(tags
            .into_iter()
            .map(|tag| {
                let n = counts
                    .iter()
                    .find(|(id, _)| *id == tag.id)
                    .map_or(0, |(_, n)| *n);
                (tag, n)
            })
            .collect())
    }

    /// A tag's names per language, as saved.
    pub async fn tag_names(&self, id: i64) -> Result<Vec<(Lang, String)>> {
        sqlx::query("SELECT lang, name FROM tag_translations WHERE tag_id = $1")
            .bind(id)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| {
                let lang: String = r.try_get("lang")?;
                Ok((
                    Lang::from_code(&lang).unwrap_or_default(),
                    r.try_get("name")?,
                ))
            })
            .collect()
    }

    /// Replaces a tag's names; a language without a name has no version.
    pub async fn save_tag_names(&self, id: i64, names: &[(Lang, String)]) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM tag_translations WHERE tag_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for (lang, name) in names.iter().filter(|(_, name)| !name.is_empty()) {
            sqlx::query("INSERT INTO tag_translations (tag_id, lang, name) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(lang.code())
                .bind(name)
                .execute(&mut *tx)
                .await?;
        }
        crate::changes::record(&mut tx, crate::changes::entity::TAG, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Tags by address, named in `lang`, in one query.
    pub async fn tags_by_slugs(&self, slugs: &[String], lang: Lang) -> Result<Vec<Tag>> {
        if slugs.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (2..slugs.len() + 2).map(|i| format!("${i}")).collect();
        let sql = format!("{SELECT} WHERE g.slug IN ({})", placeholders.join(", "));
        let args: Vec<Arg<'_>> = std::iter::once(Arg::Text(lang.code()))
            .chain(slugs.iter().map(|slug| Arg::Text(slug)))
            .collect();
        self.reads().all(&sql, &args).await
    }
}

/// Reads that a page can make in one snapshot ([`Db::snapshot`]).
impl Reads {
    /// A story's tags in order, named in `lang`.
    pub async fn article_tags(&mut self, id: ArticleId, lang: Lang) -> Result<Vec<Tag>> {
        let sql = format!(
            "{SELECT} JOIN article_tags a ON a.tag_id = g.id WHERE a.article_id = $2 ORDER BY a.position"
        );
        self.all(&sql, &[Arg::Text(lang.code()), Arg::Int(id.0)])
            .await
    }
}
