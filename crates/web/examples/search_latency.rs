//! Benchmark: the search engine's own time, without HTTP, on an index
//! built by `agoral reindex` (for instance by `bench/serve`), with facets
//! and snippets as the search page asks for them. Two measures:
//!
//! - new searches: the first page of 78 different two-word queries, none
//!   seen before (the whole search: matching, counting, facets);
//! - pages: the same 80 two- and three-word queries as `bench/serve`, ten
//!   pages each, in the order a reader goes through them (the pages after
//!   the first reuse the count and facets the first one found).
//!
//! Shows how much of a search page's time is the search.
//!
//! `cargo run --release --example search_latency -- <data folder>/search`

use agoral_domain::lang::Lang;
use agoral_web::search::{
    SearchIndex,
    query::{Audience, Filters, Request, clean, run},
};

/// The same queries as `bench/serve`.
const QUERIES: [&str; 8] = [
    "lavoro stranieri",
    "cittadinanza italiana",
    "legge elettorale",
    "scuola pubblica statale",
    "diritto di voto",
    "permesso di soggiorno",
    "servizio sanitario nazionale",
    "referendum abrogativo legge",
];

/// Words paired into new searches (as `bench/serve` does).
const WORDS: [&str; 13] = [
    "lavoro",
    "stranieri",
    "cittadinanza",
    "italiana",
    "legge",
    "elettorale",
    "scuola",
    "pubblica",
    "diritto",
    "voto",
    "servizio",
    "sanitario",
    "referendum",
];

fn request(q: &str, page: usize) -> Request {
    Request {
        parts: clean(q).parts,
        lang: Lang::It,
        filters: Filters::default(),
        audience: Audience::Readers,
        offset: page * 12,
        limit: 12,
    }
}

fn percentiles(what: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "search engine, {what}, {} queries: p50 {:.2} ms, p99 {:.2} ms",
        times.len(),
        at(0.5),
        at(0.99)
    );
}

fn main() -> anyhow::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        anyhow::bail!("usage: search_latency <search folder>");
    };
    let index = SearchIndex::open(std::path::Path::new(&dir))?;
    println!("{} documents", index.document_count());
    // Warm the files and the facet columns, as a running server has them.
    for q in QUERIES {
        run(&index, &request(q, 0))?;
    }
    let mut fresh = Vec::new();
    for (i, first) in WORDS.iter().enumerate() {
        for second in &WORDS[i + 1..] {
            let started = std::time::Instant::now();
            run(&index, &request(&format!("{first} {second}"), 0))?;
            fresh.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    percentiles("new searches (first page)", fresh);
    index.results.clear();
    let mut paged = Vec::new();
    for page in 0..10 {
        for q in QUERIES {
            let started = std::time::Instant::now();
            let results = run(&index, &request(q, page))?;
            paged.push(started.elapsed().as_secs_f64() * 1000.0);
            if page == 0 {
                println!("{q:<30} {:>7} matches", results.total);
            }
        }
    }
    percentiles("ten pages each", paged);
    Ok(())
}
