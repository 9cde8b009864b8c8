//! The database-backed job queue.
//!
//! A worker claims the oldest due job by writing a lease (`locked_by`,
//! `locked_until`) in a single `UPDATE … RETURNING`: on PostgreSQL the inner
//! select uses `FOR UPDATE SKIP LOCKED`, so several instances never take the
//! same job; SQLite has one writer at a time, which gives the same guarantee.
//! A lease that runs out (the instance died) makes the job due again, so jobs
//! survive restarts. Jobs must therefore be idempotent.

use agoral_domain::{jobs::backoff_seconds, time::Timestamp};
use sqlx::Row;

use crate::{Backend, Db, Result};

/// The lease a job gets each time it reports progress.
pub const PROGRESS_LEASE_SECONDS: i64 = 300;

/// A claimed job.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    /// JSON arguments of the job.
    pub payload: String,
    /// Attempts including the current one.
    pub attempts: i64,
    pub max_attempts: i64,
}

/// Queue figures for `/metrics`.
#[derive(Debug, Clone, Copy, Default)]
pub struct JobCounts {
    pub pending: i64,
    pub running: i64,
    pub failed: i64,
    pub done: i64,
}

impl Db {
    /// Adds a job due at `run_at`.
    pub async fn enqueue_job(&self, kind: &str, payload: &str, run_at: Timestamp) -> Result<i64> {
        let mut conn = self.pool().acquire().await?;
        let job = NewJob {
            kind,
            payload,
            run_at,
        };
        insert_job(&mut conn, &job).await
    }

    /// Claims the oldest due job for `worker` for `lease_seconds`.
    pub async fn claim_job(&self, worker: &str, lease_seconds: i64) -> Result<Option<Job>> {
        let now = Timestamp::now().0;
        let lock = match self.backend() {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE jobs SET locked_by = $1, locked_until = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM jobs WHERE finished_at IS NULL AND run_at <= $3 \
             AND (locked_until IS NULL OR locked_until < $3) ORDER BY run_at, id LIMIT 1 {lock}) \
             RETURNING id, kind, payload, attempts, max_attempts"
        );
        let row = sqlx::query(&sql)
            .bind(worker)
            .bind(now + lease_seconds)
            .bind(now)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            Ok(Job {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                payload: row.try_get("payload")?,
                attempts: row.try_get("attempts")?,
                max_attempts: row.try_get("max_attempts")?,
            })
        })
        .transpose()
    }

    pub async fn complete_job(&self, id: i64) -> Result<()> {
        sqlx::query(
            "UPDATE jobs SET finished_at = $1, locked_by = NULL, locked_until = NULL, \
             last_error = NULL WHERE id = $2",
        )
        .bind(Timestamp::now().0)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a failure: the job is retried after a backoff, or marked
    /// failed for good once it has used all its attempts.
    pub async fn fail_job(&self, job: &Job, error: &str) -> Result<()> {
        let now = Timestamp::now().0;
        let error: String = error.chars().take(2000).collect();
        if job.attempts >= job.max_attempts {
            sqlx::query(
                "UPDATE jobs SET finished_at = $1, failed = 1, last_error = $2, locked_by = NULL, \
                 locked_until = NULL WHERE id = $3",
            )
            .bind(now)
            .bind(&error)
            .bind(job.id)
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query(
                "UPDATE jobs SET run_at = $1, last_error = $2, locked_by = NULL, \
                 locked_until = NULL WHERE id = $3",
            )
            .bind(now + backoff_seconds(job.attempts))
            .bind(&error)
            .bind(job.id)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    /// Makes every waiting job due now (tests, and `agoral` operators who
    /// fixed the cause of a failure).
    pub async fn make_jobs_due(&self) -> Result<()> {
        sqlx::query("UPDATE jobs SET run_at = $1 WHERE finished_at IS NULL")
            .bind(Timestamp::now().0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn job_counts(&self) -> Result<JobCounts> {
        let now = Timestamp::now().0;
        let row = sqlx::query(
            "SELECT \
             COALESCE(SUM(CASE WHEN finished_at IS NULL AND (locked_until IS NULL OR locked_until < $1) THEN 1 ELSE 0 END), 0) AS pending, \
             COALESCE(SUM(CASE WHEN finished_at IS NULL AND locked_until >= $1 THEN 1 ELSE 0 END), 0) AS running, \
             COALESCE(SUM(CASE WHEN failed = 1 THEN 1 ELSE 0 END), 0) AS failed, \
             COALESCE(SUM(CASE WHEN finished_at IS NOT NULL AND failed = 0 THEN 1 ELSE 0 END), 0) AS done \
             FROM jobs",
        )
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(JobCounts {
            pending: row.try_get("pending")?,
            running: row.try_get("running")?,
            failed: row.try_get("failed")?,
            done: row.try_get("done")?,
        })
    }

    /// The last error of a job, for diagnostics and tests.
    pub async fn job_state(&self, id: i64) -> Result<Option<(i64, Option<i64>, Option<String>)>> {
        Ok(
            sqlx::query_as("SELECT attempts, finished_at, last_error FROM jobs WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?,
        )
    }
}

/// Where a job stands, for its progress page.
#[derive(Debug, Clone)]
pub struct JobStatus {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
    pub done: bool,
    pub failed: bool,
    pub running: bool,
    pub last_error: Option<String>,
    pub progress_done: i64,
    pub progress_total: i64,
    pub progress_note: String,
    pub created_at: Timestamp,
}

impl JobStatus {
    /// Whole percent, 0 to 100.
    pub fn percent(&self) -> i64 {
        if self.done && !self.failed {
            100
        } else if self.progress_total > 0 {
            (self.progress_done * 100 / self.progress_total).clamp(0, 100)
        } else {
            0
        }
    }
}

impl Db {
    /// Records how far a running job has got. A job that reports progress
    /// is alive: its lease is extended, so a long job is not taken over by
    /// another worker.
    pub async fn set_job_progress(&self, id: i64, done: i64, total: i64, note: &str) -> Result<()> {
        let note: String = note.chars().take(200).collect();
        sqlx::query(
            "UPDATE jobs SET progress_done = $1, progress_total = $2, progress_note = $3, \
             locked_until = $4 WHERE id = $5 AND finished_at IS NULL AND locked_until IS NOT NULL",
        )
        .bind(done)
        .bind(total)
        .bind(note)
        .bind(Timestamp::now().0 + PROGRESS_LEASE_SECONDS)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn job_status(&self, id: i64) -> Result<Option<JobStatus>> {
        let now = Timestamp::now().0;
        let row = sqlx::query(
            "SELECT id, kind, payload, attempts, finished_at, failed, locked_until, last_error, \
             progress_done, progress_total, progress_note, created_at FROM jobs WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            let finished: Option<i64> = row.try_get("finished_at")?;
            let locked_until: Option<i64> = row.try_get("locked_until")?;
            Ok(JobStatus {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                payload: row.try_get("payload")?,
                attempts: row.try_get("attempts")?,
                done: finished.is_some(),
                failed: row.try_get::<i64, _>("failed")? != 0,
                running: finished.is_none() && locked_until.is_some_and(|u| u >= now),
                last_error: row.try_get("last_error")?,
                progress_done: row.try_get("progress_done")?,
                progress_total: row.try_get("progress_total")?,
                progress_note: row.try_get("progress_note")?,
                created_at: Timestamp(row.try_get("created_at")?),
            })
        })
        .transpose()
    }

    /// The newest jobs of a kind, for their list pages.
    pub async fn recent_jobs(&self, kind: &str, limit: i64) -> Result<Vec<JobStatus>> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM jobs WHERE kind = $1 ORDER BY id DESC LIMIT $2")
                .bind(kind)
                .bind(limit)
                .fetch_all(self.pool())
                .await?;
        let mut jobs = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(job) = self.job_status(id).await? {
                jobs.push(job);
            }
        }
        Ok(jobs)
    }
}

/// A job to run later, written with the change that calls for it.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: &'a str,
    pub run_at: Timestamp,
}

/// Queues a job inside the caller's transaction: it exists exactly when
/// the change that calls for it was committed.
pub(crate) async fn insert_job(conn: &mut sqlx::AnyConnection, job: &NewJob<'_>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(job.run_at.0)
    .bind(Timestamp::now().0)
    .fetch_one(&mut *conn)
    .await?)
}
