use std::fmt;

use crate::FieldError;

/// An email address, trimmed and lower-cased, checked for the shape that
/// mail servers accept. It is not proof that the mailbox exists: only a
/// message with a link proves that.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(value: &str) -> Result<Email, FieldError> {
        let value = value.trim().to_lowercase();
        let invalid = FieldError::new("email", "error-email-invalid");
        if value.is_empty() {
            return Err(FieldError::new("email", "error-required"));
        }
        if value.len() > 254 {
            return Err(invalid);
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(invalid);
        };
        let ok_local = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let ok_domain = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if ok_local && ok_domain {
            Ok(Email(value))
        } else {
            Err(invalid)
        }
    }

    /// For values read back from the database, which were validated on the way in.
    pub fn from_trusted(value: String) -> Email {
        Email(value)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_addresses() {
        let good = [
            (
                "  Mario.Rossi@Provincia.Alessandria.it ",
                "mario.rossi@provincia.alessandria.it",
            ),
            ("a+b@example.org", "a+b@example.org"),
        ];
        for (input, expected) in good {
            assert_eq!(Email::parse(input).map(|e| e.0), Ok(expected.to_owned()));
        }
        let bad = [
            "",
            "plain",
            "@example.org",
            "a@b",
            "a@.org",
            "a b@example.org",
            "a@example..org",
            "a@@example.org",
            "<script>@x.org",
        ];
        for input in bad {
            assert!(Email::parse(input).is_err(), "{input:?}");
        }
        let long = format!("{}@example.org", "a".repeat(300));
        assert!(Email::parse(&long).is_err());
    }
}
