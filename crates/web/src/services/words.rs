//! The text search of the services list (`/servizi?q=…`). Each service
//! keeps, in `services.search_text`, the terms of its texts in every
//! language as that language's analyzer gives them (the same analyzers as
//! the site's search: stemmed, accents folded, Arabic normalised, stop
//! words dropped). A word typed is analysed by each language too, and
//! matches when one of its terms is among the service's: "universita"
//! finds "università", "scuole" finds "scuola", "الأطفال" finds "اطفال".
//!
//! The terms are written by every instance as it follows the change feed
//! (so every way of saving a service is covered) and, at start, for any
//! service that has none yet.

use std::collections::BTreeSet;

use agoral_domain::{
    lang::Lang,
    services::record::{Service, ServiceId},
};

use crate::{search::analysis::terms, state::AppState};

/// Words of a query beyond these are ignored.
pub const MAX_WORDS: usize = 8;

/// The longest query taken; a longer one is ignored, with a notice.
pub const MAX_QUERY_CHARS: usize = 200;

/// The words a service is found by: ` term term … ` (a space at both
/// ends, so a term is matched whole).
pub fn search_text(service: &Service) -> String {
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
    let mut out = String::with_capacity(all.iter().map(|t| t.len() + 1).sum::<usize>() + 1);
    out.push(' ');
    for term in all {
        out.push_str(&term);
        out.push(' ');
    }
    out
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

/// Writes the words of these services again (after a change).
pub async fn refresh(state: &AppState, ids: &[ServiceId]) -> anyhow::Result<()> {
    for chunk in ids.chunks(200) {
        for service in state.db.services_by_ids(chunk).await? {
            state
                .db
                .set_service_search_text(service.id, &search_text(&service))
                .await?;
        }
    }
    Ok(())
}

/// Writes the words of every service that has none yet.
pub async fn fill_missing(state: &AppState) -> anyhow::Result<usize> {
    let mut done = 0;
    loop {
        let ids = state.db.services_without_search_text(200).await?;
        if ids.is_empty() {
            return Ok(done);
        }
        refresh(state, &ids).await?;
        done += ids.len();
    }
}

/// Writes the words of every service again (after a restore).
pub async fn refresh_all(state: &AppState) -> anyhow::Result<()> {
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
