//! The `dataset_import` job and `agoral import`: a dataset file, already on
//! disk as CSV (an XLSX sheet is turned into CSV when it is uploaded), is
//! read as a stream with the settings the analyst confirmed and written as
//! the rows of a new version, in batches, with its progress reported. The
//! version becomes the dataset's current one only once every row is in; at
//! the first bad row nothing of it stays and the previous version goes on
//! being shown.

use std::{
    collections::{HashMap, HashSet},
    hash::{Hash, Hasher},
    path::{Path, PathBuf},
    sync::Arc,
};

use agoral_db::{Db, jobs::Job};
use agoral_domain::observatory::{
    dataset::{ImportFailure, Version, VersionDiff, VersionId, VersionStatus},
    table::{KnownComuni, Reader, RowError, Settings},
};
use anyhow::Context;

use crate::state::AppState;

pub const KIND: &str = "dataset_import";

/// Rows parsed ahead of the database: bounds memory whatever the file.
const BATCH_ROWS: usize = 2000;

#[derive(serde::Serialize, serde::Deserialize)]
pub struct Payload {
    pub version: i64,
    /// File name inside the imports folder.
    pub file: String,
}

/// An upload's name in the imports folder: random hex and `.csv`. Nothing
/// else is opened, so a payload cannot point outside the folder.
pub fn is_import_file_name(name: &str) -> bool {
    name.strip_suffix(".csv").is_some_and(|stem| {
        (16..=64).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

pub fn failure_of(error: &RowError) -> ImportFailure {
    ImportFailure {
        line: Some(error.line),
        column: error.column.clone(),
        value: error.value.clone(),
        message: error.message.to_owned(),
    }
}

/// How many times each row (by a hash of its cells) occurs.
type RowHashes = HashMap<u64, u32>;

fn row_hash(cells: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    cells.hash(&mut hasher);
    hasher.finish()
}

fn column_names(settings: &str) -> Vec<String> {
    serde_json::from_str::<Settings>(settings)
        .map(|s| s.columns.into_iter().map(|c| c.name).collect())
        .unwrap_or_default()
}

/// Compares a new version with the one before it that was imported: rows
/// by content, columns by name.
async fn record_diff(db: &Db, version: VersionId, hashes: &RowHashes) -> anyhow::Result<()> {
    let Some(new) = db.version(version).await? else {
        return Ok(());
    };
    let previous = db
        .versions(new.dataset_id)
        .await?
        .into_iter()
        .find(|v| v.number < new.number && v.status == VersionStatus::Ready);
    let Some(previous) = previous else {
        return Ok(());
    };
    let mut remaining = hashes.clone();
    let mut removed = 0u64;
    db.each_version_row(previous.id, |cells| {
        match remaining.get_mut(&row_hash(&cells)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => removed += 1,
        }
        Ok(())
    })
    .await?;
    let added = remaining.values().map(|n| u64::from(*n)).sum();
    let (old_columns, new_columns) = (
        column_names(&previous.settings),
        column_names(&new.settings),
    );
    let diff = VersionDiff {
        previous: previous.number,
        rows_added: added,
        rows_removed: removed,
        columns_added: new_columns
            .iter()
            .filter(|c| !old_columns.contains(c))
            .cloned()
            .collect(),
        columns_removed: old_columns
            .iter()
            .filter(|c| !new_columns.contains(c))
            .cloned()
            .collect(),
    };
    db.set_version_diff(version, &diff).await?;
    Ok(())
}

/// The province's comuni, against which imported ISTAT codes of the
/// province are checked.
pub fn known_comuni<'a>(codes: impl IntoIterator<Item = &'a String>) -> Arc<KnownComuni> {
    Arc::new(KnownComuni {
        prefix: agoral_domain::comuni::PROVINCE_PREFIX.to_owned(),
        codes: codes.into_iter().cloned().collect::<HashSet<String>>(),
    })
}

/// What an import did.
pub enum Outcome {
    Imported(u64),
    Failed(ImportFailure),
}

/// Reads `path` with `settings` into the rows of `version`, calling
/// `progress(bytes read, bytes in all, rows)` as it goes. Rows of an earlier,
/// interrupted run are removed first, so running it again is safe.
pub async fn import_file(
    db: &Db,
    version: VersionId,
    path: &Path,
    settings: &Settings,
    known: Arc<KnownComuni>,
    progress: &mut (dyn FnMut(u64, u64, u64) + Send),
) -> anyhow::Result<Outcome> {
    let total = tokio::fs::metadata(path)
        .await
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    db.clear_version_rows(version).await?;
    // The parser is synchronous: it runs on a blocking thread and hands
    // batches over a small channel, so that at most a few batches are in
    // memory while the database writes.
    let (sender, mut receiver) =
        tokio::sync::mpsc::channel::<Result<(Vec<String>, u64), RowError>>(2);
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut reader = match Reader::new(
        std::io::BufReader::with_capacity(256 * 1024, file),
        settings.clone(),
    ) {
        Ok(reader) => reader.with_known_comuni(known),
        Err(e) => {
            let failure = ImportFailure {
                message: e.message().to_owned(),
                ..ImportFailure::default()
            };
            db.fail_version(version, &failure).await?;
            return Ok(Outcome::Failed(failure));
        }
    };
    let parser = tokio::task::spawn_blocking(move || {
        let mut hashes = RowHashes::new();
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        loop {
            match reader.next() {
                Some(Ok(values)) => {
                    let cells: Vec<serde_json::Value> =
                        values.iter().map(|v| v.to_json()).collect();
                    let json = serde_json::Value::Array(cells).to_string();
                    *hashes.entry(row_hash(&json)).or_insert(0) += 1;
                    batch.push(json);
                    if batch.len() == BATCH_ROWS {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ROWS));
                        if sender
                            .blocking_send(Ok((full, reader.bytes_read())))
                            .is_err()
                        {
                            return hashes;
                        }
                    }
                }
                Some(Err(error)) => {
                    let _ = sender.blocking_send(Err(error));
                    return hashes;
                }
                None => {
                    let _ = sender.blocking_send(Ok((batch, reader.bytes_read())));
                    return hashes;
                }
            }
        }
    });
    let mut rows: u64 = 0;
    let mut outcome = None;
    while let Some(message) = receiver.recv().await {
        match message {
            Ok((batch, bytes)) => {
                if !batch.is_empty() {
                    db.insert_version_rows(version, rows as i64 + 1, &batch)
                        .await?;
                    rows += batch.len() as u64;
                }
                progress(bytes.min(total), total, rows);
            }
            Err(error) => {
                outcome = Some(Outcome::Failed(failure_of(&error)));
                break;
            }
        }
    }
    drop(receiver);
    let hashes = parser.await.context("the parser stopped")?;
    match outcome {
        Some(Outcome::Failed(failure)) => {
            db.fail_version(version, &failure).await?;
            Ok(Outcome::Failed(failure))
        }
        _ if rows == 0 => {
            let failure = ImportFailure {
                message: "table-error-no-rows".to_owned(),
                ..ImportFailure::default()
            };
            db.fail_version(version, &failure).await?;
            Ok(Outcome::Failed(failure))
        }
        _ => {
            db.finish_version(version, rows as i64).await?;
            if let Err(e) = record_diff(db, version, &hashes).await {
                tracing::warn!(error = %e, "what changed from the previous version not worked out");
            }
            Ok(Outcome::Imported(rows))
        }
    }
}

fn settings_of(version: &Version) -> anyhow::Result<Settings> {
    serde_json::from_str(&version.settings).context("import settings")
}

/// How long an upload may wait in the imports folder for its preview to
/// be confirmed.
const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(2 * 24 * 3600);

/// Removes the uploads of previews nobody confirmed or discarded (and any
/// file a crash left), older than two days. An import still waiting for
/// its file after that finds it gone and says so on its version.
pub fn remove_abandoned(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > ABANDONED_AFTER);
        if old
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

pub fn import_path(state: &AppState, file: &str) -> PathBuf {
    state.config.imports_dir().join(file)
}

pub async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&job.payload).context("payload")?;
    if !is_import_file_name(&payload.file) {
        anyhow::bail!("not an import file name: {:?}", payload.file);
    }
    let Some(version) = state.db.version(VersionId(payload.version)).await? else {
        return Ok(());
    };
    if version.status != VersionStatus::Importing {
        return Ok(());
    }
    let path = import_path(state, &payload.file);
    if !path.exists() {
        let failure = ImportFailure {
            message: "import-error-file-missing".to_owned(),
            ..ImportFailure::default()
        };
        state.db.fail_version(version.id, &failure).await?;
        return Ok(());
    }
    let settings = settings_of(&version)?;
    // Progress goes to the jobs table through a task that keeps only the
    // newest figures when the database is slower than the parser.
    let (sender, mut receiver) = tokio::sync::watch::channel((0u64, 0u64, 0u64));
    let db = state.db.clone();
    let id = job.id;
    let reporter = tokio::spawn(async move {
        while receiver.changed().await.is_ok() {
            let (done, total, rows) = *receiver.borrow_and_update();
            let _ = db
                .set_job_progress(id, done as i64, total as i64, &rows.to_string())
                .await;
        }
    });
    let result = import_file(
        &state.db,
        version.id,
        &path,
        &settings,
        known_comuni(state.comuni.keys()),
        &mut |done, total, rows| {
            let _ = sender.send((done, total, rows));
        },
    )
    .await;
    drop(sender);
    let _ = reporter.await;
    match result {
        Ok(Outcome::Imported(rows)) => {
            tracing::info!(version = version.id.0, rows, "dataset imported");
            let _ = tokio::fs::remove_file(&path).await;
            Ok(())
        }
        Ok(Outcome::Failed(failure)) => {
            tracing::info!(version = version.id.0, error = %failure.message, "dataset import refused");
            let _ = tokio::fs::remove_file(&path).await;
            Ok(())
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_old_uploads_are_removed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old = dir.path().join("0123456789abcdef0123456789abcdef.csv");
        let new = dir.path().join("fedcba9876543210fedcba9876543210.csv");
        std::fs::write(&old, "a\n1\n").expect("write");
        std::fs::write(&new, "a\n1\n").expect("write");
        let three_days_ago =
            std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 24 * 3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(three_days_ago))
            .expect("age the file");
        assert_eq!(remove_abandoned(dir.path()), 1);
        assert!(!old.exists());
        assert!(new.exists());
        assert_eq!(remove_abandoned(&dir.path().join("missing")), 0);
    }

    #[test]
    fn import_file_names_cannot_leave_the_folder() {
        assert!(is_import_file_name("0123456789abcdef0123456789abcdef.csv"));
        for bad in [
            "../etc/passwd.csv",
            "x.csv",
            "0123456789abcdef0123456789abcdef.xlsx",
            "0123456789abcdef/../a.csv",
        ] {
            assert!(!is_import_file_name(bad), "{bad}");
        }
    }
}
