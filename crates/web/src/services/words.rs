//! The text search of the services list (`/servizi?q=…`): each instance
//! keeps in memory, for every service, the terms of its texts in every
//! language as that language's analyzer gives them (the site search's
//! analyzers: stemmed, accents folded, Arabic normalised, stop words
//! dropped), and an index from each term to the services that have it. A
//! word typed is analysed by each language too and matches when one of
//! its terms is a service's: "universita" finds "università", "scuole"
//! finds "scuola", "الأطفال" finds "اطفال". The matches go to the
//! database as a list of ids, with the list's other filters.
//!
//! Like the search index, the words are built at start and follow the
//! change feed; nothing is written to the database.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::RwLock;

use agoral_domain::{
    lang::Lang,
    services::record::{Service, ServiceId},
};

use crate::{search::analysis::terms, state::AppState};

/// Words of a query beyond these are ignored.
pub const MAX_WORDS: usize = 8;

/// The longest query taken; a longer one is ignored, with a notice.
pub const MAX_QUERY_CHARS: usize = 200;

/// The terms of every service, and the services of every term.
#[derive(Debug, Default)]
pub struct ServiceWords {
    inner: RwLock<Words>,
}

#[derive(Debug, Default)]
struct Words {
    of_service: HashMap<i64, Vec<String>>,
    services_of: HashMap<String, HashSet<i64>>,
}

impl Words {
    fn remove(&mut self, id: i64) {
        for term in self.of_service.remove(&id).unwrap_or_default() {
            if let Some(ids) = self.services_of.get_mut(&term) {
                ids.remove(&id);
                if ids.is_empty() {
                    self.services_of.remove(&term);
                }
            }
        }
    }

    fn insert(&mut self, id: i64, terms: Vec<String>) {
        for term in &terms {
            self.services_of.entry(term.clone()).or_default().insert(id);
        }
        self.of_service.insert(id, terms);
    }
}

impl ServiceWords {
    /// Puts a service's terms in place of what it had.
    pub fn set(&self, service: &Service) {
        let terms = service_terms(service);
        let mut words = self.inner.write().unwrap_or_else(|e| e.into_inner());
        words.remove(service.id.0);
        words.insert(service.id.0, terms);
    }

    /// Forgets a service that no longer exists.
    pub fn remove(&self, id: ServiceId) {
        let mut words = self.inner.write().unwrap_or_else(|e| e.into_inner());
        words.remove(id.0);
    }

    /// The services that have, for every word, one of its terms; `None`
    /// when no word is left to look for (the query was only stop words or
    /// signs), which filters nothing.
    pub fn matching(&self, query: &str) -> Option<Vec<ServiceId>> {
        let words = query_words(query);
        if words.is_empty() {
            return None;
        }
        let index = self.inner.read().unwrap_or_else(|e| e.into_inner());
        let mut result: Option<HashSet<i64>> = None;
        for alternatives in &words {
            let mut any: HashSet<i64> = HashSet::new();
            for term in alternatives {
                if let Some(ids) = index.services_of.get(term) {
                    any.extend(ids);
                }
            }
            result = Some(match result {
                None => any,
                Some(so_far) => so_far.intersection(&any).copied().collect(),
            });
        }
        let mut ids: Vec<i64> = result.unwrap_or_default().into_iter().collect();
        ids.sort_unstable();
        Some(ids.into_iter().map(ServiceId).collect())
    }

    pub fn len(&self) -> usize {
        self.inner
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .of_service
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The terms a service is found by.
fn service_terms(service: &Service) -> Vec<String> {
    let mut all = BTreeSet::new();
    for (lang, text) in &service.record.texts {
        let words = [
            text.name.as_str(),
            &text.summary,
            &text.description,
            &text.who_for,
            &text.how_to_access,
            &text.what_to_bring,
            &text.what_you_get,
        ]
        .join(" ");
        all.extend(terms(*lang, &words));
    }
    all.into_iter().collect()
}

/// What each typed word may stand for, one set of terms per word. A word
/// that some language takes for a stop word ("della", "the", "في") is
/// dropped: nobody's query fails for a word they did not mean to require.
pub fn query_words(query: &str) -> Vec<Vec<String>> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .filter_map(|word| {
            let per_language: Vec<Vec<String>> =
                Lang::ALL.iter().map(|lang| terms(*lang, word)).collect();
            if per_language.iter().any(Vec::is_empty) {
                return None;
            }
            let alternatives: BTreeSet<String> = per_language.into_iter().flatten().collect();
            Some(alternatives.into_iter().collect())
        })
        .collect()
}

/// Reads these services again after a change (a deleted one is forgotten).
pub async fn refresh(state: &AppState, ids: &[ServiceId]) -> anyhow::Result<()> {
    for chunk in ids.chunks(200) {
        let found = state.db.services_by_ids(chunk).await?;
        for id in chunk {
            match found.iter().find(|s| s.id == *id) {
                Some(service) => state.service_words.set(service),
                None => state.service_words.remove(*id),
            }
        }
    }
    Ok(())
}

/// Reads every service (at start, and after a restore).
pub async fn load_all(state: &AppState) -> anyhow::Result<()> {
    let ids = state.db.service_ids().await?;
    refresh(state, &ids).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_word_stands_for_its_terms_in_every_language() {
        let words = query_words("Università, scuole!! الأطفال della");
        assert_eq!(words.len(), 3, "{words:?}");
        assert!(words[0].contains(&terms(Lang::It, "universita")[0]));
        assert!(words[1].contains(&terms(Lang::It, "scuola")[0]));
        assert!(words[2].contains(&terms(Lang::Ar, "اطفال")[0]));
        assert!(query_words("\"\" ((( ---").is_empty());
        assert_eq!(query_words(&"parola ".repeat(50)).len(), MAX_WORDS);
    }
}
