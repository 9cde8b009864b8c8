//! An organisation's place in the network (`/admin/organizzazioni/{id}/rete`):
//! the people the redazione may contact, and the addresses and domains whose
//! mail is the organisation's (the mailbox matches senders against them).

use agoral_domain::{
    audit::AuditAction,
    intake::IntakeItem,
    organisations::{
        Contact, ContactInput, Organisation, OrganisationId, SenderAddress, parse_sender,
    },
};
use askama::Template;
use axum::{
    extract::Path,
    response::{IntoResponse, Redirect, Response},
};

use crate::{
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    render::{Ctx, Shell, invalid, page},
    session::{Administrator, ClientAddress},
};

#[derive(Template)]
#[template(path = "admin/organisation_network.html")]
struct NetworkPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    organisation: Organisation,
    contacts: Vec<Contact>,
    senders: Vec<SenderAddress>,
    contributions: Vec<IntakeItem>,
    /// What was typed, when a form comes back with errors.
    typed: Fields,
}

impl NetworkPage {
    fn typed(&self, name: &str) -> &str {
        self.typed.get(name)
    }
}

async fn network_page(
    ctx: &Ctx,
    id: OrganisationId,
    errors: FormErrors,
    typed: Fields,
    notice: Option<&'static str>,
) -> Result<NetworkPage, WebError> {
    let db = &ctx.state.db;
    let organisation = db.organisation(id).await?.ok_or(WebError::NotFound)?;
    Ok(NetworkPage {
        shell: ctx.shell_titled(organisation.name.clone()),
        notice,
        errors,
        contacts: db.organisation_contacts(id).await?,
        senders: db.organisation_senders(id).await?,
        contributions: db.organisation_contributions(id, 50).await?,
        organisation,
        typed,
    })
}

/// `GET /admin/organizzazioni/{id}/rete`.
pub async fn show_network(
    ctx: Ctx,
    _admin: Administrator,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    let view = network_page(
        &ctx,
        OrganisationId(id),
        FormErrors::default(),
        Fields::default(),
        query.notice(),
    )
    .await?;
    page(&view)
}

/// `POST /admin/organizzazioni/{id}/rete/{action}`: add or remove a
/// contact; add, verify or remove a sender address.
pub async fn change_network(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Path((id, action)): Path<(i64, String)>,
    fields: Fields,
) -> Result<Response, WebError> {
    let org = OrganisationId(id);
    let db = &ctx.state.db;
    let organisation = db.organisation(org).await?.ok_or(WebError::NotFound)?;
    let user = admin.user.id.0;
    let item_id = || fields.get("id").parse::<i64>().ok();
    let mut errors = FormErrors::default();
    let detail = match action.as_str() {
        "contatto" => match ContactInput::parse(
            fields.get("name"),
            fields.get("role"),
            fields.get("email"),
            fields.get("phone"),
            !fields.get("consent").is_empty(),
            fields.get("notes"),
        ) {
            Ok(input) => {
                db.add_organisation_contact(org, &input).await?;
                Some(format!("contact added: {}", input.name))
            }
            Err(e) => {
                errors.0.extend(e);
                None
            }
        },
        "contatto-elimina" => {
            let id = item_id().ok_or(WebError::BadRequest("error-400-text"))?;
            if !db.remove_organisation_contact(org, id).await? {
                return Err(WebError::NotFound);
            }
            Some(format!("contact #{id} removed"))
        }
        "mittente" => match parse_sender(fields.get("sender")) {
            Ok((value, is_domain)) => {
                let verified = !fields.get("verified").is_empty();
                match db
                    .add_organisation_sender(org, &value, is_domain, verified.then_some(user))
                    .await?
                {
                    Some(_) => Some(format!("sender added: {value}")),
                    None => {
                        errors.push("sender", "organisation-sender-error-taken");
                        None
                    }
                }
            }
            Err(e) => {
                errors.0.push(e);
                None
            }
        },
        "mittente-verifica" => {
            let id = item_id().ok_or(WebError::BadRequest("error-400-text"))?;
            if !db.verify_organisation_sender(org, id, user).await? {
                return Err(WebError::NotFound);
            }
            Some(format!("sender #{id} verified"))
        }
        "mittente-elimina" => {
            let id = item_id().ok_or(WebError::BadRequest("error-400-text"))?;
            if !db.remove_organisation_sender(org, id).await? {
                return Err(WebError::NotFound);
            }
            Some(format!("sender #{id} removed"))
        }
        _ => return Err(WebError::NotFound),
    };
    match detail {
        Some(detail) => {
            audit::record(
                &ctx.state,
                AuditAction::OrganisationNetworkSaved,
                Some(user),
                None,
                address,
                format!("{} #{}: {detail}", organisation.name, org.0),
            )
            .await;
            Ok(Redirect::to(&format!(
                "/admin/organizzazioni/{}/rete?fatto=salvato",
                org.0
            ))
            .into_response())
        }
        None => invalid(&network_page(&ctx, org, errors, fields, None).await?),
    }
}
