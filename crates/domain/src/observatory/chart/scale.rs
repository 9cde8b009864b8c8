//! Axis ticks and the class breaks of a choropleth legend.

/// Ticks at most, whatever the caller asks: more cannot be read anyway.
const MAX_TICKS: usize = 50;

/// Round values from `min` to `max` (either way round), a step of 1, 2 or
/// 5 times a power of ten apart, as close to `target` ticks as those steps
/// allow. The first tick is at or below `min` and the last at or above
/// `max`, so a range that takes in zero has a tick at zero (bar charts
/// pass a range that includes zero). An empty range is widened around its
/// value; a range that is not finite has no ticks.
pub fn nice_ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    let (mut lo, mut hi) = if min <= max { (min, max) } else { (max, min) };
    if !lo.is_finite() || !hi.is_finite() {
        return Vec::new();
    }
    if lo == hi {
        if lo == 0.0 {
            hi = 1.0;
        } else {
            let pad = lo.abs() * 0.1;
            lo -= pad;
            hi += pad;
        }
    }
    let target = target.clamp(2, MAX_TICKS);
    let span = hi - lo;
    if !span.is_finite() {
        return Vec::new();
    }
    // Whole-number counts of steps; an f64 this size is exact enough.
    #[allow(clippy::cast_precision_loss)]
    let raw = span / (target - 1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0]
        .into_iter()
        .map(|m| m * magnitude)
        .min_by(|&a, &b| {
            let miss = |step: f64| tick_count(lo, hi, step).abs_diff(target);
            // Equally close: the larger step, for fewer labels.
            miss(a).cmp(&miss(b)).then(b.total_cmp(&a))
        })
        .unwrap_or(raw);
    // A hair of slack, so that 0.3 / 0.1 = 3.0000000000000004 adds no
    // tick beyond 0.3.
    let first = (lo / step + 1e-9).floor();
    let last = (hi / step - 1e-9).ceil();
    // The scale's decimal places, to write 0.3 rather than 0.30000000000000004.
    let decimals = (-step.log10().floor()).max(0.0);
    let unit = 10f64.powf(decimals);
    // `first..=last` holds at most a few dozen steps (see tick_count).
    #[allow(clippy::cast_possible_truncation)]
    let (first, last) = (first as i64, last as i64);
    (first..=last)
        .take(MAX_TICKS * 3)
        .map(|i| {
            #[allow(clippy::cast_precision_loss)]
            let v = ((i as f64 * step) * unit).round() / unit;
            // No negative zero, which would be written "-0".
            if v == 0.0 { 0.0 } else { v }
        })
        .collect()
}

/// How many ticks `step` apart cover `lo..=hi`.
fn tick_count(lo: f64, hi: f64, step: f64) -> usize {
    let steps = (hi / step - 1e-9).ceil() - (lo / step + 1e-9).floor();
    // A count of steps between two finite values; saturates if absurd.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let steps = steps.clamp(0.0, 1e9) as usize;
    steps + 1
}

/// The edges of up to `classes` classes (at least one) with about as many
/// values in each: the smallest value, the quantiles between and the
/// largest value, each rounded to two significant digits of the range (the
/// ends outwards, so every value stays inside), strictly increasing. Equal
/// quantiles collapse into one edge, so a skewed distribution gets fewer
/// classes; values that are all the same give a single edge. Values that
/// are not finite are left out.
pub fn class_breaks(values: &[f64], classes: usize) -> Vec<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    if lo == hi {
        return vec![lo];
    }
    let classes = classes.max(1);
    // Two significant digits of the range.
    let unit = 10f64.powf((hi - lo).log10().floor() - 1.0);
    let round = |v: f64, how: fn(f64) -> f64| {
        let r = how(v / unit) * unit;
        // Clean the binary noise of the multiplication with the unit's
        // own decimal places.
        let places = (-unit.log10().round()).max(0.0);
        let p = 10f64.powf(places);
        let r = (r * p).round() / p;
        if r == 0.0 { 0.0 } else { r }
    };
    let mut edges = Vec::with_capacity(classes + 1);
    edges.push(round(lo, f64::floor));
    for k in 1..classes {
        #[allow(clippy::cast_precision_loss)]
        let q = quantile(&sorted, k as f64 / classes as f64);
        edges.push(round(q, f64::round));
    }
    edges.push(round(hi, f64::ceil));
    edges.dedup_by(|later, kept| *later <= *kept);
    edges
}

/// The class of `value` among `edges` from [`class_breaks`]: class `i`
/// runs from `edges[i]` up to, not including, `edges[i + 1]`, but the last
/// class also takes in its upper edge. `None` outside the edges, for a
/// value that is not finite, or when there are fewer than two edges.
pub fn class_of(value: f64, edges: &[f64]) -> Option<usize> {
    let (&first, &last) = (edges.first()?, edges.last()?);
    if edges.len() < 2 || !value.is_finite() || value < first || value > last {
        return None;
    }
    let above = edges.partition_point(|&e| e <= value);
    Some(above.saturating_sub(1).min(edges.len() - 2))
}

/// Linear interpolation between the closest ranks (the usual "type 7").
fn quantile(sorted: &[f64], p: f64) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let position = p * (sorted.len() - 1) as f64;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let below = position.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    #[allow(clippy::cast_precision_loss)]
    let fraction = position - below as f64;
    sorted[below] + (sorted[above] - sorted[below]) * fraction
}
