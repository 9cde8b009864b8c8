//! Grouping markers that would overlap.

use std::cmp::Ordering;

/// A group of points drawn as one marker, at the mean of its members.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub x: f64,
    pub y: f64,
    /// The members' ids, ascending.
    pub members: Vec<usize>,
}

/// Groups points `(id, x, y)` so that no two resulting clusters are closer
/// than `radius` (same units as the points, typically pixels).
///
/// The result depends only on the set of points, not on their order: they
/// are first put in a canonical order. Then the point with the most
/// neighbours within `radius` seeds a cluster with the neighbours not yet
/// taken, and so on; finally clusters whose means ended up closer than
/// `radius` are merged, closest pair first. Clusters come sorted from top to
/// bottom (then left to right), the order to draw them in so lower markers
/// overlap the ones above them.
pub fn cluster(points: &[(usize, f64, f64)], radius: f64) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| canonical(&points[a], &points[b]));
    let near = |a: usize, b: usize| {
        let (p, q) = (&points[a], &points[b]);
        (p.1 - q.1).hypot(p.2 - q.2) < radius
    };

    // Points by cell of a `radius` grid: the points near one are in its
    // cell or the eight around it, so each look is local (a province map
    // with thousands of services stays in milliseconds). Cells hold points
    // in canonical order.
    let cell_of = |i: usize| -> (i64, i64) {
        if radius > 0.0 {
            #[allow(clippy::cast_possible_truncation)]
            let cell = (
                (points[i].1 / radius).floor() as i64,
                (points[i].2 / radius).floor() as i64,
            );
            cell
        } else {
            (0, 0)
        }
    };
    let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> =
        std::collections::HashMap::new();
    for &i in &order {
        grid.entry(cell_of(i)).or_default().push(i);
    }
    let around = |a: usize| {
        let (cx, cy) = cell_of(a);
        let mut found: Vec<usize> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                if let Some(cell) = grid.get(&(cx + dx, cy + dy)) {
                    found.extend(cell.iter().copied().filter(|&b| near(a, b)));
                }
            }
        }
        found
    };
    let neighbours: Vec<usize> = (0..points.len())
        .map(|a| around(a).into_iter().filter(|&b| b != a).count())
        .collect();
    let mut seeds = order.clone();
    // Stable: among equally dense points the canonical order decides.
    seeds.sort_by(|&a, &b| neighbours[b].cmp(&neighbours[a]));

    let mut taken = vec![false; points.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for seed in seeds {
        if taken[seed] {
            continue;
        }
        let mut group: Vec<usize> = around(seed)
            .into_iter()
            .filter(|&b| !taken[b] && b != seed)
            .collect();
        group.push(seed);
        group.sort_by(|&a, &b| canonical(&points[a], &points[b]));
        for &b in &group {
            taken[b] = true;
        }
        groups.push(group);
    }

    let mut clusters: Vec<Cluster> = groups
        .into_iter()
        .map(|group| {
            let members = group.iter().map(|&i| points[i].0).collect();
            let (x, y) = mean(
                group.iter().map(|&i| (points[i].1, points[i].2)),
                group.len(),
            );
            Cluster { x, y, members }
        })
        .collect();
    merge_close(&mut clusters, radius);

    for c in &mut clusters {
        c.members.sort_unstable();
    }
    clusters.sort_by(|a, b| {
        a.y.total_cmp(&b.y)
            .then(a.x.total_cmp(&b.x))
            .then_with(|| a.members.cmp(&b.members))
    });
    clusters
}

/// Points by position, then id: the order every step starts from.
fn canonical(p: &(usize, f64, f64), q: &(usize, f64, f64)) -> Ordering {
    p.1.total_cmp(&q.1)
        .then(p.2.total_cmp(&q.2))
        .then(p.0.cmp(&q.0))
}

#[allow(clippy::cast_precision_loss)]
fn mean(points: impl Iterator<Item = (f64, f64)>, count: usize) -> (f64, f64) {
    let (sx, sy) = points.fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x, sy + y));
    (sx / count as f64, sy / count as f64)
}

/// Merges the closest pair of clusters nearer than `radius`, weighting the
/// new mean by their sizes, until no such pair is left.
fn merge_close(clusters: &mut Vec<Cluster>, radius: f64) {
    if radius <= 0.0 {
        return;
    }
    loop {
        // Only clusters in neighbouring cells of a `radius` grid can be
        // closer than `radius`.
        #[allow(clippy::cast_possible_truncation)]
        let cell = |c: &Cluster| ((c.x / radius).floor() as i64, (c.y / radius).floor() as i64);
        let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> =
            std::collections::HashMap::new();
        for (i, c) in clusters.iter().enumerate() {
            grid.entry(cell(c)).or_default().push(i);
        }
        let mut closest: Option<(f64, usize, usize)> = None;
        for a in 0..clusters.len() {
            let (cx, cy) = cell(&clusters[a]);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let Some(others) = grid.get(&(cx + dx, cy + dy)) else {
                        continue;
                    };
                    for &b in others.iter().filter(|&&b| b > a) {
                        let d =
                            (clusters[a].x - clusters[b].x).hypot(clusters[a].y - clusters[b].y);
                        // Ties go to the lowest pair, as a plain scan would.
                        let better = closest.is_none_or(|(best, ba, bb)| {
                            d < best || (d == best && (a, b) < (ba, bb))
                        });
                        if d < radius && better {
                            closest = Some((d, a, b));
                        }
                    }
                }
            }
        }
        let Some((_, a, b)) = closest else {
            return;
        };
        let absorbed = clusters.remove(b);
        let kept = &mut clusters[a];
        #[allow(clippy::cast_precision_loss)]
        let (na, nb) = (kept.members.len() as f64, absorbed.members.len() as f64);
        kept.x = (kept.x * na + absorbed.x * nb) / (na + nb);
        kept.y = (kept.y * na + absorbed.y * nb) / (na + nb);
        kept.members.extend(absorbed.members);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shuffled<T: Clone>(items: &[T], seed: usize) -> Vec<T> {
        let mut out = items.to_vec();
        // A fixed permutation is enough: a rotation then a reversal.
        out.rotate_left(seed % items.len().max(1));
        if seed % 2 == 1 {
            out.reverse();
        }
        out
    }

    #[test]
    fn no_points_no_clusters() {
        assert!(cluster(&[], 10.0).is_empty());
    }

    #[test]
    fn one_point_is_its_own_cluster() {
        assert_eq!(
            cluster(&[(7, 3.0, 4.0)], 10.0),
            [Cluster {
                x: 3.0,
                y: 4.0,
                members: vec![7]
            }]
        );
    }

    #[test]
    fn points_far_apart_stay_apart() {
        let got = cluster(&[(1, 100.0, 100.0), (2, 0.0, 0.0)], 10.0);
        assert_eq!(got.len(), 2);
        // Top to bottom.
        assert_eq!(got[0].members, [2]);
        assert_eq!(got[1].members, [1]);
    }

    #[test]
    fn close_points_merge_at_their_mean() {
        let points = [
            (3, 10.0, 10.0),
            (1, 14.0, 10.0),
            (2, 12.0, 13.0),
            (9, 200.0, 5.0),
        ];
        let got = cluster(&points, 10.0);
        assert_eq!(got.len(), 2);
        let group = got
            .iter()
            .find(|c| c.members.len() == 3)
            .expect("a group of three");
        assert_eq!(group.members, [1, 2, 3]);
        assert!((group.x - 12.0).abs() < 1e-9 && (group.y - 11.0).abs() < 1e-9);
        assert!(got.iter().any(|c| c.members == [9]));
    }

    #[test]
    fn identical_points_group_and_radius_zero_groups_nothing() {
        let points = [(1, 5.0, 5.0), (2, 5.0, 5.0)];
        assert_eq!(cluster(&points, 1.0).len(), 1);
        assert_eq!(cluster(&points, 0.0).len(), 2);
    }

    #[test]
    fn the_order_of_the_input_does_not_matter() {
        // A chain of points 6 apart with radius 10: how it is cut depends
        // on where grouping starts, which must not be the input order.
        let mut points: Vec<(usize, f64, f64)> = (0..12)
            .map(|i| (i, 6.0 * i as f64, (i % 3) as f64))
            .collect();
        points.extend([(20, 50.0, 40.0), (21, 52.0, 41.0), (22, 300.0, 300.0)]);
        let expected = cluster(&points, 10.0);
        for seed in 0..points.len() * 2 {
            assert_eq!(cluster(&shuffled(&points, seed), 10.0), expected, "{seed}");
        }
        // Every cluster is at least a radius away from every other.
        for (i, a) in expected.iter().enumerate() {
            for b in &expected[i + 1..] {
                assert!((a.x - b.x).hypot(a.y - b.y) >= 10.0);
            }
        }
        let mut all: Vec<usize> = expected.iter().flat_map(|c| c.members.clone()).collect();
        all.sort_unstable();
        let mut ids: Vec<usize> = points.iter().map(|p| p.0).collect();
        ids.sort_unstable();
        assert_eq!(all, ids, "every point in exactly one cluster");
    }
}
