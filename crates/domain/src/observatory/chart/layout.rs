//! What every kind of chart shares: the checked options, the root element
//! with its title and description, the legend, the value axis, the
//! category labels and the look of each series.
//!
//! Layout is worked out left to right in pixels of the `viewBox`; the
//! [`Svg`] writer mirrors it for Arabic.

use super::format::{auto_decimals, format_number, format_tick};
use super::palette::CATEGORICAL;
use super::scale::nice_ticks;
use super::svg::{Anchor, Svg, truncate};
use super::{ChartData, ChartKind, Labels, Lang, Options};

/// Font size of every text, in pixels at the nominal width.
pub(super) const FONT: f64 = 13.0;
/// The width of a character, estimated: 0.6 of the font size.
pub(super) const CHAR_WIDTH: f64 = 0.6 * FONT;
/// The space around the chart and between its parts.
pub(super) const GAP: f64 = 8.0;
/// The height of a row of the legend.
const LEGEND_ROW: f64 = 22.0;
/// The plot keeps at least this height; the chart grows to make room.
const MIN_PLOT_HEIGHT: f64 = 80.0;
/// Category labels longer than this are cut (the tooltips keep them whole).
const MAX_CATEGORY_CHARS: usize = 24;
/// Tick labels and other secondary text: a grey that follows the text colour.
pub(super) const MUTED: &str = " fill-opacity=\".72\"";

/// The class of every data mark (a column, a point), for the page's styles.
pub(super) const MARK: &str = " class=\"chart-mark\"";

/// Dash patterns of lines, one per series (with the colour and marker, no
/// two series of a chart look alike even in grey).
const DASHES: [&str; 6] = ["", "7 3", "2 3", "9 3 2 3", "4 4", "12 3 2 3 2 3"];

/// The shapes that mark the points of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Plus,
    Ring,
}

impl Marker {
    /// The closing tag of the element [`draw_marker`] writes.
    pub(super) const fn close_tag(self) -> &'static str {
        match self {
            Marker::Circle | Marker::Ring => "</circle>",
            Marker::Square => "</rect>",
            _ => "</path>",
        }
    }
}

const MARKERS: [Marker; 7] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::TriangleDown,
    Marker::Plus,
    Marker::Ring,
];

/// The colour of series `i`. With eight colours, seven markers and six
/// dash patterns, the twelve series a chart may have never share all
/// three.
pub(super) fn colour(i: usize) -> &'static str {
    CATEGORICAL[i % CATEGORICAL.len()]
}

pub(super) fn dash(i: usize) -> &'static str {
    DASHES[i % DASHES.len()]
}

pub(super) fn marker(i: usize) -> Marker {
    MARKERS[i % MARKERS.len()]
}

/// The estimated width of a text.
pub(super) fn text_width(text: &str) -> f64 {
    // A character count is small enough to be exact as an f64.
    #[allow(clippy::cast_precision_loss)]
    let chars = text.chars().count() as f64;
    chars * CHAR_WIDTH
}

/// Characters that fit in `width`.
pub(super) fn chars_in(width: f64) -> usize {
    // Non-negative and small.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let chars = (width / CHAR_WIDTH).floor().max(1.0) as usize;
    chars
}

/// A chart about to be drawn: its data, texts and options, checked.
pub(super) struct Chart<'a> {
    pub(super) kind: ChartKind,
    pub(super) data: &'a ChartData,
    pub(super) labels: &'a Labels<'a>,
    pub(super) lang: Lang,
    pub(super) width: f64,
    pub(super) height: f64,
    pub(super) id: String,
    pub(super) decimals: u8,
    pub(super) max_ranking_bars: usize,
}

impl<'a> Chart<'a> {
    pub(super) fn new(
        kind: ChartKind,
        data: &'a ChartData,
        labels: &'a Labels<'a>,
        options: &Options,
    ) -> Chart<'a> {
        let decimals = options.decimals.unwrap_or_else(|| {
            auto_decimals(
                data.series
                    .iter()
                    .flat_map(|s| s.values.iter().filter_map(|v| finite(*v))),
            )
        });
        Chart {
            kind,
            data,
            labels,
            lang: options.lang,
            width: f64::from(options.width.clamp(240, 4000)),
            height: f64::from(options.height.clamp(160, 4000)),
            id: clean_id(&options.id_prefix),
            decimals,
            max_ranking_bars: options.max_ranking_bars.max(1),
        }
    }

    pub(super) fn rtl(&self) -> bool {
        self.lang.is_rtl()
    }

    /// A value as tooltips write it, or the word for a missing one.
    pub(super) fn value_text(&self, value: Option<f64>) -> String {
        match value {
            Some(v) => format_number(v, self.lang, self.decimals),
            None => self.labels.missing.to_owned(),
        }
    }

    /// The tooltip of a mark: "series — category: value".
    pub(super) fn mark_title(&self, series: usize, category: usize, value: Option<f64>) -> String {
        let name = self.data.series.get(series).map_or("", |s| s.name.as_str());
        let category = self
            .data
            .categories
            .get(category)
            .map_or("", String::as_str);
        let value = self.value_text(value);
        if name.is_empty() {
            format!("{category}: {value}")
        } else {
            format!("{name} — {category}: {value}")
        }
    }

    /// The tooltip of a whole category, line by line: its name, then each
    /// series' value.
    pub(super) fn category_title(&self, category: usize) -> Vec<String> {
        let mut lines = Vec::with_capacity(self.data.series.len() + 1);
        lines.push(
            self.data
                .categories
                .get(category)
                .cloned()
                .unwrap_or_default(),
        );
        for series in &self.data.series {
            let value = self.value_text(series.values.get(category).copied().and_then(finite));
            lines.push(if series.name.is_empty() {
                value
            } else {
                format!("{}: {value}", series.name)
            });
        }
        lines
    }

    /// Series `i`'s value for category `j`, if it is a finite number.
    pub(super) fn value(&self, i: usize, j: usize) -> Option<f64> {
        self.data
            .series
            .get(i)
            .and_then(|s| s.values.get(j).copied())
            .and_then(finite)
    }

    /// Starts the document: the root element, its title and description.
    pub(super) fn open(&self, height: f64, many_points: bool) -> Svg {
        let points = self.data.series.len() * self.data.categories.len();
        let mut svg = Svg::new(self.width, self.rtl(), 4096 + points * 40);
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
        svg.num(self.width);
        svg.raw(" ");
        svg.num(height);
        svg.raw("\" width=\"100%\" role=\"img\" aria-labelledby=\"");
        svg.raw(&self.id);
        svg.raw("-title ");
        svg.raw(&self.id);
        svg.raw("-desc\" lang=\"");
        svg.raw(self.lang.code());
        svg.raw("\" direction=\"");
        svg.raw(self.lang.dir());
        svg.raw("\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"currentColor\" class=\"chart\" data-kind=\"");
        svg.raw(self.kind.as_str());
        svg.raw("\"><title id=\"");
        svg.raw(&self.id);
        svg.raw("-title\">");
        svg.text(self.labels.title);
        svg.raw("</title><desc id=\"");
        svg.raw(&self.id);
        svg.raw("-desc\">");
        svg.text(self.labels.description);
        if many_points && !self.labels.many_points.is_empty() {
            if !self.labels.description.is_empty() {
                svg.raw(" ");
            }
            svg.text(self.labels.many_points);
        }
        svg.raw("</desc>\n");
        svg
    }
}

/// A value that can be drawn.
pub(super) fn finite(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite())
}

/// An id prefix that is a valid XML name.
fn clean_id(prefix: &str) -> String {
    let mut id: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        id.insert_str(0, "chart-");
    }
    id
}

/// How a series is shown in the legend.
#[derive(Debug, Clone, Copy)]
pub(super) enum Swatch {
    /// A piece of line in the series' dash pattern, with its marker when
    /// the points are marked.
    Line { markers: bool },
    /// A square of the series' colour.
    Block,
}

/// Where the legend's entries go: each entry's left edge and row.
pub(super) struct Legend {
    entries: Vec<(f64, usize, String)>,
    pub(super) height: f64,
    swatch: Swatch,
}

impl Legend {
    /// Lays out one entry per series in reading order, wrapping into rows
    /// across `width`; no legend (zero height) for a single series.
    pub(super) fn new(data: &ChartData, width: f64, swatch: Swatch) -> Legend {
        if data.series.len() < 2 {
            return Legend {
                entries: Vec::new(),
                height: 0.0,
                swatch,
            };
        }
        let swatch_width = swatch_width(swatch);
        let max_chars = chars_in(width - swatch_width - 6.0);
        let mut entries = Vec::with_capacity(data.series.len());
        let (mut x, mut row) = (0.0, 0);
        for series in &data.series {
            let name = truncate(&series.name, max_chars).into_owned();
            let entry = swatch_width + 6.0 + text_width(&name);
            if x > 0.0 && x + entry > width {
                x = 0.0;
                row += 1;
            }
            entries.push((x, row, name));
            x += entry + 18.0;
        }
        // Rows are few (at most one per series).
        #[allow(clippy::cast_precision_loss)]
        let height = (row + 1) as f64 * LEGEND_ROW + 4.0;
        Legend {
            entries,
            height,
            swatch,
        }
    }

    /// Draws the legend with its top edge at `top`.
    pub(super) fn draw(&self, svg: &mut Svg, top: f64) {
        if self.entries.is_empty() {
            return;
        }
        svg.raw("<g class=\"chart-legend\">");
        let swatch_width = swatch_width(self.swatch);
        for (i, (x, row, name)) in self.entries.iter().enumerate() {
            #[allow(clippy::cast_precision_loss)]
            let y = top + *row as f64 * LEGEND_ROW;
            let middle = y + FONT * 0.65;
            match self.swatch {
                Swatch::Line { markers } => {
                    let (start, end) = (x + 1.0, x + swatch_width - 1.0);
                    svg.line(start, middle, end, middle, &line_attrs(i));
                    if markers {
                        svg.raw(&marker_group(i));
                        draw_marker(svg, marker(i), x + swatch_width / 2.0, middle, "", false);
                        svg.raw("</g>");
                    }
                }
                Swatch::Block => {
                    let attrs = format!(" fill=\"{}\"", colour(i));
                    svg.rect(*x, middle - 6.0, 12.0, 12.0, &attrs, false);
                }
            }
            svg.label(x + swatch_width + 6.0, y + FONT, Anchor::Start, "", name);
        }
        svg.raw("</g>\n");
    }
}

fn swatch_width(swatch: Swatch) -> f64 {
    match swatch {
        Swatch::Line { .. } => 26.0,
        Swatch::Block => 12.0,
    }
}

/// The attributes of series `i`'s line.
pub(super) fn line_attrs(i: usize) -> String {
    let mut attrs = format!(
        " fill=\"none\" stroke=\"{}\" stroke-width=\"2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"",
        colour(i)
    );
    if !dash(i).is_empty() {
        attrs.push_str(" stroke-dasharray=\"");
        attrs.push_str(dash(i));
        attrs.push('"');
    }
    attrs
}

/// The group around series `i`'s markers: filled with its colour and
/// ringed in white so that overlapping markers stay apart. `color` is set
/// too, for the ring marker's stroke.
pub(super) fn marker_group(i: usize) -> String {
    let c = colour(i);
    format!("<g fill=\"{c}\" color=\"{c}\" stroke=\"#fff\" stroke-width=\"1\">")
}

/// Draws marker `shape` centred on (x, y), leaving the element open for
/// a title when `open` (closed with [`Marker::close_tag`]). Fill and
/// stroke come from the enclosing group ([`marker_group`]); `attrs` are
/// written as is.
pub(super) fn draw_marker(svg: &mut Svg, shape: Marker, x: f64, y: f64, attrs: &str, open: bool) {
    let end = if open { ">" } else { "/>" };
    match shape {
        Marker::Circle | Marker::Ring => {
            svg.raw("<circle cx=\"");
            svg.x(x);
            svg.raw("\" cy=\"");
            svg.num(y);
            svg.raw(if shape == Marker::Ring {
                "\" r=\"3.5\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"2.5\""
            } else {
                "\" r=\"4\""
            });
            svg.raw(attrs);
            svg.raw(end);
        }
        Marker::Square => {
            svg.rect(x - 3.5, y - 3.5, 7.0, 7.0, attrs, open);
        }
        _ => {
            // Outlines drawn from the centre with relative moves; the
            // shapes are symmetric, so only the centre needs mirroring.
            let outline = match shape {
                Marker::Triangle => "m0-5l5 8.5h-10z",
                Marker::Diamond => "m0-5.5l5 5.5-5 5.5-5-5.5z",
                Marker::TriangleDown => "m0 5l5-8.5h-10z",
                _ => "m-1.5-5h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z",
            };
            svg.raw("<path d=\"M");
            svg.x(x);
            svg.raw(" ");
            svg.num(y);
            svg.raw(outline);
            svg.raw("\"");
            svg.raw(attrs);
            svg.raw(end);
        }
    }
}

/// The plot area of a chart with a value axis, and its scale.
pub(super) struct Plot {
    pub(super) left: f64,
    pub(super) right: f64,
    pub(super) top: f64,
    pub(super) bottom: f64,
    /// The whole chart's height (grown if the plot needed room).
    pub(super) height: f64,
    pub(super) ticks: Vec<f64>,
    step: f64,
    lo: f64,
    hi: f64,
    legend: Legend,
    legend_top: f64,
    y_title_baseline: f64,
    x_labels_baseline: f64,
}

impl Plot {
    /// Lays out a chart whose values run from `lo` to `hi`.
    pub(super) fn new(chart: &Chart<'_>, lo: f64, hi: f64, swatch: Swatch) -> Plot {
        let legend = Legend::new(chart.data, chart.width, swatch);
        let legend_top = GAP;
        let mut top = legend_top + legend.height;
        let y_title_baseline = top + FONT;
        if !chart.labels.y_axis.is_empty() {
            top += FONT + GAP;
        }
        // Room for the top tick's label, centred on its line.
        top += FONT;
        let mut bottom_space = GAP + FONT + 6.0;
        if !chart.labels.x_axis.is_empty() {
            bottom_space += FONT + GAP;
        }
        let height = chart.height.max(top + MIN_PLOT_HEIGHT + bottom_space);
        let bottom = height - bottom_space;
        // A tick every 50 pixels or so, three to eight of them.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let target = ((bottom - top) / 50.0).round().clamp(3.0, 8.0) as usize;
        let mut ticks = nice_ticks(lo, hi, target);
        if ticks.len() < 2 {
            ticks = vec![0.0, 1.0];
        }
        let step = ticks[1] - ticks[0];
        let widest = ticks
            .iter()
            .map(|&t| text_width(&format_tick(t, chart.lang, step)))
            .fold(0.0, f64::max);
        let left = widest + 10.0 + 2.0;
        let right = chart.width - 12.0;
        Plot {
            left,
            right,
            top,
            bottom,
            height,
            lo: ticks[0],
            hi: ticks[ticks.len() - 1],
            ticks,
            step,
            legend,
            legend_top,
            y_title_baseline,
            x_labels_baseline: bottom + FONT + 6.0,
        }
    }

    /// The `y` of a value.
    pub(super) fn y(&self, value: f64) -> f64 {
        self.bottom - (value - self.lo) / (self.hi - self.lo) * (self.bottom - self.top)
    }

    /// The `y` of the baseline: zero when the scale takes it in, or the
    /// bottom.
    pub(super) fn base(&self) -> f64 {
        if self.lo <= 0.0 && 0.0 <= self.hi {
            self.y(0.0)
        } else {
            self.bottom
        }
    }

    pub(super) fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Draws the legend, the value axis's title, gridlines and tick labels.
    pub(super) fn draw_axes(&self, chart: &Chart<'_>, svg: &mut Svg) {
        self.legend.draw(svg, self.legend_top);
        svg.raw("<g class=\"chart-axis\">");
        if !chart.labels.y_axis.is_empty() {
            let max_chars = chars_in(chart.width);
            let title = truncate(chart.labels.y_axis, max_chars);
            svg.label(0.0, self.y_title_baseline, Anchor::Start, "", &title);
        }
        svg.raw("<g stroke=\"currentColor\" stroke-opacity=\".15\">");
        for &tick in &self.ticks {
            let y = self.y(tick);
            svg.line(self.left, y, self.right, y, "");
        }
        svg.raw("</g>");
        for &tick in &self.ticks {
            let y = self.y(tick) + FONT * 0.35;
            let text = format_tick(tick, chart.lang, self.step);
            svg.label(self.left - 10.0, y, Anchor::End, MUTED, &text);
        }
        svg.raw("</g>\n");
    }

    /// Draws the baseline, darker than the gridlines, over the marks.
    pub(super) fn draw_baseline(&self, svg: &mut Svg) {
        let y = self.base();
        svg.line(
            self.left,
            y,
            self.right,
            y,
            " stroke=\"currentColor\" stroke-opacity=\".6\"",
        );
    }

    /// Draws the category labels under the plot, centred on `xs`, only
    /// every k-th one when they would overlap, and the categories' axis
    /// title. `spacing` is the distance between neighbouring categories.
    pub(super) fn draw_categories(
        &self,
        chart: &Chart<'_>,
        svg: &mut Svg,
        xs: &[f64],
        spacing: f64,
    ) {
        let labels: Vec<_> = chart
            .data
            .categories
            .iter()
            .map(|c| truncate(c, MAX_CATEGORY_CHARS))
            .collect();
        let widest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let every = label_interval(widest, spacing);
        svg.raw("<g class=\"chart-categories\"");
        svg.raw(MUTED);
        svg.raw(">");
        for (i, (label, &x)) in labels.iter().zip(xs).enumerate() {
            if i % every != 0 {
                continue;
            }
            // A long label at either end slides inwards to stay visible.
            let half = text_width(label) / 2.0;
            let (anchor, at) = if x - half < 2.0 {
                (Anchor::Start, 2.0)
            } else if x + half > chart.width - 2.0 {
                (Anchor::End, chart.width - 2.0)
            } else {
                (Anchor::Middle, x)
            };
            svg.label(at, self.x_labels_baseline, anchor, "", label);
        }
        svg.raw("</g>");
        if !chart.labels.x_axis.is_empty() {
            let title = truncate(chart.labels.x_axis, chars_in(chart.width));
            let x = (self.left + self.right) / 2.0;
            let (anchor, at) = if text_width(&title) / 2.0 > x {
                (Anchor::Start, 0.0)
            } else {
                (Anchor::Middle, x)
            };
            svg.label(at, self.height - GAP - 2.0, anchor, "", &title);
        }
        svg.raw("\n");
    }

    /// Transparent columns behind the marks, one per category, whose
    /// tooltip lists every series' value there (so a missing value, which
    /// has no mark, can still be read).
    pub(super) fn draw_category_columns(
        &self,
        chart: &Chart<'_>,
        svg: &mut Svg,
        xs: &[f64],
        spacing: f64,
    ) {
        svg.raw("<g class=\"chart-columns\" fill=\"#fff\" fill-opacity=\"0\">");
        for (j, &x) in xs.iter().enumerate() {
            svg.rect(
                x - spacing / 2.0,
                self.top,
                spacing,
                self.bottom - self.top,
                "",
                true,
            );
            svg.title_lines(&chart.category_title(j));
            svg.raw("</rect>");
        }
        svg.raw("</g>\n");
    }
}

/// Show every k-th category label so that labels `widest` wide (and a
/// gap) fit `spacing` apart.
pub(super) fn label_interval(widest: f64, spacing: f64) -> usize {
    if spacing <= 0.0 {
        return usize::MAX;
    }
    // At least one; capped so that an absurd ratio cannot overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let every = ((widest + 10.0) / spacing).ceil().clamp(1.0, 1e9) as usize;
    every
}
