//! Problems reported by readers.

use agoral_domain::{
    problem_reports::{ProblemReport, ProblemReportInput},
    time::Timestamp,
};
use sqlx::{AnyConnection, Row};

use crate::{Db, Result, form_tokens};

/// The columns every read of `problem_reports` selects.
pub(crate) const REPORT_COLUMNS: &str = "id, created_at, page_url, message, email, lang";

pub(crate) fn report_from_row(row: &sqlx::any::AnyRow) -> Result<ProblemReport> {
    Ok(ProblemReport {
        id: row.try_get("id")?,
        created_at: Timestamp(row.try_get("created_at")?),
        page_url: row.try_get("page_url")?,
        message: row.try_get("message")?,
        email: row.try_get("email")?,
        lang: row.try_get("lang")?,
    })
}

impl Db {
    pub async fn create_problem_report(&self, input: &ProblemReportInput) -> Result<i64> {
        let mut conn = self.pool().acquire().await?;
        insert_report(&mut conn, input).await
    }

    /// Writes a report sent with an anonymous form token, in the same
    /// transaction that records the token as used: `None`, with nothing
    /// written, when the token was used already.
    pub async fn create_problem_report_once(
        &self,
        input: &ProblemReportInput,
        token_hash: &str,
        token_expires_at: Timestamp,
    ) -> Result<Option<i64>> {
        let mut tx = self.begin_write().await?;
        if !form_tokens::claim(&mut tx, token_hash, token_expires_at).await? {
            return Ok(None);
        }
        let id = insert_report(&mut tx, input).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Newest first.
    pub async fn problem_reports(&self, limit: i64) -> Result<Vec<ProblemReport>> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM problem_reports ORDER BY id DESC LIMIT $1");
        let rows = sqlx::query(&sql).bind(limit).fetch_all(self.pool()).await?;
        rows.iter().map(report_from_row).collect()
    }

    pub async fn count_problem_reports(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM problem_reports")
            .fetch_one(self.pool())
            .await?)
    }
}

async fn insert_report(conn: &mut AnyConnection, input: &ProblemReportInput) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO problem_reports (created_at, page_url, message, email, lang) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(Timestamp::now().0)
    .bind(&input.page_url)
    .bind(&input.message)
    .bind(input.email.as_deref())
    .bind(input.lang.code())
    .fetch_one(conn)
    .await?)
}
