//! "Dove rivolgersi": a service's card inside a magazine story. The
//! author writes `[[servizio 12]]` on a line of its own; the Markdown
//! renderer leaves a placeholder (see [`crate::markdown`]) and the page
//! fills it with the service as it is when the page is rendered, so a
//! change to the service shows in every story that cites it. Authors
//! cannot write the placeholder themselves: raw HTML in Markdown is shown
//! as text.

use std::collections::HashMap;

use agoral_domain::{
    lang::Lang,
    services::{languages::SpokenLanguage, record::ServiceId},
};
use askama::Template;

use crate::{error::WebError, state::AppState};

/// How the Markdown renderer marks a service card's place.
pub const PLACEHOLDER_START: &str = "<div class=\"agoral-embed\" data-agoral-service=\"";
const PLACEHOLDER_END: &str = "\"></div>";

/// The placeholder for service `id`.
pub fn placeholder(id: i64) -> String {
    format!("{PLACEHOLDER_START}{id}{PLACEHOLDER_END}")
}

/// The services a rendered body cites, in order, without repeats.
pub fn cited(html: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    // Found with a vectorised search: every story page scans its whole
    // body for cards, and most have none.
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(PLACEHOLDER_START));
    let mut rest = html;
    while let Some(at) = FINDER.find(rest.as_bytes()) {
        rest = &rest[at + PLACEHOLDER_START.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(id) = digits.parse::<i64>()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// The services a Markdown text cites that do not exist.
pub async fn missing(state: &AppState, source: &str) -> Result<Vec<i64>, WebError> {
    let ids = crate::markdown::cited_services(source);
    if ids.is_empty() {
        return Ok(ids);
    }
    let found: Vec<i64> = state
        .db
        .services_by_ids(&ids.iter().map(|id| ServiceId(*id)).collect::<Vec<_>>())
        .await?
        .into_iter()
        .map(|s| s.id.0)
        .collect();
    Ok(ids.into_iter().filter(|id| !found.contains(id)).collect())
}

#[derive(Template)]
#[template(path = "services/card.html")]
struct Card<'a> {
    label: String,
    example: String,
    more: String,
    languages_label: String,
    name: &'a str,
    summary: &'a str,
    /// The language of the texts (Italian where not translated).
    text_lang: Lang,
    page_lang: Lang,
    link: String,
    place: String,
    phones: Vec<String>,
    languages: Vec<SpokenLanguage>,
    is_example: bool,
}

/// Replaces, in `html`, every service placeholder by the service's card in
/// `lang`; a placeholder of a service that no longer exists goes away. A
/// body that cites no service (nearly all) is left as it is, uncopied.
pub async fn expand(state: &AppState, lang: Lang, html: &mut String) -> Result<(), WebError> {
    let ids = cited(html);
    if ids.is_empty() {
        return Ok(());
    }
    let l10n = &state.l10n;
    let services = state
        .db
        .services_by_ids(&ids.iter().map(|id| ServiceId(*id)).collect::<Vec<_>>())
        .await?;
    let mut cards: HashMap<i64, String> = HashMap::new();
    for service in &services {
        let (text_lang, text) = service.text_in(lang);
        let record = &service.record;
        let comune = state.comune_name(record.istat_code.as_str());
        let place = match (&record.address, record.sensitive) {
            (Some(address), false) => format!("{address}, {comune}"),
            _ => comune,
        };
        let card = Card {
            label: l10n.get(lang, "services-card-label"),
            example: l10n.get(lang, "services-example"),
            more: l10n.get(lang, "services-card-more"),
            languages_label: l10n.get(lang, "services-languages"),
            name: &text.name,
            summary: &text.summary,
            text_lang,
            page_lang: lang,
            link: lang.localise_path(&format!("/servizi/{}", service.id.0)),
            place,
            phones: record
                .phones
                .iter()
                .map(|p| p.as_str().to_owned())
                .collect(),
            languages: record
                .languages
                .iter()
                .filter_map(|code| SpokenLanguage::find(code))
                .collect(),
            is_example: service.is_example,
        };
        cards.insert(service.id.0, card.render()?);
    }
    let mut out =
        String::with_capacity(html.len() + cards.values().map(String::len).sum::<usize>());
    let mut rest = html.as_str();
    while let Some(at) = rest.find(PLACEHOLDER_START) {
        out.push_str(&rest[..at]);
        let after = &rest[at + PLACEHOLDER_START.len()..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let tail = &after[digits.len()..];
        match tail.strip_prefix(PLACEHOLDER_END) {
            Some(next) => {
                if let Some(card) = digits.parse::<i64>().ok().and_then(|id| cards.get(&id)) {
                    out.push_str(card);
                }
                rest = next;
            }
            // Not a placeholder after all: kept as it is.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_order_once() {
        let html = format!(
            "<p>a</p>{}{}<p>b</p>{}",
            placeholder(3),
            placeholder(1),
            placeholder(3)
        );
        assert_eq!(cited(&html), vec![3, 1]);
        assert!(cited("<p>[[servizio 3]]</p>").is_empty());
    }
}
