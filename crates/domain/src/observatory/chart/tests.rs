//! Tests of the charts, read back through a small XML reader that fails on
//! anything not well formed (unbalanced tags, bare `&` or `<`, unknown
//! entities, repeated attributes).

use super::layout::{colour, dash, marker};
use super::*;

/// An element read back from the SVG.
#[derive(Debug)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    text: String,
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .unwrap_or_else(|| panic!("{} has no {name}", self.name))
            .parse()
            .expect("a number")
    }

    /// This element and all below it, in document order.
    fn all(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.all());
        }
        out
    }

    fn with_class(&self, class: &str) -> Vec<&Node> {
        self.all()
            .into_iter()
            .filter(|n| {
                n.attr("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == class))
            })
            .collect()
    }

    /// The first element of a class.
    fn class(&self, class: &str) -> &Node {
        self.with_class(class)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no element of class {class}"))
    }

    fn named(&self, name: &str) -> Vec<&Node> {
        self.all().into_iter().filter(|n| n.name == name).collect()
    }

    fn title(&self) -> Option<&str> {
        self.children
            .iter()
            .find(|c| c.name == "title")
            .map(|t| t.text.as_str())
    }
}

/// Reads an XML document, panicking on anything not well formed.
fn parse(xml: &str) -> Node {
    let mut reader = Reader { s: xml, pos: 0 };
    reader.skip_space();
    let root = reader.element();
    reader.skip_space();
    assert_eq!(reader.pos, xml.len(), "text after the root element");
    root
}

struct Reader<'a> {
    s: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.s[self.pos..]
    }

    fn skip_space(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.s.len() - trimmed.len();
    }

    fn eat(&mut self, token: &str) -> bool {
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    fn name(&mut self) -> String {
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-_:.".contains(c)))
            .unwrap_or(self.rest().len());
        assert!(len > 0, "a name expected at {}", self.pos);
        let name = self.rest()[..len].to_owned();
        self.pos += len;
        name
    }

    /// Character data up to `end`, with entities resolved.
    fn chars(&mut self, end: char) -> String {
        let len = self.rest().find(end).expect("unterminated text");
        let raw = &self.rest()[..len];
        assert!(!raw.contains('<'), "a bare < in {raw:?}");
        let text = unescape(raw);
        self.pos += len;
        text
    }

    fn element(&mut self) -> Node {
        assert!(self.eat("<"), "an element expected at {}", self.pos);
        let name = self.name();
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            self.skip_space();
            if self.eat("/>") {
                return Node {
                    name,
                    attrs,
                    children: Vec::new(),
                    text: String::new(),
                };
            }
            if self.eat(">") {
                break;
            }
            let attr = self.name();
            assert!(self.eat("=\""), "{name}: {attr} without a quoted value");
            let value = self.chars('"');
            assert!(self.eat("\""));
            assert!(
                self.rest().starts_with([' ', '>', '/']),
                "{name}: no space after {attr}"
            );
            assert!(
                attrs.iter().all(|(a, _)| *a != attr),
                "{name}: {attr} repeated"
            );
            attrs.push((attr, value));
        }
        let mut node = Node {
            name,
            attrs,
            children: Vec::new(),
            text: String::new(),
        };
        loop {
            if self.eat("</") {
                let end = self.name();
                assert_eq!(end, node.name, "mismatched end tag");
                self.skip_space();
                assert!(self.eat(">"));
                return node;
            }
            if self.rest().starts_with('<') {
                node.children.push(self.element());
            } else {
                let text = self.chars('<');
                node.text.push_str(&text);
            }
        }
    }
}

fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find(';').expect("an unterminated entity") + i;
        out.push_str(match &rest[i + 1..end] {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            other => panic!("unknown entity &{other};"),
        });
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The numbers of path data, in pairs.
fn path_points(d: &str) -> Vec<(f64, f64)> {
    // `h0` draws a lone point as a dot; it adds no point.
    let d = d.replace("h0", "");
    let numbers: Vec<f64> = d
        .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .filter(|t| !t.is_empty())
        .map(|t| t.parse().expect("a number"))
        .collect();
    numbers.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn series(name: &str, values: &[Option<f64>]) -> Series {
    Series {
        name: name.to_owned(),
        values: values.to_vec(),
    }
}

fn data(categories: &[&str], series: Vec<Series>) -> ChartData {
    ChartData {
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        series,
    }
}

const LABELS: Labels<'static> = Labels {
    title: "Popolazione residente",
    description: "Abitanti per anno.",
    x_axis: "Anno",
    y_axis: "Abitanti",
    missing: "n.d.",
    many_points: "",
};

fn options(lang: Lang) -> Options {
    Options {
        lang,
        ..Options::default()
    }
}

/// Two series over four categories, with a missing value.
fn sample() -> ChartData {
    data(
        &["2020", "2021", "2022", "2023"],
        vec![
            series(
                "Alessandria",
                &[Some(1200.0), Some(1500.5), None, Some(900.0)],
            ),
            series(
                "Asti",
                &[Some(800.0), Some(700.0), Some(650.0), Some(1000.0)],
            ),
        ],
    )
}

fn draw(kind: ChartKind, data: &ChartData, lang: Lang) -> Node {
    let svg = render(kind, data, &LABELS, &options(lang)).expect("the chart renders");
    parse(&svg)
}

/// Every kind with data it accepts (a ranking takes one series).
fn every_chart() -> Vec<(ChartKind, ChartData)> {
    ChartKind::ALL
        .into_iter()
        .map(|kind| {
            let mut data = sample();
            if kind == ChartKind::Ranking {
                data.series.truncate(1);
            }
            (kind, data)
        })
        .collect()
}

#[test]
fn the_root_is_a_named_image_that_scales() {
    for (kind, data) in every_chart() {
        for lang in Lang::ALL {
            let options = Options {
                lang,
                id_prefix: "obs-7".into(),
                ..Options::default()
            };
            let svg = render(kind, &data, &LABELS, &options).expect("renders");
            let root = parse(&svg);
            let what = format!("{kind} {lang}");
            assert_eq!(root.name, "svg", "{what}");
            assert_eq!(root.attr("xmlns"), Some("http://www.w3.org/2000/svg"));
            assert_eq!(root.attr("role"), Some("img"));
            assert_eq!(root.attr("aria-labelledby"), Some("obs-7-title obs-7-desc"));
            assert_eq!(root.attr("width"), Some("100%"));
            assert_eq!(root.attr("height"), None, "{what}");
            assert_eq!(root.attr("lang"), Some(lang.code()));
            assert_eq!(root.attr("font-family"), Some("system-ui, sans-serif"));
            // Text and axes follow the page's text colour.
            assert_eq!(root.attr("fill"), Some("currentColor"));
            let view_box = root.attr("viewBox").expect("a viewBox");
            assert!(view_box.starts_with("0 0 720 "), "{what}: {view_box}");
            let (title, desc) = (&root.children[0], &root.children[1]);
            assert_eq!(
                (title.name.as_str(), title.attr("id")),
                ("title", Some("obs-7-title"))
            );
            assert_eq!(title.text, LABELS.title);
            assert_eq!(
                (desc.name.as_str(), desc.attr("id")),
                ("desc", Some("obs-7-desc"))
            );
            assert_eq!(desc.text, LABELS.description);
            // Text stays at least 12 pixels high at the nominal width.
            for node in root.all() {
                if let Some(size) = node.attr("font-size") {
                    assert!(size.parse::<f64>().expect("a size") >= 12.0, "{what}");
                }
                assert!(node.attr("style").is_none(), "{what}");
            }
        }
    }
}

#[test]
fn ids_are_valid_names() {
    let cases = [
        ("obs-1", "obs-1"),
        ("grafico 2/b", "grafico-2-b"),
        ("7", "chart-7"),
        ("", "chart-"),
    ];
    for (prefix, id) in cases {
        let options = Options {
            id_prefix: prefix.into(),
            ..Options::default()
        };
        let svg = render(ChartKind::Bar, &sample(), &LABELS, &options).expect("renders");
        let root = parse(&svg);
        assert_eq!(
            root.children[0].attr("id"),
            Some(format!("{id}-title").as_str())
        );
    }
}

#[test]
fn every_mark_has_a_tooltip_with_its_value() {
    let expected_line = [
        "Alessandria — 2020: 1.200",
        "Alessandria — 2021: 1.500,5",
        "Alessandria — 2023: 900",
        "Asti — 2020: 800",
        "Asti — 2021: 700",
        "Asti — 2022: 650",
        "Asti — 2023: 1.000",
    ];
    // Tooltips show the decimals the data has (here one, from 1500.5).
    let with_decimals: Vec<String> = expected_line
        .iter()
        .map(|t| {
            if t.ends_with(",5") {
                (*t).to_owned()
            } else {
                format!("{t},0")
            }
        })
        .collect();
    for kind in [ChartKind::Line, ChartKind::Bar, ChartKind::StackedBar] {
        let root = draw(kind, &sample(), Lang::It);
        let titles: Vec<&str> = root
            .with_class("chart-mark")
            .iter()
            .map(|m| m.title().expect("a mark has a title"))
            .collect();
        assert_eq!(titles, with_decimals, "{kind}");
        // The missing value is told in its category's tooltip.
        let columns = root.class("chart-columns");
        let third = columns.children[2].title().expect("a column has a title");
        assert_eq!(third, "2022\nAlessandria: n.d.\nAsti: 650,0", "{kind}");
    }
    let mut one = sample();
    one.series.truncate(1);
    let root = draw(ChartKind::Ranking, &one, Lang::It);
    let titles: Vec<&str> = root
        .with_class("chart-mark")
        .iter()
        .map(|m| m.title().expect("a bar has a title"))
        .collect();
    assert_eq!(
        titles,
        [
            "Alessandria — 2021: 1.500,5",
            "Alessandria — 2020: 1.200,0",
            "Alessandria — 2023: 900,0"
        ]
    );
    // The missing value comes last, in words.
    let values = root.class("chart-values");
    let last = values.children.last().expect("values");
    assert_eq!(last.text, "n.d.");
}

#[test]
fn tooltips_write_numbers_in_the_readers_language() {
    let data = data(
        &["A"],
        vec![
            series("S", &[Some(1_234_567.5)]),
            series("T", &[Some(-2.0)]),
        ],
    );
    let cases = [
        (Lang::It, "S — A: 1.234.567,5"),
        (Lang::En, "S — A: 1,234,567.5"),
        (Lang::Fr, "S — A: 1\u{202f}234\u{202f}567,5"),
        (Lang::Ar, "S — A: 1\u{66c}234\u{66c}567\u{66b}5"),
    ];
    for (lang, expected) in cases {
        let root = draw(ChartKind::Bar, &data, lang);
        let mark = root.class("chart-mark");
        assert_eq!(mark.title(), Some(expected), "{lang}");
    }
    let options = Options {
        decimals: Some(0),
        ..Options::default()
    };
    let svg = render(ChartKind::Bar, &data, &LABELS, &options).expect("renders");
    assert!(svg.contains("S — A: 1.234.568<"));
}

#[test]
fn series_differ_in_more_than_colour() {
    // No two of the twelve series a chart may have look the same.
    let looks: std::collections::HashSet<_> = (0..MAX_SERIES)
        .map(|i| (colour(i), dash(i), marker(i)))
        .collect();
    assert_eq!(looks.len(), MAX_SERIES);
    let markers: std::collections::HashSet<_> =
        (0..7).map(|i| format!("{:?}", marker(i))).collect();
    assert_eq!(markers.len(), 7);

    let names = ["A", "B", "C", "D"];
    let four = data(
        &["1", "2", "3"],
        names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let v = f64::from(u8::try_from(i).expect("small"));
                series(n, &[Some(v), Some(v + 1.0), Some(v * 2.0)])
            })
            .collect(),
    );
    let root = draw(ChartKind::Line, &four, Lang::En);
    let lines = root.with_class("chart-line");
    assert_eq!(lines.len(), 4);
    let dashes: std::collections::HashSet<_> =
        lines.iter().map(|l| l.attr("stroke-dasharray")).collect();
    assert_eq!(dashes.len(), 4, "a dash pattern per line");
    assert_eq!(
        lines[0].attr("stroke-dasharray"),
        None,
        "the first is solid"
    );
    // Each series' points have their own shape.
    let shapes: std::collections::HashSet<String> = root
        .with_class("chart-mark")
        .iter()
        .map(|m| {
            let d = m
                .attr("d")
                .map(|d| d.trim_start_matches(|c: char| c != 'm'));
            format!("{}{}", m.name, d.unwrap_or(""))
        })
        .collect();
    assert_eq!(shapes.len(), 4);
    // Columns are parted by white edges.
    for kind in [ChartKind::Bar, ChartKind::StackedBar] {
        let root = draw(kind, &four, Lang::En);
        for group in root.with_class("chart-series") {
            assert_eq!(group.attr("stroke"), Some("#fff"), "{kind}");
        }
    }
}

#[test]
fn a_legend_only_for_several_series() {
    let mut one = sample();
    one.series.truncate(1);
    for kind in [ChartKind::Line, ChartKind::Bar, ChartKind::StackedBar] {
        assert!(
            draw(kind, &one, Lang::It)
                .with_class("chart-legend")
                .is_empty()
        );
        let root = draw(kind, &sample(), Lang::It);
        let legend = root.class("chart-legend");
        let names: Vec<&str> = legend
            .named("text")
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(names, ["Alessandria", "Asti"], "{kind}");
    }
}

/// The `y` range of each mark of a class-`chart-series` group, by series.
fn columns(root: &Node) -> Vec<Vec<(f64, f64)>> {
    root.with_class("chart-series")
        .iter()
        .map(|g| {
            g.children
                .iter()
                .map(|r| (r.num("y"), r.num("y") + r.num("height")))
                .collect()
        })
        .collect()
}

#[test]
fn stacks_read_top_down_in_the_legends_order() {
    let stack = data(
        &["X", "Y"],
        vec![
            series("primo", &[Some(10.0), Some(-4.0)]),
            series("secondo", &[Some(20.0), Some(-6.0)]),
            series("terzo", &[Some(5.0), Some(-1.0)]),
        ],
    );
    let root = draw(ChartKind::StackedBar, &stack, Lang::It);
    let by_series = columns(&root);
    // Above zero: the first series on top, each segment on the next.
    let above: Vec<(f64, f64)> = by_series.iter().map(|s| s[0]).collect();
    assert!(above[0].1 <= above[1].0 + 0.1 && above[1].1 <= above[2].0 + 0.1);
    assert!(above[0].0 < above[1].0 && above[1].0 < above[2].0);
    // Below zero: the first series next to the zero line.
    let below: Vec<(f64, f64)> = by_series.iter().map(|s| s[1]).collect();
    assert!(below[0].0 < below[1].0 && below[1].0 < below[2].0);
    let legend: Vec<String> = root
        .class("chart-legend")
        .named("text")
        .iter()
        .map(|t| t.text.clone())
        .collect();
    assert_eq!(legend, ["primo", "secondo", "terzo"]);
}

/// The `x` of the category labels, in the data's order.
fn category_xs(root: &Node) -> Vec<f64> {
    root.class("chart-categories")
        .children
        .iter()
        .map(|t| t.num("x"))
        .collect()
}

#[test]
fn arabic_mirrors_the_chart() {
    let width = 720.0;
    for kind in [ChartKind::Line, ChartKind::Bar, ChartKind::StackedBar] {
        for lang in [Lang::It, Lang::Ar] {
            let root = draw(kind, &sample(), lang);
            let rtl = lang == Lang::Ar;
            assert_eq!(
                root.attr("direction"),
                Some(if rtl { "rtl" } else { "ltr" })
            );
            // Categories (time) run right to left.
            let xs = category_xs(&root);
            assert_eq!(xs.len(), 4);
            let falling = xs.windows(2).all(|w| w[0] > w[1]);
            let rising = xs.windows(2).all(|w| w[0] < w[1]);
            assert!(if rtl { falling } else { rising }, "{kind} {lang}: {xs:?}");
            // The value axis's labels are on the right.
            let axis = root.class("chart-axis");
            for tick in axis
                .named("text")
                .iter()
                .filter(|t| t.attr("text-anchor") == Some("end"))
            {
                let x = tick.num("x");
                assert!(
                    if rtl {
                        x > width / 2.0
                    } else {
                        x < width / 2.0
                    },
                    "{kind} {lang}"
                );
            }
            // Legend entries too start from the right.
            let legend = root.class("chart-legend");
            let first = legend.named("text")[0].num("x");
            assert!(if rtl {
                first > width / 2.0
            } else {
                first < width / 2.0
            });
        }
    }
    // The first point of a line is on the right.
    let root = draw(ChartKind::Line, &sample(), Lang::Ar);
    let line = &root.with_class("chart-line")[1];
    let points = path_points(line.attr("d").expect("path data"));
    assert!(points[0].0 > points[3].0);
    // Numbers are written the Arabic way.
    assert!(root.with_class("chart-mark").iter().any(|m| {
        m.title()
            .is_some_and(|t| t.ends_with("1\u{66c}000\u{66b}0"))
    }));
}

#[test]
fn arabic_rankings_grow_leftwards() {
    let ranking = data(
        &["Casale", "Novi", "Tortona"],
        vec![series("Abitanti", &[Some(30.0), Some(-10.0), Some(20.0)])],
    );
    for lang in [Lang::En, Lang::Ar] {
        let root = draw(ChartKind::Ranking, &ranking, lang);
        let zero = root
            .named("line")
            .last()
            .map(|l| l.num("x1"))
            .expect("a zero line");
        let bars = root.with_class("chart-mark");
        let (first, last) = (bars[0], bars[2]);
        let (fx, fw) = (first.num("x"), first.num("width"));
        let (lx, lw) = (last.num("x"), last.num("width"));
        let names = root.class("chart-names").named("text");
        if lang == Lang::Ar {
            // The largest grows from the zero line to the left; the
            // negative one to the right; names are on the right.
            assert!((fx + fw - zero).abs() < 0.2 && fx < zero);
            assert!((lx - zero).abs() < 0.2 && lw > 0.0);
            assert!(names[0].num("x") > zero);
        } else {
            assert!((fx - zero).abs() < 0.2);
            assert!((lx + lw - zero).abs() < 0.2);
            assert!(names[0].num("x") < zero);
        }
    }
}

#[test]
fn hostile_text_is_escaped() {
    let hostile = "<script>&\"'";
    let data = data(
        &["a<b", "c&d"],
        vec![
            series(hostile, &[Some(1.0), None]),
            series("x\u{1}y\nz", &[Some(2.0), Some(3.0)]),
        ],
    );
    let labels = Labels {
        title: "T&C <b>",
        description: "</desc><script>",
        x_axis: "x\"'",
        y_axis: "y<>",
        missing: "<n/d>",
        many_points: "",
    };
    for kind in ChartKind::ALL {
        let mut data = data.clone();
        if kind == ChartKind::Ranking {
            data.series.truncate(1);
        }
        for lang in Lang::ALL {
            let options = options(lang);
            let svg = render(kind, &data, &labels, &options).expect("renders");
            assert!(!svg.contains("<script>"), "{kind}");
            assert!(!svg.contains('\u{1}'));
            let root = parse(&svg);
            assert_eq!(root.children[0].text, "T&C <b>");
            assert_eq!(root.children[1].text, "</desc><script>");
            let titles: Vec<&str> = root.all().iter().filter_map(|n| n.title()).collect();
            assert!(
                titles.iter().any(|t| t.starts_with("<script>&\"' — a<b: ")),
                "{kind}: {titles:?}"
            );
        }
    }
    // The control character goes, the line break becomes a space.
    let svg = render(ChartKind::Bar, &data, &labels, &Options::default()).expect("renders");
    assert!(svg.contains("xy z — c&amp;d: 3"));
    assert!(svg.contains("&lt;script&gt;&amp;&quot;&apos;"));
}

/// The tick labels of the value axis.
fn tick_labels(root: &Node) -> Vec<String> {
    root.class("chart-axis")
        .named("text")
        .iter()
        .filter(|t| t.attr("text-anchor") == Some("end"))
        .map(|t| t.text.clone())
        .collect()
}

#[test]
fn columns_start_at_zero_and_hang_below_it() {
    let data = data(
        &["A", "B", "C"],
        vec![series("saldo", &[Some(5.0), Some(-3.0), Some(12.0)])],
    );
    let root = draw(ChartKind::Bar, &data, Lang::En);
    let ticks = tick_labels(&root);
    assert!(ticks.contains(&"0".to_owned()), "{ticks:?}");
    assert!(ticks.first().is_some_and(|t| t.starts_with('-')));
    let baseline = root
        .named("line")
        .into_iter()
        .find(|l| l.attr("stroke-opacity") == Some(".6"))
        .expect("a zero line");
    let zero = baseline.num("y1");
    let bars = &columns(&root)[0];
    assert!(
        (bars[0].1 - zero).abs() < 0.2,
        "a positive column ends at zero"
    );
    assert!(
        (bars[1].0 - zero).abs() < 0.2,
        "a negative one starts there"
    );
    assert!(bars[1].1 > zero + 10.0);
    // Even all-positive values far from zero start at zero.
    let far = self::data(&["A", "B"], vec![series("s", &[Some(950.0), Some(990.0)])]);
    let ticks = tick_labels(&draw(ChartKind::Bar, &far, Lang::En));
    assert_eq!(ticks.first().map(String::as_str), Some("0"));
}

#[test]
fn a_line_axis_spans_the_values_not_zero() {
    let data = data(
        &["1", "2", "3"],
        vec![series("indice", &[Some(95.0), Some(103.0), Some(99.0)])],
    );
    let root = draw(ChartKind::Line, &data, Lang::It);
    let ticks: Vec<f64> = tick_labels(&root)
        .iter()
        .map(|t| t.parse().expect("a plain number"))
        .collect();
    assert!(ticks[0] <= 95.0 && ticks[0] > 80.0, "{ticks:?}");
    assert!(*ticks.last().expect("ticks") >= 103.0);
    // Large values are written short.
    let big = self::data(
        &["1", "2"],
        vec![series("s", &[Some(1_000_000.0), Some(3_000_000.0)])],
    );
    let ticks = tick_labels(&draw(ChartKind::Line, &big, Lang::It));
    assert!(ticks.contains(&"2\u{a0}Mln".to_owned()), "{ticks:?}");
    assert!(ticks.contains(&"1,5\u{a0}Mln".to_owned()), "{ticks:?}");
}

#[test]
fn crowded_category_labels_are_thinned() {
    let names: Vec<String> = (1..=100).map(|i| format!("Comune {i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let values: Vec<Option<f64>> = (0..100).map(|i| Some(f64::from(i))).collect();
    for kind in [ChartKind::Line, ChartKind::Bar] {
        let root = draw(kind, &data(&refs, vec![series("s", &values)]), Lang::It);
        let labels = root.class("chart-categories");
        let shown = labels.children.len();
        assert!((2..100).contains(&shown), "{kind}: {shown}");
        let width = 10.0 * 0.6 * 13.0;
        let xs = category_xs(&root);
        assert!(
            xs.windows(2).all(|w| w[1] - w[0] >= width),
            "{kind}: {xs:?}"
        );
        assert_eq!(labels.children[0].text, "Comune 001");
    }
    // Few categories: all of them.
    assert_eq!(
        category_xs(&draw(ChartKind::Bar, &sample(), Lang::It)).len(),
        4
    );
}

#[test]
fn rankings_sort_cap_and_take_their_height() {
    let names: Vec<String> = (0..30).map(|i| format!("C{i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut values: Vec<Option<f64>> = (0..30).map(|i| Some(f64::from(i % 7) * 10.0)).collect();
    values[3] = None;
    let data = data(&refs, vec![series("", &values)]);
    let mut options = Options {
        height: 100,
        ..Options::default()
    };
    let svg = render(ChartKind::Ranking, &data, &LABELS, &options).expect("renders");
    let root = parse(&svg);
    let bars = root.with_class("chart-mark");
    assert_eq!(bars.len(), 20);
    let values: Vec<f64> = bars
        .iter()
        .map(|b| {
            let t = b.title().expect("a title");
            t.rsplit(": ")
                .next()
                .expect("a value")
                .parse()
                .expect("a number")
        })
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    assert_eq!(values[0], 60.0);
    // An unnamed series: the tooltip is the category and the value.
    assert_eq!(bars[0].title(), Some("C6: 60"));
    // A header row, 28 pixels per bar, and the margins.
    let expected = 8.0 + 13.0 + 8.0 + 20.0 * 28.0 + 8.0;
    assert_eq!(
        root.attr("viewBox"),
        Some(format!("0 0 720 {expected}").as_str())
    );
    // With room for every row, the missing value is the last.
    options.max_ranking_bars = 100;
    let svg = render(ChartKind::Ranking, &data, &LABELS, &options).expect("renders");
    let root = parse(&svg);
    assert_eq!(root.with_class("chart-mark").len(), 29);
    let names = root.class("chart-names");
    assert_eq!(names.children.last().map(|t| t.text.as_str()), Some("C3"));
}

#[test]
fn long_lines_are_one_path_each_without_markers() {
    let n = 10_000;
    let categories: Vec<String> = (0..n).map(|i| format!("t{i}")).collect();
    let refs: Vec<&str> = categories.iter().map(String::as_str).collect();
    let wave = |k: f64| -> Vec<Option<f64>> {
        (0..n)
            .map(|i| Some((f64::from(i) / 100.0 * k).sin() * 1000.0))
            .collect()
    };
    let data = data(
        &refs,
        vec![series("a", &wave(1.0)), series("b", &wave(2.0))],
    );
    assert!(omits_point_marks(ChartKind::Line, &data));
    assert!(!omits_point_marks(ChartKind::Line, &sample()));
    let labels = Labels {
        many_points: "Ogni linea ha 10.000 punti.",
        ..LABELS
    };
    let svg = render(ChartKind::Line, &data, &labels, &Options::default()).expect("renders");
    let root = parse(&svg);
    let lines = root.with_class("chart-line");
    assert_eq!(lines.len(), 2);
    for line in lines {
        let d = line.attr("d").expect("path data");
        assert_eq!(path_points(d).len(), n as usize);
        assert_eq!(d.matches('M').count(), 1);
        // One decimal at most.
        assert!(
            d.split([' ', 'M', 'L'])
                .all(|t| t.split('.').nth(1).is_none_or(|f| f.len() == 1))
        );
    }
    assert!(root.with_class("chart-mark").is_empty());
    assert!(root.with_class("chart-columns").is_empty());
    assert_eq!(
        root.children[1].text,
        "Abitanti per anno. Ogni linea ha 10.000 punti."
    );
}

#[test]
fn gaps_break_lines() {
    let data = data(
        &["1", "2", "3", "4", "5", "6"],
        vec![series(
            "s",
            &[Some(1.0), None, Some(3.0), Some(4.0), None, Some(6.0)],
        )],
    );
    let root = draw(ChartKind::Line, &data, Lang::En);
    let d = root.class("chart-line").attr("d").expect("path data");
    assert_eq!(d.matches('M').count(), 3, "{d}");
    assert_eq!(d.matches("h0").count(), 2, "lone points drawn as dots: {d}");
    assert_eq!(path_points(d).len(), 4);
    assert_eq!(root.with_class("chart-mark").len(), 4);
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    for (kind, data) in every_chart() {
        for lang in Lang::ALL {
            let a = render(kind, &data, &LABELS, &options(lang));
            let b = render(kind, &data, &LABELS, &options(lang));
            assert_eq!(a, b);
        }
    }
}

#[test]
fn charts_that_cannot_be_drawn() {
    let ok = sample();
    let cases: Vec<(ChartKind, ChartData, ChartError)> = vec![
        (ChartKind::Line, ChartData::default(), ChartError::NoData),
        (
            ChartKind::Bar,
            data(&["a"], vec![series("s", &[None])]),
            ChartError::NoData,
        ),
        (
            ChartKind::Bar,
            data(&["a"], vec![series("s", &[Some(f64::NAN)])]),
            ChartError::NoData,
        ),
        (
            ChartKind::Line,
            data(&["a"], vec![series("s", &[Some(1.0)]); 13]),
            ChartError::TooManySeries,
        ),
        (
            ChartKind::Line,
            ChartData {
                categories: vec![String::new(); 50_001],
                series: vec![series("s", &vec![Some(1.0); 50_001]); 2],
            },
            ChartError::TooManyPoints,
        ),
        (
            ChartKind::Bar,
            ChartData {
                categories: vec![String::new(); 301],
                series: vec![series("s", &vec![Some(1.0); 301])],
            },
            ChartError::TooManyCategories,
        ),
        (
            ChartKind::Line,
            data(&["a", "b"], vec![series("s", &[Some(1.0)])]),
            ChartError::SeriesLength,
        ),
        (ChartKind::Ranking, ok.clone(), ChartError::RankingSeries),
    ];
    for (kind, data, error) in cases {
        assert_eq!(
            render(kind, &data, &LABELS, &Options::default()),
            Err(error),
            "{error}"
        );
        assert!(error.message().starts_with("chart-error-"));
    }
    // 10,000 points on each of ten lines is within the limit.
    let ten = ChartData {
        categories: vec![String::new(); 10_000],
        series: vec![series("s", &vec![Some(1.0); 10_000]); 10],
    };
    assert!(render(ChartKind::Line, &ten, &LABELS, &Options::default()).is_ok());
}

#[test]
fn numbers_in_full() {
    let cases: &[(f64, Lang, u8, &str)] = &[
        (1_234_567.5, Lang::It, 1, "1.234.567,5"),
        (1_234_567.5, Lang::En, 1, "1,234,567.5"),
        (1_234_567.5, Lang::Fr, 1, "1\u{202f}234\u{202f}567,5"),
        (1_234_567.5, Lang::Ar, 1, "1\u{66c}234\u{66c}567\u{66b}5"),
        (1_234_567.5, Lang::It, 0, "1.234.568"),
        (999.0, Lang::It, 0, "999"),
        (1000.0, Lang::En, 2, "1,000.00"),
        (0.5, Lang::It, 2, "0,50"),
        (-1234.26, Lang::It, 1, "-1.234,3"),
        (-1234.0, Lang::Ar, 0, "\u{200e}-1\u{66c}234"),
        (-0.004, Lang::En, 2, "0.00"),
        (-0.0, Lang::En, 0, "0"),
        (12.0, Lang::Fr, 0, "12"),
        (123_456.0, Lang::Fr, 0, "123\u{202f}456"),
        (f64::NAN, Lang::It, 2, "–"),
        (f64::INFINITY, Lang::En, 0, "–"),
    ];
    for &(value, lang, decimals, expected) in cases {
        assert_eq!(
            format_number(value, lang, decimals),
            expected,
            "{value} {lang}"
        );
    }
}

#[test]
fn numbers_in_short() {
    let cases: &[(f64, Lang, &str)] = &[
        (12_000.0, Lang::It, "12.000"),
        (1_200_000.0, Lang::It, "1,2\u{a0}Mln"),
        (3_000_000_000.0, Lang::It, "3\u{a0}Mrd"),
        (12_000.0, Lang::En, "12K"),
        (1_200_000.0, Lang::En, "1.2M"),
        (1_250_000.0, Lang::En, "1.25M"),
        (999_999.0, Lang::En, "1M"),
        (-2_500.0, Lang::En, "-2.5K"),
        (850.0, Lang::En, "850"),
        (12_000.0, Lang::Fr, "12\u{a0}k"),
        (1_200_000.0, Lang::Fr, "1,2\u{a0}M"),
        (1_200_000.0, Lang::Ar, "1\u{66b}2\u{a0}مليون"),
        (0.0, Lang::It, "0"),
        (0.25, Lang::It, "0,25"),
        (0.0012, Lang::En, "0.0012"),
        (2.5, Lang::It, "2,5"),
        (f64::NAN, Lang::It, "–"),
    ];
    for &(value, lang, expected) in cases {
        assert_eq!(format_compact(value, lang), expected, "{value} {lang}");
    }
    // Tick labels keep the decimals their step needs.
    assert_eq!(format::format_tick(1.0, Lang::En, 0.25), "1");
    assert_eq!(format::format_tick(1.25, Lang::En, 0.25), "1.25");
    assert_eq!(format::format_tick(1.002, Lang::En, 0.001), "1.002");
    assert_eq!(format::format_tick(250_000.0, Lang::En, 250_000.0), "250K");
}

#[test]
fn ticks_are_round() {
    let cases: &[(f64, f64, usize, &[f64])] = &[
        (0.0, 97.0, 5, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        (0.0, 10.0, 6, &[0.0, 2.0, 4.0, 6.0, 8.0, 10.0]),
        (-3.0, 12.0, 6, &[-5.0, 0.0, 5.0, 10.0, 15.0]),
        (-3.0, 12.0, 4, &[-10.0, 0.0, 10.0, 20.0]),
        (95.0, 103.0, 5, &[94.0, 96.0, 98.0, 100.0, 102.0, 104.0]),
        (0.0, 0.3, 4, &[0.0, 0.1, 0.2, 0.3]),
        (0.0, 1.0, 3, &[0.0, 0.5, 1.0]),
        (0.0, 3_000_000.0, 5, &[0.0, 1e6, 2e6, 3e6]),
        (0.0, 0.0, 5, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (10.0, 0.0, 3, &[0.0, 5.0, 10.0]),
    ];
    for &(min, max, target, expected) in cases {
        assert_eq!(
            nice_ticks(min, max, target),
            expected,
            "{min}..{max} ({target})"
        );
    }
    assert!(nice_ticks(0.0, f64::NAN, 5).is_empty());
    assert!(nice_ticks(f64::NEG_INFINITY, 1.0, 5).is_empty());
    // Equal values get a range around them, with a tick at or below.
    let around = nice_ticks(50.0, 50.0, 5);
    assert!(around[0] <= 50.0 && *around.last().expect("ticks") >= 50.0);
    // Steps are 1, 2 or 5 times a power of ten.
    for (min, max) in [(0.0, 7.3), (-41.0, 980.0), (0.001, 0.0093), (1e9, 7e9)] {
        for target in 3..9 {
            let ticks = nice_ticks(min, max, target);
            let step = ticks[1] - ticks[0];
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!(
                [1.0, 2.0, 5.0].iter().any(|m| (mantissa - m).abs() < 1e-6),
                "{min}..{max}: {ticks:?}"
            );
            assert!(ticks[0] <= min && *ticks.last().expect("ticks") >= max);
        }
    }
}

#[test]
fn the_sequential_ramp_darkens_step_by_step() {
    for classes in SEQUENTIAL_CLASSES {
        let ramp = sequential(classes);
        assert_eq!(ramp.len(), classes);
        let luminance: Vec<f64> = ramp
            .iter()
            .map(|c| relative_luminance(c).expect("a colour"))
            .collect();
        assert!(
            luminance.windows(2).all(|w| w[0] > w[1] + 0.03),
            "{classes}: {luminance:?}"
        );
    }
    assert_eq!(sequential(1).len(), 3);
    assert_eq!(sequential(12).len(), 7);
}

#[test]
fn the_categorical_palette() {
    let distinct: std::collections::HashSet<_> = CATEGORICAL.iter().collect();
    assert_eq!(distinct.len(), 8);
    for c in CATEGORICAL {
        assert!(relative_luminance(c).is_some(), "{c}");
    }
    // The four colours used first stand out from white.
    for c in &CATEGORICAL[..4] {
        assert!(contrast_ratio(c, "#ffffff").expect("colours") >= 3.0, "{c}");
    }
    assert_eq!(relative_luminance("#000000"), Some(0.0));
    assert!((relative_luminance("#ffffff").expect("white") - 1.0).abs() < 1e-9);
    assert_eq!(relative_luminance("red"), None);
    assert_eq!(relative_luminance("#12345"), None);
}

#[test]
fn class_breaks_split_values_evenly() {
    let values: Vec<f64> = (1..=100).map(f64::from).collect();
    assert_eq!(class_breaks(&values, 4), [1.0, 26.0, 51.0, 75.0, 100.0]);
    assert_eq!(class_breaks(&values, 1), [1.0, 100.0]);
    // Rounded to two significant digits of the range.
    let rates = [0.123, 0.456, 0.789, 0.912, 0.345, 0.678];
    let breaks = class_breaks(&rates, 3);
    assert_eq!(breaks, [0.12, 0.42, 0.72, 0.92]);
    // Ties collapse into fewer classes.
    let skewed = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 5.0];
    let breaks = class_breaks(&skewed, 4);
    assert!(breaks.windows(2).all(|w| w[0] < w[1]), "{breaks:?}");
    assert_eq!(breaks.first(), Some(&0.0));
    assert_eq!(breaks.last(), Some(&5.0));
    assert!(breaks.len() < 5);
    assert_eq!(class_breaks(&[3.0, 3.0], 5), [3.0]);
    assert!(class_breaks(&[f64::NAN], 5).is_empty());
    assert!(class_breaks(&[], 5).is_empty());
    // Every value falls in a class.
    let breaks = class_breaks(&values, 5);
    for v in &values {
        let class = class_of(*v, &breaks).expect("in range");
        assert!(breaks[class] <= *v && *v <= breaks[class + 1]);
    }
    assert_eq!(class_of(100.0, &breaks), Some(breaks.len() - 2));
    assert_eq!(class_of(0.0, &breaks), None);
    assert_eq!(class_of(5.0, &[5.0]), None);
}

#[test]
fn chart_kinds_by_name() {
    for kind in ChartKind::ALL {
        assert_eq!(kind.as_str().parse::<ChartKind>(), Ok(kind));
        let json = serde_json::to_string(&kind).expect("serialises");
        assert_eq!(json, format!("\"{}\"", kind.as_str()));
        assert_eq!(serde_json::from_str::<ChartKind>(&json).ok(), Some(kind));
        assert!(kind.label_key().starts_with("chart-kind-"));
    }
    assert_eq!(
        "stacked_bar".parse::<ChartKind>(),
        Ok(ChartKind::StackedBar)
    );
    assert_eq!(
        "pie".parse::<ChartKind>(),
        Err(UnknownChartKind("pie".into()))
    );
    assert_eq!(Lang::from_code("ar").map(Lang::is_rtl), Some(true));
}
