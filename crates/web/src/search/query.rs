//! From what a reader typed to ranked results: words and "quoted phrases",
//! each analysed as every language's fields expect, titles counting more
//! than text, longer words forgiving a typo when they find nothing as
//! typed; facets counted over every match; snippets cut from the text
//! around the words found.

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
};

use agoral_domain::lang::Lang;
use tantivy::{
    DocAddress, Score, Searcher, TantivyDocument, Term,
    collector::{Count, TopDocs},
    query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery},
    schema::{IndexRecordOption, Value},
    snippet::SnippetGenerator,
};

use super::{SearchIndex, analysis, facets::FacetCounter};

/// The longest query taken, in characters; the rest is cut with a notice.
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words and phrases are used.
const MAX_PARTS: usize = 12;

/// One part of a query: a word, or a phrase in quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Word(String),
    Phrase(String),
}

/// A query as typed, cleaned: control characters out, length capped,
/// quotes paired (an unpaired quote opens a phrase to the end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub parts: Vec<Part>,
    pub truncated: bool,
}

pub fn clean(input: &str) -> Cleaned {
    let no_control: String = input
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = no_control.trim();
    let truncated = trimmed.chars().count() > MAX_QUERY_CHARS;
    let text: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
    let mut parts = Vec::new();
    for (i, piece) in text.split('"').enumerate() {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if i % 2 == 1 && piece.split_whitespace().count() > 1 {
            parts.push(Part::Phrase(piece.to_owned()));
        } else {
            for word in piece.split_whitespace() {
                // Operators alone (+, -, *, AND…) carry no words.
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                let operator = matches!(word, "AND" | "OR" | "NOT");
                if !word.is_empty() && !operator {
                    parts.push(Part::Word(word.to_owned()));
                }
            }
        }
    }
    parts.dedup();
    parts.truncate(MAX_PARTS);
    Cleaned {
        text,
        parts,
        truncated,
    }
}

/// Filters chosen from the facets.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub section: Option<String>,
    pub level: Option<String>,
    pub comune: Option<String>,
    pub tag: Option<String>,
    pub lang: Option<Lang>,
    pub year: Option<i32>,
}

impl Filters {
    fn facets(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut add = |root: &str, value: &Option<String>| {
            if let Some(v) = value {
                out.push(format!("/{root}/{v}"));
            }
        };
        add("section", &self.section);
        add("level", &self.level);
        add("comune", &self.comune);
        add("tag", &self.tag);
        add("lang", &self.lang.map(|l| l.code().to_owned()));
        add("year", &self.year.map(|y| y.to_string()));
        out
    }
}

/// Who is searching: readers see published stories in their language;
/// the redazione sees drafts too, authors only their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Readers,
    Editors,
    Author(i64),
}

#[derive(Debug, Clone)]
pub struct Request {
    pub parts: Vec<Part>,
    pub lang: Lang,
    pub filters: Filters,
    pub audience: Audience,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub article_id: i64,
    pub lang: Lang,
    pub slug: String,
    pub title: String,
    /// HTML: the text escaped, the words found in `<mark>`.
    pub snippet: String,
    pub published: Option<i64>,
    pub score: Score,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Per facet root (`section`, `level`, …): (value, count), largest
    /// first, [`FACET_VALUES`] at most.
    pub facets: Vec<(String, Vec<(String, u64)>)>,
}

pub const FACET_ROOTS: [&str; 6] = ["section", "level", "comune", "tag", "lang", "year"];

/// The most values of a facet given with their counts, largest first (the
/// page shows twelve): a search kept for its next pages holds no more.
pub const FACET_VALUES: usize = 100;

/// The query over every language's fields.
fn text_query(
    index: &SearchIndex,
    parts: &[Part],
    reader: Lang,
    typos: bool,
) -> Option<Box<dyn Query>> {
    // A reader sees documents in their language or Italian ones: only
    // those fields can match.
    let langs: &[Lang] = if reader == Lang::It {
        &[Lang::It]
    } else {
        &[reader, Lang::It]
    };
    let mut musts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for part in parts {
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for lang in langs.iter().copied() {
            // The text field holds the title too (twice: see `to_tantivy`),
            // so one term per word and language is looked up. A title
            // field of its own made each word a union of two, which on a
            // large index cost more than matching the words.
            let field = index.fields.text_of(lang);
            match part {
                Part::Word(word) => {
                    for term in analysis::terms(lang, word) {
                        let exact = TermQuery::new(
                            Term::from_field_text(field, &term),
                            IndexRecordOption::WithFreqs,
                        );
                        alternatives.push((Occur::Should, Box::new(exact)));
                        // A typo in a longer word still finds it.
                        // One edit from six letters on: two would cost a
                        // much larger automaton for every word.
                        let distance = u8::from(typos && word.chars().count() >= 6);
                        if distance > 0 {
                            let fuzzy = FuzzyTermQuery::new(
                                Term::from_field_text(field, &term),
                                distance,
                                true,
                            );
                            alternatives.push((
                                Occur::Should,
                                Box::new(BoostQuery::new(Box::new(fuzzy), 0.3)),
                            ));
                        }
                    }
                }
                Part::Phrase(phrase) => {
                    let terms: Vec<Term> = analysis::terms(lang, phrase)
                        .into_iter()
                        .map(|t| Term::from_field_text(field, &t))
                        .collect();
                    match terms.len() {
                        0 => {}
                        1 => alternatives.push((
                            Occur::Should,
                            Box::new(TermQuery::new(
                                terms[0].clone(),
                                IndexRecordOption::WithFreqs,
                            )),
                        )),
                        _ => alternatives.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), 1.5)),
                        )),
                    }
                }
            }
        }
        // A word made only of stop words adds nothing to require; a word
        // with one way of matching needs no union around it.
        if alternatives.len() > 1 {
            musts.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        } else if let Some((_, only)) = alternatives.pop() {
            musts.push((Occur::Must, only));
        }
    }
    (!musts.is_empty()).then(|| Box::new(BooleanQuery::new(musts)) as Box<dyn Query>)
}

fn scope(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
) -> Vec<(Occur, Box<dyn Query>)> {
    let fields = &index.fields;
    let mut terms = vec![Term::from_field_text(fields.shown_in, request.lang.code())];
    match request.audience {
        Audience::Readers => terms.push(Term::from_field_u64(fields.public, 1)),
        Audience::Author(id) => terms.push(Term::from_field_u64(fields.authors, id as u64)),
        Audience::Editors => {}
    }
    // A condition every document meets (every story public, every one in
    // Italian) would only make the search check it for each match: on a
    // large index most of the matches' cost.
    let documents: u64 = searcher
        .segment_readers()
        .iter()
        .map(|segment| u64::from(segment.max_doc()))
        .sum();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .filter(|term| searcher.doc_freq(term).map_or(true, |n| n < documents))
        .map(|term| {
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
            )
        })
        .collect();
    for facet in request.filters.facets() {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.facets, &facet),
                IndexRecordOption::Basic,
            )),
        ));
    }
    clauses
}

/// Runs a search (blocking: call it off the async threads). The count,
/// the facets and the first pages of results of a search are kept (see
/// [`ResultsCache`]), so the pages that follow only fetch their results
/// and cut their snippets.
pub fn run(index: &SearchIndex, request: &Request) -> anyhow::Result<Results> {
    let searcher = index.reader.searcher();
    let generation = searcher.generation().generation_id();
    let key = ResultsKey::of(request);
    let needed = request.offset + request.limit.max(1);
    let window = match index.results.get(&key, generation, needed) {
        Some(window) => window,
        None => {
            let depth = needed.div_ceil(WINDOW) * WINDOW;
            let window = Arc::new(matches(index, &searcher, request, depth)?);
            index.results.put(key, window.clone());
            window
        }
    };
    let top: Vec<(Score, DocAddress)> = window
        .top
        .iter()
        .skip(request.offset)
        .take(request.limit)
        .copied()
        .collect();
    let hits = match text_query(index, &request.parts, request.lang, window.typos) {
        Some(query) if !top.is_empty() => hits_of(index, &searcher, query.as_ref(), request, &top)?,
        _ => Vec::new(),
    };
    Ok(Results {
        total: window.total,
        hits,
        facets: window.facets.clone(),
    })
}

/// How many results a search keeps at once: five pages. A page past them
/// searches again, keeping as many more.
const WINDOW: usize = 50;

/// What a search found, as kept for its pages.
#[derive(Debug)]
struct Window {
    /// The searcher generation the addresses belong to.
    generation: u64,
    /// Whether words were matched forgiving a typo.
    typos: bool,
    total: usize,
    facets: Vec<(String, Vec<(String, u64)>)>,
    /// The best matches, best first: as many as asked for, or every one.
    top: Vec<(Score, DocAddress)>,
}

/// A search without its page.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ResultsKey(String);

impl ResultsKey {
    fn of(request: &Request) -> ResultsKey {
        ResultsKey(format!(
            "{:?}\u{0}{:?}\u{0}{:?}\u{0}{:?}",
            request.parts, request.lang, request.filters, request.audience
        ))
    }
}

/// The latest searches' counts, facets and best matches, for the pages
/// that follow (a reader going through the results, or several readers
/// making the same search). Exact: an entry is used only with the index
/// generation it was made from, and any change to the index (a publish,
/// an edit, a rebuild) makes a new generation.
#[derive(Debug, Default)]
pub struct ResultsCache {
    /// Most recently used first.
    entries: Mutex<VecDeque<(ResultsKey, Arc<Window>)>>,
}

/// Searches kept: each holds its facet counts (a few kilobytes) and at
/// least [`WINDOW`] addresses.
const CACHED_SEARCHES: usize = 64;

impl ResultsCache {
    fn get(&self, key: &ResultsKey, generation: u64, needed: usize) -> Option<Arc<Window>> {
        let mut entries = self.lock();
        // Entries of an older generation can never be used again.
        entries.retain(|(_, window)| window.generation == generation);
        let at = entries.iter().position(|(k, _)| k == key)?;
        let window = &entries[at].1;
        // Too few kept for this page, and more to find (the count is exact).
        if window.top.len() < needed && window.top.len() < window.total {
            return None;
        }
        let entry = entries.remove(at)?;
        let window = entry.1.clone();
        entries.push_front(entry);
        Some(window)
    }

    fn put(&self, key: ResultsKey, window: Arc<Window>) {
        let mut entries = self.lock();
        entries.retain(|(k, _)| *k != key);
        entries.push_front((key, window));
        entries.truncate(CACHED_SEARCHES);
    }

    /// Forgets every search (to measure searches from scratch).
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(ResultsKey, Arc<Window>)>> {
        // A panic while holding the lock leaves a list that is still valid.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Finds the matches: words as typed first; only when that finds nothing
/// is the search run again forgiving a typo in longer words. Matching
/// every term one edit away walks a large part of the term dictionary,
/// which on a big index costs more than the rest of the search, and a
/// query whose words are all found needs no forgiving.
fn matches(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
    depth: usize,
) -> anyhow::Result<Window> {
    let exact = matches_once(index, searcher, request, depth, false)?;
    if exact.total > 0 {
        return Ok(exact);
    }
    matches_once(index, searcher, request, depth, true)
}

fn matches_once(
    index: &SearchIndex,
    searcher: &Searcher,
    request: &Request,
    depth: usize,
    typos: bool,
) -> anyhow::Result<Window> {
    let generation = searcher.generation().generation_id();
    let Some(text) = text_query(index, &request.parts, request.lang, typos) else {
        return Ok(Window {
            generation,
            typos,
            total: 0,
            facets: Vec::new(),
            top: Vec::new(),
        });
    };
    let mut clauses = scope(index, searcher, request);
    clauses.push((Occur::Must, text));
    let query = BooleanQuery::new(clauses);
    let (top, total, facet_counts) = searcher.search(
        &query,
        &(
            TopDocs::with_limit(depth),
            Count,
            FacetCounter::new(&index.facets, searcher),
        ),
    )?;
    let facets = FACET_ROOTS
        .iter()
        .map(|root| {
            let prefix = format!("/{root}/");
            let mut counts: Vec<(String, u64)> = facet_counts
                .iter()
                .filter_map(|(value, count)| {
                    Some((value.strip_prefix(&prefix)?.to_owned(), *count))
                })
                .collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            counts.truncate(FACET_VALUES);
            ((*root).to_owned(), counts)
        })
        .collect();
    Ok(Window {
        generation,
        typos,
        total,
        facets,
        top,
    })
}

/// The results at these addresses, with their snippets, in order. They
/// are cut on the search threads, a share of the page on each: stemming
/// the stretch around each match was a third of a new search's time once
/// the matching ran on every core.
fn hits_of(
    index: &SearchIndex,
    searcher: &Searcher,
    query: &dyn Query,
    request: &Request,
    top: &[(Score, DocAddress)],
) -> anyhow::Result<Vec<Hit>> {
    let share = top.len().div_ceil(super::search_threads()).max(1);
    let parts = index.index.search_executor().map(
        |part: &[(Score, DocAddress)]| {
            hits_in(index, searcher, query, request, part)
                .map_err(|error| tantivy::TantivyError::InternalError(format!("{error:#}")))
        },
        top.chunks(share),
    )?;
    Ok(parts.into_iter().flatten().collect())
}

/// [`hits_of`] for a share of the page.
fn hits_in(
    index: &SearchIndex,
    searcher: &Searcher,
    query: &dyn Query,
    request: &Request,
    top: &[(Score, DocAddress)],
) -> anyhow::Result<Vec<Hit>> {
    let mut generators: [Option<SnippetGenerator>; 4] = [None, None, None, None];
    let mut hits = Vec::with_capacity(top.len());
    for &(score, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        let fields = &index.fields;
        let lang = doc
            .get_first(fields.lang)
            .and_then(|v| v.as_str())
            .and_then(Lang::from_code)
            .unwrap_or_default();
        let at = super::lang_index(lang);
        if generators[at].is_none() {
            let mut generator = SnippetGenerator::create(searcher, query, fields.text_of(lang))?;
            generator.set_max_num_chars(220);
            generators[at] = Some(generator);
        }
        let snippet = match &generators[at] {
            Some(generator) => {
                let text = doc
                    .get_first(fields.text_of(lang))
                    .and_then(|v| v.as_str())
                    .unwrap_or_default();
                // Only the stretch around the first word found is analysed:
                // stemming a whole long story for every result would cost
                // more than the search.
                let window = window_around(text, &request.parts, lang);
                let mut snippet = generator.snippet(window);
                snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
                snippet.to_html()
            }
            None => String::new(),
        };
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned()
        };
        let published = doc.get_first(fields.published).and_then(|v| v.as_i64());
        hits.push(Hit {
            article_id: doc
                .get_first(fields.article_id)
                .and_then(|v| v.as_u64())
                .unwrap_or_default() as i64,
            lang,
            slug: text_of(fields.slug),
            title: text_of(fields.title_of(lang)),
            snippet,
            published: published.filter(|p| *p > 0),
            score,
        });
    }
    Ok(hits)
}

/// Folds text for the quick scan: lower case, accents off, Arabic
/// normalised as the analyser does; one pass, one allocation.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for c in c.to_lowercase() {
            match c {
                // Short vowels, shadda, sukun, superscript alef, tatweel.
                '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
                'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                'ى' => out.push('ي'),
                'à' | 'á' | 'â' | 'ä' => out.push('a'),
                'è' | 'é' | 'ê' | 'ë' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' => out.push('i'),
                'ò' | 'ó' | 'ô' | 'ö' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
                'ç' => out.push('c'),
                c => out.push(c),
            }
        }
    }
    out
}

/// About 450 characters of `text` around the first place where a query
/// word's stem (or, for Arabic, its root letters) appears; the start of
/// the text when none does. The snippet (220 characters) is chosen within
/// it, so the analyser stems a paragraph or two, not the story.
pub fn window_around<'t>(text: &'t str, parts: &[Part], lang: Lang) -> &'t str {
    const BEFORE: usize = 150;
    const AFTER: usize = 300;
    let stems: Vec<String> = parts
        .iter()
        .flat_map(|part| match part {
            Part::Word(w) | Part::Phrase(w) => w.split_whitespace().map(fold).collect::<Vec<_>>(),
        })
        .filter_map(|w| {
            let letters: Vec<char> = w.chars().collect();
            let keep = if lang == Lang::Ar {
                3
            } else {
                letters.len().clamp(1, 5)
            };
            (letters.len() >= 3).then(|| letters[..keep.min(letters.len())].iter().collect())
        })
        .collect();
    // The text is folded a stretch at a time, stopping at the first stretch
    // where a stem appears: the first match is usually near the top, and
    // folding a whole long story for each result was most of the cost of
    // a snippet. Stretches overlap a little, so that a word across a
    // boundary is still seen. Folding keeps (nearly) one character for
    // each: the position is close enough to centre the window.
    const STRETCH: usize = 2048;
    const OVERLAP: usize = 64;
    let boundary = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let mut first = None;
    let mut start = 0;
    let mut chars_before = 0;
    while start < text.len() && !stems.is_empty() {
        let end = boundary(start + STRETCH);
        let folded = fold(&text[start..boundary(end + OVERLAP)]);
        let found = stems
            .iter()
            .filter_map(|stem| {
                folded
                    .find(stem.as_str())
                    .map(|byte| folded[..byte].chars().count())
            })
            .min();
        if let Some(at) = found {
            first = Some(chars_before + at);
            break;
        }
        chars_before += text[start..end].chars().count();
        start = end;
    }
    let start_char = first.map_or(0, |at| at.saturating_sub(BEFORE));
    let mut indices = text.char_indices().map(|(b, _)| b).skip(start_char);
    let from = indices.next().unwrap_or(text.len());
    let to = indices.nth(BEFORE + AFTER - 1).unwrap_or(text.len());
    &text[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_and_odd_queries_are_cleaned() {
        assert!(clean("").parts.is_empty());
        assert!(clean("   \u{0} \u{7} ").parts.is_empty());
        assert!(clean("AND OR - + * \"").parts.is_empty());
        assert_eq!(
            clean("corso \"scuola serale\" italiano").parts,
            vec![
                Part::Word("corso".into()),
                Part::Phrase("scuola serale".into()),
                Part::Word("italiano".into())
            ]
        );
        // An unpaired quote: the rest is a phrase.
        assert_eq!(
            clean("\"scuola serale").parts,
            vec![Part::Phrase("scuola serale".into())]
        );
        let long = clean(&"parola ".repeat(2000));
        assert!(long.truncated);
        assert!(long.text.chars().count() <= MAX_QUERY_CHARS);
        assert!(long.parts.len() <= MAX_PARTS);
        assert_eq!(clean("مدرسة scuola").parts.len(), 2);
    }

    fn window(generation: u64, depth: usize, found: usize) -> Arc<Window> {
        Arc::new(Window {
            generation,
            typos: false,
            total: found,
            facets: Vec::new(),
            top: (0..found.min(depth) as u32)
                .map(|doc| (1.0, DocAddress::new(0, doc)))
                .collect(),
        })
    }

    fn key(word: &str) -> ResultsKey {
        ResultsKey::of(&Request {
            parts: vec![Part::Word(word.into())],
            lang: Lang::It,
            filters: Filters::default(),
            audience: Audience::Readers,
            offset: 0,
            limit: 10,
        })
    }

    #[test]
    fn kept_results_serve_only_their_generation_and_depth() {
        let cache = ResultsCache::default();
        cache.put(key("orto"), window(1, 50, 200));
        assert!(cache.get(&key("orto"), 1, 50).is_some());
        assert!(cache.get(&key("orti"), 1, 10).is_none(), "another search");
        assert!(
            cache.get(&key("orto"), 1, 60).is_none(),
            "a page past the kept matches searches again"
        );
        // Every match kept: any page can be answered.
        cache.put(key("serra"), window(1, 50, 12));
        assert!(cache.get(&key("serra"), 1, 100).is_some());
        // The index changed: nothing kept is used again, or kept.
        assert!(cache.get(&key("orto"), 2, 10).is_none());
        assert!(cache.get(&key("serra"), 1, 10).is_none(), "dropped");
        // Other filters, audience or language are other searches.
        let mut drafts = Request {
            parts: vec![Part::Word("orto".into())],
            lang: Lang::It,
            filters: Filters::default(),
            audience: Audience::Editors,
            offset: 0,
            limit: 10,
        };
        assert_ne!(ResultsKey::of(&drafts), key("orto"));
        drafts.audience = Audience::Readers;
        drafts.filters.year = Some(2025);
        assert_ne!(ResultsKey::of(&drafts), key("orto"));
        drafts.filters.year = None;
        drafts.offset = 40;
        assert_eq!(
            ResultsKey::of(&drafts),
            key("orto"),
            "the page is not in the key"
        );
    }

    #[test]
    fn the_latest_searches_are_kept() {
        let cache = ResultsCache::default();
        for n in 0..=CACHED_SEARCHES {
            cache.put(key(&format!("parola{n}")), window(1, 50, 1));
        }
        assert!(
            cache.get(&key("parola0"), 1, 10).is_none(),
            "the oldest left"
        );
        assert!(cache.get(&key("parola1"), 1, 10).is_some());
        cache.put(key("altra"), window(1, 50, 1));
        assert!(
            cache.get(&key("parola1"), 1, 10).is_some(),
            "used last, so kept"
        );
        assert!(cache.get(&key("parola2"), 1, 10).is_none());
    }

    #[test]
    fn the_snippet_window_finds_the_word() {
        let text = format!(
            "{}La vendemmia è finita. {}",
            "Parole. ".repeat(500),
            "Altro. ".repeat(500)
        );
        let window = window_around(&text, &[Part::Word("vendemmie".into())], Lang::It);
        assert!(window.contains("vendemmia"));
        assert!(window.chars().count() <= 1600);
        let start = window_around(
            "Università aperta",
            &[Part::Word("universita".into())],
            Lang::It,
        );
        assert_eq!(start, "Università aperta");
        assert_eq!(window_around("", &[], Lang::It), "");
    }
}
