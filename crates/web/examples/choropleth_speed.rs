//! The choropleth of the 187 comuni drawn many times: the cost of a map
//! chart before the page cache keeps it (the first render, which also draws
//! the boundaries for the size, then the median and p99).
//! Run it with `bench/osservatorio.sh`.

use std::collections::HashMap;

use agoral_domain::observatory::chart;
use agoral_web::maps;

fn main() {
    let codes: Vec<String> = maps::topology()
        .areas()
        .iter()
        .map(|a| a.code.clone())
        .collect();
    let values: Vec<f64> = (0..codes.len())
        .map(|i| ((i * 7919) % 90_000) as f64)
        .collect();
    let runs = 200;
    let mut times = Vec::with_capacity(runs);
    let mut size = 0;
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let edges = chart::class_breaks(&values, 5);
        let colours = chart::sequential(edges.len() - 1);
        let labels: Vec<String> = (1..edges.len()).map(|i| format!("classe {i}")).collect();
        let shades: HashMap<String, maps::Shade> = codes
            .iter()
            .zip(&values)
            .map(|(code, v)| {
                let class = chart::class_of(*v, &edges).unwrap_or(0);
                (
                    code.clone(),
                    maps::Shade {
                        class: Some(class),
                        label: format!("{code}: {v}"),
                        href: format!("/comuni/{code}"),
                    },
                )
            })
            .collect();
        let cluster = |_: &[usize]| maps::ClusterLink {
            href: None,
            label: String::new(),
        };
        let svg = maps::choropleth(
            &maps::MapOptions {
                id_prefix: "bench",
                width: 640,
                height: None,
                title: "Popolazione",
                desc: "Comuni",
                highlight: None,
                cluster_radius: None,
                cluster_link: &cluster,
            },
            &shades,
            &maps::Classes {
                colours: &colours,
                labels: &labels,
                heading: "Residenti",
                no_data: "n.d.",
            },
            false,
        );
        size = svg.len();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    // The first render also projects and simplifies the 187 boundaries
    // (kept afterwards for that map size): the cold figure.
    let first = times[0];
    times.sort_by(f64::total_cmp);
    println!(
        "choropleth of {} comuni ({} KB): first {:.2} ms (boundaries drawn), then median {:.2} ms, p99 {:.2} ms over {runs} renders (target 20 ms)",
        codes.len(),
        size / 1024,
        first,
        times[runs / 2],
        times[runs * 99 / 100]
    );
}
