//! Colours: the Okabe–Ito palette for categories and a single-hue blue
//! ramp for ordered classes.

/// The eight colours of Okabe and Ito, which readers with any common form
/// of colour blindness can still tell apart. The order puts first the four
/// with a contrast of at least 3:1 on white (the WCAG ratio for graphics),
/// and yellow, the palest, last.
pub const CATEGORICAL: [&str; 8] = [
    "#0072B2", // blue
    "#D55E00", // vermillion
    "#009E73", // bluish green
    "#CC79A7", // reddish purple
    "#E69F00", // orange
    "#56B4E9", // sky blue
    "#000000", // black
    "#F0E442", // yellow
];

/// Fewest and most classes of [`sequential`].
pub const SEQUENTIAL_CLASSES: std::ops::RangeInclusive<usize> = 3..=7;

/// ColorBrewer's "Blues" (Cynthia Brewer, Pennsylvania State University),
/// one ramp per number of classes: every step is darker than the one
/// before, so the order survives printing in grey and colour blindness.
const BLUES: [&[&str]; 5] = [
    &["#deebf7", "#9ecae1", "#3182bd"],
    &["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
    &["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
    &[
        "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c",
    ],
    &[
        "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594",
    ],
];

/// The colours of `classes` ordered classes, lightest (lowest) first,
/// each strictly darker than the one before. The number of classes is
/// brought within [`SEQUENTIAL_CLASSES`].
pub fn sequential(classes: usize) -> Vec<&'static str> {
    let classes = classes.clamp(*SEQUENTIAL_CLASSES.start(), *SEQUENTIAL_CLASSES.end());
    BLUES[classes - SEQUENTIAL_CLASSES.start()].to_vec()
}

/// The WCAG relative luminance of a `#rrggbb` colour, from 0 (black) to 1
/// (white): what decides whether a label on it should be dark or light.
pub fn relative_luminance(hex: &str) -> Option<f64> {
    let digits = hex.strip_prefix('#')?;
    if digits.len() != 6 || !digits.is_ascii() {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(&digits[i..i + 2], 16).ok()?) / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (relative_luminance(a)?, relative_luminance(b)?);
    Some((la.max(lb) + 0.05) / (la.min(lb) + 0.05))
}
