//! The feeds section of an organisation's administration page: the list of
//! its feed addresses with what their last poll came to, and the forms to
//! add, change, remove and check one now.

use agoral_domain::{
    accounts::Role,
    audit::AuditAction,
    feeds::{DEFAULT_INTERVAL_MINUTES, Feed, FeedId, parse_feed_url, parse_interval},
    organisations::{Organisation, OrganisationId},
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{FromRequestParts, Path},
    http::request::Parts,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    admin::IdPath,
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    render::{Ctx, Shell, invalid},
    session::{ClientAddress, CurrentSession, Staff},
};

/// One feed as the list shows it.
#[derive(Debug)]
pub struct FeedRow {
    pub feed: Feed,
    /// The message that explains the last status; `feed-status-never`
    /// before the first poll.
    pub status_key: String,
    /// Whether the technical detail is shown below the message (the
    /// number of items of an oversized feed is in the message itself).
    pub show_detail: bool,
    pub last_checked: String,
    pub last_success: String,
    pub next_check: String,
}

impl FeedRow {
    fn new(feed: Feed) -> FeedRow {
        let when = |at: Option<Timestamp>| {
            at.map(Timestamp::datetime_short)
                .unwrap_or_else(|| "—".into())
        };
        FeedRow {
            status_key: feed
                .last_status
                .map(|s| s.message_key())
                .unwrap_or_else(|| "feed-status-never".into()),
            show_detail: !feed.last_error.is_empty()
                && feed.last_status != Some(agoral_domain::feeds::FeedStatus::TooManyItems),
            last_checked: when(feed.last_checked_at),
            last_success: when(feed.last_success_at),
            next_check: feed.next_check_at.datetime_short(),
            feed,
        }
    }
}

/// The fields of the form that adds a feed.
#[derive(Debug, Clone, Deserialize)]
pub struct AddFeedForm {
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub interval_minutes: String,
    pub allow_private: Option<String>,
}

impl Default for AddFeedForm {
    fn default() -> Self {
        AddFeedForm {
            url: String::new(),
            interval_minutes: DEFAULT_INTERVAL_MINUTES.to_string(),
            allow_private: None,
        }
    }
}

/// What the `admin/organisation_feeds.html` partial shows.
#[derive(Debug)]
pub struct FeedsSection {
    pub organisation_id: i64,
    pub rows: Vec<FeedRow>,
    /// Only administrators see and set "allow private addresses".
    pub can_allow_private: bool,
    pub form: AddFeedForm,
    pub errors: FormErrors,
}

impl FeedsSection {
    /// The section of an organisation's page, for the user of the request.
    pub async fn load(ctx: &Ctx, organisation: OrganisationId) -> Result<FeedsSection, WebError> {
        Ok(FeedsSection {
            organisation_id: organisation.0,
            rows: ctx
                .state
                .db
                .feeds_of(organisation)
                .await?
                .into_iter()
                .map(FeedRow::new)
                .collect(),
            can_allow_private: ctx.current.as_ref().is_some_and(is_administrator),
            form: AddFeedForm::default(),
            errors: FormErrors::default(),
        })
    }
}

fn is_administrator(current: &CurrentSession) -> bool {
    current.user.has_role(Role::Administrator)
}

/// The feeds section on a page of its own, when a form comes back with
/// errors (the organisation's page is a form too).
#[derive(Template)]
#[template(path = "admin/organisation_feed_form.html")]
struct FeedFormPage {
    shell: Shell,
    organisation: Organisation,
    feeds: FeedsSection,
}

/// `/admin/organizzazioni/{id}/feed/{feed}`: both ids numeric, or a 404.
#[derive(Debug, Clone, Copy)]
pub struct FeedPath {
    pub organisation: OrganisationId,
    pub feed: FeedId,
}

impl<S: Send + Sync> FromRequestParts<S> for FeedPath {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, WebError> {
        let Path((organisation, feed)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| WebError::NotFound)?;
        let number = |raw: &str| match raw.parse::<i64>() {
            Ok(id) if id > 0 && raw.len() <= 18 && raw.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(id)
            }
            _ => Err(WebError::NotFound),
        };
        Ok(FeedPath {
            organisation: OrganisationId(number(&organisation)?),
            feed: FeedId(number(&feed)?),
        })
    }
}

impl FeedPath {
    /// The feed, when it exists and belongs to the organisation of the
    /// address.
    async fn load(&self, ctx: &Ctx) -> Result<Feed, WebError> {
        ctx.state
            .db
            .feed(self.feed)
            .await?
            .filter(|f| f.organisation_id == self.organisation)
            .ok_or(WebError::NotFound)
    }
}

fn back_to(organisation: OrganisationId) -> Response {
    Redirect::to(&format!("/admin/organizzazioni/{}#feed", organisation.0)).into_response()
}

pub async fn add_feed(
    ctx: Ctx,
    Staff(current): Staff,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    Form(form): Form<AddFeedForm>,
) -> Result<Response, WebError> {
    let organisation = ctx
        .state
        .db
        .organisation(OrganisationId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let allow_private = is_administrator(&current) && form.allow_private.is_some();
    let mut errors = FormErrors::default();
    let url = parse_feed_url(&form.url, allow_private)
        .map_err(|e| errors.0.push(e))
        .ok();
    let interval = parse_interval(&form.interval_minutes)
        .map_err(|e| errors.0.push(e))
        .ok();
    if let (Some(url), Some(interval)) = (url, interval) {
        match ctx
            .state
            .db
            .create_feed(organisation.id, &url, interval, allow_private)
            .await?
        {
            Some(feed) => {
                audit::record(
                    &ctx.state,
                    AuditAction::FeedSaved,
                    Some(current.user.id.0),
                    None,
                    address,
                    format!(
                        "{} #{}: feed #{} {url} every {interval} min{}",
                        organisation.name,
                        organisation.id.0,
                        feed.0,
                        if allow_private {
                            ", private addresses allowed"
                        } else {
                            ""
                        }
                    ),
                )
                .await;
                return Ok(back_to(organisation.id));
            }
            None => errors.push("url", "feed-error-duplicate"),
        }
    }
    let mut feeds = FeedsSection::load(&ctx, organisation.id).await?;
    feeds.form = form;
    feeds.errors = errors;
    invalid(&FeedFormPage {
        shell: ctx.shell("feeds-title"),
        organisation,
        feeds,
    })
}

#[derive(Debug, Deserialize)]
pub struct UpdateFeedForm {
    #[serde(default)]
    interval_minutes: String,
    allow_private: Option<String>,
}

pub async fn update_feed(
    ctx: Ctx,
    Staff(current): Staff,
    ClientAddress(address): ClientAddress,
    path: FeedPath,
    Form(form): Form<UpdateFeedForm>,
) -> Result<Response, WebError> {
    let feed = path.load(&ctx).await?;
    // Only an administrator changes whether private addresses are allowed.
    let allow_private = if is_administrator(&current) {
        form.allow_private.is_some()
    } else {
        feed.allow_private
    };
    let interval = match parse_interval(&form.interval_minutes) {
        Ok(interval) => interval,
        Err(e) => {
            let organisation = ctx
                .state
                .db
                .organisation(path.organisation)
                .await?
                .ok_or(WebError::NotFound)?;
            let mut feeds = FeedsSection::load(&ctx, path.organisation).await?;
            feeds.errors.0.push(agoral_domain::FieldError::new(
                "interval_minutes",
                e.message,
            ));
            return invalid(&FeedFormPage {
                shell: ctx.shell("feeds-title"),
                organisation,
                feeds,
            });
        }
    };
    // The address was accepted for the old setting; a feed that names an
    // internal address cannot lose the permission it needs without a
    // clear refusal.
    if !allow_private && parse_feed_url(&feed.url, false).is_err() {
        let organisation = ctx
            .state
            .db
            .organisation(path.organisation)
            .await?
            .ok_or(WebError::NotFound)?;
        let mut feeds = FeedsSection::load(&ctx, path.organisation).await?;
        feeds
            .errors
            .push("allow_private", "feed-error-needs-private");
        return invalid(&FeedFormPage {
            shell: ctx.shell("feeds-title"),
            organisation,
            feeds,
        });
    }
    ctx.state
        .db
        .update_feed(feed.id, interval, allow_private)
        .await?;
    audit::record(
        &ctx.state,
        AuditAction::FeedSaved,
        Some(current.user.id.0),
        None,
        address,
        format!(
            "feed #{} {}: every {interval} min{}",
            feed.id.0,
            feed.url,
            if allow_private {
                ", private addresses allowed"
            } else {
                ""
            }
        ),
    )
    .await;
    Ok(back_to(path.organisation))
}

pub async fn remove_feed(
    ctx: Ctx,
    Staff(current): Staff,
    ClientAddress(address): ClientAddress,
    path: FeedPath,
) -> Result<Response, WebError> {
    let feed = path.load(&ctx).await?;
    ctx.state.db.delete_feed(feed.id).await?;
    audit::record(
        &ctx.state,
        AuditAction::FeedRemoved,
        Some(current.user.id.0),
        None,
        address,
        format!("feed #{} {}", feed.id.0, feed.url),
    )
    .await;
    Ok(back_to(path.organisation))
}

/// Polls the feed now and comes back to the page, which shows the result.
/// The poll is bounded by the fetch limits, well within a request's time.
pub async fn check_feed(
    ctx: Ctx,
    Staff(current): Staff,
    ClientAddress(address): ClientAddress,
    path: FeedPath,
) -> Result<Response, WebError> {
    let feed = path.load(&ctx).await?;
    let record = super::feeds::poll_now(&ctx.state, feed.id)
        .await
        .map_err(|e| WebError::internal(format!("{e:#}")))?;
    audit::record(
        &ctx.state,
        AuditAction::FeedChecked,
        Some(current.user.id.0),
        None,
        address,
        format!(
            "feed #{} {}: {}",
            feed.id.0,
            feed.url,
            record
                .as_ref()
                .map(|r| r.status.as_str())
                .unwrap_or("already being checked")
        ),
    )
    .await;
    Ok(back_to(path.organisation))
}
