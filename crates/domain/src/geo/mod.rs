//! Geometry of administrative areas for maps drawn on the server: a
//! TopoJSON topology (the comuni of the province, shipped as reference
//! data) decoded into areas whose borders are shared arcs, an
//! equirectangular projection onto a pixel frame, per-arc simplification,
//! SVG path data, label points, point-in-area look-ups and the grouping of
//! dense markers.
//!
//! Everything here is pure: the caller reads the TopoJSON text and passes
//! it in. The module knows nothing of services or of SVG beyond path data,
//! so the same geometry serves the services map and choropleth charts.
//!
//! Coordinates in longitude/latitude are WGS 84 degrees, always in the
//! order `(lon, lat)`; projected coordinates are `(x, y)` pixels with `y`
//! pointing down, as in SVG.

mod cluster;
mod draw;
mod frame;
mod label;
mod topology;

#[cfg(test)]
mod tests;

pub use cluster::{Cluster, cluster};
pub use draw::{AreaPath, Drawing};
pub use frame::{BBox, Frame};
pub use topology::{ArcRef, Area, GeoError, ParseOptions, Polygon, Ring, Topology};
