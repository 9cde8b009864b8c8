//! Full-text search: one index per instance, in the data folder, holding a
//! document per language version of every story (drafts too, for the
//! redazione). Each language has its own fields and analyzer. The index
//! follows the change feed (`follow.rs`) and remembers, in its commit, the
//! last change it reflects, so a restart only catches up.

pub mod analysis;
pub mod facets;
pub mod page;
pub mod query;

use std::{
    path::Path,
    sync::{Arc, Mutex},
};

use agoral_db::Db;
use agoral_domain::{articles::ArticleState, lang::Lang};
use anyhow::Context;
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term,
    directory::MmapDirectory,
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions,
    },
};

use crate::state::AppState;

/// Bumped when the schema or the analyzers change: a new folder is built.
const SCHEMA_VERSION: &str = "v2";

/// How many times a title counts in its document's text.
const TITLE_WEIGHT: usize = 2;

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub article_id: Field,
    pub lang: Field,
    /// Languages in which this document is the one shown (its own, plus
    /// those without a version for the Italian one).
    pub shown_in: Field,
    pub public: Field,
    pub authors: Field,
    pub slug: Field,
    pub published: Field,
    /// `/root/value` terms, for filtering.
    pub facets: Field,
    /// Columns the facets are counted from (see `facets.rs`).
    pub facet_one: Field,
    pub facet_many: Field,
    /// Title (stored, to show) and text (standfirst, body and title,
    /// searched) per language, in `Lang::ALL` order.
    pub title: [Field; 4],
    pub text: [Field; 4],
}

impl Fields {
    pub fn title_of(&self, lang: Lang) -> Field {
        self.title[lang_index(lang)]
    }

    pub fn text_of(&self, lang: Lang) -> Field {
        self.text[lang_index(lang)]
    }
}

pub fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_options = |lang: Lang| {
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analysis::analyzer_name(lang))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored()
    };
    let article_id = builder.add_u64_field("article_id", INDEXED | STORED | FAST);
    let lang = builder.add_text_field("lang", STRING | STORED);
    let shown_in = builder.add_text_field("shown_in", STRING);
    let public = builder.add_u64_field("public", INDEXED);
    let authors = builder.add_u64_field("authors", INDEXED);
    let slug = builder.add_text_field("slug", STORED);
    let published = builder.add_i64_field("published", STORED | FAST);
    let facets = builder.add_text_field("facets", STRING);
    let column_only = TextOptions::default().set_fast(None);
    let facet_one = builder.add_text_field(facets::ONE_FIELD, column_only.clone());
    let facet_many = builder.add_text_field(facets::MANY_FIELD, column_only);
    let title = Lang::ALL.map(|l| builder.add_text_field(&format!("title_{}", l.code()), STORED));
    let text =
        Lang::ALL.map(|l| builder.add_text_field(&format!("text_{}", l.code()), text_options(l)));
    let fields = Fields {
        article_id,
        lang,
        shown_in,
        public,
        authors,
        slug,
        published,
        facets,
        facet_one,
        facet_many,
        title,
        text,
    };
    (builder.build(), fields)
}

/// Threads one search uses: the segments of a large index are searched
/// side by side.
pub(crate) fn search_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4)
}

/// Removes the folders of earlier schema versions (`v1`, …): nothing
/// reads them once this version is built, and on a large site each takes
/// gigabytes. Failing to remove one is only logged.
fn remove_old_versions(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_version = name
            .strip_prefix('v')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if is_version
            && name != SCHEMA_VERSION
            && let Err(e) = std::fs::remove_dir_all(entry.path())
        {
            tracing::warn!(folder = %entry.path().display(), "could not remove an old search index: {e}");
        }
    }
}

/// The open index of this instance.
pub struct SearchIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// Taken on first write: commands that only read (or run beside a
    /// server on the same folder) never hold the lock.
    writer: Mutex<Option<IndexWriter>>,
    /// False while a first start builds the index in the background.
    complete: std::sync::atomic::AtomicBool,
    /// The facet columns of the segments searched, decoded.
    pub facets: facets::FacetCache,
    /// The latest searches' counts, facets and best matches.
    pub results: query::ResultsCache,
    /// Turns to run a search: a search takes one for its whole run on a
    /// blocking thread, and the others wait in line (first come, first
    /// served). Unbounded, a burst of different searches ran hundreds at
    /// once, each on its own thread with its own collectors: 316 threads
    /// and 3 GB for 1,000 connections.
    searches: Arc<tokio::sync::Semaphore>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SearchIndex")
    }
}

impl SearchIndex {
    /// Opens (or creates) the index under `dir`.
    pub fn open(dir: &Path) -> anyhow::Result<SearchIndex> {
        let path = dir.join(SCHEMA_VERSION);
        std::fs::create_dir_all(&path)
            .with_context(|| format!("creating the search folder {}", path.display()))?;
        remove_old_versions(dir);
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(&path)?;
        let mut index = Index::open_or_create(directory, schema)?;
        // Segments are searched side by side, one per core.
        index.set_multithread_executor(search_threads())?;
        for lang in Lang::ALL {
            index
                .tokenizers()
                .register(analysis::analyzer_name(lang), analysis::analyzer(lang));
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let complete = index
            .load_metas()
            .ok()
            .and_then(|metas| metas.payload)
            .is_some();
        Ok(SearchIndex {
            index,
            reader,
            fields,
            writer: Mutex::new(None),
            complete: complete.into(),
            facets: facets::FacetCache::default(),
            results: query::ResultsCache::default(),
            searches: Arc::new(tokio::sync::Semaphore::new(search_threads() * 2)),
        })
    }

    /// Lets `searches` searches run at once (`max_concurrent_searches`).
    pub fn with_concurrent_searches(mut self, searches: usize) -> SearchIndex {
        self.searches = Arc::new(tokio::sync::Semaphore::new(searches.max(1)));
        self
    }

    /// Runs a search on a blocking thread once a turn is free. The turn
    /// goes with the thread's work, not with the caller: a request given up
    /// while its search runs (a client gone, a timeout) still holds it
    /// until the search ends, so no more than the limit ever run.
    pub async fn search(
        self: &Arc<Self>,
        request: query::Request,
    ) -> anyhow::Result<query::Results> {
        let turn = self
            .searches
            .clone()
            .acquire_owned()
            .await
            .context("the search queue is closed")?;
        let index = self.clone();
        tokio::task::spawn_blocking(move || {
            let results = query::run(&index, &request);
            drop(turn);
            results
        })
        .await
        .context("the search task failed")?
    }

    /// Runs `f` with the index writer, taking it if needed. Fails when
    /// another process holds it (a server on the same data folder).
    pub fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut IndexWriter) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let mut slot = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("search writer poisoned"))?;
        if slot.is_none() {
            let writer = self
                .index
                .writer_with_num_threads(2, 64_000_000)
                .context("the search index is in use by another process")?;
            *slot = Some(writer);
        }
        match slot.as_mut() {
            Some(writer) => f(writer),
            None => anyhow::bail!("no search writer"),
        }
    }

    /// Merges the segments a rebuild leaves (one per batch the writer
    /// flushed) into one per core, of about equal size. Each search walks
    /// every segment's postings and facet dictionary, which with many small
    /// segments costs more than the merge does once; a segment per core
    /// lets one search use every core (see [`SearchIndex::open`]). The
    /// writer is held only to start the merges.
    pub fn merge_all(&self) -> anyhow::Result<()> {
        let mut segments = self.index.searchable_segment_metas()?;
        segments.sort_by_key(|s| std::cmp::Reverse(s.num_docs()));
        let parts = search_threads().min(segments.len().max(1));
        let mut groups: Vec<(u64, Vec<tantivy::index::SegmentId>)> = vec![(0, Vec::new()); parts];
        for segment in &segments {
            if let Some(smallest) = groups.iter_mut().min_by_key(|(docs, _)| *docs) {
                smallest.0 += u64::from(segment.num_docs());
                smallest.1.push(segment.id());
            }
        }
        let merges = self.with_writer(|writer| {
            Ok(groups
                .iter()
                .filter(|(_, ids)| ids.len() > 1)
                .map(|(_, ids)| writer.merge(ids))
                .collect::<Vec<_>>())
        })?;
        for merge in merges {
            merge.wait()?;
        }
        self.reader.reload()?;
        self.prepare();
        Ok(())
    }

    /// Makes ready what the searches of the current index need beyond its
    /// files (each segment's facet columns, decoded).
    pub fn prepare(&self) {
        self.facets.prepare(&self.reader.searcher());
    }

    /// Whether this process can write the index (no other one holds it).
    pub fn writable(&self) -> bool {
        self.with_writer(|_| Ok(())).is_ok()
    }

    /// The last change the committed index reflects, if it knows.
    pub fn reflected_change(&self) -> Option<i64> {
        self.index.load_metas().ok()?.payload?.parse().ok()
    }

    /// Whether the index holds every story (false while a first start
    /// builds it in the background).
    pub fn is_complete(&self) -> bool {
        self.complete.load(std::sync::atomic::Ordering::Acquire)
    }

    pub(crate) fn set_complete(&self) {
        self.complete
            .store(true, std::sync::atomic::Ordering::Release);
    }

    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// What one language version of a story puts in the index.
#[derive(Debug, Clone)]
pub struct IndexDoc {
    pub article_id: i64,
    pub lang: Lang,
    pub shown_in: Vec<Lang>,
    pub public: bool,
    pub authors: Vec<i64>,
    pub slug: String,
    pub title: String,
    pub text: String,
    pub published: Option<i64>,
    pub facets: Vec<String>,
}

/// Turns database rows into index documents: one per language version;
/// the Italian one is also the one shown in languages without a version.
pub fn documents(sources: Vec<agoral_db::articles::SearchSource>) -> Vec<IndexDoc> {
    let mut present: std::collections::HashMap<i64, Vec<Lang>> = std::collections::HashMap::new();
    for source in &sources {
        present
            .entry(source.article_id)
            .or_default()
            .push(source.lang);
    }
    sources
        .into_iter()
        .map(|t| {
            let langs = present.get(&t.article_id).cloned().unwrap_or_default();
            let shown_in = if t.lang == Lang::It {
                Lang::ALL
                    .into_iter()
                    .filter(|l| *l == Lang::It || !langs.contains(l))
                    .collect()
            } else {
                vec![t.lang]
            };
            let mut facets = vec![
                format!("/level/{}", t.level.as_str()),
                format!("/lang/{}", t.lang.code()),
            ];
            if let Some(section) = &t.section_slug {
                facets.push(format!("/section/{section}"));
            }
            facets.extend(t.comuni.iter().map(|c| format!("/comune/{c}")));
            facets.extend(t.tags.iter().map(|g| format!("/tag/{g}")));
            if let Some(at) = t.published_at {
                facets.push(format!("/year/{}", at.year_month().0));
            }
            IndexDoc {
                article_id: t.article_id,
                lang: t.lang,
                shown_in,
                public: t.state == ArticleState::Published,
                authors: t.authors,
                slug: t.slug,
                title: t.title,
                text: format!("{}\n\n{}", t.standfirst, t.body_text),
                published: t.published_at.map(|p| p.0),
                facets,
            }
        })
        .collect()
}

/// Reads the documents of one story from the database (none when it is
/// gone).
pub async fn documents_of(db: &Db, id: i64) -> anyhow::Result<Vec<IndexDoc>> {
    Ok(documents(db.search_sources(id, id).await?))
}

fn to_tantivy(fields: &Fields, doc: &IndexDoc) -> TantivyDocument {
    let mut out = TantivyDocument::default();
    out.add_u64(fields.article_id, doc.article_id as u64);
    out.add_text(fields.lang, doc.lang.code());
    for lang in &doc.shown_in {
        out.add_text(fields.shown_in, lang.code());
    }
    out.add_u64(fields.public, u64::from(doc.public));
    for author in &doc.authors {
        out.add_u64(fields.authors, *author as u64);
    }
    out.add_text(fields.slug, &doc.slug);
    out.add_text(fields.title_of(doc.lang), &doc.title);
    // The body first: a snippet is cut from the first value. The title
    // follows twice, so that a word in it counts as two in the text: the
    // text field alone ranks (see `query.rs`), titles weighing more.
    out.add_text(fields.text_of(doc.lang), &doc.text);
    for _ in 0..TITLE_WEIGHT {
        out.add_text(fields.text_of(doc.lang), &doc.title);
    }
    out.add_i64(fields.published, doc.published.unwrap_or(0));
    for facet in &doc.facets {
        out.add_text(fields.facets, facet);
    }
    let (one, many) = facets::split(&doc.facets);
    out.add_text(fields.facet_one, one);
    for value in many {
        out.add_text(fields.facet_many, value);
    }
    out
}

/// Replaces the documents of these stories, commits with the change-feed
/// position (when given) and makes the result visible.
fn write(
    index: &SearchIndex,
    replace: &[i64],
    docs: &[IndexDoc],
    reflected: Option<i64>,
) -> anyhow::Result<()> {
    index.with_writer(|writer| {
        for id in replace {
            writer.delete_term(Term::from_field_u64(index.fields.article_id, *id as u64));
        }
        for doc in docs {
            writer.add_document(to_tantivy(&index.fields, doc))?;
        }
        let mut commit = writer.prepare_commit()?;
        if let Some(seq) = reflected {
            commit.set_payload(&seq.to_string());
        }
        commit.commit()?;
        Ok(())
    })?;
    index.reader.reload()?;
    index.prepare();
    Ok(())
}

/// Re-reads these stories and replaces their documents.
pub async fn update_articles(state: &AppState, ids: &[i64]) -> anyhow::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut docs = Vec::new();
    for id in ids {
        docs.extend(documents_of(&state.db, *id).await?);
    }
    let index = state.search.clone();
    let ids = ids.to_vec();
    let reflected = state.db.last_change_seq().await.ok();
    tokio::task::spawn_blocking(move || write(&index, &ids, &docs, reflected)).await?
}

/// Builds the index again from the database while the old one keeps
/// answering; `progress(done, total)` is called as it goes.
pub async fn rebuild(
    state: &AppState,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> anyhow::Result<u64> {
    let started = std::time::Instant::now();
    // Changes from now on are followed; the rebuild covers what came before.
    let reflected = state.db.last_change_seq().await?;
    let ids = state.db.all_article_ids().await?;
    let total = ids.len() as u64;
    let index = state.search.clone();
    {
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.with_writer(|writer| {
                // The segments stay as the writer flushes them, small and
                // many, until `merge_all` groups them into one per core of
                // equal size: merged along the way, they ended as a few
                // large ones that could not be split evenly, and a search
                // waits for its largest segment.
                writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
                Ok(())
            })
        })
        .await??;
    }
    let built = add_all(state, &index, &ids, reflected, progress).await;
    // Merged again as usual afterwards, whether the rebuild ended or not.
    {
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.with_writer(|writer| {
                writer.set_merge_policy(Box::<tantivy::indexer::LogMergePolicy>::default());
                Ok(())
            })
        })
        .await??;
    }
    built?;
    tracing::info!(
        stories = total,
        duration_ms = started.elapsed().as_millis() as u64,
        "search index rebuilt"
    );
    Ok(total)
}

/// [`rebuild`]'s work: every story added, then committed and merged.
async fn add_all(
    state: &AppState,
    index: &Arc<SearchIndex>,
    ids: &[i64],
    reflected: i64,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> anyhow::Result<()> {
    {
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.with_writer(|writer| {
                writer.delete_all_documents()?;
                Ok(())
            })
        })
        .await??;
    }
    let total = ids.len() as u64;
    let mut done = 0u64;
    for chunk in ids.chunks(1000) {
        let (from, to) = (chunk[0], chunk[chunk.len() - 1]);
        let docs = documents(state.db.search_sources(from, to).await?);
        let index = index.clone();
        tokio::task::spawn_blocking(move || {
            index.with_writer(|writer| {
                for doc in &docs {
                    writer.add_document(to_tantivy(&index.fields, doc))?;
                }
                Ok(())
            })
        })
        .await??;
        done += chunk.len() as u64;
        progress(done, total);
    }
    let index = index.clone();
    tokio::task::spawn_blocking(move || {
        write(&index, &[], &[], Some(reflected))?;
        index.merge_all()
    })
    .await?
}

/// Whether rows after `reflected` may have been pruned from the feed
/// before this index saw them (an instance stopped for longer than the
/// feed is kept): the oldest row left is past the next one expected. Then
/// only a rebuild is exact. (A gap left by a rolled-back sequence number
/// also counts: a needless rebuild is merely slow.)
fn missed(reflected: i64, first: Option<i64>) -> bool {
    first.is_some_and(|first| first > reflected + 1)
}

/// Where an instance starts following the change feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Start {
    /// The feed is followed after this number.
    pub follow_after: i64,
    /// The index does not know where it stands (first start, or an index
    /// removed): it is built again before following, in the background,
    /// while the site serves.
    pub rebuild_first: bool,
}

/// At start: an index that knows where it stands catches up with the
/// changes made since (quick: only those stories are read again); one that
/// does not is left for the follower to rebuild in the background, so that
/// a large site answers at once rather than after indexing every story.
pub async fn catch_up(state: &AppState) -> anyhow::Result<Start> {
    let first = state.db.first_change_seq().await?;
    match state.search.reflected_change() {
        Some(seq) if !missed(seq, first) => {
            let changes = state.db.changes_after(seq, i64::MAX).await?;
            let last = changes.last().map_or(seq, |c| c.seq);
            crate::follow::apply(state, &changes).await;
            Ok(Start {
                follow_after: last,
                rebuild_first: false,
            })
        }
        _ => Ok(Start {
            follow_after: state.db.last_change_seq().await?,
            rebuild_first: true,
        }),
    }
}

/// Shared handle, for the application state.
pub type SharedIndex = Arc<SearchIndex>;

#[cfg(test)]
mod tests {
    use super::{SCHEMA_VERSION, SearchIndex, missed};

    #[test]
    fn opening_removes_earlier_versions_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("v0/segments")).expect("mkdir");
        std::fs::create_dir_all(dir.path().join("vecchio")).expect("mkdir");
        SearchIndex::open(dir.path()).expect("open");
        assert!(!dir.path().join("v0").exists());
        assert!(dir.path().join("vecchio").exists(), "not a version folder");
        assert!(dir.path().join(SCHEMA_VERSION).exists());
    }

    #[test]
    fn an_index_behind_the_oldest_kept_change_is_rebuilt() {
        assert!(!missed(10, None), "an empty feed hides nothing");
        assert!(!missed(10, Some(5)), "the feed reaches back past the index");
        assert!(!missed(10, Some(11)), "the next row is still there");
        assert!(missed(10, Some(12)), "row 11 may have been pruned");
        assert!(!missed(0, Some(1)), "a new database");
    }
}
