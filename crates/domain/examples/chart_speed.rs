//! How long a line chart of 10,000 points takes to draw: 200 renders, then
//! the median and the 99th percentile. Run it optimised:
//!
//! ```sh
//! cargo run -p agoral-domain --release --example chart_speed
//! ```

use std::time::{Duration, Instant};

use agoral_domain::observatory::chart::{
    ChartData, ChartKind, Labels, Lang, Options, Series, render,
};

const POINTS: u32 = 10_000;
const RUNS: usize = 200;

fn main() {
    let data = ChartData {
        categories: (0..POINTS).map(|i| format!("t{i}")).collect(),
        series: vec![Series {
            name: "Serie".to_owned(),
            values: (0..POINTS)
                .map(|i| {
                    let t = f64::from(i) / 50.0;
                    // A gap now and then, as real data has.
                    (i % 997 != 0).then_some(t.sin() * 1000.0 + t * 3.0)
                })
                .collect(),
        }],
    };
    let labels = Labels {
        title: "Prova",
        description: "Una serie di 10.000 punti.",
        x_axis: "Tempo",
        y_axis: "Valore",
        missing: "n.d.",
        many_points: "Ogni linea ha 10.000 punti.",
    };
    let options = Options {
        lang: Lang::It,
        ..Options::default()
    };
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let svg = match render(ChartKind::Line, &data, &labels, &options) {
            Ok(svg) => svg,
            Err(error) => {
                eprintln!("the chart did not render: {error}");
                std::process::exit(1);
            }
        };
        times.push(start.elapsed());
        bytes = svg.len();
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = times[RUNS / 2];
    let p99 = times[(RUNS * 99).div_ceil(100) - 1];
    println!(
        "{POINTS} points, {RUNS} renders, {bytes} bytes: median {:.3} ms, p99 {:.3} ms",
        ms(median),
        ms(p99)
    );
}
