//! Markdown to HTML for content written by staff. Raw HTML in the source is
//! shown as text, never passed through, and links may only lead to web,
//! mail or local addresses, so a page cannot carry scripts.

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

pub fn to_html(source: &str) -> String {
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
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
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_raw_html_and_unsafe_links() {
        let html = super::to_html(
            "# Titolo\n\n<script>alert(1)</script>\n\nTesto *importante*. [x](javascript:alert(1)) [y](https://agid.gov.it)",
        );
        assert!(html.contains("<h1>Titolo</h1>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script>"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("href=\"https://agid.gov.it\""));
        assert!(html.contains("<em>importante</em>"));
    }
}

/// The words of a Markdown text without markup, for search and reading time.
pub fn to_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for event in Parser::new_ext(
        source,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
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
