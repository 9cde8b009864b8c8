//! Polling the organisations' RSS and Atom feeds into the intake queue.
//!
//! The worker looks for due feeds every few seconds. Each due feed is
//! claimed first (its due time moved forward by a lease, on condition that
//! it still is what was read), so that instances sharing a database never
//! poll one feed twice. A poll fetches the feed through the guarded client
//! ([`crate::fetch`]) with the validators of the last answer, reads it, and
//! hands each new item to [`crate::intake::receive`]. An item is new when
//! neither its id nor its link came through the feed before.
//!
//! Nothing is half-written: the items are received one by one, each in its
//! own transaction, and marked as seen after; the validators of the answer
//! are kept only once every item went through, so a poll cut short is
//! fetched whole again, and the items it had already received are
//! recognised (by the seen table or, if the mark itself was lost, by
//! `receive`'s own check of the external id). A failed fetch or an invalid
//! feed changes nothing but the status, and the next poll backs off.

use agoral_domain::{
    feeds::{
        Feed, FeedError, FeedId, FeedItem, FeedStatus, MAX_ITEMS_PER_POLL, ParsedFeed, PollRecord,
        parse_feed,
    },
    intake::{Channel, ItemKind, NewItem, Sender},
    time::Timestamp,
};

use crate::{
    fetch::{self, AddressPolicy, Conditional, FetchError, Fetched},
    intake::{Received, receive},
    state::AppState,
};

/// How long a claimed feed is reserved for the instance polling it: longer
/// than the longest fetch the configuration allows (300 s).
const LEASE_SECONDS: i64 = 600;

/// Feeds taken in one round; the rest wait for the next.
const ROUND_SIZE: i64 = 20;

/// Polls every due feed that this instance manages to claim. Returns how
/// many it polled.
pub async fn poll_due(state: &AppState) -> anyhow::Result<usize> {
    let now = Timestamp::now();
    let mut polled = 0;
    for (id, due) in state.db.due_feeds(now, ROUND_SIZE).await? {
        if !state
            .db
            .claim_feed(id, due, now.plus_seconds(LEASE_SECONDS))
            .await?
        {
            continue;
        }
        let Some(feed) = state.db.feed(id).await? else {
            continue;
        };
        poll_claimed(state, &feed).await?;
        polled += 1;
    }
    Ok(polled)
}

/// Polls one feed now, whatever its due time (the back office's "check
/// now"). `None` when the feed is gone or another instance is polling it.
pub async fn poll_now(state: &AppState, id: FeedId) -> anyhow::Result<Option<PollRecord>> {
    let Some(feed) = state.db.feed(id).await? else {
        return Ok(None);
    };
    let until = Timestamp::now().plus_seconds(LEASE_SECONDS);
    if !state.db.claim_feed(id, feed.next_check_at, until).await? {
        return Ok(None);
    }
    Ok(Some(poll_claimed(state, &feed).await?))
}

/// The User-Agent of the platform's fetches: who is asking, and where to
/// find out more.
fn user_agent(state: &AppState) -> String {
    format!(
        "AgorAL/{} (+{})",
        env!("CARGO_PKG_VERSION"),
        state.config.public_url
    )
}

async fn poll_claimed(state: &AppState, feed: &Feed) -> anyhow::Result<PollRecord> {
    let checked_at = Timestamp::now();
    let policy = AddressPolicy {
        allow_private: feed.allow_private,
        allowed_networks: state.config.fetch_allowed_networks.clone(),
    };
    let conditional = Conditional {
        etag: feed.etag.clone(),
        last_modified: feed.last_modified.clone(),
    };
    let limits = fetch::Limits::from_config(&state.config);
    let failed = |status: FeedStatus, detail: String| PollRecord {
        status,
        detail,
        checked_at,
        validators: None,
        received: 0,
    };
    let record = match fetch::fetch(
        &feed.url,
        &policy,
        &limits,
        &conditional,
        &user_agent(state),
    )
    .await
    {
        Err(e) => failed(fetch_status(&e), e.to_string()),
        Ok(Fetched::NotModified) => failed(FeedStatus::NotModified, String::new()),
        Ok(Fetched::Body {
            bytes,
            etag,
            last_modified,
            url,
        }) => {
            // Parsing a large feed is CPU work: off the async threads.
            let parsed =
                tokio::task::spawn_blocking(move || parse_feed(&bytes, &url, MAX_ITEMS_PER_POLL))
                    .await?;
            match parsed {
                Err(e @ FeedError::InvalidXml { .. }) => {
                    failed(FeedStatus::InvalidXml, e.to_string())
                }
                Err(e @ FeedError::NotAFeed { .. }) => failed(FeedStatus::NotAFeed, e.to_string()),
                Ok(document) => {
                    let (received, problem) = receive_new_items(state, feed, &document).await;
                    match problem {
                        Some(e) => {
                            tracing::error!(feed.id = feed.id.0, error = %format!("{e:#}"), "feed items not received");
                            PollRecord {
                                received,
                                ..failed(FeedStatus::ReceiveFailed, String::new())
                            }
                        }
                        None if document.total_items > document.items.len() => PollRecord {
                            status: FeedStatus::TooManyItems,
                            detail: document.total_items.to_string(),
                            checked_at,
                            validators: Some((etag, last_modified)),
                            received,
                        },
                        None => PollRecord {
                            status: FeedStatus::Ok,
                            detail: String::new(),
                            checked_at,
                            validators: Some((etag, last_modified)),
                            received,
                        },
                    }
                }
            }
        }
    };
    state.db.record_feed_poll(feed, &record).await?;
    tracing::info!(
        feed.id = feed.id.0,
        feed.status = record.status.as_str(),
        feed.detail = %record.detail,
        feed.received = record.received,
        "feed polled"
    );
    Ok(record)
}

fn fetch_status(error: &FetchError) -> FeedStatus {
    match error {
        FetchError::BadAddress(_) | FetchError::Blocked { .. } => FeedStatus::BlockedAddress,
        FetchError::BadRedirect(_) => FeedStatus::BadRedirect,
        FetchError::TooManyRedirects => FeedStatus::TooManyRedirects,
        FetchError::Timeout(_) => FeedStatus::Timeout,
        FetchError::TooLarge(_) => FeedStatus::TooLarge,
        FetchError::Http(_) => FeedStatus::HttpError,
        FetchError::Connection(_) => FeedStatus::ConnectionFailed,
    }
}

/// Receives the items not seen before, oldest first so that the queue
/// keeps the feed's order. Returns how many were received, and the error
/// that stopped the rest, if one did.
async fn receive_new_items(
    state: &AppState,
    feed: &Feed,
    document: &ParsedFeed,
) -> (i64, Option<anyhow::Error>) {
    let mut received = 0;
    for item in document.items.iter().rev() {
        match receive_item(state, feed, document, item).await {
            Ok(true) => received += 1,
            Ok(false) => {}
            Err(e) => return (received, Some(e)),
        }
    }
    (received, None)
}

/// Receives one item unless it was seen; `true` when it reached the queue.
async fn receive_item(
    state: &AppState,
    feed: &Feed,
    document: &ParsedFeed,
    item: &FeedItem,
) -> anyhow::Result<bool> {
    if state
        .db
        .feed_item_seen(feed.id, &item.id, item.link.as_deref())
        .await?
    {
        return Ok(false);
    }
    let new = NewItem {
        channel: Channel::Feed,
        kind: ItemKind::Comunicato,
        organisation_id: Some(feed.organisation_id),
        submitted_by: None,
        // The address was set by an administrator: its items go straight
        // to the queue.
        to_verify: false,
        lang: item.lang,
        title: item.title.clone(),
        body: item.text.clone(),
        comuni: Vec::new(),
        embargo_until: None,
        source_url: item.link.clone(),
        external_id: Some(item.id.clone()),
        source_date: item.date,
        sender: Sender {
            name: document.title.clone().filter(|t| !t.is_empty()),
            email: None,
            phone: None,
        },
    };
    let created = match receive(state, new, Vec::new()).await? {
        Received::Created { .. } => true,
        // Received by an earlier poll whose mark was lost.
        Received::AlreadyHad(_) => false,
    };
    state
        .db
        .mark_feed_item_seen(feed.id, &item.id, item.link.as_deref(), Timestamp::now())
        .await?;
    Ok(created)
}
