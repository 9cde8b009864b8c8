//! Facet counts over every match of a search.
//!
//! A document's facet values are `/root/value` strings (`/section/lavoro`,
//! `/comune/006003`). They are kept in two columns read while matches are
//! collected:
//!
//! - `facet_one`: the values a document has one of at most (section,
//!   level, language, year), joined into a single string. Each document
//!   has exactly one, so the column is dense and a match costs one read
//!   and one counter; the few distinct combinations are split apart once,
//!   when the counts are harvested.
//! - `facet_many`: the others (comuni, tags), one value each.
//!
//! Both are dictionary-encoded. Reading a column for every match was
//! most of the cost of counting on a large result set (a bit-unpacking
//! and, for the multi-valued column, a rank lookup per document), so each
//! segment's columns are decoded once into plain arrays, kept in a
//! [`FacetCache`] for as long as the segment is searched: segments never
//! change once written (a deletion only hides a document), so the arrays
//! stay exact. A match then costs an array read and a counter per value,
//! and a segment turns only the ordinals it saw into strings.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use tantivy::{
    DocId, Score, Searcher, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::StrColumn,
    index::SegmentId,
};

/// The roots a document has at most one value of.
pub const SINGLE_ROOTS: [&str; 4] = ["section", "level", "lang", "year"];

/// What separates the values joined in `facet_one` (never in a slug, a
/// code or a number).
const JOIN: char = '\n';

pub const ONE_FIELD: &str = "facet_one";
pub const MANY_FIELD: &str = "facet_many";

/// Splits a document's facet values into the joined single-valued ones
/// and the rest, as the two columns hold them.
pub fn split(values: &[String]) -> (String, Vec<&str>) {
    let mut one = String::new();
    let mut many = Vec::new();
    for value in values {
        let root = value.split('/').nth(1).unwrap_or_default();
        if SINGLE_ROOTS.contains(&root) {
            if !one.is_empty() {
                one.push(JOIN);
            }
            one.push_str(value);
        } else {
            many.push(value.as_str());
        }
    }
    (one, many)
}

/// Counts per `/root/value`.
pub type Counts = HashMap<String, u64>;

/// No value in `facet_one` for this document.
const NONE: u32 = u32::MAX;

/// One segment's facet columns, decoded.
#[derive(Debug, Default)]
pub struct SegmentFacets {
    /// Per document, the ordinal of its `facet_one` value (or [`NONE`]).
    one: Vec<u32>,
    /// Per ordinal, the values joined in that `facet_one` string.
    one_values: Vec<Vec<String>>,
    /// Per document `d`, its `facet_many` ordinals are
    /// `many[many_start[d]..many_start[d + 1]]`.
    many_start: Vec<u32>,
    many: Vec<u32>,
    /// Per ordinal, the `facet_many` value.
    many_values: Vec<String>,
}

/// Every term of a column's dictionary, by ordinal.
fn dictionary(column: &StrColumn) -> tantivy::Result<Vec<String>> {
    let mut out = Vec::with_capacity(column.num_terms());
    column
        .dictionary()
        .sorted_ords_to_term_cb(0..column.num_terms() as u64, |bytes| {
            out.push(String::from_utf8_lossy(bytes).into_owned());
            Ok(())
        })?;
    Ok(out)
}

impl SegmentFacets {
    fn decode(reader: &SegmentReader) -> tantivy::Result<SegmentFacets> {
        let docs = reader.max_doc();
        let mut out = SegmentFacets::default();
        if let Some(column) = reader.fast_fields().str(ONE_FIELD)? {
            out.one = (0..docs)
                .map(|doc| column.ords().first(doc).map_or(NONE, |ord| ord as u32))
                .collect();
            out.one_values = dictionary(&column)?
                .iter()
                .map(|joined| joined.split(JOIN).map(str::to_owned).collect())
                .collect();
        }
        out.many_start = Vec::with_capacity(docs as usize + 1);
        out.many_start.push(0);
        if let Some(column) = reader.fast_fields().str(MANY_FIELD)? {
            for doc in 0..docs {
                out.many
                    .extend(column.ords().values_for_doc(doc).map(|ord| ord as u32));
                out.many_start.push(out.many.len() as u32);
            }
            out.many_values = dictionary(&column)?;
        } else {
            out.many_start.resize(docs as usize + 1, 0);
        }
        Ok(out)
    }
}

/// The decoded columns of the segments being searched.
#[derive(Debug, Default)]
pub struct FacetCache {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacets>>>,
}

impl FacetCache {
    /// This segment's columns, decoded on first use. Two searches meeting
    /// a new segment at once may both decode it: the lock is not held
    /// while decoding, so other segments' searches never wait on it.
    fn get(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentFacets>> {
        let id = reader.segment_id();
        if let Some(found) = self.lock().get(&id) {
            return Ok(found.clone());
        }
        let decoded = Arc::new(SegmentFacets::decode(reader)?);
        self.lock().insert(id, decoded.clone());
        Ok(decoded)
    }

    /// Decodes the columns of the segments `searcher` has that are not
    /// decoded yet, and forgets those it no longer has: run when the index
    /// changes (and once it is opened), so that no reader's search pays
    /// for it. On 100,000 stories the first search otherwise took several
    /// times as long as the next ones.
    pub fn prepare(&self, searcher: &Searcher) {
        self.keep_only(searcher);
        for reader in searcher.segment_readers() {
            if let Err(error) = self.get(reader) {
                // The search that meets the segment tries again and reports.
                tracing::warn!(%error, "decoding a segment's facets");
            }
        }
    }

    /// Forgets the segments this searcher no longer has (merged away).
    fn keep_only(&self, searcher: &Searcher) {
        let live: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        self.lock().retain(|id, _| live.contains(id));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<SegmentId, Arc<SegmentFacets>>> {
        // A panic while holding the lock leaves a map that is still valid.
        self.segments
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Counts facet values over the documents a query matches.
pub struct FacetCounter<'c> {
    cache: &'c FacetCache,
}

impl<'c> FacetCounter<'c> {
    pub fn new(cache: &'c FacetCache, searcher: &Searcher) -> FacetCounter<'c> {
        cache.keep_only(searcher);
        FacetCounter { cache }
    }
}

pub struct SegmentCounter {
    facets: Arc<SegmentFacets>,
    one: Vec<u32>,
    many: Vec<u32>,
}

impl Collector for FacetCounter<'_> {
    type Fruit = Counts;
    type Child = SegmentCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounter> {
        let facets = self.cache.get(reader)?;
        Ok(SegmentCounter {
            one: vec![0; facets.one_values.len()],
            many: vec![0; facets.many_values.len()],
            facets,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut all = Counts::new();
        for fruit in fruits {
            for (value, count) in fruit {
                *all.entry(value).or_default() += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentCounter {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let facets = &*self.facets;
        let doc = doc as usize;
        if let Some(&ord) = facets.one.get(doc)
            && let Some(count) = self.one.get_mut(ord as usize)
        {
            *count += 1;
        }
        if let (Some(&from), Some(&to)) =
            (facets.many_start.get(doc), facets.many_start.get(doc + 1))
            && let Some(ords) = facets.many.get(from as usize..to as usize)
        {
            for &ord in ords {
                if let Some(count) = self.many.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counts {
        let mut out = Counts::new();
        for (ord, &count) in self.one.iter().enumerate() {
            if count > 0 {
                for value in &self.facets.one_values[ord] {
                    *out.entry(value.clone()).or_default() += u64::from(count);
                }
            }
        }
        for (ord, &count) in self.many.iter().enumerate() {
            if count > 0 {
                *out.entry(self.facets.many_values[ord].clone()).or_default() += u64::from(count);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_valued_roots_are_joined() {
        let values = [
            "/level/base".to_owned(),
            "/lang/it".to_owned(),
            "/section/lavoro".to_owned(),
            "/comune/006003".to_owned(),
            "/comune/006039".to_owned(),
            "/tag/scuola".to_owned(),
            "/year/2025".to_owned(),
        ];
        let (one, many) = split(&values);
        assert_eq!(
            one.split(JOIN).collect::<Vec<_>>(),
            ["/level/base", "/lang/it", "/section/lavoro", "/year/2025"]
        );
        assert_eq!(many, ["/comune/006003", "/comune/006039", "/tag/scuola"]);
    }
}
