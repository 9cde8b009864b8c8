//! The Osservatorio's reports: their metadata, texts per language, the
//! datasets they draw on, and the text read from their PDF for the search.
//!
//! Every write records a `dataset` change: a report shows on its datasets'
//! pages, so the page caches must empty as they do for a dataset.

use agoral_domain::{
    lang::Lang,
    observatory::{
        dataset::DatasetId,
        report::{Report, ReportFile, ReportId, ReportInput, ReportText},
    },
    time::Timestamp,
};
use jiff::civil::Date;
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{Db, DbError, Result, changes, datasets::Save, flag};

fn corrupt(column: &'static str, value: impl Into<String>) -> DbError {
    DbError::Corrupt {
        column,
        value: value.into(),
    }
}

/// Everything but the text, which only the search reads.
const REPORT_COLUMNS: &str = "id, slug, published, published_on, licence, authors, storage_key, \
     file_name, byte_size, page_count, LENGTH(body_text) AS text_length, created_at, updated_at";

fn report_from_row(row: &AnyRow) -> Result<Report> {
    let published_on: String = row.try_get("published_on")?;
    Ok(Report {
        id: ReportId(row.try_get("id")?),
        input: ReportInput {
            slug: row.try_get("slug")?,
            published: row.try_get::<i64, _>("published")? != 0,
            published_on: published_on
                .parse::<Date>()
                .map_err(|_| corrupt("published_on", published_on))?,
            licence: row.try_get("licence")?,
            authors: row.try_get("authors")?,
            texts: Vec::new(),
            datasets: Vec::new(),
        },
        storage_key: row.try_get("storage_key")?,
        file_name: row.try_get("file_name")?,
        byte_size: row.try_get("byte_size")?,
        page_count: row.try_get("page_count")?,
        // LENGTH() is an INTEGER in SQLite and an INT (32 bits) in PostgreSQL.
        text_length: row
            .try_get::<i64, _>("text_length")
            .or_else(|_| row.try_get::<i32, _>("text_length").map(i64::from))?,
        created_at: Timestamp(row.try_get("created_at")?),
        updated_at: Timestamp(row.try_get("updated_at")?),
    })
}

async fn slug_taken(conn: &mut AnyConnection, slug: &str, except: Option<i64>) -> Result<bool> {
    let other: Option<i64> =
        sqlx::query_scalar("SELECT id FROM reports WHERE slug = $1 AND id <> $2")
            .bind(slug)
            .bind(except.unwrap_or(0))
            .fetch_optional(&mut *conn)
            .await?;
    Ok(other.is_some())
}

/// Replaces a report's texts and its links to datasets.
async fn write_parts(conn: &mut AnyConnection, id: i64, input: &ReportInput) -> Result<()> {
    sqlx::query("DELETE FROM report_translations WHERE report_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (lang, text) in &input.texts {
        if text.title.trim().is_empty() {
            continue;
        }
        sqlx::query(
            "INSERT INTO report_translations (report_id, lang, title, abstract) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(lang.code())
        .bind(text.title.as_str())
        .bind(text.abstract_text.as_str())
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM report_datasets WHERE report_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for dataset in &input.datasets {
        sqlx::query("INSERT INTO report_datasets (report_id, dataset_id) VALUES ($1, $2)")
            .bind(id)
            .bind(dataset.0)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

impl Db {
    /// Adds a report with its file, unless its address is taken.
    pub async fn create_report(
        &self,
        input: &ReportInput,
        file: &ReportFile,
        by: Option<i64>,
    ) -> Result<Save<ReportId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, &input.slug, None).await? {
            return Ok(Save::SlugTaken);
        }
        let now = Timestamp::now().0;
        let id: i64 = sqlx::query(
            "INSERT INTO reports (slug, published, published_on, licence, authors, storage_key, \
             file_name, byte_size, page_count, body_text, created_at, updated_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12) RETURNING id",
        )
        .bind(input.slug.as_str())
        .bind(flag(input.published))
        .bind(input.published_on.to_string())
        .bind(input.licence.as_str())
        .bind(input.authors.as_str())
        .bind(file.storage_key.as_str())
        .bind(file.file_name.as_str())
        .bind(file.byte_size)
        .bind(file.page_count)
        .bind(file.text.as_str())
        .bind(now)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        write_parts(&mut tx, id, input).await?;
        changes::record(&mut tx, changes::entity::DATASET, id).await?;
        tx.commit().await?;
        Ok(Save::Saved(ReportId(id)))
    }

    /// Replaces a report's metadata and, when `file` is given, its file;
    /// unless its new address is taken.
    pub async fn update_report(
        &self,
        id: ReportId,
        input: &ReportInput,
        file: Option<&ReportFile>,
    ) -> Result<Save<ReportId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, &input.slug, Some(id.0)).await? {
            return Ok(Save::SlugTaken);
        }
        let now = Timestamp::now().0;
        let updated = sqlx::query(
            "UPDATE reports SET slug = $1, published = $2, published_on = $3, licence = $4, \
             authors = $5, updated_at = $6 WHERE id = $7",
        )
        .bind(input.slug.as_str())
        .bind(flag(input.published))
        .bind(input.published_on.to_string())
        .bind(input.licence.as_str())
        .bind(input.authors.as_str())
        .bind(now)
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Save::Missing);
        }
        if let Some(file) = file {
            sqlx::query(
                "UPDATE reports SET storage_key = $1, file_name = $2, byte_size = $3, \
                 page_count = $4, body_text = $5 WHERE id = $6",
            )
            .bind(file.storage_key.as_str())
            .bind(file.file_name.as_str())
            .bind(file.byte_size)
            .bind(file.page_count)
            .bind(file.text.as_str())
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        }
        write_parts(&mut tx, id.0, input).await?;
        changes::record(&mut tx, changes::entity::DATASET, id.0).await?;
        tx.commit().await?;
        Ok(Save::Saved(id))
    }

    /// Texts and linked datasets of each report.
    async fn fill_reports(&self, reports: &mut [Report]) -> Result<()> {
        if reports.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = reports.iter().map(|r| r.id.0.to_string()).collect();
        // The ids are integers read from the database: safe to inline.
        let rows = sqlx::query(&format!(
            "SELECT report_id, lang, title, abstract FROM report_translations \
             WHERE report_id IN ({})",
            ids.join(", ")
        ))
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            let id: i64 = row.try_get("report_id")?;
            let code: String = row.try_get("lang")?;
            let lang = Lang::from_code(&code).ok_or_else(|| corrupt("lang", code))?;
            let text = ReportText {
                title: row.try_get("title")?,
                abstract_text: row.try_get("abstract")?,
            };
            if let Some(r) = reports.iter_mut().find(|r| r.id.0 == id) {
                r.input.texts.push((lang, text));
            }
        }
        let rows = sqlx::query(&format!(
            "SELECT report_id, dataset_id FROM report_datasets WHERE report_id IN ({}) \
             ORDER BY dataset_id",
            ids.join(", ")
        ))
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            let id: i64 = row.try_get("report_id")?;
            if let Some(r) = reports.iter_mut().find(|r| r.id.0 == id) {
                r.input.datasets.push(DatasetId(row.try_get("dataset_id")?));
            }
        }
        for r in reports.iter_mut() {
            r.input
                .texts
                .sort_by_key(|(l, _)| Lang::ALL.iter().position(|x| x == l));
        }
        Ok(())
    }

    async fn reports_where(&self, condition: &str, value: Option<i64>) -> Result<Vec<Report>> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM reports WHERE {condition}");
        let mut query = sqlx::query(&sql);
        if let Some(value) = value {
            query = query.bind(value);
        }
        let rows = query.fetch_all(self.pool()).await?;
        let mut reports = rows
            .iter()
            .map(report_from_row)
            .collect::<Result<Vec<_>>>()?;
        self.fill_reports(&mut reports).await?;
        Ok(reports)
    }

    pub async fn report(&self, id: ReportId) -> Result<Option<Report>> {
        Ok(self
            .reports_where("id = $1", Some(id.0))
            .await?
            .into_iter()
            .next())
    }

    pub async fn report_by_slug(&self, slug: &str) -> Result<Option<Report>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM reports WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        match id {
            Some(id) => self.report(ReportId(id)).await,
            None => Ok(None),
        }
    }

    /// Every report, or the published ones, newest publication first.
    pub async fn reports(&self, published_only: bool) -> Result<Vec<Report>> {
        self.reports_where(
            "published >= $1 ORDER BY published_on DESC, id DESC",
            Some(flag(published_only)),
        )
        .await
    }

    /// The published reports that draw on a dataset, newest first.
    pub async fn dataset_reports(&self, dataset: DatasetId) -> Result<Vec<Report>> {
        self.reports_where(
            "published = 1 AND id IN (SELECT report_id FROM report_datasets \
             WHERE dataset_id = $1) ORDER BY published_on DESC, id DESC",
            Some(dataset.0),
        )
        .await
    }

    /// The text read from each published report's file, for the search.
    pub async fn report_texts(&self) -> Result<Vec<(ReportId, String)>> {
        sqlx::query("SELECT id, body_text FROM reports WHERE published = 1")
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|row| Ok((ReportId(row.try_get("id")?), row.try_get("body_text")?)))
            .collect()
    }
}
