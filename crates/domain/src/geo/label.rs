//! Centroids and label points of areas.

use super::topology::{Area, Ring, Topology};

/// How many horizontal lines the label search tries across a polygon.
const SCANLINES: usize = 24;

impl Topology {
    /// The area-weighted centroid of the area (holes subtracted), as
    /// `(lon, lat)`. It can fall outside a concave area; for a point to
    /// draw a label or marker on, use [`Topology::label_point`].
    ///
    /// The projection's longitude scale is the same everywhere, so the
    /// centroid in degrees is the centroid of the drawn shape too.
    pub fn centroid(&self, code: &str) -> Option<(f64, f64)> {
        let area = self.area(code)?;
        let (mut sum_a, mut sum_x, mut sum_y) = (0.0, 0.0, 0.0);
        for polygon in &area.polygons {
            for (k, ring) in polygon.iter().enumerate() {
                let (a, cx, cy) = ring_moments(&self.ring_coords(ring));
                // Rings may wind either way: the exterior counts positive,
                // holes negative, whatever their orientation.
                let sign = if (k == 0) == (a >= 0.0) { 1.0 } else { -1.0 };
                sum_a += sign * a;
                sum_x += sign * cx;
                sum_y += sign * cy;
            }
        }
        if sum_a.abs() > 0.0 {
            Some((sum_x / sum_a, sum_y / sum_a))
        } else {
            let b = area.bbox;
            Some(((b.min_lon + b.max_lon) / 2.0, (b.min_lat + b.max_lat) / 2.0))
        }
    }

    /// A point inside the area to put its label or marker on, as
    /// `(lon, lat)`: the centroid when it lies inside and not much closer
    /// to the border than the best alternative, otherwise the point, among
    /// the middles of horizontal chords across the largest polygon, that is
    /// farthest from the border (a light pole of inaccessibility).
    pub fn label_point(&self, code: &str) -> Option<(f64, f64)> {
        let area = self.area(code)?;
        let centroid = self.centroid(code)?;
        let lon_factor = ((area.bbox.min_lat + area.bbox.max_lat) / 2.0)
            .to_radians()
            .cos();
        let polygon = self.largest_polygon(area)?;
        let rings: Vec<Vec<[f64; 2]>> = polygon.iter().map(|r| self.ring_coords(r)).collect();
        let clearance = |(lon, lat): (f64, f64)| border_distance(&rings, lon, lat, lon_factor);

        let best = scanline_candidates(&rings, area)
            .into_iter()
            .map(|p| (p, clearance(p)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let centroid_inside = self.contains(area, centroid.0, centroid.1);
        match best {
            Some((point, room)) if !centroid_inside || clearance(centroid) < room / 2.0 => {
                Some(point)
            }
            _ => Some(centroid),
        }
    }

    fn largest_polygon<'a>(&self, area: &'a Area) -> Option<&'a [Ring]> {
        area.polygons
            .iter()
            .map(|p| {
                let exterior = p
                    .first()
                    .map_or(0.0, |r| ring_moments(&self.ring_coords(r)).0);
                (p, exterior.abs())
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(p, _)| p.as_slice())
    }
}

/// The signed (shoelace) area of a closed ring and its first moments, so
/// that its centroid is `(mx / area, my / area)`.
fn ring_moments(points: &[[f64; 2]]) -> (f64, f64, f64) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    // Relative to the first point, for precision with coordinates far from 0.
    let Some(&[ox, oy]) = points.first() else {
        return (0.0, 0.0, 0.0);
    };
    for pair in points.windows(2) {
        let (x1, y1) = (pair[0][0] - ox, pair[0][1] - oy);
        let (x2, y2) = (pair[1][0] - ox, pair[1][1] - oy);
        let cross = x1 * y2 - x2 * y1;
        a += cross;
        cx += (x1 + x2) * cross;
        cy += (y1 + y2) * cross;
    }
    // Back to absolute coordinates: the moment of the shifted ring plus the
    // shift times the area.
    let area = a / 2.0;
    (area, cx / 6.0 + ox * area, cy / 6.0 + oy * area)
}

/// The middles of the chords that horizontal lines cut across the polygon
/// (its rings, holes included, taken even–odd).
fn scanline_candidates(rings: &[Vec<[f64; 2]>], area: &Area) -> Vec<(f64, f64)> {
    let b = area.bbox;
    let mut out = Vec::new();
    for k in 1..=SCANLINES {
        // Scanline heights avoid the vertices' exact latitudes in practice,
        // and a vertex on the line is handled by the half-open test below.
        #[allow(clippy::cast_precision_loss)]
        let lat = b.min_lat + (b.max_lat - b.min_lat) * k as f64 / (SCANLINES + 1) as f64;
        let mut crossings: Vec<f64> = Vec::new();
        for ring in rings {
            for pair in ring.windows(2) {
                let ([x1, y1], [x2, y2]) = (pair[0], pair[1]);
                if (y1 > lat) != (y2 > lat) {
                    crossings.push(x1 + (lat - y1) / (y2 - y1) * (x2 - x1));
                }
            }
        }
        crossings.sort_by(f64::total_cmp);
        for chord in crossings.chunks_exact(2) {
            out.push(((chord[0] + chord[1]) / 2.0, lat));
        }
    }
    out
}

/// Distance from the point to the nearest edge of the rings, in degrees of
/// latitude (longitudes scaled by `lon_factor`).
fn border_distance(rings: &[Vec<[f64; 2]>], lon: f64, lat: f64, lon_factor: f64) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        for pair in ring.windows(2) {
            let a = ((pair[0][0] - lon) * lon_factor, pair[0][1] - lat);
            let b = ((pair[1][0] - lon) * lon_factor, pair[1][1] - lat);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let length2 = dx * dx + dy * dy;
            let t = if length2 > 0.0 {
                (-(a.0 * dx + a.1 * dy) / length2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            best = best.min((a.0 + t * dx).hypot(a.1 + t * dy));
        }
    }
    best
}
