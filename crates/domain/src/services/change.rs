//! Changes to the directory proposed by providers. A contributor of an
//! organisation that is not trusted does not edit the record: their form is
//! kept as a [`ServiceChange`] until an editor approves it (and it is
//! applied) or rejects it with a reason. The editor decides on a
//! field-by-field [`diff`] against the record as it is then.

use crate::{lang::Lang, organisations::OrganisationId, time::Timestamp};

use super::record::{ServiceForm, ServiceId, ServiceText};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServiceChangeId(pub i64);

/// Where a proposed change stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeStatus {
    /// Waiting for an editor.
    Pending,
    /// Applied to the record.
    Approved,
    /// Not applied; the reason was sent to the contributor.
    Rejected,
}

impl ChangeStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            ChangeStatus::Pending => "pending",
            ChangeStatus::Approved => "approved",
            ChangeStatus::Rejected => "rejected",
        }
    }

    pub fn parse(value: &str) -> Option<ChangeStatus> {
        [
            ChangeStatus::Pending,
            ChangeStatus::Approved,
            ChangeStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }

    /// The Fluent key of its name.
    pub const fn label_key(self) -> &'static str {
        match self {
            ChangeStatus::Pending => "services-change-pending",
            ChangeStatus::Approved => "services-change-approved",
            ChangeStatus::Rejected => "services-change-rejected",
        }
    }
}

/// A proposed change (or a proposed new service, when `service_id` is
/// `None`), as stored.
#[derive(Debug, Clone)]
pub struct ServiceChange {
    pub id: ServiceChangeId,
    pub service_id: Option<ServiceId>,
    pub organisation_id: OrganisationId,
    pub proposed_by: Option<i64>,
    /// The record as the contributor wants it, in canonical spelling.
    pub form: ServiceForm,
    pub status: ChangeStatus,
    /// Why it was rejected.
    pub reason: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The longest reason an editor may give for a rejection.
pub const MAX_REASON: usize = 2_000;

/// One field that differs between the record and the proposal.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldChange {
    /// A text or a single value; `lang` for the translated texts.
    Text {
        field: &'static str,
        lang: Option<Lang>,
        before: String,
        after: String,
    },
    /// A yes/no field.
    Flag {
        field: &'static str,
        before: bool,
        after: bool,
    },
    /// A list of codes (categories, target groups, channels, languages):
    /// what was added and what was taken away, in the proposal's order.
    Codes {
        field: &'static str,
        added: Vec<String>,
        removed: Vec<String>,
    },
}

impl FieldChange {
    pub const fn field(&self) -> &'static str {
        match self {
            FieldChange::Text { field, .. }
            | FieldChange::Flag { field, .. }
            | FieldChange::Codes { field, .. } => field,
        }
    }
}

fn texts_of(form: &ServiceForm, lang: Lang) -> ServiceText {
    form.texts
        .iter()
        .find(|t| t.lang.as_deref() == Some(lang.code()))
        .map(|t| t.text.clone())
        .unwrap_or_default()
}

/// The translated text fields, by form name, in the order the form shows them.
pub const TEXT_FIELD_NAMES: [&str; 10] = [
    "name",
    "summary",
    "description",
    "who_for",
    "how_to_access",
    "what_to_bring",
    "what_you_get",
    "deadlines",
    "conditions",
    "cost",
];

/// One translated text field by its form name.
pub fn text_field<'t>(text: &'t ServiceText, field: &str) -> &'t str {
    match field {
        "name" => &text.name,
        "summary" => &text.summary,
        "description" => &text.description,
        "who_for" => &text.who_for,
        "how_to_access" => &text.how_to_access,
        "what_to_bring" => &text.what_to_bring,
        "what_you_get" => &text.what_you_get,
        "deadlines" => &text.deadlines,
        "conditions" => &text.conditions,
        _ => &text.cost,
    }
}

/// What differs from `before` to `after`, field by field, in the form's
/// order. Both should be canonical ([`ServiceForm::from_record`]) so that
/// spelling alone (a phone written with spaces) is not a change. Code
/// lists compare as sets: reordering categories is not a change, but the
/// order of languages is kept in `added`.
pub fn diff(before: &ServiceForm, after: &ServiceForm) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    for lang in Lang::ALL {
        let (b, a) = (texts_of(before, lang), texts_of(after, lang));
        for field in TEXT_FIELD_NAMES {
            let (bv, av) = (text_field(&b, field), text_field(&a, field));
            if bv.trim() != av.trim() {
                changes.push(FieldChange::Text {
                    field,
                    lang: Some(lang),
                    before: bv.to_owned(),
                    after: av.to_owned(),
                });
            }
        }
    }
    let codes: [(&'static str, &Vec<String>, &Vec<String>); 6] = [
        ("category", &before.categories, &after.categories),
        ("target_group", &before.target_groups, &after.target_groups),
        ("channel", &before.channels, &after.channels),
        ("language", &before.languages, &after.languages),
        ("area", &before.areas, &after.areas),
        ("accessibility", &before.accessibility, &after.accessibility),
    ];
    for (field, b, a) in codes {
        let added: Vec<String> = a.iter().filter(|c| !b.contains(c)).cloned().collect();
        let removed: Vec<String> = b.iter().filter(|c| !a.contains(c)).cloned().collect();
        if !added.is_empty() || !removed.is_empty() {
            changes.push(FieldChange::Codes {
                field,
                added,
                removed,
            });
        }
    }
    let flags = [
        ("free", before.free, after.free),
        (
            "appointment_needed",
            before.appointment_needed,
            after.appointment_needed,
        ),
        ("sensitive", before.sensitive, after.sensitive),
        ("province_wide", before.province_wide, after.province_wide),
    ];
    for (field, b, a) in flags {
        if b != a {
            changes.push(FieldChange::Flag {
                field,
                before: b,
                after: a,
            });
        }
    }
    let singles = [
        ("istat_code", &before.istat_code, &after.istat_code),
        ("address", &before.address, &after.address),
        ("lat", &before.lat, &after.lat),
        ("lon", &before.lon, &after.lon),
        ("phones", &before.phones, &after.phones),
        ("contact_name", &before.contact_name, &after.contact_name),
        ("contact_title", &before.contact_title, &after.contact_title),
        ("email", &before.email, &after.email),
        ("website", &before.website, &after.website),
        ("hours", &before.hours, &after.hours),
    ];
    for (field, b, a) in singles {
        if b.trim() != a.trim() {
            changes.push(FieldChange::Text {
                field,
                lang: None,
                before: b.clone(),
                after: a.clone(),
            });
        }
    }
    changes
}

/// An editor's reason for a rejection: required, bounded, no control
/// characters but line breaks. `Err` holds the Fluent key of the problem.
pub fn parse_reason(value: &str) -> Result<String, &'static str> {
    crate::clean_text("reason", value, 1, MAX_REASON, true).map_err(|e| e.message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::record::ServiceTextForm;

    fn form() -> ServiceForm {
        ServiceForm {
            categories: vec!["health".into(), "legal".into()],
            languages: vec!["it".into(), "ar".into()],
            free: true,
            istat_code: "006003".into(),
            phones: "+39 0131 000000".into(),
            hours: "lun 09:00-12:00".into(),
            texts: vec![ServiceTextForm {
                lang: Some("it".into()),
                text: ServiceText {
                    name: "Sportello".into(),
                    ..ServiceText::default()
                },
            }],
            ..ServiceForm::default()
        }
    }

    #[test]
    fn the_same_form_has_no_changes() {
        assert!(diff(&form(), &form()).is_empty());
        // Reordered categories and trailing spaces are not changes.
        let mut other = form();
        other.categories.reverse();
        other.texts[0].text.name = "Sportello  ".into();
        assert!(diff(&form(), &other).is_empty());
    }

    #[test]
    fn each_kind_of_change_is_reported_once_in_form_order() {
        let mut after = form();
        after.texts[0].text.name = "Sportello stranieri".into();
        after.texts.push(ServiceTextForm {
            lang: Some("ar".into()),
            text: ServiceText {
                name: "مكتب".into(),
                ..ServiceText::default()
            },
        });
        after.languages = vec!["it".into(), "fr".into()];
        after.free = false;
        after.hours = "lun 09:00-13:00".into();
        let changes = diff(&form(), &after);
        let fields: Vec<(&str, Option<Lang>)> = changes
            .iter()
            .map(|c| match c {
                FieldChange::Text { field, lang, .. } => (*field, *lang),
                other => (other.field(), None),
            })
            .collect();
        assert_eq!(
            fields,
            vec![
                ("name", Some(Lang::It)),
                ("name", Some(Lang::Ar)),
                ("language", None),
                ("free", None),
                ("hours", None),
            ]
        );
        assert_eq!(
            changes[2],
            FieldChange::Codes {
                field: "language",
                added: vec!["fr".into()],
                removed: vec!["ar".into()],
            }
        );
        assert_eq!(
            changes[3],
            FieldChange::Flag {
                field: "free",
                before: true,
                after: false
            }
        );
    }

    #[test]
    fn a_form_survives_its_json_form() {
        let json = serde_json::to_string(&form()).expect("json");
        let back: ServiceForm = serde_json::from_str(&json).expect("form");
        assert_eq!(back, form());
    }

    #[test]
    fn reasons_are_required_and_bounded() {
        assert_eq!(parse_reason("  "), Err("error-required"));
        assert_eq!(
            parse_reason(&"x".repeat(MAX_REASON + 1)),
            Err("error-too-long")
        );
        assert_eq!(parse_reason("a\u{7}b"), Err("error-control-characters"));
        assert_eq!(
            parse_reason(" Orari non confermati\nda verificare "),
            Ok("Orari non confermati\nda verificare".into())
        );
        assert!(ChangeStatus::parse("pending").is_some());
        assert!(ChangeStatus::parse("withdrawn").is_none());
    }
}
