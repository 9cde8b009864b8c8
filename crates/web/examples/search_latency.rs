//! Benchmark: the search engine's own time, without HTTP, on an index
//! built by `agoral reindex` (for instance by `bench/serve`): the same 80
//! two- and three-word queries, ten pages each, as `bench/serve` sends,
//! with facets and snippets as the search page asks for them. Shows how
//! much of a search page's time is the search.
//!
//! `cargo run --release --example search_latency -- <data folder>/search`

use agoral_domain::lang::Lang;
use agoral_web::search::{
    SearchIndex,
    query::{Audience, Filters, Request, clean, run},
};

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

fn main() -> anyhow::Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        anyhow::bail!("usage: search_latency <search folder>");
    };
    let index = SearchIndex::open(std::path::Path::new(&dir))?;
    println!("{} documents", index.document_count());
    let mut times = Vec::new();
    for page in 0..10 {
        for q in QUERIES {
            let request = Request {
                parts: clean(q).parts,
                lang: Lang::It,
                filters: Filters::default(),
                audience: Audience::Readers,
                offset: page * 10,
                limit: 11,
            };
            let started = std::time::Instant::now();
            let results = run(&index, &request)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if page == 0 {
                println!("{q:<30} {:>7} matches", results.total);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "search engine, {} queries: p50 {:.2} ms, p99 {:.2} ms",
        times.len(),
        at(0.5),
        at(0.99)
    );
    Ok(())
}
