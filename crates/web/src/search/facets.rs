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
//! Both are dictionary-encoded: a segment counts term ordinals in an array
//! and turns only the ordinals it saw into strings, in one pass over the
//! dictionary. (tantivy's facet collector reads one value per facet per
//! match, which on a large result set was a third of the search.)

use std::collections::HashMap;

use tantivy::{
    DocId, Score, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::StrColumn,
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

/// Counts facet values over the documents a query matches.
pub struct FacetCounter;

pub struct SegmentCounter {
    one: Option<(StrColumn, Vec<u32>)>,
    many: Option<(StrColumn, Vec<u32>)>,
}

fn column(reader: &SegmentReader, name: &str) -> tantivy::Result<Option<(StrColumn, Vec<u32>)>> {
    Ok(reader.fast_fields().str(name)?.map(|column| {
        let counts = vec![0; column.num_terms()];
        (column, counts)
    }))
}

impl Collector for FacetCounter {
    type Fruit = Counts;
    type Child = SegmentCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounter> {
        Ok(SegmentCounter {
            one: column(reader, ONE_FIELD)?,
            many: column(reader, MANY_FIELD)?,
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
        if let Some((column, counts)) = &mut self.one
            && let Some(ord) = column.ords().first(doc)
        {
            counts[ord as usize] += 1;
        }
        if let Some((column, counts)) = &mut self.many {
            for ord in column.ords().values_for_doc(doc) {
                counts[ord as usize] += 1;
            }
        }
    }

    fn harvest(self) -> Counts {
        let mut out = Counts::new();
        for (column, counts) in [self.one, self.many].into_iter().flatten() {
            let seen: Vec<u64> = (0..counts.len() as u64)
                .filter(|ord| counts[*ord as usize] > 0)
                .collect();
            let mut at = seen.iter();
            // The dictionary is read once, in order, for the ordinals seen.
            // A segment whose dictionary cannot be read counts nothing
            // rather than failing the search.
            let read = column
                .dictionary()
                .sorted_ords_to_term_cb(seen.iter().copied(), |bytes| {
                    let count = at.next().map_or(0, |ord| counts[*ord as usize]);
                    for value in String::from_utf8_lossy(bytes).split(JOIN) {
                        *out.entry(value.to_owned()).or_default() += u64::from(count);
                    }
                    Ok(())
                });
            if let Err(e) = read {
                tracing::warn!("facet dictionary unreadable: {e}");
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
