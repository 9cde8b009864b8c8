//! What the unit tests of this crate share.

use crate::Db;

/// A migrated database in a SQLite file of its own (a file, so that the
/// synchronous read path is used), kept as long as the folder is.
pub(crate) async fn file_db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let db = Db::connect(&url, 2).await.expect("connect");
    db.migrate().await.expect("migrate");
    (dir, db)
}
