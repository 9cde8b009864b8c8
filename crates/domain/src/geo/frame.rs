//! Boxes in degrees and the projection onto a pixel frame.

/// A box in longitude/latitude degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub min_lon: f64,
    pub min_lat: f64,
    pub max_lon: f64,
    pub max_lat: f64,
}

impl BBox {
    /// The box around nothing: extending or joining it gives the other box.
    pub const EMPTY: BBox = BBox {
        min_lon: f64::INFINITY,
        min_lat: f64::INFINITY,
        max_lon: f64::NEG_INFINITY,
        max_lat: f64::NEG_INFINITY,
    };

    pub fn is_empty(&self) -> bool {
        !(self.min_lon <= self.max_lon && self.min_lat <= self.max_lat)
    }

    /// Grows the box to take in the point.
    pub fn extend(&mut self, lon: f64, lat: f64) {
        self.min_lon = self.min_lon.min(lon);
        self.min_lat = self.min_lat.min(lat);
        self.max_lon = self.max_lon.max(lon);
        self.max_lat = self.max_lat.max(lat);
    }

    /// The smallest box around both.
    pub fn union(&self, other: &BBox) -> BBox {
        BBox {
            min_lon: self.min_lon.min(other.min_lon),
            min_lat: self.min_lat.min(other.min_lat),
            max_lon: self.max_lon.max(other.max_lon),
            max_lat: self.max_lat.max(other.max_lat),
        }
    }

    /// Whether the point is in the box, edges included.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.min_lon..=self.max_lon).contains(&lon) && (self.min_lat..=self.max_lat).contains(&lat)
    }
}

/// An equirectangular projection fitted to a `width` × `height` pixel
/// frame: longitude is scaled by the cosine of the box's middle latitude so
/// that shapes keep their proportions (good enough at the scale of a
/// province), `y` points down as in SVG, and the box is centred with the
/// same scale on both axes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    width: f64,
    height: f64,
    /// Pixels per degree of latitude.
    scale: f64,
    /// cos(middle latitude): the length of a degree of longitude relative
    /// to one of latitude.
    lon_factor: f64,
    min_lon: f64,
    max_lat: f64,
    /// Where the box's west and north edges land, in pixels.
    left: f64,
    top: f64,
}

impl Frame {
    /// The projection that fits `bbox` into the frame, leaving at least
    /// `padding` pixels on every side. An empty or degenerate box gives a
    /// frame that puts its single point in the centre.
    pub fn fit(bbox: BBox, width: f64, height: f64, padding: f64) -> Frame {
        let (bbox, lon_factor) = Self::box_and_factor(bbox);
        let span_x = (bbox.max_lon - bbox.min_lon) * lon_factor;
        let span_y = bbox.max_lat - bbox.min_lat;
        let room_x = (width - 2.0 * padding).max(0.0);
        let room_y = (height - 2.0 * padding).max(0.0);
        let fit = |room: f64, span: f64| {
            if span > 0.0 {
                room / span
            } else {
                f64::INFINITY
            }
        };
        let mut scale = fit(room_x, span_x).min(fit(room_y, span_y));
        if !scale.is_finite() {
            scale = 1.0;
        }
        Frame {
            width,
            height,
            scale,
            lon_factor,
            min_lon: bbox.min_lon,
            max_lat: bbox.max_lat,
            left: (width - span_x * scale) / 2.0,
            top: (height - span_y * scale) / 2.0,
        }
    }

    /// The height at which `bbox`, fitted to `width` with `padding`, fills
    /// the width exactly: the frame that wastes no space.
    pub fn height_for(bbox: BBox, width: f64, padding: f64) -> f64 {
        let (bbox, lon_factor) = Self::box_and_factor(bbox);
        let span_x = (bbox.max_lon - bbox.min_lon) * lon_factor;
        let span_y = bbox.max_lat - bbox.min_lat;
        if span_x > 0.0 {
            (width - 2.0 * padding).max(0.0) * span_y / span_x + 2.0 * padding
        } else {
            width
        }
    }

    fn box_and_factor(bbox: BBox) -> (BBox, f64) {
        let bbox = if bbox.is_empty() {
            BBox {
                min_lon: 0.0,
                min_lat: 0.0,
                max_lon: 0.0,
                max_lat: 0.0,
            }
        } else {
            bbox
        };
        let mid = (bbox.min_lat + bbox.max_lat) / 2.0;
        (bbox, mid.to_radians().cos().abs().max(1e-6))
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    pub fn height(&self) -> f64 {
        self.height
    }

    /// Pixels per degree of latitude.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Longitude/latitude to pixels.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.left + (lon - self.min_lon) * self.lon_factor * self.scale,
            self.top + (self.max_lat - lat) * self.scale,
        )
    }

    /// Pixels to longitude/latitude, the inverse of [`Frame::project`].
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.min_lon + (x - self.left) / (self.lon_factor * self.scale),
            self.max_lat - (y - self.top) / self.scale,
        )
    }

    /// Whether a projected point falls within the frame.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (0.0..=self.width).contains(&x) && (0.0..=self.height).contains(&y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: BBox = BBox {
        min_lon: 8.0,
        min_lat: 44.0,
        max_lon: 9.0,
        max_lat: 45.0,
    };

    #[test]
    fn fit_centres_and_keeps_the_aspect_ratio() {
        let frame = Frame::fit(BOX, 600.0, 600.0, 10.0);
        let (x0, y0) = frame.project(8.0, 45.0);
        let (x1, y1) = frame.project(9.0, 44.0);
        // Latitude limits the scale: the full height less the padding.
        assert!((y0 - 10.0).abs() < 1e-9 && (y1 - 590.0).abs() < 1e-9);
        // A degree of longitude at 44.5° is cos(44.5°) of a degree of latitude.
        let expected = 580.0 * 44.5_f64.to_radians().cos();
        assert!(((x1 - x0) - expected).abs() < 1e-9);
        assert!(((x0 + x1) / 2.0 - 300.0).abs() < 1e-9, "centred");
        let (lon, lat) = frame.unproject(123.0, 456.0);
        let (x, y) = frame.project(lon, lat);
        assert!((x - 123.0).abs() < 1e-9 && (y - 456.0).abs() < 1e-9);
    }

    #[test]
    fn height_for_gives_a_frame_without_slack() {
        let height = Frame::height_for(BOX, 400.0, 5.0);
        let frame = Frame::fit(BOX, 400.0, height, 5.0);
        let (x0, y0) = frame.project(8.0, 45.0);
        let (x1, y1) = frame.project(9.0, 44.0);
        assert!((x0 - 5.0).abs() < 1e-9 && (x1 - 395.0).abs() < 1e-9);
        assert!((y0 - 5.0).abs() < 1e-9 && (y1 - (height - 5.0)).abs() < 1e-9);
    }

    #[test]
    fn a_degenerate_box_lands_in_the_centre() {
        let point = BBox {
            min_lon: 8.5,
            min_lat: 44.5,
            max_lon: 8.5,
            max_lat: 44.5,
        };
        let frame = Frame::fit(point, 200.0, 100.0, 10.0);
        assert_eq!(frame.project(8.5, 44.5), (100.0, 50.0));
        let empty = Frame::fit(BBox::EMPTY, 200.0, 100.0, 10.0);
        assert_eq!(empty.project(0.0, 0.0), (100.0, 50.0));
    }
}
