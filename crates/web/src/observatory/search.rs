//! The Osservatorio in the site search: the published datasets, charts
//! and reports whose titles, descriptions or keywords (in any language)
//! hold every word of the query, as the site search's analyzers see them;
//! for reports, the abstracts and the text of the PDF too. There are a few
//! dozen of each, so their terms are worked out per query from the
//! database, which the change feed needs no help to keep current; a
//! report's text is capped when it is stored (see
//! `agoral_domain::observatory::report::MAX_TEXT_CHARS`) to keep that cheap.

use std::collections::BTreeSet;

use agoral_domain::lang::Lang;

use crate::{error::WebError, render::Ctx, search::analysis::terms, services::words::query_words};

/// A dataset, chart or report that matches, ready to list.
pub struct Found {
    pub title: String,
    pub link: String,
    /// "dataset", "chart" or "report" (a Fluent id suffix for its label).
    pub kind: &'static str,
}

fn matches(words: &[Vec<String>], have: &BTreeSet<String>) -> bool {
    words
        .iter()
        .all(|alternatives| alternatives.iter().any(|t| have.contains(t)))
}

/// The matching datasets, then charts, then reports, at most `limit`.
pub async fn matching(ctx: &Ctx, query: &str, limit: usize) -> Result<Vec<Found>, WebError> {
    let words = query_words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let db = &ctx.state.db;
    let mut found = Vec::new();
    let datasets = db.datasets(true).await?;
    for d in &datasets {
        let mut have = BTreeSet::new();
        for (lang, text) in &d.input.texts {
            let all = format!(
                "{} {} {}",
                text.title,
                text.description,
                text.keywords.join(" ")
            );
            have.extend(terms(*lang, &all));
        }
        if matches(&words, &have) {
            found.push(Found {
                title: d.text(ctx.lang).title.clone(),
                link: ctx
                    .lang
                    .localise_path(&format!("/osservatorio/dati/{}", d.input.slug)),
                kind: "dataset",
            });
        }
    }
    for chart in db.all_charts().await? {
        if !chart.published || !datasets.iter().any(|d| d.id == chart.dataset_id) {
            continue;
        }
        let mut have = BTreeSet::new();
        for (lang, title, description) in &chart.texts {
            have.extend(terms(*lang, &format!("{title} {description}")));
        }
        if matches(&words, &have) {
            found.push(Found {
                title: chart.text(ctx.lang).0.to_owned(),
                link: ctx
                    .lang
                    .localise_path(&format!("/osservatorio/grafici/{}", chart.slug)),
                kind: "chart",
            });
        }
    }
    if found.len() < limit {
        let texts = db.report_texts().await?;
        for report in db.reports(true).await? {
            let mut have = BTreeSet::new();
            for (lang, text) in &report.input.texts {
                have.extend(terms(
                    *lang,
                    &format!("{} {}", text.title, text.abstract_text),
                ));
            }
            // The long text is analysed only when the short ones do not
            // match; reports are written in Italian.
            if !matches(&words, &have)
                && let Some((_, body)) = texts.iter().find(|(id, _)| *id == report.id)
            {
                have.extend(terms(Lang::It, body));
            }
            if matches(&words, &have) {
                found.push(Found {
                    title: report.text(ctx.lang).title.clone(),
                    link: ctx
                        .lang
                        .localise_path(&format!("/osservatorio/rapporti/{}", report.input.slug)),
                    kind: "report",
                });
            }
        }
    }
    found.truncate(limit);
    Ok(found)
}
