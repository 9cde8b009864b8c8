//! Charts of the Osservatorio drawn on the server as accessible SVG, with
//! no script: line charts, grouped and stacked columns, and rankings
//! (horizontal bars, largest first).
//!
//! [`render`] is a pure function from the data, the texts (already in the
//! reader's language) and a few options to the SVG text, the same bytes
//! for the same input. The chart scales with its container (a `viewBox`
//! and `width="100%"`) and its texts are at least 12 pixels high when it is
//! shown at its nominal width.
//!
//! What makes it accessible:
//! - the root is `role="img"`, named by its `<title>` and `<desc>` (the
//!   caller's description of what the chart shows);
//! - every mark carries a `<title>` with its series, category and value
//!   (or the word for "no data"), shown on hover, and every category
//!   column a summary of all its values;
//! - series differ in more than colour: the Okabe–Ito palette, a dash
//!   pattern and a marker shape for each line, white gaps between bars,
//!   and a legend in the order of the stack;
//! - in Arabic the whole chart is mirrored: the value axis on the right,
//!   categories (and time) running from right to left, ranking bars
//!   growing leftwards.
//!
//! The chart's title is not drawn in the picture: the page shows it as a
//! heading (or a `figcaption`), where it wraps and can be found. Numbers
//! are written with [`format_number`] and [`format_compact`].

mod bar;
mod format;
mod layout;
mod line;
mod palette;
mod ranking;
mod scale;
mod svg;

#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

pub use crate::lang::Lang;
pub use format::{format_compact, format_number};
pub use palette::{
    CATEGORICAL, SEQUENTIAL_CLASSES, contrast_ratio, relative_luminance, sequential,
};
pub use scale::{class_breaks, class_of, nice_ticks};

/// Series in one chart at most: beyond a dozen no legend can be followed.
pub const MAX_SERIES: usize = 12;
/// Values in one chart at most (series × categories), which bounds the
/// size of the SVG.
pub const MAX_VALUES: usize = 100_000;
/// Categories of a column chart at most: more leave each column a couple
/// of pixels wide.
pub const MAX_BAR_CATEGORIES: usize = 300;
/// Points of a line up to which each one gets a marker and a tooltip;
/// beyond, the line alone is drawn and the description says how many
/// points there are (see [`Labels::many_points`]).
pub const MAX_MARKED_POINTS: usize = 200;

/// The shape of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// One line per series across the categories (usually time).
    Line,
    /// Vertical columns, the series side by side in each category.
    Bar,
    /// Vertical columns, the series stacked in each category.
    StackedBar,
    /// Horizontal bars of a single series, sorted from the largest.
    Ranking,
}

impl ChartKind {
    pub const ALL: [ChartKind; 4] = [
        ChartKind::Line,
        ChartKind::Bar,
        ChartKind::StackedBar,
        ChartKind::Ranking,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ChartKind::Line => "line",
            ChartKind::Bar => "bar",
            ChartKind::StackedBar => "stacked_bar",
            ChartKind::Ranking => "ranking",
        }
    }

    /// Fluent message id of the kind's name, for the editor's choice.
    pub const fn label_key(self) -> &'static str {
        match self {
            ChartKind::Line => "chart-kind-line",
            ChartKind::Bar => "chart-kind-bar",
            ChartKind::StackedBar => "chart-kind-stacked-bar",
            ChartKind::Ranking => "chart-kind-ranking",
        }
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not one of [`ChartKind::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown chart kind {0:?}")]
pub struct UnknownChartKind(pub String);

impl FromStr for ChartKind {
    type Err = UnknownChartKind;

    fn from_str(value: &str) -> Result<ChartKind, UnknownChartKind> {
        ChartKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .ok_or_else(|| UnknownChartKind(value.to_owned()))
    }
}

/// One series: a value for each category, in the categories' order.
/// `None` (and any value that is not a finite number) is a missing value:
/// a gap in a line, no column, and the "no data" word in tooltips.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// The data of a chart: the categories (the x axis, or the ranked names)
/// and one or more series with a value for each.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartData {
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

/// The texts of a chart, in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Labels<'a> {
    /// The chart's accessible name.
    pub title: &'a str,
    /// What the chart shows, in a sentence or two: its `<desc>`.
    pub description: &'a str,
    /// The categories' axis, drawn under it unless empty (a ranking's
    /// heading over the names).
    pub x_axis: &'a str,
    /// The values' axis (what is measured, and its unit), drawn above it
    /// unless empty (a ranking's heading over the bars).
    pub y_axis: &'a str,
    /// The word for a missing value ("n.d.", "no data") in tooltips.
    pub missing: &'a str,
    /// A sentence added to the description of a line chart whose lines
    /// are too long to mark each point ([`omits_point_marks`]); it should
    /// say how many points each line has, which the page knows (the number
    /// of categories) and writes with [`format_number`].
    pub many_points: &'a str,
}

/// How a chart is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The nominal width, in pixels (the `viewBox`), between 240 and 4000.
    pub width: u32,
    /// The nominal height, between 160 and 4000; a ranking ignores it and
    /// takes the height its bars need.
    pub height: u32,
    /// The reader's language: number formats and, for Arabic, the mirrored
    /// layout.
    pub lang: Lang,
    /// Decimal places of the values in tooltips and on rankings; `None`
    /// takes as many as the data has, up to two (four for data all under
    /// one).
    pub decimals: Option<u8>,
    /// The start of the element ids, different for every chart of a page.
    /// Characters other than ASCII letters, digits, `-` and `_` become `-`.
    pub id_prefix: String,
    /// Rows of a ranking at most (at least one): the smallest values are
    /// left out, and before them the categories with no value, which
    /// otherwise come last and say so in words.
    pub max_ranking_bars: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            width: 720,
            height: 400,
            lang: Lang::It,
            decimals: None,
            id_prefix: "chart".to_owned(),
            max_ranking_bars: 20,
        }
    }
}

/// Why a chart cannot be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChartError {
    #[error("the chart has no values to draw")]
    NoData,
    #[error("more than {MAX_SERIES} series")]
    TooManySeries,
    #[error("more than {MAX_VALUES} values")]
    TooManyPoints,
    #[error("more than {MAX_BAR_CATEGORIES} categories for columns")]
    TooManyCategories,
    #[error("a series does not have one value per category")]
    SeriesLength,
    #[error("a ranking shows a single series")]
    RankingSeries,
}

impl ChartError {
    /// The Fluent message id that explains the problem to an editor.
    pub const fn message(self) -> &'static str {
        match self {
            ChartError::NoData => "chart-error-no-data",
            ChartError::TooManySeries => "chart-error-too-many-series",
            ChartError::TooManyPoints => "chart-error-too-many-points",
            ChartError::TooManyCategories => "chart-error-too-many-categories",
            ChartError::SeriesLength => "chart-error-series-length",
            ChartError::RankingSeries => "chart-error-ranking-series",
        }
    }
}

/// Whether a chart of this kind leaves out the marker and tooltip of each
/// point because its lines have more than [`MAX_MARKED_POINTS`] points; its
/// description then ends with [`Labels::many_points`].
pub fn omits_point_marks(kind: ChartKind, data: &ChartData) -> bool {
    kind == ChartKind::Line && data.categories.len() > MAX_MARKED_POINTS
}

/// Draws a chart as an SVG document (also fit to be inlined in HTML).
pub fn render(
    kind: ChartKind,
    data: &ChartData,
    labels: &Labels<'_>,
    options: &Options,
) -> Result<String, ChartError> {
    check(kind, data)?;
    let chart = layout::Chart::new(kind, data, labels, options);
    Ok(match kind {
        ChartKind::Line => line::render(&chart),
        ChartKind::Bar => bar::grouped(&chart),
        ChartKind::StackedBar => bar::stacked(&chart),
        ChartKind::Ranking => ranking::render(&chart),
    })
}

fn check(kind: ChartKind, data: &ChartData) -> Result<(), ChartError> {
    if data.series.is_empty() || data.categories.is_empty() {
        return Err(ChartError::NoData);
    }
    if data.series.len() > MAX_SERIES {
        return Err(ChartError::TooManySeries);
    }
    if data.series.len().saturating_mul(data.categories.len()) > MAX_VALUES {
        return Err(ChartError::TooManyPoints);
    }
    if data
        .series
        .iter()
        .any(|s| s.values.len() != data.categories.len())
    {
        return Err(ChartError::SeriesLength);
    }
    if kind == ChartKind::Ranking && data.series.len() > 1 {
        return Err(ChartError::RankingSeries);
    }
    if matches!(kind, ChartKind::Bar | ChartKind::StackedBar)
        && data.categories.len() > MAX_BAR_CATEGORIES
    {
        return Err(ChartError::TooManyCategories);
    }
    let any_value = data
        .series
        .iter()
        .flat_map(|s| &s.values)
        .any(|v| v.is_some_and(f64::is_finite));
    if !any_value {
        return Err(ChartError::NoData);
    }
    Ok(())
}
