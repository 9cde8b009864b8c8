//! Server-rendered SVG maps of the province: the 187 comuni from the
//! shipped ISTAT/openpolis boundaries, an optional highlighted comune, and
//! markers (services) that link to their pages, grouped where they would
//! overlap.
//!
//! The SVG goes into templates as pre-escaped HTML. All the text a reader
//! sees or hears (title, description, marker and cluster names) comes from
//! the caller, already translated; this module escapes it. Pages that show
//! a map also show the boundaries' attribution, "Confini: ISTAT, openpolis
//! (CC BY 4.0)" in the reader's language (see `data/SOURCES.md`).
//!
//! The parsed topology and the comuni layer of each map size are built
//! once and kept: only the markers are drawn per request.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use agoral_domain::geo::{Frame, Topology, cluster};

const TOPOJSON: &str = include_str!("../../../data/reference/comuni_AL_limits.topo.json");

static TOPOLOGY: LazyLock<Topology> = LazyLock::new(|| {
    Topology::parse(TOPOJSON).expect("the shipped comuni boundaries are valid TopoJSON")
});

static LABEL_POINTS: LazyLock<HashMap<String, (f64, f64)>> = LazyLock::new(|| {
    TOPOLOGY
        .areas()
        .iter()
        .filter_map(|a| Some((a.code.clone(), TOPOLOGY.label_point(&a.code)?)))
        .collect()
});

/// Base layers by (width, height): a handful of sizes are used by the
/// templates, so the cache stays small; past this many, sizes are drawn
/// without being kept.
const MAX_CACHED_SIZES: usize = 16;

/// Map width and height in pixels.
type Size = (u32, u32);

static BASE_LAYERS: LazyLock<Mutex<HashMap<Size, Arc<BaseLayer>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

// Colours, chosen to read in greyscale too: light comuni with mid-grey
// borders (4.1:1 against the fill), a darker highlighted comune (3.4:1
// against its neighbours) with a dark edge, and dark markers (7:1 on the
// light fill) ringed in white, which sets them off the highlight (3.8:1).
const FILL: &str = "#f4f4f4";
const BORDER: &str = "#767676";
const OUTLINE: &str = "#222";
const HIGHLIGHT_FILL: &str = "#5b87b5";
const HIGHLIGHT_EDGE: &str = "#102a43";
const MARKER: &str = "#a4161a";
const MARKER_RING: &str = "#fff";

/// The province's comuni, parsed once from the shipped boundaries.
pub fn topology() -> &'static Topology {
    &TOPOLOGY
}

/// A point inside the comune to place a marker whose exact position is
/// unknown (see [`Marker::approximate`]), as `(lon, lat)`.
pub fn comune_label_point(code: &str) -> Option<(f64, f64)> {
    LABEL_POINTS.get(code).copied()
}

/// The ISTAT code of the comune the point lies in: a service whose
/// coordinates fall outside its own comune deserves a warning.
pub fn comune_at(lon: f64, lat: f64) -> Option<&'static str> {
    TOPOLOGY.area_at(lon, lat)
}

/// A place to mark on the map: a link to its page.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub lon: f64,
    pub lat: f64,
    pub href: String,
    /// The link's accessible name, such as the service's name.
    pub label: String,
    /// Placed at the comune's label point because the exact place is not
    /// known: drawn as a hollow circle.
    pub approximate: bool,
}

/// What a group of markers links to and is called, given by the caller
/// (for example "12 servizi", linking to the list filtered by comune).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterLink {
    /// `None` draws the group without a link.
    pub href: Option<String>,
    pub label: String,
}

/// How to draw a map.
pub struct MapOptions<'a> {
    /// Prefixes the SVG's ids, so that two maps on one page do not clash.
    /// Characters other than ASCII letters, digits, `-` and `_` become `-`.
    pub id_prefix: &'a str,
    /// The width of the view box, in pixels at its natural size.
    pub width: u32,
    /// The height of the view box; `None` fits the province's shape.
    pub height: Option<u32>,
    /// The map's accessible name.
    pub title: &'a str,
    /// The map's description: what it shows, for readers who cannot see it.
    pub desc: &'a str,
    /// A comune (ISTAT code) drawn highlighted, such as a service's own.
    pub highlight: Option<&'a str>,
    /// Markers closer than this (view-box pixels) are grouped; `None`
    /// derives it from the marker size.
    pub cluster_radius: Option<f64>,
    /// Names a group of markers from their indices in the marker slice.
    pub cluster_link: &'a dyn Fn(&[usize]) -> ClusterLink,
}

/// The comuni drawn for one map size.
struct BaseLayer {
    frame: Frame,
    width: u32,
    height: u32,
    /// The comuni group and the province outline, ready to paste.
    svg: String,
    /// Path data of each comune, for the highlight.
    paths: HashMap<String, String>,
}

/// Sizes that follow from the map's width: markers readable at the width
/// the map is drawn at, and lines thin enough for 187 comuni.
struct Scale {
    marker: f64,
    border: f64,
    outline: f64,
    padding: f64,
}

impl Scale {
    fn for_width(width: u32) -> Scale {
        let width = f64::from(width);
        let marker = (width / 100.0).clamp(4.0, 8.0);
        Scale {
            marker,
            border: (width / 1200.0).clamp(0.3, 1.0),
            outline: (width / 500.0).clamp(0.8, 2.0),
            // Room for a marker (and a small group) on the province's edge.
            padding: marker * 1.6 + 2.0,
        }
    }
}

/// The SVG of the province map: the comuni, the highlighted one if any,
/// and the markers, grouped where they would overlap. Markers whose
/// position falls outside the map (a regional office in Turin) are left
/// out; the page lists them anyway.
pub fn province_map(options: &MapOptions<'_>, markers: &[Marker]) -> String {
    let base = base_layer(options.width.max(1), options.height);
    let scale = Scale::for_width(base.width);
    let prefix = id_prefix(options.id_prefix);
    let mut svg = String::with_capacity(base.svg.len() + 512 + markers.len() * 160);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="agoral-map" viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc"><title id="{prefix}-title">{title}</title><desc id="{prefix}-desc">{desc}</desc>"#,
        w = base.width,
        h = base.height,
        title = escape(options.title),
        desc = escape(options.desc),
    );
    svg.push_str(&base.svg);

    if let Some((d, area)) = options
        .highlight
        .and_then(|code| Some((base.paths.get(code)?, TOPOLOGY.area(code)?)))
    {
        let _ = write!(
            svg,
            r#"<path class="agoral-map-highlight" d="{d}" fill="{HIGHLIGHT_FILL}" fill-rule="evenodd" stroke="{HIGHLIGHT_EDGE}" stroke-width="{}" stroke-linejoin="round"><title>{}</title></path>"#,
            num(scale.outline * 1.5),
            escape(&area.name),
        );
    }

    draw_markers(&mut svg, &base.frame, &scale, options, markers);
    svg.push_str("</svg>");
    svg
}

fn draw_markers(
    svg: &mut String,
    frame: &Frame,
    scale: &Scale,
    options: &MapOptions<'_>,
    markers: &[Marker],
) {
    let points: Vec<(usize, f64, f64)> = markers
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let (x, y) = frame.project(m.lon, m.lat);
            (x.is_finite() && y.is_finite() && frame.contains(x, y)).then_some((i, x, y))
        })
        .collect();
    if points.is_empty() {
        return;
    }
    let radius = options.cluster_radius.unwrap_or(scale.marker * 3.5);
    let r = scale.marker;
    let _ = write!(
        svg,
        r#"<g class="agoral-map-markers" stroke-width="{}" font-family="system-ui,sans-serif" font-weight="700" text-anchor="middle">"#,
        num(r / 3.5),
    );
    for group in cluster(&points, radius) {
        let (x, y) = (num(group.x), num(group.y));
        let hollow = group.members.iter().all(|&i| markers[i].approximate);
        let (fill, ring) = if hollow {
            (MARKER_RING, MARKER)
        } else {
            (MARKER, MARKER_RING)
        };
        let (href, label, shape) = if let [only] = group.members[..] {
            let marker = &markers[only];
            let shape = format!(
                r#"<circle cx="{x}" cy="{y}" r="{}" fill="{fill}" stroke="{ring}"/>"#,
                num(r)
            );
            (Some(marker.href.clone()), marker.label.clone(), shape)
        } else {
            let link = (options.cluster_link)(&group.members);
            let count = group.members.len();
            // Bigger groups get a slightly bigger disc, and the number
            // shrinks as it gains digits so it stays inside.
            #[allow(clippy::cast_precision_loss)]
            let disc = r * (1.5 + 0.25 * (count as f64).ln()).min(2.5);
            let font = disc
                * if count < 10 {
                    1.1
                } else if count < 100 {
                    0.95
                } else {
                    0.75
                };
            let shape = format!(
                r#"<circle cx="{x}" cy="{y}" r="{}" fill="{fill}" stroke="{ring}"/><text x="{x}" y="{y}" dy=".35em" font-size="{}" fill="{ring}" stroke="none" aria-hidden="true">{count}</text>"#,
                num(disc),
                num(font),
            );
            (link.href, link.label, shape)
        };
        match href.as_deref().filter(|h| safe_href(h)) {
            Some(href) => {
                let _ = write!(
                    svg,
                    r#"<a href="{}"><title>{}</title>{shape}</a>"#,
                    escape(href),
                    escape(&label)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<g role="img"><title>{}</title>{shape}</g>"#,
                    escape(&label)
                );
            }
        }
    }
    svg.push_str("</g>");
}

/// The comuni layer for a size, from the cache or drawn now.
fn base_layer(width: u32, height: Option<u32>) -> Arc<BaseLayer> {
    let scale = Scale::for_width(width);
    let bbox = TOPOLOGY.bbox();
    let height = height.unwrap_or_else(|| {
        // A height in whole pixels; maps are at most a few thousand wide.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let h = Frame::height_for(bbox, f64::from(width), scale.padding).round() as u32;
        h.max(1)
    });
    let key = (width, height);
    let mut cache = BASE_LAYERS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(base) = cache.get(&key) {
        return Arc::clone(base);
    }
    let base = Arc::new(draw_base(width, height, &scale));
    if cache.len() < MAX_CACHED_SIZES {
        cache.insert(key, Arc::clone(&base));
    }
    base
}

fn draw_base(width: u32, height: u32, scale: &Scale) -> BaseLayer {
    let frame = Frame::fit(
        TOPOLOGY.bbox(),
        f64::from(width),
        f64::from(height),
        scale.padding,
    );
    // One decimal keeps borders smooth on a large map; on a small one whole
    // pixels are finer than anyone can see and save a third of the bytes.
    let decimals = if width >= 400 { 1 } else { 0 };
    let drawing = TOPOLOGY.draw(&frame, 1.0, decimals);
    let paths = drawing.paths();
    let mut svg = String::with_capacity(48 * 1024);
    // The comuni are hidden from assistive technology: 187 unlabelled
    // shapes would stand between a screen-reader user and the markers,
    // and the names still show as tooltips.
    let _ = write!(
        svg,
        r#"<g class="agoral-map-comuni" fill="{FILL}" fill-rule="evenodd" stroke="{BORDER}" stroke-width="{}" stroke-linejoin="round" aria-hidden="true">"#,
        num(scale.border)
    );
    for path in &paths {
        let _ = write!(
            svg,
            r#"<path d="{}"><title>{}</title></path>"#,
            path.d,
            escape(&path.name)
        );
    }
    let _ = write!(
        svg,
        r#"</g><path class="agoral-map-outline" d="{}" fill="none" stroke="{OUTLINE}" stroke-width="{}" stroke-linejoin="round" aria-hidden="true"/>"#,
        drawing.outline(),
        num(scale.outline)
    );
    BaseLayer {
        frame,
        width,
        height,
        svg,
        paths: paths.into_iter().map(|p| (p.code, p.d)).collect(),
    }
}

/// A choropleth's classes: their fill colours (light to dark) and the
/// legend's text for each, already formatted for the reader.
pub struct Classes<'a> {
    pub colours: &'a [&'a str],
    pub labels: &'a [String],
    /// The legend's heading and the text of "no data".
    pub heading: &'a str,
    pub no_data: &'a str,
}

/// One comune's value on a choropleth.
pub struct Shade {
    /// Index into the classes; `None` for no data.
    pub class: Option<usize>,
    /// "Acqui Terme: 1.234" as the tooltip reads.
    pub label: String,
    /// The comune's page.
    pub href: String,
}

/// The choropleth of the province: each comune filled by its class, with
/// its name and value as a title and a link to its page, and a legend of
/// the classes. Not `role="img"`: it holds links, which an image may not. Comuni without data are hatched, not left blank, so that
/// "no data" is told apart from the lightest class in greyscale too.
pub fn choropleth(
    options: &MapOptions<'_>,
    shades: &HashMap<String, Shade>,
    classes: &Classes<'_>,
    rtl: bool,
) -> String {
    let base = base_layer(options.width.max(1), options.height);
    let scale = Scale::for_width(base.width);
    let prefix = id_prefix(options.id_prefix);
    let legend_rows = classes.labels.len() + 1;
    let legend_height = 24 + legend_rows as u32 * 22;
    let height = base.height + legend_height;
    let mut svg = String::with_capacity(base.svg.len() * 2 + 4096);
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="agoral-map agoral-choropleth" viewBox="0 0 {w} {height}" width="100%" aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc"><title id="{prefix}-title">{title}</title><desc id="{prefix}-desc">{desc}</desc><defs><pattern id="{prefix}-none" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#949494" stroke-width="1.5"/></pattern></defs>"##,
        w = base.width,
        title = escape(options.title),
        desc = escape(options.desc),
    );
    let _ = write!(
        svg,
        r##"<g class="agoral-map-comuni" fill-rule="evenodd" stroke="{BORDER}" stroke-width="{}" stroke-linejoin="round">"##,
        num(scale.border)
    );
    let mut codes: Vec<&String> = base.paths.keys().collect();
    codes.sort();
    for code in codes {
        let d = &base.paths[code];
        let name = TOPOLOGY.area(code).map(|a| a.name.as_str()).unwrap_or(code);
        let shade = shades.get(code.as_str());
        let fill = match shade.and_then(|s| s.class) {
            Some(class) => classes
                .colours
                .get(class)
                .copied()
                .unwrap_or(FILL)
                .to_owned(),
            None => format!("url(#{prefix}-none)"),
        };
        let label = shade
            .map(|s| s.label.clone())
            .unwrap_or_else(|| format!("{name}: {}", classes.no_data));
        match shade.filter(|s| safe_href(&s.href)) {
            Some(s) => {
                let _ = write!(
                    svg,
                    r##"<a href="{}"><path d="{d}" fill="{fill}"><title>{}</title></path></a>"##,
                    escape(&s.href),
                    escape(&label)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r##"<path d="{d}" fill="{fill}"><title>{}</title></path>"##,
                    escape(&label)
                );
            }
        }
    }
    svg.push_str("</g>");
    // The outline only (the comuni are drawn above with their fills).
    if let Some(i) = base.svg.find(r#"<path class="agoral-map-outline""#) {
        svg.push_str(&base.svg[i..]);
    }
    // The legend, under the map, from the reading side.
    let top = base.height + 8;
    // Right to left, "start" is the right-hand end of the text.
    let (x_box, x_text, anchor) = if rtl {
        (base.width - 26, base.width - 32, "start")
    } else {
        (10, 32, "start")
    };
    let _ = write!(
        svg,
        r##"<g class="agoral-map-legend" font-family="system-ui, sans-serif" font-size="14" fill="#1a1a1a"><text x="{}" y="{}" text-anchor="{anchor}" font-weight="600"{dir}>{}</text>"##,
        if rtl { base.width - 10 } else { 10 },
        top + 12,
        escape(classes.heading),
        dir = if rtl { r#" direction="rtl""# } else { "" },
    );
    let rows = classes
        .colours
        .iter()
        .zip(classes.labels)
        .map(|(c, l)| ((*c).to_owned(), l.as_str()))
        .chain(std::iter::once((
            format!("url(#{prefix}-none)"),
            classes.no_data,
        )));
    for (n, (fill, label)) in rows.enumerate() {
        let y = top + 22 + n as u32 * 22;
        let _ = write!(
            svg,
            r##"<rect x="{x_box}" y="{y}" width="16" height="16" fill="{fill}" stroke="{BORDER}"/><text x="{x_text}" y="{}" text-anchor="{anchor}"{dir}>{}</text>"##,
            y + 13,
            escape(label),
            dir = if rtl { r#" direction="rtl""# } else { "" },
        );
    }
    svg.push_str("</g></svg>");
    svg
}

/// A number with at most one decimal and no trailing `.0`.
fn num(value: f64) -> String {
    let text = format!("{value:.1}");
    match text.strip_suffix(".0") {
        Some("-0") => "0".to_owned(),
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

fn id_prefix(prefix: &str) -> String {
    let clean: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean.is_empty() {
        "map".to_owned()
    } else {
        clean
    }
}

/// Text for XML content or a quoted attribute: the five special characters
/// escaped, and the control characters XML 1.0 forbids dropped (they would
/// make the document unreadable to an XML parser).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a link target is safe to put in `href`: a relative address, or
/// one with the scheme http, https, mailto or tel (never `javascript:`).
fn safe_href(href: &str) -> bool {
    let href = href.trim();
    match href.find([':', '/', '?', '#']) {
        Some(i) if href[i..].starts_with(':') => {
            let scheme = href[..i].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_choropleth_fills_every_comune_links_it_and_hatches_missing_data() {
        let codes: Vec<String> = topology().areas().iter().map(|a| a.code.clone()).collect();
        let mut shades = HashMap::new();
        for (i, code) in codes.iter().enumerate().skip(1) {
            shades.insert(
                code.clone(),
                Shade {
                    class: Some(i % 3),
                    label: format!("<b>{code}</b>: {i}"),
                    href: format!("/comuni/{code}"),
                },
            );
        }
        let link = |_: &[usize]| ClusterLink {
            href: None,
            label: String::new(),
        };
        let options = MapOptions {
            id_prefix: "c",
            width: 640,
            height: None,
            title: "Titolo & prova",
            desc: "Descrizione",
            highlight: None,
            cluster_radius: None,
            cluster_link: &link,
        };
        let labels = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        let classes = Classes {
            colours: &["#eff3ff", "#6baed6", "#08519c"],
            labels: &labels,
            heading: "Residenti",
            no_data: "n.d.",
        };
        let svg = choropleth(&options, &shades, &classes, false);
        assert_eq!(
            svg.matches("<a href=\"/comuni/006").count(),
            codes.len() - 1
        );
        assert_eq!(
            svg.matches("url(#c-none)").count(),
            2,
            "one comune and the legend"
        );
        assert!(svg.contains("Titolo &amp; prova"));
        assert!(svg.contains("&lt;b&gt;"), "labels are escaped");
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("text-anchor=\"start\""));
        let rtl = choropleth(&options, &shades, &classes, true);
        assert!(rtl.contains("direction=\"rtl\""));
        assert!(
            rtl.contains("text-anchor=\"start\""),
            "start is the right-hand end in RTL"
        );
    }

    use super::*;

    fn cluster_link(members: &[usize]) -> ClusterLink {
        ClusterLink {
            href: Some(format!("/servizi?gruppo={}", members.len())),
            label: format!("{} servizi", members.len()),
        }
    }

    fn options<'a>(prefix: &'a str, width: u32) -> MapOptions<'a> {
        MapOptions {
            id_prefix: prefix,
            width,
            height: None,
            title: "Mappa dei servizi",
            desc: "I servizi della provincia di Alessandria, per comune.",
            highlight: None,
            cluster_radius: None,
            cluster_link: &cluster_link,
        }
    }

    fn marker(lon: f64, lat: f64, label: &str) -> Marker {
        Marker {
            lon,
            lat,
            href: format!("/servizi/{}", label.len()),
            label: label.to_owned(),
            approximate: false,
        }
    }

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}\n{svg}"))
    }

    /// The text of an element's `<title>` child.
    fn title_of<'a>(node: &roxmltree::Node<'a, '_>) -> Option<&'a str> {
        node.children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
    }

    fn links<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<roxmltree::Node<'a, 'a>> {
        doc.descendants().filter(|n| n.has_tag_name("a")).collect()
    }

    #[test]
    fn the_province_map_is_accessible_xml() {
        let markers = [
            marker(8.6153, 44.9129, "Sportello"),
            marker(8.468, 44.676, "Consultorio"),
        ];
        let svg = province_map(&options("servizi", 640), &markers);
        let doc = parse(&svg);
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("class"), Some("agoral-map"));
        assert_eq!(root.attribute("aria-labelledby"), Some("servizi-title"));
        assert_eq!(root.attribute("aria-describedby"), Some("servizi-desc"));
        assert_eq!(root.attribute("role"), None);
        let view_box = root.attribute("viewBox").expect("a view box");
        assert!(view_box.starts_with("0 0 640 "), "{view_box}");
        let title = doc
            .descendants()
            .find(|n| n.attribute("id") == Some("servizi-title"))
            .expect("the title");
        assert_eq!(title.text(), Some("Mappa dei servizi"));
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("desc") && n.attribute("id") == Some("servizi-desc"))
        );

        let comuni: Vec<_> = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("path")
                    && n.parent().and_then(|p| p.attribute("class")) == Some("agoral-map-comuni")
            })
            .collect();
        assert_eq!(comuni.len(), 187);
        assert!(comuni.iter().any(|p| title_of(p) == Some("Alessandria")));
        assert!(
            comuni
                .iter()
                .any(|p| title_of(p) == Some("Montechiaro d'Acqui"))
        );

        let links = links(&doc);
        assert_eq!(links.len(), 2);
        let names: Vec<_> = links.iter().filter_map(title_of).collect();
        assert!(names.contains(&"Sportello") && names.contains(&"Consultorio"));
        for link in &links {
            assert!(
                link.attribute("href")
                    .is_some_and(|h| h.starts_with("/servizi/"))
            );
            assert!(link.children().any(|c| c.has_tag_name("circle")));
        }
    }

    #[test]
    fn hostile_text_is_escaped() {
        let hostile = r#"<script>alert("x")</script> & 'quoted' "double" ]]> "#;
        let markers = [Marker {
            href: "/servizi/1?a=1&b=\"2\"".into(),
            ..marker(8.6153, 44.9129, hostile)
        }];
        let opts = MapOptions {
            title: hostile,
            desc: "control \u{1} character and \u{FFFF}",
            id_prefix: "m\" onload=\"x",
            ..options("", 640)
        };
        let svg = province_map(&opts, &markers);
        assert!(!svg.contains("<script"), "unescaped markup");
        assert!(!svg.contains("onload=\""), "an attribute broke out");
        let doc = parse(&svg);
        let root = doc.root_element();
        assert_eq!(
            root.attribute("aria-labelledby"),
            Some("m--onload--x-title")
        );
        let title = root
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|t| t.text());
        assert_eq!(title, Some(hostile));
        let link = links(&doc).pop().expect("the marker's link");
        assert_eq!(title_of(&link), Some(hostile));
        assert_eq!(link.attribute("href"), Some("/servizi/1?a=1&b=\"2\""));
        let desc = root
            .children()
            .find(|n| n.has_tag_name("desc"))
            .and_then(|t| t.text());
        assert_eq!(desc, Some("control  character and "));
    }

    #[test]
    fn unsafe_links_are_not_linked() {
        for href in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\nscript:x",
            "data:text/html,x",
            "\u{1}javascript:x",
        ] {
            assert!(!safe_href(href), "{href:?}");
        }
        for href in [
            "/servizi/1",
            "servizi/1",
            "?comune=006003",
            "#mappa",
            "https://example.org/a:b",
            "tel:+390131",
            "/a?b=c:d",
        ] {
            assert!(safe_href(href), "{href:?}");
        }
        let markers = [Marker {
            href: "javascript:alert(1)".into(),
            ..marker(8.6153, 44.9129, "Sportello")
        }];
        let svg = province_map(&options("m", 640), &markers);
        let doc = parse(&svg);
        assert!(links(&doc).is_empty());
        let group = doc
            .descendants()
            .find(|n| n.attribute("role") == Some("img"))
            .expect("the marker, unlinked");
        assert_eq!(title_of(&group), Some("Sportello"));
        assert!(!svg.contains("javascript"));
    }

    #[test]
    fn close_markers_are_grouped() {
        // Three services in the centre of Alessandria, one in Acqui Terme.
        let markers = [
            marker(8.6153, 44.9129, "Uno"),
            marker(8.6160, 44.9135, "Due"),
            marker(8.6140, 44.9120, "Tre"),
            marker(8.468, 44.676, "Quattro"),
        ];
        let svg = province_map(&options("g", 640), &markers);
        let doc = parse(&svg);
        let links = links(&doc);
        assert_eq!(links.len(), 2, "{svg}");
        let group = links
            .iter()
            .find(|l| title_of(l) == Some("3 servizi"))
            .expect("a group of three");
        assert_eq!(group.attribute("href"), Some("/servizi?gruppo=3"));
        let number = group
            .descendants()
            .find(|n| n.has_tag_name("text"))
            .expect("the count");
        assert_eq!(number.text(), Some("3"));
        assert_eq!(number.attribute("aria-hidden"), Some("true"));
        assert!(links.iter().any(|l| title_of(l) == Some("Quattro")));

        // With a tiny radius nothing is grouped.
        let apart = MapOptions {
            cluster_radius: Some(0.01),
            ..options("g", 640)
        };
        let svg = province_map(&apart, &markers);
        assert_eq!(super::tests::links(&parse(&svg)).len(), 4);
    }

    #[test]
    fn approximate_markers_are_hollow() {
        let (lon, lat) = comune_label_point("006001").expect("Acqui Terme");
        assert_eq!(comune_at(lon, lat), Some("006001"));
        let markers = [
            Marker {
                approximate: true,
                ..marker(lon, lat, "Somewhere in Acqui")
            },
            marker(8.6153, 44.9129, "Exact"),
        ];
        let svg = province_map(&options("a", 640), &markers);
        let doc = parse(&svg);
        let fill_of = |name: &str| {
            links(&doc)
                .iter()
                .find(|l| title_of(l) == Some(name))
                .and_then(|l| l.children().find(|c| c.has_tag_name("circle")))
                .and_then(|c| c.attribute("fill"))
                .map(str::to_owned)
        };
        assert_eq!(fill_of("Somewhere in Acqui").as_deref(), Some(MARKER_RING));
        assert_eq!(fill_of("Exact").as_deref(), Some(MARKER));
    }

    #[test]
    fn markers_outside_the_map_are_left_out() {
        let markers = [
            marker(7.69, 45.07, "Torino"),
            marker(f64::NAN, 45.0, "Nowhere"),
        ];
        let svg = province_map(&options("o", 640), &markers);
        let doc = parse(&svg);
        assert!(links(&doc).is_empty());
        assert!(
            !doc.descendants()
                .any(|n| n.attribute("class") == Some("agoral-map-markers"))
        );
    }

    #[test]
    fn the_highlighted_comune_is_drawn_on_top() {
        let opts = MapOptions {
            highlight: Some("006039"),
            ..options("h", 240)
        };
        let svg = province_map(&opts, &[]);
        let doc = parse(&svg);
        let highlight = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("agoral-map-highlight"))
            .expect("the highlight");
        assert_eq!(title_of(&highlight), Some("Casale Monferrato"));
        assert_eq!(highlight.attribute("fill"), Some(HIGHLIGHT_FILL));
        // The same shape as the comune in the base layer, drawn after it.
        let base = doc
            .descendants()
            .find(|n| {
                n.has_tag_name("path")
                    && n.attribute("class").is_none()
                    && title_of(n) == Some("Casale Monferrato")
            })
            .expect("Casale in the base layer");
        assert_eq!(base.attribute("d"), highlight.attribute("d"));
        assert!(base.range().start < highlight.range().start);
        // Whole pixels on a small map.
        assert!(!highlight.attribute("d").unwrap_or_default().contains('.'));

        let unknown = MapOptions {
            highlight: Some("999999"),
            ..options("h", 240)
        };
        assert!(!province_map(&unknown, &[]).contains("agoral-map-highlight"));
    }

    #[test]
    fn two_maps_on_a_page_have_distinct_ids() {
        let a = province_map(&options("map-1", 640), &[]);
        let b = province_map(&options("map-2", 240), &[]);
        let ids = |svg: &str| -> Vec<String> {
            parse(svg)
                .descendants()
                .filter_map(|n| n.attribute("id").map(str::to_owned))
                .collect()
        };
        let (ids_a, ids_b) = (ids(&a), ids(&b));
        assert_eq!(ids_a, ["map-1-title", "map-1-desc"]);
        assert!(ids_a.iter().all(|id| !ids_b.contains(id)));
    }

    #[test]
    fn the_base_layer_is_cached_per_size() {
        let first = base_layer(500, None);
        let again = base_layer(500, None);
        assert!(Arc::ptr_eq(&first, &again));
        let other = base_layer(500, Some(300));
        assert!(!Arc::ptr_eq(&first, &other));
        assert_eq!((other.width, other.height), (500, 300));
    }

    #[test]
    fn the_full_province_map_is_small_and_quick() {
        let markers: Vec<Marker> = LABEL_POINTS
            .iter()
            .map(|(code, &(lon, lat))| Marker {
                approximate: true,
                ..marker(lon, lat, code)
            })
            .collect();
        // Timings for the record (unoptimised in a test build): parsing the
        // topology, drawing the comuni layer, and a map from the cache.
        let started = std::time::Instant::now();
        let parsed = Topology::parse(TOPOJSON).expect("parses");
        let parse_time = started.elapsed();
        let started = std::time::Instant::now();
        let base = draw_base(640, 600, &Scale::for_width(640));
        let base_time = started.elapsed();
        let cold = province_map(&options("full", 640), &[]);
        let started = std::time::Instant::now();
        let warm = province_map(&options("full", 640), &[]);
        let warm_time = started.elapsed();
        let started = std::time::Instant::now();
        let with_markers = province_map(&options("full", 640), &markers);
        let markers_time = started.elapsed();
        let small = province_map(&options("small", 240), &[]);
        println!(
            "parse {parse_time:?} ({} areas); comuni layer {base_time:?} ({} bytes); \
             640 px map {} bytes, from the cache in {warm_time:?}; \
             with {} markers {} bytes in {markers_time:?}; 240 px map {} bytes",
            parsed.areas().len(),
            base.svg.len(),
            cold.len(),
            markers.len(),
            with_markers.len(),
            small.len()
        );
        assert_eq!(cold, warm);
        assert!(cold.len() < 60 * 1024, "{} bytes", cold.len());
        assert!(small.len() < cold.len());
        parse(&with_markers);
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.26), "12.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-3.44), "-3.4");
    }
}
