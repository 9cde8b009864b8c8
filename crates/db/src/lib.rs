//! All of AgorAL's SQL. Every query is written once, with `$N` placeholders,
//! and runs on SQLite and PostgreSQL through sqlx's `Any` driver; the few
//! statements that must differ (job claiming, integrity checks) branch on
//! [`Backend`]. Instants are Unix seconds in `BIGINT`/`INTEGER` columns and
//! booleans are 0/1 integers, so that both backends decode the same types.
//! Functions return domain types, and `Option<T>` when nothing is found.

pub mod accounts;
pub mod articles;
pub mod audit;
pub mod auth_tokens;
pub mod authors;
pub mod backup;
pub mod changes;
pub mod comuni;
pub mod datasets;
pub mod feeds;
pub mod form_tokens;
pub mod good_practices;
pub mod intake;
pub mod jobs;
pub mod kept;
pub mod login_throttle;
pub mod mailbox;
pub mod media;
pub mod network;
pub mod organisations;
pub mod outbox;
pub mod pages;
pub mod person_data;
pub mod problem_reports;
mod read;
pub mod reports;
pub mod sections;
pub mod service_changes;
pub mod service_checks;
pub mod services;
pub mod sessions;
pub mod settings;
pub mod tags;
#[cfg(test)]
mod testing;

use std::str::FromStr;

use sqlx::{
    AnyPool, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
    migrate::{MigrateError, Migrator},
};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../../migrations/postgres");

/// Which database engine is behind the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Errors from the storage layer. The cause is kept for the logs; the web
/// layer shows users a generic page.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] MigrateError),
    #[error("unsupported database URL (expected sqlite: or postgres:)")]
    UnsupportedUrl,
    #[error("unexpected value {value:?} in {column}")]
    Corrupt { column: &'static str, value: String },
    #[error("{0}")]
    Backup(String),
}

pub use read::Reads;

pub type Result<T, E = DbError> = std::result::Result<T, E>;

/// A transaction on either backend, from [`Db::begin_write`] or
/// [`Db::begin_snapshot`].
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// The database handle kept in the application state. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// The synchronous read path of a SQLite file (see `read`).
    readers: Option<std::sync::Arc<read::Readers>>,
}

impl Db {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`). SQLite
    /// files are switched to WAL mode so that readers never wait for writers,
    /// and every connection enforces foreign keys.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url).ok_or(DbError::UnsupportedUrl)?;
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                             PRAGMA synchronous = NORMAL;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        if backend == Backend::Sqlite {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        let readers = match backend {
            Backend::Sqlite => read::Readers::for_url(url),
            Backend::Postgres => None,
        };
        Ok(Db {
            pool,
            backend,
            readers,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    fn migrator(&self) -> &'static Migrator {
        match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        }
    }

    /// Applies every migration not yet applied. Safe to run from several
    /// instances at once: PostgreSQL migrations take an advisory lock.
    pub async fn migrate(&self) -> Result<()> {
        self.migrator().run(&self.pool).await?;
        Ok(())
    }

    /// Versions of the migrations shipped with this binary that the database
    /// has not applied yet.
    pub async fn pending_migrations(&self) -> Result<Vec<i64>> {
        // No migrations table yet (an error here) means everything is pending.
        let applied: Vec<i64> = sqlx::query_scalar::<_, i64>(
            "SELECT version FROM _sqlx_migrations WHERE success = TRUE",
        )
        .fetch_all(&self.pool)
        .await
        .unwrap_or_default();
        Ok(self
            .migrator()
            .iter()
            .map(|m| m.version)
            .filter(|v| !applied.contains(v))
            .collect())
    }

    /// The newest migration version this binary ships.
    pub fn latest_migration(&self) -> i64 {
        self.migrator().iter().map(|m| m.version).max().unwrap_or(0)
    }

    /// Cheap round trip, for readiness probes.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Engine-level consistency checks: SQLite's integrity and foreign-key
    /// checks; on PostgreSQL, which keeps its own consistency, a round trip.
    /// Returns the problems found, empty when all is well.
    pub async fn integrity_problems(&self) -> Result<Vec<String>> {
        match self.backend {
            Backend::Sqlite => {
                let mut problems: Vec<String> =
                    sqlx::query_scalar::<_, String>("PRAGMA integrity_check")
                        .fetch_all(&self.pool)
                        .await?
                        .into_iter()
                        .filter(|line| line != "ok")
                        .collect();
                let fk = sqlx::query("PRAGMA foreign_key_check")
                    .fetch_all(&self.pool)
                    .await?;
                if !fk.is_empty() {
                    problems.push(format!("{} rows break a foreign key", fk.len()));
                }
                Ok(problems)
            }
            Backend::Postgres => {
                self.ping().await?;
                Ok(Vec::new())
            }
        }
    }

    /// Begins a transaction that writes. Every write transaction starts
    /// here, never with `pool().begin()` (a lint refuses that outside this
    /// file).
    ///
    /// On SQLite it takes the write lock at its start (`BEGIN IMMEDIATE`),
    /// waiting for it up to the busy timeout. A deferred transaction that
    /// reads before it writes would otherwise fail at its first write, in
    /// WAL mode, as soon as another connection has committed since its read
    /// began (`SQLITE_BUSY_SNAPSHOT`): the busy timeout cannot help there,
    /// and concurrent public submissions were lost that way. Writers on one
    /// SQLite file take turns anyway; readers are never held up. PostgreSQL
    /// takes row locks as statements need them and waits for them.
    pub async fn begin_write(&self) -> Result<Tx> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            #[allow(clippy::disallowed_methods)]
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    /// Begins a read-only transaction that sees one snapshot of the whole
    /// database (backups): writers go on meanwhile on both backends.
    pub async fn begin_snapshot(&self) -> Result<Tx> {
        let tx = match self.backend {
            // A deferred transaction: its first read fixes the snapshot.
            #[allow(clippy::disallowed_methods)]
            Backend::Sqlite => self.pool.begin().await?,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .await?
            }
        };
        Ok(tx)
    }

    /// Pool figures for `/metrics`: (open connections, idle connections).
    pub fn pool_stats(&self) -> (u32, usize) {
        (self.pool.size(), self.pool.num_idle())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Booleans are stored as 0/1 on both backends.
pub(crate) fn flag(value: bool) -> i64 {
    i64::from(value)
}
