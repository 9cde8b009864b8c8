//! Logical export and import of every table, for `agoral backup` and
//! `agoral restore`.
//!
//! The export reads all tables inside one transaction (a snapshot: WAL on
//! SQLite, `REPEATABLE READ` on PostgreSQL), so a backup taken while the
//! server runs is consistent. Rows are written as JSON objects, which makes
//! a backup portable between the two backends: a SQLite backup restores into
//! PostgreSQL and back.

use futures::TryStreamExt;
use serde_json::{Map, Value};
use sqlx::{Column, Row, any::AnyRow};

use crate::{Backend, Db, DbError, Result};

/// Tables in foreign-key order (parents first). Sessions, login
/// throttling and used form tokens are left out on purpose: they are
/// short-lived, and a restored instance should ask everybody to log in
/// again.
pub const TABLES: &[&str] = &[
    "comuni",
    "organisations",
    "users",
    "user_roles",
    "auth_tokens",
    "recovery_codes",
    "audit_log",
    "settings",
    "pages",
    "problem_reports",
    "jobs",
    "outbox",
    "media",
    "media_texts",
    "media_variants",
    "sections",
    "section_translations",
    "articles",
    "article_translations",
    "article_authors",
    "article_comuni",
    "article_revisions",
    "article_slug_history",
    "article_comments",
    "tags",
    "tag_translations",
    "article_tags",
    "author_profiles",
    "author_bios",
    "kept_submissions",
    "article_autosaves",
    "article_seo",
    "services",
    "service_translations",
    "service_categories",
    "service_target_groups",
    "service_channels",
    "service_languages",
    "service_phones",
    "service_areas",
    "service_accessibility",
    "service_changes",
    "service_check_tokens",
    "datasets",
    "dataset_translations",
    "dataset_versions",
    "dataset_rows",
    "charts",
    "chart_translations",
    "reports",
    "report_translations",
    "report_datasets",
    "organisation_contacts",
    "organisation_senders",
    "intake_items",
    "intake_item_comuni",
    "intake_attachments",
    "intake_notes",
    "good_practices",
    "good_practice_targets",
    "article_sources",
    "organisation_feeds",
    "feed_seen_items",
    "mailbox_state",
];

/// Tables whose `id` is generated, so PostgreSQL's sequences must move past
/// restored rows.
const IDENTITY_TABLES: &[&str] = &[
    "organisations",
    "users",
    "audit_log",
    "problem_reports",
    "jobs",
    "outbox",
    "media",
    "sections",
    "articles",
    "article_revisions",
    "article_comments",
    "tags",
    "kept_submissions",
    "services",
    "service_changes",
    "datasets",
    "dataset_versions",
    "charts",
    "reports",
    "organisation_contacts",
    "organisation_senders",
    "intake_items",
    "intake_attachments",
    "intake_notes",
    "organisation_feeds",
    "feed_seen_items",
];

fn row_to_json(row: &AnyRow) -> Map<String, Value> {
    let mut object = Map::new();
    for (index, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<i64>, _>(index) {
            v.map(Value::from).unwrap_or(Value::Null)
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(index) {
            v.map(Value::from).unwrap_or(Value::Null)
        } else if let Ok(v) = row.try_get::<Option<String>, _>(index) {
            v.map(Value::from).unwrap_or(Value::Null)
        } else if let Ok(v) = row.try_get::<Option<bool>, _>(index) {
            v.map(Value::from).unwrap_or(Value::Null)
        } else {
            Value::Null
        };
        object.insert(column.name().to_owned(), value);
    }
    object
}

/// What a column holds, as the target schema declares it: a backup's JSON
/// numbers are bound as that type (PostgreSQL refuses text for a number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ColumnKind {
    Integer,
    Real,
    Text,
}

impl ColumnKind {
    fn of(declared: &str) -> ColumnKind {
        let declared = declared.to_uppercase();
        if declared.contains("INT") {
            ColumnKind::Integer
        } else if ["REAL", "FLOA", "DOUB", "NUMERIC"]
            .iter()
            .any(|k| declared.contains(k))
        {
            ColumnKind::Real
        } else {
            ColumnKind::Text
        }
    }
}

/// The kind of each column of `table`.
async fn column_kinds(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    table: &str,
) -> Result<Vec<(String, ColumnKind)>> {
    match backend {
        Backend::Sqlite => {
            // PRAGMA arguments cannot be bound; `table` comes from TABLES.
            let rows = sqlx::query(&format!("PRAGMA table_info({table})"))
                .fetch_all(&mut *conn)
                .await?;
            rows.iter()
                .map(|r| {
                    let name: String = r.try_get("name")?;
                    let kind: String = r.try_get("type")?;
                    Ok((name, ColumnKind::of(&kind)))
                })
                .collect()
        }
        Backend::Postgres => {
            let rows = sqlx::query(
                "SELECT column_name::TEXT AS name, data_type::TEXT AS kind \
                 FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()",
            )
            .bind(table)
            .fetch_all(&mut *conn)
            .await?;
            rows.iter()
                .map(|r| {
                    let name: String = r.try_get("name")?;
                    let kind: String = r.try_get("kind")?;
                    Ok((name, ColumnKind::of(&kind)))
                })
                .collect()
        }
    }
}

impl Db {
    /// Reads every table in [`TABLES`] in one snapshot, calling `on_row` with
    /// the table name and each row in primary-key order.
    pub async fn export_tables<F>(&self, mut on_row: F) -> Result<()>
    where
        F: FnMut(&str, Map<String, Value>) -> std::io::Result<()>,
    {
        let mut tx = self.begin_snapshot().await?;
        for table in TABLES {
            let sql = format!("SELECT * FROM {table} ORDER BY 1, 2");
            let mut rows = sqlx::query(&sql).fetch(&mut *tx);
            while let Some(row) = rows.try_next().await? {
                on_row(table, row_to_json(&row)).map_err(|e| DbError::Backup(e.to_string()))?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the content of every table in [`TABLES`] with `rows` (table
    /// name and row), in one transaction: a failed restore changes nothing.
    pub async fn import_tables<I>(&self, rows: I) -> Result<u64>
    where
        I: IntoIterator<Item = (String, Map<String, Value>)>,
    {
        let backend = self.backend();
        let mut tx = self.begin_write().await?;
        if backend == Backend::Sqlite {
            // Checked at commit instead of per statement.
            sqlx::query("PRAGMA defer_foreign_keys = ON")
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM sessions")
            .execute(&mut *tx)
            .await?;
        for table in TABLES.iter().rev() {
            sqlx::query(&format!("DELETE FROM {table}"))
                .execute(&mut *tx)
                .await?;
        }
        let mut schemas = std::collections::HashMap::new();
        for table in TABLES {
            schemas.insert(*table, column_kinds(&mut tx, backend, table).await?);
        }
        let mut count = 0u64;
        for (table, row) in rows {
            let Some((table, columns)) = schemas.get_key_value(table.as_str()) else {
                return Err(DbError::Backup(format!(
                    "unknown table {table:?} in backup"
                )));
            };
            let known: Vec<&(String, ColumnKind)> = columns
                .iter()
                .filter(|(name, _)| row.contains_key(name))
                .collect();
            if known.len() != row.len() {
                return Err(DbError::Backup(format!(
                    "a row of {table} has columns this version does not know"
                )));
            }
            let names: Vec<&str> = known.iter().map(|(n, _)| n.as_str()).collect();
            let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                names.join(", "),
                placeholders.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for (name, kind) in &known {
                let value = &row[name.as_str()];
                query = match (value, kind) {
                    (Value::Null, ColumnKind::Integer) => query.bind(Option::<i64>::None),
                    (Value::Null, ColumnKind::Real) => query.bind(Option::<f64>::None),
                    (Value::Null, ColumnKind::Text) => query.bind(Option::<String>::None),
                    (Value::Bool(b), _) => query.bind(i64::from(*b)),
                    (Value::Number(n), ColumnKind::Integer) => {
                        query.bind(n.as_i64().ok_or_else(|| {
                            DbError::Backup(format!("{table}.{name}: not an integer"))
                        })?)
                    }
                    (Value::Number(n), ColumnKind::Real) => {
                        query.bind(n.as_f64().ok_or_else(|| {
                            DbError::Backup(format!("{table}.{name}: not a number"))
                        })?)
                    }
                    (Value::Number(n), ColumnKind::Text) => query.bind(n.to_string()),
                    (Value::String(s), _) => query.bind(s.clone()),
                    _ => {
                        return Err(DbError::Backup(format!("{table}.{name}: unexpected value")));
                    }
                };
            }
            query.execute(&mut *tx).await?;
            count += 1;
        }
        if backend == Backend::Postgres {
            for table in IDENTITY_TABLES {
                sqlx::query(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                ))
                .execute(&mut *tx)
                .await?;
            }
        }
        // Every instance drops its cache and rebuilds its index.
        crate::changes::record(&mut tx, crate::changes::entity::ALL, 0).await?;
        tx.commit().await?;
        Ok(count)
    }
}
