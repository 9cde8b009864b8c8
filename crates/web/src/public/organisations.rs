//! An organisation's public page (`/organizzazioni/{id}`): who it is, the
//! stories made from its press releases and good practices, and its
//! services in the directory.

use agoral_db::network::OrganisationEntry;
use agoral_domain::{
    lang::Lang,
    organisations::{Organisation, OrganisationId},
};
use askama::Template;
use axum::{extract::Path, response::Response};

use crate::{
    error::WebError,
    render::{Ctx, Shell, page},
};

#[derive(Template)]
#[template(path = "public/organisation.html")]
struct OrganisationPage {
    shell: Shell,
    organisation: Organisation,
    comune: String,
    stories: Vec<OrganisationEntry>,
    services: Vec<OrganisationEntry>,
}

impl OrganisationPage {
    fn story_link(&self, entry: &OrganisationEntry) -> String {
        let lang = Lang::from_code(&entry.lang).unwrap_or_default();
        crate::articles::public::article_path(lang, &entry.slug)
    }
}

/// `GET /organizzazioni/{id}`: only organisations of the network have a page.
pub async fn show_organisation(ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let organisation = ctx
        .state
        .db
        .organisation(OrganisationId(id))
        .await?
        .filter(|o| o.network_member)
        .ok_or(WebError::NotFound)?;
    let comune = organisation
        .istat_code
        .as_ref()
        .map(|c| ctx.state.comune_name(c.as_str()))
        .unwrap_or_default();
    let stories = ctx
        .state
        .db
        .organisation_stories(organisation.id, ctx.lang.code(), 30)
        .await?;
    let services = ctx
        .state
        .db
        .organisation_services(organisation.id, ctx.lang.code())
        .await?;
    page(&OrganisationPage {
        shell: ctx.shell_titled(organisation.name.clone()),
        organisation,
        comune,
        stories,
        services,
    })
}
