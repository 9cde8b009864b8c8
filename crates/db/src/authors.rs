//! Authors of the magazine: the byline of each story, in order, and the
//! public author page (address, photo, bio per language).

use agoral_domain::{
    articles::{ArticleId, slugify},
    lang::Lang,
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, Result};

/// An author's public page, with the bio in the language asked for (the
/// Italian one when not translated).
#[derive(Debug, Clone)]
pub struct AuthorProfile {
    pub user_id: i64,
    pub name: String,
    pub slug: String,
    pub photo_media_id: Option<i64>,
    pub bio: String,
}

/// Somebody who can sign a story (authors and editors, not disabled).
#[derive(Debug, Clone)]
pub struct Signer {
    pub user_id: i64,
    pub name: String,
}

/// Gives a user an author page if they have none: the address comes from
/// their name, made unique with `-2`, `-3`…
pub(crate) async fn ensure_profile(conn: &mut sqlx::AnyConnection, user_id: i64) -> Result<()> {
    let exists: Option<i64> =
        sqlx::query_scalar("SELECT user_id FROM author_profiles WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    if exists.is_some() {
        return Ok(());
    }
    let name: Option<String> = sqlx::query_scalar("SELECT display_name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(name) = name else { return Ok(()) };
    let mut base = slugify(&name);
    if base.is_empty() {
        base = format!("autore-{user_id}");
    }
    let mut slug = base.clone();
    let mut n = 2;
    loop {
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT user_id FROM author_profiles WHERE slug = $1")
                .bind(&slug)
                .fetch_optional(&mut *conn)
                .await?;
        if taken.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
        n += 1;
    }
    sqlx::query("INSERT INTO author_profiles (user_id, slug, updated_at) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(&slug)
        .bind(Timestamp::now().0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

impl Db {
    /// Replaces a story's byline with these people, in this order.
    pub async fn set_article_authors(&self, id: ArticleId, user_ids: &[i64]) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM article_authors WHERE article_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        for (position, user_id) in user_ids.iter().enumerate() {
            ensure_profile(&mut tx, *user_id).await?;
            sqlx::query(
                "INSERT INTO article_authors (article_id, user_id, position) VALUES ($1, $2, $3)",
            )
            .bind(id.0)
            .bind(user_id)
            .bind(position as i64)
            .execute(&mut *tx)
            .await?;
        }
        crate::changes::record(&mut tx, crate::changes::entity::ARTICLE, id.0).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Author pages for everybody who signs a story and has none (stories
    /// written before author pages existed).
    pub async fn ensure_author_profiles(&self) -> Result<()> {
        let missing: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT aa.user_id FROM article_authors aa \
             LEFT JOIN author_profiles p ON p.user_id = aa.user_id WHERE p.user_id IS NULL",
        )
        .fetch_all(self.pool())
        .await?;
        if missing.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        for user_id in missing {
            ensure_profile(&mut tx, user_id).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// People who may sign a story, by name.
    pub async fn signers(&self) -> Result<Vec<Signer>> {
        sqlx::query(
            "SELECT u.id, u.display_name FROM users u WHERE u.disabled = 0 AND EXISTS \
             (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('author', 'editor')) \
             ORDER BY u.display_name, u.id",
        )
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| {
            Ok(Signer {
                user_id: r.try_get("id")?,
                name: r.try_get("display_name")?,
            })
        })
        .collect()
    }

    async fn author_profile_where(
        &self,
        clause: &str,
        value: &str,
        lang: Lang,
    ) -> Result<Option<AuthorProfile>> {
        let sql = format!(
            "SELECT p.user_id, u.display_name, p.slug, p.photo_media_id, \
             COALESCE(NULLIF(b.bio, ''), it.bio, '') AS bio FROM author_profiles p \
             JOIN users u ON u.id = p.user_id \
             LEFT JOIN author_bios b ON b.user_id = p.user_id AND b.lang = $2 \
             LEFT JOIN author_bios it ON it.user_id = p.user_id AND it.lang = 'it' \
             WHERE {clause}"
        );
        let Some(row) = sqlx::query(&sql)
            .bind(value)
            .bind(lang.code())
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(None);
        };
        Ok(Some(AuthorProfile {
            user_id: row.try_get("user_id")?,
            name: row.try_get("display_name")?,
            slug: row.try_get("slug")?,
            photo_media_id: row.try_get("photo_media_id")?,
            bio: row.try_get("bio")?,
        }))
    }

    pub async fn author_by_slug(&self, slug: &str, lang: Lang) -> Result<Option<AuthorProfile>> {
        self.author_profile_where("p.slug = $1", slug, lang).await
    }

    /// A user's own author page, created on first use.
    pub async fn author_profile(&self, user_id: i64) -> Result<Option<AuthorProfile>> {
        let mut conn = self.pool().acquire().await?;
        ensure_profile(&mut conn, user_id).await?;
        drop(conn);
        self.author_profile_where(
            "p.user_id = CAST($1 AS BIGINT)",
            &user_id.to_string(),
            Lang::It,
        )
        .await
    }

    /// The bio in every language written so far.
    pub async fn author_bios(&self, user_id: i64) -> Result<Vec<(Lang, String)>> {
        sqlx::query("SELECT lang, bio FROM author_bios WHERE user_id = $1 ORDER BY lang")
            .bind(user_id)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| {
                let lang: String = r.try_get("lang")?;
                Ok((
                    Lang::from_code(&lang).unwrap_or_default(),
                    r.try_get("bio")?,
                ))
            })
            .collect()
    }

    /// Saves an author's photo and bios (an empty bio removes that language).
    pub async fn save_author_profile(
        &self,
        user_id: i64,
        photo_media_id: Option<i64>,
        bios: &[(Lang, String)],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        ensure_profile(&mut tx, user_id).await?;
        sqlx::query(
            "UPDATE author_profiles SET photo_media_id = $1, updated_at = $2 WHERE user_id = $3",
        )
        .bind(photo_media_id)
        .bind(Timestamp::now().0)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM author_bios WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for (lang, bio) in bios.iter().filter(|(_, bio)| !bio.is_empty()) {
            sqlx::query("INSERT INTO author_bios (user_id, lang, bio) VALUES ($1, $2, $3)")
                .bind(user_id)
                .bind(lang.code())
                .bind(bio)
                .execute(&mut *tx)
                .await?;
        }
        crate::changes::record(&mut tx, crate::changes::entity::AUTHOR, user_id).await?;
        tx.commit().await?;
        Ok(())
    }
}
