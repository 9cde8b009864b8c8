//! Static pages edited by administrators: the footer pages every Italian
//! public site must have, in each language.

use crate::{FieldError, clean_text, lang::Lang, time::Timestamp};

/// The pages that exist from the first start, by slug.
pub const FOOTER_PAGES: [&str; 4] = [
    "dichiarazione-di-accessibilita",
    "privacy",
    "note-legali",
    "segnala-un-problema",
];

/// Whether a slug is the shape of a page address: lower-case ASCII words
/// joined by hyphens.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A page in one language.
#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub lang: Lang,
    pub title: String,
    /// Markdown source; raw HTML in it is shown as text.
    pub body_markdown: String,
    pub updated_at: Timestamp,
}

/// An edit to a page, validated.
#[derive(Debug, Clone)]
pub struct PageInput {
    pub title: String,
    pub body_markdown: String,
}

impl PageInput {
    pub fn parse(title: &str, body: &str) -> Result<PageInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = clean_text("title", title, 1, 200, false)
            .map_err(|e| errors.push(e))
            .ok();
        let body = clean_text("body", body, 1, 100_000, true)
            .map_err(|e| errors.push(e))
            .ok();
        match (title, body) {
            (Some(title), Some(body_markdown)) => Ok(PageInput {
                title,
                body_markdown,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for slug in FOOTER_PAGES {
            assert!(is_valid_slug(slug));
        }
        for bad in ["", "-a", "a-", "a--b", "Privacy", "../etc", "a b", "è"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }
}
