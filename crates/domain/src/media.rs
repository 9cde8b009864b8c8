//! Images of the media library: their texts per language and the rule that
//! an image needs Italian alternative text before a published story shows it.

use crate::{lang::Lang, time::Timestamp};

/// Alternative text and caption of an image in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MediaText {
    pub lang: Lang,
    pub alt_text: String,
    pub caption: String,
}

/// A responsive variant: the image at one width in one format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: i64,
    /// `webp` or `jpeg`.
    pub format: String,
    pub storage_key: String,
}

#[derive(Debug, Clone)]
pub struct Media {
    pub id: i64,
    pub storage_key: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub width: i64,
    pub height: i64,
    pub original_name: String,
    pub credit: String,
    pub licence: String,
    /// `pending`, `ready` or `failed`.
    pub variants_state: String,
    pub created_at: Timestamp,
    pub texts: Vec<MediaText>,
    pub variants: Vec<Variant>,
}

impl Media {
    /// The text in `lang`, else the Italian one, else empty.
    pub fn text(&self, lang: &Lang) -> MediaText {
        let lang = *lang;
        let own = self
            .texts
            .iter()
            .find(|t| t.lang == lang && !t.alt_text.is_empty());
        own.or_else(|| self.texts.iter().find(|t| t.lang == Lang::It))
            .cloned()
            .unwrap_or_default()
    }

    /// Whether the image may appear in a published story: it needs an
    /// Italian description for people who cannot see it.
    pub fn publishable(&self) -> bool {
        self.texts
            .iter()
            .any(|t| t.lang == Lang::It && !t.alt_text.trim().is_empty())
    }

    /// `srcset` for one format, narrowest first; empty until the variants
    /// job has run.
    pub fn srcset(&self, format: &str) -> String {
        let mut variants: Vec<&Variant> = self
            .variants
            .iter()
            .filter(|v| v.format == format)
            .collect();
        variants.sort_by_key(|v| v.width);
        variants
            .iter()
            .map(|v| format!("/media/{} {}w", v.storage_key, v.width))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The address of the widest JPEG variant, or of the original.
    pub fn fallback_src(&self) -> String {
        let widest = self
            .variants
            .iter()
            .filter(|v| v.format == "jpeg")
            .max_by_key(|v| v.width);
        format!(
            "/media/{}",
            widest.map_or(self.storage_key.as_str(), |v| v.storage_key.as_str())
        )
    }

    /// Height for a given width, keeping the proportions (for `width` and
    /// `height` attributes, so the page does not jump while it loads).
    pub fn height_for(&self, width: i64) -> i64 {
        if self.width == 0 {
            0
        } else {
            self.height * width / self.width
        }
    }
}

/// Licences offered for an image.
pub const LICENCES: [&str; 6] = [
    "CC BY 4.0",
    "CC BY-SA 4.0",
    "CC BY-NC 4.0",
    "CC0 1.0",
    "pubblico-dominio",
    "tutti-i-diritti-riservati",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn media() -> Media {
        Media {
            id: 1,
            storage_key: "2026/11/a.jpg".into(),
            content_type: "image/jpeg".into(),
            size_bytes: 10,
            width: 2000,
            height: 1000,
            original_name: "a.jpg".into(),
            credit: String::new(),
            licence: String::new(),
            variants_state: "ready".into(),
            created_at: Timestamp(0),
            texts: vec![],
            variants: vec![
                Variant {
                    width: 960,
                    format: "webp".into(),
                    storage_key: "2026/11/a-960.webp".into(),
                },
                Variant {
                    width: 480,
                    format: "webp".into(),
                    storage_key: "2026/11/a-480.webp".into(),
                },
                Variant {
                    width: 960,
                    format: "jpeg".into(),
                    storage_key: "2026/11/a-960.jpg".into(),
                },
            ],
        }
    }

    #[test]
    fn italian_alt_text_is_required_to_publish() {
        let mut m = media();
        assert!(!m.publishable());
        m.texts.push(MediaText {
            lang: Lang::En,
            alt_text: "A market".into(),
            caption: String::new(),
        });
        assert!(!m.publishable());
        assert_eq!(m.text(&Lang::Ar).alt_text, "");
        m.texts.push(MediaText {
            lang: Lang::It,
            alt_text: "Un mercato".into(),
            caption: String::new(),
        });
        assert!(m.publishable());
        assert_eq!(m.text(&Lang::En).alt_text, "A market");
        assert_eq!(m.text(&Lang::Ar).alt_text, "Un mercato");
    }

    #[test]
    fn srcset_and_fallback() {
        let m = media();
        assert_eq!(
            m.srcset("webp"),
            "/media/2026/11/a-480.webp 480w, /media/2026/11/a-960.webp 960w"
        );
        assert_eq!(m.fallback_src(), "/media/2026/11/a-960.jpg");
        assert_eq!(m.height_for(960), 480);
    }
}
