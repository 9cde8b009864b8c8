//! What story pages show alike, in this instance's memory: a section (its
//! name and address), its newest stories (the "related" list, each item
//! written as its `<li>` once) and the names of tags. A story page that is
//! not in the page cache reads its own story (with its tags' ids); the
//! section's newest stories are the same for each of its thousands of
//! stories, and reading them again was a third of the page's work.
//!
//! Kept exact as the page cache is: what is kept belongs to one generation
//! of the page cache ([`PageCache::generation`]), which the change feed
//! moves on with every change, and a list read while a change arrived is
//! not kept. People signed in read everything from the database, so that
//! an editor's own change shows at once, as it does with the page cache.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use agoral_db::{Reads, articles::ListFilter, tags::Tag};
use agoral_domain::{
    articles::{ArticleId, ArticleListItem, Section},
    lang::Lang,
};

use crate::{cache::PageCache, error::WebError};

/// Stories a story page reads for its list: three shown, one more in case
/// the story itself is among the newest.
const NEWEST: i64 = 4;

/// The kept lists and sections of one generation.
#[derive(Debug, Default)]
struct Kept {
    generation: u64,
    newest: HashMap<(Option<i64>, Lang), Arc<[Related]>>,
    sections: HashMap<(i64, Lang), Option<Arc<Section>>>,
    tags: HashMap<(i64, Lang), Tag>,
}

/// One of a section's newest stories, as its list shows it in one
/// language: the list item is the same on each of the section's story
/// pages, so it is written once.
#[derive(Debug)]
pub struct Related {
    pub id: ArticleId,
    /// The item's `<li>`, escaped.
    pub html: String,
}

/// See the module's description.
#[derive(Debug, Default)]
pub struct SectionShared {
    kept: RwLock<Kept>,
}

/// When a page's reads began: taken before the page's first read, so that
/// a change committed after that read began is never kept under a
/// generation that does not know it.
#[derive(Debug, Clone, Copy)]
pub struct Began {
    /// `None` for a reader signed in: nothing kept is used or kept.
    generation: Option<u64>,
}

impl SectionShared {
    /// Marks the beginning of a page's reads.
    pub fn begin(cache: &PageCache, signed_in: bool) -> Began {
        Began {
            generation: (!signed_in).then(|| cache.generation()),
        }
    }

    fn kept<T: Clone>(&self, began: Began, find: impl FnOnce(&Kept) -> Option<T>) -> Option<T> {
        let generation = began.generation?;
        let kept = self.kept.read().unwrap_or_else(|e| e.into_inner());
        if kept.generation != generation {
            return None;
        }
        find(&kept)
    }

    fn keep(&self, began: Began, cache: &PageCache, store: impl FnOnce(&mut Kept)) {
        let Some(generation) = began.generation else {
            return;
        };
        let mut kept = self.kept.write().unwrap_or_else(|e| e.into_inner());
        // A change arrived since the reads began: what they saw may be
        // older than it.
        if cache.generation() != generation {
            return;
        }
        if kept.generation != generation {
            *kept = Kept {
                generation,
                ..Kept::default()
            };
        }
        store(&mut kept);
    }

    /// The newest published stories of a section (of every section for
    /// `None`), in `lang` where translated, each written by `render`.
    pub async fn newest(
        &self,
        cache: &PageCache,
        began: Began,
        reads: &mut Reads,
        section_id: Option<i64>,
        lang: Lang,
        render: impl Fn(&ArticleListItem) -> Result<String, WebError>,
    ) -> Result<Arc<[Related]>, WebError> {
        let key = (section_id, lang);
        if let Some(list) = self.kept(began, |kept| kept.newest.get(&key).cloned()) {
            return Ok(list);
        }
        let filter = ListFilter {
            section_id,
            ..ListFilter::default()
        };
        let list: Arc<[Related]> = reads
            .published_articles(lang, &filter, NEWEST, 0)
            .await?
            .iter()
            .map(|item| {
                Ok(Related {
                    id: item.id,
                    html: render(item)?,
                })
            })
            .collect::<Result<_, WebError>>()?;
        self.keep(began, cache, |kept| {
            kept.newest.insert(key, Arc::clone(&list));
        });
        Ok(list)
    }

    /// A section with its name in `lang`.
    pub async fn section(
        &self,
        cache: &PageCache,
        began: Began,
        reads: &mut Reads,
        id: i64,
        lang: Lang,
    ) -> Result<Option<Arc<Section>>, WebError> {
        let key = (id, lang);
        if let Some(section) = self.kept(began, |kept| kept.sections.get(&key).cloned()) {
            return Ok(section);
        }
        let section = reads.section(id, lang).await?.map(Arc::new);
        self.keep(began, cache, |kept| {
            kept.sections.insert(key, section.clone());
        });
        Ok(section)
    }

    /// The tags with these ids in `lang`, in that order, when every one is
    /// kept; otherwise `read` reads them (and they are kept).
    pub async fn tags<F>(
        &self,
        cache: &PageCache,
        began: Began,
        lang: Lang,
        ids: &[i64],
        read: F,
    ) -> Result<Vec<Tag>, WebError>
    where
        F: AsyncFnOnce() -> Result<Vec<Tag>, WebError>,
    {
        let kept = self.kept(began, |kept| {
            ids.iter()
                .map(|id| kept.tags.get(&(*id, lang)).cloned())
                .collect::<Option<Vec<Tag>>>()
        });
        if let Some(tags) = kept {
            return Ok(tags);
        }
        let tags = read().await?;
        self.keep(began, cache, |kept| {
            for tag in &tags {
                kept.tags.insert((tag.id, lang), tag.clone());
            }
        });
        Ok(tags)
    }
}
