//! Decoding a TopoJSON topology into areas made of shared arcs.

use std::collections::HashMap;

use serde_json::Value;

use super::frame::BBox;

/// Why a TopoJSON text could not be read. `at` names the place in the
/// document, such as `arcs[12][3]` or `geometries[4] (006005)`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeoError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("not a TopoJSON Topology: {0}")]
    NotTopology(String),
    #[error("the topology has no object {0:?}")]
    MissingObject(String),
    #[error("{at}: {problem}")]
    Malformed { at: String, problem: String },
    #[error("{at}: arc index {index} is out of range (the topology has {count} arcs)")]
    BadArcIndex {
        at: String,
        index: i64,
        count: usize,
    },
    #[error("{at}: not a finite number")]
    NonFinite { at: String },
    #[error("{at}: unsupported geometry type {kind:?} (only Polygon and MultiPolygon)")]
    UnsupportedGeometry { at: String, kind: String },
    #[error("{at}: the ring's arcs do not join end to end")]
    BrokenRing { at: String },
    #[error("two geometries have the code {0:?}")]
    DuplicateCode(String),
}

/// A reference from a ring to one of the topology's arcs, walked backwards
/// when `reversed` (TopoJSON's `~i`, written as the negative index `-i - 1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArcRef {
    pub arc: usize,
    pub reversed: bool,
}

/// A closed ring as the arcs that form it, in order; each arc starts where
/// the previous one ends and the last ends where the first starts.
pub type Ring = Vec<ArcRef>;

/// A polygon: its exterior ring, then its holes.
pub type Polygon = Vec<Ring>;

/// One area of the topology (a comune), with the polygons that make it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// The code that identifies the area (for comuni, the ISTAT code such
    /// as `006003`).
    pub code: String,
    pub name: String,
    pub polygons: Vec<Polygon>,
    /// The smallest box around the area, in degrees.
    pub bbox: BBox,
}

/// Which object of the topology holds the areas, and which of its
/// properties carry their code and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions<'a> {
    pub object: &'a str,
    pub code_property: &'a str,
    pub name_property: &'a str,
}

impl Default for ParseOptions<'static> {
    /// The layout of openpolis' municipal limits: the object
    /// `municipalities`, the ISTAT code in `com_istat_code`.
    fn default() -> Self {
        ParseOptions {
            object: "municipalities",
            code_property: "com_istat_code",
            name_property: "name",
        }
    }
}

/// A decoded topology: arcs in longitude/latitude and the areas that refer
/// to them. Arcs stay shared, so two neighbours' common border is one arc
/// and stays identical after projection and simplification.
#[derive(Debug, Clone)]
pub struct Topology {
    /// Each arc's points as `[lon, lat]`.
    arcs: Vec<Vec<[f64; 2]>>,
    areas: Vec<Area>,
    by_code: HashMap<String, usize>,
    bbox: BBox,
}

impl Topology {
    /// Reads a topology laid out as openpolis' municipal limits (see
    /// [`ParseOptions::default`]).
    pub fn parse(json: &str) -> Result<Topology, GeoError> {
        Topology::parse_with(json, &ParseOptions::default())
    }

    /// Reads the areas of one GeometryCollection object of a TopoJSON
    /// topology, decoding quantized, delta-encoded arcs when the topology
    /// has a `transform`.
    pub fn parse_with(json: &str, options: &ParseOptions<'_>) -> Result<Topology, GeoError> {
        let root: Value = serde_json::from_str(json).map_err(|e| GeoError::Json(e.to_string()))?;
        match root.get("type").and_then(Value::as_str) {
            Some("Topology") => {}
            Some(other) => return Err(GeoError::NotTopology(format!("its type is {other:?}"))),
            None => return Err(GeoError::NotTopology("it has no type".into())),
        }
        let transform = match root.get("transform") {
            None | Some(Value::Null) => None,
            Some(t) => Some(Transform {
                scale: pair(t.get("scale"), "transform.scale")?,
                translate: pair(t.get("translate"), "transform.translate")?,
            }),
        };
        let arcs = decode_arcs(root.get("arcs"), transform.as_ref())?;

        let object = root
            .get("objects")
            .and_then(|o| o.get(options.object))
            .ok_or_else(|| GeoError::MissingObject(options.object.to_owned()))?;
        let object_at = format!("objects.{}", options.object);
        if object.get("type").and_then(Value::as_str) != Some("GeometryCollection") {
            return Err(malformed(&object_at, "expected a GeometryCollection"));
        }
        let geometries = object
            .get("geometries")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed(&object_at, "no geometries"))?;

        let mut areas = Vec::with_capacity(geometries.len());
        let mut by_code = HashMap::with_capacity(geometries.len());
        for (index, geometry) in geometries.iter().enumerate() {
            let area = decode_area(geometry, index, options, &arcs)?;
            if by_code.insert(area.code.clone(), areas.len()).is_some() {
                return Err(GeoError::DuplicateCode(area.code));
            }
            areas.push(area);
        }
        let bbox = areas
            .iter()
            .fold(BBox::EMPTY, |acc, area| acc.union(&area.bbox));
        Ok(Topology {
            arcs,
            areas,
            by_code,
            bbox,
        })
    }

    /// The areas, in the order of the topology's geometries.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// The area with this code.
    pub fn area(&self, code: &str) -> Option<&Area> {
        self.by_code.get(code).map(|&i| &self.areas[i])
    }

    /// The smallest box around all the areas, in degrees.
    pub fn bbox(&self) -> BBox {
        self.bbox
    }

    /// How many arcs the topology has.
    pub fn arc_count(&self) -> usize {
        self.arcs.len()
    }

    /// One arc's points as `[lon, lat]`, in its stored direction.
    ///
    /// # Panics
    /// When `index` is not below [`Topology::arc_count`].
    pub fn arc(&self, index: usize) -> &[[f64; 2]] {
        &self.arcs[index]
    }

    /// How many points the arcs hold in all.
    pub fn point_count(&self) -> usize {
        self.arcs.iter().map(Vec::len).sum()
    }

    /// A ring's points as `[lon, lat]`, closed (the last point repeats the
    /// first).
    pub fn ring_coords(&self, ring: &[ArcRef]) -> Vec<[f64; 2]> {
        let mut out = Vec::new();
        for (k, r) in ring.iter().enumerate() {
            let points = &self.arcs[r.arc];
            // Each arc after the first starts on the point the previous
            // one ended on.
            let skip = usize::from(k > 0);
            if r.reversed {
                out.extend(points.iter().rev().skip(skip));
            } else {
                out.extend(points.iter().skip(skip));
            }
        }
        out
    }

    /// Whether the point lies inside the area (inside one of its polygons
    /// and outside that polygon's holes). `false` for an unknown code.
    pub fn area_contains(&self, code: &str, lon: f64, lat: f64) -> bool {
        self.area(code)
            .is_some_and(|area| self.contains(area, lon, lat))
    }

    /// The code of the area the point lies in, if any. A point exactly on a
    /// border between two areas may be given to either.
    pub fn area_at(&self, lon: f64, lat: f64) -> Option<&str> {
        self.areas
            .iter()
            .find(|area| self.contains(area, lon, lat))
            .map(|area| area.code.as_str())
    }

    pub(super) fn contains(&self, area: &Area, lon: f64, lat: f64) -> bool {
        if !area.bbox.contains(lon, lat) {
            return false;
        }
        area.polygons
            .iter()
            .any(|polygon| self.polygon_contains(polygon, lon, lat))
    }

    /// Even–odd crossing over all the polygon's rings, so a point in a hole
    /// (crossed twice) counts as outside.
    pub(super) fn polygon_contains(&self, polygon: &[Ring], lon: f64, lat: f64) -> bool {
        let mut inside = false;
        for ring in polygon {
            let points = self.ring_coords(ring);
            for pair in points.windows(2) {
                let ([x1, y1], [x2, y2]) = (pair[0], pair[1]);
                if (y1 > lat) != (y2 > lat) {
                    let x = x1 + (lat - y1) / (y2 - y1) * (x2 - x1);
                    if lon < x {
                        inside = !inside;
                    }
                }
            }
        }
        inside
    }
}

struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

fn malformed(at: &str, problem: &str) -> GeoError {
    GeoError::Malformed {
        at: at.to_owned(),
        problem: problem.to_owned(),
    }
}

fn number(value: &Value, at: &str) -> Result<f64, GeoError> {
    let n = value
        .as_f64()
        .ok_or_else(|| malformed(at, "expected a number"))?;
    if n.is_finite() {
        Ok(n)
    } else {
        Err(GeoError::NonFinite { at: at.to_owned() })
    }
}

fn pair(value: Option<&Value>, at: &str) -> Result<[f64; 2], GeoError> {
    match value.and_then(Value::as_array).map(Vec::as_slice) {
        Some([a, b, ..]) => Ok([number(a, at)?, number(b, at)?]),
        _ => Err(malformed(at, "expected a pair of numbers")),
    }
}

fn decode_arcs(
    value: Option<&Value>,
    transform: Option<&Transform>,
) -> Result<Vec<Vec<[f64; 2]>>, GeoError> {
    let arcs = value
        .and_then(Value::as_array)
        .ok_or_else(|| malformed("arcs", "expected an array of arcs"))?;
    let mut out = Vec::with_capacity(arcs.len());
    for (i, arc) in arcs.iter().enumerate() {
        let positions = arc
            .as_array()
            .ok_or_else(|| malformed(&format!("arcs[{i}]"), "expected an array of positions"))?;
        if positions.len() < 2 {
            return Err(malformed(
                &format!("arcs[{i}]"),
                "an arc needs at least two positions",
            ));
        }
        let mut points = Vec::with_capacity(positions.len());
        // Quantized positions are deltas from the previous one; summing
        // the integers before scaling keeps the end of one arc exactly
        // equal to the start of the next.
        let (mut x, mut y) = (0.0, 0.0);
        for (j, position) in positions.iter().enumerate() {
            let at = format!("arcs[{i}][{j}]");
            let [a, b] = pair(Some(position), &at)?;
            let point = match transform {
                Some(t) => {
                    x += a;
                    y += b;
                    [
                        x * t.scale[0] + t.translate[0],
                        y * t.scale[1] + t.translate[1],
                    ]
                }
                None => [a, b],
            };
            if !(point[0].is_finite() && point[1].is_finite()) {
                return Err(GeoError::NonFinite { at });
            }
            points.push(point);
        }
        out.push(points);
    }
    Ok(out)
}

fn property(geometry: &Value, key: &str) -> Option<String> {
    match geometry.get("properties")?.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn decode_area(
    geometry: &Value,
    index: usize,
    options: &ParseOptions<'_>,
    arcs: &[Vec<[f64; 2]>],
) -> Result<Area, GeoError> {
    let at = format!("geometries[{index}]");
    let code = property(geometry, options.code_property).ok_or_else(|| {
        malformed(
            &at,
            &format!("no text property {:?}", options.code_property),
        )
    })?;
    let at = format!("{at} ({code})");
    let name = property(geometry, options.name_property).ok_or_else(|| {
        malformed(
            &at,
            &format!("no text property {:?}", options.name_property),
        )
    })?;
    let kind = geometry.get("type").and_then(Value::as_str);
    let value = geometry.get("arcs");
    let polygons = match kind {
        Some("Polygon") => vec![decode_polygon(value, &at, arcs)?],
        Some("MultiPolygon") => value
            .and_then(Value::as_array)
            .ok_or_else(|| malformed(&at, "expected an array of polygons"))?
            .iter()
            .enumerate()
            .map(|(p, polygon)| decode_polygon(Some(polygon), &format!("{at} polygon {p}"), arcs))
            .collect::<Result<_, _>>()?,
        other => {
            return Err(GeoError::UnsupportedGeometry {
                at,
                kind: other.unwrap_or("null").to_owned(),
            });
        }
    };
    let mut bbox = BBox::EMPTY;
    for ring in polygons.iter().flatten() {
        for r in ring {
            for &[lon, lat] in &arcs[r.arc] {
                bbox.extend(lon, lat);
            }
        }
    }
    Ok(Area {
        code,
        name,
        polygons,
        bbox,
    })
}

fn decode_polygon(
    value: Option<&Value>,
    at: &str,
    arcs: &[Vec<[f64; 2]>],
) -> Result<Polygon, GeoError> {
    let rings = value
        .and_then(Value::as_array)
        .filter(|rings| !rings.is_empty())
        .ok_or_else(|| malformed(at, "expected a non-empty array of rings"))?;
    rings
        .iter()
        .enumerate()
        .map(|(r, ring)| decode_ring(ring, &format!("{at} ring {r}"), arcs))
        .collect()
}

fn decode_ring(value: &Value, at: &str, arcs: &[Vec<[f64; 2]>]) -> Result<Ring, GeoError> {
    let refs = value
        .as_array()
        .filter(|refs| !refs.is_empty())
        .ok_or_else(|| malformed(at, "expected a non-empty array of arc indices"))?;
    let mut ring = Vec::with_capacity(refs.len());
    for r in refs {
        let index = r
            .as_i64()
            .ok_or_else(|| malformed(at, "arc indices must be integers"))?;
        let (arc, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(arc)
            .ok()
            .filter(|&a| a < arcs.len())
            .ok_or_else(|| GeoError::BadArcIndex {
                at: at.to_owned(),
                index,
                count: arcs.len(),
            })?;
        ring.push(ArcRef { arc, reversed });
    }
    let end = |r: &ArcRef| {
        let points = &arcs[r.arc];
        if r.reversed {
            points[0]
        } else {
            points[points.len() - 1]
        }
    };
    let start = |r: &ArcRef| {
        let points = &arcs[r.arc];
        if r.reversed {
            points[points.len() - 1]
        } else {
            points[0]
        }
    };
    let joined = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .all(|(a, b)| end(a) == start(b));
    if !joined {
        return Err(GeoError::BrokenRing { at: at.to_owned() });
    }
    Ok(ring)
}
