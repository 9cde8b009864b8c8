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
pub fn clean_text(
    field: &'static str,
    value: &str,
    min: usize,
    max: usize,
    multiline: bool,
) -> Result<String, FieldError> {
    let value = value.trim();
    let len = value.chars().count();
    if len < min {
        return Err(FieldError::new(field, "error-required"));
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
    Ok(value.to_owned())
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
