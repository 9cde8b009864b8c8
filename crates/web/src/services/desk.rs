//! The directory's back office (`/admin/servizi`): editors and
//! administrators list, add and edit services, in every language, and
//! confirm that a record is still right. A form with problems comes back
//! with every one of them and everything typed; a point outside the
//! province is saved only once confirmed.

use agoral_db::services::{ServiceFilter, ServiceSave};
use agoral_domain::{
    audit::AuditAction,
    comuni::Comune,
    lang::Lang,
    organisations::Organisation,
    services::{
        languages::{LANGUAGES, SpokenLanguage},
        record::{Service, ServiceErrors, ServiceForm, ServiceId, ServiceText, ServiceTextForm},
        taxonomy::{Category, Channel, TargetGroup},
    },
};
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};

use crate::{
    accounts::NoticeQuery,
    admin::IdPath,
    audit,
    error::WebError,
    forms::Fields,
    render::{Ctx, Shell, invalid, page},
    session::{ClientAddress, Staff},
};

/// The text fields of a language, as (name, label, multiline, max length).
const TEXT_FIELDS: [(&str, &str, bool, usize); 10] = [
    ("name", "services-field-name", false, 200),
    ("summary", "services-summary", true, 600),
    ("description", "services-description", true, 10_000),
    ("who_for", "services-who-for", true, 2_000),
    ("how_to_access", "services-how-to-access", true, 2_000),
    ("what_to_bring", "services-what-to-bring", true, 2_000),
    ("what_you_get", "services-what-you-get", true, 2_000),
    ("deadlines", "services-deadlines", true, 2_000),
    ("conditions", "services-conditions", true, 2_000),
    ("cost", "services-cost", true, 1_000),
];

fn text_value<'t>(text: &'t ServiceText, field: &str) -> &'t str {
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

fn text_from_fields(fields: &Fields, lang: Lang) -> ServiceText {
    let get = |name: &str| fields.get(&format!("{name}_{}", lang.code())).to_owned();
    ServiceText {
        name: get("name"),
        summary: get("summary"),
        description: get("description"),
        who_for: get("who_for"),
        how_to_access: get("how_to_access"),
        what_to_bring: get("what_to_bring"),
        what_you_get: get("what_you_get"),
        deadlines: get("deadlines"),
        conditions: get("conditions"),
        cost: get("cost"),
    }
}

/// The form as typed, from the request body.
fn form_from_fields(fields: &Fields) -> ServiceForm {
    let all = |name: &str| {
        fields
            .get_all(name)
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let on = |name: &str| !fields.get(name).is_empty();
    ServiceForm {
        organisation_id: fields.get("organisation_id").parse().ok(),
        categories: all("category"),
        target_groups: all("target_group"),
        languages: all("language"),
        channels: all("channel"),
        free: on("free"),
        appointment_needed: on("appointment_needed"),
        phones: fields.get("phones").to_owned(),
        email: fields.get("email").to_owned(),
        website: fields.get("website").to_owned(),
        istat_code: fields.get("istat_code").to_owned(),
        address: fields.get("address").to_owned(),
        lat: fields.get("lat").to_owned(),
        lon: fields.get("lon").to_owned(),
        sensitive: on("sensitive"),
        hours: fields.get("hours").to_owned(),
        texts: Lang::ALL
            .iter()
            .map(|lang| ServiceTextForm {
                lang: Some(lang.code().to_owned()),
                text: text_from_fields(fields, *lang),
            })
            .collect(),
    }
}

/// The form filled from a stored service.
fn form_from_service(service: &Service) -> ServiceForm {
    let r = &service.record;
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
    }
}

#[derive(Template)]
#[template(path = "services/desk.html")]
struct DeskPage {
    shell: Shell,
    notice: Option<&'static str>,
    /// (service, its name in the page's language, comune name).
    rows: Vec<(Service, String, String)>,
}

pub async fn list_desk(
    ctx: Ctx,
    _staff: Staff,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let services = ctx.state.db.services(&ServiceFilter::default()).await?;
    let rows = services
        .into_iter()
        .map(|s| {
            let comune = ctx.state.comune_name(s.record.istat_code.as_str());
            let name = s.text(ctx.lang).name.clone();
            (s, name, comune)
        })
        .collect();
    page(&DeskPage {
        shell: ctx.shell("services-desk-title"),
        notice: query.notice(),
        rows,
    })
}

#[derive(Template)]
#[template(path = "services/form.html")]
struct FormPage {
    shell: Shell,
    notice: Option<&'static str>,
    action: String,
    form: ServiceForm,
    errors: ServiceErrors,
    /// Asked to confirm a point outside the province.
    warn_outside: bool,
    duplicate: Option<String>,
    comuni: Vec<Comune>,
    organisations: Vec<Organisation>,
    categories: &'static [Category],
    groups: &'static [TargetGroup],
    channels: &'static [Channel],
    languages: &'static [SpokenLanguage],
    langs: [Lang; 4],
    text_fields: [(&'static str, &'static str, bool, usize); 10],
    verify_action: Option<String>,
    public_link: Option<String>,
    /// When the record was last confirmed.
    verified: Option<String>,
}

impl FormPage {
    fn text(&self, lang: &Lang, field: &str) -> &str {
        self.form
            .texts
            .iter()
            .find(|t| t.lang.as_deref() == Some(lang.code()))
            .map(|t| text_value(&t.text, field))
            .unwrap_or_default()
    }

    fn text_error(&self, lang: &Lang, field: &str) -> Option<&'static str> {
        self.errors
            .texts
            .iter()
            .find(|(l, e)| l == lang && e.field == field)
            .map(|(_, e)| e.message)
    }

    fn error(&self, field: &str) -> Option<&'static str> {
        self.errors
            .fields
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }

    fn has(&self, list: &str, code: &str) -> bool {
        let values = match list {
            "category" => &self.form.categories,
            "target_group" => &self.form.target_groups,
            "channel" => &self.form.channels,
            _ => &self.form.languages,
        };
        values.iter().any(|v| v == code)
    }

    fn is_organisation(&self, id: &i64) -> bool {
        self.form.organisation_id == Some(*id)
    }

    fn field_id(&self, field: &str, lang: &Lang) -> String {
        format!("{field}_{}", lang.code())
    }

    /// "Line 3: …" for each problem of the opening hours.
    fn hours_problems(&self) -> Vec<String> {
        self.errors
            .hours
            .iter()
            .map(|p| {
                format!(
                    "{} {}: {}",
                    self.shell.t("services-hours-line"),
                    p.line,
                    self.shell.t(p.kind.message_key())
                )
            })
            .collect()
    }
}

async fn form_page(
    ctx: &Ctx,
    form: ServiceForm,
    errors: ServiceErrors,
    id: Option<ServiceId>,
) -> Result<FormPage, WebError> {
    let mut comuni: Vec<Comune> = ctx.state.comuni.values().cloned().collect();
    comuni.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(FormPage {
        shell: ctx.shell(if id.is_some() {
            "services-edit-title"
        } else {
            "services-new-title"
        }),
        notice: None,
        action: id.map_or_else(
            || "/admin/servizi/nuovo".to_owned(),
            |id| format!("/admin/servizi/{}", id.0),
        ),
        form,
        errors,
        warn_outside: false,
        duplicate: None,
        comuni,
        organisations: ctx.state.db.organisations().await?,
        categories: Category::ALL,
        groups: TargetGroup::ALL,
        channels: Channel::ALL,
        languages: LANGUAGES,
        langs: Lang::ALL,
        text_fields: TEXT_FIELDS,
        verify_action: id.map(|id| format!("/admin/servizi/{}/verifica", id.0)),
        public_link: id.map(|id| format!("/servizi/{}", id.0)),
        verified: None,
    })
}

pub async fn new_service(ctx: Ctx, _staff: Staff) -> Result<Response, WebError> {
    let form = ServiceForm {
        free: true,
        ..ServiceForm::default()
    };
    page(&form_page(&ctx, form, ServiceErrors::default(), None).await?)
}

pub async fn edit_service(
    ctx: Ctx,
    _staff: Staff,
    id: IdPath,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let service = ctx
        .state
        .db
        .service(ServiceId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let form = form_from_service(&service);
    let mut page_data = form_page(&ctx, form, ServiceErrors::default(), Some(service.id)).await?;
    page_data.notice = query.notice();
    page_data.verified = service.verified_at.map(|at| at.date_short());
    page(&page_data)
}

/// Checks and saves; on any problem the form comes back as typed.
async fn save(
    ctx: Ctx,
    staff: Staff,
    address: Option<std::net::IpAddr>,
    fields: Fields,
    id: Option<ServiceId>,
) -> Result<Response, WebError> {
    let form = form_from_fields(&fields);
    let confirmed = !fields.get("confirm_outside").is_empty();
    let (input, warnings) = match form.parse() {
        Ok(parsed) => parsed,
        Err(errors) => return invalid(&form_page(&ctx, form, errors, id).await?),
    };
    if !warnings.is_empty() && !confirmed {
        let mut page = form_page(&ctx, form, ServiceErrors::default(), id).await?;
        page.warn_outside = true;
        return invalid(&page);
    }
    let db = &ctx.state.db;
    let outcome = match id {
        Some(id) => db.update_service(id, &input).await?,
        None => db.create_service(&input, false).await?,
    };
    match outcome {
        ServiceSave::Saved(saved) => {
            audit::record(
                &ctx.state,
                AuditAction::ServiceSaved,
                Some(staff.0.user.id.0),
                None,
                address,
                format!("#{}", saved.0),
            )
            .await;
            Ok(Redirect::to(&format!("/admin/servizi/{}?fatto=salvato", saved.0)).into_response())
        }
        ServiceSave::Duplicate(other) => {
            let mut page = form_page(&ctx, form, ServiceErrors::default(), id).await?;
            page.duplicate = Some(format!("/admin/servizi/{}", other.0));
            invalid(&page)
        }
        ServiceSave::Missing => Err(WebError::NotFound),
    }
}

pub async fn create_service(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    fields: Fields,
) -> Result<Response, WebError> {
    save(ctx, staff, address, fields, None).await
}

pub async fn update_service(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    save(ctx, staff, address, fields, Some(ServiceId(id.0))).await
}

/// "Still correct": the record was checked today by this person.
pub async fn verify_service(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    let user = staff.0.user.id.0;
    if !ctx.state.db.verify_service(ServiceId(id.0), user).await? {
        return Err(WebError::NotFound);
    }
    audit::record(
        &ctx.state,
        AuditAction::ServiceVerified,
        Some(user),
        None,
        address,
        format!("#{}", id.0),
    )
    .await;
    Ok(Redirect::to(&format!("/admin/servizi/{}?fatto=verificato", id.0)).into_response())
}
