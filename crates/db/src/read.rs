//! The read path of the public pages.
//!
//! sqlx's SQLite driver runs every connection on a thread of its own: each
//! query is a message to that thread and a wake-up back, about 40 µs on a
//! two-core machine, several times what SQLite needs to answer a lookup by
//! key. A story page makes about ten such reads. On a SQLite file the reads
//! written with [`Db::read_all`] therefore run synchronously on the calling
//! thread, on a small pool of read-only connections; on PostgreSQL (a
//! network round trip either way), and on an in-memory SQLite database that
//! other connections cannot see, they go through sqlx like every other
//! query. The SQL is the same text for both; rows are read through [`Get`],
//! which both drivers' rows implement.
//!
//! SQLite in WAL mode gives each statement a snapshot of the last committed
//! transaction, so a read here sees everything written through the pool
//! before it, and never waits for a writer.

use std::{
    cell::Cell,
    path::PathBuf,
    sync::{Arc, Mutex},
};

use sqlx::any::{Any, AnyRow};

use crate::{Db, Result};

/// A value bound to a `$N` placeholder of a read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    Int(i64),
    Text(&'a str),
}

/// A type both drivers decode.
pub(crate) trait Column:
    for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any> + rusqlite::types::FromSql
{
}
impl<T> Column for T where
    T: for<'r> sqlx::Decode<'r, Any> + sqlx::Type<Any> + rusqlite::types::FromSql
{
}

/// A row of either driver, read by column name.
pub(crate) trait Get {
    fn col<T: Column>(&self, name: &str) -> Result<T>;

    /// A long text (a story's body): the same as `col::<String>`, which
    /// on SQLite checks the bytes as UTF-8 one at a time wherever the text
    /// is not plain ASCII; this checks them with SIMD instructions, several
    /// times faster on accented or Arabic text of several kilobytes.
    fn text(&self, name: &str) -> Result<String> {
        self.col(name)
    }
}

impl Get for AnyRow {
    fn col<T: Column>(&self, name: &str) -> Result<T> {
        Ok(sqlx::Row::try_get(self, name)?)
    }
}

/// A row read with one column under another name: for a statement that
/// joins two tables with a column of the same name, so that each table's
/// [`FromRow`] can read its own.
pub(crate) struct Renamed<'r, G> {
    pub row: &'r G,
    /// The name the reader asks for…
    pub name: &'static str,
    /// …and the one the statement gives it.
    pub as_name: &'static str,
}

impl<G: Get> Renamed<'_, G> {
    fn name<'n>(&self, name: &'n str) -> &'n str {
        if name == self.name {
            self.as_name
        } else {
            name
        }
    }
}

impl<G: Get> Get for Renamed<'_, G> {
    fn col<T: Column>(&self, name: &str) -> Result<T> {
        self.row.col(self.name(name))
    }

    fn text(&self, name: &str) -> Result<String> {
        self.row.text(self.name(name))
    }
}

/// What a read turns each row into.
pub(crate) trait FromRow: Sized {
    fn from_row(row: &impl Get) -> Result<Self>;
}

/// The id of the first column named `id`.
impl FromRow for i64 {
    fn from_row(row: &impl Get) -> Result<Self> {
        row.col("id")
    }
}

/// Read-only connections to a SQLite file, opened when first needed and
/// kept for the next read: one for each page being read at that moment.
pub(crate) struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Reader>>,
}

/// A read-only connection, with the column names of the statements it has
/// run: asking a statement for them makes a string per column on every
/// read, a dozen allocations for a story's row.
pub(crate) struct Reader {
    conn: rusqlite::Connection,
    columns: Vec<Remembered>,
}

/// A statement's column names, in order.
type Names = Arc<[Box<str>]>;

/// The column names of a statement's text on one connection, and what
/// tells that they still belong to the statement the connection holds for
/// that text: SQLite counts each statement's runs and re-preparations
/// (after a schema change), and this counts the runs of the text.
struct Remembered {
    sql: Box<str>,
    names: Names,
    /// Runs of the text on this connection (wrapping, as SQLite's counter).
    uses: i32,
    /// The statement's runs less `uses` when the names were taken: the
    /// same while the statement is the one they were taken from. A
    /// statement evicted from the connection's cache and prepared again
    /// counts its runs from zero, and so falls behind.
    offset: i32,
    /// The statement's re-preparations when the names were taken.
    reprepares: i32,
}

/// Statements whose column names a connection remembers (as many as it
/// keeps prepared).
const REMEMBERED_STATEMENTS: usize = 64;

impl Reader {
    /// The column names of `stmt`, the statement of `sql`, which has just
    /// started its run (its first row is out); `entry` is what is
    /// remembered for `sql`.
    fn names(
        columns: &mut Vec<Remembered>,
        entry: Option<usize>,
        sql: &str,
        stmt: &rusqlite::Statement<'_>,
    ) -> Names {
        use rusqlite::StatementStatus;
        // Two counters read instead of every name compared: the names
        // are exact as long as the statement was neither prepared again
        // for a changed schema nor replaced by another of the same text.
        let runs = stmt.get_status(StatementStatus::Run);
        let reprepares = stmt.get_status(StatementStatus::RePrepare);
        if let Some(known) = entry.and_then(|i| columns.get(i))
            && known.reprepares == reprepares
            && runs.wrapping_sub(known.uses) == known.offset
            && known.names.len() == stmt.column_count()
        {
            return known.names.clone();
        }
        let names: Names = stmt.column_names().into_iter().map(Box::from).collect();
        match entry.and_then(|i| columns.get_mut(i)) {
            Some(known) => {
                known.names = names.clone();
                known.offset = runs.wrapping_sub(known.uses);
                known.reprepares = reprepares;
            }
            None => {
                if columns.len() >= REMEMBERED_STATEMENTS {
                    columns.clear();
                }
                columns.push(Remembered {
                    sql: sql.into(),
                    names: names.clone(),
                    uses: 1,
                    offset: runs.wrapping_sub(1),
                    reprepares,
                });
            }
        }
        names
    }
}

impl std::fmt::Debug for Readers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readers").field("path", &self.path).finish()
    }
}

/// Most connections kept idle; more are closed after use.
const MAX_IDLE: usize = 16;

impl Readers {
    /// Readers for the file of a `sqlite:` URL, or none for an in-memory
    /// database.
    pub(crate) fn for_url(url: &str) -> Option<Arc<Readers>> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or_default();
        if path.is_empty() || path == ":memory:" || url.contains("mode=memory") {
            return None;
        }
        Some(Arc::new(Readers {
            path: PathBuf::from(path),
            idle: Mutex::new(Vec::new()),
        }))
    }

    fn open(&self) -> Result<Reader> {
        use rusqlite::OpenFlags;
        let conn = rusqlite::Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Read-write so that the connection can map the WAL index, but
        // refusing any write: everything written goes through the pool.
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA busy_timeout = 10000;")?;
        conn.set_prepared_statement_cache_capacity(REMEMBERED_STATEMENTS);
        Ok(Reader {
            conn,
            columns: Vec::new(),
        })
    }

    fn take(&self) -> Result<Reader> {
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        match idle {
            Some(conn) => Ok(conn),
            None => self.open(),
        }
    }

    fn give_back(&self, conn: Reader) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < MAX_IDLE
        {
            idle.push(conn);
        }
    }
}

/// Reads sharing a connection: [`Db::reads`] for a few independent reads,
/// [`Db::snapshot`] for the reads of one page, which on SQLite run in one
/// read transaction: they see the same state of the database, and take its
/// locks once (each transaction costs two file-lock calls and a `stat`,
/// more than a lookup by key). The connection goes back to its pool, and
/// the transaction ends, when this is dropped: drop it before rendering.
pub struct Reads {
    inner: Inner,
}

enum Inner {
    Sqlite {
        readers: Arc<Readers>,
        conn: Option<Reader>,
        snapshot: bool,
        in_transaction: bool,
    },
    Pool(sqlx::AnyPool),
}

impl std::fmt::Debug for Reads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.inner {
            Inner::Sqlite { snapshot, .. } => {
                if *snapshot {
                    "sqlite snapshot"
                } else {
                    "sqlite"
                }
            }
            Inner::Pool(_) => "pool",
        };
        f.debug_struct("Reads").field("kind", &kind).finish()
    }
}

impl Reads {
    /// Every row of a read, in order.
    pub(crate) async fn all<T: FromRow>(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<Vec<T>> {
        match &mut self.inner {
            Inner::Sqlite {
                readers,
                conn,
                snapshot,
                in_transaction,
            } => {
                if conn.is_none() {
                    *conn = Some(readers.take()?);
                }
                let Some(conn) = conn.as_mut() else {
                    unreachable!("connection taken above")
                };
                if *snapshot && !*in_transaction {
                    conn.conn.prepare_cached("BEGIN")?.execute([])?;
                    *in_transaction = true;
                }
                sqlite_rows(conn, sql, args)
            }
            Inner::Pool(pool) => {
                let mut query = sqlx::query(sql);
                for arg in args {
                    query = match *arg {
                        Arg::Int(v) => query.bind(v),
                        Arg::Text(v) => query.bind(v),
                    };
                }
                let rows = query.fetch_all(&*pool).await?;
                rows.iter().map(T::from_row).collect()
            }
        }
    }

    /// The first row of a read, if any.
    pub(crate) async fn optional<T: FromRow>(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
    ) -> Result<Option<T>> {
        Ok(self.all(sql, args).await?.into_iter().next())
    }
}

impl Drop for Reads {
    fn drop(&mut self) {
        if let Inner::Sqlite {
            readers,
            conn,
            in_transaction,
            ..
        } = &mut self.inner
            && let Some(conn) = conn.take()
        {
            // A read transaction has nothing to keep: ending it only
            // releases the snapshot.
            let ended = || conn.conn.prepare_cached("COMMIT")?.execute([]);
            if *in_transaction && ended().is_err() {
                return;
            }
            readers.give_back(conn);
        }
    }
}

fn sqlite_rows<T: FromRow>(reader: &mut Reader, sql: &str, args: &[Arg<'_>]) -> Result<Vec<T>> {
    let Reader { conn, columns } = reader;
    let mut stmt = conn.prepare_cached(sql)?;
    bind(&mut stmt, args)?;
    // Every run of the text counts, with rows or without (see
    // [`Remembered::offset`]).
    let entry = columns.iter().position(|known| *known.sql == *sql);
    if let Some(known) = entry.and_then(|i| columns.get_mut(i)) {
        known.uses = known.uses.wrapping_add(1);
    }
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    let mut names = None;
    while let Some(row) = rows.next()? {
        // Taken once the first row is out: a statement whose tables
        // changed is prepared again by its first step, and only then has
        // its new columns.
        let names = match &names {
            Some(names) => names,
            None => names.insert(Reader::names(columns, entry, sql, row.as_ref())),
        };
        out.push(T::from_row(&SqliteRow {
            row,
            names,
            next: Cell::new(0),
        })?);
    }
    Ok(out)
}

/// A SQLite row with its statement's column names at hand: looking a
/// column up through the driver asks SQLite for every name each time.
struct SqliteRow<'a, 'r> {
    row: &'a rusqlite::Row<'r>,
    names: &'a [Box<str>],
    /// The column after the last one read: rows are mostly read in the
    /// statement's order, so the name is looked for there first.
    next: Cell<usize>,
}

impl SqliteRow<'_, '_> {
    fn index(&self, name: &str) -> Result<usize> {
        let next = self.next.get();
        let found = match self.names.get(next) {
            Some(n) if **n == *name => Some(next),
            _ => self.names.iter().position(|n| **n == *name),
        };
        match found {
            Some(index) => {
                self.next.set(index + 1);
                Ok(index)
            }
            None => Err(rusqlite::Error::InvalidColumnName(name.to_owned()).into()),
        }
    }
}

impl Get for SqliteRow<'_, '_> {
    fn col<T: Column>(&self, name: &str) -> Result<T> {
        Ok(self.row.get(self.index(name)?)?)
    }

    fn text(&self, name: &str) -> Result<String> {
        let index = self.index(name)?;
        match self.row.get_ref(index)? {
            rusqlite::types::ValueRef::Text(bytes) => match simdutf8::basic::from_utf8(bytes) {
                Ok(text) => Ok(text.to_owned()),
                // Not UTF-8: the driver's own check says where, as for
                // any other column.
                Err(_) => Ok(self.row.get(index)?),
            },
            // Anything else is converted (or refused) as for any column.
            _ => Ok(self.row.get(index)?),
        }
    }
}

impl Db {
    /// Reads on one connection, each in its own transaction.
    pub fn reads(&self) -> Reads {
        self.new_reads(false)
    }

    /// Reads on one connection that see one state of the database.
    pub fn snapshot(&self) -> Reads {
        self.new_reads(true)
    }

    fn new_reads(&self, snapshot: bool) -> Reads {
        let inner = match &self.readers {
            Some(readers) => Inner::Sqlite {
                readers: readers.clone(),
                conn: None,
                snapshot,
                in_transaction: false,
            },
            None => Inner::Pool(self.pool().clone()),
        };
        Reads { inner }
    }
}

/// Binds `$1`, `$2`, … by number: SQLite numbers named parameters in the
/// order they first appear, which need not be the order of their numbers.
/// The statement's parameters are walked by index and their names read
/// (no allocation), rather than each name looked up (a C string made for
/// each).
fn bind(stmt: &mut rusqlite::CachedStatement<'_>, args: &[Arg<'_>]) -> Result<()> {
    for index in 1..=stmt.parameter_count() {
        // `$N` is the Nth argument; a parameter without a name (`?`) the
        // one at its place.
        let number = match stmt.parameter_name(index) {
            Some(name) => name
                .strip_prefix('$')
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| rusqlite::Error::InvalidParameterName(name.to_owned()))?,
            None => index,
        };
        let Some(arg) = number.checked_sub(1).and_then(|i| args.get(i)) else {
            return Err(
                rusqlite::Error::InvalidParameterCount(args.len(), stmt.parameter_count()).into(),
            );
        };
        match *arg {
            Arg::Int(v) => stmt.raw_bind_parameter(index, v)?,
            Arg::Text(v) => stmt.raw_bind_parameter(index, v)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Arg, FromRow, Get, Readers};
    use crate::Result;

    /// A text read both ways.
    #[derive(Debug, PartialEq)]
    struct Both(String, String);

    impl FromRow for Both {
        fn from_row(row: &impl Get) -> Result<Self> {
            Ok(Both(row.text("t")?, row.col("t")?))
        }
    }

    #[tokio::test]
    async fn long_texts_read_as_any_text() {
        let (_dir, db) = crate::testing::file_db().await;
        let mut reads = db.reads();
        let text = "Università, città e lavoro: مدرسة اللغة العربية. ".repeat(200);
        let read: Vec<Both> = reads
            .all("SELECT $1 AS t", &[Arg::Text(&text)])
            .await
            .expect("read");
        assert_eq!(read, vec![Both(text.clone(), text)]);
        let plain: Vec<Both> = reads.all("SELECT 'abc' AS t", &[]).await.expect("read");
        assert_eq!(plain, vec![Both("abc".into(), "abc".into())]);
        // Bytes that are not UTF-8 are refused, not read.
        let broken = reads
            .all::<Both>("SELECT CAST(x'c328ff' AS TEXT) AS t", &[])
            .await;
        assert!(broken.is_err());
        // A number is converted as for any text column (refused).
        assert!(reads.all::<Both>("SELECT 7 AS t", &[]).await.is_err());
    }

    #[tokio::test]
    async fn names_follow_a_statement_prepared_again_after_eviction() {
        let (_dir, db) = crate::testing::file_db().await;
        for sql in [
            "CREATE TABLE u (name TEXT, id INTEGER)",
            "INSERT INTO u VALUES ('x', 1)",
        ] {
            sqlx::query(sql).execute(db.pool()).await.expect("setup");
        }
        let mut reads = db.reads();
        let first: Vec<i64> = reads.all("SELECT * FROM u", &[]).await.expect("read");
        // Statements without rows push it out of the connection's cache
        // while its names stay remembered…
        for n in 0..super::REMEMBERED_STATEMENTS + 2 {
            let none: Vec<i64> = reads
                .all(&format!("SELECT {n} AS id WHERE 0"), &[])
                .await
                .expect("read");
            assert!(none.is_empty());
        }
        // …and the table changes before the text is prepared again.
        for sql in [
            "DROP TABLE u",
            "CREATE TABLE u (id INTEGER, name TEXT)",
            "INSERT INTO u VALUES (2, 'y')",
        ] {
            sqlx::query(sql).execute(db.pool()).await.expect("change");
        }
        // Another statement reads the new schema first, so that the text
        // is prepared against it (and not prepared again at its first step).
        let none: Vec<i64> = reads
            .all("SELECT id FROM u WHERE 0", &[])
            .await
            .expect("read");
        assert!(none.is_empty());
        let again: Vec<i64> = reads.all("SELECT * FROM u", &[]).await.expect("read");
        assert_eq!((first, again), (vec![1], vec![2]));
    }

    #[tokio::test]
    async fn parameters_are_bound_by_their_numbers() {
        let (_dir, db) = crate::testing::file_db().await;
        let mut reads = db.reads();
        let read: Vec<Both> = reads
            .all(
                "SELECT $3 || $1 || $3 || $2 AS t",
                &[Arg::Text("a"), Arg::Int(7), Arg::Text("-")],
            )
            .await
            .expect("read");
        assert_eq!(read, vec![Both("-a-7".into(), "-a-7".into())]);
        // An argument the text does not use is ignored…
        let read: Vec<Both> = reads
            .all("SELECT $1 AS t", &[Arg::Text("b"), Arg::Int(1)])
            .await
            .expect("read");
        assert_eq!(read, vec![Both("b".into(), "b".into())]);
        // …a parameter without its argument is an error.
        assert!(
            reads
                .all::<Both>("SELECT $2 AS t", &[Arg::Text("c")])
                .await
                .is_err()
        );
        assert!(
            reads
                .all::<Both>("SELECT :x AS t", &[Arg::Text("c")])
                .await
                .is_err()
        );
    }

    #[test]
    fn only_files_get_synchronous_readers() {
        assert!(Readers::for_url("sqlite://data/agoral.db?mode=rwc").is_some());
        assert!(Readers::for_url("sqlite:agoral.db").is_some());
        assert!(Readers::for_url("sqlite::memory:").is_none());
        assert!(Readers::for_url("sqlite://file.db?mode=memory").is_none());
        assert!(Readers::for_url("postgres://localhost/x").is_none());
    }

    #[tokio::test]
    async fn reads_see_what_was_committed_and_cannot_write() {
        let (_dir, db) = crate::testing::file_db().await;
        sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            .execute(db.pool())
            .await
            .expect("create");
        let mut snapshot = db.snapshot();
        let none: Option<i64> = snapshot
            .optional("SELECT id FROM t WHERE name = $1", &[Arg::Text("a")])
            .await
            .expect("read");
        assert_eq!(none, None);
        // A write committed while a snapshot is open is not in it…
        sqlx::query("INSERT INTO t (id, name) VALUES (7, 'a')")
            .execute(db.pool())
            .await
            .expect("insert");
        let still: Option<i64> = snapshot
            .optional("SELECT id FROM t WHERE name = $1", &[Arg::Text("a")])
            .await
            .expect("read");
        assert_eq!(still, None);
        drop(snapshot);
        // …and is in every read that starts after it.
        let id: Option<i64> = db
            .reads()
            .optional("SELECT id FROM t WHERE name = $1", &[Arg::Text("a")])
            .await
            .expect("read");
        assert_eq!(id, Some(7));
        // Parameters are bound by number, whatever order they appear in.
        let id: Option<i64> = db
            .reads()
            .optional(
                "SELECT id FROM t WHERE name = $2 AND id = $1",
                &[Arg::Int(7), Arg::Text("a")],
            )
            .await
            .expect("read");
        assert_eq!(id, Some(7));
        // The same text after the table changed is read with its new
        // columns.
        sqlx::query("CREATE TABLE u (name TEXT, id INTEGER)")
            .execute(db.pool())
            .await
            .expect("create");
        sqlx::query("INSERT INTO u VALUES ('x', 1)")
            .execute(db.pool())
            .await
            .expect("insert");
        let mut reads = db.reads();
        let before: Vec<i64> = reads.all("SELECT * FROM u", &[]).await.expect("read");
        sqlx::query("DROP TABLE u")
            .execute(db.pool())
            .await
            .expect("drop");
        sqlx::query("CREATE TABLE u (id INTEGER, name TEXT)")
            .execute(db.pool())
            .await
            .expect("create");
        sqlx::query("INSERT INTO u VALUES (2, 'y')")
            .execute(db.pool())
            .await
            .expect("insert");
        let after: Vec<i64> = reads.all("SELECT * FROM u", &[]).await.expect("read");
        assert_eq!((before, after), (vec![1], vec![2]));
        drop(reads);
        let refused = db
            .reads()
            .all::<i64>("DELETE FROM t RETURNING id", &[])
            .await;
        assert!(refused.is_err(), "the read path must not write");
        let missing = db
            .reads()
            .all::<i64>("SELECT id FROM t WHERE name = $1", &[])
            .await;
        assert!(missing.is_err(), "an unbound parameter is an error");
    }
}
