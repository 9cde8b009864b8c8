//! Starting and stopping the server: set-up, the listener (its limits in
//! `connections.rs`), the job worker and a graceful shutdown that finishes
//! requests in flight and the job being run.

use std::{net::SocketAddr, time::Instant};

use agoral_db::Db;
use anyhow::Context;
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

use crate::{app::build_app, config::Config, setup, state::AppState};

/// A running server.
pub struct Running {
    pub address: SocketAddr,
    pub state: AppState,
    /// Set when an administrator was created on this start.
    pub first_admin: Option<setup::FirstAdmin>,
    shutdown: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    worker: JoinHandle<()>,
    follower: JoinHandle<()>,
    /// The intake's mailbox reader (finished at once when none is configured).
    mailbox: JoinHandle<()>,
}

/// What `serve` should do besides serving.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Load the demo content.
    pub demo: bool,
    /// Run the background job worker (tests may drive jobs by hand).
    pub no_worker: bool,
}

/// Opens the database and applies migrations; creates the data folder.
pub async fn open_database(config: &Config) -> anyhow::Result<Db> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating the data folder {}", config.data_dir.display()))?;
    let db = Db::connect(
        config.database_url.expose(),
        config.database_max_connections,
    )
    .await
    .context("connecting to the database")?;
    db.migrate().await.context("applying migrations")?;
    Ok(db)
}

/// Starts everything and returns once the listener accepts connections.
pub async fn start(config: Config, options: Options) -> anyhow::Result<Running> {
    let started = Instant::now();
    let db = open_database(&config).await?;
    let first_admin = setup::bootstrap(&db).await?;
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {} (setting `listen`)", config.listen))?;
    let address = listener.local_addr()?;
    let state = AppState::new(config, db).await?;
    if options.demo {
        crate::cli::demo::load(&state.db, &state.media)
            .await
            .context("loading the demo content")?;
        crate::cli::demo_observatory::load(&state.db, &state.config.imports_dir())
            .await
            .context("loading the Osservatorio's demo datasets")?;
    }
    // The search index catches up with what changed while it was closed;
    // then this instance follows the change feed.
    let start = crate::search::catch_up(&state)
        .await
        .context("opening the search index")?;
    // In the background: the server answers meanwhile.
    let search = state.search.clone();
    tokio::task::spawn_blocking(move || search.prepare());
    crate::services::words::load_all(&state)
        .await
        .context("reading the services' search words")?;
    let (app, _) = build_app(state.clone());
    let (shutdown, _) = watch::channel(false);
    let follower = tokio::spawn(crate::follow::run(
        state.clone(),
        shutdown.subscribe(),
        start,
    ));
    let limits = crate::connections::Limits::of(&state.config);
    if limits.max_connections < state.config.max_http_connections {
        tracing::warn!(
            connections = limits.max_connections,
            "max_http_connections lowered to what the open-file limit allows: raise the limit (systemd: LimitNOFILE=)"
        );
    }
    let server = tokio::spawn(crate::connections::serve(
        listener,
        app,
        limits,
        shutdown.subscribe(),
    ));
    let worker = if options.no_worker {
        tokio::spawn(async {})
    } else {
        tokio::spawn(crate::jobs::worker(state.clone(), shutdown.subscribe()))
    };
    // The mailbox is read beside the job queue, not in it: a slow server
    // must not hold up mail and publishing jobs.
    let mailbox = if options.no_worker {
        tokio::spawn(async {})
    } else {
        tokio::spawn(crate::intake::mailbox::watch(
            state.clone(),
            shutdown.subscribe(),
        ))
    };
    tracing::info!(
        listen = %address,
        database = state.db.backend().name(),
        startup_ms = started.elapsed().as_millis() as u64,
        "AgorAL ready"
    );
    Ok(Running {
        address,
        state,
        first_admin,
        shutdown,
        server,
        worker,
        follower,
        mailbox,
    })
}

impl Running {
    /// Stops accepting connections, lets requests in flight and the current
    /// job finish, then closes the database.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.shutdown.send(true);
        self.server.await??;
        self.worker.await?;
        self.follower.await?;
        self.mailbox.await?;
        self.state.db.close().await;
        Ok(())
    }

    /// Runs until Ctrl-C or SIGTERM, then stops gracefully.
    pub async fn run_until_signal(self, signals: ShutdownSignals) -> anyhow::Result<()> {
        signals.wait().await;
        tracing::info!("shutting down: finishing requests and the job in progress");
        self.stop().await
    }
}

/// The stop signals, listened to from before the server starts, so that a
/// signal sent as soon as the address is printed is not missed.
pub struct ShutdownSignals {
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl ShutdownSignals {
    pub fn install() -> ShutdownSignals {
        ShutdownSignals {
            #[cfg(unix)]
            terminate: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .ok(),
        }
    }

    async fn wait(self) {
        let ctrl_c = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        #[cfg(unix)]
        let terminate = async move {
            match self.terminate {
                Some(mut signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        tokio::select! {
            _ = ctrl_c => {},
            _ = terminate => {},
        }
    }
}
