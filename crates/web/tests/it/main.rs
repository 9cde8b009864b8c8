//! AgorAL's integration tests: one binary, driving the real router over a
//! real listener, on SQLite — and on PostgreSQL when `AGORAL_TEST_POSTGRES`
//! is set (the README's test command runs the suite both ways).

mod harness;

mod access;
mod accounts;
mod admin;
mod articles;
mod backup;
mod browser;
mod cli;
mod concurrency;
mod connections;
mod feeds;
mod good_practices;
mod intake;
mod jobs;
mod mail;
mod mailbox;
mod media;
mod observatory;
mod public;
mod reports;
mod search;
mod search_load;
mod services;
