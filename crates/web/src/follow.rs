//! Follows the change feed: every instance polls the `changes` table and,
//! for each new row, empties its page cache and updates its search index.
//! A change made through any instance so reaches all of them within a
//! poll interval.
//!
//! Sequence numbers are given when a row is inserted but become visible
//! when its transaction commits, so on PostgreSQL a lower number can
//! appear after a higher one. The follower therefore remembers which rows
//! it has applied in a window below the highest number it has seen, and
//! asks again only for the numbers of that window it has not seen (most
//! often none): reading the whole window again at every poll moved 500
//! rows a poll, several times a second, on every instance of a site with
//! a busy week.

use std::{collections::BTreeSet, time::Duration};

use agoral_db::changes::{Change, entity};
use tokio::sync::watch;

use crate::{search::Start, state::AppState};

/// How often the feed is read.
pub const POLL_EVERY: Duration = Duration::from_millis(150);

/// How far below the highest number seen the feed is read again.
const WINDOW: i64 = 500;

/// What has been applied.
#[derive(Debug, Default)]
pub struct Follower {
    /// Rows up to here were reflected before following began.
    start: i64,
    highest: i64,
    recent: BTreeSet<i64>,
}

impl Follower {
    /// Starts after `seq`: what came before is already reflected.
    pub fn after(seq: i64) -> Follower {
        Follower {
            start: seq,
            highest: seq,
            recent: BTreeSet::new(),
        }
    }

    /// The bottom of the window: rows below it are taken as applied.
    pub fn from(&self) -> i64 {
        (self.highest - WINDOW).max(0)
    }

    /// The highest number applied: rows above it are new.
    pub fn highest(&self) -> i64 {
        self.highest
    }

    /// The numbers in the window not seen yet: a transaction still in
    /// flight, or one rolled back (a number never used), at most
    /// [`WINDOW`].
    pub fn missing(&self) -> Vec<i64> {
        (self.from().max(self.start) + 1..=self.highest)
            .filter(|seq| !self.recent.contains(seq))
            .collect()
    }

    /// The rows not applied yet; marks them applied.
    pub fn take_new(&mut self, changes: Vec<Change>) -> Vec<Change> {
        let floor = self.from();
        let fresh: Vec<Change> = changes
            .into_iter()
            .filter(|c| c.seq > self.start && c.seq > floor && !self.recent.contains(&c.seq))
            .collect();
        for change in &fresh {
            self.recent.insert(change.seq);
            self.highest = self.highest.max(change.seq);
        }
        let floor = self.from();
        self.recent = self.recent.split_off(&floor);
        fresh
    }
}

/// Applies changes: the search index is updated, then the cache emptied.
pub async fn apply(state: &AppState, changes: &[Change]) {
    if changes.is_empty() {
        return;
    }
    let everything = changes.iter().any(|c| c.entity == entity::ALL);
    // The words of the services list's search box, in this instance's
    // memory.
    let services: Vec<agoral_domain::services::record::ServiceId> = changes
        .iter()
        .filter(|c| c.entity == entity::SERVICE)
        .map(|c| agoral_domain::services::record::ServiceId(c.entity_id))
        .collect();
    let words = if everything {
        crate::services::words::load_all(state).await
    } else {
        crate::services::words::refresh(state, &services).await
    };
    if let Err(e) = words {
        tracing::warn!(error = %format!("{e:#}"), "services' search words not updated");
    }
    // The Osservatorio's terms are read again by the next search.
    if everything || changes.iter().any(|c| c.entity == entity::DATASET) {
        state.observatory_terms.forget();
    }
    let mut articles: Vec<i64> = changes
        .iter()
        .filter(|c| c.entity == entity::ARTICLE)
        .map(|c| c.entity_id)
        .collect();
    articles.sort_unstable();
    articles.dedup();
    let result = if everything {
        crate::search::rebuild(state, &mut |_, _| {})
            .await
            .map(|_| ())
    } else {
        crate::search::update_articles(state, &articles).await
    };
    if let Err(e) = result {
        tracing::warn!(error = %format!("{e:#}"), "search index not updated");
    }
    // Only now: a page rendered from here on sees the new index too (a
    // search page cached in between would otherwise outlive the change).
    state.page_cache.clear();
}

/// Reads the feed until shutdown; first builds the search index again when
/// `start` says it must (the changes made meanwhile are applied after).
pub async fn run(state: AppState, mut shutdown: watch::Receiver<bool>, start: Start) {
    if start.rebuild_first {
        tracing::info!("building the search index in the background");
        match crate::search::rebuild(&state, &mut |_, _| {}).await {
            // Search pages cached while the index was being built go.
            Ok(_) => state.page_cache.clear(),
            Err(e) => tracing::error!(error = %format!("{e:#}"), "search index not built"),
        }
        state.search.set_complete();
    }
    let mut follower = Follower::after(start.follow_after);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(POLL_EVERY) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
        match state
            .db
            .changes_since(follower.highest(), &follower.missing(), 5000)
            .await
        {
            Ok(changes) => {
                let fresh = follower.take_new(changes);
                apply(&state, &fresh).await;
            }
            Err(e) => tracing::warn!(error = %e, "change feed unavailable"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(seq: i64) -> Change {
        Change {
            seq,
            entity: entity::ARTICLE.to_owned(),
            entity_id: seq,
        }
    }

    #[test]
    fn a_late_commit_below_the_highest_is_still_applied_once() {
        let mut follower = Follower::after(10);
        assert!(
            follower.take_new(vec![change(9)]).is_empty(),
            "reflected already"
        );
        let first = follower.take_new(vec![change(11), change(13)]);
        assert_eq!(first.len(), 2);
        // 12 commits after 13 was seen.
        // Only the number not seen is asked for again.
        assert_eq!(follower.missing(), vec![12]);
        let again = follower.take_new(vec![change(11), change(12), change(13)]);
        assert_eq!(again, vec![change(12)]);
        assert!(follower.take_new(vec![change(12), change(13)]).is_empty());
        assert!(follower.missing().is_empty());
        assert_eq!(follower.from(), 0);
        let far = follower.take_new(vec![change(2000)]);
        assert_eq!(far.len(), 1);
        assert_eq!(follower.from(), 1500);
        // Numbers below the window are no longer waited for.
        assert_eq!(follower.missing().len(), 499);
        assert_eq!(follower.missing().first(), Some(&1501));
        assert!(
            Follower::after(7).missing().is_empty(),
            "nothing before the start"
        );
    }
}
