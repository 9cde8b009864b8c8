//! Reading RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 documents.
//!
//! The XML parser is `roxmltree`: it does no I/O (an external DTD is never
//! fetched), and documents that declare entities in a DTD are refused
//! outright, so entity expansion ("billion laughs") cannot happen. The number of nodes is
//! capped, and the caller caps the bytes, so a hostile feed costs bounded
//! memory and time. Only the newest [`super::MAX_ITEMS_PER_POLL`] items are
//! turned into text; the others are counted and left.

use jiff::civil::Date;

use crate::{lang::Lang, time::Timestamp};

use super::html::{html_to_line, html_to_text, plain_text};

const ATOM: &str = "http://www.w3.org/2005/Atom";
const RSS1: &str = "http://purl.org/rss/1.0/";
const RSS090: &str = "http://my.netscape.com/rdf/simple/0.9/";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const DC: &str = "http://purl.org/dc/elements/1.1/";
const CONTENT: &str = "http://purl.org/rss/1.0/modules/content/";
const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// Most XML nodes a feed may have: a 10,000-item feed has about 200,000.
const MAX_NODES: u32 = 500_000;

/// Longest title kept, in characters (the intake queue keeps 300).
const MAX_TITLE: usize = 300;

/// Which family of feed a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    Rss2,
    Rss1,
    Atom,
}

/// A feed, read.
#[derive(Debug, Clone)]
pub struct ParsedFeed {
    pub format: FeedFormat,
    pub title: Option<String>,
    /// The newest items, newest first, at most the number asked for.
    pub items: Vec<FeedItem>,
    /// How many items the document lists in all.
    pub total_items: usize,
}

/// One item of a feed, as plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedItem {
    /// The RSS `guid`, RSS 1.0 `rdf:about` or Atom `id`; when the feed
    /// gives none, the link; when it gives neither, a digest of the item.
    pub id: String,
    /// The item's address, made absolute against the feed's.
    pub link: Option<String>,
    pub title: String,
    /// `pubDate`, `dc:date`, Atom `published` (or `updated`).
    pub date: Option<Timestamp>,
    /// The content (or the summary) as text: paragraphs separated by a
    /// blank line.
    pub text: String,
    /// From the item's or the feed's declared language; Italian otherwise.
    pub lang: Lang,
}

/// Why a document could not be read as a feed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    /// Not well-formed XML; the position is where the parser stopped.
    #[error("line {line}, column {column}: {message}")]
    InvalidXml {
        line: u32,
        column: u32,
        message: String,
    },
    /// Well-formed (or a web page), but not RSS or Atom.
    #[error("the document is <{root}>, not RSS or Atom")]
    NotAFeed { root: String },
}

/// Reads a feed. `bytes` is the body as received (any encoding the XML
/// declaration or a byte-order mark names); `base` is the feed's address,
/// for relative links; at most `max_items` items are returned, the newest.
pub fn parse_feed(bytes: &[u8], base: &str, max_items: usize) -> Result<ParsedFeed, FeedError> {
    let text = decode(bytes);
    if looks_like_html(&text) {
        return Err(FeedError::NotAFeed {
            root: "html".into(),
        });
    }
    if let Some(at) = internal_subset(&text) {
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at]
            .rsplit('\n')
            .next()
            .map(|l| l.chars().count())
            .unwrap_or(0)
            + 1;
        return Err(FeedError::InvalidXml {
            line: line as u32,
            column: column as u32,
            message: "the document declares its own entities (a DTD), which feeds must not".into(),
        });
    }
    let options = roxmltree::ParsingOptions {
        // Only a DOCTYPE without declarations gets this far: it names a DTD
        // that is never fetched, and declares no entity to expand.
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&text, options).map_err(|e| {
        let pos = e.pos();
        FeedError::InvalidXml {
            line: pos.row,
            column: pos.col,
            message: e.to_string(),
        }
    })?;
    let root = doc.root_element();
    let base = url::Url::parse(base).ok();
    let reader = Reader {
        base: base.as_ref(),
    };
    match (root.tag_name().name(), root.tag_name().namespace()) {
        ("rss", None) => Ok(reader.rss2(root, max_items)),
        ("RDF", Some(RDF)) => Ok(reader.rss1(root, max_items)),
        ("feed", Some(ATOM) | None) => Ok(reader.atom(root, max_items)),
        (name, _) => Err(FeedError::NotAFeed {
            root: name.chars().take(40).collect(),
        }),
    }
}

/// The body as text. A byte-order mark wins, then the XML declaration's
/// `encoding`, then UTF-8; bytes that are not valid in the encoding become
/// U+FFFD rather than failing the whole feed.
fn decode(bytes: &[u8]) -> String {
    // The declaration is ASCII in every encoding a feed may use but UTF-16,
    // which has a byte-order mark.
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]);
    let declared = declared_encoding(&head)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    // `decode` sniffs a BOM first and removes it.
    let (text, _, _) = declared.decode(bytes);
    text.into_owned()
}

fn declared_encoding(head: &str) -> Option<String> {
    let declaration = head.trim_start().strip_prefix("<?xml")?;
    let declaration = &declaration[..declaration.find("?>")?];
    let at = declaration.find("encoding")?;
    let rest = declaration[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?;
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].to_owned())
}

/// Where a DOCTYPE with an internal subset (`<!DOCTYPE x [ … ]>`) starts:
/// the place where entities, and with them expansion attacks, are declared.
fn internal_subset(text: &str) -> Option<usize> {
    let at = text.find("<!DOCTYPE")?;
    let mut quote: Option<char> = None;
    for c in text[at..].chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => return Some(at),
            (None, '>') => return None,
            _ => {}
        }
    }
    Some(at)
}

/// A web page served where a feed was expected.
fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{FEFF}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?xml") {
            rest = after
                .find("?>")
                .map(|e| after[e + 2..].trim_start())
                .unwrap_or("");
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after
                .find("-->")
                .map(|e| after[e + 3..].trim_start())
                .unwrap_or("");
        } else {
            break;
        }
    }
    let head: String = rest
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

struct Reader<'b> {
    base: Option<&'b url::Url>,
}

type Node<'a, 'i> = roxmltree::Node<'a, 'i>;

/// An item found in the document, before it is turned into text.
struct Candidate<'a, 'i> {
    node: Node<'a, 'i>,
    date: Option<Timestamp>,
}

impl Reader<'_> {
    fn rss2(&self, root: Node, max_items: usize) -> ParsedFeed {
        let channel = child(root, "channel", None);
        let lang = channel
            .and_then(|c| child(c, "language", None))
            .map(|n| text_of(n))
            .and_then(|code| language(&code))
            .unwrap_or_default();
        let title = channel
            .and_then(|c| child(c, "title", None))
            .map(|n| html_to_line(&text_of(n)));
        let nodes = channel.into_iter().flat_map(|c| c.children()).filter(|n| {
            n.is_element() && n.tag_name().name() == "item" && n.tag_name().namespace().is_none()
        });
        let candidates = nodes.map(|node| Candidate {
            date: child(node, "pubDate", None)
                .map(|n| text_of(n))
                .and_then(|d| parse_rfc2822(&d))
                .or_else(|| child(node, "date", Some(DC)).and_then(|n| parse_rfc3339(&text_of(n)))),
            node,
        });
        let (items, total_items) = newest(candidates, max_items, |c| {
            let node = c.node;
            let guid = child(node, "guid", None);
            let guid_text = guid
                .map(|n| text_of(n).trim().to_owned())
                .filter(|t| !t.is_empty());
            let permalink = guid.is_some_and(|g| g.attribute("isPermaLink") != Some("false"));
            let link = child(node, "link", None)
                .map(|n| text_of(n))
                .and_then(|l| self.absolute(&l))
                .or_else(|| {
                    guid_text
                        .as_deref()
                        .filter(|_| permalink)
                        .and_then(|g| self.absolute(g))
                });
            let body = child(node, "encoded", Some(CONTENT))
                .map(|n| html_to_text(&text_of(n)))
                .filter(|t| !t.is_empty())
                .or_else(|| child(node, "description", None).map(|n| html_to_text(&text_of(n))))
                .unwrap_or_default();
            let title = child(node, "title", None).map(|n| html_to_line(&text_of(n)));
            item(guid_text, link, title, c.date, body, lang)
        });
        ParsedFeed {
            format: FeedFormat::Rss2,
            title,
            items,
            total_items,
        }
    }

    fn rss1(&self, root: Node, max_items: usize) -> ParsedFeed {
        let ns = [RSS1, RSS090]
            .into_iter()
            .find(|ns| child(root, "channel", Some(ns)).is_some())
            .unwrap_or(RSS1);
        let channel = child(root, "channel", Some(ns));
        let lang = channel
            .and_then(|c| child(c, "language", Some(DC)))
            .and_then(|n| language(&text_of(n)))
            .unwrap_or_default();
        let title = channel
            .and_then(|c| child(c, "title", Some(ns)))
            .map(|n| html_to_line(&text_of(n)));
        let nodes = root
            .children()
            .filter(|n| n.is_element() && n.has_tag_name((ns, "item")));
        let candidates = nodes.map(|node| Candidate {
            date: child(node, "date", Some(DC)).and_then(|n| parse_rfc3339(&text_of(n))),
            node,
        });
        let (items, total_items) = newest(candidates, max_items, |c| {
            let node = c.node;
            let about = node
                .attribute((RDF, "about"))
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned);
            let link = child(node, "link", Some(ns))
                .map(|n| text_of(n))
                .and_then(|l| self.absolute(&l));
            let body = child(node, "encoded", Some(CONTENT))
                .map(|n| html_to_text(&text_of(n)))
                .filter(|t| !t.is_empty())
                .or_else(|| child(node, "description", Some(ns)).map(|n| html_to_text(&text_of(n))))
                .unwrap_or_default();
            let title = child(node, "title", Some(ns)).map(|n| html_to_line(&text_of(n)));
            item(about, link, title, c.date, body, lang)
        });
        ParsedFeed {
            format: FeedFormat::Rss1,
            title,
            items,
            total_items,
        }
    }

    fn atom(&self, root: Node, max_items: usize) -> ParsedFeed {
        let ns = root.tag_name().namespace();
        let feed_lang = xml_lang(root).unwrap_or_default();
        let title = child(root, "title", ns).map(|n| atom_text(n, true));
        let nodes = root.children().filter(|n| {
            n.is_element() && n.tag_name().name() == "entry" && n.tag_name().namespace() == ns
        });
        let candidates = nodes.map(|node| Candidate {
            date: child(node, "published", ns)
                .or_else(|| child(node, "updated", ns))
                .and_then(|n| parse_rfc3339(&text_of(n))),
            node,
        });
        let (items, total_items) = newest(candidates, max_items, |c| {
            let node = c.node;
            let id = child(node, "id", ns)
                .map(|n| text_of(n).trim().to_owned())
                .filter(|t| !t.is_empty());
            let link = node
                .children()
                .filter(|n| {
                    n.is_element()
                        && n.tag_name().name() == "link"
                        && n.tag_name().namespace() == ns
                })
                .find(|n| n.attribute("rel").is_none_or(|r| r == "alternate"))
                .and_then(|n| n.attribute("href"))
                .and_then(|href| self.absolute(href));
            let content = child(node, "content", ns).filter(|n| {
                n.attribute("src").is_none()
                    && n.attribute("type")
                        .is_none_or(|t| matches!(t, "text" | "html" | "xhtml"))
            });
            let body = content
                .map(|n| atom_text(n, false))
                .filter(|t| !t.is_empty())
                .or_else(|| child(node, "summary", ns).map(|n| atom_text(n, false)))
                .unwrap_or_default();
            let title = child(node, "title", ns).map(|n| atom_text(n, true));
            let lang = xml_lang(node).unwrap_or(feed_lang);
            item(id, link, title, c.date, body, lang)
        });
        ParsedFeed {
            format: FeedFormat::Atom,
            title,
            items,
            total_items,
        }
    }

    /// An absolute http(s) address, or nothing.
    fn absolute(&self, link: &str) -> Option<String> {
        let link = link.trim();
        if link.is_empty() {
            return None;
        }
        let url = match self.base {
            Some(base) => base.join(link).ok()?,
            None => url::Url::parse(link).ok()?,
        };
        matches!(url.scheme(), "http" | "https").then(|| url.to_string())
    }
}

/// The newest `max` candidates, newest first, converted; and how many there
/// were in all. When every item is dated they are sorted by date; otherwise
/// the document's order (newest first, by convention) is kept. Only the
/// items kept are converted to text, so a huge feed costs one pass over its
/// dates.
fn newest<'a, 'i: 'a>(
    candidates: impl Iterator<Item = Candidate<'a, 'i>>,
    max: usize,
    convert: impl Fn(&Candidate<'a, 'i>) -> Option<FeedItem>,
) -> (Vec<FeedItem>, usize) {
    let mut all: Vec<Candidate<'a, 'i>> = candidates.collect();
    let total = all.len();
    if all.iter().all(|c| c.date.is_some()) {
        all.sort_by_key(|c| std::cmp::Reverse(c.date));
    }
    let items = all.iter().take(max).filter_map(convert).collect();
    (items, total)
}

/// Assembles an item; one with neither a title nor a text is left out.
fn item(
    id: Option<String>,
    link: Option<String>,
    title: Option<String>,
    date: Option<Timestamp>,
    text: String,
    lang: Lang,
) -> Option<FeedItem> {
    let title = title.filter(|t| !t.is_empty()).unwrap_or_else(|| {
        // The first words of the text stand in for a missing title.
        let first = text.lines().next().unwrap_or_default();
        truncate(first, 100)
    });
    if title.is_empty() && text.is_empty() {
        return None;
    }
    let id = id.or_else(|| link.clone()).unwrap_or_else(|| {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(format!("{title}\n{:?}\n{text}", date.map(|d| d.0)));
        format!("sha256:{}", data_encoding::HEXLOWER.encode(&digest))
    });
    Some(FeedItem {
        id: truncate(&id, 1000),
        link,
        title: truncate(&title, MAX_TITLE),
        date,
        text,
        lang,
    })
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect::<String>().trim().to_owned()
}

/// The first child element with this local name, in this namespace (`None`:
/// no namespace).
fn child<'a, 'i: 'a>(node: Node<'a, 'i>, name: &str, ns: Option<&str>) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == ns)
}

/// All the text inside an element. Child elements (an RSS description
/// written as raw XHTML) are put back as tags so that the HTML reader still
/// sees their paragraphs.
fn text_of(node: Node) -> String {
    let mut out = String::new();
    for n in node.children() {
        if let Some(text) = n.text().filter(|_| n.is_text()) {
            out.push_str(text);
        } else if n.is_element() {
            let name = n.tag_name().name();
            out.push('<');
            out.push_str(name);
            out.push('>');
            out.push_str(&text_of(n));
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
    out
}

/// An Atom text construct: `text` (the default), `html` or `xhtml`.
fn atom_text(node: Node, one_line: bool) -> String {
    let text = match node.attribute("type").unwrap_or("text") {
        "html" => html_to_text(&text_of(node)),
        "xhtml" => html_to_text(&xhtml_source(node)),
        _ => plain_text(&text_of(node)),
    };
    if one_line {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text
    }
}

/// An XHTML subtree written back as HTML source, its text escaped.
fn xhtml_source(node: Node) -> String {
    let mut out = String::new();
    for n in node.children() {
        if n.is_text() {
            for c in n.text().unwrap_or_default().chars() {
                match c {
                    '<' => out.push_str("&lt;"),
                    '&' => out.push_str("&amp;"),
                    c => out.push(c),
                }
            }
        } else if n.is_element() {
            let name = n.tag_name().name();
            out.push_str(&format!("<{name}>{}</{name}>", xhtml_source(n)));
        }
    }
    out
}

fn xml_lang(node: Node) -> Option<Lang> {
    node.attribute((XML, "lang")).and_then(language)
}

/// `it-IT`, `en`, `fr-fr` → the language, when it is one of ours.
fn language(code: &str) -> Option<Lang> {
    let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::from_code(&primary)
}

/// RFC 822/2822 dates as RSS writes them, leniently: a weekday that does not
/// match the date is ignored, and the Central European zone names that
/// Italian feeds use are understood.
fn parse_rfc2822(value: &str) -> Option<Timestamp> {
    let value = value.trim();
    // RFC 2822 reads unknown zone names as UTC, so these are replaced first.
    let replaced = [(" CEST", " +0200"), (" CET", " +0100")]
        .into_iter()
        .find_map(|(zone, offset)| value.strip_suffix(zone).map(|v| format!("{v}{offset}")));
    let parser = jiff::fmt::rfc2822::DateTimeParser::new().relaxed_weekday(true);
    parser
        .parse_timestamp(replaced.as_deref().unwrap_or(value))
        .ok()
        .map(|ts| Timestamp(ts.as_second()))
        .or_else(|| parse_rfc3339(value))
}

/// RFC 3339 (`2025-06-02T10:00:00+02:00`), or a bare date, taken as midnight
/// in Rome.
fn parse_rfc3339(value: &str) -> Option<Timestamp> {
    let value = value.trim();
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Some(Timestamp(ts.as_second()));
    }
    let date: Date = value.parse().ok()?;
    let zoned = date
        .to_zoned(jiff::tz::TimeZone::get("Europe/Rome").ok()?)
        .ok()?;
    Some(Timestamp(zoned.timestamp().as_second()))
}

#[cfg(test)]
mod tests;
