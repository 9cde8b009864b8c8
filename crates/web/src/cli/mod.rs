//! The `agoral` command line: one binary, one subcommand per task.

pub mod backup;
pub mod check;
pub mod demo;
pub mod demo_network;
pub mod demo_observatory;
pub mod import;
pub mod progress;
pub mod user;

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::config::{Config, Sources};

#[derive(Debug, Parser)]
#[command(
    name = "agoral",
    version,
    about = "AgorAL: magazine, network, observatory and services directory of the Provincia di Alessandria immigration programme"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Settings that every subcommand accepts; they override the file and the
/// environment.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration file (TOML). Default: ./agoral.toml when it exists.
    #[arg(long, global = true, env = "AGORAL_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data folder (database, media, mail files). Default: ./agoral-data
    #[arg(long, global = true)]
    pub data_dir: Option<String>,
    /// Database URL: sqlite://… or postgres://…
    #[arg(long, global = true)]
    pub database_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the web server (and the background jobs).
    Serve {
        /// Also load the demo content built from real public data.
        #[arg(long)]
        demo: bool,
        /// Address and port to listen on. Default: 127.0.0.1:8080
        #[arg(long)]
        listen: Option<String>,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Check the database, migrations and media files; exit 1 on problems.
    Check,
    /// Print the effective configuration, secrets hidden.
    Config,
    /// Manage staff accounts.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Write a consistent backup (database and media) while the server runs.
    Backup {
        /// Backup file to write. Default: agoral-backup-<date>.tar.gz
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Replace the database with a backup's and add its media files.
    Restore {
        /// Backup file written by `agoral backup`.
        file: PathBuf,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Run the due background jobs, poll the due feeds, read the mailbox
    /// and do the periodic upkeep, once, and exit.
    RunJobs,
    /// Import a CSV or XLSX file as a new version of an Osservatorio dataset.
    Import(import::ImportArgs),
    /// Rebuild the search index from the database. With a server running on
    /// the same data folder, every instance rebuilds its own, still serving.
    Reindex,
}

/// Builds the configuration: defaults → file → environment → flags.
pub fn load_config(global: &GlobalArgs, listen: Option<&str>) -> anyhow::Result<Config> {
    let mut sources = Sources::default();
    let file = global
        .config
        .clone()
        .or_else(|| Some(PathBuf::from("agoral.toml")).filter(|p| p.exists()));
    if let Some(file) = file {
        sources.load_file(&file)?;
    }
    sources.load_env(|name| std::env::var(name).ok())?;
    if let Some(dir) = &global.data_dir {
        sources.set("data_dir", dir.clone(), "--data-dir");
    }
    if let Some(url) = &global.database_url {
        sources.set("database_url", url.clone(), "--database-url");
    }
    if let Some(listen) = listen {
        sources.set("listen", listen, "--listen");
    }
    Ok(sources.build()?)
}

pub fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<std::process::ExitCode> {
    let listen = match &cli.command {
        Command::Serve { listen, .. } => listen.as_deref(),
        _ => None,
    };
    let config = load_config(&cli.global, listen)?;
    init_logging(&config.log);
    match cli.command {
        Command::Serve { demo, .. } => {
            let signals = crate::server::ShutdownSignals::install();
            let running = crate::server::start(
                config,
                crate::server::Options {
                    demo,
                    no_worker: false,
                },
            )
            .await?;
            let url = format!("http://{}", running.address);
            // Written without println!: a closed standard output (a service
            // manager, a pipe that went away) must not stop the server.
            let mut banner = format!("AgorAL is running at {url}/ (Ctrl-C to stop)\n");
            if let Some(admin) = &running.first_admin {
                banner.push_str(&format!(
                    "\n  First administrator created. This password is shown only once:\n    \
                     login:    {url}/accedi\n    email:    {}\n    password: {}\n  \
                     At the first login you will set up two-factor authentication.\n\n",
                    admin.email, admin.password
                ));
            }
            let mut stdout = std::io::stdout();
            let _ = std::io::Write::write_all(&mut stdout, banner.as_bytes());
            let _ = std::io::Write::flush(&mut stdout);
            running.run_until_signal(signals).await?;
        }
        Command::Migrate => {
            let db = crate::server::open_database(&config).await?;
            println!("Database up to date (migration {}).", db.latest_migration());
        }
        Command::Check => return check::run(&config).await,
        Command::Import(args) => return import::run(config, args).await,
        Command::Config => {
            for (key, value) in config.describe() {
                println!("{key} = {value}");
            }
        }
        Command::User(command) => user::run(&config, command).await?,
        Command::Backup { output } => backup::backup(&config, output).await?,
        Command::Restore { file, yes } => backup::restore(&config, &file, yes).await?,
        Command::Reindex => {
            let db = crate::server::open_database(&config).await?;
            let state = crate::state::AppState::new(config, db).await?;
            if state.search.writable() {
                let total = state.db.all_article_ids().await?.len() as u64;
                let mut bar = progress::Progress::new("reindex", total);
                let mut last = 0;
                let count = crate::search::rebuild(&state, &mut |done, _| {
                    bar.advance(done - last, "stories");
                    last = done;
                })
                .await
                .context("rebuilding the search index")?;
                bar.finish();
                println!(
                    "Search index rebuilt: {count} stories, {} documents.",
                    state.search.document_count()
                );
            } else {
                // A server holds this index: ask every instance through the
                // change feed; each rebuilds its own while it keeps serving.
                state
                    .db
                    .record_change(agoral_db::changes::entity::ALL, 0)
                    .await?;
                println!(
                    "A server is using this index: every running instance is rebuilding its own \
                     while it keeps serving (see its log for \"search index rebuilt\")."
                );
            }
        }
        Command::RunJobs => {
            let db = crate::server::open_database(&config).await?;
            let state = crate::state::AppState::new(config, db).await?;
            // What `serve`'s worker and mailbox reader do over time, once:
            // for a deployment that runs the site without them and this
            // command from a timer.
            let mut count = crate::jobs::run_due(&state, "cli")
                .await
                .context("running jobs")?;
            let feeds = crate::intake::feeds::poll_due(&state)
                .await
                .context("polling the feeds")?;
            println!("{feeds} feeds polled.");
            match crate::intake::mailbox::check(&state, "cli")
                .await
                .context("reading the mailbox")?
            {
                crate::intake::mailbox::Checked::NotConfigured => {}
                crate::intake::mailbox::Checked::Busy => {
                    println!("Mailbox: another instance is reading it now.")
                }
                crate::intake::mailbox::Checked::Done(report) => println!(
                    "Mailbox: {} new items, {} already had ({}).",
                    report.created,
                    report.already_had,
                    report.error.as_deref().unwrap_or("ok")
                ),
            }
            crate::jobs::maintenance(&state).await;
            // The mail the above queued goes out now, not at the next run.
            count += crate::jobs::run_due(&state, "cli")
                .await
                .context("running jobs")?;
            println!("{count} jobs run.");
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}
