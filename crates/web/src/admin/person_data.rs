//! A person's data on request (GDPR articles 15 and 17), for
//! administrators: given an email address, what the platform holds under
//! it — intake items it sent, contact records, problem reports, the mail
//! written to it, staff accounts — exported
//! as JSON or erased. Both are audited; the log keeps a short hash of the
//! address, not the address, so that it does not undo an erasure.

use agoral_db::{good_practices::HeldContact, person_data::MailTo};
use agoral_domain::{
    accounts::{Email, User},
    audit::AuditAction,
    intake::IntakeItem,
    problem_reports::ProblemReport,
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::Query,
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::{
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    render::{Ctx, Shell, invalid, page},
    session::{Administrator, ClientAddress},
    state::AppState,
};

const PATH: &str = "/admin/dati-personali";

/// What is held under one address.
struct Held {
    items: Vec<IntakeItem>,
    contacts: Vec<HeldContact>,
    reports: Vec<ProblemReport>,
    mails: Vec<MailTo>,
    accounts: Vec<User>,
}

impl Held {
    fn is_empty(&self) -> bool {
        self.items.is_empty()
            && self.contacts.is_empty()
            && self.reports.is_empty()
            && self.mails.is_empty()
            && self.accounts.is_empty()
    }
}

async fn held(state: &AppState, email: &Email) -> Result<Held, WebError> {
    let db = &state.db;
    Ok(Held {
        items: db.intake_items_of_sender(email.as_str()).await?,
        contacts: db.contacts_with_email(email.as_str()).await?,
        reports: db.problem_reports_with_email(email.as_str()).await?,
        mails: db.mail_to(email.as_str()).await?,
        accounts: db.user_by_email(email).await?.into_iter().collect(),
    })
}

/// The audit log's reference to an address: enough to check a given
/// address against it, not to read it back.
fn address_reference(email: &Email) -> String {
    let digest = Sha256::digest(email.as_str().as_bytes());
    data_encoding::HEXLOWER.encode(&digest[..6])
}

#[derive(Template)]
#[template(path = "admin/person_data.html")]
struct PersonDataPage {
    shell: Shell,
    email: String,
    errors: FormErrors,
    /// `None` until an address is looked up.
    held: Option<Held>,
    erased: bool,
}

impl PersonDataPage {
    fn status_label(&self, item: &IntakeItem) -> String {
        self.shell.text(item.status.label_key()).into_owned()
    }

    fn kind_label(&self, item: &IntakeItem) -> String {
        self.shell.text(item.kind.label_key()).into_owned()
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    email: String,
    fatto: Option<String>,
}

/// `GET /admin/dati-personali[?email=…]`.
pub async fn show_person_data(
    ctx: Ctx,
    _admin: Administrator,
    Query(query): Query<LookupQuery>,
) -> Result<Response, WebError> {
    let mut view = PersonDataPage {
        shell: ctx.shell("person-data-title"),
        email: query.email.trim().chars().take(254).collect(),
        errors: FormErrors::default(),
        held: None,
        erased: query.fatto.as_deref() == Some("cancellati"),
    };
    if view.email.is_empty() {
        return page(&view);
    }
    match Email::parse(&view.email) {
        Ok(email) => {
            view.held = Some(held(&ctx.state, &email).await?);
            page(&view)
        }
        Err(e) => {
            view.errors.0.push(e);
            invalid(&view)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PersonForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    confirm: String,
}

fn parse_email(form: &PersonForm) -> Result<Email, WebError> {
    Email::parse(form.email.trim()).map_err(|_| WebError::BadRequest("error-400-text"))
}

/// `POST /admin/dati-personali/esporta`: everything held, as a JSON file.
pub async fn export_person_data(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Form(form): Form<PersonForm>,
) -> Result<Response, WebError> {
    let email = parse_email(&form)?;
    let held = held(&ctx.state, &email).await?;
    let mut items = Vec::new();
    for item in &held.items {
        let practice = ctx.state.db.good_practice(item.id).await?;
        items.push(json!({
            "id": item.id.0,
            "received_at": item.received_at.rfc3339(),
            "channel": item.channel.as_str(),
            "kind": item.kind.as_str(),
            "status": item.status.as_str(),
            "language": item.lang.code(),
            "title": item.title,
            "text": item.body,
            "sender": {
                "name": item.sender.name,
                "email": item.sender.email,
                "phone": item.sender.phone,
            },
            "good_practice": practice.map(|p| json!({
                "istat_code": p.istat_code.as_str(),
                "runner": p.runner,
                "targets": p.targets.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                "period_start": p.period_start,
                "period_end": p.period_end,
                "outcome": p.outcome,
                "link": p.link,
                "photos_consent": p.photos_consent,
            })),
        }));
    }
    let document = json!({
        "email": email.as_str(),
        "exported_at": Timestamp::now().rfc3339(),
        "intake_items": items,
        "contacts": held.contacts.iter().map(|c| json!({
            "organisation": c.organisation,
            "name": c.contact.name,
            "role": c.contact.role,
            "email": c.contact.email,
            "phone": c.contact.phone,
            "consent": c.contact.consent,
            "notes": c.contact.notes,
        })).collect::<Vec<_>>(),
        "problem_reports": held.reports.iter().map(|r| json!({
            "created_at": r.created_at.rfc3339(),
            "page": r.page_url,
            "message": r.message,
            "language": r.lang,
        })).collect::<Vec<_>>(),
        "mails": held.mails.iter().map(|m| json!({
            "subject": m.subject,
            "written_at": m.created_at.rfc3339(),
            "sent_at": m.sent_at.map(|t| t.rfc3339()),
        })).collect::<Vec<_>>(),
        "accounts": held.accounts.iter().map(|u| json!({
            "email": u.email.as_str(),
            "name": u.display_name,
            "roles": u.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
            "language": u.locale.code(),
            "disabled": u.disabled,
            "created_at": u.created_at.rfc3339(),
            "last_login_at": u.last_login_at.map(|t| t.rfc3339()),
        })).collect::<Vec<_>>(),
    });
    audit::record(
        &ctx.state,
        AuditAction::PersonDataExported,
        Some(admin.user.id.0),
        None,
        address,
        format!(
            "address {} ({} items, {} contacts, {} reports, {} mails, {} accounts)",
            address_reference(&email),
            held.items.len(),
            held.contacts.len(),
            held.reports.len(),
            held.mails.len(),
            held.accounts.len()
        ),
    )
    .await;
    let body = serde_json::to_vec_pretty(&document).map_err(WebError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"dati-personali.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

/// `POST /admin/dati-personali/cancella`: erases the sender's data from
/// the intake items, and their contact records, problem reports and mail,
/// once confirmed.
pub async fn erase_person_data(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Form(form): Form<PersonForm>,
) -> Result<Response, WebError> {
    let email = parse_email(&form)?;
    if form.confirm.trim() != "1" {
        let mut view = PersonDataPage {
            shell: ctx.shell("person-data-title"),
            email: email.as_str().to_owned(),
            errors: FormErrors::default(),
            held: Some(held(&ctx.state, &email).await?),
            erased: false,
        };
        view.errors.push("confirm", "person-data-confirm-needed");
        return invalid(&view);
    }
    let erased = ctx.state.db.erase_person(email.as_str()).await?;
    audit::record(
        &ctx.state,
        AuditAction::PersonDataErased,
        Some(admin.user.id.0),
        None,
        address,
        format!(
            "address {} ({} items, {} contacts, {} reports, {} mails)",
            address_reference(&email),
            erased.items,
            erased.contacts,
            erased.reports,
            erased.mails
        ),
    )
    .await;
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("email", email.as_str())
        .append_pair("fatto", "cancellati")
        .finish();
    Ok(Redirect::to(&format!("{PATH}?{query}")).into_response())
}
