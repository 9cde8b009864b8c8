//! The dataset metadata form: DCAT-AP_IT fields, texts in four languages,
//! codes from the EU vocabularies. Read from the posted fields, checked,
//! and shown again as typed when something is wrong.

use std::str::FromStr;

use agoral_domain::{
    FieldError,
    accounts::Email,
    articles::Slug,
    clean_text,
    lang::Lang,
    observatory::{
        dataset::{Dataset, DatasetInput, DatasetText},
        dcat::{Frequency, Licence, Theme},
    },
    organisations::{OrganisationId, is_http_url},
};

use crate::forms::{Fields, FormErrors};

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct DatasetForm {
    pub slug: String,
    /// (language, title, description, keywords) for each language.
    pub texts: Vec<(Lang, String, String, String)>,
    pub publisher_id: String,
    pub rights_holder_id: String,
    pub themes: Vec<String>,
    pub licence: String,
    pub frequency: String,
    pub temporal_start: String,
    pub temporal_end: String,
    pub spatial: String,
    pub contact_name: String,
    pub contact_email: String,
    pub source_url: String,
    pub attribution: String,
    pub published: bool,
}

impl DatasetForm {
    pub fn empty() -> DatasetForm {
        DatasetForm {
            texts: Lang::ALL
                .iter()
                .map(|l| (*l, String::new(), String::new(), String::new()))
                .collect(),
            licence: Licence::CcBy40.code().to_owned(),
            frequency: Frequency::Annual.code().to_owned(),
            spatial: "006".to_owned(),
            ..DatasetForm::default()
        }
    }

    pub fn from_fields(fields: &Fields) -> DatasetForm {
        DatasetForm {
            slug: fields.get("slug").to_owned(),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    let c = l.code();
                    (
                        *l,
                        fields.get(&format!("title_{c}")).to_owned(),
                        fields.get(&format!("description_{c}")).to_owned(),
                        fields.get(&format!("keywords_{c}")).to_owned(),
                    )
                })
                .collect(),
            publisher_id: fields.get("publisher_id").to_owned(),
            rights_holder_id: fields.get("rights_holder_id").to_owned(),
            themes: fields
                .get_all("themes")
                .into_iter()
                .map(str::to_owned)
                .collect(),
            licence: fields.get("licence").to_owned(),
            frequency: fields.get("frequency").to_owned(),
            temporal_start: fields.get("temporal_start").to_owned(),
            temporal_end: fields.get("temporal_end").to_owned(),
            spatial: fields.get("spatial").to_owned(),
            contact_name: fields.get("contact_name").to_owned(),
            contact_email: fields.get("contact_email").to_owned(),
            source_url: fields.get("source_url").to_owned(),
            attribution: fields.get("attribution").to_owned(),
            published: matches!(fields.get("published"), "on" | "1"),
        }
    }

    pub fn from_dataset(dataset: &Dataset) -> DatasetForm {
        let input = &dataset.input;
        DatasetForm {
            slug: input.slug.clone(),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    let text = input
                        .texts
                        .iter()
                        .find(|(x, _)| x == l)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default();
                    (*l, text.title, text.description, text.keywords.join(", "))
                })
                .collect(),
            publisher_id: input
                .publisher_id
                .map(|o| o.0.to_string())
                .unwrap_or_default(),
            rights_holder_id: input
                .rights_holder_id
                .map(|o| o.0.to_string())
                .unwrap_or_default(),
            themes: input.themes.clone(),
            licence: input.licence.clone(),
            frequency: input.frequency.clone(),
            temporal_start: input
                .temporal
                .map(|(s, _)| s.to_string())
                .unwrap_or_default(),
            temporal_end: input
                .temporal
                .map(|(_, e)| e.to_string())
                .unwrap_or_default(),
            spatial: input.spatial.join(" "),
            contact_name: input.contact_name.clone(),
            contact_email: input.contact_email.clone(),
            source_url: input.source_url.clone(),
            attribution: input.attribution.clone(),
            published: input.published,
        }
    }

    pub fn has_theme(&self, code: &str) -> bool {
        self.themes.iter().any(|t| t == code)
    }

    /// Checks everything that needs no database; `organisations` and
    /// `comuni` are the known ids and ISTAT codes.
    pub fn parse(
        &self,
        organisations: &[OrganisationId],
        comuni: &[String],
    ) -> Result<DatasetInput, FormErrors> {
        let mut errors = Vec::<FieldError>::new();
        fn keep(errors: &mut Vec<FieldError>, r: Result<String, FieldError>) -> String {
            r.unwrap_or_else(|e| {
                errors.push(e);
                String::new()
            })
        }
        let mut texts = Vec::new();
        for (lang, title, description, keywords) in &self.texts {
            let required = *lang == Lang::It;
            let (f_title, f_desc, f_keys) = field_names(*lang);
            let title = keep(
                &mut errors,
                clean_text(f_title, title, usize::from(required), 300, false),
            );
            let description = keep(&mut errors, clean_text(f_desc, description, 0, 5000, true));
            let keywords = keep(&mut errors, clean_text(f_keys, keywords, 0, 500, false));
            if title.is_empty() && !required {
                continue;
            }
            texts.push((
                *lang,
                DatasetText {
                    title,
                    description,
                    keywords: keywords
                        .split(',')
                        .map(str::trim)
                        .filter(|k| !k.is_empty())
                        .map(str::to_owned)
                        .collect(),
                },
            ));
        }
        let slug_source = if self.slug.trim().is_empty() {
            self.texts
                .first()
                .map(|(_, t, _, _)| t.as_str())
                .unwrap_or("")
        } else {
            self.slug.as_str()
        };
        let slug = match Slug::parse(slug_source) {
            Ok(slug) => slug.as_str().to_owned(),
            Err(e) => {
                errors.push(e);
                String::new()
            }
        };
        let organisation = |field: &'static str, value: &str, errors: &mut Vec<FieldError>| {
            if value.trim().is_empty() {
                return None;
            }
            match value.trim().parse::<i64>().map(OrganisationId) {
                Ok(id) if organisations.contains(&id) => Some(id),
                _ => {
                    errors.push(FieldError::new(field, "error-choice-invalid"));
                    None
                }
            }
        };
        let publisher_id = organisation("publisher_id", &self.publisher_id, &mut errors);
        if publisher_id.is_none() && self.publisher_id.trim().is_empty() {
            errors.push(FieldError::new("publisher_id", "error-required"));
        }
        let rights_holder_id =
            organisation("rights_holder_id", &self.rights_holder_id, &mut errors).or(publisher_id);
        let mut themes = Vec::new();
        for code in &self.themes {
            match Theme::from_str(code) {
                Ok(theme) if !themes.contains(&theme.code().to_owned()) => {
                    themes.push(theme.code().to_owned())
                }
                Ok(_) => {}
                Err(_) => errors.push(FieldError::new("themes", "error-choice-invalid")),
            }
        }
        if themes.is_empty() && !errors.iter().any(|e| e.field == "themes") {
            errors.push(FieldError::new("themes", "error-required"));
        }
        let licence = match Licence::from_str(&self.licence) {
            Ok(l) => l.code().to_owned(),
            Err(_) => {
                errors.push(FieldError::new("licence", "error-choice-invalid"));
                String::new()
            }
        };
        let frequency = match Frequency::from_str(&self.frequency) {
            Ok(f) => f.code().to_owned(),
            Err(_) => {
                errors.push(FieldError::new("frequency", "error-choice-invalid"));
                String::new()
            }
        };
        let date = |field: &'static str, value: &str, errors: &mut Vec<FieldError>| {
            let value = value.trim();
            if value.is_empty() {
                return None;
            }
            match value.parse::<jiff::civil::Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(FieldError::new(field, "error-date-invalid"));
                    None
                }
            }
        };
        let start = date("temporal_start", &self.temporal_start, &mut errors);
        let end = date("temporal_end", &self.temporal_end, &mut errors);
        let temporal = match (start, end) {
            (Some(s), Some(e)) if s <= e => Some((s, e)),
            (Some(_), Some(_)) => {
                errors.push(FieldError::new("temporal_end", "error-date-order"));
                None
            }
            (Some(_), None) => {
                errors.push(FieldError::new("temporal_end", "error-required"));
                None
            }
            (None, Some(_)) => {
                errors.push(FieldError::new("temporal_start", "error-required"));
                None
            }
            (None, None) => None,
        };
        let mut spatial = Vec::new();
        for code in self
            .spatial
            .split([' ', ',', ';'])
            .filter(|c| !c.is_empty())
        {
            if code == "006" || comuni.iter().any(|c| c == code) {
                if !spatial.iter().any(|s| s == code) {
                    spatial.push(code.to_owned());
                }
            } else {
                errors.push(FieldError::new("spatial", "error-istat-invalid"));
                break;
            }
        }
        let contact_name = keep(
            &mut errors,
            clean_text("contact_name", &self.contact_name, 1, 200, false),
        );
        let contact_email = match Email::parse(self.contact_email.trim()) {
            Ok(e) => e.as_str().to_owned(),
            Err(_) => {
                errors.push(FieldError::new("contact_email", "error-email-invalid"));
                String::new()
            }
        };
        let source_url = self.source_url.trim().to_owned();
        if !source_url.is_empty() && (source_url.len() > 500 || !is_http_url(&source_url)) {
            errors.push(FieldError::new("source_url", "error-url-invalid"));
        }
        let attribution = keep(
            &mut errors,
            clean_text("attribution", &self.attribution, 0, 500, false),
        );
        if !errors.is_empty() {
            return Err(FormErrors(errors));
        }
        Ok(DatasetInput {
            slug,
            publisher_id,
            rights_holder_id,
            themes,
            licence,
            frequency,
            temporal,
            spatial,
            contact_name,
            contact_email,
            source_url,
            attribution,
            published: self.published,
            texts,
        })
    }
}

/// The form's field names for one language's texts.
pub const fn field_names(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::It => ("title_it", "description_it", "keywords_it"),
        Lang::En => ("title_en", "description_en", "keywords_en"),
        Lang::Fr => ("title_fr", "description_fr", "keywords_fr"),
        Lang::Ar => ("title_ar", "description_ar", "keywords_ar"),
    }
}
