//! The redazione's actions on items of the queue. Each is one transaction
//! that starts with a conditional `UPDATE` on the states the action applies
//! to, so two editors acting at once cannot both succeed, and ends with the
//! entry in the item's history. [`Db::apply_intake_action`] carries out an
//! [`Authorised`] action, the proof that its author may take it.

use agoral_domain::{
    articles::{ArticleId, ArticleState},
    intake::{
        IntakeId, IntakeStatus,
        action::{Authorised, IntakeAction},
    },
    time::Timestamp,
};

use super::{ArticleSource, insert_note, write_source};
use crate::{
    Db, Result,
    articles::{NewArticle, StateStep, insert_article, write_article_meta, write_article_state},
    jobs::{NewJob, insert_job},
};

/// What became of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionOutcome {
    Done,
    /// A story was made from the item.
    StoryMade(ArticleId),
    /// The item was no longer in a state the action applies to: another
    /// editor acted first. Nothing was written.
    Gone,
    /// The story's address is taken. Nothing was written.
    SlugTaken,
    /// The item named as the original does not exist. Nothing was written.
    NoSuchOriginal,
}

/// The story an item becomes, prepared by the caller (its text rendered,
/// its address chosen).
#[derive(Debug, Clone)]
pub struct StoryFromItem<'a> {
    pub article: NewArticle<'a>,
    pub comuni: &'a [String],
    pub source: ArticleSource,
    /// For a press release published as it was written: at once, or at its
    /// embargo by the job that publishes it then. `None` for a draft.
    pub publication: Option<Publication>,
}

/// When a story made from an item goes public.
#[derive(Debug, Clone)]
pub enum Publication {
    Now,
    /// Scheduled at `at`, and published then by the job that `job` makes
    /// for the story: its kind and payload.
    At {
        at: Timestamp,
        job: fn(ArticleId, Timestamp) -> (&'static str, String),
    },
}

impl Db {
    /// Carries out an authorised action, all or nothing. `story` is the
    /// story to make for [`IntakeAction::Draft`] and
    /// [`IntakeAction::PublishVerbatim`], and is not read otherwise.
    pub async fn apply_intake_action(
        &self,
        action: &Authorised,
        story: Option<&StoryFromItem<'_>>,
    ) -> Result<ActionOutcome> {
        let (id, by) = (action.item(), action.by().0);
        let done = |ok: bool| {
            if ok {
                ActionOutcome::Done
            } else {
                ActionOutcome::Gone
            }
        };
        Ok(match action.action() {
            IntakeAction::Verify => done(
                self.set_intake_status(
                    id,
                    action.action().applies_to(),
                    IntakeStatus::New,
                    Some(by),
                    "verified",
                    None,
                )
                .await?,
            ),
            IntakeAction::Reject { reason } => done(
                self.set_intake_status(
                    id,
                    action.action().applies_to(),
                    IntakeStatus::Rejected,
                    Some(by),
                    "rejected",
                    Some(reason),
                )
                .await?,
            ),
            IntakeAction::Assign { to } => {
                done(self.assign_intake_item(id, to.map(|u| u.0), by).await?)
            }
            IntakeAction::Note { text } => {
                self.add_intake_note(id, Some(by), "note", text).await?;
                ActionOutcome::Done
            }
            IntakeAction::Duplicate { of } => {
                if self.mark_intake_duplicate(id, *of, by).await? {
                    ActionOutcome::Done
                } else {
                    ActionOutcome::NoSuchOriginal
                }
            }
            IntakeAction::AcceptPractice => done(self.accept_good_practice(id, by).await?),
            IntakeAction::Draft | IntakeAction::PublishVerbatim => match story {
                Some(story) => self.make_story_from_item(id, by, story).await?,
                None => ActionOutcome::Gone,
            },
        })
    }

    /// Makes a story from an item in one transaction: the story with its
    /// text, comuni and source, the item linked to it and marked taken (a
    /// draft) or published, the step of the story's workflow and the job
    /// that publishes it at its embargo. Another editor who made a story
    /// from the same item first leaves nothing written here.
    async fn make_story_from_item(
        &self,
        item: IntakeId,
        by: i64,
        story: &StoryFromItem<'_>,
    ) -> Result<ActionOutcome> {
        let now = Timestamp::now().0;
        let mut tx = self.begin_write().await?;
        let Some(article) = insert_article(&mut tx, &story.article, now).await? else {
            return Ok(ActionOutcome::SlugTaken);
        };
        if !story.comuni.is_empty() {
            let new = &story.article;
            write_article_meta(&mut tx, article, new.section_id, new.level, story.comuni).await?;
        }
        let to = match story.publication {
            Some(_) => IntakeStatus::Published,
            None => IntakeStatus::Taken,
        };
        let linked = sqlx::query(
            "UPDATE intake_items SET article_id = $1, status = $2, updated_at = $3, \
             closed_at = $4, assigned_to = COALESCE(assigned_to, $5) \
             WHERE id = $6 AND article_id IS NULL AND status IN ('new', 'taken')",
        )
        .bind(article.0)
        .bind(to.as_str())
        .bind(now)
        .bind(to.is_closed().then_some(now))
        .bind(by)
        .bind(item.0)
        .execute(&mut *tx)
        .await?;
        if linked.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(ActionOutcome::Gone);
        }
        write_source(&mut tx, article.0, &story.source).await?;
        let step = |state, scheduled_at, transition| StateStep {
            state,
            scheduled_at,
            by: Some(by),
            transition,
            comment: "",
        };
        match &story.publication {
            None => {}
            Some(Publication::Now) => {
                let published = step(ArticleState::Published, None, "publish");
                write_article_state(&mut tx, article, &published, now).await?;
            }
            Some(Publication::At { at, job }) => {
                let scheduled = step(ArticleState::Scheduled, Some(*at), "schedule");
                write_article_state(&mut tx, article, &scheduled, now).await?;
                let (kind, payload) = job(article, *at);
                let job = NewJob {
                    kind,
                    payload: &payload,
                    run_at: *at,
                };
                insert_job(&mut tx, &job).await?;
            }
        }
        let event = match to {
            IntakeStatus::Published => "published",
            _ => "drafted",
        };
        insert_note(
            &mut tx,
            item.0,
            Some(by),
            event,
            &article.0.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(ActionOutcome::StoryMade(article))
    }

    /// Moves an item from one of `from` to `to`, recording `event` (and an
    /// optional text) in its history; `reason` is kept on the item (a
    /// rejection's). `false` when the item was not in one of `from`.
    pub async fn set_intake_status(
        &self,
        id: IntakeId,
        from: &[IntakeStatus],
        to: IntakeStatus,
        by: Option<i64>,
        event: &str,
        reason: Option<&str>,
    ) -> Result<bool> {
        let now = Timestamp::now().0;
        let allowed: Vec<String> = (0..from.len()).map(|i| format!("${}", i + 5)).collect();
        let sql = format!(
            "UPDATE intake_items SET status = $1, updated_at = $2, closed_at = $3, \
             reason = COALESCE($4, reason) WHERE id = ${} AND status IN ({})",
            from.len() + 5,
            allowed.join(", ")
        );
        let mut query = sqlx::query(&sql)
            .bind(to.as_str())
            .bind(now)
            .bind(to.is_closed().then_some(now))
            .bind(reason);
        for status in from {
            query = query.bind(status.as_str());
        }
        let Some(tx) = self.begin_action(query.bind(id.0)).await? else {
            return Ok(false);
        };
        finish_action(tx, id.0, by, event, reason.unwrap_or_default(), now).await
    }

    /// Marks an open item as a duplicate of another.
    pub async fn mark_intake_duplicate(&self, id: IntakeId, of: IntakeId, by: i64) -> Result<bool> {
        let now = Timestamp::now().0;
        let update = sqlx::query(
            "UPDATE intake_items SET status = 'duplicate', duplicate_of = $1, updated_at = $2, \
             closed_at = $2 WHERE id = $3 AND id <> $1 \
             AND status IN ('new', 'to_verify', 'taken') \
             AND EXISTS (SELECT 1 FROM intake_items o WHERE o.id = $1)",
        )
        .bind(of.0)
        .bind(now)
        .bind(id.0);
        let Some(tx) = self.begin_action(update).await? else {
            return Ok(false);
        };
        let body = format!("#{}", of.0);
        finish_action(tx, id.0, Some(by), "duplicate", &body, now).await
    }

    /// Assigns an item to an editor (or to nobody); an item assigned is
    /// taken: its sender can no longer edit it.
    pub async fn assign_intake_item(&self, id: IntakeId, to: Option<i64>, by: i64) -> Result<bool> {
        let now = Timestamp::now().0;
        let update = sqlx::query(
            "UPDATE intake_items SET assigned_to = $1, updated_at = $2, \
             status = CASE WHEN $1 IS NULL THEN status ELSE 'taken' END \
             WHERE id = $3 AND status IN ('new', 'taken')",
        )
        .bind(to)
        .bind(now)
        .bind(id.0);
        let Some(tx) = self.begin_action(update).await? else {
            return Ok(false);
        };
        let body = to.map(|u| u.to_string()).unwrap_or_default();
        finish_action(tx, id.0, Some(by), "assigned", &body, now).await
    }

    pub async fn add_intake_note(
        &self,
        id: IntakeId,
        by: Option<i64>,
        event: &str,
        body: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        insert_note(&mut tx, id.0, by, event, body, Timestamp::now().0).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Accepts a good practice as a public record (and closes its item).
    pub async fn accept_good_practice(&self, id: IntakeId, by: i64) -> Result<bool> {
        let now = Timestamp::now().0;
        let update = sqlx::query(
            "UPDATE intake_items SET status = 'accepted', updated_at = $1, closed_at = $1 \
             WHERE id = $2 AND kind = 'buona_pratica' AND status IN ('new', 'taken') \
             AND EXISTS (SELECT 1 FROM good_practices g WHERE g.item_id = $2)",
        )
        .bind(now)
        .bind(id.0);
        let Some(mut tx) = self.begin_action(update).await? else {
            return Ok(false);
        };
        sqlx::query(
            "UPDATE good_practices SET accepted_at = $1, accepted_by = $2 WHERE item_id = $3",
        )
        .bind(now)
        .bind(by)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        finish_action(tx, id.0, Some(by), "accepted", "", now).await
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

impl Db {
    /// The start of every queue action: a conditional UPDATE of one item,
    /// whose WHERE says which states the action applies to, in a new
    /// transaction. `None` (nothing written) when the item was not in one
    /// of them: another editor acted first, or the action does not apply.
    pub(super) async fn begin_action(
        &self,
        update: AnyQuery<'_>,
    ) -> Result<Option<sqlx::Transaction<'static, sqlx::Any>>> {
        let mut tx = self.begin_write().await?;
        if update.execute(&mut *tx).await?.rows_affected() != 1 {
            return Ok(None);
        }
        Ok(Some(tx))
    }
}

/// The end of every queue action: the entry in the item's history, and
/// the commit.
pub(super) async fn finish_action(
    mut tx: sqlx::Transaction<'static, sqlx::Any>,
    item: i64,
    author: Option<i64>,
    event: &str,
    body: &str,
    now: i64,
) -> Result<bool> {
    insert_note(&mut tx, item, author, event, body, now).await?;
    tx.commit().await?;
    Ok(true)
}
