//! The `backup` job: writes a backup into `<data>/backups/`, reporting its
//! progress in the jobs table for the progress page. Idempotent: a backup
//! file that exists already is not written again.

use agoral_db::jobs::Job;
use anyhow::{Context, bail};

use crate::{cli::backup::write_backup, state::AppState};

pub const KIND: &str = "backup";

#[derive(serde::Serialize, serde::Deserialize)]
pub struct Payload {
    /// File name inside the backups folder.
    pub file: String,
}

/// `agoral-backup-20261126-101500.tar.gz`: nothing else is served.
pub fn is_backup_file_name(name: &str) -> bool {
    name.strip_prefix("agoral-backup-")
        .and_then(|rest| rest.strip_suffix(".tar.gz"))
        .is_some_and(|stamp| {
            !stamp.is_empty()
                && stamp.len() <= 40
                && stamp.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        })
}

pub async fn run(state: &AppState, job: &Job) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&job.payload).context("payload")?;
    if !is_backup_file_name(&payload.file) {
        bail!("not a backup file name: {:?}", payload.file);
    }
    let path = state.config.backups_dir().join(&payload.file);
    if path.exists() {
        return Ok(());
    }
    // The writer reports synchronously; a task carries the figures to the
    // database, keeping only the newest when it falls behind.
    let (sender, mut receiver) = tokio::sync::watch::channel((0u64, 0u64, String::new()));
    let db = state.db.clone();
    let id = job.id;
    let reporter = tokio::spawn(async move {
        while receiver.changed().await.is_ok() {
            let (done, total, note) = receiver.borrow_and_update().clone();
            let _ = db
                .set_job_progress(id, done as i64, total as i64, &note)
                .await;
        }
    });
    let result = write_backup(&state.db, &state.media, &path, &mut |done, total, note| {
        let _ = sender.send((done, total, note.to_owned()));
    })
    .await;
    drop(sender);
    let _ = reporter.await;
    result.map(|_| ())
}
