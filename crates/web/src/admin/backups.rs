//! Backups from the browser: start one (a background job), follow its
//! progress bar, download the file. The command line does the same with
//! `agoral backup`.

use agoral_db::jobs::JobStatus;
use agoral_domain::time::Timestamp;
use askama::Template;
use axum::{
    extract::Path,
    http::header,
    response::{IntoResponse, Redirect, Response},
};

use agoral_domain::audit::AuditAction;

use crate::{
    admin::IdPath,
    audit,
    error::WebError,
    forms::FormErrors,
    jobs::backup::{self, Payload, is_backup_file_name},
    render::{Ctx, Shell, page},
    session::Administrator,
    session::ClientAddress,
};

/// A backup file in the backups folder.
#[derive(Debug, Clone)]
pub struct BackupFile {
    pub name: String,
    pub size: String,
    pub modified: Timestamp,
}

#[derive(Template)]
#[template(path = "admin/backups.html")]
struct BackupsPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    files: Vec<BackupFile>,
    jobs: Vec<JobStatus>,
}

fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.0} KB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

fn list_files(dir: &std::path::Path) -> Vec<BackupFile> {
    let mut files: Vec<BackupFile> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let meta = entry.metadata().ok()?;
                    let modified = meta
                        .modified()
                        .ok()?
                        .duration_since(std::time::UNIX_EPOCH)
                        .ok()?
                        .as_secs() as i64;
                    is_backup_file_name(&name).then(|| BackupFile {
                        name,
                        size: human_size(meta.len()),
                        modified: Timestamp(modified),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort_by(|a, b| b.name.cmp(&a.name));
    files
}

pub async fn list_backups(ctx: Ctx, _admin: Administrator) -> Result<Response, WebError> {
    page(&BackupsPage {
        shell: ctx.shell("backups-title"),
        notice: None,
        errors: FormErrors::default(),
        files: list_files(&ctx.state.config.backups_dir()),
        jobs: ctx.state.db.recent_jobs(backup::KIND, 5).await?,
    })
}

pub async fn start_backup(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
) -> Result<Response, WebError> {
    let now = Timestamp::now();
    let stamp = jiff::Timestamp::from_second(now.0)
        .map(|t| t.strftime("%Y%m%d-%H%M%S").to_string())
        .map_err(WebError::internal)?;
    let payload = Payload {
        file: format!("agoral-backup-{stamp}.tar.gz"),
    };
    let json = serde_json::to_string(&payload).map_err(WebError::internal)?;
    let id = ctx.state.db.enqueue_job(backup::KIND, &json, now).await?;
    audit::record(
        &ctx.state,
        AuditAction::BackupStarted,
        Some(admin.user.id.0),
        None,
        address,
        payload.file,
    )
    .await;
    Ok(Redirect::to(&format!("/admin/lavori/{id}")).into_response())
}

pub async fn download_backup(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    if !is_backup_file_name(&name) {
        return Err(WebError::NotFound);
    }
    let path = ctx.state.config.backups_dir().join(&name);
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|_| WebError::NotFound)?;
    audit::record(
        &ctx.state,
        AuditAction::BackupDownloaded,
        Some(admin.user.id.0),
        None,
        address,
        name.clone(),
    )
    .await;
    let stream = tokio_util::io::ReaderStream::new(file);
    Ok((
        [
            (header::CONTENT_TYPE, "application/gzip".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        axum::body::Body::from_stream(stream),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "admin/job.html")]
struct JobPage {
    shell: Shell,
    job: JobStatus,
    /// The file a finished backup job wrote.
    file: Option<String>,
}

/// The progress page of a long job. Without JavaScript it is reloaded by
/// hand; `static/js/progress.js` refreshes the bar by itself.
pub async fn show_job(ctx: Ctx, _admin: Administrator, id: IdPath) -> Result<Response, WebError> {
    let job = ctx
        .state
        .db
        .job_status(id.0)
        .await?
        .ok_or(WebError::NotFound)?;
    let file = (job.kind == backup::KIND && job.done && !job.failed)
        .then(|| {
            serde_json::from_str::<Payload>(&job.payload)
                .ok()
                .map(|p| p.file)
        })
        .flatten();
    page(&JobPage {
        shell: ctx.shell("job-title"),
        job,
        file,
    })
}
