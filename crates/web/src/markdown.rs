//! Markdown to HTML for content written by staff. Raw HTML in the source is
//! shown as text, never passed through, and links may only lead to web,
//! mail or local addresses, so a page cannot carry scripts.
//!
//! Two extensions: a paragraph that is only `[[servizio 12]]` places the
//! card of service 12 ("dove rivolgersi"), and one that is only
//! `[[grafico slug]]` places an Osservatorio chart. Each becomes a
//! placeholder that the page fills when it is rendered
//! ([`crate::services::cards`], [`crate::observatory::embed`]).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let allowed = lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with('/')
        || lower.starts_with('#')
        || !lower.contains(':');
    if allowed { url } else { CowStr::Borrowed("#") }
}

/// The service a paragraph's text cites, when the paragraph is nothing but
/// `[[servizio N]]` (any case, spaces allowed inside the brackets).
pub fn service_shortcode(text: &str) -> Option<i64> {
    let inner = text.trim().strip_prefix("[[")?.strip_suffix("]]")?.trim();
    let (word, id) = inner.split_once(char::is_whitespace)?;
    if !word.eq_ignore_ascii_case("servizio") {
        return None;
    }
    let id = id.trim();
    if id.is_empty() || id.len() > 18 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    id.parse().ok()
}

/// The chart a paragraph's text cites, when the paragraph is nothing but
/// `[[grafico slug]]` (a chart's address: lower-case letters, digits and
/// hyphens).
pub fn chart_shortcode(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix("[[")?.strip_suffix("]]")?.trim();
    let (word, slug) = inner.split_once(char::is_whitespace)?;
    if !word.eq_ignore_ascii_case("grafico") {
        return None;
    }
    let slug = slug.trim();
    let valid = !slug.is_empty()
        && slug.len() <= 80
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    valid.then(|| slug.to_owned())
}

/// Replaces each paragraph that is only a shortcode by its placeholder.
fn place_shortcodes(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut index = 0;
    while index < events.len() {
        if let Event::Start(Tag::Paragraph) = events[index] {
            let mut text = String::new();
            let mut end = None;
            for (offset, event) in events[index + 1..].iter().enumerate() {
                match event {
                    Event::Text(t) => text.push_str(t),
                    Event::End(TagEnd::Paragraph) => {
                        end = Some(index + 1 + offset);
                        break;
                    }
                    _ => break,
                }
            }
            if let Some(end) = end {
                let placeholder = service_shortcode(&text)
                    .map(crate::services::cards::placeholder)
                    .or_else(|| {
                        chart_shortcode(&text).map(|s| crate::observatory::embed::placeholder(&s))
                    });
                if let Some(placeholder) = placeholder {
                    out.push(Event::Html(CowStr::from(placeholder)));
                    index = end + 1;
                    continue;
                }
            }
        }
        out.push(events[index].clone());
        index += 1;
    }
    out
}

/// The services a Markdown text cites with `[[servizio N]]`, in order.
pub fn cited_services(source: &str) -> Vec<i64> {
    let events: Vec<Event> = Parser::new_ext(source, options()).collect();
    let mut ids: Vec<i64> = Vec::new();
    for event in place_shortcodes(events) {
        if let Event::Html(html) = event {
            for id in crate::services::cards::cited(&html) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    ids
}

/// The charts a Markdown text cites with `[[grafico slug]]`, in order.
pub fn cited_charts(source: &str) -> Vec<String> {
    let events: Vec<Event> = Parser::new_ext(source, options()).collect();
    let mut slugs: Vec<String> = Vec::new();
    for event in place_shortcodes(events) {
        if let Event::Html(html) = event {
            for slug in crate::observatory::embed::cited(&html) {
                if !slugs.contains(&slug) {
                    slugs.push(slug);
                }
            }
        }
    }
    slugs
}

/// How the placeholder of every embed begins, a service's card's or a
/// chart's.
pub const EMBED_START: &str = "<div class=\"agoral-embed\" data-agoral-";

/// Whether a story's HTML holds a placeholder: one scan for every kind of
/// embed (each kind's own scan is a pass over the whole story, on every
/// page, and most stories have none).
pub fn has_embeds(html: &str) -> bool {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(EMBED_START));
    FINDER.find(html.as_bytes()).is_some()
}

/// What the magazine's Markdown understands beyond CommonMark.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Sanitised HTML: raw HTML shown as text, links and images only to safe
/// addresses, links to other sites marked `rel="noopener noreferrer"`,
/// and every heading given an `id` (from its words, unique in the text)
/// so that a section of a story can be linked to.
pub fn to_html(source: &str) -> String {
    let events: Vec<Event> = Parser::new_ext(source, options()).collect();
    let mut used: Vec<String> = Vec::new();
    let mut out_events = Vec::with_capacity(events.len());
    for (index, event) in events.iter().enumerate() {
        let event = match event.clone() {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let mut words = String::new();
                for next in &events[index + 1..] {
                    match next {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => words.push_str(t),
                        _ => {}
                    }
                }
                let base = match agoral_domain::articles::slugify(&words) {
                    slug if slug.is_empty() => "sezione".to_owned(),
                    slug => slug,
                };
                let mut id = base.clone();
                let mut n = 2;
                while used.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                used.push(id.clone());
                Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(id)),
                    classes,
                    attrs,
                })
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let url = safe_url(dest_url);
                let lower = url.to_ascii_lowercase();
                if lower.starts_with("http://") || lower.starts_with("https://") {
                    let title = if title.is_empty() {
                        String::new()
                    } else {
                        format!(" title=\"{}\"", escape_attribute(&title))
                    };
                    Event::Html(CowStr::from(format!(
                        "<a href=\"{}\" rel=\"noopener noreferrer\"{title}>",
                        escape_attribute(&url)
                    )))
                } else {
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url: url,
                        title,
                        id,
                    })
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                dest_url: safe_url(dest_url),
                title,
                id,
            }),
            other => other,
        };
        out_events.push(event);
    }
    let mut out = String::new();
    html::push_html(&mut out, place_shortcodes(out_events).into_iter());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn embeds_of_every_kind_are_found_by_one_scan() {
        for start in [
            crate::services::cards::PLACEHOLDER_START,
            crate::observatory::embed::PLACEHOLDER_START,
        ] {
            assert!(start.starts_with(super::EMBED_START), "{start}");
        }
        assert!(super::has_embeds(&super::to_html(
            "Testo.\n\n[[servizio 12]]\n"
        )));
        assert!(super::has_embeds(&super::to_html(
            "[[grafico permessi]]\n\nTesto."
        )));
        // Typed as HTML, the placeholder is text, not an embed.
        assert!(!super::has_embeds(&super::to_html(
            "<div class=\"agoral-embed\" data-agoral-service=\"9\"></div>\n\nTesto."
        )));
        assert!(!super::has_embeds(&super::to_html(
            "Solo testo, [[altro 4]]."
        )));
    }

    #[test]
    fn escapes_raw_html_and_unsafe_links() {
        let html = super::to_html(
            "# Titolo\n\n<script>alert(1)</script>\n\nTesto *importante*. [x](javascript:alert(1)) [y](https://agid.gov.it)",
        );
        assert!(html.contains("<h1 id=\"titolo\">Titolo</h1>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script>"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("href=\"https://agid.gov.it\" rel=\"noopener noreferrer\""));
        assert!(html.contains("<em>importante</em>"));
    }

    #[test]
    fn a_chart_shortcode_paragraph_becomes_a_chart_placeholder() {
        let html = super::to_html(
            "Ecco i dati:\n\n[[grafico permessi-di-soggiorno]]\n\n[[grafico Maiuscole]]\n\n[[grafico a\"b]]\n\nNel testo [[grafico x]] resta testo.\n\n<div class=\"agoral-embed\" data-agoral-chart=\"x\"></div>\n",
        );
        assert!(
            html.contains(&crate::observatory::embed::placeholder(
                "permessi-di-soggiorno"
            )),
            "{html}"
        );
        assert_eq!(
            crate::observatory::embed::cited(&html),
            vec!["permessi-di-soggiorno".to_owned()],
            "only a well-formed shortcode on its own line, never raw HTML: {html}"
        );
        assert_eq!(
            super::cited_charts("[[grafico a]]\n\n[[grafico b]]\n\n[[grafico a]]"),
            vec!["a".to_owned(), "b".to_owned()]
        );
    }

    #[test]
    fn a_shortcode_paragraph_becomes_a_card_placeholder() {
        let html = super::to_html(
            "Per i documenti:\n\n[[servizio 12]]\n\n[[ Servizio  7 ]]\n\nNel testo [[servizio 3]] resta testo.\n\n[[servizio x]]\n\n[[altro 4]]\n\n<div class=\"agoral-embed\" data-agoral-service=\"9\"></div>\n",
        );
        assert!(
            html.contains(&crate::services::cards::placeholder(12)),
            "{html}"
        );
        assert!(
            html.contains(&crate::services::cards::placeholder(7)),
            "{html}"
        );
        assert!(
            html.contains("Nel testo [[servizio 3]] resta testo."),
            "{html}"
        );
        assert!(html.contains("<p>[[servizio x]]</p>"), "{html}");
        assert!(html.contains("<p>[[altro 4]]</p>"), "{html}");
        // Typed as raw HTML, the placeholder is only text.
        assert_eq!(crate::services::cards::cited(&html), vec![12, 7]);
        assert_eq!(
            super::cited_services("[[servizio 5]]\n\ntesto\n\n[[servizio 5]]"),
            vec![5]
        );
        assert_eq!(
            super::service_shortcode("[[servizio 99999999999999999999]]"),
            None
        );
    }

    #[test]
    fn anchors_tables_and_footnotes() {
        let html = super::to_html(
            "## Il corso\n\n## Il corso\n\n## العمل\n\nTesto[^1] e [pagina](/privacy \"a \\\"b\\\"\").\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Una nota.\n",
        );
        assert!(html.contains("<h2 id=\"il-corso\">Il corso</h2>"), "{html}");
        assert!(html.contains("<h2 id=\"il-corso-2\">"), "{html}");
        assert!(html.contains("<h2 id=\"alml\">"), "{html}");
        assert!(html.contains("<table>"));
        assert!(html.contains("class=\"footnote-reference\""));
        assert!(html.contains("Una nota."));
        assert!(
            html.contains("<a href=\"/privacy\" title=\"a &quot;b&quot;\">"),
            "{html}"
        );
        let hostile =
            super::to_html("[x](https://e.it/\"onmouseover=\"alert(1) \"t\\\"><script>\")");
        assert!(!hostile.contains("<script>"), "{hostile}");
        assert!(!hostile.contains("\"onmouseover"), "{hostile}");
    }
}

/// The words of a Markdown text without markup, for search and reading time.
pub fn to_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let events: Vec<Event> = Parser::new_ext(source, options()).collect();
    for event in place_shortcodes(events) {
        match event {
            // A service card is not words of the story.
            Event::Html(t) if t.starts_with(crate::services::cards::PLACEHOLDER_START) => {}
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) if !out.ends_with(char::is_whitespace) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod text_tests {
    #[test]
    fn plain_text() {
        assert_eq!(
            super::to_text("# Titolo\n\nUn *testo* con [link](https://x.it)."),
            "Titolo Un testo con link."
        );
    }
}
