//! Institutional feeds of the organisations, and the items already seen.

use agoral_domain::{
    feeds::{Feed, FeedId, FeedStatus, PollRecord, next_delay_seconds},
    organisations::OrganisationId,
    time::Timestamp,
};
use sqlx::Row;

use crate::{Db, DbError, Result, flag};

const COLUMNS: &str = "id, organisation_id, url, interval_minutes, allow_private, etag, \
    last_modified, last_checked_at, last_success_at, last_status, last_error, failures, \
    next_check_at, items_received";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Feed> {
    let status: Option<String> = row.try_get("last_status")?;
    Ok(Feed {
        id: FeedId(row.try_get("id")?),
        organisation_id: OrganisationId(row.try_get("organisation_id")?),
        url: row.try_get("url")?,
        interval_minutes: row.try_get("interval_minutes")?,
        allow_private: row.try_get::<i64, _>("allow_private")? != 0,
        etag: row.try_get("etag")?,
        last_modified: row.try_get("last_modified")?,
        last_checked_at: row
            .try_get::<Option<i64>, _>("last_checked_at")?
            .map(Timestamp),
        last_success_at: row
            .try_get::<Option<i64>, _>("last_success_at")?
            .map(Timestamp),
        last_status: match status {
            None => None,
            Some(code) => Some(FeedStatus::parse(&code).ok_or(DbError::Corrupt {
                column: "organisation_feeds.last_status",
                value: code.clone(),
            })?),
        },
        last_error: row.try_get("last_error")?,
        failures: row.try_get("failures")?,
        next_check_at: Timestamp(row.try_get("next_check_at")?),
        items_received: row.try_get("items_received")?,
    })
}

impl Db {
    /// Adds a feed, due at once. `None` when the organisation already has
    /// this address.
    pub async fn create_feed(
        &self,
        organisation: OrganisationId,
        url: &str,
        interval_minutes: i64,
        allow_private: bool,
    ) -> Result<Option<FeedId>> {
        let now = Timestamp::now().0;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO organisation_feeds (organisation_id, url, interval_minutes, \
             allow_private, next_check_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, \
             $5, $5) ON CONFLICT (organisation_id, url) DO NOTHING RETURNING id",
        )
        .bind(organisation.0)
        .bind(url)
        .bind(interval_minutes)
        .bind(flag(allow_private))
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(id.map(FeedId))
    }

    /// The organisation's feeds, in the order they were added.
    pub async fn feeds_of(&self, organisation: OrganisationId) -> Result<Vec<Feed>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM organisation_feeds WHERE organisation_id = $1 ORDER BY id"
        );
        let rows = sqlx::query(&sql)
            .bind(organisation.0)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn feed(&self, id: FeedId) -> Result<Option<Feed>> {
        let sql = format!("SELECT {COLUMNS} FROM organisation_feeds WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Changes the interval and whether private addresses may be reached.
    /// A feed waiting longer than its new interval is brought forward.
    pub async fn update_feed(
        &self,
        id: FeedId,
        interval_minutes: i64,
        allow_private: bool,
    ) -> Result<bool> {
        let now = Timestamp::now().0;
        let result = sqlx::query(
            "UPDATE organisation_feeds SET interval_minutes = $1, allow_private = $2, \
             next_check_at = CASE WHEN next_check_at > $3 THEN $3 ELSE next_check_at END, \
             updated_at = $4 WHERE id = $5",
        )
        .bind(interval_minutes)
        .bind(flag(allow_private))
        .bind(now + interval_minutes * 60)
        .bind(now)
        .bind(id.0)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Removes a feed and its seen items.
    pub async fn delete_feed(&self, id: FeedId) -> Result<bool> {
        let result = sqlx::query("DELETE FROM organisation_feeds WHERE id = $1")
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Feeds due at `now`, the longest waiting first, with the time each
    /// was due (which a claim must match).
    pub async fn due_feeds(&self, now: Timestamp, limit: i64) -> Result<Vec<(FeedId, Timestamp)>> {
        let rows = sqlx::query(
            "SELECT id, next_check_at FROM organisation_feeds WHERE next_check_at <= $1 \
             ORDER BY next_check_at, id LIMIT $2",
        )
        .bind(now.0)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    FeedId(r.try_get("id")?),
                    Timestamp(r.try_get("next_check_at")?),
                ))
            })
            .collect()
    }

    /// Claims a feed for one poll by moving its due time to `until` (a
    /// lease: a poll that dies leaves the feed due again then). Only the
    /// instance whose update finds the due time it read gets `true`, so
    /// two instances never poll one feed at once.
    pub async fn claim_feed(&self, id: FeedId, due: Timestamp, until: Timestamp) -> Result<bool> {
        let result = sqlx::query(
            "UPDATE organisation_feeds SET next_check_at = $1 WHERE id = $2 AND next_check_at = $3",
        )
        .bind(until.0)
        .bind(id.0)
        .bind(due.0)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// Writes what a poll came to, and schedules the next one: the interval
    /// after a success, a backoff after failures.
    pub async fn record_feed_poll(&self, feed: &Feed, record: &PollRecord) -> Result<Timestamp> {
        let failures = record.failures_after(feed.failures);
        let next = record
            .checked_at
            .plus_seconds(next_delay_seconds(feed.interval_minutes, failures));
        let success = (!record.status.is_failure()).then_some(record.checked_at.0);
        let (replace, etag, last_modified) = match &record.validators {
            Some((etag, modified)) => (1i64, etag.clone(), modified.clone()),
            None => (0, None, None),
        };
        sqlx::query(
            "UPDATE organisation_feeds SET last_checked_at = $1, \
             last_success_at = COALESCE($2, last_success_at), last_status = $3, last_error = $4, \
             failures = $5, next_check_at = $6, items_received = items_received + $7, \
             etag = CASE WHEN $8 = 1 THEN $9 ELSE etag END, \
             last_modified = CASE WHEN $8 = 1 THEN $10 ELSE last_modified END \
             WHERE id = $11",
        )
        .bind(record.checked_at.0)
        .bind(success)
        .bind(record.status.as_str())
        .bind(&record.detail)
        .bind(failures)
        .bind(next.0)
        .bind(record.received)
        .bind(replace)
        .bind(etag)
        .bind(last_modified)
        .bind(feed.id.0)
        .execute(self.pool())
        .await?;
        Ok(next)
    }

    /// Whether an item with this id, or this link, came through the feed
    /// before.
    pub async fn feed_item_seen(
        &self,
        feed: FeedId,
        item_id: &str,
        link: Option<&str>,
    ) -> Result<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM feed_seen_items WHERE feed_id = $1 AND (item_id = $2 OR link = $3) \
             LIMIT 1",
        )
        .bind(feed.0)
        .bind(item_id)
        .bind(link)
        .fetch_optional(self.pool())
        .await?;
        Ok(found.is_some())
    }

    pub async fn mark_feed_item_seen(
        &self,
        feed: FeedId,
        item_id: &str,
        link: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO feed_seen_items (feed_id, item_id, link, first_seen_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(feed.0)
        .bind(item_id)
        .bind(link)
        .bind(at.0)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
