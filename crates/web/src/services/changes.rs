//! Providers' proposed changes, for the editors (`/admin/servizi/modifiche`):
//! the list of what waits, each change shown field by field against the
//! record as it is now, and the decision. Approving applies the change in
//! the same transaction that marks it decided; rejecting needs a reason,
//! which goes to the contributor by mail with the outcome.

use agoral_db::service_changes::ChangeDecision;
use agoral_domain::{
    audit::AuditAction,
    lang::Lang,
    services::{
        change::{self, ChangeStatus, FieldChange, ServiceChange, ServiceChangeId},
        languages::SpokenLanguage,
        record::{ServiceErrors, ServiceForm},
        taxonomy::{Accessibility, Category, Channel, TargetGroup},
    },
};
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};

use super::desk::TEXT_FIELDS;
use crate::{
    accounts::NoticeQuery,
    admin::IdPath,
    audit,
    error::WebError,
    forms::Fields,
    render::{Ctx, Shell, invalid, page},
    session::{ClientAddress, Staff},
    state::AppState,
};

/// The name a proposal gives its service (Italian, as required).
pub(super) fn proposed_name(form: &ServiceForm) -> String {
    form.texts
        .iter()
        .find(|t| t.lang.as_deref() == Some(Lang::It.code()))
        .map(|t| t.text.name.clone())
        .unwrap_or_default()
}

/// One row of the diff as the editor reads it: the field's label (with
/// the language for texts), what the record says and what the proposal
/// says, in words. For code lists `before` lists what is taken away and
/// `after` what is added.
pub(super) struct DiffRow {
    pub label: String,
    /// The language a text is in, for `lang` and `dir`.
    pub lang: Option<Lang>,
    pub before: String,
    pub after: String,
    pub codes: bool,
}

fn code_label(state: &AppState, shell: &Shell, field: &str, code: &str) -> String {
    let key = match field {
        "area" => return state.comune_name(code),
        "accessibility" => Accessibility::parse(code).map(Accessibility::label_key),
        "category" => Category::parse(code).map(Category::label_key),
        "target_group" => TargetGroup::parse(code).map(TargetGroup::label_key),
        "channel" => Channel::parse(code).map(Channel::label_key),
        _ => {
            return SpokenLanguage::find(code)
                .map(|l| l.endonym.to_owned())
                .unwrap_or_else(|| code.to_owned());
        }
    };
    key.map(|k| shell.text(k).into_owned())
        .unwrap_or_else(|| code.to_owned())
}

fn field_label(shell: &Shell, field: &str) -> String {
    let key = TEXT_FIELDS
        .iter()
        .find(|(name, ..)| *name == field)
        .map(|(_, key, ..)| *key)
        .unwrap_or(match field {
            "category" => "services-categories",
            "target_group" => "services-for-whom",
            "channel" => "services-channels",
            "language" => "services-languages",
            "area" => "services-field-areas",
            "accessibility" => "services-accessibility",
            "province_wide" => "services-field-province-wide",
            "contact_name" => "services-field-contact-name",
            "contact_title" => "services-field-contact-title",
            "areas" => "services-field-areas",
            "free" => "services-free",
            "appointment_needed" => "services-appointment",
            "sensitive" => "services-field-sensitive",
            "istat_code" => "field-comune",
            "address" => "services-field-address",
            "lat" => "services-field-lat",
            "lon" => "services-field-lon",
            "phones" => "services-field-phones",
            "email" => "services-email",
            "website" => "services-website",
            _ => "services-hours",
        });
    shell.text(key).into_owned()
}

/// The diff in words, in the form's order.
pub(super) fn diff_rows(
    state: &AppState,
    shell: &Shell,
    before: &ServiceForm,
    after: &ServiceForm,
) -> Vec<DiffRow> {
    change::diff(before, after)
        .into_iter()
        .map(|c| match c {
            FieldChange::Text {
                field,
                lang,
                before,
                after,
            } => {
                let (before, after) = if field == "istat_code" {
                    (state.comune_name(&before), state.comune_name(&after))
                } else {
                    (before, after)
                };
                let label = match lang {
                    Some(l) => format!("{} ({})", field_label(shell, field), l.native_name()),
                    None => field_label(shell, field),
                };
                DiffRow {
                    label,
                    lang,
                    before,
                    after,
                    codes: false,
                }
            }
            FieldChange::Flag {
                field,
                before,
                after,
            } => {
                let word = |on: bool| shell.text(if on { "yes" } else { "no" }).into_owned();
                DiffRow {
                    label: field_label(shell, field),
                    lang: None,
                    before: word(before),
                    after: word(after),
                    codes: false,
                }
            }
            FieldChange::Codes {
                field,
                added,
                removed,
            } => {
                let words = |codes: &[String]| {
                    codes
                        .iter()
                        .map(|c| code_label(state, shell, field, c))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                DiffRow {
                    label: field_label(shell, field),
                    lang: None,
                    before: words(&removed),
                    after: words(&added),
                    codes: true,
                }
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "services/changes.html")]
struct ChangesPage {
    shell: Shell,
    notice: Option<&'static str>,
    /// (change, proposed name, organisation name, proposer name).
    rows: Vec<(ServiceChange, String, String, String)>,
}

async fn person(state: &AppState, id: Option<i64>) -> Result<String, WebError> {
    let Some(id) = id else {
        return Ok("—".to_owned());
    };
    Ok(state
        .db
        .user(agoral_domain::accounts::UserId(id))
        .await?
        .map(|u| u.display_name)
        .unwrap_or_else(|| "—".to_owned()))
}

async fn organisation_name(state: &AppState, change: &ServiceChange) -> Result<String, WebError> {
    Ok(state
        .db
        .organisation(change.organisation_id)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}

pub async fn list_changes(
    ctx: Ctx,
    _staff: Staff,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    // Organisations and people read once for the whole queue.
    let organisations = ctx.state.db.organisations().await?;
    let users = ctx.state.db.list_users().await?;
    let rows = ctx
        .state
        .db
        .pending_service_changes()
        .await?
        .into_iter()
        .map(|change| {
            let name = proposed_name(&change.form);
            let organisation = organisations
                .iter()
                .find(|o| o.id == change.organisation_id)
                .map(|o| o.name.clone())
                .unwrap_or_default();
            let by = users
                .iter()
                .find(|u| Some(u.id.0) == change.proposed_by)
                .map_or_else(|| "—".to_owned(), |u| u.display_name.clone());
            (change, name, organisation, by)
        })
        .collect();
    page(&ChangesPage {
        shell: ctx.shell("services-changes-title"),
        notice: query.notice(),
        rows,
    })
}

#[derive(Template)]
#[template(path = "services/change.html")]
struct ChangePage {
    shell: Shell,
    change: ServiceChange,
    name: String,
    organisation: String,
    proposed_by: String,
    decided_by: String,
    rows: Vec<DiffRow>,
    /// The record's public page and back-office page, for a change to an
    /// existing service.
    service_link: Option<String>,
    /// Problems of the proposal as it would be saved now.
    errors: Vec<String>,
    duplicate: Option<String>,
    reason: String,
    reason_error: Option<&'static str>,
}

async fn change_page(ctx: &Ctx, change: ServiceChange) -> Result<ChangePage, WebError> {
    let before = match change.service_id {
        Some(id) => ctx
            .state
            .db
            .service(id)
            .await?
            .map(|s| ServiceForm::from_record(&s.record))
            .unwrap_or_default(),
        None => ServiceForm::default(),
    };
    let shell = ctx.shell("services-change-title");
    let rows = diff_rows(&ctx.state, &shell, &before, &change.form);
    Ok(ChangePage {
        name: proposed_name(&change.form),
        organisation: organisation_name(&ctx.state, &change).await?,
        proposed_by: person(&ctx.state, change.proposed_by).await?,
        decided_by: person(&ctx.state, change.decided_by).await?,
        service_link: change
            .service_id
            .map(|id| format!("/admin/servizi/{}", id.0)),
        shell,
        change,
        rows,
        errors: Vec::new(),
        duplicate: None,
        reason: String::new(),
        reason_error: None,
    })
}

async fn load(ctx: &Ctx, id: &IdPath) -> Result<ServiceChange, WebError> {
    ctx.state
        .db
        .service_change(ServiceChangeId(id.0))
        .await?
        .ok_or(WebError::NotFound)
}

pub async fn show_change(ctx: Ctx, _staff: Staff, id: IdPath) -> Result<Response, WebError> {
    let change = load(&ctx, &id).await?;
    page(&change_page(&ctx, change).await?)
}

/// Every problem of a form, in words, for the decision page.
fn problems(shell: &Shell, errors: &ServiceErrors) -> Vec<String> {
    let fields = errors
        .fields
        .iter()
        .map(|e| format!("{}: {}", field_label(shell, e.field), shell.text(e.message)));
    let texts = errors.texts.iter().map(|(lang, e)| {
        format!(
            "{} ({}): {}",
            field_label(shell, e.field),
            lang.native_name(),
            shell.text(e.message)
        )
    });
    let hours = errors.hours.iter().map(|p| {
        format!(
            "{} — {} {}: {}",
            shell.text("services-hours"),
            shell.text("services-hours-line"),
            p.line,
            shell.text(p.kind.message_key())
        )
    });
    fields.chain(texts).chain(hours).collect()
}

/// Tells the contributor what became of their change.
async fn notify(state: &AppState, change: &ServiceChange, approved: bool, reason: &str) {
    let Some(by) = change.proposed_by else {
        return;
    };
    let user = match state.db.user(agoral_domain::accounts::UserId(by)).await {
        Ok(Some(user)) if !user.disabled => user,
        _ => return,
    };
    let name = proposed_name(&change.form);
    let link = format!("{}/admin/servizi", state.config.public_url);
    let (subject, body) = if approved {
        (
            state.l10n.get_args(
                user.locale,
                "mail-change-approved-subject",
                &[("service", name.clone())],
            ),
            state.l10n.get_args(
                user.locale,
                "mail-change-approved-body",
                &[
                    ("name", user.display_name.clone()),
                    ("service", name),
                    ("link", link),
                ],
            ),
        )
    } else {
        (
            state.l10n.get_args(
                user.locale,
                "mail-change-rejected-subject",
                &[("service", name.clone())],
            ),
            state.l10n.get_args(
                user.locale,
                "mail-change-rejected-body",
                &[
                    ("name", user.display_name.clone()),
                    ("service", name),
                    ("reason", reason.to_owned()),
                    ("link", link),
                ],
            ),
        )
    };
    if let Err(e) = state
        .db
        .enqueue_mail(user.email.as_str(), &subject, &body)
        .await
    {
        tracing::warn!(error = %e, "change outcome not mailed");
    }
}

pub async fn approve_change(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    id: IdPath,
) -> Result<Response, WebError> {
    let change = load(&ctx, &id).await?;
    if change.status != ChangeStatus::Pending {
        return Ok(Redirect::to("/admin/servizi/modifiche?fatto=gia-decisa").into_response());
    }
    // Checked again as it would be saved now: a comune or a rule may have
    // changed since it was proposed.
    let mut form = change.form.clone();
    form.organisation_id = Some(change.organisation_id.0);
    let checked = form.parse().and_then(|(input, _warnings)| {
        let unknown = super::desk::unknown_comuni(&ctx.state, &input);
        if unknown.is_empty() {
            Ok(input)
        } else {
            Err(unknown)
        }
    });
    let input = match checked {
        Ok(input) => input,
        Err(errors) => {
            let mut page = change_page(&ctx, change).await?;
            page.errors = problems(&page.shell, &errors);
            return invalid(&page);
        }
    };
    let user = staff.0.user.id.0;
    match ctx
        .state
        .db
        .approve_service_change(change.id, &input, user)
        .await?
    {
        ChangeDecision::Applied(service) => {
            audit::record(
                &ctx.state,
                AuditAction::ServiceChangeApproved,
                Some(user),
                change.proposed_by,
                address,
                format!("#{} → #{}", change.id.0, service.0),
            )
            .await;
            notify(&ctx.state, &change, true, "").await;
            Ok(Redirect::to("/admin/servizi/modifiche?fatto=approvata").into_response())
        }
        ChangeDecision::Duplicate(other) => {
            let mut page = change_page(&ctx, change).await?;
            page.duplicate = Some(format!("/admin/servizi/{}", other.0));
            invalid(&page)
        }
        ChangeDecision::Gone => {
            Ok(Redirect::to("/admin/servizi/modifiche?fatto=gia-decisa").into_response())
        }
    }
}

pub async fn reject_change(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let change = load(&ctx, &id).await?;
    if change.status != ChangeStatus::Pending {
        return Ok(Redirect::to("/admin/servizi/modifiche?fatto=gia-decisa").into_response());
    }
    let typed = fields.get("reason").to_owned();
    let reason = match change::parse_reason(&typed) {
        Ok(reason) => reason,
        Err(key) => {
            let mut page = change_page(&ctx, change).await?;
            page.reason = typed;
            page.reason_error = Some(key);
            return invalid(&page);
        }
    };
    let user = staff.0.user.id.0;
    if !ctx
        .state
        .db
        .reject_service_change(change.id, &reason, user)
        .await?
    {
        return Ok(Redirect::to("/admin/servizi/modifiche?fatto=gia-decisa").into_response());
    }
    audit::record(
        &ctx.state,
        AuditAction::ServiceChangeRejected,
        Some(user),
        change.proposed_by,
        address,
        format!("#{}", change.id.0),
    )
    .await;
    notify(&ctx.state, &change, false, &reason).await;
    Ok(Redirect::to("/admin/servizi/modifiche?fatto=respinta").into_response())
}
