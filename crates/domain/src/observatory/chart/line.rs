//! Line charts: one path per series, broken where a value is missing.

use super::MAX_MARKED_POINTS;
use super::layout::{
    Chart, MARK, Plot, Swatch, draw_marker, finite, line_attrs, marker, marker_group,
};
use super::svg::{Svg, write_tenths};

pub(super) fn render(chart: &Chart<'_>) -> String {
    let data = chart.data;
    let n = data.categories.len();
    let marked = n <= MAX_MARKED_POINTS;
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in data
        .series
        .iter()
        .flat_map(|s| &s.values)
        .filter_map(|v| finite(*v))
    {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let plot = Plot::new(chart, lo, hi, Swatch::Line { markers: marked });
    let spacing = if n > 1 {
        // Category counts are far below f64's exact integers.
        #[allow(clippy::cast_precision_loss)]
        let gaps = (n - 1) as f64;
        plot.width() / gaps
    } else {
        plot.width()
    };
    let xs: Vec<f64> = (0..n)
        .map(|j| {
            if n > 1 {
                #[allow(clippy::cast_precision_loss)]
                let offset = j as f64 * spacing;
                plot.left + offset
            } else {
                plot.left + plot.width() / 2.0
            }
        })
        .collect();

    let mut svg = chart.open(plot.height, !marked);
    plot.draw_axes(chart, &mut svg);
    if marked {
        plot.draw_category_columns(chart, &mut svg, &xs, spacing);
    }
    plot.draw_baseline(&mut svg);
    svg.raw("<g class=\"chart-lines\">");
    for (i, series) in data.series.iter().enumerate() {
        svg.raw("<path class=\"chart-line\"");
        svg.raw(&line_attrs(i));
        svg.raw(" d=\"");
        write_path(
            &mut svg,
            &plot,
            &xs,
            &series.values,
            chart.rtl(),
            chart.width,
        );
        svg.raw("\">");
        svg.title(&series.name);
        svg.raw("</path>");
    }
    svg.raw("</g>\n");
    if marked {
        for i in 0..data.series.len() {
            draw_points(chart, &mut svg, &plot, &xs, i);
        }
    }
    plot.draw_categories(chart, &mut svg, &xs, spacing);
    svg.raw("</svg>");
    svg.finish()
}

/// The path data of a line: `M` at its start and after every gap, then
/// `L` and bare coordinate pairs. A point alone between two gaps is drawn
/// as a dot (`h0` with round caps).
fn write_path(
    svg: &mut Svg,
    plot: &Plot,
    xs: &[f64],
    values: &[Option<f64>],
    rtl: bool,
    width: f64,
) {
    let mut d = String::with_capacity(values.len() * 12);
    // How many points the current piece of line has so far.
    let mut run = 0usize;
    for (&x, value) in xs.iter().zip(values) {
        let Some(v) = finite(*value) else {
            if run == 1 {
                d.push_str("h0");
            }
            run = 0;
            continue;
        };
        match run {
            0 => d.push('M'),
            1 => d.push('L'),
            _ => d.push(' '),
        }
        write_tenths(&mut d, if rtl { width - x } else { x });
        d.push(' ');
        write_tenths(&mut d, plot.y(v));
        run += 1;
    }
    if run == 1 {
        d.push_str("h0");
    }
    svg.raw(&d);
}

/// The marker and tooltip of each point of series `i`.
fn draw_points(chart: &Chart<'_>, svg: &mut Svg, plot: &Plot, xs: &[f64], i: usize) {
    svg.raw(&marker_group(i));
    let shape = marker(i);
    for (j, &x) in xs.iter().enumerate() {
        let Some(v) = chart.value(i, j) else {
            continue;
        };
        draw_marker(svg, shape, x, plot.y(v), MARK, true);
        svg.title(&chart.mark_title(i, j, Some(v)));
        svg.raw(shape.close_tag());
    }
    svg.raw("</g>\n");
}
