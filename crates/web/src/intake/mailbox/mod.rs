//! The intake's mailbox (channel 3): a task reads new messages from an IMAP
//! folder and hands each to [`crate::intake::receive`].
//!
//! Nothing is lost or taken twice, whatever stops the reader:
//! - progress is the highest UID stored (`mailbox_state.last_uid`), moved
//!   only *after* `receive` wrote the item, so a crash in between reads the
//!   message again and `receive` answers `AlreadyHad` (its Message-ID
//!   check): no duplicate, no loss;
//! - a new UIDVALIDITY (the server renumbered the folder) starts from the
//!   first message, with the same Message-ID check skipping what was had;
//! - one instance reads at a time, holding a lease in the database;
//! - a message that cannot be read, or is too large to download, still
//!   becomes an item, in the "to verify" lane, with what could be read.

pub mod imap;
pub mod item;

use std::time::Duration;

use agoral_domain::{lang::Lang, mailbox::MailboxStatus, time::Timestamp};
use tokio::sync::watch;

use self::imap::{Fetched, ImapError};
use crate::{
    config::MailboxConfig,
    intake::{Options, Received, receive_with},
    state::AppState,
};

/// How long a check holds the mailbox; renewed after every message.
const LEASE_SECONDS: i64 = 900;

/// How a call to [`check`] went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// No `[mailbox]` in the configuration.
    NotConfigured,
    /// Another instance is reading the mailbox now.
    Busy,
    /// The mailbox was read: `status` says how far.
    Done(Report),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub status: MailboxStatus,
    /// New items.
    pub created: usize,
    /// Messages the intake already had (read again after a crash or a
    /// UIDVALIDITY change).
    pub already_had: usize,
    pub error: Option<String>,
}

/// Reads the new messages of the configured mailbox once.
pub async fn check(state: &AppState, worker: &str) -> anyhow::Result<Checked> {
    check_until(state, worker, || false).await
}

/// Like [`check`], stopping between two messages when `stop` says so.
pub async fn check_until(
    state: &AppState,
    worker: &str,
    stop: impl Fn() -> bool,
) -> anyhow::Result<Checked> {
    let Some(config) = state.config.mailbox.as_ref() else {
        return Ok(Checked::NotConfigured);
    };
    let key = config.key();
    if !state.db.claim_mailbox(&key, worker, LEASE_SECONDS).await? {
        return Ok(Checked::Busy);
    }
    let mut report = Report {
        status: MailboxStatus::Ok,
        created: 0,
        already_had: 0,
        error: None,
    };
    let outcome = read_new(state, config, &key, worker, &stop, &mut report).await;
    if let Err(e) = outcome {
        let (status, message) = match e {
            ReadError::Imap(ImapError::Unreachable(m)) => (MailboxStatus::Unreachable, m),
            ReadError::Imap(ImapError::LoginRefused(m)) => (MailboxStatus::LoginRefused, m),
            ReadError::Imap(e @ ImapError::FolderMissing(_)) => {
                (MailboxStatus::FolderMissing, e.to_string())
            }
            ReadError::Imap(ImapError::Protocol(m)) => (MailboxStatus::Failed, m),
            ReadError::Store(e) => (MailboxStatus::Failed, format!("{e:#}")),
        };
        tracing::warn!(mailbox = %key, status = status.as_str(), error = %message, "mailbox check stopped");
        report.status = status;
        report.error = Some(message);
    } else if report.created > 0 {
        tracing::info!(
            mailbox = %key,
            created = report.created,
            already_had = report.already_had,
            "mailbox read"
        );
    }
    state
        .db
        .finish_mailbox_check(&key, worker, report.status, report.error.as_deref())
        .await?;
    Ok(Checked::Done(report))
}

enum ReadError {
    Imap(ImapError),
    Store(anyhow::Error),
}

impl From<ImapError> for ReadError {
    fn from(e: ImapError) -> Self {
        ReadError::Imap(e)
    }
}

fn stored<T, E: Into<anyhow::Error>>(result: Result<T, E>) -> Result<T, ReadError> {
    result.map_err(|e| ReadError::Store(e.into()))
}

async fn read_new(
    state: &AppState,
    config: &MailboxConfig,
    key: &str,
    worker: &str,
    stop: &impl Fn() -> bool,
    report: &mut Report,
) -> Result<(), ReadError> {
    let mut mailbox = imap::open(config).await?;
    let known = stored(state.db.mailbox_state(key).await)?;
    let validity = i64::from(mailbox.uid_validity);
    let mut last_uid = known.as_ref().map_or(0, |s| s.last_uid);
    if known.as_ref().and_then(|s| s.uid_validity) != Some(validity) {
        if let Some(old) = known.as_ref().and_then(|s| s.uid_validity) {
            tracing::warn!(
                mailbox = %key,
                old,
                new = validity,
                "the folder's UIDVALIDITY changed: reading it again from the start"
            );
        }
        stored(state.db.restart_mailbox(key, validity).await)?;
        last_uid = 0;
    }
    let last = u32::try_from(last_uid).unwrap_or(u32::MAX);
    let uids = mailbox.uids_after(last).await?;
    for uid in uids {
        if stop() {
            break;
        }
        let delivery = match mailbox.fetch(uid, config.max_message_bytes).await? {
            Fetched::Gone => None,
            Fetched::Whole(raw) => Some(stored(item::from_message(state, config, raw).await)?),
            Fetched::HeadersOnly { headers, size } => Some(stored(
                item::from_headers(state, config, headers, size).await,
            )?),
        };
        let mut created = false;
        if let Some(delivery) = delivery {
            let options = Options {
                notes: delivery.notes,
                ..Options::default()
            };
            match stored(receive_with(state, delivery.item, delivery.attachments, options).await)? {
                Received::Created { .. } => {
                    created = true;
                    report.created += 1;
                }
                Received::AlreadyHad(_) => report.already_had += 1,
            }
        }
        // Only now, with the item written, does the reader move past it.
        stored(state.db.advance_mailbox(key, i64::from(uid), created).await)?;
        if !stored(
            state
                .db
                .renew_mailbox_lease(key, worker, LEASE_SECONDS)
                .await,
        )? {
            // Another instance took over (this one was too slow): it goes
            // on from the last message stored.
            break;
        }
    }
    mailbox.close().await;
    Ok(())
}

/// The mailbox reader of `agoral serve`: a check every `poll_seconds`
/// until shutdown; a message being stored is finished first.
pub async fn watch(state: AppState, mut shutdown: watch::Receiver<bool>) {
    let Some(config) = state.config.mailbox.clone() else {
        return;
    };
    let worker = format!(
        "{}-{}",
        std::process::id(),
        data_encoding::HEXLOWER.encode(&rand::random::<[u8; 4]>())
    );
    loop {
        if *shutdown.borrow() {
            break;
        }
        let stop = shutdown.clone();
        if let Err(e) = check_until(&state, &worker, move || *stop.borrow()).await {
            tracing::error!(error = %format!("{e:#}"), "mailbox check failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(config.poll_seconds)) => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!("mailbox reader stopped");
}

/// The mailbox's state for the back office.
#[derive(Debug, Clone)]
pub struct StatusLine {
    /// `user@host/folder`.
    pub mailbox: String,
    pub last_checked_at: Option<Timestamp>,
    pub status: MailboxStatus,
    pub messages_received: i64,
}

impl StatusLine {
    /// One sentence in `lang`: when the mailbox was last checked, how that
    /// went, how many messages it brought.
    pub fn text(&self, state: &AppState, lang: Lang) -> String {
        let when = self
            .last_checked_at
            .map(|t| t.datetime_short())
            .unwrap_or_else(|| state.l10n.get(lang, "mailbox-never-checked"));
        state.l10n.get_args(
            lang,
            "mailbox-status-line",
            &[
                ("mailbox", self.mailbox.clone()),
                ("when", when),
                ("status", state.l10n.get(lang, self.status.label_key())),
                ("count", self.messages_received.to_string()),
            ],
        )
    }
}

/// The configured mailbox's state; `None` when no mailbox is configured.
pub async fn status_line(state: &AppState) -> agoral_db::Result<Option<StatusLine>> {
    let Some(config) = state.config.mailbox.as_ref() else {
        return Ok(None);
    };
    let key = config.key();
    let known = state.db.mailbox_state(&key).await?;
    Ok(Some(StatusLine {
        last_checked_at: known.as_ref().and_then(|s| s.last_checked_at),
        status: known
            .as_ref()
            .map_or(MailboxStatus::Never, |s| s.last_status),
        messages_received: known.as_ref().map_or(0, |s| s.messages_received),
        mailbox: key,
    }))
}
