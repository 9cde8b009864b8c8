//! Organisations of the network.

use agoral_domain::{
    audit::AuditAction,
    comuni::Comune,
    organisations::{Organisation, OrganisationId, OrganisationInput, OrganisationKind},
};
use askama::Template;
use axum::{
    extract::Query,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    admin::IdPath,
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    render::{Ctx, Shell, invalid, page},
    session::{Administrator, ClientAddress},
};

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct OrganisationsPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    rows: Vec<(Organisation, String)>,
}

pub async fn list_organisations(
    ctx: Ctx,
    _admin: Administrator,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    let comuni = ctx.state.db.comuni().await?;
    let rows = ctx
        .state
        .db
        .organisations()
        .await?
        .into_iter()
        .map(|o| {
            let comune = o
                .istat_code
                .as_ref()
                .and_then(|code| comuni.iter().find(|c| &c.code == code))
                .map(|c| c.name.clone())
                .unwrap_or_else(|| "—".to_owned());
            (o, comune)
        })
        .collect();
    page(&OrganisationsPage {
        shell: ctx.shell("organisations-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        rows,
    })
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    istat_code: String,
    #[serde(default)]
    website: String,
    network_member: Option<String>,
    trusted: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/organisation_form.html")]
struct OrganisationFormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: OrganisationForm,
    kinds: [OrganisationKind; 7],
    comuni: Vec<Comune>,
    action: String,
    /// The organisation's feeds, once it exists.
    feeds: Option<crate::intake::feed_admin::FeedsSection>,
}

async fn form_page(
    ctx: &Ctx,
    form: OrganisationForm,
    errors: FormErrors,
    id: Option<OrganisationId>,
) -> Result<OrganisationFormPage, WebError> {
    Ok(OrganisationFormPage {
        shell: ctx.shell(if id.is_some() {
            "organisations-edit-title"
        } else {
            "organisations-new"
        }),
        notice: None,
        errors,
        form,
        kinds: OrganisationKind::ALL,
        comuni: ctx.state.db.comuni().await?,
        action: id
            .map(|id| format!("/admin/organizzazioni/{}", id.0))
            .unwrap_or_else(|| "/admin/organizzazioni/nuova".to_owned()),
        feeds: match id {
            Some(id) => Some(crate::intake::feed_admin::FeedsSection::load(ctx, id).await?),
            None => None,
        },
    })
}

pub async fn new_organisation(ctx: Ctx, _admin: Administrator) -> Result<Response, WebError> {
    let form = OrganisationForm {
        kind: "comune".into(),
        network_member: Some("on".into()),
        ..OrganisationForm::default()
    };
    page(&form_page(&ctx, form, FormErrors::default(), None).await?)
}

/// Validates the form, including that the comune and the name are known
/// and free.
async fn validate(
    ctx: &Ctx,
    form: &OrganisationForm,
    id: Option<OrganisationId>,
) -> Result<Result<OrganisationInput, FormErrors>, WebError> {
    let parsed = OrganisationInput::parse(
        &form.name,
        &form.kind,
        &form.istat_code,
        &form.website,
        form.network_member.is_some(),
    );
    let input = match parsed {
        Ok(input) => OrganisationInput {
            trusted: form.trusted.is_some(),
            ..input
        },
        Err(errors) => return Ok(Err(FormErrors(errors))),
    };
    let mut errors = FormErrors::default();
    if let Some(code) = &input.istat_code
        && ctx.state.db.comune(code).await?.is_none()
    {
        errors.push("istat_code", "error-istat-invalid");
    }
    if let Some(existing) = ctx.state.db.organisation_by_name(&input.name).await?
        && Some(existing.id) != id
    {
        errors.push("name", "error-name-taken");
    }
    Ok(if errors.is_empty() {
        Ok(input)
    } else {
        Err(errors)
    })
}

pub async fn create_organisation(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, WebError> {
    match validate(&ctx, &form, None).await? {
        Ok(input) => {
            let id = ctx.state.db.create_organisation(&input).await?;
            audit::record(
                &ctx.state,
                AuditAction::OrganisationSaved,
                Some(admin.user.id.0),
                None,
                address,
                format!("{} #{}", input.name, id.0),
            )
            .await;
            Ok(Redirect::to("/admin/organizzazioni?fatto=salvato").into_response())
        }
        Err(errors) => invalid(&form_page(&ctx, form, errors, None).await?),
    }
}

pub async fn edit_organisation(
    ctx: Ctx,
    _admin: Administrator,
    id: IdPath,
) -> Result<Response, WebError> {
    let o = ctx
        .state
        .db
        .organisation(OrganisationId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let form = OrganisationForm {
        name: o.name,
        kind: o.kind.as_str().to_owned(),
        istat_code: o.istat_code.map(|c| c.to_string()).unwrap_or_default(),
        website: o.website.unwrap_or_default(),
        network_member: o.network_member.then(|| "on".to_owned()),
        trusted: o.trusted.then(|| "on".to_owned()),
    };
    page(&form_page(&ctx, form, FormErrors::default(), Some(o.id)).await?)
}

pub async fn update_organisation(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, WebError> {
    let id = OrganisationId(id.0);
    if ctx.state.db.organisation(id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    match validate(&ctx, &form, Some(id)).await? {
        Ok(input) => {
            ctx.state.db.update_organisation(id, &input).await?;
            audit::record(
                &ctx.state,
                AuditAction::OrganisationSaved,
                Some(admin.user.id.0),
                None,
                address,
                format!("{} #{}", input.name, id.0),
            )
            .await;
            Ok(Redirect::to("/admin/organizzazioni?fatto=salvato").into_response())
        }
        Err(errors) => invalid(&form_page(&ctx, form, errors, Some(id)).await?),
    }
}
