//! `agoral check`: database integrity, pending migrations, media files.

use std::process::ExitCode;

use agoral_db::Db;

use crate::{config::Config, storage::MediaStore};

/// The problems found, empty when all is well.
pub async fn problems(config: &Config) -> anyhow::Result<Vec<String>> {
    let db = Db::connect(config.database_url.expose(), 2).await?;
    let mut problems = Vec::new();
    for problem in db.integrity_problems().await? {
        problems.push(format!("database: {problem}"));
    }
    let pending = db.pending_migrations().await?;
    if !pending.is_empty() {
        problems.push(format!(
            "migrations: {} not applied ({:?}); run `agoral migrate`",
            pending.len(),
            pending
        ));
    }
    if pending.is_empty() {
        let media = MediaStore::local(&config.media_dir())?;
        for key in db.media_keys().await? {
            if !media.exists(&key).await? {
                problems.push(format!("media: file {key} is missing"));
            }
        }
    }
    db.close().await;
    Ok(problems)
}

pub async fn run(config: &Config) -> anyhow::Result<ExitCode> {
    let problems = problems(config).await?;
    if problems.is_empty() {
        println!("All checks passed: database intact, migrations applied, media files present.");
        Ok(ExitCode::SUCCESS)
    } else {
        for problem in &problems {
            println!("{problem}");
        }
        println!("{} problems found.", problems.len());
        Ok(ExitCode::FAILURE)
    }
}
