//! Numbers as readers of each language write them: in full for values in
//! tooltips, and short for axis ticks.
//!
//! Arabic pages keep Western digits (the rest of the site uses them, and
//! figures copied from a chart stay machine-readable) but take the Arabic
//! separators: U+066C for thousands and U+066B for decimals, as CLDR does
//! for Arabic with Latin digits. Both separators are of the bidi class
//! "Arabic number", so a figure stays one left-to-right run inside
//! right-to-left text; a minus sign is preceded by a left-to-right mark
//! (U+200E) so that it stays on the left of the digits instead of being
//! moved to their right.

use crate::lang::Lang;

/// What a value that is not a finite number is written as.
const NOT_A_NUMBER: &str = "–";

/// Decimal places at most: more says nothing about the data and only makes
/// the text longer.
const MAX_DECIMALS: u8 = 12;

/// Thousands separator, decimal separator and minus sign.
const fn symbols(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::It => (".", ",", "-"),
        Lang::En => (",", ".", "-"),
        // CLDR's French grouping: a narrow no-break space.
        Lang::Fr => ("\u{202f}", ",", "-"),
        Lang::Ar => ("\u{66c}", "\u{66b}", "\u{200e}-"),
    }
}

/// Units for short numbers, the largest first, each with the text put
/// after the scaled number (joined with a no-break space where the language
/// writes one). Italian writes thousands in full ("12.000"), as Italian
/// statistics do.
const fn units(lang: Lang) -> &'static [(f64, &'static str)] {
    match lang {
        Lang::It => &[(1e9, "\u{a0}Mrd"), (1e6, "\u{a0}Mln")],
        Lang::En => &[(1e9, "B"), (1e6, "M"), (1e3, "K")],
        Lang::Fr => &[(1e9, "\u{a0}Md"), (1e6, "\u{a0}M"), (1e3, "\u{a0}k")],
        Lang::Ar => &[
            (1e9, "\u{a0}مليار"),
            (1e6, "\u{a0}مليون"),
            (1e3, "\u{a0}ألف"),
        ],
    }
}

/// A value in full, with exactly `decimals` decimal places (at most 12)
/// and the language's separators: `1.234.567,5` in Italian,
/// `1,234,567.5` in English, `1 234 567,5` in French (narrow no-break
/// space) and `1٬234٬567٫5` in Arabic. A value that rounds to zero is
/// written without a sign; one that is not a finite number as `–`.
pub fn format_number(value: f64, lang: Lang, decimals: u8) -> String {
    write_number(value, lang, decimals, false)
}

/// A value short enough for an axis tick: millions and billions (and, but
/// in Italian, thousands) scaled with the language's abbreviation, with up
/// to two decimal places and no trailing zeros: `12.000` and `1,2 Mln` in
/// Italian, `12K` and `1.2M` in English, `12 k` and `1,2 M` in French. A
/// value under one keeps two significant digits (`0.0012`).
pub fn format_compact(value: f64, lang: Lang) -> String {
    compact(value, lang, None)
}

/// The label of an axis tick: like [`format_compact`], with enough decimal
/// places that ticks `step` apart never read the same.
pub(super) fn format_tick(value: f64, lang: Lang, step: f64) -> String {
    compact(value, lang, Some(step))
}

fn compact(value: f64, lang: Lang, step: Option<f64>) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let magnitude = value.abs();
    for &(divisor, suffix) in units(lang) {
        let decimals = step.map_or(2, |s| decimals_of(s / divisor));
        // The unit applies when the scaled value still reads as one or
        // more once rounded, so 999 999 becomes "1M" rather than "1000K".
        if round_to(magnitude / divisor, decimals) >= 1.0 {
            let mut out = write_number(value / divisor, lang, decimals, true);
            out.push_str(suffix);
            return out;
        }
    }
    let decimals = match step {
        Some(s) => decimals_of(s),
        None if magnitude >= 1.0 || magnitude == 0.0 => 2,
        // Two significant digits: 0.0012, not 0.
        None => significant_decimals(magnitude),
    };
    write_number(value, lang, decimals, true)
}

/// The fewest decimal places (at most six) that write `step` exactly,
/// so that neighbouring ticks differ.
fn decimals_of(step: f64) -> u8 {
    let step = step.abs();
    if !step.is_finite() || step == 0.0 {
        return 0;
    }
    (0..6u8)
        .find(|&d| is_whole(step * 10f64.powi(i32::from(d))))
        .unwrap_or(6)
}

/// Decimal places that show two significant digits of a value under one.
fn significant_decimals(magnitude: f64) -> u8 {
    let leading_zeros = -magnitude.log10().floor();
    // Between 1 and 7 for values under one; the cast cannot overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let decimals = (leading_zeros + 1.0).clamp(1.0, 6.0) as u8;
    decimals
}

/// Whether a value is a whole number but for the noise of binary
/// fractions (0.1 × 10 = 1.0000000000000002) and of its own magnitude.
fn is_whole(value: f64) -> bool {
    (value - value.round()).abs() < 1e-6f64.max(value.abs() * 1e-12)
}

fn round_to(value: f64, decimals: u8) -> f64 {
    let unit = 10f64.powi(i32::from(decimals));
    (value * unit).round() / unit
}

/// Writes `value` with `decimals` places, dropping the zeros at the end of
/// the decimals (and the separator with them) when `trim`.
pub(super) fn write_number(value: f64, lang: Lang, decimals: u8, trim: bool) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let decimals = usize::from(decimals.min(MAX_DECIMALS));
    // Rust writes the exact decimal expansion, correctly rounded.
    let plain = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let frac_part = if trim {
        frac_part.trim_end_matches('0')
    } else {
        frac_part
    };
    let is_zero = int_part.bytes().all(|b| b == b'0') && frac_part.bytes().all(|b| b == b'0');
    let (thousands, decimal, minus) = symbols(lang);
    let mut out = String::with_capacity(plain.len() + 8);
    if value < 0.0 && !is_zero {
        out.push_str(minus);
    }
    let digits = int_part.len();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push_str(thousands);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push_str(decimal);
        out.push_str(frac_part);
    }
    out
}

/// The decimal places that show every value as given, up to two (or up to
/// four when every value is under one, so small rates do not all read 0).
pub(super) fn auto_decimals<I: IntoIterator<Item = f64>>(values: I) -> u8 {
    let mut needed = 0u8;
    let mut largest = 0f64;
    for value in values {
        largest = largest.max(value.abs());
        needed = needed.max(
            (0..=4u8)
                .find(|&d| is_whole(value * 10f64.powi(i32::from(d))))
                .unwrap_or(4),
        );
    }
    let cap = if largest < 1.0 { 4 } else { 2 };
    needed.min(cap)
}
