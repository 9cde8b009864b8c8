//! The Osservatorio's datasets, their versions and rows, and their charts.
//!
//! A version's rows are written in batches outside one long transaction, so
//! that a million-row import shows its progress and holds no lock for
//! minutes; the version only becomes the dataset's current one when every
//! row is in ([`Db::finish_version`]), and a failed or repeated import
//! removes its own rows first. The previous version is never touched.

use agoral_domain::{
    lang::Lang,
    observatory::dataset::{
        ChartId, ChartRecord, Dataset, DatasetId, DatasetInput, DatasetText, ImportFailure,
        Version, VersionDiff, VersionId, VersionStatus,
    },
    organisations::OrganisationId,
    time::Timestamp,
};
use futures::TryStreamExt;
use jiff::civil::Date;
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{Backend, Db, DbError, Result, changes, flag};

/// What saving a dataset or a chart did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Save<T> {
    Saved(T),
    /// Another one has this address: nothing was written.
    SlugTaken,
    Missing,
}

/// Rows per insert statement: one bound parameter each, well under both
/// engines' limits.
pub const ROW_BATCH: usize = 1000;

fn corrupt(column: &'static str, value: impl Into<String>) -> DbError {
    DbError::Corrupt {
        column,
        value: value.into(),
    }
}

fn date(column: &'static str, value: Option<String>) -> Result<Option<Date>> {
    value
        .map(|v| v.parse::<Date>().map_err(|_| corrupt(column, v)))
        .transpose()
}

fn words(value: &str) -> Vec<String> {
    value.split_whitespace().map(str::to_owned).collect()
}

const DATASET_COLUMNS: &str = "id, slug, publisher_id, rights_holder_id, themes, licence, \
     frequency, temporal_start, temporal_end, spatial, contact_name, contact_email, source_url, \
     attribution, published, current_version_id, issued_at, modified_at";

fn dataset_from_row(row: &AnyRow) -> Result<Dataset> {
    let start = date("temporal_start", row.try_get("temporal_start")?)?;
    let end = date("temporal_end", row.try_get("temporal_end")?)?;
    Ok(Dataset {
        id: DatasetId(row.try_get("id")?),
        input: DatasetInput {
            slug: row.try_get("slug")?,
            publisher_id: row
                .try_get::<Option<i64>, _>("publisher_id")?
                .map(OrganisationId),
            rights_holder_id: row
                .try_get::<Option<i64>, _>("rights_holder_id")?
                .map(OrganisationId),
            themes: words(&row.try_get::<String, _>("themes")?),
            licence: row.try_get("licence")?,
            frequency: row.try_get("frequency")?,
            temporal: start.zip(end),
            spatial: words(&row.try_get::<String, _>("spatial")?),
            contact_name: row.try_get("contact_name")?,
            contact_email: row.try_get("contact_email")?,
            source_url: row.try_get("source_url")?,
            attribution: row.try_get("attribution")?,
            published: row.try_get::<i64, _>("published")? != 0,
            texts: Vec::new(),
        },
        current_version: row
            .try_get::<Option<i64>, _>("current_version_id")?
            .map(VersionId),
        issued_at: Timestamp(row.try_get("issued_at")?),
        modified_at: Timestamp(row.try_get("modified_at")?),
    })
}

const VERSION_COLUMNS: &str = "id, dataset_id, number, status, file_name, byte_size, settings, \
     row_count, error, note, diff, job_id, created_at";

fn version_from_row(row: &AnyRow) -> Result<Version> {
    let status: String = row.try_get("status")?;
    let error: Option<String> = row.try_get("error")?;
    Ok(Version {
        id: VersionId(row.try_get("id")?),
        dataset_id: DatasetId(row.try_get("dataset_id")?),
        number: row.try_get("number")?,
        status: VersionStatus::parse(&status).ok_or_else(|| corrupt("status", status))?,
        file_name: row.try_get("file_name")?,
        byte_size: row.try_get("byte_size")?,
        settings: row.try_get("settings")?,
        row_count: row.try_get("row_count")?,
        error: error
            .map(|e| serde_json::from_str::<ImportFailure>(&e).map_err(|_| corrupt("error", e)))
            .transpose()?,
        note: row.try_get("note")?,
        diff: row
            .try_get::<Option<String>, _>("diff")?
            .map(|d| serde_json::from_str::<VersionDiff>(&d).map_err(|_| corrupt("diff", d)))
            .transpose()?,
        job_id: row.try_get("job_id")?,
        created_at: Timestamp(row.try_get("created_at")?),
    })
}

async fn slug_taken(
    conn: &mut AnyConnection,
    table: &str,
    slug: &str,
    except: Option<i64>,
) -> Result<bool> {
    let other: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT id FROM {table} WHERE slug = $1 AND id <> $2"
    ))
    .bind(slug)
    .bind(except.unwrap_or(0))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(other.is_some())
}

async fn write_dataset_texts(
    conn: &mut AnyConnection,
    id: i64,
    input: &DatasetInput,
) -> Result<()> {
    sqlx::query("DELETE FROM dataset_translations WHERE dataset_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (lang, text) in &input.texts {
        if text.title.trim().is_empty() {
            continue;
        }
        sqlx::query(
            "INSERT INTO dataset_translations (dataset_id, lang, title, description, keywords) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(lang.code())
        .bind(text.title.as_str())
        .bind(text.description.as_str())
        .bind(text.keywords.join(", "))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

fn bind_dataset<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    input: &'q DatasetInput,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(input.slug.as_str())
        .bind(input.publisher_id.map(|o| o.0))
        .bind(input.rights_holder_id.map(|o| o.0))
        .bind(input.themes.join(" "))
        .bind(input.licence.as_str())
        .bind(input.frequency.as_str())
        .bind(input.temporal.map(|(s, _)| s.to_string()))
        .bind(input.temporal.map(|(_, e)| e.to_string()))
        .bind(input.spatial.join(" "))
        .bind(input.contact_name.as_str())
        .bind(input.contact_email.as_str())
        .bind(input.source_url.as_str())
        .bind(input.attribution.as_str())
        .bind(flag(input.published))
}

impl Db {
    /// Adds a dataset, unless its address is taken.
    pub async fn create_dataset(
        &self,
        input: &DatasetInput,
        by: Option<i64>,
    ) -> Result<Save<DatasetId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, "datasets", &input.slug, None).await? {
            return Ok(Save::SlugTaken);
        }
        let now = Timestamp::now().0;
        let id: i64 = bind_dataset(
            sqlx::query(
                "INSERT INTO datasets (slug, publisher_id, rights_holder_id, themes, licence, \
                 frequency, temporal_start, temporal_end, spatial, contact_name, contact_email, \
                 source_url, attribution, published, issued_at, modified_at, created_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16) \
                 RETURNING id",
            ),
            input,
        )
        .bind(now)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        write_dataset_texts(&mut tx, id, input).await?;
        changes::record(&mut tx, changes::entity::DATASET, id).await?;
        tx.commit().await?;
        Ok(Save::Saved(DatasetId(id)))
    }

    /// Replaces a dataset's metadata, unless its new address is taken.
    pub async fn update_dataset(
        &self,
        id: DatasetId,
        input: &DatasetInput,
    ) -> Result<Save<DatasetId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, "datasets", &input.slug, Some(id.0)).await? {
            return Ok(Save::SlugTaken);
        }
        let updated = bind_dataset(
            sqlx::query(
                "UPDATE datasets SET slug = $1, publisher_id = $2, rights_holder_id = $3, \
                 themes = $4, licence = $5, frequency = $6, temporal_start = $7, \
                 temporal_end = $8, spatial = $9, contact_name = $10, contact_email = $11, \
                 source_url = $12, attribution = $13, published = $14, modified_at = $15 \
                 WHERE id = $16",
            ),
            input,
        )
        .bind(Timestamp::now().0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Save::Missing);
        }
        write_dataset_texts(&mut tx, id.0, input).await?;
        changes::record(&mut tx, changes::entity::DATASET, id.0).await?;
        tx.commit().await?;
        Ok(Save::Saved(id))
    }

    async fn fill_dataset_texts(&self, datasets: &mut [Dataset]) -> Result<()> {
        if datasets.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = datasets.iter().map(|d| d.id.0.to_string()).collect();
        // The ids are integers read from the database: safe to inline.
        let rows = sqlx::query(&format!(
            "SELECT dataset_id, lang, title, description, keywords FROM dataset_translations \
             WHERE dataset_id IN ({})",
            ids.join(", ")
        ))
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            let id: i64 = row.try_get("dataset_id")?;
            let code: String = row.try_get("lang")?;
            let lang = Lang::from_code(&code).ok_or_else(|| corrupt("lang", code))?;
            let keywords: String = row.try_get("keywords")?;
            let text = DatasetText {
                title: row.try_get("title")?,
                description: row.try_get("description")?,
                keywords: keywords
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_owned)
                    .collect(),
            };
            if let Some(d) = datasets.iter_mut().find(|d| d.id.0 == id) {
                d.input.texts.push((lang, text));
            }
        }
        for d in datasets.iter_mut() {
            d.input
                .texts
                .sort_by_key(|(l, _)| Lang::ALL.iter().position(|x| x == l));
        }
        Ok(())
    }

    pub async fn dataset(&self, id: DatasetId) -> Result<Option<Dataset>> {
        let row = sqlx::query(&format!(
            "SELECT {DATASET_COLUMNS} FROM datasets WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let mut found = [dataset_from_row(&row)?];
        self.fill_dataset_texts(&mut found).await?;
        let [dataset] = found;
        Ok(Some(dataset))
    }

    pub async fn dataset_by_slug(&self, slug: &str) -> Result<Option<Dataset>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM datasets WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        match id {
            Some(id) => self.dataset(DatasetId(id)).await,
            None => Ok(None),
        }
    }

    /// Every dataset, or the published ones, most recently changed first.
    pub async fn datasets(&self, published_only: bool) -> Result<Vec<Dataset>> {
        let rows = sqlx::query(&format!(
            "SELECT {DATASET_COLUMNS} FROM datasets WHERE published >= $1 \
             ORDER BY modified_at DESC, id DESC"
        ))
        .bind(flag(published_only))
        .fetch_all(self.pool())
        .await?;
        let mut datasets = rows
            .iter()
            .map(dataset_from_row)
            .collect::<Result<Vec<_>>>()?;
        self.fill_dataset_texts(&mut datasets).await?;
        Ok(datasets)
    }

    /// Starts a version: the next number, status "importing".
    pub async fn create_version(
        &self,
        dataset: DatasetId,
        file_name: &str,
        byte_size: i64,
        settings: &str,
        note: &str,
        by: Option<i64>,
    ) -> Result<Version> {
        let mut tx = self.begin_write().await?;
        let next: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM dataset_versions WHERE dataset_id = $1",
        )
        .bind(dataset.0)
        .fetch_one(&mut *tx)
        .await?;
        let row = sqlx::query(&format!(
            "INSERT INTO dataset_versions (dataset_id, number, status, file_name, byte_size, \
             settings, note, created_at, created_by) \
             VALUES ($1, $2, 'importing', $3, $4, $5, $6, $7, $8) RETURNING {VERSION_COLUMNS}"
        ))
        .bind(dataset.0)
        .bind(next)
        .bind(file_name)
        .bind(byte_size)
        .bind(settings)
        .bind(note)
        .bind(Timestamp::now().0)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        version_from_row(&row)
    }

    pub async fn set_version_job(&self, version: VersionId, job: i64) -> Result<()> {
        sqlx::query("UPDATE dataset_versions SET job_id = $1 WHERE id = $2")
            .bind(job)
            .bind(version.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn version(&self, id: VersionId) -> Result<Option<Version>> {
        sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM dataset_versions WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(version_from_row)
        .transpose()
    }

    pub async fn version_by_number(
        &self,
        dataset: DatasetId,
        number: i64,
    ) -> Result<Option<Version>> {
        sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM dataset_versions WHERE dataset_id = $1 AND number = $2"
        ))
        .bind(dataset.0)
        .bind(number)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(version_from_row)
        .transpose()
    }

    /// A dataset's versions, newest first.
    pub async fn versions(&self, dataset: DatasetId) -> Result<Vec<Version>> {
        sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM dataset_versions WHERE dataset_id = $1 \
             ORDER BY number DESC"
        ))
        .bind(dataset.0)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(version_from_row)
        .collect()
    }

    /// Removes the rows an earlier, interrupted run of an import wrote.
    pub async fn clear_version_rows(&self, version: VersionId) -> Result<()> {
        sqlx::query("DELETE FROM dataset_rows WHERE version_id = $1")
            .bind(version.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Writes rows `first..first + rows.len()` of a version (cells as JSON
    /// arrays), in one transaction per [`ROW_BATCH`].
    pub async fn insert_version_rows(
        &self,
        version: VersionId,
        first: i64,
        rows: &[String],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        for (n, chunk) in rows.chunks(ROW_BATCH).enumerate() {
            let base = first + (n * ROW_BATCH) as i64;
            // Version and row numbers are integers made here: inlined, so
            // that each row binds only its cells.
            let mut sql = String::with_capacity(40 + chunk.len() * 24);
            sql.push_str("INSERT INTO dataset_rows (version_id, row_no, cells) VALUES ");
            for i in 0..chunk.len() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("({}, {}, ${})", version.0, base + i as i64, i + 1));
            }
            let mut query = sqlx::query(&sql);
            for cells in chunk {
                query = query.bind(cells.as_str());
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records an import's progress on its version.
    pub async fn set_version_row_count(&self, version: VersionId, rows: i64) -> Result<()> {
        sqlx::query("UPDATE dataset_versions SET row_count = $1 WHERE id = $2")
            .bind(rows)
            .bind(version.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Marks a complete import ready and makes it the dataset's current
    /// version, in one transaction.
    pub async fn finish_version(&self, version: VersionId, rows: i64) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let dataset: Option<i64> = sqlx::query_scalar(
            "UPDATE dataset_versions SET status = 'ready', row_count = $1, error = NULL \
             WHERE id = $2 RETURNING dataset_id",
        )
        .bind(rows)
        .bind(version.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(dataset) = dataset else {
            return Ok(());
        };
        sqlx::query("UPDATE datasets SET current_version_id = $1, modified_at = $2 WHERE id = $3")
            .bind(version.0)
            .bind(Timestamp::now().0)
            .bind(dataset)
            .execute(&mut *tx)
            .await?;
        changes::record(&mut tx, changes::entity::DATASET, dataset).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_version_diff(&self, version: VersionId, diff: &VersionDiff) -> Result<()> {
        let json = serde_json::to_string(diff).map_err(|e| corrupt("diff", e.to_string()))?;
        sqlx::query("UPDATE dataset_versions SET diff = $1 WHERE id = $2")
            .bind(json)
            .bind(version.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Marks an import failed and removes the rows it wrote.
    pub async fn fail_version(&self, version: VersionId, failure: &ImportFailure) -> Result<()> {
        let json = serde_json::to_string(failure).map_err(|e| corrupt("error", e.to_string()))?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM dataset_rows WHERE version_id = $1")
            .bind(version.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE dataset_versions SET status = 'failed', row_count = 0, error = $1 \
             WHERE id = $2",
        )
        .bind(json)
        .bind(version.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// SQL that reads cell `index` of `cells` as text on this backend.
    fn cell_sql(&self, index: usize) -> String {
        match self.backend() {
            Backend::Sqlite => format!("CAST(json_extract(cells, '$[{index}]') AS TEXT)"),
            Backend::Postgres => format!("(cells::jsonb ->> {index})"),
        }
    }

    fn rows_where(&self, filters: &[(usize, String)]) -> String {
        let mut sql = String::from("version_id = $1");
        for (n, (index, _)) in filters.iter().enumerate() {
            sql.push_str(&format!(" AND {} = ${}", self.cell_sql(*index), n + 2));
        }
        sql
    }

    /// A page of a version's rows whose cells equal the filters' values
    /// (cell index, value as text), in file order: (row number, cells).
    pub async fn version_rows(
        &self,
        version: VersionId,
        filters: &[(usize, String)],
        offset: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>> {
        let n = filters.len();
        let sql = format!(
            "SELECT row_no, cells FROM dataset_rows WHERE {} ORDER BY row_no LIMIT ${} OFFSET ${}",
            self.rows_where(filters),
            n + 2,
            n + 3
        );
        let mut query = sqlx::query(&sql).bind(version.0);
        for (_, value) in filters {
            query = query.bind(value.as_str());
        }
        query
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    /// Up to `limit` rows after row number `after`, in file order: for
    /// downloads that walk a whole version without OFFSET.
    pub async fn version_rows_after(
        &self,
        version: VersionId,
        after: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>> {
        sqlx::query(
            "SELECT row_no, cells FROM dataset_rows WHERE version_id = $1 AND row_no > $2 \
             ORDER BY row_no LIMIT $3",
        )
        .bind(version.0)
        .bind(after)
        .bind(limit)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
        .collect()
    }

    /// How many rows [`Db::version_rows`] would page through.
    pub async fn count_version_rows(
        &self,
        version: VersionId,
        filters: &[(usize, String)],
    ) -> Result<i64> {
        let sql = format!(
            "SELECT COUNT(*) FROM dataset_rows WHERE {}",
            self.rows_where(filters)
        );
        let mut query = sqlx::query_scalar(&sql).bind(version.0);
        for (_, value) in filters {
            query = query.bind(value.as_str());
        }
        Ok(query.fetch_one(self.pool()).await?)
    }

    /// Calls `each` with every row of a version in file order, without
    /// holding them all in memory.
    pub async fn each_version_row(
        &self,
        version: VersionId,
        mut each: impl FnMut(String) -> std::result::Result<(), String>,
    ) -> Result<()> {
        let mut rows = sqlx::query_scalar::<_, String>(
            "SELECT cells FROM dataset_rows WHERE version_id = $1 ORDER BY row_no",
        )
        .bind(version.0)
        .fetch(self.pool());
        while let Some(cells) = rows.try_next().await? {
            each(cells).map_err(DbError::Backup)?;
        }
        Ok(())
    }
}

const CHART_COLUMNS: &str =
    "id, dataset_id, slug, kind, spec, published, dashboard_position, updated_at";

fn chart_from_row(row: &AnyRow) -> Result<ChartRecord> {
    Ok(ChartRecord {
        id: ChartId(row.try_get("id")?),
        dataset_id: DatasetId(row.try_get("dataset_id")?),
        slug: row.try_get("slug")?,
        kind: row.try_get("kind")?,
        spec: row.try_get("spec")?,
        published: row.try_get::<i64, _>("published")? != 0,
        dashboard_position: row.try_get("dashboard_position")?,
        texts: Vec::new(),
        updated_at: Timestamp(row.try_get("updated_at")?),
    })
}

async fn write_chart_texts(conn: &mut AnyConnection, id: i64, chart: &ChartRecord) -> Result<()> {
    sqlx::query("DELETE FROM chart_translations WHERE chart_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (lang, title, description) in &chart.texts {
        if title.trim().is_empty() {
            continue;
        }
        sqlx::query(
            "INSERT INTO chart_translations (chart_id, lang, title, description) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(lang.code())
        .bind(title.as_str())
        .bind(description.as_str())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Db {
    /// Adds a chart (its id in `chart` is ignored), unless its address is
    /// taken.
    pub async fn create_chart(
        &self,
        chart: &ChartRecord,
        by: Option<i64>,
    ) -> Result<Save<ChartId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, "charts", &chart.slug, None).await? {
            return Ok(Save::SlugTaken);
        }
        let now = Timestamp::now().0;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO charts (dataset_id, slug, kind, spec, published, dashboard_position, \
             created_at, updated_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) \
             RETURNING id",
        )
        .bind(chart.dataset_id.0)
        .bind(chart.slug.as_str())
        .bind(chart.kind.as_str())
        .bind(chart.spec.as_str())
        .bind(flag(chart.published))
        .bind(chart.dashboard_position)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?;
        write_chart_texts(&mut tx, id, chart).await?;
        changes::record(&mut tx, changes::entity::DATASET, chart.dataset_id.0).await?;
        tx.commit().await?;
        Ok(Save::Saved(ChartId(id)))
    }

    pub async fn update_chart(&self, chart: &ChartRecord) -> Result<Save<ChartId>> {
        let mut tx = self.begin_write().await?;
        if slug_taken(&mut tx, "charts", &chart.slug, Some(chart.id.0)).await? {
            return Ok(Save::SlugTaken);
        }
        let updated = sqlx::query(
            "UPDATE charts SET slug = $1, kind = $2, spec = $3, published = $4, \
             dashboard_position = $5, updated_at = $6 WHERE id = $7",
        )
        .bind(chart.slug.as_str())
        .bind(chart.kind.as_str())
        .bind(chart.spec.as_str())
        .bind(flag(chart.published))
        .bind(chart.dashboard_position)
        .bind(Timestamp::now().0)
        .bind(chart.id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(Save::Missing);
        }
        write_chart_texts(&mut tx, chart.id.0, chart).await?;
        changes::record(&mut tx, changes::entity::DATASET, chart.dataset_id.0).await?;
        tx.commit().await?;
        Ok(Save::Saved(chart.id))
    }

    async fn charts_where(&self, condition: &str, arg: Option<i64>) -> Result<Vec<ChartRecord>> {
        let sql = format!("SELECT {CHART_COLUMNS} FROM charts WHERE {condition}");
        let mut query = sqlx::query(&sql);
        if let Some(arg) = arg {
            query = query.bind(arg);
        }
        let mut charts = query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(chart_from_row)
            .collect::<Result<Vec<_>>>()?;
        if charts.is_empty() {
            return Ok(charts);
        }
        let ids: Vec<String> = charts.iter().map(|c| c.id.0.to_string()).collect();
        let rows = sqlx::query(&format!(
            "SELECT chart_id, lang, title, description FROM chart_translations \
             WHERE chart_id IN ({})",
            ids.join(", ")
        ))
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            let id: i64 = row.try_get("chart_id")?;
            let code: String = row.try_get("lang")?;
            let lang = Lang::from_code(&code).ok_or_else(|| corrupt("lang", code))?;
            if let Some(c) = charts.iter_mut().find(|c| c.id.0 == id) {
                c.texts
                    .push((lang, row.try_get("title")?, row.try_get("description")?));
            }
        }
        for c in &mut charts {
            c.texts
                .sort_by_key(|(l, _, _)| Lang::ALL.iter().position(|x| x == l));
        }
        Ok(charts)
    }

    pub async fn chart(&self, id: ChartId) -> Result<Option<ChartRecord>> {
        Ok(self.charts_where("id = $1", Some(id.0)).await?.pop())
    }

    pub async fn chart_by_slug(&self, slug: &str) -> Result<Option<ChartRecord>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM charts WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        match id {
            Some(id) => self.chart(ChartId(id)).await,
            None => Ok(None),
        }
    }

    /// A dataset's charts, in the order they were made.
    pub async fn dataset_charts(&self, dataset: DatasetId) -> Result<Vec<ChartRecord>> {
        self.charts_where("dataset_id = $1 ORDER BY id", Some(dataset.0))
            .await
    }

    /// Every chart, newest first.
    pub async fn all_charts(&self) -> Result<Vec<ChartRecord>> {
        self.charts_where("1 = 1 ORDER BY id DESC", None).await
    }

    /// The published charts placed on the dashboard, in their order.
    pub async fn dashboard_charts(&self) -> Result<Vec<ChartRecord>> {
        self.charts_where(
            "published = 1 AND dashboard_position IS NOT NULL \
             ORDER BY dashboard_position, id",
            None,
        )
        .await
    }
}
