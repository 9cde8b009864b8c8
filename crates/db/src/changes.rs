//! The change feed: a monotonic sequence of "entity changed" rows, written
//! by every change to what readers see, in the same transaction when there
//! is one. Instances follow it to keep their search index and page cache
//! exact; see `agoral_web::follow`.

use agoral_domain::time::Timestamp;
use sqlx::Row;

use crate::{Db, Result};

/// What changed.
pub mod entity {
    pub const ARTICLE: &str = "article";
    pub const PAGE: &str = "page";
    pub const SECTION: &str = "section";
    pub const TAG: &str = "tag";
    pub const MEDIA: &str = "media";
    pub const AUTHOR: &str = "author";
    pub const SERVICE: &str = "service";
    /// A dataset of the Osservatorio, a new version of it, or one of its charts.
    pub const DATASET: &str = "dataset";
    /// A good practice accepted as a public record, or withdrawn from it.
    pub const GOOD_PRACTICE: &str = "good_practice";
    /// Everything at once (a restore, reference data).
    pub const ALL: &str = "all";
}

/// One row of the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: i64,
}

/// Writes a change on a connection (inside the caller's transaction).
pub(crate) async fn record(
    conn: &mut sqlx::AnyConnection,
    entity: &str,
    entity_id: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO changes (entity, entity_id, changed_at) VALUES ($1, $2, $3)")
        .bind(entity)
        .bind(entity_id)
        .bind(Timestamp::now().0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

impl Db {
    /// Writes a change on its own (for writes without a transaction).
    pub async fn record_change(&self, entity: &str, entity_id: i64) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        record(&mut conn, entity, entity_id).await
    }

    /// Changes with a sequence number above `after`, oldest first.
    pub async fn changes_after(&self, after: i64, limit: i64) -> Result<Vec<Change>> {
        sqlx::query(
            "SELECT seq, entity, entity_id FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(change_of)
        .collect()
    }

    /// Changes with a sequence number above `after` or among `missing`,
    /// oldest first: what a follower has not seen (see `follow.rs`).
    pub async fn changes_since(
        &self,
        after: i64,
        missing: &[i64],
        limit: i64,
    ) -> Result<Vec<Change>> {
        let mut sql = String::from("SELECT seq, entity, entity_id FROM changes WHERE seq > $1");
        if !missing.is_empty() {
            let placeholders: Vec<String> =
                (0..missing.len()).map(|i| format!("${}", i + 3)).collect();
            sql.push_str(" OR seq IN (");
            sql.push_str(&placeholders.join(", "));
            sql.push(')');
        }
        sql.push_str(" ORDER BY seq LIMIT $2");
        let mut query = sqlx::query(&sql).bind(after).bind(limit);
        for seq in missing {
            query = query.bind(*seq);
        }
        query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(change_of)
            .collect()
    }

    /// The newest sequence number (0 when the feed is empty).
    pub async fn last_change_seq(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM changes")
                .fetch_one(self.pool())
                .await?,
        )
    }

    /// Removes changes older than `before` (every running instance has
    /// followed them), always keeping the newest: an instance that comes
    /// back after a long stop compares its position with the oldest row
    /// left ([`Db::first_change_seq`]) to know whether it missed some.
    pub async fn prune_changes(&self, before: Timestamp) -> Result<u64> {
        let result = sqlx::query(
            "DELETE FROM changes WHERE changed_at < $1 \
             AND seq < (SELECT COALESCE(MAX(seq), 0) FROM changes)",
        )
        .bind(before.0)
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected())
    }

    /// The oldest sequence number still in the feed, if any.
    pub async fn first_change_seq(&self) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar("SELECT MIN(seq) FROM changes")
            .fetch_one(self.pool())
            .await?)
    }
}

fn change_of(row: &sqlx::any::AnyRow) -> Result<Change> {
    Ok(Change {
        seq: row.try_get("seq")?,
        entity: row.try_get("entity")?,
        entity_id: row.try_get("entity_id")?,
    })
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_follower_gets_what_is_new_and_the_numbers_it_missed() {
        let (_dir, db) = crate::testing::file_db().await;
        for id in 1..=5 {
            db.record_change("article", id).await.expect("record");
        }
        let seqs = |changes: Vec<super::Change>| changes.iter().map(|c| c.seq).collect::<Vec<_>>();
        let all = seqs(db.changes_after(0, 10).await.expect("read"));
        assert_eq!(all.len(), 5);
        let (first, third) = (all[0], all[2]);
        let fresh = db.changes_since(third, &[first], 10).await.expect("read");
        assert_eq!(seqs(fresh), vec![first, all[3], all[4]]);
        let none_missing = db.changes_since(third, &[], 10).await.expect("read");
        assert_eq!(seqs(none_missing), vec![all[3], all[4]]);
        // The limit counts from the oldest.
        let limited = db.changes_since(0, &[], 2).await.expect("read");
        assert_eq!(seqs(limited), vec![first, all[1]]);
    }
}
