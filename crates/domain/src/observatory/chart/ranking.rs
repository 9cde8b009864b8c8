//! Rankings: one horizontal bar per category, the largest value first,
//! the name before the bar and the value after it. The chart is as tall
//! as its bars need.

use super::layout::{Chart, FONT, GAP, MARK, MUTED, chars_in, colour, text_width};
use super::svg::{Anchor, truncate};

/// The height of each bar's row, and of the bar in it.
const ROW: f64 = 28.0;
const BAR: f64 = 18.0;
/// The names take at most this share of the width.
const NAMES_SHARE: f64 = 0.4;

pub(super) fn render(chart: &Chart<'_>) -> String {
    let data = chart.data;
    let mut rows: Vec<(usize, Option<f64>)> = (0..data.categories.len())
        .map(|j| (j, chart.value(0, j)))
        .collect();
    // Largest first, missing values last; the sort is stable, so ties keep
    // the data's order.
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => y.total_cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows.truncate(chart.max_ranking_bars);

    let width = chart.width;
    let names: Vec<_> = rows
        .iter()
        .map(|&(j, _)| truncate(&data.categories[j], chars_in(width * NAMES_SHARE - GAP)))
        .collect();
    let values: Vec<String> = rows.iter().map(|&(_, v)| chart.value_text(v)).collect();
    let names_end = names.iter().map(|n| text_width(n)).fold(0.0, f64::max) + GAP;
    let value_room = values.iter().map(|v| text_width(v)).fold(0.0, f64::max) + 6.0 + 2.0;
    let (mut lo, mut hi) = (0f64, 0f64);
    for v in rows.iter().filter_map(|r| r.1) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo == hi {
        hi = 1.0;
    }
    // Room for the value after a negative bar's end, to its left.
    let start = names_end + GAP + if lo < 0.0 { value_room } else { 0.0 };
    let end = (width - GAP - value_room).max(start + 1.0);
    let x = |v: f64| start + (v - lo) / (hi - lo) * (end - start);

    let header = !chart.labels.x_axis.is_empty() || !chart.labels.y_axis.is_empty();
    let top = GAP + if header { FONT + GAP } else { 0.0 };
    // A ranking holds at most a few thousand rows.
    #[allow(clippy::cast_precision_loss)]
    let height = top + rows.len() as f64 * ROW + GAP;

    let mut svg = chart.open(height, false);
    if header {
        let baseline = GAP + FONT;
        let names_title = truncate(chart.labels.x_axis, chars_in(names_end));
        svg.label(names_end, baseline, Anchor::End, MUTED, &names_title);
        let values_title = truncate(chart.labels.y_axis, chars_in(width - start));
        svg.label(start, baseline, Anchor::Start, MUTED, &values_title);
    }
    svg.raw("<g class=\"chart-names\">");
    for (r, name) in names.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let middle = top + (r as f64 + 0.5) * ROW;
        svg.label(names_end, middle + FONT * 0.35, Anchor::End, "", name);
    }
    svg.raw("</g>\n<g class=\"chart-series\" fill=\"");
    svg.raw(colour(0));
    svg.raw("\">");
    let zero = x(0.0);
    for (r, &(j, value)) in rows.iter().enumerate() {
        let Some(v) = value else {
            continue;
        };
        #[allow(clippy::cast_precision_loss)]
        let bar_top = top + r as f64 * ROW + (ROW - BAR) / 2.0;
        let (left, right) = if v < 0.0 { (x(v), zero) } else { (zero, x(v)) };
        svg.rect(left, bar_top, right - left, BAR, MARK, true);
        svg.title(&chart.mark_title(0, j, Some(v)));
        svg.raw("</rect>");
    }
    svg.raw("</g>\n<g class=\"chart-values\">");
    for (r, (&(_, value), text)) in rows.iter().zip(&values).enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let baseline = top + (r as f64 + 0.5) * ROW + FONT * 0.35;
        match value {
            Some(v) if v < 0.0 => svg.label(x(v) - 6.0, baseline, Anchor::End, "", text),
            Some(v) => svg.label(x(v) + 6.0, baseline, Anchor::Start, "", text),
            None => svg.label(zero + 6.0, baseline, Anchor::Start, MUTED, text),
        }
    }
    svg.raw("</g>");
    #[allow(clippy::cast_precision_loss)]
    let rows_bottom = top + rows.len() as f64 * ROW;
    svg.line(
        zero,
        top,
        zero,
        rows_bottom,
        " stroke=\"currentColor\" stroke-opacity=\".6\"",
    );
    svg.raw("</svg>");
    svg.finish()
}
