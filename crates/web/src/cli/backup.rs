//! `agoral backup` and `agoral restore`.
//!
//! A backup is one `.tar.gz` file: `manifest.json`, one `tables/<name>.jsonl`
//! per table (rows as JSON objects, read in one database snapshot, so the
//! backup is consistent while the server runs) and `media/<key>` for every
//! media file the snapshot refers to. Media files are never changed in
//! place, so copying them after the snapshot is safe. The format is the same
//! for both backends: a SQLite backup restores into PostgreSQL and back.

use std::{
    collections::BTreeMap,
    fs::File,
    io::{BufRead, BufReader, Read, Write},
    path::{Path, PathBuf},
};

use agoral_db::{Db, backup::TABLES};
use agoral_domain::time::Timestamp;
use anyhow::{Context, bail};
use flate2::{Compression, read::GzDecoder, write::GzEncoder};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{cli::progress::Progress, config::Config, server::open_database, storage::MediaStore};

pub const FORMAT: &str = "agoral-backup";

#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub created_at: String,
    pub backend: String,
    pub schema_version: i64,
    pub tables: BTreeMap<String, u64>,
    pub media_files: u64,
}

fn append(
    builder: &mut tar::Builder<GzEncoder<File>>,
    path: &str,
    bytes: &[u8],
) -> anyhow::Result<()> {
    let mut header = tar::Header::new_gnu();
    header.set_size(bytes.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(Timestamp::now().0.max(0) as u64);
    header.set_cksum();
    builder.append_data(&mut header, path, bytes)?;
    Ok(())
}

/// Reports progress: (steps done, steps in all, what is being done). A step
/// is a table or a media file.
pub type ProgressFn<'a> = dyn FnMut(u64, u64, &str) + Send + 'a;

/// Writes a backup of `db` and `media` to `output` (atomically: a partial
/// file never has the final name).
pub async fn write_backup(
    db: &Db,
    media: &MediaStore,
    output: &Path,
    progress: &mut ProgressFn<'_>,
) -> anyhow::Result<Manifest> {
    if !db.pending_migrations().await?.is_empty() {
        bail!("the database has pending migrations: run `agoral migrate` first");
    }
    let mut tables: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let table_steps = TABLES.len() as u64;
    progress(0, table_steps, "tables");
    let mut tables_done = 0u64;
    let mut last_table = String::new();
    db.export_tables(|table, row| {
        if table != last_table {
            if !last_table.is_empty() {
                tables_done += 1;
                progress(tables_done, table_steps, table);
            }
            last_table = table.to_owned();
        }
        let buffer = tables.entry(table.to_owned()).or_default();
        serde_json::to_writer(&mut *buffer, &row)?;
        buffer.push(b'\n');
        *counts.entry(table.to_owned()).or_default() += 1;
        Ok(())
    })
    .await?;
    let keys = db.media_keys().await?;
    let total = table_steps + keys.len() as u64;
    progress(table_steps, total, "media");
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        version: 1,
        created_at: Timestamp::now().rfc3339(),
        backend: db.backend().name().to_owned(),
        schema_version: db.latest_migration(),
        tables: TABLES
            .iter()
            .map(|t| ((*t).to_owned(), counts.get(*t).copied().unwrap_or(0)))
            .collect(),
        media_files: keys.len() as u64,
    };
    if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let partial = output.with_extension("partial");
    let file = File::create(&partial).with_context(|| format!("creating {}", partial.display()))?;
    let mut builder = tar::Builder::new(GzEncoder::new(file, Compression::default()));
    append(
        &mut builder,
        "manifest.json",
        &serde_json::to_vec_pretty(&manifest)?,
    )?;
    for table in TABLES {
        let empty = Vec::new();
        append(
            &mut builder,
            &format!("tables/{table}.jsonl"),
            tables.get(*table).unwrap_or(&empty),
        )?;
    }
    for (index, key) in keys.iter().enumerate() {
        let bytes = media
            .get(key)
            .await?
            .with_context(|| format!("media file {key} is missing (see `agoral check`)"))?;
        append(&mut builder, &format!("media/{key}"), &bytes)?;
        progress(table_steps + index as u64 + 1, total, key);
    }
    let mut encoder = builder.into_inner()?;
    encoder.flush()?;
    encoder.finish()?.sync_all()?;
    std::fs::rename(&partial, output)?;
    progress(total, total, "done");
    Ok(manifest)
}

pub async fn backup(config: &Config, output: Option<PathBuf>) -> anyhow::Result<()> {
    let output = output.unwrap_or_else(|| {
        PathBuf::from(format!(
            "agoral-backup-{}.tar.gz",
            Timestamp::now().date_iso()
        ))
    });
    let db = Db::connect(config.database_url.expose(), 2).await?;
    let media = MediaStore::local(&config.media_dir())?;
    let mut bar = Progress::new("backup", TABLES.len() as u64);
    let manifest = write_backup(&db, &media, &output, &mut |done, total, detail| {
        bar.update(done, total, detail)
    })
    .await?;
    bar.finish();
    let rows: u64 = manifest.tables.values().sum();
    println!(
        "Backup written to {}: {rows} rows in {} tables, {} media files.",
        output.display(),
        manifest.tables.len(),
        manifest.media_files
    );
    db.close().await;
    Ok(())
}

/// The content of a backup file, checked.
pub struct BackupContent {
    pub manifest: Manifest,
    pub rows: Vec<(String, Map<String, Value>)>,
    pub media: Vec<(String, Vec<u8>)>,
}

pub fn read_backup(path: &Path) -> anyhow::Result<BackupContent> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut archive = tar::Archive::new(GzDecoder::new(file));
    let mut manifest: Option<Manifest> = None;
    let mut rows = Vec::new();
    let mut media = Vec::new();
    for entry in archive
        .entries()
        .context("not a backup file (expected .tar.gz)")?
    {
        let mut entry = entry.context("damaged backup file")?;
        let name = entry.path()?.to_string_lossy().into_owned();
        if name == "manifest.json" {
            let mut text = String::new();
            entry.read_to_string(&mut text)?;
            let parsed: Manifest = serde_json::from_str(&text).context("damaged manifest.json")?;
            if parsed.format != FORMAT || parsed.version != 1 {
                bail!(
                    "not an AgorAL backup (format {:?} version {})",
                    parsed.format,
                    parsed.version
                );
            }
            manifest = Some(parsed);
        } else if let Some(table) = name
            .strip_prefix("tables/")
            .and_then(|n| n.strip_suffix(".jsonl"))
        {
            if !TABLES.contains(&table) {
                bail!("unknown table {table:?} in backup");
            }
            for (index, line) in BufReader::new(&mut entry).lines().enumerate() {
                let line = line?;
                if line.is_empty() {
                    continue;
                }
                let row: Map<String, Value> = serde_json::from_str(&line)
                    .with_context(|| format!("{name}, line {}: not a JSON object", index + 1))?;
                rows.push((table.to_owned(), row));
            }
        } else if let Some(key) = name.strip_prefix("media/") {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            media.push((key.to_owned(), bytes));
        } else {
            bail!("unexpected file {name:?} in backup");
        }
    }
    let manifest = manifest.context("manifest.json missing: not an AgorAL backup")?;
    for (table, expected) in &manifest.tables {
        let found = rows.iter().filter(|(t, _)| t == table).count() as u64;
        if found != *expected {
            bail!("backup is incomplete: {table} has {found} rows, the manifest says {expected}");
        }
    }
    // Rows in foreign-key order, whatever the order in the archive.
    rows.sort_by_key(|(table, _)| TABLES.iter().position(|t| t == table));
    Ok(BackupContent {
        manifest,
        rows,
        media,
    })
}

/// Replaces the database content and adds the media files of a backup.
pub async fn restore_into(
    db: &Db,
    media: &MediaStore,
    content: BackupContent,
    show_progress: bool,
) -> anyhow::Result<u64> {
    if content.manifest.schema_version != db.latest_migration() {
        bail!(
            "the backup is of schema version {}, this AgorAL has {}: restore it with the matching version",
            content.manifest.schema_version,
            db.latest_migration()
        );
    }
    let mut progress =
        show_progress.then(|| Progress::new("restore: media", content.media.len() as u64));
    for (key, bytes) in content.media {
        media.put(&key, bytes).await?;
        if let Some(p) = progress.as_mut() {
            p.advance(1, &key);
        }
    }
    if let Some(p) = progress {
        p.finish();
    }
    if show_progress {
        eprintln!(
            "restore: writing {} rows in one transaction…",
            content.rows.len()
        );
    }
    Ok(db.import_tables(content.rows).await?)
}

pub async fn restore(config: &Config, file: &Path, yes: bool) -> anyhow::Result<()> {
    let content = read_backup(file)?;
    if !yes {
        print!(
            "This replaces ALL data in {} with the backup of {}. Type \"yes\" to go on: ",
            crate::config::redact_url_password(config.database_url.expose()),
            content.manifest.created_at
        );
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if answer.trim() != "yes" {
            bail!("restore cancelled");
        }
    }
    let db = open_database(config).await?;
    let media = MediaStore::local(&config.media_dir())?;
    let rows = restore_into(&db, &media, content, true).await?;
    println!("Restored {rows} rows. Everybody must log in again.");
    db.close().await;
    Ok(())
}
