//! The Osservatorio in the site search: the published datasets, charts
//! and reports whose titles, descriptions or keywords (in any language)
//! hold every word of the query, as the site search's analyzers see them;
//! for reports, the abstracts and the text of the PDF too.
//!
//! Their terms are worked out once and kept in this instance's memory: a
//! report's text runs to 200,000 characters, too much to analyse on every
//! search. The change feed forgets them on any change to the Osservatorio
//! ([`ObservatoryTerms::forget`]), and the next search reads them again.

use std::collections::HashSet;
use std::sync::{
    Arc, RwLock,
    atomic::{AtomicU64, Ordering},
};

use agoral_domain::lang::Lang;

use crate::{
    error::WebError, render::Ctx, search::analysis::terms, services::words::query_words,
    state::AppState,
};

/// A dataset, chart or report that matches, ready to list.
pub struct Found {
    pub title: String,
    pub link: String,
    /// "dataset", "chart" or "report" (a Fluent id suffix for its label).
    pub kind: &'static str,
}

/// One searchable item: its kind, its address without a language prefix,
/// its titles by language and every term it is found by.
#[derive(Debug)]
struct Entry {
    kind: &'static str,
    path: String,
    titles: Vec<(Lang, String)>,
    terms: HashSet<String>,
}

impl Entry {
    /// The title in `lang`, or the Italian one.
    fn title(&self, lang: Lang) -> &str {
        self.titles
            .iter()
            .find(|(l, t)| *l == lang && !t.is_empty())
            .or_else(|| self.titles.iter().find(|(l, _)| *l == Lang::It))
            .map(|(_, t)| t.as_str())
            .unwrap_or("")
    }

    /// Whether every word has one of its terms here.
    fn matches(&self, words: &[Vec<String>]) -> bool {
        words
            .iter()
            .all(|alternatives| alternatives.iter().any(|t| self.terms.contains(t)))
    }
}

/// The terms of the published datasets, charts and reports, in this
/// instance's memory, read again after the change feed forgets them.
#[derive(Debug, Default)]
pub struct ObservatoryTerms {
    entries: RwLock<Option<Arc<Vec<Entry>>>>,
    /// Counts the changes seen, so that a reading that began before a
    /// change is not kept after it.
    generation: AtomicU64,
}

impl ObservatoryTerms {
    /// Forgets the terms after a change to the Osservatorio.
    pub fn forget(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        *self.entries.write().unwrap_or_else(|e| e.into_inner()) = None;
    }

    async fn entries(&self, state: &AppState) -> Result<Arc<Vec<Entry>>, WebError> {
        if let Some(entries) = self
            .entries
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            return Ok(entries);
        }
        let generation = self.generation.load(Ordering::SeqCst);
        let entries = Arc::new(read_entries(state).await?);
        if self.generation.load(Ordering::SeqCst) == generation {
            *self.entries.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::clone(&entries));
        }
        Ok(entries)
    }
}

/// Reads and analyses the published datasets, then charts, then reports.
async fn read_entries(state: &AppState) -> Result<Vec<Entry>, WebError> {
    let db = &state.db;
    let mut entries = Vec::new();
    let datasets = db.datasets(true).await?;
    for d in &datasets {
        let mut have = HashSet::new();
        for (lang, text) in &d.input.texts {
            let all = format!(
                "{} {} {}",
                text.title,
                text.description,
                text.keywords.join(" ")
            );
            have.extend(terms(*lang, &all));
        }
        entries.push(Entry {
            kind: "dataset",
            path: format!("/osservatorio/dati/{}", d.input.slug),
            titles: d
                .input
                .texts
                .iter()
                .map(|(l, t)| (*l, t.title.clone()))
                .collect(),
            terms: have,
        });
    }
    for chart in db.all_charts().await? {
        if !chart.published || !datasets.iter().any(|d| d.id == chart.dataset_id) {
            continue;
        }
        let mut have = HashSet::new();
        for (lang, title, description) in &chart.texts {
            have.extend(terms(*lang, &format!("{title} {description}")));
        }
        entries.push(Entry {
            kind: "chart",
            path: format!("/osservatorio/grafici/{}", chart.slug),
            titles: chart
                .texts
                .iter()
                .map(|(l, t, _)| (*l, t.clone()))
                .collect(),
            terms: have,
        });
    }
    let texts = db.report_texts().await?;
    for report in db.reports(true).await? {
        let mut have = HashSet::new();
        for (lang, text) in &report.input.texts {
            have.extend(terms(
                *lang,
                &format!("{} {}", text.title, text.abstract_text),
            ));
        }
        // Reports are written in Italian.
        if let Some((_, body)) = texts.iter().find(|(id, _)| *id == report.id) {
            have.extend(terms(Lang::It, body));
        }
        entries.push(Entry {
            kind: "report",
            path: format!("/osservatorio/rapporti/{}", report.input.slug),
            titles: report
                .input
                .texts
                .iter()
                .map(|(l, t)| (*l, t.title.clone()))
                .collect(),
            terms: have,
        });
    }
    Ok(entries)
}

/// The matching datasets, then charts, then reports, at most `limit`.
pub async fn matching(ctx: &Ctx, query: &str, limit: usize) -> Result<Vec<Found>, WebError> {
    let words = query_words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let entries = ctx.state.observatory_terms.entries(&ctx.state).await?;
    Ok(entries
        .iter()
        .filter(|e| e.matches(&words))
        .take(limit)
        .map(|e| Found {
            title: e.title(ctx.lang).to_owned(),
            link: ctx.lang.localise_path(&e.path),
            kind: e.kind,
        })
        .collect())
}
