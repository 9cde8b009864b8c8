//! An Osservatorio chart inside a magazine story. The author writes
//! `[[grafico slug]]` on a line of its own; the Markdown renderer leaves a
//! placeholder (see [`crate::markdown`]) and the story page fills it with
//! the chart drawn from its dataset's current version, in the reader's
//! language, with its data table and source, so a new version of the data
//! shows in every story that cites the chart.

use std::collections::HashMap;

use agoral_domain::lang::Lang;
use askama::Template;

use crate::{error::WebError, observatory::charts, state::AppState};

pub const PLACEHOLDER_START: &str = "<div class=\"agoral-embed\" data-agoral-chart=\"";
const PLACEHOLDER_END: &str = "\"></div>";

/// The placeholder for the chart at `slug` (a checked slug: no quotes).
pub fn placeholder(slug: &str) -> String {
    format!("{PLACEHOLDER_START}{slug}{PLACEHOLDER_END}")
}

fn is_slug_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
}

/// The charts a rendered body cites, in order, without repeats.
pub fn cited(html: &str) -> Vec<String> {
    let mut slugs = Vec::new();
    // Found with a vectorised search, as services' cards are.
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(PLACEHOLDER_START));
    let mut rest = html;
    while let Some(at) = FINDER.find(rest.as_bytes()) {
        rest = &rest[at + PLACEHOLDER_START.len()..];
        let slug: String = rest
            .bytes()
            .take_while(|b| is_slug_byte(*b))
            .map(char::from)
            .collect();
        if !slug.is_empty()
            && rest[slug.len()..].starts_with(PLACEHOLDER_END)
            && !slugs.contains(&slug)
        {
            slugs.push(slug);
        }
    }
    slugs
}

/// The charts a Markdown text cites that do not exist or are not public.
pub async fn missing(state: &AppState, source: &str) -> Result<Vec<String>, WebError> {
    let mut missing = Vec::new();
    for slug in crate::markdown::cited_charts(source) {
        if charts::load_public(state, &slug).await.is_err() {
            missing.push(slug);
        }
    }
    Ok(missing)
}

#[derive(Template)]
#[template(path = "observatory/story_chart.html")]
struct StoryChart {
    chart: crate::observatory::public::ShownChart,
    source_label: String,
    table_label: String,
    more: String,
    lang: Lang,
}

/// Replaces every chart placeholder in `html` by the chart; a placeholder
/// of a chart that is gone (or unpublished) goes away. A body that cites
/// no chart is left as it is, uncopied.
pub async fn expand(state: &AppState, lang: Lang, html: &mut String) -> Result<(), WebError> {
    let slugs = cited(html);
    if slugs.is_empty() {
        return Ok(());
    }
    let mut drawn: HashMap<String, String> = HashMap::new();
    for (i, slug) in slugs.iter().enumerate() {
        let Ok(loaded) = charts::load_public(state, slug).await else {
            continue;
        };
        let Some((chart, _)) =
            crate::observatory::public::shown_for(state, lang, &loaded, 100 + i).await?
        else {
            continue;
        };
        let block = StoryChart {
            chart,
            source_label: state.l10n.get(lang, "observatory-source"),
            table_label: state.l10n.get(lang, "observatory-show-table"),
            more: state.l10n.get(lang, "observatory-see-chart"),
            lang,
        };
        drawn.insert(slug.clone(), block.render()?);
    }
    let mut out =
        String::with_capacity(html.len() + drawn.values().map(String::len).sum::<usize>());
    let mut rest = html.as_str();
    while let Some(at) = rest.find(PLACEHOLDER_START) {
        out.push_str(&rest[..at]);
        let after = &rest[at + PLACEHOLDER_START.len()..];
        let len = after.bytes().take_while(|b| is_slug_byte(*b)).count();
        match after[len..].strip_prefix(PLACEHOLDER_END) {
            Some(next) => {
                if let Some(block) = drawn.get(&after[..len]) {
                    out.push_str(block);
                }
                rest = next;
            }
            None => {
                out.push_str(PLACEHOLDER_START);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    *html = out;
    Ok(())
}
