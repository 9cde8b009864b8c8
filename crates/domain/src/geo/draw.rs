//! Projection, simplification and SVG path data.

use std::collections::HashMap;

use super::frame::Frame;
use super::topology::{ArcRef, Topology};

/// One area's outline as SVG path data. Holes are separate subpaths whose
/// winding is not normalised: fill with `fill-rule="evenodd"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaPath {
    pub code: String,
    pub name: String,
    pub d: String,
}

/// A topology projected onto a frame, with each arc simplified and rounded
/// once, so every area that shares an arc draws exactly the same points.
#[derive(Debug, Clone)]
pub struct Drawing<'t> {
    topology: &'t Topology,
    /// Each arc's points in units of 10^-decimals pixels, without
    /// consecutive repeats.
    pub(super) arcs: Vec<Vec<(i64, i64)>>,
    decimals: u8,
}

impl Topology {
    /// Projects every arc onto `frame`, simplifies it with Douglas–Peucker
    /// (`tolerance` in pixels; the arc's two ends always stay, so shared
    /// borders still meet) and rounds it to `decimals` decimal places
    /// (at most 3).
    pub fn draw(&self, frame: &Frame, tolerance: f64, decimals: u8) -> Drawing<'_> {
        let decimals = decimals.min(3);
        let unit = 10f64.powi(i32::from(decimals));
        let arcs = (0..self.arc_count())
            .map(|i| {
                let projected: Vec<(f64, f64)> = self
                    .arc(i)
                    .iter()
                    .map(|&[lon, lat]| frame.project(lon, lat))
                    .collect();
                let keep = simplify(&projected, tolerance);
                let mut points: Vec<(i64, i64)> = Vec::new();
                for (&(x, y), _) in projected.iter().zip(&keep).filter(|(_, k)| **k) {
                    // Rounded pixels fit an i64 for any frame worth drawing.
                    #[allow(clippy::cast_possible_truncation)]
                    let p = ((x * unit).round() as i64, (y * unit).round() as i64);
                    if points.last() != Some(&p) {
                        points.push(p);
                    }
                }
                points
            })
            .collect();
        Drawing {
            topology: self,
            arcs,
            decimals,
        }
    }

    /// Path data of every area, with coordinates to one decimal place: a
    /// shorthand for [`Topology::draw`] then [`Drawing::paths`].
    pub fn paths(&self, frame: &Frame, tolerance: f64) -> Vec<AreaPath> {
        self.draw(frame, tolerance, 1).paths()
    }

    /// Path data of the outer edge of all the areas together (for comuni,
    /// the province's border), with coordinates to one decimal place.
    pub fn outline_path(&self, frame: &Frame, tolerance: f64) -> String {
        self.draw(frame, tolerance, 1).outline()
    }
}

impl Drawing<'_> {
    /// How many points the simplified arcs keep in all.
    pub fn point_count(&self) -> usize {
        self.arcs.iter().map(Vec::len).sum()
    }

    /// Path data of every area, in the topology's order.
    pub fn paths(&self) -> Vec<AreaPath> {
        self.topology
            .areas()
            .iter()
            .map(|area| AreaPath {
                code: area.code.clone(),
                name: area.name.clone(),
                d: self.area_d(&area.code).unwrap_or_default(),
            })
            .collect()
    }

    /// Path data of one area: each ring a subpath `M x y l dx dy … z`.
    pub fn area_d(&self, code: &str) -> Option<String> {
        let area = self.topology.area(code)?;
        let mut path = PathWriter::new(self.decimals);
        for ring in area.polygons.iter().flatten() {
            let points = self.ring_points(ring);
            // The last point repeats the first; `z` draws that side.
            let open = points.split_last().map_or(&[][..], |(_, init)| init);
            let Some((&first, rest)) = open.split_first() else {
                continue;
            };
            path.move_to(first);
            for &p in rest {
                path.line_to(p);
            }
            path.close();
        }
        Some(path.finish())
    }

    /// A ring's drawn points, closed, in units of 10^-decimals pixels.
    fn ring_points(&self, ring: &[ArcRef]) -> Vec<(i64, i64)> {
        let mut out: Vec<(i64, i64)> = Vec::new();
        for r in ring {
            let arc = &self.arcs[r.arc];
            let mut push = |p: (i64, i64)| {
                if out.last() != Some(&p) {
                    out.push(p);
                }
            };
            if r.reversed {
                arc.iter().rev().for_each(|&p| push(p));
            } else {
                arc.iter().for_each(|&p| push(p));
            }
        }
        if out.is_empty() {
            return out;
        }
        if out.first() != out.last() {
            out.push(out[0]);
        }
        out
    }

    /// Path data of the arcs that belong to a single ring: the outer edge
    /// of all the areas together (and the edges of holes no area fills).
    /// Arcs that follow on from one another are drawn as one line, closed
    /// with `z` when it comes back to its start.
    pub fn outline(&self) -> String {
        let mut uses = vec![0u32; self.arcs.len()];
        for area in self.topology.areas() {
            for r in area.polygons.iter().flatten().flatten() {
                uses[r.arc] += 1;
            }
        }
        let outer: Vec<usize> = (0..self.arcs.len())
            .filter(|&i| uses[i] == 1 && !self.arcs[i].is_empty())
            .collect();
        // Arcs by their end points, to follow the border from one arc to the
        // next whichever way each is stored.
        let mut at: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        for &i in &outer {
            let arc = &self.arcs[i];
            at.entry(arc[0]).or_default().push(i);
            at.entry(arc[arc.len() - 1]).or_default().push(i);
        }
        let mut done = vec![false; self.arcs.len()];
        let mut path = PathWriter::new(self.decimals);
        for &first in &outer {
            if done[first] {
                continue;
            }
            path.move_to(self.arcs[first][0]);
            let mut next = Some(first);
            while let Some(i) = next {
                done[i] = true;
                let arc = &self.arcs[i];
                if path.pen == Some(arc[0]) {
                    arc[1..].iter().for_each(|&p| path.line_to(p));
                } else {
                    arc[..arc.len() - 1]
                        .iter()
                        .rev()
                        .for_each(|&p| path.line_to(p));
                }
                next = path
                    .pen
                    .and_then(|pen| at.get(&pen))
                    .and_then(|arcs| arcs.iter().copied().find(|&a| !done[a]));
            }
            // Back where the line started: close it, so the corner is
            // joined like the others rather than left as two line ends.
            if path.pen == Some(path.start) {
                path.close();
            }
        }
        path.finish()
    }
}

/// Douglas–Peucker: which points of a projected line to keep so that none
/// of those dropped lies farther than `tolerance` from the simplified line.
/// The two ends are always kept. A closed arc (an island, or a comune
/// enclosed by a single neighbour) also keeps its farthest point from the
/// start and one point on each side, so it never collapses into a line.
fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<bool> {
    let n = points.len();
    let mut keep = vec![false; n];
    if n == 0 {
        return keep;
    }
    keep[0] = true;
    keep[n - 1] = true;
    if n <= 2 {
        return keep;
    }
    let mut stack = Vec::new();
    if points[0] == points[n - 1] {
        let start = points[0];
        let far = (1..n - 1)
            .max_by(|&a, &b| distance(points[a], start).total_cmp(&distance(points[b], start)))
            .unwrap_or(1);
        keep[far] = true;
        for (a, b) in [(0, far), (far, n - 1)] {
            if let Some((m, _)) = farthest(points, a, b) {
                keep[m] = true;
                stack.push((a, m));
                stack.push((m, b));
            }
        }
    } else {
        stack.push((0, n - 1));
    }
    while let Some((a, b)) = stack.pop() {
        if let Some((m, d)) = farthest(points, a, b)
            && d > tolerance
        {
            keep[m] = true;
            stack.push((a, m));
            stack.push((m, b));
        }
    }
    keep
}

/// The point strictly between `a` and `b` farthest from the segment that
/// joins them, with its distance.
fn farthest(points: &[(f64, f64)], a: usize, b: usize) -> Option<(usize, f64)> {
    (a + 1..b)
        .map(|i| (i, segment_distance(points[i], points[a], points[b])))
        .max_by(|x, y| x.1.total_cmp(&y.1))
}

fn distance(p: (f64, f64), q: (f64, f64)) -> f64 {
    (p.0 - q.0).hypot(p.1 - q.1)
}

fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    if length2 == 0.0 {
        return distance(p, a);
    }
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0);
    distance(p, (a.0 + t * dx, a.1 + t * dy))
}

/// Writes compact path data: absolute `M` at the start of each subpath,
/// then relative `l` with the letter not repeated, numbers without a
/// leading zero and separated only where a sign does not already do it.
struct PathWriter {
    out: String,
    decimals: u8,
    /// The current point, in units; `None` before the first `M`.
    pen: Option<(i64, i64)>,
    /// The start of the current subpath, where `z` returns the pen.
    start: (i64, i64),
    /// Whether the last command written was `l` (so more pairs continue it).
    in_line: bool,
}

impl PathWriter {
    fn new(decimals: u8) -> Self {
        PathWriter {
            out: String::new(),
            decimals,
            pen: None,
            start: (0, 0),
            in_line: false,
        }
    }

    fn move_to(&mut self, p: (i64, i64)) {
        self.out.push('M');
        self.number(p.0);
        self.number(p.1);
        self.pen = Some(p);
        self.start = p;
        self.in_line = false;
    }

    fn line_to(&mut self, p: (i64, i64)) {
        let pen = self.pen.unwrap_or((0, 0));
        if !self.in_line {
            self.out.push('l');
            self.in_line = true;
        }
        self.number(p.0 - pen.0);
        self.number(p.1 - pen.1);
        self.pen = Some(p);
    }

    fn close(&mut self) {
        self.out.push('z');
        self.pen = Some(self.start);
        self.in_line = false;
    }

    fn number(&mut self, value: i64) {
        let text = format_units(value, self.decimals);
        let after_number = self
            .out
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit() || c == '.');
        if after_number && !text.starts_with('-') {
            self.out.push(' ');
        }
        self.out.push_str(&text);
    }

    fn finish(self) -> String {
        self.out
    }
}

/// `value` × 10^-decimals as the shortest decimal text: `12.5`, `3`, `.5`,
/// `-.25`.
fn format_units(value: i64, decimals: u8) -> String {
    let unit = 10u64.pow(u32::from(decimals));
    let magnitude = value.unsigned_abs();
    let (whole, fraction) = (magnitude / unit, magnitude % unit);
    let mut text = String::new();
    if value < 0 {
        text.push('-');
    }
    if whole > 0 || fraction == 0 {
        text.push_str(&whole.to_string());
    }
    if fraction > 0 {
        let digits = format!("{fraction:0width$}", width = usize::from(decimals));
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_short() {
        let cases = [
            (0, 1, "0"),
            (5, 1, ".5"),
            (-5, 1, "-.5"),
            (120, 1, "12"),
            (1234, 1, "123.4"),
            (-1234, 1, "-123.4"),
            (7, 0, "7"),
            (-7, 0, "-7"),
            (1050, 3, "1.05"),
        ];
        for (value, decimals, expected) in cases {
            assert_eq!(
                format_units(value, decimals),
                expected,
                "{value} {decimals}"
            );
        }
    }

    #[test]
    fn path_data_is_compact_and_closed() {
        let mut path = PathWriter::new(1);
        path.move_to((100, 200));
        path.line_to((105, 190));
        path.line_to((130, 190));
        path.close();
        path.move_to((0, 0));
        path.line_to((10, 0));
        path.line_to((10, 10));
        path.close();
        assert_eq!(path.finish(), "M10 20l.5-1 2.5 0zM0 0l1 0 0 1z");
    }

    #[test]
    fn simplification_keeps_the_ends_and_what_matters() {
        let line = [(0.0, 0.0), (1.0, 0.1), (2.0, -0.1), (3.0, 5.0), (4.0, 0.0)];
        assert_eq!(simplify(&line, 1.0), [true, false, true, true, true]);
        assert_eq!(simplify(&line, 10.0), [true, false, false, false, true]);
        assert_eq!(simplify(&line[..2], 10.0), [true, true]);
        let peak = [(0.0, 0.0), (1.0, 0.0), (2.0, 3.0), (3.0, 0.0), (4.0, 0.0)];
        assert_eq!(simplify(&peak, 1.0), [true, false, true, false, true]);
        let wobble = [(0.0, 0.0), (1.0, 0.2), (2.0, -0.2), (3.0, 0.1), (4.0, 0.0)];
        assert_eq!(simplify(&wobble, 1.0), [true, false, false, false, true]);
        assert_eq!(simplify(&wobble, 0.0), [true; 5]);
        // A tiny closed arc keeps a triangle whatever the tolerance.
        let island = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)];
        let kept = simplify(&island, 100.0).iter().filter(|k| **k).count();
        assert!(kept >= 4, "{kept}");
    }
}
