//! Forms sent after a session expired, kept for their author, and the
//! editor's automatic drafts.

use agoral_domain::{lang::Lang, time::Timestamp};
use sqlx::Row;

use crate::{Db, Result};

/// A kept form: where it was going and what it carried.
#[derive(Debug, Clone)]
pub struct KeptSubmission {
    pub id: i64,
    pub path: String,
    /// The URL-encoded body as sent.
    pub body: String,
    pub created_at: Timestamp,
}

/// An automatic draft of one language version.
#[derive(Debug, Clone)]
pub struct Autosave {
    pub title: String,
    pub standfirst: String,
    pub body_markdown: String,
    pub saved_at: Timestamp,
}

impl Db {
    /// Keeps a form; returns its id.
    pub async fn keep_submission(
        &self,
        user_id: i64,
        path: &str,
        body: &str,
        expires_at: Timestamp,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO kept_submissions (user_id, path, body, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(user_id)
        .bind(path)
        .bind(body)
        .bind(Timestamp::now().0)
        .bind(expires_at.0)
        .fetch_one(self.pool())
        .await?)
    }

    /// A kept form, only for the person who sent it, until it expires.
    pub async fn kept_submission(&self, id: i64, user_id: i64) -> Result<Option<KeptSubmission>> {
        let row = sqlx::query(
            "SELECT id, path, body, created_at FROM kept_submissions \
             WHERE id = $1 AND user_id = $2 AND expires_at > $3",
        )
        .bind(id)
        .bind(user_id)
        .bind(Timestamp::now().0)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(KeptSubmission {
                id: r.try_get("id")?,
                path: r.try_get("path")?,
                body: r.try_get("body")?,
                created_at: Timestamp(r.try_get("created_at")?),
            })
        })
        .transpose()
    }

    pub async fn delete_kept_submission(&self, id: i64, user_id: i64) -> Result<()> {
        sqlx::query("DELETE FROM kept_submissions WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Kept forms waiting for a person (shown on their dashboard): (id, when).
    pub async fn kept_submissions_of(&self, user_id: i64) -> Result<Vec<(i64, Timestamp)>> {
        sqlx::query(
            "SELECT id, created_at FROM kept_submissions WHERE user_id = $1 AND expires_at > $2 \
             ORDER BY id DESC",
        )
        .bind(user_id)
        .bind(Timestamp::now().0)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, Timestamp(r.try_get("created_at")?))))
        .collect()
    }

    pub async fn delete_expired_kept_submissions(&self) -> Result<u64> {
        let result = sqlx::query("DELETE FROM kept_submissions WHERE expires_at <= $1")
            .bind(Timestamp::now().0)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected())
    }

    pub async fn save_autosave(
        &self,
        article_id: i64,
        lang: Lang,
        user_id: i64,
        text: &Autosave,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO article_autosaves (article_id, lang, user_id, title, standfirst, \
             body_markdown, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (article_id, lang, user_id) DO UPDATE SET title = excluded.title, \
             standfirst = excluded.standfirst, body_markdown = excluded.body_markdown, \
             saved_at = excluded.saved_at",
        )
        .bind(article_id)
        .bind(lang.code())
        .bind(user_id)
        .bind(&text.title)
        .bind(&text.standfirst)
        .bind(&text.body_markdown)
        .bind(text.saved_at.0)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn autosave(
        &self,
        article_id: i64,
        lang: Lang,
        user_id: i64,
    ) -> Result<Option<Autosave>> {
        let row = sqlx::query(
            "SELECT title, standfirst, body_markdown, saved_at FROM article_autosaves \
             WHERE article_id = $1 AND lang = $2 AND user_id = $3",
        )
        .bind(article_id)
        .bind(lang.code())
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Autosave {
                title: r.try_get("title")?,
                standfirst: r.try_get("standfirst")?,
                body_markdown: r.try_get("body_markdown")?,
                saved_at: Timestamp(r.try_get("saved_at")?),
            })
        })
        .transpose()
    }

    /// Drops a person's automatic draft once they have saved for real.
    pub async fn delete_autosave(&self, article_id: i64, lang: Lang, user_id: i64) -> Result<()> {
        sqlx::query(
            "DELETE FROM article_autosaves WHERE article_id = $1 AND lang = $2 AND user_id = $3",
        )
        .bind(article_id)
        .bind(lang.code())
        .bind(user_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
