//! What people type: a partner's press release, and a good practice (from
//! a partner or from the public form). Every field is checked and every
//! problem named at once, so that one submit shows them all.

use crate::{
    FieldError, clean_text,
    comuni::IstatCode,
    lang::Lang,
    optional_email,
    services::taxonomy::{TargetGroup, parse_codes},
    time::Timestamp,
};

use super::{GoodPractice, ItemKind, Sender};

/// The fields of a press release or good practice as a partner sends them.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct SubmissionFields {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub lang: String,
    /// ISTAT codes, one per checkbox or select.
    #[serde(default)]
    pub comuni: Vec<String>,
    /// `2026-11-27T10:30`, Europe/Rome; empty for none.
    #[serde(default)]
    pub embargo: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub contact_phone: String,
}

/// A checked press release.
#[derive(Debug, Clone)]
pub struct Submission {
    pub kind: ItemKind,
    pub title: String,
    pub body: String,
    pub lang: Lang,
    pub comuni: Vec<IstatCode>,
    pub embargo_until: Option<Timestamp>,
    pub sender: Sender,
}

/// At most this many comuni per item: a release about the whole province
/// names the province, not 187 comuni.
pub const MAX_COMUNI: usize = 20;

fn parse_comuni(
    codes: &[String],
    known: &dyn Fn(&str) -> bool,
    errors: &mut Vec<FieldError>,
) -> Vec<IstatCode> {
    let mut out = Vec::new();
    for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        match IstatCode::parse(code) {
            Ok(code) if known(code.as_str()) => {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
            _ => {
                errors.push(FieldError::new("comuni", "error-istat-invalid"));
                return out;
            }
        }
    }
    if out.len() > MAX_COMUNI {
        errors.push(FieldError::new("comuni", "intake-error-too-many-comuni"));
    }
    out
}

fn optional_phone(
    field: &'static str,
    value: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let shape = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-./()".contains(c));
    if shape && (6..=20).contains(&digits) && value.len() <= 30 {
        Some(value.to_owned())
    } else {
        errors.push(FieldError::new(field, "error-phone-characters"));
        None
    }
}

fn optional_text(
    field: &'static str,
    value: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match clean_text(field, value, 0, max, false) {
        Ok(v) if v.is_empty() => None,
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

impl SubmissionFields {
    /// Checks the fields. `known` says whether an ISTAT code is a comune
    /// of the list; `now` decides whether an embargo is in the past.
    pub fn parse(
        &self,
        known: &dyn Fn(&str) -> bool,
        now: Timestamp,
    ) -> Result<Submission, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = ItemKind::parse(self.kind.trim()).unwrap_or(ItemKind::Comunicato);
        let title = clean_text("title", &self.title, 5, super::MAX_TITLE_CHARS, false)
            .map_err(|e| errors.push(e))
            .ok();
        let body = clean_text("body", &self.body, 20, 50_000, true)
            .map_err(|e| errors.push(e))
            .ok();
        let lang = match Lang::from_code(self.lang.trim()) {
            Some(lang) => lang,
            None if self.lang.trim().is_empty() => Lang::It,
            None => {
                errors.push(FieldError::new("lang", "error-choice-invalid"));
                Lang::It
            }
        };
        let comuni = parse_comuni(&self.comuni, known, &mut errors);
        let embargo_until = match self.embargo.trim() {
            "" => None,
            value => match Timestamp::parse_rome_local(value) {
                Some(at) if at.0 <= now.0 => {
                    errors.push(FieldError::new("embargo", "intake-error-embargo-past"));
                    None
                }
                Some(at) if at.0 > now.0 + 366 * 24 * 3600 => {
                    errors.push(FieldError::new("embargo", "intake-error-embargo-far"));
                    None
                }
                Some(at) => Some(at),
                None => {
                    errors.push(FieldError::new("embargo", "error-datetime-invalid"));
                    None
                }
            },
        };
        let name = optional_text("contact_name", &self.contact_name, 200, &mut errors);
        let email = optional_email("contact_email", &self.contact_email, &mut errors);
        let phone = optional_phone("contact_phone", &self.contact_phone, &mut errors);
        match (title, body) {
            (Some(title), Some(body)) if errors.is_empty() => Ok(Submission {
                kind,
                title,
                body,
                lang,
                comuni,
                embargo_until,
                sender: Sender { name, email, phone },
            }),
            _ => Err(errors),
        }
    }
}

/// The fields of a good practice, from the public form or a partner.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct GoodPracticeFields {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub comune: String,
    #[serde(default)]
    pub runner: String,
    #[serde(default)]
    pub targets: Vec<String>,
    /// `YYYY-MM` (a month field) or `YYYY-MM-DD`.
    #[serde(default)]
    pub period_start: String,
    #[serde(default)]
    pub period_end: String,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    /// "The people in the photos consented to their publication."
    #[serde(default)]
    pub photos_consent: String,
    /// "I have read the privacy notice": required.
    #[serde(default)]
    pub privacy: String,
}

/// A checked good practice.
#[derive(Debug, Clone)]
pub struct GoodPracticeSubmission {
    pub title: String,
    pub description: String,
    pub practice: GoodPractice,
    pub sender: Sender,
}

fn checked(value: &str) -> bool {
    matches!(value.trim(), "1" | "on" | "true" | "si" | "sì")
}

/// `YYYY-MM` or `YYYY-MM-DD` between 1990 and 2100.
fn period(field: &'static str, value: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let ok = match value.len() {
        7 => jiff::civil::Date::strptime("%Y-%m-%d", format!("{value}-01")).is_ok(),
        10 => jiff::civil::Date::strptime("%Y-%m-%d", value).is_ok(),
        _ => false,
    } && (1990..=2100).contains(&value[..4].parse::<i32>().unwrap_or(0));
    if ok {
        Some(value.to_owned())
    } else {
        errors.push(FieldError::new(field, "intake-error-period"));
        None
    }
}

/// An `http(s)` address of at most 500 characters, or nothing.
pub fn web_link(field: &'static str, value: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && value.len() <= 500
        && value.len() > lower.find("://").unwrap_or(0) + 4
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    if ok {
        Some(value.to_owned())
    } else {
        errors.push(FieldError::new(field, "error-url-invalid"));
        None
    }
}

impl GoodPracticeFields {
    /// Checks the fields; `contact_required` for the public form, where the
    /// email is the only way to reach the sender and to send the status link.
    pub fn parse(
        &self,
        known: &dyn Fn(&str) -> bool,
        contact_required: bool,
    ) -> Result<GoodPracticeSubmission, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = clean_text("title", &self.title, 5, 200, false)
            .map_err(|e| errors.push(e))
            .ok();
        let description = clean_text("description", &self.description, 30, 10_000, true)
            .map_err(|e| errors.push(e))
            .ok();
        let comune = match IstatCode::parse(self.comune.trim()) {
            Ok(code) if known(code.as_str()) => Some(code),
            _ if self.comune.trim().is_empty() => {
                errors.push(FieldError::new("comune", "error-required"));
                None
            }
            _ => {
                errors.push(FieldError::new("comune", "error-istat-invalid"));
                None
            }
        };
        let runner = clean_text("runner", &self.runner, 2, 200, false)
            .map_err(|e| errors.push(e))
            .ok();
        let (targets, unknown) = parse_codes(&self.targets, TargetGroup::parse);
        if !unknown.is_empty() {
            errors.push(FieldError::new("targets", "error-choice-invalid"));
        } else if targets.is_empty() {
            errors.push(FieldError::new("targets", "intake-error-targets"));
        }
        let period_start = period("period_start", &self.period_start, &mut errors);
        let period_end = period("period_end", &self.period_end, &mut errors);
        if let (Some(start), Some(end)) = (&period_start, &period_end)
            && end < start
        {
            errors.push(FieldError::new("period_end", "intake-error-period-order"));
        }
        let outcome = clean_text("outcome", &self.outcome, 0, 3_000, true)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        let link = web_link("link", &self.link, &mut errors);
        let name = optional_text("contact_name", &self.contact_name, 200, &mut errors);
        let email = optional_email("contact_email", &self.contact_email, &mut errors);
        if contact_required && email.is_none() && self.contact_email.trim().is_empty() {
            errors.push(FieldError::new("contact_email", "error-required"));
        }
        if contact_required && !checked(&self.privacy) {
            errors.push(FieldError::new("privacy", "intake-error-privacy"));
        }
        match (title, description, comune, runner) {
            (Some(title), Some(description), Some(istat_code), Some(runner))
                if errors.is_empty() =>
            {
                Ok(GoodPracticeSubmission {
                    title,
                    description,
                    practice: GoodPractice {
                        istat_code,
                        runner,
                        targets,
                        period_start,
                        period_end,
                        outcome,
                        link,
                        photos_consent: checked(&self.photos_consent),
                    },
                    sender: Sender {
                        name,
                        email,
                        phone: None,
                    },
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(code: &str) -> bool {
        matches!(code, "006003" | "006039")
    }

    fn now() -> Timestamp {
        Timestamp::parse_rome_local("2026-11-26T12:00").expect("valid")
    }

    fn release() -> SubmissionFields {
        SubmissionFields {
            kind: "comunicato".into(),
            title: "Nuovi orari dello sportello immigrazione".into(),
            body: "Dal 1° dicembre lo sportello apre anche il sabato mattina.".into(),
            lang: "it".into(),
            comuni: vec!["006003".into()],
            embargo: "2026-11-30T09:00".into(),
            contact_name: "Ufficio stampa".into(),
            contact_email: "Stampa@Prefettura.IT".into(),
            contact_phone: "+39 0131 310111".into(),
        }
    }

    #[test]
    fn a_good_release_reads() {
        let got = release().parse(&known, now()).expect("valid");
        assert_eq!(got.comuni.len(), 1);
        assert_eq!(got.sender.email.as_deref(), Some("stampa@prefettura.it"));
        assert!(got.embargo_until.is_some_and(|at| at.0 > now().0));
    }

    #[test]
    fn every_bad_field_is_named() {
        let fields = SubmissionFields {
            kind: "comunicato".into(),
            title: "x".into(),
            body: "corto".into(),
            lang: "de".into(),
            comuni: vec!["999999".into()],
            embargo: "2020-01-01T10:00".into(),
            contact_name: "a\u{0}".into(),
            contact_email: "non-una-mail".into(),
            contact_phone: "chiamami".into(),
        };
        let errors = fields.parse(&known, now()).expect_err("invalid");
        let mut named: Vec<_> = errors.iter().map(|e| e.field).collect();
        named.sort();
        assert_eq!(
            named,
            [
                "body",
                "comuni",
                "contact_email",
                "contact_name",
                "contact_phone",
                "embargo",
                "lang",
                "title"
            ]
        );
        let embargo = errors
            .iter()
            .find(|e| e.field == "embargo")
            .expect("embargo");
        assert_eq!(embargo.message, "intake-error-embargo-past");
    }

    #[test]
    fn embargo_garbage_and_far_future() {
        let mut fields = release();
        fields.embargo = "domani".into();
        let errors = fields.parse(&known, now()).expect_err("invalid");
        assert_eq!(errors[0].message, "error-datetime-invalid");
        fields.embargo = "2029-01-01T10:00".into();
        let errors = fields.parse(&known, now()).expect_err("invalid");
        assert_eq!(errors[0].message, "intake-error-embargo-far");
    }

    fn practice() -> GoodPracticeFields {
        GoodPracticeFields {
            title: "Doposcuola multilingue".into(),
            description: "Un doposcuola per ragazze e ragazzi arrivati da poco, con mediatori."
                .into(),
            comune: "006039".into(),
            runner: "Associazione Esempio".into(),
            targets: vec!["studenti".into(), "msna".into()],
            period_start: "2025-09".into(),
            period_end: "2026-06".into(),
            outcome: "40 iscritti, 32 promossi".into(),
            link: "https://example.org/doposcuola".into(),
            contact_name: "Anna".into(),
            contact_email: "anna@example.org".into(),
            photos_consent: "1".into(),
            privacy: "1".into(),
        }
    }

    #[test]
    fn a_good_practice_reads() {
        let got = practice().parse(&known, true).expect("valid");
        assert_eq!(
            got.practice.targets,
            [TargetGroup::UnaccompaniedMinors, TargetGroup::Students]
        );
        assert!(got.practice.photos_consent);
    }

    #[test]
    fn a_bad_good_practice_names_every_field() {
        let fields = GoodPracticeFields {
            comune: "001272".into(),
            targets: vec!["marziani".into()],
            period_start: "2026-13".into(),
            link: "javascript:alert(1)".into(),
            ..GoodPracticeFields::default()
        };
        let errors = fields.parse(&known, true).expect_err("invalid");
        let mut named: Vec<_> = errors.iter().map(|e| e.field).collect();
        named.sort();
        assert_eq!(
            named,
            [
                "comune",
                "contact_email",
                "description",
                "link",
                "period_start",
                "privacy",
                "runner",
                "targets",
                "title"
            ]
        );
        let mut fields = practice();
        fields.period_end = "2024-01".into();
        let errors = fields.parse(&known, true).expect_err("invalid");
        assert_eq!(errors[0].message, "intake-error-period-order");
    }
}
