//! Story addresses: lower-case ASCII words joined by hyphens, made from the
//! title in any of the four languages (Italian and French accents folded,
//! Arabic transliterated), editable, unique.

use std::fmt;

use crate::FieldError;

/// A valid slug.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

/// The longest slug made from a title, cut at a word boundary.
pub const SLUG_MAX: usize = 80;

impl Slug {
    /// Checks a slug typed by an editor (after folding it like a title).
    pub fn parse(value: &str) -> Result<Slug, FieldError> {
        let slug = slugify(value);
        if slug.is_empty() {
            return Err(FieldError::new("slug", "error-slug-invalid"));
        }
        Ok(Slug(slug))
    }

    /// For values read back from the database.
    pub fn from_trusted(value: String) -> Slug {
        Slug(value)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `n`-th alternative when the slug is taken: `titolo-2`, `titolo-3`…
    pub fn with_suffix(&self, n: u32) -> Slug {
        let suffix = format!("-{n}");
        let mut base = self.0.clone();
        base.truncate(SLUG_MAX - suffix.len());
        let base = base.trim_end_matches('-');
        Slug(format!("{base}{suffix}"))
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Latin letters with diacritics, ligatures and Arabic letters as plain
/// ASCII. Anything without a mapping separates words.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ç' | 'ć' | 'č' => "c",
        'ñ' | 'ń' => "n",
        'ý' | 'ÿ' => "y",
        'š' | 'ś' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'ğ' => "g",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        // Arabic, a simple readable transliteration.
        'ا' | 'أ' | 'آ' | 'ى' | 'ة' => "a",
        'إ' => "i",
        'ب' => "b",
        'ت' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'ط' => "t",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' | 'ؤ' => "w",
        'ي' | 'ئ' => "y",
        // Letters with no sound of their own in a Latin address.
        'ع' | 'ء' | 'ـ' => "",
        '٠' => "0",
        '١' => "1",
        '٢' => "2",
        '٣' => "3",
        '٤' => "4",
        '٥' => "5",
        '٦' => "6",
        '٧' => "7",
        '٨' => "8",
        '٩' => "9",
        _ => return None,
    })
}

/// Makes a slug from a title: `L'università per tutti` → `l-universita-per-tutti`.
/// Returns an empty string when nothing usable is left.
pub fn slugify(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut pending_hyphen = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let piece: Option<std::borrow::Cow<'static, str>> = if c.is_ascii_alphanumeric() {
            Some(c.to_string().into())
        } else if let Some(folded) = fold(c) {
            if folded.is_empty() {
                continue;
            }
            Some(folded.into())
        } else if is_combining_mark(c) {
            continue;
        } else {
            None
        };
        match piece {
            Some(piece) => {
                if pending_hyphen && !out.is_empty() {
                    out.push('-');
                }
                pending_hyphen = false;
                out.push_str(&piece);
            }
            None => pending_hyphen = true,
        }
    }
    if out.len() > SLUG_MAX {
        let cut = out[..=SLUG_MAX]
            .rfind('-')
            .filter(|i| *i > SLUG_MAX / 2)
            .unwrap_or(SLUG_MAX);
        out.truncate(cut);
    }
    out.trim_end_matches('-').to_owned()
}

/// Arabic short vowels and other combining marks: dropped, not separators.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_titles() {
        let cases = [
            ("L'università per tutti", "l-universita-per-tutti"),
            (
                "  Accoglienza: 300 posti in più  ",
                "accoglienza-300-posti-in-piu",
            ),
            ("Ça marche — très bien!", "ca-marche-tres-bien"),
            ("Œuvre & cœur", "oeuvre-coeur"),
            ("مرحبا بكم في ألساندريا", "mrhba-bkm-fy-alsandrya"),
            ("الدورة ٢٠٢٦", "aldwra-2026"),
            ("مَدْرَسَة", "mdrsa"),
            ("<script>alert(1)</script>", "script-alert-1-script"),
            ("!!!", ""),
            ("", ""),
        ];
        for (title, expected) in cases {
            assert_eq!(slugify(title), expected, "{title:?}");
            if !expected.is_empty() {
                assert!(crate::pages::is_valid_slug(expected));
            }
        }
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let title = "parola ".repeat(40);
        let slug = slugify(&title);
        assert!(slug.len() <= SLUG_MAX);
        assert!(slug.ends_with("parola"));
        let one_word = "a".repeat(200);
        assert_eq!(slugify(&one_word).len(), SLUG_MAX);
    }

    #[test]
    fn suffixes_for_collisions() {
        let slug = Slug::parse("Una storia").expect("valid");
        assert_eq!(slug.with_suffix(2).as_str(), "una-storia-2");
        let long = Slug::parse(&"b".repeat(200)).expect("valid");
        assert!(long.with_suffix(12).as_str().len() <= SLUG_MAX);
        assert!(long.with_suffix(12).as_str().ends_with("-12"));
        assert!(Slug::parse("---").is_err());
    }
}
