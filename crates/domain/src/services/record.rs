//! A service record as an editor or a provider types it: the fields of an
//! Italian public "scheda servizio", HSDS's service, location and schedule,
//! the languages spoken at the desk, and the texts in every language.
//! [`ServiceForm::parse`] checks everything at once and returns every
//! problem, so that the form comes back with all of them and nothing typed
//! is lost.

use crate::{
    FieldError,
    accounts::Email,
    clean_text,
    comuni::IstatCode,
    lang::Lang,
    organisations::{OrganisationId, is_http_url},
    time::Timestamp,
};

use super::{
    contact::{Phone, Point},
    languages::SpokenLanguage,
    schedule::{ParseError, Schedule},
    taxonomy::{Accessibility, Category, Channel, TargetGroup, parse_codes},
};

/// At most this many phone numbers per service.
pub const MAX_PHONES: usize = 5;

/// The texts of a service in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ServiceText {
    pub name: String,
    /// A few short sentences in plain words (easy to read).
    pub summary: String,
    pub description: String,
    /// Who it is for.
    pub who_for: String,
    pub how_to_access: String,
    pub what_to_bring: String,
    pub what_you_get: String,
    /// Times and deadlines (a permit to renew 60 days before it expires…).
    pub deadlines: String,
    pub conditions: String,
    /// What it costs, when it is not free.
    pub cost: String,
}

/// The texts of one language as the form sends them.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceTextForm {
    pub lang: Option<String>,
    pub text: ServiceText,
}

/// Everything the form sends, as typed. It is also how a provider's
/// proposed change is kept until an editor decides on it (as JSON; a
/// field added later reads as empty from an older proposal).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    pub organisation_id: Option<i64>,
    pub categories: Vec<String>,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub channels: Vec<String>,
    pub free: bool,
    pub appointment_needed: bool,
    /// One number per line.
    pub phones: String,
    pub email: String,
    pub website: String,
    pub istat_code: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    /// A reception centre or a shelter: listed without its address, never
    /// on the map.
    pub sensitive: bool,
    /// Opening hours in the schedule's text form.
    pub hours: String,
    /// The Italian texts first; other languages where translated.
    pub texts: Vec<ServiceTextForm>,
    /// Serves the whole province (a Prefettura, a helpline).
    pub province_wide: bool,
    /// ISTAT codes of other comuni served besides its own.
    pub areas: Vec<String>,
    /// Codes of [`Accessibility`] features of the place.
    pub accessibility: Vec<String>,
    /// A person to ask for, and their role.
    pub contact_name: String,
    pub contact_title: String,
}

/// A checked service record.
#[derive(Debug, Clone)]
pub struct ServiceInput {
    pub organisation_id: Option<OrganisationId>,
    pub categories: Vec<Category>,
    pub target_groups: Vec<TargetGroup>,
    /// Codes of [`SpokenLanguage`]s, in the order given.
    pub languages: Vec<&'static str>,
    pub channels: Vec<Channel>,
    pub free: bool,
    pub appointment_needed: bool,
    pub phones: Vec<Phone>,
    pub email: Option<Email>,
    pub website: Option<String>,
    pub istat_code: IstatCode,
    pub address: Option<String>,
    pub point: Option<Point>,
    pub sensitive: bool,
    pub schedule: Schedule,
    /// Italian first, then the other languages given.
    pub texts: Vec<(Lang, ServiceText)>,
    pub province_wide: bool,
    /// Other comuni served, without the service's own, in code order.
    pub areas: Vec<IstatCode>,
    pub accessibility: Vec<Accessibility>,
    pub contact_name: Option<String>,
    pub contact_title: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(pub i64);

/// A service as stored.
#[derive(Debug, Clone)]
pub struct Service {
    pub id: ServiceId,
    pub record: ServiceInput,
    /// When someone last confirmed that the record is right, and who.
    pub verified_at: Option<Timestamp>,
    pub verified_by: Option<i64>,
    /// Demo records stand for no real office and say so.
    pub is_example: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Service {
    /// The texts in `lang`, or the Italian ones.
    pub fn text(&self, lang: Lang) -> &ServiceText {
        self.text_in(lang).1
    }

    /// The texts in `lang`, or the Italian ones, with the language they
    /// are in.
    pub fn text_in(&self, lang: Lang) -> (Lang, &ServiceText) {
        let texts = &self.record.texts;
        texts
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| texts.iter().find(|(l, _)| *l == Lang::It))
            .map(|(l, t)| (*l, t))
            .unwrap_or((Lang::It, &EMPTY_TEXT))
    }
}

static EMPTY_TEXT: ServiceText = ServiceText {
    name: String::new(),
    summary: String::new(),
    description: String::new(),
    who_for: String::new(),
    how_to_access: String::new(),
    what_to_bring: String::new(),
    what_you_get: String::new(),
    deadlines: String::new(),
    conditions: String::new(),
    cost: String::new(),
};

/// Something worth a second look that does not stop saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// The point is outside the province (or its coordinates swapped).
    OutsideProvince,
}

impl Warning {
    pub const fn message_key(self) -> &'static str {
        match self {
            Warning::OutsideProvince => "service-warning-outside-province",
        }
    }
}

/// Every problem with a form: fields, the texts of each language, and the
/// lines of the opening hours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceErrors {
    pub fields: Vec<FieldError>,
    /// A text field's problem, in the language it was typed in.
    pub texts: Vec<(Lang, FieldError)>,
    pub hours: Vec<ParseError>,
}

impl ServiceErrors {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.texts.is_empty() && self.hours.is_empty()
    }
}

fn text_fields(text: &ServiceText, errors: &mut Vec<FieldError>) -> ServiceText {
    let mut take = |field: &'static str, value: &str, min: usize, max: usize, multiline| {
        clean_text(field, value, min, max, multiline)
            .map_err(|e| errors.push(e))
            .unwrap_or_default()
    };
    ServiceText {
        name: take("name", &text.name, 3, 200, false),
        summary: take("summary", &text.summary, 0, 600, true),
        description: take("description", &text.description, 0, 10_000, true),
        who_for: take("who_for", &text.who_for, 0, 2_000, true),
        how_to_access: take("how_to_access", &text.how_to_access, 0, 2_000, true),
        what_to_bring: take("what_to_bring", &text.what_to_bring, 0, 2_000, true),
        what_you_get: take("what_you_get", &text.what_you_get, 0, 2_000, true),
        deadlines: take("deadlines", &text.deadlines, 0, 2_000, true),
        conditions: take("conditions", &text.conditions, 0, 2_000, true),
        cost: take("cost", &text.cost, 0, 1_000, true),
    }
}

impl ServiceForm {
    /// The form filled from a checked record, in the canonical spelling of
    /// every field (phones, hours), so that two forms of the same record
    /// are equal and a diff shows only what changed.
    pub fn from_record(r: &ServiceInput) -> ServiceForm {
        ServiceForm {
            organisation_id: r.organisation_id.map(|o| o.0),
            categories: r.categories.iter().map(|c| c.as_str().to_owned()).collect(),
            target_groups: r
                .target_groups
                .iter()
                .map(|g| g.as_str().to_owned())
                .collect(),
            languages: r.languages.iter().map(|l| (*l).to_owned()).collect(),
            channels: r.channels.iter().map(|c| c.as_str().to_owned()).collect(),
            free: r.free,
            appointment_needed: r.appointment_needed,
            phones: r
                .phones
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            email: r
                .email
                .as_ref()
                .map(|e| e.as_str().to_owned())
                .unwrap_or_default(),
            website: r.website.clone().unwrap_or_default(),
            istat_code: r.istat_code.as_str().to_owned(),
            address: r.address.clone().unwrap_or_default(),
            lat: r.point.map(|p| p.lat.to_string()).unwrap_or_default(),
            lon: r.point.map(|p| p.lon.to_string()).unwrap_or_default(),
            sensitive: r.sensitive,
            hours: r.schedule.to_text(),
            texts: Lang::ALL
                .iter()
                .map(|lang| ServiceTextForm {
                    lang: Some(lang.code().to_owned()),
                    text: r
                        .texts
                        .iter()
                        .find(|(l, _)| l == lang)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default(),
                })
                .collect(),
            province_wide: r.province_wide,
            areas: r.areas.iter().map(|c| c.as_str().to_owned()).collect(),
            accessibility: r
                .accessibility
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
            contact_name: r.contact_name.clone().unwrap_or_default(),
            contact_title: r.contact_title.clone().unwrap_or_default(),
        }
    }

    /// Checks the whole form. On success, the record and what is worth a
    /// warning; otherwise every problem found.
    pub fn parse(&self) -> Result<(ServiceInput, Vec<Warning>), ServiceErrors> {
        let mut errors = ServiceErrors::default();
        let fields = &mut errors.fields;

        let (categories, unknown) = parse_codes(&self.categories, Category::parse);
        if !unknown.is_empty() {
            fields.push(FieldError::new("categories", "error-choice-invalid"));
        } else if categories.is_empty() {
            fields.push(FieldError::new("categories", "error-service-no-category"));
        }
        let (target_groups, unknown) = parse_codes(&self.target_groups, TargetGroup::parse);
        if !unknown.is_empty() {
            fields.push(FieldError::new("target_groups", "error-choice-invalid"));
        }
        let (channels, unknown) = parse_codes(&self.channels, Channel::parse);
        if !unknown.is_empty() {
            fields.push(FieldError::new("channels", "error-choice-invalid"));
        }
        let mut languages: Vec<&'static str> = Vec::new();
        for code in &self.languages {
            match SpokenLanguage::find(code) {
                Some(language) if !languages.contains(&language.code) => {
                    languages.push(language.code)
                }
                Some(_) => {}
                None => {
                    fields.push(FieldError::new("languages", "error-language-unknown"));
                    break;
                }
            }
        }

        let mut phones = Vec::new();
        for line in self.phones.lines().filter(|l| !l.trim().is_empty()) {
            match Phone::parse(line) {
                Ok(phone) if !phones.contains(&phone) => phones.push(phone),
                Ok(_) => {}
                Err(e) => {
                    fields.push(FieldError::new("phones", e.message_key()));
                    break;
                }
            }
        }
        if phones.len() > MAX_PHONES {
            fields.push(FieldError::new("phones", "error-phone-too-many"));
        }
        let email = match self.email.trim() {
            "" => None,
            value => Email::parse(value)
                .map_err(|_| fields.push(FieldError::new("email", "error-email-invalid")))
                .ok(),
        };
        let website = match self.website.trim() {
            "" => None,
            url if is_http_url(url) && url.len() <= 500 => Some(url.to_owned()),
            _ => {
                fields.push(FieldError::new("website", "error-url-invalid"));
                None
            }
        };

        let istat_code = IstatCode::parse(self.istat_code.trim())
            .map_err(|_| fields.push(FieldError::new("istat_code", "error-istat-invalid")))
            .ok();
        let mut areas: Vec<IstatCode> = Vec::new();
        for code in self
            .areas
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            match IstatCode::parse(code) {
                Ok(code) if Some(&code) != istat_code.as_ref() && !areas.contains(&code) => {
                    areas.push(code)
                }
                Ok(_) => {}
                Err(_) => {
                    fields.push(FieldError::new("areas", "error-istat-invalid"));
                    break;
                }
            }
        }
        areas.sort();
        // Serving the whole province makes a list of comuni pointless.
        if self.province_wide {
            areas.clear();
        }
        let (accessibility, unknown) = parse_codes(&self.accessibility, Accessibility::parse);
        if !unknown.is_empty() {
            fields.push(FieldError::new("accessibility", "error-choice-invalid"));
        }
        let optional =
            |field: &'static str, value: &str, fields: &mut Vec<FieldError>| match clean_text(
                field, value, 0, 200, false,
            ) {
                Ok(v) if v.is_empty() => None,
                Ok(v) => Some(v),
                Err(e) => {
                    fields.push(e);
                    None
                }
            };
        let contact_name = optional("contact_name", &self.contact_name, fields);
        let contact_title = optional("contact_title", &self.contact_title, fields);
        let address = match clean_text("address", &self.address, 0, 300, false) {
            Ok(a) if a.is_empty() => None,
            Ok(a) => Some(a),
            Err(e) => {
                fields.push(e);
                None
            }
        };
        let point = match (self.lat.trim(), self.lon.trim()) {
            ("", "") => None,
            (lat, lon) => {
                let point = Point::parse(lat, lon);
                if point.is_none() {
                    fields.push(FieldError::new("lat", "error-coordinates-invalid"));
                }
                point
            }
        };
        // A shelter's address must not be published: refused rather than
        // dropped, so that the editor sees why and nothing typed vanishes.
        if self.sensitive && address.is_some() {
            fields.push(FieldError::new(
                "address",
                "error-service-sensitive-address",
            ));
        }
        if self.sensitive && point.is_some() {
            fields.push(FieldError::new("lat", "error-service-sensitive-point"));
        }

        let schedule = Schedule::from_text(&self.hours)
            .map_err(|problems| errors.hours = problems)
            .unwrap_or_default();
        let fields = &mut errors.fields;

        let mut texts: Vec<(Lang, ServiceText)> = Vec::new();
        for (i, form) in self.texts.iter().enumerate() {
            let lang = match form.lang.as_deref() {
                None if i == 0 => Lang::It,
                Some(code) => match Lang::from_code(code) {
                    Some(lang) => lang,
                    None => {
                        fields.push(FieldError::new("lang", "error-choice-invalid"));
                        continue;
                    }
                },
                None => {
                    fields.push(FieldError::new("lang", "error-choice-invalid"));
                    continue;
                }
            };
            if texts.iter().any(|(l, _)| *l == lang) {
                fields.push(FieldError::new("lang", "error-service-language-twice"));
                continue;
            }
            let is_empty = form.text == ServiceText::default();
            if lang != Lang::It && is_empty {
                // An untouched translation tab.
                continue;
            }
            let mut problems = Vec::new();
            texts.push((lang, text_fields(&form.text, &mut problems)));
            errors.texts.extend(problems.into_iter().map(|e| (lang, e)));
        }
        if !texts.iter().any(|(l, _)| *l == Lang::It) {
            errors
                .texts
                .push((Lang::It, FieldError::new("name", "error-required")));
        }
        texts.sort_by_key(|(l, _)| *l != Lang::It);

        let organisation_id = self.organisation_id.map(OrganisationId);
        match istat_code {
            Some(istat_code) if errors.is_empty() => {
                let warnings = point
                    .filter(|p| !p.in_province())
                    .map(|_| Warning::OutsideProvince)
                    .into_iter()
                    .collect();
                Ok((
                    ServiceInput {
                        organisation_id,
                        categories,
                        target_groups,
                        languages,
                        channels,
                        free: self.free,
                        appointment_needed: self.appointment_needed,
                        phones,
                        email,
                        website,
                        istat_code,
                        address,
                        point,
                        sensitive: self.sensitive,
                        schedule,
                        texts,
                        province_wide: self.province_wide,
                        areas,
                        accessibility,
                        contact_name,
                        contact_title,
                    },
                    warnings,
                ))
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ServiceForm {
        ServiceForm {
            categories: vec!["documenti".into()],
            target_groups: vec!["tutti".into()],
            languages: vec!["it".into(), "ar".into(), "AR".into()],
            channels: vec!["di-persona".into()],
            free: true,
            phones: "0131 000000\n\n".into(),
            istat_code: "006003".into(),
            address: "Via Esempio 1".into(),
            lat: "44.9129".into(),
            lon: "8.6153".into(),
            hours: "lun 09:00-12:00\nmer 14:00-17:00".into(),
            texts: vec![ServiceTextForm {
                lang: None,
                text: ServiceText {
                    name: "Sportello di esempio".into(),
                    summary: "Aiuta a rinnovare il permesso di soggiorno.".into(),
                    ..ServiceText::default()
                },
            }],
            ..ServiceForm::default()
        }
    }

    fn error_fields(errors: &ServiceErrors) -> Vec<(&'static str, &'static str)> {
        errors.fields.iter().map(|e| (e.field, e.message)).collect()
    }

    #[test]
    fn a_complete_form_is_a_record() {
        let (record, warnings) = form().parse().expect("valid");
        assert!(warnings.is_empty());
        assert_eq!(record.languages, ["it", "ar"], "repeats dropped");
        assert_eq!(record.phones[0].as_str(), "+390131000000");
        assert_eq!(record.texts.len(), 1);
        assert_eq!(record.texts[0].0, Lang::It);
        assert!(!record.schedule.is_empty());
    }

    #[test]
    fn untouched_translations_are_skipped_and_given_ones_kept() {
        let mut f = form();
        f.texts.push(ServiceTextForm {
            lang: Some("en".into()),
            text: ServiceText::default(),
        });
        f.texts.push(ServiceTextForm {
            lang: Some("ar".into()),
            text: ServiceText {
                name: "مكتب المثال".into(),
                ..ServiceText::default()
            },
        });
        let (record, _) = f.parse().expect("valid");
        let langs: Vec<_> = record.texts.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, [Lang::It, Lang::Ar]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut f = form();
        f.categories = vec!["salute".into(), "magia".into()];
        f.languages = vec!["xx".into()];
        f.phones = "0131 CHIAMA".into();
        f.email = "non-una-mail".into();
        f.website = "javascript:alert(1)".into();
        f.istat_code = "1".into();
        f.lat = "44.9".into();
        f.lon = "".into();
        f.hours = "lun 12:00-09:00\nmar 09:00-12:00\nmar 11:00-13:00".into();
        f.texts[0].text.name = "x".into();
        let errors = f.parse().expect_err("invalid");
        assert_eq!(
            error_fields(&errors),
            [
                ("categories", "error-choice-invalid"),
                ("languages", "error-language-unknown"),
                ("phones", "error-phone-characters"),
                ("email", "error-email-invalid"),
                ("website", "error-url-invalid"),
                ("istat_code", "error-istat-invalid"),
                ("lat", "error-coordinates-invalid"),
            ]
        );
        // Present but shorter than its three characters: too short, not missing.
        assert_eq!(
            errors.texts,
            [(Lang::It, FieldError::new("name", "error-too-short-3"))]
        );
        // Inverted range on line 1, overlap introduced on line 3.
        let lines: Vec<_> = errors.hours.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 3]);
    }

    #[test]
    fn hours_crossing_midnight_are_accepted_when_said() {
        let mut f = form();
        f.hours = "ven 22:00-02:00+1".into();
        assert!(f.parse().is_ok());
        f.hours = "ven 22:00-02:00".into();
        assert!(
            f.parse().is_err(),
            "an unmarked overnight range is inverted"
        );
    }

    #[test]
    fn sensitive_places_have_no_address_and_no_point() {
        let mut f = form();
        f.sensitive = true;
        let errors = f.parse().expect_err("address given");
        assert_eq!(
            error_fields(&errors),
            [
                ("address", "error-service-sensitive-address"),
                ("lat", "error-service-sensitive-point"),
            ]
        );
        f.address.clear();
        f.lat.clear();
        f.lon.clear();
        let (record, _) = f.parse().expect("valid without them");
        assert!(record.sensitive && record.address.is_none() && record.point.is_none());
    }

    #[test]
    fn a_point_outside_the_province_is_a_warning() {
        let mut f = form();
        (f.lat, f.lon) = ("8.6153".into(), "44.9129".into());
        let (_, warnings) = f.parse().expect("saved anyway");
        assert_eq!(warnings, [Warning::OutsideProvince]);
    }

    #[test]
    fn hostile_and_oversized_input() {
        let mut f = form();
        f.texts[0].text.name = "Sportello\u{0}".into();
        f.texts[0].text.description = "a".repeat(10_001);
        f.phones = (0..6).map(|i| format!("0131 00000{i}\n")).collect();
        f.hours = "lun 09:00-10:00\n".repeat(5000);
        f.texts.push(ServiceTextForm {
            lang: Some("klingon".into()),
            text: ServiceText::default(),
        });
        f.texts.push(ServiceTextForm {
            lang: Some("it".into()),
            text: ServiceText::default(),
        });
        let errors = f.parse().expect_err("invalid");
        assert_eq!(
            error_fields(&errors),
            [
                ("phones", "error-phone-too-many"),
                ("lang", "error-choice-invalid"),
                ("lang", "error-service-language-twice"),
            ]
        );
        assert_eq!(
            errors.texts,
            [
                (
                    Lang::It,
                    FieldError::new("name", "error-control-characters")
                ),
                (Lang::It, FieldError::new("description", "error-too-long")),
            ]
        );
        assert!(!errors.hours.is_empty());
    }
}
