//! Image checks and encodings, with no I/O: what an upload really is (from
//! its bytes, never its name), decoding under limits against decompression
//! bombs, the stored original (orientation applied, every metadata block
//! dropped by re-encoding), and the responsive variants made by a job.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, imageops::FilterType};

/// The formats accepted for upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
    Webp,
}

impl Kind {
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Webp => "image/webp",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Webp => "webp",
        }
    }

    fn format(self) -> ImageFormat {
        match self {
            Kind::Jpeg => ImageFormat::Jpeg,
            Kind::Png => ImageFormat::Png,
            Kind::Webp => ImageFormat::WebP,
        }
    }
}

/// Why an upload was refused; each has a message in the translation files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("the image is larger than the pixel limit")]
    TooManyPixels,
    #[error("the image is damaged or incomplete")]
    Damaged,
}

impl ImageError {
    pub fn message_key(self) -> &'static str {
        match self {
            ImageError::NotAnImage => "media-error-type",
            ImageError::TooManyPixels => "media-error-pixels",
            ImageError::Damaged => "media-error-damaged",
        }
    }
}

/// The longest side accepted, and the decoder's memory ceiling: a small
/// file that claims to be 100,000 pixels wide is refused before any
/// allocation.
pub const MAX_SIDE: u32 = 12_000;
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// Width × height at most (about 50 megapixels, a high-end camera).
pub const MAX_PIXELS: u64 = 50_000_000;

/// The kind of image, from its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::Webp)
    } else {
        None
    }
}

/// Whether a JPEG stream reaches its end-of-image marker. Decoders fill a
/// cut-off file with grey instead of failing, so the structure is walked:
/// marker segments are skipped by their length, entropy-coded data is
/// scanned for the next marker (`FF 00` and restart markers belong to the
/// data), and the file is complete only if `FF D9` follows.
pub fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut i = 2; // after SOI
    while i + 1 < bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        match marker {
            0xD9 => return true,
            0xFF => i += 1, // fill byte
            0x01 | 0xD0..=0xD7 => i += 2,
            _ => {
                if i + 3 >= bytes.len() {
                    return false;
                }
                let length = u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
                if length < 2 {
                    return false;
                }
                i += 2 + length;
                if marker == 0xDA {
                    // Entropy-coded data up to the next real marker.
                    loop {
                        if i + 1 >= bytes.len() {
                            return false;
                        }
                        if bytes[i] == 0xFF && !matches!(bytes[i + 1], 0x00 | 0xD0..=0xD7 | 0xFF) {
                            break;
                        }
                        i += 1;
                    }
                }
            }
        }
    }
    false
}

/// A JPEG without its metadata, byte for byte otherwise: application
/// segments `APP1`–`APP15` (EXIF, GPS, XMP, ICC, maker notes) and comments
/// are left out wherever they are, and anything after the end-of-image
/// marker (a hidden trailer) is dropped. `None` when the structure is not a
/// complete JPEG. Only `APP0` (the JFIF header) is kept.
pub fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..2)?);
    let mut i = 2;
    while i + 1 < bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        match marker {
            0xD9 => {
                out.extend_from_slice(&[0xFF, 0xD9]);
                return Some(out);
            }
            0xFF => i += 1,
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&bytes[i..i + 2]);
                i += 2;
            }
            _ => {
                let length = u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]) as usize;
                if length < 2 {
                    return None;
                }
                let end = i + 2 + length;
                let segment = bytes.get(i..end)?;
                let metadata = matches!(marker, 0xE1..=0xEF | 0xFE);
                if !metadata {
                    out.extend_from_slice(segment);
                }
                i = end;
                if marker == 0xDA {
                    let start = i;
                    loop {
                        if i + 1 >= bytes.len() {
                            return None;
                        }
                        if bytes[i] == 0xFF && !matches!(bytes[i + 1], 0x00 | 0xD0..=0xD7 | 0xFF) {
                            break;
                        }
                        i += 1;
                    }
                    out.extend_from_slice(&bytes[start..i]);
                }
            }
        }
    }
    None
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Decodes an image of a known kind under the limits, orientation applied.
pub fn decode(bytes: &[u8], kind: Kind) -> Result<DynamicImage, ImageError> {
    decode_with_orientation(bytes, kind).map(|(image, _)| image)
}

/// Like [`decode`], and says whether the file was already upright.
fn decode_with_orientation(bytes: &[u8], kind: Kind) -> Result<(DynamicImage, bool), ImageError> {
    if kind == Kind::Jpeg && !jpeg_is_complete(bytes) {
        return Err(ImageError::Damaged);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(kind.format());
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError::TooManyPixels);
    }
    let orientation = decoder.orientation().map_err(classify)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(classify)?;
    image.apply_orientation(orientation);
    Ok((
        image,
        orientation == image::metadata::Orientation::NoTransforms,
    ))
}

fn classify(error: image::ImageError) -> ImageError {
    match error {
        image::ImageError::Limits(_) => ImageError::TooManyPixels,
        image::ImageError::Unsupported(_) => ImageError::NotAnImage,
        _ => ImageError::Damaged,
    }
}

/// An accepted upload, ready to store.
#[derive(Debug)]
pub struct Prepared {
    pub kind: Kind,
    pub width: u32,
    pub height: u32,
    /// Re-encoded: no EXIF, GPS, XMP, ICC or comment block survives.
    pub bytes: Vec<u8>,
}

/// Checks an upload and makes the stored original: decoded, turned upright,
/// and written again in its own format, which keeps the pixels and drops
/// everything else.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, ImageError> {
    let kind = sniff(bytes).ok_or(ImageError::NotAnImage)?;
    let (image, upright) = decode_with_orientation(bytes, kind)?;
    let bytes = match kind {
        // Already upright: the metadata goes, the compressed pixels stay
        // (no second lossy pass, and much faster than encoding again).
        Kind::Jpeg if upright => strip_jpeg(bytes).ok_or(ImageError::Damaged)?,
        Kind::Jpeg => encode_jpeg(&image, 92),
        Kind::Png => {
            let mut out = Vec::new();
            image
                .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
                .map_err(|_| ImageError::Damaged)?;
            out
        }
        Kind::Webp => encode_webp(&image, 92.0),
    };
    Ok(Prepared {
        kind,
        width: image.width(),
        height: image.height(),
        bytes,
    })
}

/// The widths made for `srcset`: those narrower than the original, and the
/// original's own width when it is under the largest.
pub const VARIANT_WIDTHS: [u32; 3] = [480, 960, 1600];

pub fn variant_widths(original_width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = VARIANT_WIDTHS
        .iter()
        .copied()
        .filter(|w| *w < original_width)
        .collect();
    if original_width < VARIANT_WIDTHS[VARIANT_WIDTHS.len() - 1] {
        widths.push(original_width);
    }
    widths
}

/// Formats of the variants: WebP for browsers that take it, JPEG for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariantFormat {
    Webp,
    Jpeg,
}

impl VariantFormat {
    pub const ALL: [VariantFormat; 2] = [VariantFormat::Webp, VariantFormat::Jpeg];

    pub fn as_str(self) -> &'static str {
        match self {
            VariantFormat::Webp => "webp",
            VariantFormat::Jpeg => "jpeg",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            VariantFormat::Webp => "image/webp",
            VariantFormat::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            VariantFormat::Webp => "webp",
            VariantFormat::Jpeg => "jpg",
        }
    }
}

/// One variant: the image scaled to `width` (never up) and encoded.
pub fn variant(image: &DynamicImage, width: u32, format: VariantFormat) -> Vec<u8> {
    let scaled;
    let source = if width < image.width() {
        let height = ((u64::from(image.height()) * u64::from(width)) / u64::from(image.width()))
            .max(1) as u32;
        scaled = image.resize_exact(width, height, FilterType::CatmullRom);
        &scaled
    } else {
        image
    };
    match format {
        VariantFormat::Webp => encode_webp(source, 80.0),
        VariantFormat::Jpeg => encode_jpeg(source, 82),
    }
}

/// JPEG has no transparency: transparent pixels are laid on white.
fn encode_jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let rgb = if image.color().has_alpha() {
        let rgba = image.to_rgba8();
        let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
        for (to, from) in rgb.pixels_mut().zip(rgba.pixels()) {
            let alpha = u16::from(from[3]);
            for c in 0..3 {
                to[c] = ((u16::from(from[c]) * alpha + 255 * (255 - alpha)) / 255) as u8;
            }
        }
        rgb
    } else {
        image.to_rgb8()
    };
    let mut out = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    // An RGB buffer of the right size always encodes.
    if encoder.encode_image(&rgb).is_err() {
        out.clear();
    }
    out
}

fn encode_webp(image: &DynamicImage, quality: f32) -> Vec<u8> {
    if image.color().has_alpha() {
        let rgba = image.to_rgba8();
        webp::Encoder::from_rgba(&rgba, rgba.width(), rgba.height())
            .encode(quality)
            .to_vec()
    } else {
        let rgb = image.to_rgb8();
        webp::Encoder::from_rgb(&rgb, rgb.width(), rgb.height())
            .encode(quality)
            .to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        encode_jpeg(
            &DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
                image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
            })),
            90,
        )
    }

    #[test]
    fn the_type_comes_from_the_bytes() {
        assert_eq!(sniff(&jpeg(8, 8)), Some(Kind::Jpeg));
        assert_eq!(sniff(b"<script>alert(1)</script>"), None);
        assert_eq!(sniff(b"GIF89a......"), None);
        assert_eq!(
            prepare(b"<svg onload=alert(1)>").expect_err("refused"),
            ImageError::NotAnImage
        );
    }

    #[test]
    fn an_upright_jpeg_loses_its_metadata_and_keeps_its_pixels() {
        let plain = jpeg(64, 48);
        // APP1 (an EXIF-like block naming a place), a comment, and a trailer.
        let mut tagged = plain[..2].to_vec();
        let app1 = b"Exif\0\0SECRET-PLACE-45.09N";
        tagged.extend_from_slice(&[0xFF, 0xE1]);
        tagged.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
        tagged.extend_from_slice(app1);
        tagged.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x09]);
        tagged.extend_from_slice(b"comment");
        tagged.extend_from_slice(&plain[2..]);
        tagged.extend_from_slice(b"TRAILER-WITH-A-VIDEO");
        let prepared = prepare(&tagged).expect("accepted");
        let contains = |needle: &[u8]| prepared.bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!contains(b"SECRET-PLACE"));
        assert!(!contains(b"Exif"));
        assert!(!contains(b"comment"));
        assert!(!contains(b"TRAILER"));
        assert_eq!(prepared.bytes, plain, "the rest is byte for byte the same");
        assert!(strip_jpeg(&plain[..plain.len() - 10]).is_none());
    }

    #[test]
    fn a_cut_jpeg_is_damaged() {
        let whole = jpeg(64, 64);
        assert!(jpeg_is_complete(&whole));
        let cut = &whole[..whole.len() * 2 / 3];
        assert!(!jpeg_is_complete(cut));
        assert_eq!(prepare(cut).expect_err("refused"), ImageError::Damaged);
    }

    #[test]
    fn a_small_file_claiming_huge_dimensions_is_refused() {
        // A PNG header that declares 50,000 × 50,000 pixels.
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&50_000u32.to_be_bytes());
        png.extend_from_slice(&50_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 2, 0, 0, 0]);
        let crc = crc32(&png[12..]);
        png.extend_from_slice(&crc.to_be_bytes());
        assert_eq!(
            prepare(&png).expect_err("refused"),
            ImageError::TooManyPixels
        );
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn variants_never_scale_up() {
        assert_eq!(variant_widths(4000), vec![480, 960, 1600]);
        assert_eq!(variant_widths(1000), vec![480, 960, 1000]);
        assert_eq!(variant_widths(300), vec![300]);
        let image = decode(&jpeg(1000, 500), Kind::Jpeg).expect("decodes");
        let small = variant(&image, 480, VariantFormat::Webp);
        assert_eq!(sniff(&small), Some(Kind::Webp));
        let small = decode(&small, Kind::Webp).expect("decodes");
        assert_eq!((small.width(), small.height()), (480, 240));
        let jpeg = variant(&image, 1000, VariantFormat::Jpeg);
        assert_eq!(sniff(&jpeg), Some(Kind::Jpeg));
    }
}
