//! Column charts: the series side by side, or stacked, in each category.
//! Columns start at zero, so negative values hang below the zero line.

use super::layout::{Chart, MARK, Plot, Swatch, colour};
use super::svg::Svg;

/// The widest a single column gets, however few there are.
const MAX_COLUMN_WIDTH: f64 = 72.0;

/// The centres of `n` equal slots across the plot, and their width.
fn slots(plot: &Plot, n: usize) -> (Vec<f64>, f64) {
    // Category counts are far below f64's exact integers.
    #[allow(clippy::cast_precision_loss)]
    let slot = plot.width() / n as f64;
    #[allow(clippy::cast_precision_loss)]
    let xs = (0..n)
        .map(|j| plot.left + (j as f64 + 0.5) * slot)
        .collect();
    (xs, slot)
}

/// Opens the group of series `i`'s columns: its colour, and white edges
/// that keep touching columns apart (unless columns are too thin to
/// spare them).
fn open_series(svg: &mut Svg, i: usize, width: f64) {
    svg.raw("<g class=\"chart-series\" fill=\"");
    svg.raw(colour(i));
    svg.raw(if width >= 3.0 {
        "\" stroke=\"#fff\" stroke-width=\"1\">"
    } else {
        "\">"
    });
}

/// A column from `from` to `to` (values' `y`s), with its tooltip.
fn column(
    svg: &mut Svg,
    chart: &Chart<'_>,
    x: f64,
    width: f64,
    ys: (f64, f64),
    mark: (usize, usize, f64),
) {
    let (top, bottom) = if ys.0 <= ys.1 { ys } else { (ys.1, ys.0) };
    svg.rect(x, top, width, bottom - top, MARK, true);
    svg.title(&chart.mark_title(mark.0, mark.1, Some(mark.2)));
    svg.raw("</rect>");
}

pub(super) fn grouped(chart: &Chart<'_>) -> String {
    let data = chart.data;
    let (mut lo, mut hi) = (0f64, 0f64);
    for i in 0..data.series.len() {
        for j in 0..data.categories.len() {
            if let Some(v) = chart.value(i, j) {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    let plot = Plot::new(chart, lo, hi, Swatch::Block);
    let (xs, slot) = slots(&plot, data.categories.len());
    let count = data.series.len();
    let share = if count > 1 { 0.8 } else { 0.7 };
    #[allow(clippy::cast_precision_loss)]
    let width = (slot * share / count as f64).min(MAX_COLUMN_WIDTH);
    #[allow(clippy::cast_precision_loss)]
    let group = width * count as f64;
    let zero = plot.y(0.0);

    let mut svg = chart.open(plot.height, false);
    plot.draw_axes(chart, &mut svg);
    plot.draw_category_columns(chart, &mut svg, &xs, slot);
    for i in 0..count {
        open_series(&mut svg, i, width);
        for (j, &x) in xs.iter().enumerate() {
            let Some(v) = chart.value(i, j) else {
                continue;
            };
            #[allow(clippy::cast_precision_loss)]
            let left = x - group / 2.0 + i as f64 * width;
            column(&mut svg, chart, left, width, (plot.y(v), zero), (i, j, v));
        }
        svg.raw("</g>\n");
    }
    plot.draw_baseline(&mut svg);
    plot.draw_categories(chart, &mut svg, &xs, slot);
    svg.raw("</svg>");
    svg.finish()
}

/// Stacks read from the top down in the legend's order: the first series
/// is the top of the stack above zero (so the last sits on the zero line)
/// and the top of the stack below zero (next to the zero line).
pub(super) fn stacked(chart: &Chart<'_>) -> String {
    let data = chart.data;
    let (count, n) = (data.series.len(), data.categories.len());
    // Each value's segment, as (from, to) in values, series by series.
    let mut segments: Vec<Option<(f64, f64)>> = vec![None; count * n];
    let (mut lo, mut hi) = (0f64, 0f64);
    for j in 0..n {
        let mut up = 0.0;
        for i in (0..count).rev() {
            if let Some(v) = chart.value(i, j).filter(|v| *v >= 0.0) {
                segments[i * n + j] = Some((up, up + v));
                up += v;
            }
        }
        let mut down = 0.0;
        for i in 0..count {
            if let Some(v) = chart.value(i, j).filter(|v| *v < 0.0) {
                segments[i * n + j] = Some((down, down + v));
                down += v;
            }
        }
        hi = hi.max(up);
        lo = lo.min(down);
    }
    let plot = Plot::new(chart, lo, hi, Swatch::Block);
    let (xs, slot) = slots(&plot, n);
    let width = (slot * 0.7).min(MAX_COLUMN_WIDTH);

    let mut svg = chart.open(plot.height, false);
    plot.draw_axes(chart, &mut svg);
    plot.draw_category_columns(chart, &mut svg, &xs, slot);
    for i in 0..count {
        open_series(&mut svg, i, width);
        for (j, &x) in xs.iter().enumerate() {
            let (Some((from, to)), Some(v)) = (segments[i * n + j], chart.value(i, j)) else {
                continue;
            };
            let ys = (plot.y(to), plot.y(from));
            column(&mut svg, chart, x - width / 2.0, width, ys, (i, j, v));
        }
        svg.raw("</g>\n");
    }
    plot.draw_baseline(&mut svg);
    plot.draw_categories(chart, &mut svg, &xs, slot);
    svg.raw("</svg>");
    svg.finish()
}
