//! Stories: creation, saving with revisions and conflict detection, the
//! workflow state, public listings per language, old addresses.

use agoral_domain::{
    articles::{
        Article, ArticleId, ArticleListItem, ArticleState, ArticleTranslation, Author, Comment,
        Level, Revision,
    },
    lang::Lang,
    time::Timestamp,
};
use sqlx::{Row, any::AnyRow};

use crate::{
    Db, DbError, Result, flag,
    read::{Arg, FromRow, Get, Reads, Renamed},
};

/// The text of one language version, ready to store.
#[derive(Debug, Clone)]
pub struct TranslationInput<'a> {
    pub lang: Lang,
    pub slug: &'a str,
    pub title: &'a str,
    pub standfirst: &'a str,
    pub body_markdown: &'a str,
    pub body_html: &'a str,
    pub body_text: &'a str,
}

/// A new story, with its Italian text.
#[derive(Debug, Clone)]
pub struct NewArticle<'a> {
    pub section_id: Option<i64>,
    pub level: Level,
    pub created_by: i64,
    pub text: TranslationInput<'a>,
    pub is_example: bool,
    pub source_note: &'a str,
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved; the story's new version.
    Saved { version: i64 },
    /// Somebody saved since the version the editor started from.
    Conflict { current_version: i64 },
    /// Another story in the same language has this address.
    SlugTaken,
}

/// Filters of a public listing.
#[derive(Debug, Clone, Default)]
pub struct ListFilter<'a> {
    pub section_id: Option<i64>,
    pub tag_id: Option<i64>,
    pub istat_code: Option<&'a str>,
    pub level: Option<Level>,
    pub author_id: Option<i64>,
    /// Published in `[from, before)` (Unix seconds), for the monthly archive.
    pub published_between: Option<(i64, i64)>,
}

fn parse_state(value: &str) -> Result<ArticleState> {
    ArticleState::parse(value).ok_or_else(|| DbError::Corrupt {
        column: "articles.state",
        value: value.to_owned(),
    })
}

fn parse_level(value: &str) -> Result<Level> {
    Level::parse(value).ok_or_else(|| DbError::Corrupt {
        column: "articles.level",
        value: value.to_owned(),
    })
}

/// The read of a story's language versions with their search-engine
/// texts; `$bodies` gives the `body_markdown` and `body_text` columns.
macro_rules! translations_sql {
    ($bodies:literal) => {
        concat!(
            "SELECT t.article_id, t.lang, t.slug, t.title, t.standfirst, t.body_html, \
             t.word_count, t.updated_at, ",
            $bodies,
            ", COALESCE(s.seo_title, '') AS seo_title, \
             COALESCE(s.seo_description, '') AS seo_description FROM article_translations t \
             LEFT JOIN article_seo s ON s.article_id = t.article_id AND s.lang = t.lang \
             WHERE t.article_id = $1 ORDER BY t.lang"
        )
    };
}

/// The read of a story's own columns from `articles a`, with its comuni
/// (ISTAT codes, which hold no comma, in order) in the same statement:
/// every statement costs more than the lookup it makes. `string_agg` with
/// `ORDER BY` is in both PostgreSQL and SQLite (3.44 and later).
macro_rules! article_sql {
    ($from:literal) => {
        concat!(
            "SELECT a.id, a.state, a.section_id, a.level, a.version, a.source_note, \
             a.is_example, a.created_at, a.updated_at, a.published_at, a.scheduled_at, \
             a.featured_media_id, (SELECT string_agg(c.istat_code, ',' ORDER BY c.istat_code) \
             FROM article_comuni c WHERE c.article_id = a.id) AS comuni ",
            $from
        )
    };
}

impl FromRow for ArticleTranslation {
    fn from_row(row: &impl Get) -> Result<Self> {
        let lang: String = row.col("lang")?;
        Ok(ArticleTranslation {
            article_id: ArticleId(row.col("article_id")?),
            lang: Lang::from_code(&lang).unwrap_or_default(),
            slug: row.col("slug")?,
            title: row.col("title")?,
            standfirst: row.col("standfirst")?,
            body_markdown: row.text("body_markdown")?,
            body_html: row.text("body_html")?,
            body_text: row.text("body_text")?,
            word_count: row.col("word_count")?,
            updated_at: Timestamp(row.col("updated_at")?),
            seo_title: row.col("seo_title")?,
            seo_description: row.col("seo_description")?,
        })
    }
}

const LIST_COLUMNS: &str = "a.id, a.state, a.level, a.updated_at, a.published_at, a.scheduled_at, \
     a.is_example, COALESCE(t.slug, it.slug) AS slug, COALESCE(t.title, it.title) AS title, \
     COALESCE(t.standfirst, it.standfirst) AS standfirst, \
     CASE WHEN t.title IS NULL THEN 'it' ELSE t.lang END AS text_lang";

const LIST_FROM: &str = "FROM articles a \
     JOIN article_translations it ON it.article_id = a.id AND it.lang = 'it' \
     LEFT JOIN article_translations t ON t.article_id = a.id AND t.lang = $1";

/// [`LIST_COLUMNS`] and [`LIST_FROM`] for Italian, where both joins would
/// find the same text.
const ITALIAN_LIST_COLUMNS: &str = "a.id, a.state, a.level, a.updated_at, a.published_at, \
     a.scheduled_at, a.is_example, it.slug, it.title, it.standfirst, 'it' AS text_lang";

const ITALIAN_LIST_FROM: &str = "FROM articles a \
     JOIN article_translations it ON it.article_id = a.id AND it.lang = 'it'";

impl FromRow for ArticleListItem {
    fn from_row(row: &impl Get) -> Result<Self> {
        let state: String = row.col("state")?;
        let level: String = row.col("level")?;
        let text_lang: String = row.col("text_lang")?;
        Ok(ArticleListItem {
            id: ArticleId(row.col("id")?),
            state: parse_state(&state)?,
            slug: row.col("slug")?,
            title: row.col("title")?,
            standfirst: row.col("standfirst")?,
            text_lang: Lang::from_code(&text_lang).unwrap_or_default(),
            level: parse_level(&level)?,
            updated_at: Timestamp(row.col("updated_at")?),
            published_at: row.col::<Option<i64>>("published_at")?.map(Timestamp),
            scheduled_at: row.col::<Option<i64>>("scheduled_at")?.map(Timestamp),
            is_example: row.col::<i64>("is_example")? != 0,
        })
    }
}

/// A story's own columns and its comuni, read with [`article_sql!`]; the
/// byline is read apart.
impl FromRow for Article {
    fn from_row(row: &impl Get) -> Result<Self> {
        let state: String = row.col("state")?;
        let level: String = row.col("level")?;
        let comuni: Option<String> = row.col("comuni")?;
        Ok(Article {
            id: ArticleId(row.col("id")?),
            state: parse_state(&state)?,
            section_id: row.col("section_id")?,
            level: parse_level(&level)?,
            version: row.col("version")?,
            source_note: row.col("source_note")?,
            is_example: row.col::<i64>("is_example")? != 0,
            created_at: Timestamp(row.col("created_at")?),
            updated_at: Timestamp(row.col("updated_at")?),
            published_at: row.col::<Option<i64>>("published_at")?.map(Timestamp),
            scheduled_at: row.col::<Option<i64>>("scheduled_at")?.map(Timestamp),
            authors: Vec::new(),
            comuni: comuni
                .map(|codes| codes.split(',').map(str::to_owned).collect())
                .unwrap_or_default(),
            featured_media_id: row.col("featured_media_id")?,
        })
    }
}

/// A row of [`Reads::published_story`]: the story's columns (its
/// `updated_at` as `article_updated_at`) beside one of its versions', its
/// tags' ids and its byline (`None` when the list could not be read back).
struct StoryRow(Article, ArticleTranslation, Vec<i64>, Option<Vec<Author>>);

impl FromRow for StoryRow {
    fn from_row(row: &impl Get) -> Result<Self> {
        let article = Article::from_row(&Renamed {
            row,
            name: "updated_at",
            as_name: "article_updated_at",
        })?;
        let text = ArticleTranslation::from_row(row)?;
        let tags: Option<String> = row.col("tags")?;
        let authors: Option<String> = row.col("authors")?;
        Ok(StoryRow(
            article,
            text,
            tag_ids(tags.as_deref().unwrap_or(""))?,
            byline(authors.as_deref().unwrap_or("")),
        ))
    }
}

/// Between the fields of one author in a [`byline_sql!`] list.
const FIELD: char = '\u{1f}';
/// Between the authors of a [`byline_sql!`] list.
const RECORD: char = '\u{1e}';

/// A story's authors as one text, `position␟id␟slug␟name` joined by `␞`
/// (the ASCII unit and record separators, which names cannot hold: they
/// are refused as control characters): the byline comes with the story's
/// own statement instead of a statement of its own. The literals hold the
/// separators themselves, since SQLite and PostgreSQL name the function
/// that makes a character from its code differently.
macro_rules! byline_sql {
    () => {
        "(SELECT string_agg(CAST(aa.position AS TEXT) || '\u{1f}' || CAST(u.id AS TEXT) \
         || '\u{1f}' || COALESCE(p.slug, '') || '\u{1f}' || u.display_name, '\u{1e}') \
         FROM article_authors aa JOIN users u ON u.id = aa.user_id \
         LEFT JOIN author_profiles p ON p.user_id = u.id WHERE aa.article_id = a.id)"
    };
}

/// The authors of a [`byline_sql!`] list in their order (by position, then
/// id, as [`Reads::byline`] orders them), or `None` when the list is
/// not one: the byline is then read by its own statement.
fn byline(list: &str) -> Option<Vec<Author>> {
    let mut authors = list
        .split(RECORD)
        .filter(|record| !record.is_empty())
        .map(|record| {
            let mut fields = record.splitn(4, FIELD);
            let position = fields.next()?.parse::<i64>().ok()?;
            let user_id = fields.next()?.parse::<i64>().ok()?;
            let slug = fields.next()?;
            let name = fields.next()?;
            Some((
                (position, user_id),
                Author {
                    user_id,
                    name: name.to_owned(),
                    slug: (!slug.is_empty()).then(|| slug.to_owned()),
                },
            ))
        })
        .collect::<Option<Vec<_>>>()?;
    authors.sort_unstable_by_key(|(order, _)| *order);
    Some(authors.into_iter().map(|(_, author)| author).collect())
}

/// The tag ids of `position:id,position:id…` in the order of their
/// positions (the statement's `string_agg` has no order of its own).
fn tag_ids(list: &str) -> Result<Vec<i64>> {
    let corrupt = || DbError::Corrupt {
        column: "article_tags",
        value: list.to_owned(),
    };
    let mut tags = list
        .split(',')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (position, id) = pair.split_once(':').ok_or_else(corrupt)?;
            Ok((
                position.parse::<i64>().map_err(|_| corrupt())?,
                id.parse::<i64>().map_err(|_| corrupt())?,
            ))
        })
        .collect::<Result<Vec<(i64, i64)>>>()?;
    tags.sort_unstable();
    Ok(tags.into_iter().map(|(_, id)| id).collect())
}

impl FromRow for Author {
    fn from_row(row: &impl Get) -> Result<Self> {
        Ok(Author {
            user_id: row.col("id")?,
            name: row.col("display_name")?,
            slug: row.col("slug")?,
        })
    }
}

impl Db {
    /// A story with its byline and comuni.
    pub async fn article(&self, id: ArticleId) -> Result<Option<Article>> {
        self.reads().article(id).await
    }

    pub async fn article_translations(&self, id: ArticleId) -> Result<Vec<ArticleTranslation>> {
        self.reads().article_translations(id).await
    }

    /// Published stories, newest first, in `lang` where translated.
    pub async fn published_articles(
        &self,
        lang: Lang,
        filter: &ListFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ArticleListItem>> {
        self.reads()
            .published_articles(lang, filter, limit, offset)
            .await
    }

    /// Whether an address is free in a language (for suggesting `-2`, `-3`…).
    pub async fn article_slug_free(
        &self,
        lang: Lang,
        slug: &str,
        article: Option<ArticleId>,
    ) -> Result<bool> {
        let mut conn = self.pool().acquire().await?;
        Ok(!slug_used_by_other(&mut conn, lang, slug, article).await?)
    }

    /// Creates a story in draft with its Italian text, its first author and
    /// its first revision. `None` when the address is taken.
    pub async fn create_article(&self, new: &NewArticle<'_>) -> Result<Option<ArticleId>> {
        let mut tx = self.begin_write().await?;
        let Some(id) = insert_article(&mut tx, new, Timestamp::now().0).await? else {
            return Ok(None);
        };
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Saves one language version if the story is still at
    /// `expected_version`; every save is kept as a revision, and a changed
    /// address leaves the old one redirecting.
    pub async fn save_translation(
        &self,
        id: ArticleId,
        expected_version: i64,
        text: &TranslationInput<'_>,
        by: i64,
    ) -> Result<SaveOutcome> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        // Taking the version with an UPDATE locks the row on PostgreSQL and
        // the database on SQLite: two saves cannot both pass the check.
        let bumped = sqlx::query(
            "UPDATE articles SET version = version + 1, updated_at = $1 WHERE id = $2 AND version = $3",
        )
        .bind(now)
        .bind(id.0)
        .bind(expected_version)
        .execute(&mut *tx)
        .await?;
        if bumped.rows_affected() != 1 {
            let current: i64 = sqlx::query_scalar("SELECT version FROM articles WHERE id = $1")
                .bind(id.0)
                .fetch_one(&mut *tx)
                .await?;
            return Ok(SaveOutcome::Conflict {
                current_version: current,
            });
        }
        if slug_used_by_other(&mut tx, text.lang, text.slug, Some(id)).await? {
            return Ok(SaveOutcome::SlugTaken);
        }
        let old_slug: Option<String> = sqlx::query_scalar(
            "SELECT slug FROM article_translations WHERE article_id = $1 AND lang = $2",
        )
        .bind(id.0)
        .bind(text.lang.code())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(old) = old_slug.filter(|old| old != text.slug) {
            sqlx::query(
                "INSERT INTO article_slug_history (lang, slug, article_id) VALUES ($1, $2, $3) \
                 ON CONFLICT (lang, slug) DO NOTHING",
            )
            .bind(text.lang.code())
            .bind(&old)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM article_slug_history WHERE lang = $1 AND slug = $2")
            .bind(text.lang.code())
            .bind(text.slug)
            .execute(&mut *tx)
            .await?;
        write_translation(&mut tx, id.0, text, Some(by), now).await?;
        crate::changes::record(&mut tx, crate::changes::entity::ARTICLE, id.0).await?;
        tx.commit().await?;
        Ok(SaveOutcome::Saved {
            version: expected_version + 1,
        })
    }

    /// Section, level and comuni of a story.
    pub async fn update_article_meta(
        &self,
        id: ArticleId,
        section_id: Option<i64>,
        level: Level,
        comuni: &[String],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        write_article_meta(&mut tx, id, section_id, level, comuni).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The story an old address in `lang` belonged to.
    pub async fn article_by_old_slug(&self, lang: Lang, slug: &str) -> Result<Option<ArticleId>> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT article_id FROM article_slug_history WHERE lang = $1 AND slug = $2",
        )
        .bind(lang.code())
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        Ok(id.map(ArticleId))
    }

    /// Moves a story to a workflow state, with its dates, and records the
    /// comment that came with the step.
    pub async fn set_article_state(
        &self,
        id: ArticleId,
        state: ArticleState,
        scheduled_at: Option<Timestamp>,
        by: Option<i64>,
        transition: &str,
        comment: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let step = StateStep {
            state,
            scheduled_at,
            by,
            transition,
            comment,
        };
        write_article_state(&mut tx, id, &step, Timestamp::now().0).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn article_comments(&self, id: ArticleId) -> Result<Vec<Comment>> {
        let rows = sqlx::query(
            "SELECT u.display_name AS author, c.transition, c.body, c.created_at FROM article_comments c \
             LEFT JOIN users u ON u.id = c.user_id WHERE c.article_id = $1 ORDER BY c.id",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Comment {
                    author: r.try_get("author")?,
                    transition: r.try_get("transition")?,
                    body: r.try_get("body")?,
                    created_at: Timestamp(r.try_get("created_at")?),
                })
            })
            .collect()
    }

    /// Stories for the redazione's desk, newest change first; an author sees
    /// their own only.
    pub async fn desk_articles(
        &self,
        author: Option<i64>,
        limit: i64,
    ) -> Result<Vec<ArticleListItem>> {
        let sql = format!(
            "SELECT {LIST_COLUMNS} {LIST_FROM} WHERE ($2 = 0 OR EXISTS (SELECT 1 FROM article_authors aa \
             WHERE aa.article_id = a.id AND aa.user_id = $2)) ORDER BY a.updated_at DESC, a.id DESC LIMIT $3"
        );
        let rows = sqlx::query(&sql)
            .bind("it")
            .bind(author.unwrap_or(0))
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(ArticleListItem::from_row).collect()
    }

    /// Every story's id, oldest first (for rebuilding the search index).
    pub async fn all_article_ids(&self) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar("SELECT id FROM articles ORDER BY id")
            .fetch_all(self.pool())
            .await?)
    }

    /// When each published story came out, for the monthly archive.
    pub async fn publication_instants(&self) -> Result<Vec<Timestamp>> {
        let instants: Vec<i64> = sqlx::query_scalar(
            "SELECT published_at FROM articles WHERE state = 'published' \
             AND published_at IS NOT NULL ORDER BY published_at DESC",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(instants.into_iter().map(Timestamp).collect())
    }

    /// The search-engine title and description of a language version
    /// (empty when the title and standfirst serve).
    pub async fn article_seo(&self, id: ArticleId, lang: Lang) -> Result<(String, String)> {
        let row = sqlx::query(
            "SELECT seo_title, seo_description FROM article_seo WHERE article_id = $1 AND lang = $2",
        )
        .bind(id.0)
        .bind(lang.code())
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(r) => (r.try_get("seo_title")?, r.try_get("seo_description")?),
            None => (String::new(), String::new()),
        })
    }

    pub async fn save_article_seo(
        &self,
        id: ArticleId,
        lang: Lang,
        title: &str,
        description: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO article_seo (article_id, lang, seo_title, seo_description) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (article_id, lang) DO UPDATE \
             SET seo_title = excluded.seo_title, seo_description = excluded.seo_description",
        )
        .bind(id.0)
        .bind(lang.code())
        .bind(title)
        .bind(description)
        .execute(self.pool())
        .await?;
        self.record_change(crate::changes::entity::ARTICLE, id.0)
            .await?;
        Ok(())
    }

    /// Removes a story with its versions, revisions and comments. A
    /// publication job still queued for it finds nothing and does nothing.
    pub async fn delete_article(&self, id: ArticleId) -> Result<bool> {
        let result = sqlx::query("DELETE FROM articles WHERE id = $1")
            .bind(id.0)
            .execute(self.pool())
            .await?;
        self.record_change(crate::changes::entity::ARTICLE, id.0)
            .await?;
        Ok(result.rows_affected() > 0)
    }

    /// Sets (or clears) the image shown at the top of a story.
    pub async fn set_featured_media(&self, id: ArticleId, media_id: Option<i64>) -> Result<()> {
        sqlx::query("UPDATE articles SET featured_media_id = $1 WHERE id = $2")
            .bind(media_id)
            .bind(id.0)
            .execute(self.pool())
            .await?;
        self.record_change(crate::changes::entity::ARTICLE, id.0)
            .await?;
        Ok(())
    }

    /// A story's revisions in one language, newest first.
    pub async fn revisions(&self, id: ArticleId, lang: Lang) -> Result<Vec<Revision>> {
        let sql =
            format!("{REVISION_SELECT} WHERE r.article_id = $1 AND r.lang = $2 ORDER BY r.id DESC");
        let rows = sqlx::query(&sql)
            .bind(id.0)
            .bind(lang.code())
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(revision_from_row).collect()
    }

    /// One revision of a story, whatever its language.
    pub async fn revision(&self, id: ArticleId, revision: i64) -> Result<Option<Revision>> {
        let sql = format!("{REVISION_SELECT} WHERE r.article_id = $1 AND r.id = $2");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .bind(revision)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(revision_from_row).transpose()
    }
}

const REVISION_SELECT: &str = "SELECT r.id, r.article_id, r.lang, r.title, r.standfirst, \
     r.body_markdown, r.created_at, u.display_name AS created_by FROM article_revisions r \
     LEFT JOIN users u ON u.id = r.created_by";

fn revision_from_row(r: &AnyRow) -> Result<Revision> {
    let lang: String = r.try_get("lang")?;
    Ok(Revision {
        id: r.try_get("id")?,
        article_id: ArticleId(r.try_get("article_id")?),
        lang: Lang::from_code(&lang).unwrap_or_default(),
        title: r.try_get("title")?,
        standfirst: r.try_get("standfirst")?,
        body_markdown: r.try_get("body_markdown")?,
        created_at: Timestamp(r.try_get("created_at")?),
        created_by: r.try_get("created_by")?,
    })
}

/// A step of the workflow, as stored: the new state, its date, who took
/// it, the transition's name and the comment that came with it.
#[derive(Debug, Clone)]
pub struct StateStep<'a> {
    pub state: ArticleState,
    pub scheduled_at: Option<Timestamp>,
    pub by: Option<i64>,
    pub transition: &'a str,
    pub comment: &'a str,
}

/// Writes a new story in draft with its first text, author and revision,
/// inside the caller's transaction. `None` when the address is taken.
pub(crate) async fn insert_article(
    conn: &mut sqlx::AnyConnection,
    new: &NewArticle<'_>,
    now: i64,
) -> Result<Option<ArticleId>> {
    if slug_used_by_other(conn, new.text.lang, new.text.slug, None).await? {
        return Ok(None);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO articles (section_id, level, created_by, created_at, updated_at, \
         is_example, source_note) VALUES ($1, $2, $3, $4, $4, $5, $6) RETURNING id",
    )
    .bind(new.section_id)
    .bind(new.level.as_str())
    .bind(new.created_by)
    .bind(now)
    .bind(flag(new.is_example))
    .bind(new.source_note)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO article_authors (article_id, user_id, position) VALUES ($1, $2, 0)")
        .bind(id)
        .bind(new.created_by)
        .execute(&mut *conn)
        .await?;
    crate::authors::ensure_profile(conn, new.created_by).await?;
    write_translation(conn, id, &new.text, Some(new.created_by), now).await?;
    crate::changes::record(conn, crate::changes::entity::ARTICLE, id).await?;
    Ok(Some(ArticleId(id)))
}

/// Section, level and comuni of a story, inside the caller's transaction.
pub(crate) async fn write_article_meta(
    conn: &mut sqlx::AnyConnection,
    id: ArticleId,
    section_id: Option<i64>,
    level: Level,
    comuni: &[String],
) -> Result<()> {
    sqlx::query("UPDATE articles SET section_id = $1, level = $2 WHERE id = $3")
        .bind(section_id)
        .bind(level.as_str())
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM article_comuni WHERE article_id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    for code in comuni {
        sqlx::query("INSERT INTO article_comuni (article_id, istat_code) VALUES ($1, $2)")
            .bind(id.0)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    crate::changes::record(conn, crate::changes::entity::ARTICLE, id.0).await
}

/// Moves a story to a workflow state inside the caller's transaction;
/// every step is kept, with its comment if any: the story's history.
pub(crate) async fn write_article_state(
    conn: &mut sqlx::AnyConnection,
    id: ArticleId,
    step: &StateStep<'_>,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE articles SET state = $1, scheduled_at = $2, updated_at = $3, \
         published_at = CASE WHEN $1 = 'published' THEN COALESCE(published_at, $3) ELSE published_at END \
         WHERE id = $4",
    )
    .bind(step.state.as_str())
    .bind(step.scheduled_at.map(|t| t.0))
    .bind(now)
    .bind(id.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO article_comments (article_id, user_id, transition, body, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.0)
    .bind(step.by)
    .bind(step.transition)
    .bind(step.comment)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    crate::changes::record(conn, crate::changes::entity::ARTICLE, id.0).await
}

/// Whether another story has (or had) `slug` in `lang`.
async fn slug_used_by_other(
    conn: &mut sqlx::AnyConnection,

    lang: Lang,
    slug: &str,
    article: Option<ArticleId>,
) -> Result<bool> {
    let owner: Option<i64> = sqlx::query_scalar(
        "SELECT article_id FROM article_translations WHERE lang = $1 AND slug = $2",
    )
    .bind(lang.code())
    .bind(slug)
    .fetch_optional(&mut *conn)
    .await?;
    let historic: Option<i64> = sqlx::query_scalar(
        "SELECT article_id FROM article_slug_history WHERE lang = $1 AND slug = $2",
    )
    .bind(lang.code())
    .bind(slug)
    .fetch_optional(&mut *conn)
    .await?;
    let mine = |id: Option<i64>| id.is_none() || id == article.map(|a| a.0);
    Ok(!(mine(owner) && mine(historic)))
}

/// Writes (inserts or replaces) a translation and its revision.
async fn write_translation(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    text: &TranslationInput<'_>,
    by: Option<i64>,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO article_translations (article_id, lang, slug, title, standfirst, body_markdown, \
         body_html, body_text, updated_at, updated_by, word_count) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (article_id, lang) DO UPDATE SET slug = $3, title = $4, standfirst = $5, \
         body_markdown = $6, body_html = $7, body_text = $8, updated_at = $9, updated_by = $10, \
         word_count = $11",
    )
    .bind(id)
    .bind(text.lang.code())
    .bind(text.slug)
    .bind(text.title)
    .bind(text.standfirst)
    .bind(text.body_markdown)
    .bind(text.body_html)
    .bind(text.body_text)
    .bind(now)
    .bind(by)
    .bind(agoral_domain::articles::word_count(text.body_text))
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO article_revisions (article_id, lang, title, standfirst, body_markdown, created_at, \
         created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(text.lang.code())
    .bind(text.title)
    .bind(text.standfirst)
    .bind(text.body_markdown)
    .bind(now)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A published story's addresses, for the sitemap.
#[derive(Debug, Clone)]
pub struct SitemapEntry {
    pub id: ArticleId,
    pub updated_at: Timestamp,
    /// (language, address slug) of each version.
    pub slugs: Vec<(Lang, String)>,
}

impl Db {
    /// Every published story with the addresses of its versions.
    pub async fn sitemap_entries(&self) -> Result<Vec<SitemapEntry>> {
        let rows = sqlx::query(
            "SELECT a.id, a.updated_at, t.lang, t.slug FROM articles a \
             JOIN article_translations t ON t.article_id = a.id \
             WHERE a.state = 'published' ORDER BY a.published_at DESC, a.id DESC, t.lang",
        )
        .fetch_all(self.pool())
        .await?;
        let mut entries: Vec<SitemapEntry> = Vec::new();
        for row in &rows {
            let id = ArticleId(row.try_get("id")?);
            let lang: String = row.try_get("lang")?;
            let Some(lang) = Lang::from_code(&lang) else {
                continue;
            };
            let slug: String = row.try_get("slug")?;
            match entries.last_mut() {
                Some(entry) if entry.id == id => entry.slugs.push((lang, slug)),
                _ => entries.push(SitemapEntry {
                    id,
                    updated_at: Timestamp(row.try_get("updated_at")?),
                    slugs: vec![(lang, slug)],
                }),
            }
        }
        Ok(entries)
    }
}

/// What the search index needs of one language version of a story, read
/// in bulk for a rebuild.
#[derive(Debug, Clone)]
pub struct SearchSource {
    pub article_id: i64,
    pub lang: Lang,
    pub state: ArticleState,
    pub level: Level,
    pub section_slug: Option<String>,
    pub published_at: Option<Timestamp>,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub body_text: String,
    pub authors: Vec<i64>,
    pub comuni: Vec<String>,
    pub tags: Vec<String>,
}

impl Db {
    /// Every language version of the stories with ids in `[from, to]`, in
    /// four queries whatever their number.
    pub async fn search_sources(&self, from: i64, to: i64) -> Result<Vec<SearchSource>> {
        let rows = sqlx::query(
            "SELECT a.id, a.state, a.level, a.published_at, s.slug AS section_slug, t.lang, \
             t.slug, t.title, t.standfirst, t.body_text FROM articles a \
             JOIN article_translations t ON t.article_id = a.id \
             LEFT JOIN sections s ON s.id = a.section_id \
             WHERE a.id >= $1 AND a.id <= $2 ORDER BY a.id, t.lang",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        let pairs = |sql: &'static str| async move {
            sqlx::query(sql)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await
        };
        let (authors, comuni, tags) = futures::try_join!(
            pairs(
                "SELECT article_id, CAST(user_id AS TEXT) AS v FROM article_authors \
                 WHERE article_id >= $1 AND article_id <= $2 ORDER BY article_id, position"
            ),
            pairs(
                "SELECT article_id, istat_code AS v FROM article_comuni \
                 WHERE article_id >= $1 AND article_id <= $2"
            ),
            pairs(
                "SELECT g.article_id, t.slug AS v FROM article_tags g JOIN tags t ON t.id = g.tag_id \
                 WHERE g.article_id >= $1 AND g.article_id <= $2 ORDER BY g.article_id, g.position"
            ),
        )?;
        let group = |rows: &[AnyRow]| -> Result<std::collections::HashMap<i64, Vec<String>>> {
            let mut map: std::collections::HashMap<i64, Vec<String>> =
                std::collections::HashMap::new();
            for row in rows {
                map.entry(row.try_get("article_id")?)
                    .or_default()
                    .push(row.try_get("v")?);
            }
            Ok(map)
        };
        let (authors, comuni, tags) = (group(&authors)?, group(&comuni)?, group(&tags)?);
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                let state: String = row.try_get("state")?;
                let level: String = row.try_get("level")?;
                let lang: String = row.try_get("lang")?;
                Ok(SearchSource {
                    article_id: id,
                    lang: Lang::from_code(&lang).unwrap_or_default(),
                    state: parse_state(&state)?,
                    level: parse_level(&level)?,
                    section_slug: row.try_get("section_slug")?,
                    published_at: row
                        .try_get::<Option<i64>, _>("published_at")?
                        .map(Timestamp),
                    slug: row.try_get("slug")?,
                    title: row.try_get("title")?,
                    standfirst: row.try_get("standfirst")?,
                    body_text: row.try_get("body_text")?,
                    authors: authors
                        .get(&id)
                        .map(|v| v.iter().filter_map(|a| a.parse().ok()).collect())
                        .unwrap_or_default(),
                    comuni: comuni.get(&id).cloned().unwrap_or_default(),
                    tags: tags.get(&id).cloned().unwrap_or_default(),
                })
            })
            .collect()
    }
}

/// Reads that a page can make in one snapshot ([`Db::snapshot`]).
impl Reads {
    /// A story with its byline and comuni.
    pub async fn article(&mut self, id: ArticleId) -> Result<Option<Article>> {
        let article = self
            .optional::<Article>(
                article_sql!("FROM articles a WHERE a.id = $1"),
                &[Arg::Int(id.0)],
            )
            .await?;
        self.with_byline(article).await
    }

    /// A published story by its address in `lang`, with its byline, its
    /// comuni, its tags' ids (in their order) and its language versions as
    /// its public page needs them
    /// (without the Markdown source, and without the plain text when the
    /// words were counted at save time: several kilobytes each that the
    /// page does not show). The story page's first read: the story and its
    /// versions come in one statement, one row per version, since every
    /// statement costs more than the lookups it makes.
    pub async fn published_story(
        &mut self,
        lang: Lang,
        slug: &str,
    ) -> Result<Option<(Article, Vec<ArticleTranslation>, Vec<i64>)>> {
        let rows: Vec<StoryRow> = self
            .all(
                concat!(
                "SELECT t.article_id, t.lang, t.slug, t.title, t.standfirst, t.body_html, \
                 t.word_count, t.updated_at, '' AS body_markdown, \
                 CASE WHEN t.word_count IS NULL THEN t.body_text ELSE '' END AS body_text, \
                 COALESCE(s.seo_title, '') AS seo_title, \
                 COALESCE(s.seo_description, '') AS seo_description, \
                 a.id, a.state, a.section_id, a.level, a.version, a.source_note, \
                 a.is_example, a.created_at, a.updated_at AS article_updated_at, a.published_at, \
                 a.scheduled_at, a.featured_media_id, (SELECT string_agg(c.istat_code, ',') \
                 FROM article_comuni c WHERE c.article_id = a.id) AS comuni, \
                 (SELECT string_agg(CAST(g.position AS TEXT) || ':' || CAST(g.tag_id AS TEXT), ',') \
                 FROM article_tags g WHERE g.article_id = a.id) AS tags, ",
                byline_sql!(),
                " AS authors \
                 FROM article_translations f \
                 JOIN articles a ON a.id = f.article_id AND a.state = 'published' \
                 JOIN article_translations t ON t.article_id = a.id \
                 LEFT JOIN article_seo s ON s.article_id = t.article_id AND s.lang = t.lang \
                 WHERE f.lang = $1 AND f.slug = $2 ORDER BY t.lang"
                ),
                &[Arg::Text(lang.code()), Arg::Text(slug)],
            )
            .await?;
        let mut rows = rows.into_iter();
        let Some(StoryRow(mut article, first, tags, authors)) = rows.next() else {
            return Ok(None);
        };
        // Sorted here rather than in the statement, where the order would
        // cost SQLite a sorter (a temporary table) on every story page.
        article.comuni.sort_unstable();
        let mut translations = vec![first];
        translations.extend(rows.map(|StoryRow(_, text, ..)| text));
        article.authors = match authors {
            Some(authors) => authors,
            None => self.byline(article.id).await?,
        };
        Ok(Some((article, translations, tags)))
    }

    async fn with_byline(&mut self, article: Option<Article>) -> Result<Option<Article>> {
        let Some(mut article) = article else {
            return Ok(None);
        };
        article.authors = self.byline(article.id).await?;
        Ok(Some(article))
    }

    /// A story's authors, in their order.
    async fn byline(&mut self, id: ArticleId) -> Result<Vec<Author>> {
        self.all::<Author>(
            "SELECT u.id, u.display_name, p.slug FROM article_authors aa JOIN users u ON u.id = aa.user_id \
             LEFT JOIN author_profiles p ON p.user_id = u.id \
             WHERE aa.article_id = $1 ORDER BY aa.position, u.id",
            &[Arg::Int(id.0)],
        )
        .await
    }

    pub async fn article_translations(&mut self, id: ArticleId) -> Result<Vec<ArticleTranslation>> {
        self.all(
            translations_sql!("t.body_markdown, t.body_text"),
            &[Arg::Int(id.0)],
        )
        .await
    }

    /// Published stories, newest first, in `lang` where translated. The
    /// query names only the filters given, so that the planner can use the
    /// index that fits (a section's listing walks that section's stories
    /// by date, not every story).
    pub async fn published_articles(
        &mut self,
        lang: Lang,
        filter: &ListFilter<'_>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<ArticleListItem>> {
        let (mut sql, mut args) = if lang == Lang::It {
            // The Italian text is the one shown: no second join to it.
            (
                format!(
                    "SELECT {ITALIAN_LIST_COLUMNS} {ITALIAN_LIST_FROM} WHERE a.state = 'published'"
                ),
                Vec::new(),
            )
        } else {
            (
                format!("SELECT {LIST_COLUMNS} {LIST_FROM} WHERE a.state = 'published'"),
                vec![Arg::Text(lang.code())],
            )
        };
        let mut add = |condition: &str, arg| {
            args.push(arg);
            sql.push_str(" AND ");
            sql.push_str(&condition.replace('?', &format!("${}", args.len())));
        };
        if let Some(id) = filter.section_id {
            add("a.section_id = ?", Arg::Int(id));
        }
        if let Some(level) = filter.level {
            add("a.level = ?", Arg::Text(level.as_str()));
        }
        if let Some(code) = filter.istat_code {
            add(
                "EXISTS (SELECT 1 FROM article_comuni c WHERE c.article_id = a.id AND c.istat_code = ?)",
                Arg::Text(code),
            );
        }
        if let Some(id) = filter.tag_id {
            add(
                "EXISTS (SELECT 1 FROM article_tags g WHERE g.article_id = a.id AND g.tag_id = ?)",
                Arg::Int(id),
            );
        }
        if let Some(id) = filter.author_id {
            add(
                "EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.user_id = ?)",
                Arg::Int(id),
            );
        }
        if let Some((from, before)) = filter.published_between {
            add("a.published_at >= ?", Arg::Int(from));
            add("a.published_at < ?", Arg::Int(before));
        }
        let n = args.len();
        sql.push_str(&format!(
            " ORDER BY a.published_at DESC, a.id DESC LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        ));
        args.push(Arg::Int(limit));
        args.push(Arg::Int(offset));
        self.all(&sql, &args).await
    }
}

#[cfg(test)]
mod tests {
    use super::{byline, tag_ids};

    #[test]
    fn tag_ids_come_in_the_order_of_their_positions() {
        assert_eq!(tag_ids("").expect("none"), Vec::<i64>::new());
        assert_eq!(tag_ids("2:30,0:7,1:12").expect("three"), vec![7, 12, 30]);
        assert_eq!(tag_ids("0:5").expect("one"), vec![5]);
        assert!(tag_ids("0:x").is_err());
        assert!(tag_ids("7").is_err());
    }

    #[test]
    fn bylines_come_in_order_with_their_addresses() {
        assert_eq!(byline(""), Some(Vec::new()));
        let authors = byline("1\u{1f}9\u{1f}\u{1f}Amina: Sé, ٱلعربية\u{1e}0\u{1f}4\u{1f}redazione\u{1f}Redazione\u{1e}1\u{1f}3\u{1f}luca\u{1f}Luca")
            .expect("three authors");
        let names: Vec<(i64, &str, Option<&str>)> = authors
            .iter()
            .map(|a| (a.user_id, a.name.as_str(), a.slug.as_deref()))
            .collect();
        assert_eq!(
            names,
            vec![
                (4, "Redazione", Some("redazione")),
                (3, "Luca", Some("luca")),
                (9, "Amina: Sé, ٱلعربية", None),
            ]
        );
        // Not a list of authors: read by the byline's own statement.
        assert_eq!(byline("0\u{1f}x\u{1f}\u{1f}Name"), None);
        assert_eq!(byline("0\u{1f}4"), None);
        assert_eq!(byline("Redazione"), None);
    }
}
