//! The AgorAL web application: the axum router, its handlers and templates,
//! background jobs, and the command line of the `agoral` binary.

pub mod access;
pub mod accounts;
pub mod admin;
pub mod api;
pub mod app;
pub mod articles;
pub mod assets;
pub mod audit;
pub mod cache;
pub mod cli;
pub mod config;
pub mod connections;
pub mod error;
pub mod escape;
pub mod fetch;
pub mod follow;
pub mod forms;
pub mod health;
pub mod i18n;
pub mod intake;
pub mod jobs;
pub mod mail;
pub mod maps;
pub mod markdown;
pub mod media;
pub mod metrics;
pub mod middleware;
pub mod multipart;
pub mod observatory;
pub mod passwords;
pub mod public;
pub mod rate_limit;
pub mod render;
pub mod router;
pub mod search;
pub mod server;
pub mod services;
pub mod session;
pub mod setup;
pub mod state;
pub mod storage;

pub use app::build_app;
pub use state::AppState;
