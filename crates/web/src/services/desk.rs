//! The directory's back office (`/admin/servizi`): editors and
//! administrators list, add and edit services, in every language, and
//! confirm that a record is still right. Providers' contributors do the
//! same for their own organisation's services: a trusted organisation's
//! changes are saved at once, an untrusted one's wait for an editor (see
//! [`super::changes`]). A form with problems comes back with every one of
//! them and everything typed; a point outside the province is saved only
//! once confirmed.

use agoral_db::services::{ServiceFilter, ServiceSave};
use agoral_domain::{
    accounts::Role,
    audit::AuditAction,
    comuni::Comune,
    lang::Lang,
    organisations::{Organisation, OrganisationId},
    services::{
        change::{ServiceChange, text_field},
        languages::{LANGUAGES, SpokenLanguage},
        record::{
            Service, ServiceErrors, ServiceForm, ServiceId, ServiceInput, ServiceText,
            ServiceTextForm,
        },
        taxonomy::{Accessibility, Category, Channel, TargetGroup},
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
pub(super) const TEXT_FIELDS: [(&str, &str, bool, usize); 10] = [
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
        province_wide: on("province_wide"),
        areas: all("area"),
        accessibility: all("accessibility"),
        contact_name: fields.get("contact_name").to_owned(),
        contact_title: fields.get("contact_title").to_owned(),
        texts: Lang::ALL
            .iter()
            .map(|lang| ServiceTextForm {
                lang: Some(lang.code().to_owned()),
                text: text_from_fields(fields, *lang),
            })
            .collect(),
    }
}

/// Who is at the directory's desk.
pub(super) enum Desk {
    /// An administrator or an editor: every service, saved directly.
    Editor,
    /// A provider's contributor: their organisation's services only (none
    /// when the account belongs to no organisation).
    Provider(Option<Organisation>),
}

impl Desk {
    pub(super) async fn of(ctx: &Ctx, staff: &Staff) -> Result<Desk, WebError> {
        let user = &staff.0.user;
        if user.has_role(Role::Administrator) || user.has_role(Role::Editor) {
            return Ok(Desk::Editor);
        }
        let organisation = match user.organisation_id {
            Some(id) => ctx.state.db.organisation(id).await?,
            None => None,
        };
        Ok(Desk::Provider(organisation))
    }

    /// The organisation a provider works for.
    fn organisation(&self) -> Option<&Organisation> {
        match self {
            Desk::Editor => None,
            Desk::Provider(organisation) => organisation.as_ref(),
        }
    }

    /// Whether this desk may open a service run by `owner`: a provider only
    /// their own organisation's, whatever its trust.
    pub(super) fn may_open(&self, owner: Option<OrganisationId>) -> bool {
        match self {
            Desk::Editor => true,
            Desk::Provider(Some(organisation)) => owner == Some(organisation.id),
            Desk::Provider(None) => false,
        }
    }

    /// The service, if it exists (404) and this desk may open it (403).
    async fn open(&self, ctx: &Ctx, id: ServiceId) -> Result<Service, WebError> {
        let service = ctx.state.db.service(id).await?.ok_or(WebError::NotFound)?;
        if self.may_open(service.record.organisation_id) {
            Ok(service)
        } else {
            Err(WebError::Forbidden)
        }
    }
}

#[derive(Template)]
#[template(path = "services/desk.html")]
struct DeskPage {
    shell: Shell,
    notice: Option<&'static str>,
    /// (service, its name in the page's language, comune name, whether a
    /// change is waiting for an editor, whether it is to be checked).
    rows: Vec<(Service, String, String, bool, bool)>,
    /// The provider's organisation, when a contributor is at the desk.
    provider: Option<Organisation>,
    /// A contributor whose account belongs to no organisation.
    no_organisation: bool,
    /// Changes waiting for an editor (editors' desk).
    pending: i64,
    /// A provider's recent proposals: (change, proposed service name).
    proposals: Vec<(ServiceChange, String)>,
    /// Only the records to check (not confirmed for too long).
    stale_only: bool,
    total: i64,
    page: i64,
    has_more: bool,
}

impl DeskPage {
    fn page_link(&self, page: &i64) -> String {
        let stale = if self.stale_only {
            "da-verificare=1&"
        } else {
            ""
        };
        format!("/admin/servizi?{stale}pagina={page}")
    }
}

/// Services per page of the desk.
const DESK_PAGE: i64 = 50;

/// The desk's address: a notice after a redirect, a page, the records to
/// check only.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DeskQuery {
    fatto: Option<String>,
    pagina: Option<String>,
    #[serde(rename = "da-verificare")]
    da_verificare: Option<String>,
}

/// The page a contributor without an organisation gets instead of a form.
fn no_organisation_page(ctx: &Ctx) -> Result<Response, WebError> {
    page(&DeskPage {
        shell: ctx.shell("services-desk-title"),
        notice: None,
        rows: Vec::new(),
        provider: None,
        no_organisation: true,
        pending: 0,
        proposals: Vec::new(),
        stale_only: false,
        total: 0,
        page: 1,
        has_more: false,
    })
}

pub async fn list_desk(
    ctx: Ctx,
    staff: Staff,
    query: Result<axum::extract::Query<DeskQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let query = query.map(|q| q.0).unwrap_or_default();
    let desk = Desk::of(&ctx, &staff).await?;
    let db = &ctx.state.db;
    let mut filter = match &desk {
        Desk::Editor => ServiceFilter::default(),
        Desk::Provider(Some(organisation)) => ServiceFilter {
            organisation_id: Some(organisation.id),
            ..ServiceFilter::default()
        },
        Desk::Provider(None) => return no_organisation_page(&ctx),
    };
    let stale_only = matches!(query.da_verificare.as_deref(), Some("1" | "on"));
    if stale_only {
        filter.confirmed_before = Some(super::freshness::stale_cutoff(
            &ctx.state,
            agoral_domain::time::Timestamp::now(),
        ));
    }
    let page_no = query
        .pagina
        .as_deref()
        .and_then(|p| p.parse::<i64>().ok())
        .filter(|p| (1..=100_000).contains(p))
        .unwrap_or(1);
    let (total, ids) = db
        .service_page(&filter, DESK_PAGE, (page_no - 1) * DESK_PAGE)
        .await?;
    let services = db.services_by_ids(&ids).await?;
    let now = agoral_domain::time::Timestamp::now();
    let (pending, proposals) = match desk.organisation() {
        None => (db.count_pending_service_changes().await?, Vec::new()),
        Some(organisation) => (
            0,
            db.organisation_service_changes(organisation.id, 20).await?,
        ),
    };
    let waiting: Vec<_> = proposals
        .iter()
        .filter(|c| c.status == agoral_domain::services::change::ChangeStatus::Pending)
        .filter_map(|c| c.service_id)
        .collect();
    let rows = services
        .into_iter()
        .map(|s| {
            let comune = ctx.state.comune_name(s.record.istat_code.as_str());
            let name = s.text(ctx.lang).name.clone();
            let waits = waiting.contains(&s.id);
            let stale = super::freshness::is_stale(&ctx.state, &s, now);
            (s, name, comune, waits, stale)
        })
        .collect();
    let proposals = proposals
        .into_iter()
        .map(|c| {
            let name = super::changes::proposed_name(&c.form);
            (c, name)
        })
        .collect();
    page(&DeskPage {
        shell: ctx.shell("services-desk-title"),
        notice: crate::accounts::notice(query.fatto.as_deref()),
        rows,
        provider: desk.organisation().cloned(),
        no_organisation: false,
        pending,
        proposals,
        stale_only,
        total,
        page: page_no,
        has_more: total > page_no * DESK_PAGE,
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
    /// Asked to confirm a point in another comune than the service's: the
    /// warning, in words.
    warn_comune: Option<String>,
    duplicate: Option<String>,
    comuni: Vec<Comune>,
    organisations: Vec<Organisation>,
    categories: &'static [Category],
    groups: &'static [TargetGroup],
    channels: &'static [Channel],
    accessibility: &'static [Accessibility],
    languages: &'static [SpokenLanguage],
    langs: [Lang; 4],
    text_fields: [(&'static str, &'static str, bool, usize); 10],
    verify_action: Option<String>,
    public_link: Option<String>,
    /// When the record was last confirmed.
    verified: Option<String>,
    /// The provider's organisation, when a contributor is at the desk: the
    /// service is theirs, with no choice of organisation.
    provider: Option<Organisation>,
    /// A provider whose changes wait for an editor.
    moderated: bool,
    /// The change waiting for an editor: its page (editors) or that the
    /// form shows it rather than the record (providers).
    pending_link: Option<String>,
    editing_pending: bool,
}

impl FormPage {
    fn text(&self, lang: &Lang, field: &str) -> &str {
        self.form
            .texts
            .iter()
            .find(|t| t.lang.as_deref() == Some(lang.code()))
            .map(|t| text_field(&t.text, field))
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
            "area" => &self.form.areas,
            "accessibility" => &self.form.accessibility,
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
                    self.shell.text("services-hours-line"),
                    p.line,
                    self.shell.text(p.kind.message_key())
                )
            })
            .collect()
    }
}

async fn form_page(
    ctx: &Ctx,
    desk: &Desk,
    form: ServiceForm,
    errors: ServiceErrors,
    id: Option<ServiceId>,
) -> Result<FormPage, WebError> {
    let provider = desk.organisation().cloned();
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
        warn_comune: None,
        duplicate: None,
        comuni,
        organisations: ctx.state.db.organisations().await?,
        categories: Category::ALL,
        groups: TargetGroup::ALL,
        channels: Channel::ALL,
        accessibility: Accessibility::ALL,
        languages: LANGUAGES,
        langs: Lang::ALL,
        text_fields: TEXT_FIELDS,
        verify_action: id.map(|id| format!("/admin/servizi/{}/verifica", id.0)),
        public_link: id.map(|id| format!("/servizi/{}", id.0)),
        verified: None,
        moderated: provider.as_ref().is_some_and(|o| !o.trusted),
        provider,
        pending_link: None,
        editing_pending: false,
    })
}

pub async fn new_service(ctx: Ctx, staff: Staff) -> Result<Response, WebError> {
    let desk = Desk::of(&ctx, &staff).await?;
    if matches!(desk, Desk::Provider(None)) {
        return no_organisation_page(&ctx);
    }
    let form = ServiceForm {
        free: true,
        organisation_id: desk.organisation().map(|o| o.id.0),
        ..ServiceForm::default()
    };
    page(&form_page(&ctx, &desk, form, ServiceErrors::default(), None).await?)
}

pub async fn edit_service(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let desk = Desk::of(&ctx, &staff).await?;
    let service = desk.open(&ctx, ServiceId(id.0)).await?;
    let pending = ctx.state.db.pending_service_change(service.id).await?;
    // A provider goes on from the change they proposed, not from the
    // record: nothing they typed is lost while it waits.
    let (form, editing_pending) = match (&desk, &pending) {
        (Desk::Provider(_), Some(change)) => (change.form.clone(), true),
        _ => (ServiceForm::from_record(&service.record), false),
    };
    let mut page_data = form_page(
        &ctx,
        &desk,
        form,
        ServiceErrors::default(),
        Some(service.id),
    )
    .await?;
    page_data.notice = query.notice();
    page_data.verified = service.verified_at.map(|at| at.date_short());
    page_data.editing_pending = editing_pending;
    if matches!(desk, Desk::Editor) {
        page_data.pending_link = pending.map(|c| format!("/admin/servizi/modifiche/{}", c.id.0));
    }
    page(&page_data)
}

/// Codes of the right shape that are no comune of the province, as form
/// errors (the domain checks the shape; the list of comuni is data).
pub(super) fn unknown_comuni(
    state: &crate::state::AppState,
    input: &ServiceInput,
) -> ServiceErrors {
    let known = |code: &agoral_domain::comuni::IstatCode| state.comuni.contains_key(code.as_str());
    let mut errors = ServiceErrors::default();
    if !known(&input.istat_code) {
        errors.fields.push(agoral_domain::FieldError::new(
            "istat_code",
            "error-istat-invalid",
        ));
    }
    if !input.areas.iter().all(known) {
        errors.fields.push(agoral_domain::FieldError::new(
            "areas",
            "error-istat-invalid",
        ));
    }
    errors
}

/// Checks and saves; on any problem the form comes back as typed. A
/// provider's service always stays theirs; an untrusted provider's save
/// becomes a proposal for the editors.
async fn save(
    ctx: Ctx,
    staff: Staff,
    address: Option<std::net::IpAddr>,
    fields: Fields,
    id: Option<ServiceId>,
) -> Result<Response, WebError> {
    let desk = Desk::of(&ctx, &staff).await?;
    let db = &ctx.state.db;
    if let Desk::Provider(organisation) = &desk {
        if organisation.is_none() {
            return no_organisation_page(&ctx);
        }
        if let Some(id) = id {
            desk.open(&ctx, id).await?;
        }
    }
    let mut form = form_from_fields(&fields);
    if let Some(organisation) = desk.organisation() {
        form.organisation_id = Some(organisation.id.0);
    }
    let confirmed = !fields.get("confirm_outside").is_empty();
    let (input, warnings) = match form.parse() {
        Ok(parsed) => parsed,
        Err(errors) => return invalid(&form_page(&ctx, &desk, form, errors, id).await?),
    };
    let unknown = unknown_comuni(&ctx.state, &input);
    if !unknown.is_empty() {
        return invalid(&form_page(&ctx, &desk, form, unknown, id).await?);
    }
    if !warnings.is_empty() && !confirmed {
        let mut page = form_page(&ctx, &desk, form, ServiceErrors::default(), id).await?;
        page.warn_outside = true;
        return invalid(&page);
    }
    // A point in the province but in another comune: a slip as common as
    // swapped coordinates (a service in Alessandria placed in Valenza).
    let elsewhere = input
        .point
        .and_then(|p| crate::maps::comune_at(p.lon, p.lat))
        .filter(|code| *code != input.istat_code.as_str());
    if let (Some(code), false) = (elsewhere, confirmed) {
        let warning = ctx.state.l10n.get_args(
            ctx.lang,
            "service-warning-other-comune",
            &[
                ("found", ctx.state.comune_name(code)),
                ("comune", ctx.state.comune_name(input.istat_code.as_str())),
            ],
        );
        let mut page = form_page(&ctx, &desk, form, ServiceErrors::default(), id).await?;
        page.warn_outside = true;
        page.warn_comune = Some(warning);
        return invalid(&page);
    }
    let user = staff.0.user.id.0;
    if let Some(organisation) = desk.organisation().filter(|o| !o.trusted) {
        // Said now rather than when an editor approves: the provider can
        // still fix it.
        if let Some(other) = db.service_duplicate(&input, id).await? {
            let mut page = form_page(&ctx, &desk, form, ServiceErrors::default(), id).await?;
            page.duplicate = Some(format!("/servizi/{}", other.0));
            return invalid(&page);
        }
        let change = db
            .propose_service_change(id, organisation.id, user, &ServiceForm::from_record(&input))
            .await?;
        audit::record(
            &ctx.state,
            AuditAction::ServiceChangeProposed,
            Some(user),
            None,
            address,
            // The change, and the service it is for ("+" for a new one).
            format!(
                "#{} → {}",
                change.0,
                id.map_or_else(|| "+".to_owned(), |s| format!("#{}", s.0))
            ),
        )
        .await;
        return Ok(Redirect::to("/admin/servizi?fatto=proposta").into_response());
    }
    let outcome = match id {
        Some(id) => db.update_service(id, &input).await?,
        None => db.create_service(&input, false).await?,
    };
    match outcome {
        ServiceSave::Saved(saved) => {
            audit::record(
                &ctx.state,
                AuditAction::ServiceSaved,
                Some(user),
                None,
                address,
                format!("#{}", saved.0),
            )
            .await;
            // A trusted provider saving their own record vouches for it.
            if desk.organisation().is_some() {
                db.verify_service(saved, user).await?;
            }
            Ok(Redirect::to(&format!("/admin/servizi/{}?fatto=salvato", saved.0)).into_response())
        }
        ServiceSave::Duplicate(other) => {
            let mut page = form_page(&ctx, &desk, form, ServiceErrors::default(), id).await?;
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
    let desk = Desk::of(&ctx, &staff).await?;
    let service = desk.open(&ctx, ServiceId(id.0)).await?;
    let user = staff.0.user.id.0;
    if !ctx.state.db.verify_service(service.id, user).await? {
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
