//! Organisations of the network: the Prefettura, the Questura, the Comuni,
//! the ASL, schools and CPIA, third-sector bodies. Staff accounts belong to one.

use crate::{FieldError, clean_text, comuni::IstatCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrganisationId(pub i64);

/// The kind of body, which decides how its releases are presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrganisationKind {
    Prefettura,
    Questura,
    Comune,
    Asl,
    /// A school or a CPIA (adult education centre).
    Scuola,
    TerzoSettore,
    Altro,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::Prefettura,
        OrganisationKind::Questura,
        OrganisationKind::Comune,
        OrganisationKind::Asl,
        OrganisationKind::Scuola,
        OrganisationKind::TerzoSettore,
        OrganisationKind::Altro,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::Prefettura => "prefettura",
            OrganisationKind::Questura => "questura",
            OrganisationKind::Comune => "comune",
            OrganisationKind::Asl => "asl",
            OrganisationKind::Scuola => "scuola",
            OrganisationKind::TerzoSettore => "terzo_settore",
            OrganisationKind::Altro => "altro",
        }
    }

    pub fn parse(value: &str) -> Option<OrganisationKind> {
        OrganisationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
    }

    /// Fluent message id of the kind's name.
    pub fn label_key(self) -> String {
        format!("organisation-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// An organisation as stored.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
    /// The comune where it is based.
    pub istat_code: Option<IstatCode>,
    pub website: Option<String>,
    /// Whether it is a member of the programme's network.
    pub network_member: bool,
    /// Demo records that stand for no real body are marked as examples.
    pub is_example: bool,
    /// Its contributors' changes to its services are published without an
    /// editor's review.
    pub trusted: bool,
}

/// A new or edited organisation, validated.
#[derive(Debug, Clone)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: OrganisationKind,
    pub istat_code: Option<IstatCode>,
    pub website: Option<String>,
    pub network_member: bool,
    pub is_example: bool,
    pub trusted: bool,
}

impl OrganisationInput {
    pub fn parse(
        name: &str,
        kind: &str,
        istat_code: &str,
        website: &str,
        network_member: bool,
    ) -> Result<OrganisationInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = clean_text("name", name, 2, 200, false)
            .map_err(|e| errors.push(e))
            .ok();
        let kind = OrganisationKind::parse(kind)
            .ok_or(FieldError::new("kind", "error-choice-invalid"))
            .map_err(|e| errors.push(e))
            .ok();
        let istat_code = match istat_code.trim() {
            "" => None,
            code => IstatCode::parse(code)
                .map_err(|_| errors.push(FieldError::new("istat_code", "error-istat-invalid")))
                .ok(),
        };
        let website = match website.trim() {
            "" => None,
            url if is_http_url(url) && url.len() <= 500 => Some(url.to_owned()),
            _ => {
                errors.push(FieldError::new("website", "error-url-invalid"));
                None
            }
        };
        match (name, kind) {
            (Some(name), Some(kind)) if errors.is_empty() => Ok(OrganisationInput {
                name,
                kind,
                istat_code,
                website,
                network_member,
                is_example: false,
                trusted: false,
            }),
            _ => Err(errors),
        }
    }
}

/// An absolute http(s) address with a host and no spaces or quotes.
pub fn is_http_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            !host.is_empty()
                && !value
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`".contains(c))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_organisations() {
        let ok = OrganisationInput::parse("Comune di Acqui Terme", "comune", "006001", "", true)
            .expect("valid");
        assert_eq!(
            ok.istat_code.map(|c| c.as_str().to_owned()),
            Some("006001".into())
        );
        let errors = OrganisationInput::parse("", "chiesa", "6001", "javascript:alert(1)", false)
            .expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "kind", "istat_code", "website"]);
    }

    #[test]
    fn http_urls() {
        assert!(is_http_url("https://www.prefettura.it/alessandria"));
        assert!(!is_http_url("ftp://x.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https://a.org/\"onload"));
    }
}

/// A person at an organisation whom the redazione may contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub organisation_id: OrganisationId,
    pub name: String,
    pub role: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The person agreed to be contacted by the redazione.
    pub consent: bool,
    pub notes: String,
}

/// A contact as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactInput {
    pub name: String,
    pub role: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub consent: bool,
    pub notes: String,
}

impl ContactInput {
    pub fn parse(
        name: &str,
        role: &str,
        email: &str,
        phone: &str,
        consent: bool,
        notes: &str,
    ) -> Result<ContactInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = clean_text("name", name, 2, 200, false)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let role = clean_text("role", role, 0, 200, false)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let email = crate::optional_email("email", email, &mut errors);
        let phone = match phone.trim() {
            "" => None,
            value
                if value.len() <= 30
                    && value
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-./()".contains(c))
                    && value.chars().filter(char::is_ascii_digit).count() >= 6 =>
            {
                Some(value.to_owned())
            }
            _ => {
                errors.push(FieldError::new("phone", "error-phone-characters"));
                None
            }
        };
        let notes = clean_text("notes", notes, 0, 2000, true)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        if email.is_none() && phone.is_none() && errors.is_empty() {
            errors.push(FieldError::new("email", "organisation-contact-error-reach"));
        }
        if errors.is_empty() {
            Ok(ContactInput {
                name,
                role,
                email,
                phone,
                consent,
                notes,
            })
        } else {
            Err(errors)
        }
    }
}

/// An address or a whole domain whose mail is the organisation's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderAddress {
    pub id: i64,
    pub organisation_id: OrganisationId,
    /// Lower-case: `stampa@prefettura.it` or `prefettura.it`.
    pub value: String,
    pub is_domain: bool,
    pub verified: bool,
}

/// Reads what an administrator typed as a sender: an address, or a domain
/// (optionally written `@prefettura.it`). Returns the value and whether it
/// is a domain.
pub fn parse_sender(value: &str) -> Result<(String, bool), FieldError> {
    let value = value.trim().trim_start_matches('@').to_lowercase();
    if value.contains('@') {
        let email = crate::accounts::Email::parse(&value)
            .map_err(|_| FieldError::new("sender", "organisation-sender-error-invalid"))?;
        return Ok((email.as_str().to_owned(), false));
    }
    let ok = value.len() <= 253
        && value.contains('.')
        && !value.starts_with(['.', '-'])
        && !value.ends_with(['.', '-'])
        && !value.contains("..")
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if ok {
        Ok((value, true))
    } else {
        Err(FieldError::new(
            "sender",
            "organisation-sender-error-invalid",
        ))
    }
}

#[cfg(test)]
mod network_tests {
    use super::*;

    #[test]
    fn senders_are_addresses_or_domains() {
        assert_eq!(
            parse_sender(" Stampa@Prefettura.IT "),
            Ok(("stampa@prefettura.it".to_owned(), false))
        );
        assert_eq!(
            parse_sender("@prefettura.it"),
            Ok(("prefettura.it".to_owned(), true))
        );
        assert_eq!(
            parse_sender("comune.alessandria.it"),
            Ok(("comune.alessandria.it".to_owned(), true))
        );
        for bad in [
            "",
            "localhost",
            "a@b",
            "pre fettura.it",
            ".it",
            "x..it",
            "<script>.it",
        ] {
            assert!(parse_sender(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_contact_needs_a_way_to_reach_them() {
        let errors = ContactInput::parse("Mario Rossi", "", "", "", true, "").expect_err("no way");
        assert_eq!(errors[0].message, "organisation-contact-error-reach");
        let ok = ContactInput::parse("Mario Rossi", "Ufficio stampa", "M@X.it", "", true, "")
            .expect("valid");
        assert_eq!(ok.email.as_deref(), Some("m@x.it"));
        let errors = ContactInput::parse("M", "", "x", "abc", false, "").expect_err("bad");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "email", "phone"]);
    }
}
