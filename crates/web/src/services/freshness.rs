//! Keeping the directory fresh. A service nobody has confirmed for
//! `service_stale_days` is marked on its pages as possibly out of date, and
//! its organisation's contributors get a mail with a one-click "still
//! correct" link (once per period; the link works for 30 days and only its
//! hash is stored). The link opens a page that shows the record and asks
//! for one press of a button: a GET never changes anything, because mail
//! scanners open links.

use agoral_domain::{
    accounts::{Role, User},
    audit::AuditAction,
    services::record::Service,
    time::Timestamp,
    tokens,
};
use askama::Template;
use axum::{
    extract::Path,
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};

use crate::{
    accounts::password::is_token_shape,
    audit,
    error::WebError,
    render::{Ctx, Shell},
    session::ClientAddress,
    state::AppState,
};

/// How long a "still correct" link works.
const LINK_TTL_SECONDS: i64 = 30 * 24 * 3600;

/// Stale services asked about per run of the worker's loop; the rest wait
/// for the next run.
const BATCH: i64 = 200;

/// The moment before which a confirmation is stale.
pub fn stale_cutoff(state: &AppState, now: Timestamp) -> Timestamp {
    Timestamp(now.0 - state.config.service_stale_days * 86_400)
}

/// Whether a service's record may be out of date: not confirmed (or, never
/// confirmed, not created) within the configured time.
pub fn is_stale(state: &AppState, service: &Service, now: Timestamp) -> bool {
    service.verified_at.unwrap_or(service.created_at).0 < stale_cutoff(state, now).0
}

/// The people who answer for a service: its organisation's contributors
/// who can log in, among `users`.
fn contributors<'u>(users: &'u [User], service: &Service) -> Vec<&'u User> {
    let Some(organisation) = service.record.organisation_id else {
        return Vec::new();
    };
    users
        .iter()
        .filter(|u| {
            u.organisation_id == Some(organisation)
                && u.has_role(Role::Contributor)
                && !u.disabled
                && u.has_password
        })
        .collect()
}

/// Asks the providers of every stale service not asked yet in this period.
/// Safe to run on several instances at once: each service is claimed by
/// one. Returns how many services were asked about.
pub async fn ask_providers(state: &AppState) -> anyhow::Result<usize> {
    let now = Timestamp::now();
    let cutoff = stale_cutoff(state, now);
    let mut asked = 0;
    let stale = state.db.stale_services_to_ask(cutoff, BATCH).await?;
    if stale.is_empty() {
        return Ok(0);
    }
    let users = state.db.list_users().await?;
    for (id, _) in stale {
        if !state.db.claim_stale_service(id, cutoff).await? {
            continue;
        }
        let Some(service) = state.db.service(id).await? else {
            continue;
        };
        let people = contributors(&users, &service);
        for person in &people {
            let (token, hash) = tokens::generate();
            state
                .db
                .create_service_check_token(
                    &hash,
                    id,
                    person.id,
                    now.plus_seconds(LINK_TTL_SECONDS),
                )
                .await?;
            let name = service.text(person.locale).name.clone();
            let verified = service
                .verified_at
                .unwrap_or(service.created_at)
                .date_short();
            let l10n = &state.l10n;
            let subject = l10n.get_args(
                person.locale,
                "mail-stale-subject",
                &[("service", name.clone())],
            );
            let body = l10n.get_args(
                person.locale,
                "mail-stale-body",
                &[
                    ("name", person.display_name.clone()),
                    ("service", name),
                    ("date", verified),
                    (
                        "confirm",
                        format!("{}/servizi/conferma/{token}", state.config.public_url),
                    ),
                    (
                        "edit",
                        format!("{}/admin/servizi/{}", state.config.public_url, id.0),
                    ),
                ],
            );
            state
                .db
                .enqueue_mail(person.email.as_str(), &subject, &body)
                .await?;
        }
        tracing::info!(
            service = id.0,
            people = people.len(),
            "stale service: providers asked"
        );
        asked += 1;
    }
    Ok(asked)
}

#[derive(Template)]
#[template(path = "services/confirm.html")]
struct ConfirmPage {
    shell: Shell,
    /// The link is not (or no longer) valid.
    invalid: bool,
    done: bool,
    name: String,
    comune: String,
    address: String,
    phones: String,
    hours: String,
    public_link: String,
    edit_link: String,
    action: String,
}

fn answer(status: StatusCode, page: &ConfirmPage) -> Result<Response, WebError> {
    Ok((status, Html(page.render()?)).into_response())
}

async fn confirm_page(ctx: &Ctx, token: &str) -> Result<(ConfirmPage, bool), WebError> {
    let found = if is_token_shape(token) {
        ctx.state
            .db
            .peek_service_check_token(&tokens::hash(token))
            .await?
    } else {
        None
    };
    let service = match found {
        Some((id, _)) => ctx.state.db.service(id).await?,
        None => None,
    };
    let mut page = ConfirmPage {
        shell: ctx.shell("services-confirm-title"),
        invalid: service.is_none(),
        done: false,
        name: String::new(),
        comune: String::new(),
        address: String::new(),
        phones: String::new(),
        hours: String::new(),
        public_link: String::new(),
        edit_link: String::new(),
        action: format!("/servizi/conferma/{token}"),
    };
    page.shell.noindex = true;
    if let Some(service) = &service {
        let record = &service.record;
        page.name = service.text(ctx.lang).name.clone();
        page.comune = ctx.state.comune_name(record.istat_code.as_str());
        page.address = record.address.clone().unwrap_or_default();
        page.phones = record
            .phones
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        page.hours = record.schedule.to_text();
        page.public_link = ctx
            .lang
            .localise_path(&format!("/servizi/{}", service.id.0));
        page.edit_link = format!("/admin/servizi/{}", service.id.0);
    }
    Ok((page, service.is_some()))
}

/// The record and one button: nothing is changed by opening the link.
pub async fn show_confirm(ctx: Ctx, Path(token): Path<String>) -> Result<Response, WebError> {
    let (page, valid) = confirm_page(&ctx, &token).await?;
    answer(
        if valid {
            StatusCode::OK
        } else {
            StatusCode::GONE
        },
        &page,
    )
}

pub async fn submit_confirm(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let (mut page, valid) = confirm_page(&ctx, &token).await?;
    if !valid {
        return answer(StatusCode::GONE, &page);
    }
    let Some((service, user)) = ctx
        .state
        .db
        .confirm_service_by_token(&tokens::hash(&token))
        .await?
    else {
        page.invalid = true;
        return answer(StatusCode::GONE, &page);
    };
    audit::record(
        &ctx.state,
        AuditAction::ServiceVerified,
        Some(user.0),
        None,
        address,
        format!("#{}", service.0),
    )
    .await;
    page.done = true;
    answer(StatusCode::OK, &page)
}
