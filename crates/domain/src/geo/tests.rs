//! Tests on the shipped boundaries of the province's comuni, and on small
//! hand-written topologies for decoding, errors and label points.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use serde_json::{Value, json};

use super::*;
use crate::comuni::parse_comuni_csv;

const TOPOJSON: &str = include_str!("../../../../data/reference/comuni_AL_limits.topo.json");
const COMUNI_CSV: &str = include_str!("../../../../data/reference/comuni_AL.csv");

static TOPOLOGY: LazyLock<Topology> =
    LazyLock::new(|| Topology::parse(TOPOJSON).expect("the shipped topology parses"));

fn frame(width: f64) -> Frame {
    let bbox = TOPOLOGY.bbox();
    Frame::fit(bbox, width, Frame::height_for(bbox, width, 4.0), 4.0)
}

/// The rings of path data as written by [`Drawing`] (`M`, `l`, `z`), as
/// absolute points in tenths of a pixel (exact for one-decimal paths).
fn path_rings(d: &str) -> Vec<Vec<(i64, i64)>> {
    let mut rings: Vec<Vec<(i64, i64)>> = Vec::new();
    let mut pen = (0, 0);
    let mut numbers: Vec<i64> = Vec::new();
    let mut command = ' ';
    let mut token = String::new();
    let tenths = |t: &str| (t.parse::<f64>().expect("a number") * 10.0).round() as i64;
    let apply = |command: char,
                 numbers: &mut Vec<i64>,
                 rings: &mut Vec<Vec<(i64, i64)>>,
                 pen: &mut (i64, i64)| {
        for pair in numbers.chunks_exact(2) {
            match command {
                'M' => {
                    *pen = (pair[0], pair[1]);
                    rings.push(vec![*pen]);
                }
                'l' => {
                    *pen = (pen.0 + pair[0], pen.1 + pair[1]);
                    rings.last_mut().expect("a subpath").push(*pen);
                }
                other => panic!("unexpected command {other:?}"),
            }
        }
        numbers.clear();
    };
    for c in d.chars().chain([' ']) {
        if (c == ' ' || c == '-' || c.is_ascii_alphabetic()) && !token.is_empty() {
            numbers.push(tenths(&token));
            token.clear();
        }
        match c {
            'M' | 'l' | 'z' => {
                apply(command, &mut numbers, &mut rings, &mut pen);
                command = c;
            }
            ' ' => {}
            c => token.push(c),
        }
    }
    apply(command, &mut numbers, &mut rings, &mut pen);
    rings
}

#[test]
fn the_187_comuni_match_the_reference_list() {
    let comuni = parse_comuni_csv(COMUNI_CSV).expect("the csv parses");
    let listed: BTreeSet<&str> = comuni.iter().map(|c| c.code.as_str()).collect();
    let drawn: BTreeSet<&str> = TOPOLOGY.areas().iter().map(|a| a.code.as_str()).collect();
    assert_eq!(TOPOLOGY.areas().len(), 187);
    assert_eq!(drawn, listed);
    for comune in &comuni {
        let area = TOPOLOGY.area(comune.code.as_str()).expect("every comune");
        assert_eq!(area.name, comune.name, "{}", comune.code);
    }
    let bbox = TOPOLOGY.bbox();
    assert!((bbox.min_lon - 8.1094).abs() < 1e-3 && (bbox.max_lat - 45.2045).abs() < 1e-3);
}

#[test]
fn multipolygons_and_holes_are_decoded() {
    let multi = TOPOLOGY
        .areas()
        .iter()
        .filter(|a| a.polygons.len() > 1)
        .count();
    assert_eq!(multi, 8);
    let cassine = TOPOLOGY.area("006043").expect("Cassine");
    assert_eq!(cassine.polygons.len(), 2);
    let with_hole = |polygons: &[Polygon]| -> Ring {
        let holed: Vec<&Polygon> = polygons.iter().filter(|p| p.len() == 2).collect();
        assert_eq!(holed.len(), 1, "one polygon with an exterior and a hole");
        holed[0][1].clone()
    };
    let sezzadio = TOPOLOGY.area("006161").expect("Sezzadio");
    let (sezzadio_hole, cassine_hole) =
        (with_hole(&sezzadio.polygons), with_hole(&cassine.polygons));
    // Sezzadio's hole is filled by a piece of Cassine: a point there is in
    // Cassine, and not in Sezzadio although inside Sezzadio's exterior.
    let hole = TOPOLOGY.ring_coords(&sezzadio_hole);
    let (lon, lat) = inside_point(&hole);
    assert_eq!(TOPOLOGY.area_at(lon, lat), Some("006043"));
    assert!(!TOPOLOGY.area_contains("006161", lon, lat));
    // And the hole in Cassine holds a piece of Rivalta Bormida.
    let hole = TOPOLOGY.ring_coords(&cassine_hole);
    let (lon, lat) = inside_point(&hole);
    assert_eq!(TOPOLOGY.area_at(lon, lat), Some("006144"));
}

/// A point inside a simple closed ring: the middle of the widest chord
/// across its middle latitude.
fn inside_point(ring: &[[f64; 2]]) -> (f64, f64) {
    let (lo, hi) = ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p[1]), hi.max(p[1]))
    });
    let lat = (lo + hi) / 2.0 + 1e-9;
    let mut xs: Vec<f64> = ring
        .windows(2)
        .filter(|w| (w[0][1] > lat) != (w[1][1] > lat))
        .map(|w| w[0][0] + (lat - w[0][1]) / (w[1][1] - w[0][1]) * (w[1][0] - w[0][0]))
        .collect();
    xs.sort_by(f64::total_cmp);
    let widest = xs
        .chunks_exact(2)
        .max_by(|a, b| (a[1] - a[0]).total_cmp(&(b[1] - b[0])))
        .expect("a chord");
    ((widest[0] + widest[1]) / 2.0, lat)
}

#[test]
fn known_places_fall_in_their_comune() {
    let cases = [
        ("Alessandria", 8.6153, 44.9129, Some("006003")),
        ("Acqui Terme", 8.468, 44.676, Some("006001")),
        ("Casale Monferrato", 8.452, 45.133, Some("006039")),
        ("Novi Ligure", 8.7872, 44.7613, Some("006114")),
        ("Tortona", 8.8650, 44.8953, Some("006174")),
        ("Turin", 7.69, 45.07, None),
        ("Genoa", 8.93, 44.41, None),
    ];
    for (place, lon, lat, expected) in cases {
        assert_eq!(TOPOLOGY.area_at(lon, lat), expected, "{place}");
    }
    assert!(TOPOLOGY.area_contains("006003", 8.6153, 44.9129));
    assert!(!TOPOLOGY.area_contains("006001", 8.6153, 44.9129));
    assert!(!TOPOLOGY.area_contains("999999", 8.6153, 44.9129));
}

#[test]
fn every_label_point_is_inside_its_comune() {
    let mut moved = Vec::new();
    for area in TOPOLOGY.areas() {
        let (lon, lat) = TOPOLOGY.label_point(&area.code).expect("a label point");
        assert!(
            TOPOLOGY.area_contains(&area.code, lon, lat),
            "{} {}: ({lon}, {lat})",
            area.code,
            area.name
        );
        assert_eq!(
            TOPOLOGY.area_at(lon, lat),
            Some(area.code.as_str()),
            "{}",
            area.name
        );
        if TOPOLOGY.centroid(&area.code) != Some((lon, lat)) {
            moved.push(area.name.as_str());
        }
    }
    // Most comuni are compact enough for their centroid to serve.
    assert!(
        moved.len() < 40,
        "label points moved off the centroid: {moved:?}"
    );
    let (lon, lat) = TOPOLOGY.centroid("006003").expect("a centroid");
    assert!(
        (lon - 8.6).abs() < 0.1 && (lat - 44.9).abs() < 0.1,
        "({lon}, {lat})"
    );
    assert_eq!(TOPOLOGY.label_point("000000"), None);
}

#[test]
fn projected_points_stay_in_the_view_box() {
    for width in [600.0, 240.0] {
        let frame = frame(width);
        for area in TOPOLOGY.areas() {
            for ring in area.polygons.iter().flatten() {
                for [lon, lat] in TOPOLOGY.ring_coords(ring) {
                    let (x, y) = frame.project(lon, lat);
                    // Inside the 4 px padding, give or take rounding.
                    let inner = 3.999..=width - 3.999;
                    assert!(inner.contains(&x), "{}: x = {x}", area.name);
                    assert!(
                        (3.999..=frame.height() - 3.999).contains(&y),
                        "{}: y = {y}",
                        area.name
                    );
                }
            }
        }
        for decimals in [0, 1] {
            for path in TOPOLOGY.draw(&frame, 1.0, decimals).paths() {
                for (x, y) in path_rings(&path.d).into_iter().flatten() {
                    let (x, y) = (x as f64 / 10.0, y as f64 / 10.0);
                    assert!(frame.contains(x, y), "{}: ({x}, {y})", path.name);
                }
            }
        }
    }
}

#[test]
fn simplification_shrinks_the_map_and_neighbours_keep_identical_borders() {
    let drawing = TOPOLOGY.draw(&frame(600.0), 1.0, 1);
    let (before, after) = (TOPOLOGY.point_count(), drawing.point_count());
    // The shipped boundaries are already simplified by openpolis, with
    // more detail than 600 px can show but not much more: at 1 px a tenth
    // of the points go (a sixth of those between arc ends, which always
    // stay), and a small map sheds far more.
    assert!(
        after * 100 < before * 95,
        "{before} points became {after} at 1 px on 600 px"
    );
    let small = TOPOLOGY.draw(&frame(240.0), 1.0, 0).point_count();
    assert!(
        small * 100 < before * 70,
        "{before} points became {small} at 1 px on 240 px"
    );

    let rings: HashMap<String, Vec<Vec<(i64, i64)>>> = drawing
        .paths()
        .into_iter()
        .map(|p| (p.code, path_rings(&p.d)))
        .collect();
    // Each arc as drawn (simplified and rounded once) appears as a run of
    // consecutive points, forwards or backwards, in the path of every
    // comune that uses it: neighbours draw their common border with the
    // very same points, so no slivers or gaps open between them.
    let mut used = HashSet::new();
    for area in TOPOLOGY.areas() {
        for r in area.polygons.iter().flatten().flatten() {
            used.insert(r.arc);
            let arc = &drawing.arcs[r.arc];
            let found = rings[&area.code].iter().any(|ring| has_run(ring, arc));
            assert!(found, "arc {} not drawn as such in {}", r.arc, area.name);
        }
    }
    let mut users: HashMap<usize, usize> = HashMap::new();
    for r in TOPOLOGY
        .areas()
        .iter()
        .flat_map(|a| a.polygons.iter().flatten().flatten())
    {
        *users.entry(r.arc).or_default() += 1;
    }
    let shared = users.values().filter(|&&n| n == 2).count();
    assert!(shared > 300, "{shared} shared arcs");
    assert!(users.values().all(|&n| n <= 2));
    assert_eq!(used.len(), TOPOLOGY.arc_count());

    // No comune collapses into a line.
    for (code, rings) in &rings {
        for ring in rings {
            let distinct: HashSet<_> = ring.iter().collect();
            assert!(distinct.len() >= 3, "{code}: {ring:?}");
        }
    }
}

/// Whether `run` (at least two points) appears in the closed `ring`, as
/// consecutive points in either direction.
fn has_run(ring: &[(i64, i64)], run: &[(i64, i64)]) -> bool {
    if run.len() < 2 {
        return true;
    }
    // The ring's last point joins its first: look in it twice over.
    let twice: Vec<(i64, i64)> = ring.iter().chain(ring).copied().collect();
    let reversed: Vec<(i64, i64)> = run.iter().rev().copied().collect();
    let closed = run.first() == run.last();
    let run = if closed { &run[..run.len() - 1] } else { run };
    let reversed = if closed {
        &reversed[..reversed.len() - 1]
    } else {
        &reversed[..]
    };
    twice.windows(run.len()).any(|w| w == run || w == reversed)
        || (closed && run.len() == ring.len())
}

#[test]
fn the_outline_is_the_province_border() {
    let frame = frame(600.0);
    let drawing = TOPOLOGY.draw(&frame, 1.0, 1);
    let outline = drawing.outline();
    let rings = path_rings(&outline);
    // The province is one piece: its border should come out as very few
    // lines (arcs follow on from each other around the rings).
    assert!(
        !rings.is_empty() && rings.len() < 40,
        "{} pieces",
        rings.len()
    );
    let outer: usize = rings.iter().map(Vec::len).sum();
    let all: usize = drawing.point_count();
    assert!(outer > 100 && outer < all / 2, "{outer} of {all}");
    assert_eq!(TOPOLOGY.outline_path(&frame, 1.0), outline);
}

// ---- small hand-written topologies ----------------------------------------

/// Two unit squares side by side, West with a square hole: lon 8–9 and
/// 9–10, lat 44–45, quantized at 0.1°.
fn two_squares() -> Value {
    json!({
        "type": "Topology",
        "transform": {"scale": [0.1, 0.1], "translate": [8.0, 44.0]},
        "arcs": [
            [[10, 0], [0, 10]],
            [[10, 10], [-10, 0], [0, -10], [10, 0]],
            [[10, 0], [10, 0], [0, 10], [-10, 0]],
            [[2, 2], [2, 0], [0, 2], [-2, 0], [0, -2]]
        ],
        "objects": {"municipalities": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1], [3]],
             "properties": {"com_istat_code": "000001", "name": "West"}},
            {"type": "MultiPolygon", "arcs": [[[2, -1]]],
             "properties": {"com_istat_code": "000002", "name": "East & <co>"}}
        ]}}
    })
}

fn parse(value: &Value) -> Result<Topology, GeoError> {
    Topology::parse(&value.to_string())
}

#[test]
fn a_small_topology_decodes() {
    let topology = parse(&two_squares()).expect("parses");
    assert_eq!(topology.areas().len(), 2);
    let east = topology.area("000002").expect("East");
    assert_eq!(east.name, "East & <co>");
    assert_eq!(
        east.polygons[0][0][1],
        ArcRef {
            arc: 0,
            reversed: true
        }
    );
    let ring = topology.ring_coords(&east.polygons[0][0]);
    let expected = [
        [9.0, 44.0],
        [10.0, 44.0],
        [10.0, 45.0],
        [9.0, 45.0],
        [9.0, 44.0],
    ];
    assert_eq!(ring.len(), expected.len());
    for (got, want) in ring.iter().zip(expected) {
        assert!((got[0] - want[0]).abs() < 1e-12 && (got[1] - want[1]).abs() < 1e-12);
    }
    assert_eq!(topology.area_at(8.1, 44.1), Some("000001"));
    assert_eq!(topology.area_at(8.3, 44.3), None, "in West's hole");
    assert_eq!(topology.area_at(9.5, 44.5), Some("000002"));
    assert_eq!(topology.area_at(10.5, 44.5), None);
    let bbox = topology.bbox();
    assert!((bbox.max_lon - 10.0).abs() < 1e-12 && (bbox.min_lat - 44.0).abs() < 1e-12);

    // Without simplification, both squares are drawn through the shared
    // edge's two points; the outline leaves that edge out.
    let frame = Frame::fit(topology.bbox(), 200.0, 100.0, 0.0);
    let drawing = topology.draw(&frame, 0.0, 0);
    let paths = drawing.paths();
    let west = path_rings(&paths[0].d);
    assert_eq!(west.len(), 2, "an exterior and a hole");
    assert_eq!(paths[1].d, "M100 100l71 0 0-100-71 0z");
    let outline = drawing.outline();
    let lines = path_rings(&outline);
    // The two squares' outer edges join into one closed line; the hole is
    // the other.
    assert_eq!(lines.len(), 2, "{outline}");
    assert_eq!(outline.matches('z').count(), 2, "{outline}");
    let shared_edge = [(1000, 0), (1000, 1000)];
    for line in &lines {
        for pair in line.windows(2) {
            let reversed = [pair[1], pair[0]];
            assert!(pair != shared_edge && reversed != shared_edge, "{outline}");
        }
    }
    let parsed_back = Topology::parse_with(
        &two_squares().to_string(),
        &ParseOptions {
            object: "municipalities",
            code_property: "name",
            name_property: "com_istat_code",
        },
    )
    .expect("parses");
    assert_eq!(
        parsed_back.area("West").map(|a| a.name.as_str()),
        Some("000001")
    );
}

#[test]
fn arcs_without_a_transform_are_absolute() {
    let value = json!({
        "type": "Topology",
        "arcs": [[[8.0, 44.0], [9.0, 44.0], [9.0, 45.0], [8.0, 44.0]]],
        "objects": {"municipalities": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"com_istat_code": 6001, "name": "T"}}
        ]}}
    });
    let topology = parse(&value).expect("parses");
    assert_eq!(
        topology.areas()[0].code,
        "6001",
        "a numeric code is read as text"
    );
    assert_eq!(topology.arc(0)[2], [9.0, 45.0]);
    assert_eq!(topology.area_at(8.9, 44.5), Some("6001"));
}

#[test]
fn a_label_point_avoids_a_concave_centroid() {
    // A U open to the north: its centroid falls in the gap between the arms.
    let u = [
        [0, 0],
        [10, 0],
        [10, 10],
        [8, 10],
        [8, 2],
        [2, 2],
        [2, 10],
        [0, 10],
        [0, 0],
    ];
    let mut arc = vec![json!(u[0])];
    for pair in u.windows(2) {
        arc.push(json!([pair[1][0] - pair[0][0], pair[1][1] - pair[0][1]]));
    }
    let value = json!({
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [8.5, 44.5]},
        "arcs": [arc],
        "objects": {"municipalities": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"com_istat_code": "U", "name": "U"}}
        ]}}
    });
    let topology = parse(&value).expect("parses");
    let (lon, lat) = topology.centroid("U").expect("a centroid");
    assert!((lon - 8.55).abs() < 1e-9, "{lon}");
    assert!((lat - (44.5 + 0.01 * 212.0 / 52.0)).abs() < 1e-9, "{lat}");
    assert!(!topology.area_contains("U", lon, lat));
    let (lon, lat) = topology.label_point("U").expect("a label point");
    assert!(topology.area_contains("U", lon, lat), "({lon}, {lat})");
}

#[test]
fn malformed_topologies_are_refused_with_a_reason() {
    let with = |change: &dyn Fn(&mut Value)| {
        let mut value = two_squares();
        change(&mut value);
        parse(&value).expect_err("refused")
    };

    assert!(matches!(
        Topology::parse("{not json"),
        Err(GeoError::Json(_))
    ));
    assert!(matches!(
        Topology::parse(r#"{"type": "FeatureCollection", "features": []}"#),
        Err(GeoError::NotTopology(_))
    ));
    assert_eq!(
        with(&|v| {
            v["objects"] = json!({"regions": {"type": "GeometryCollection", "geometries": []}});
        }),
        GeoError::MissingObject("municipalities".into())
    );
    assert_eq!(
        with(&|v| v["objects"]["municipalities"]["geometries"][0]["arcs"][0][1] = json!(7)),
        GeoError::BadArcIndex {
            at: "geometries[0] (000001) ring 0".into(),
            index: 7,
            count: 4
        }
    );
    assert!(matches!(
        with(&|v| v["objects"]["municipalities"]["geometries"][1]["arcs"][0][0][1] = json!(-9)),
        GeoError::BadArcIndex { index: -9, .. }
    ));
    assert_eq!(
        with(&|v| v["transform"]["scale"] = json!([1e308, 1.0])),
        GeoError::NonFinite {
            at: "arcs[0][0]".into()
        }
    );
    assert!(matches!(
        with(&|v| v["arcs"][1][2] = json!(["a", 0])),
        GeoError::Malformed { at, .. } if at == "arcs[1][2]"
    ));
    assert!(matches!(
        with(&|v| v["arcs"][0] = json!([[10, 0]])),
        GeoError::Malformed { at, .. } if at == "arcs[0]"
    ));
    assert!(matches!(
        with(&|v| v["objects"]["municipalities"]["geometries"][0]["arcs"][0] = json!([0])),
        GeoError::BrokenRing { .. }
    ));
    assert!(matches!(
        with(&|v| v["objects"]["municipalities"]["geometries"][0]["type"] = json!("Point")),
        GeoError::UnsupportedGeometry { kind, .. } if kind == "Point"
    ));
    assert!(matches!(
        with(&|v| {
            v["objects"]["municipalities"]["geometries"][1]["properties"]
                .as_object_mut()
                .expect("properties")
                .remove("com_istat_code");
        }),
        GeoError::Malformed { at, .. } if at == "geometries[1]"
    ));
    assert_eq!(
        with(
            &|v| v["objects"]["municipalities"]["geometries"][1]["properties"]["com_istat_code"] =
                json!("000001")
        ),
        GeoError::DuplicateCode("000001".into())
    );
    assert!(matches!(
        with(&|v| v["objects"]["municipalities"]["geometries"][0]["arcs"] = json!([])),
        GeoError::Malformed { .. }
    ));
    // Every error says where the problem is.
    let message =
        with(&|v| v["objects"]["municipalities"]["geometries"][0]["arcs"][0][1] = json!(7))
            .to_string();
    assert!(
        message.contains("000001") && message.contains('7'),
        "{message}"
    );
}
