//! AgorAL's domain: the types, validation rules and state machines that every
//! other layer speaks. Nothing here touches the network, the database or the
//! file system, so the rules can be tested in isolation and reused by the
//! web layer, the storage layer and the command line alike.

pub mod accounts;
pub mod articles;
pub mod audit;
pub mod comuni;
pub mod feeds;
pub mod geo;
pub mod intake;
pub mod jobs;
pub mod lang;
pub mod mail;
pub mod mailbox;
pub mod media;
pub mod net;
pub mod observatory;
pub mod organisations;
pub mod pages;
pub mod problem_reports;
pub mod services;
pub mod time;
pub mod tokens;
pub mod totp;

/// A validation failure on one named field, with a translation key for the
/// message the user sees. Forms collect these and re-render with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name, as in the HTML `name` attribute.
    pub field: &'static str,
    /// The Fluent message id that explains the problem.
    pub message: &'static str,
}

impl FieldError {
    pub const fn new(field: &'static str, message: &'static str) -> Self {
        Self { field, message }
    }
}

/// Trims a text field and checks its length in characters and that it holds
/// no control characters other than line breaks and tabs (when `multiline`).
/// A single line (a title, a name) may not hold the characters that
/// override or isolate the direction of text either: see
/// [`is_bidi_override`].
pub fn clean_text(
    field: &'static str,
    value: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, FieldError> {
    let value = value.trim();
    let len = value.chars().count();
    if len == 0 && min > 0 {
        return Err(FieldError::new(field, "error-required"));
    }
    if len < min {
        return Err(FieldError::new(field, too_short_message(min)));
    }
    if len > max {
        return Err(FieldError::new(field, "error-too-long"));
    }
    let bad = value
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    if bad {
        return Err(FieldError::new(field, "error-control-characters"));
    }
    if !multiline && value.chars().any(is_bidi_override) {
        return Err(FieldError::new(field, "error-bidi-control"));
    }
    Ok(value.to_owned())
}

/// The characters that embed, override or isolate a direction of text
/// (U+202A–U+202E, U+2066–U+2069). In a title they reorder what follows
/// them, so that a list or a page shows text other than the one stored
/// (`U+202E` turns `gpj.exe` around). The marks U+200E, U+200F and U+061C,
/// which Arabic text mixed with Latin names needs, are not among them.
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The Fluent ids of "too short", each naming its minimum: message ids are
/// static, so every minimum a form uses has its own, all written in the
/// translation files from one term (`-text-too-short(min: 5)`).
pub const TOO_SHORT_MESSAGES: &[(usize, &str)] = &[
    (2, "error-too-short-2"),
    (3, "error-too-short-3"),
    (5, "error-too-short-5"),
    (20, "error-too-short-20"),
    (30, "error-too-short-30"),
];

/// "Too short, write at least `min` characters"; a minimum without a
/// message of its own gets the words without the number.
pub fn too_short_message(min: usize) -> &'static str {
    TOO_SHORT_MESSAGES
        .iter()
        .find(|(n, _)| *n == min)
        .map_or("error-too-short", |(_, key)| key)
}

/// An optional email field: `None` when empty, the address normalised
/// when valid, else the error pushed under `field` and `None`.
pub fn optional_email(
    field: &'static str,
    value: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match value.trim() {
        "" => None,
        value => match accounts::Email::parse(value) {
            Ok(email) => Some(email.as_str().to_owned()),
            Err(e) => {
                errors.push(FieldError::new(field, e.message));
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_rules() {
        type Case<'a> = (&'a str, usize, usize, bool, Result<&'a str, &'a str>);
        let cases: &[Case] = &[
            ("  ciao  ", 1, 10, false, Ok("ciao")),
            ("", 1, 10, false, Err("error-required")),
            ("   ", 1, 10, false, Err("error-required")),
            ("abcdefghijk", 1, 10, false, Err("error-too-long")),
            ("a\u{0}b", 1, 10, false, Err("error-control-characters")),
            ("a\nb", 1, 10, false, Err("error-control-characters")),
            ("a\nb", 1, 10, true, Ok("a\nb")),
            ("مرحبا", 1, 5, false, Ok("مرحبا")),
            // Too short is not missing: the message names the minimum.
            ("ab", 5, 10, false, Err("error-too-short-5")),
            (" ab ", 3, 10, false, Err("error-too-short-3")),
            ("ab", 4, 10, false, Err("error-too-short")),
            ("", 5, 10, false, Err("error-required")),
            ("abcde", 5, 10, false, Ok("abcde")),
            // Direction overrides and isolates are refused in one line…
            (
                "abc\u{202E}gpj.exe",
                1,
                20,
                false,
                Err("error-bidi-control"),
            ),
            ("\u{202A}a", 1, 20, false, Err("error-bidi-control")),
            (
                "a\u{2066}b\u{2069}",
                1,
                20,
                false,
                Err("error-bidi-control"),
            ),
            ("\u{2068}x", 1, 20, false, Err("error-bidi-control")),
            // …while the marks that Arabic mixed with Latin needs are kept.
            (
                "مدرسة\u{200F} ABC\u{200E}",
                1,
                20,
                false,
                Ok("مدرسة\u{200F} ABC\u{200E}"),
            ),
            ("\u{061C}١٢", 1, 20, false, Ok("\u{061C}١٢")),
            // A longer text is left to its own rendering.
            ("a\u{202E}b", 1, 20, true, Ok("a\u{202E}b")),
        ];
        for (input, min, max, multi, expected) in cases {
            let got = clean_text("f", input, *min, *max, *multi);
            match expected {
                Ok(v) => assert_eq!(got.as_deref(), Ok(*v), "{input:?}"),
                Err(m) => assert_eq!(got.map_err(|e| e.message), Err(*m), "{input:?}"),
            }
        }
    }
}
