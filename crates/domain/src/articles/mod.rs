//! The magazine's stories: their address (slug), their place in the
//! editorial workflow, and the rules every version of a story follows.
//! Storage and pages build on these types.

mod diff;
mod level;
mod reading;
mod slug;
mod workflow;

pub use diff::{DiffLine, line_diff};
pub use level::Level;
pub use reading::{minutes_for_words, reading_minutes, word_count};
pub use slug::{Slug, slugify};
pub use workflow::{Actor, ArticleState, Transition, TransitionError};

use crate::{FieldError, clean_text};

/// Primary key of a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub i64);

/// The text of a story in one language, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    pub title: String,
    /// The short paragraph under the title.
    pub standfirst: String,
    /// Markdown source.
    pub body: String,
}

impl ArticleText {
    /// Limits that keep a story a story: a headline, a paragraph, and a body
    /// up to about 60,000 words.
    pub const TITLE_MAX: usize = 200;
    pub const STANDFIRST_MAX: usize = 600;
    pub const BODY_MAX: usize = 400_000;

    pub fn parse(
        title: &str,
        standfirst: &str,
        body: &str,
    ) -> Result<ArticleText, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = clean_text("title", title, 1, Self::TITLE_MAX, false)
            .map_err(|e| errors.push(e))
            .ok();
        let standfirst = clean_text("standfirst", standfirst, 0, Self::STANDFIRST_MAX, true)
            .map_err(|e| errors.push(e))
            .ok();
        let body = clean_text("body", body, 0, Self::BODY_MAX, true)
            .map_err(|e| errors.push(e))
            .ok();
        match (title, standfirst, body) {
            (Some(title), Some(standfirst), Some(body)) => Ok(ArticleText {
                title,
                standfirst,
                body,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_bounded() {
        assert!(ArticleText::parse("Un titolo", "", "").is_ok());
        let long = "t".repeat(1_000_000);
        let errors = ArticleText::parse(&long, &long, &long).expect_err("too long");
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.message)).collect();
        assert_eq!(
            fields,
            [
                ("title", "error-too-long"),
                ("standfirst", "error-too-long"),
                ("body", "error-too-long")
            ]
        );
        assert_eq!(
            ArticleText::parse("  ", "", "").expect_err("empty")[0].message,
            "error-required"
        );
    }
}

/// A section of the magazine, named in the reader's language.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// A story's shared data (not its text).
#[derive(Debug, Clone)]
pub struct Article {
    pub id: ArticleId,
    pub state: ArticleState,
    pub section_id: Option<i64>,
    pub level: Level,
    pub version: i64,
    /// "Fonte: …" when the story comes from a contribution.
    pub source_note: String,
    pub is_example: bool,
    pub created_at: crate::time::Timestamp,
    pub updated_at: crate::time::Timestamp,
    pub published_at: Option<crate::time::Timestamp>,
    pub scheduled_at: Option<crate::time::Timestamp>,
    /// Authors in byline order.
    pub authors: Vec<Author>,
    /// ISTAT codes of the comuni the story is about.
    pub comuni: Vec<String>,
    /// The image shown at the top of the story, from the media library.
    pub featured_media_id: Option<i64>,
}

/// One name in a byline, with the address of the author's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub user_id: i64,
    pub name: String,
    pub slug: Option<String>,
}

impl Article {
    pub fn is_author(&self, user_id: i64) -> bool {
        self.authors.iter().any(|a| a.user_id == user_id)
    }
}

/// A story's text in one language.
#[derive(Debug, Clone)]
pub struct ArticleTranslation {
    pub article_id: ArticleId,
    pub lang: crate::lang::Lang,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    pub body_markdown: String,
    pub body_html: String,
    /// The body's words without markup, stored at save time.
    pub body_text: String,
    /// Words of the body, counted at save time (`None` for a version saved
    /// before they were counted).
    pub word_count: Option<i64>,
    pub updated_at: crate::time::Timestamp,
    /// For search engines and link previews; empty when the title and the
    /// standfirst serve.
    pub seo_title: String,
    pub seo_description: String,
}

impl ArticleTranslation {
    /// Minutes a reader needs for the body.
    pub fn reading_minutes(&self) -> u32 {
        match self.word_count {
            Some(words) => minutes_for_words(words),
            None => reading_minutes(&self.body_text),
        }
    }
}

/// A saved version of a story's text.
#[derive(Debug, Clone)]
pub struct Revision {
    pub id: i64,
    pub article_id: ArticleId,
    pub lang: crate::lang::Lang,
    pub title: String,
    pub standfirst: String,
    pub body_markdown: String,
    pub created_at: crate::time::Timestamp,
    pub created_by: Option<String>,
}

/// A line in a list of stories, in one language (or Italian when the story
/// is not translated).
#[derive(Debug, Clone)]
pub struct ArticleListItem {
    pub id: ArticleId,
    pub state: ArticleState,
    pub slug: String,
    pub title: String,
    pub standfirst: String,
    /// The language the title is in.
    pub text_lang: crate::lang::Lang,
    pub level: Level,
    pub updated_at: crate::time::Timestamp,
    pub published_at: Option<crate::time::Timestamp>,
    pub scheduled_at: Option<crate::time::Timestamp>,
    pub is_example: bool,
}

/// A comment of the team on a story.
#[derive(Debug, Clone)]
pub struct Comment {
    pub author: Option<String>,
    pub transition: Option<String>,
    pub body: String,
    pub created_at: crate::time::Timestamp,
}
