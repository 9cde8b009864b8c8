//! Partner accounts (`/admin/contributi`): a contributor of a network
//! organisation sends press releases and good practices with their files,
//! follows their status, and edits them until the redazione takes them.

use agoral_domain::{
    accounts::Role,
    audit::AuditAction,
    comuni::Comune,
    intake::{
        Attachment, Channel, IntakeId, IntakeItem, ItemKind, NewItem,
        attachment::{self, FileKind, Refusal},
        form::{GoodPracticeFields, SubmissionFields},
    },
    lang::Lang,
    organisations::Organisation,
    services::taxonomy::TargetGroup,
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{Path, Request},
    response::{IntoResponse, Redirect, Response},
};

use crate::multipart::{Upload, read_multipart};
use crate::{
    accounts::NoticeQuery,
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    observatory::pdf,
    render::{Ctx, Shell, invalid, page},
    session::{ClientAddress, Staff},
};

/// Files a partner may attach to one submission.
pub const MAX_FORM_FILES: usize = 10;

/// The partner's organisation: only contributors with one send.
async fn partner_organisation(ctx: &Ctx, staff: &Staff) -> Result<Organisation, WebError> {
    let user = &staff.0.user;
    if !user.has_role(Role::Contributor) {
        return Err(WebError::Forbidden);
    }
    let Some(org) = user.organisation_id else {
        return Err(WebError::BadRequest("intake-partner-no-organisation"));
    };
    ctx.state
        .db
        .organisation(org)
        .await?
        .ok_or(WebError::BadRequest("intake-partner-no-organisation"))
}

#[derive(Template)]
#[template(path = "intake/partner_list.html")]
struct ListPage {
    shell: Shell,
    notice: Option<&'static str>,
    organisation: Organisation,
    items: Vec<IntakeItem>,
}

/// `GET /admin/contributi`: what this person sent, newest first.
pub async fn list_submissions(
    ctx: Ctx,
    staff: Staff,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let organisation = partner_organisation(&ctx, &staff).await?;
    let items = ctx
        .state
        .db
        .intake_items_submitted_by(staff.0.user.id.0, 200)
        .await?;
    page(&ListPage {
        shell: ctx.shell("intake-partner-title"),
        notice: query.notice(),
        organisation,
        items,
    })
}

/// What the form shows: the fields as typed.
#[derive(Debug, Clone, Default)]
pub struct FormValues {
    pub fields: SubmissionFields,
    pub practice: GoodPracticeFields,
}

impl FormValues {
    fn from_fields(fields: &Fields) -> FormValues {
        let get = |name: &str| fields.get(name).to_owned();
        let all = |name: &str| {
            fields
                .get_all(name)
                .into_iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        FormValues {
            fields: SubmissionFields {
                kind: get("kind"),
                title: get("title"),
                body: get("body"),
                lang: get("lang"),
                comuni: all("comuni"),
                embargo: get("embargo"),
                contact_name: get("contact_name"),
                contact_email: get("contact_email"),
                contact_phone: get("contact_phone"),
            },
            practice: GoodPracticeFields {
                title: get("title"),
                description: get("body"),
                comune: get("comune"),
                runner: get("runner"),
                targets: all("targets"),
                period_start: get("period_start"),
                period_end: get("period_end"),
                outcome: get("outcome"),
                link: get("link"),
                photos_consent: get("photos_consent"),
                ..GoodPracticeFields::default()
            },
        }
    }

    fn from_item(
        item: &IntakeItem,
        practice: Option<&agoral_domain::intake::GoodPractice>,
    ) -> Self {
        let mut values = FormValues {
            fields: SubmissionFields {
                kind: item.kind.as_str().to_owned(),
                title: item.title.clone(),
                body: item.body.clone(),
                lang: item.lang.code().to_owned(),
                comuni: item.comuni.iter().map(|c| c.as_str().to_owned()).collect(),
                embargo: item
                    .embargo_until
                    .map(|t| t.rome_local_input())
                    .unwrap_or_default(),
                contact_name: item.sender.name.clone().unwrap_or_default(),
                contact_email: item.sender.email.clone().unwrap_or_default(),
                contact_phone: item.sender.phone.clone().unwrap_or_default(),
            },
            practice: GoodPracticeFields::default(),
        };
        if let Some(p) = practice {
            values.practice = GoodPracticeFields {
                comune: p.istat_code.as_str().to_owned(),
                runner: p.runner.clone(),
                targets: p.targets.iter().map(|t| t.as_str().to_owned()).collect(),
                period_start: p.period_start.clone().unwrap_or_default(),
                period_end: p.period_end.clone().unwrap_or_default(),
                outcome: p.outcome.clone(),
                link: p.link.clone().unwrap_or_default(),
                photos_consent: if p.photos_consent {
                    "1".into()
                } else {
                    String::new()
                },
                ..GoodPracticeFields::default()
            };
        }
        values
    }

    pub fn has_comune(&self, code: &str) -> bool {
        self.fields.comuni.iter().any(|c| c == code)
    }

    pub fn has_target(&self, code: &str) -> bool {
        self.practice.targets.iter().any(|c| c == code)
    }
}

#[derive(Template)]
#[template(path = "intake/partner_form.html")]
struct FormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    /// Files refused, by name with the reason's message key.
    refused: Vec<(String, String)>,
    values: FormValues,
    organisation: Organisation,
    comuni: Vec<Comune>,
    targets: &'static [TargetGroup],
    langs: [Lang; 4],
    kinds: &'static [ItemKind],
    /// `None` for a new submission.
    item: Option<IntakeItem>,
    attachments: Vec<Attachment>,
    may_edit: bool,
    max_files: usize,
    max_megabytes: usize,
    /// Sent back with the form: a second click sends the same one.
    nonce: String,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.item {
            Some(item) => format!("/admin/contributi/{}", item.id.0),
            None => "/admin/contributi/nuovo".to_owned(),
        }
    }
}

async fn form_page(
    ctx: &Ctx,
    organisation: Organisation,
    values: FormValues,
    item: Option<IntakeItem>,
    errors: FormErrors,
    refused: Vec<(String, String)>,
    notice: Option<&'static str>,
) -> Result<FormPage, WebError> {
    let attachments = match &item {
        Some(item) => ctx.state.db.intake_attachments(item.id).await?,
        None => Vec::new(),
    };
    let may_edit = item.as_ref().is_none_or(|i| i.status.sender_may_edit());
    let title = if item.is_some() {
        "intake-partner-edit-title"
    } else {
        "intake-partner-new-title"
    };
    Ok(FormPage {
        shell: ctx.shell(title),
        notice,
        errors,
        refused,
        values,
        organisation,
        comuni: ctx.state.db.comuni().await?,
        targets: TargetGroup::ALL,
        langs: Lang::ALL,
        kinds: ItemKind::ALL,
        item,
        attachments,
        may_edit,
        max_files: MAX_FORM_FILES,
        max_megabytes: ctx.state.config.max_attachment_bytes / (1024 * 1024),
        nonce: data_encoding::HEXLOWER.encode(&rand::random::<[u8; 12]>()),
    })
}

/// `GET /admin/contributi/nuovo`.
pub async fn new_submission(ctx: Ctx, staff: Staff) -> Result<Response, WebError> {
    let organisation = partner_organisation(&ctx, &staff).await?;
    let mut values = FormValues::default();
    values.fields.kind = ItemKind::Comunicato.as_str().to_owned();
    values.practice.runner = organisation.name.clone();
    let view = form_page(
        &ctx,
        organisation,
        values,
        None,
        FormErrors::default(),
        vec![],
        None,
    )
    .await?;
    page(&view)
}

/// The checked content of a submission.
struct Checked {
    submission: agoral_domain::intake::form::Submission,
    practice: Option<agoral_domain::intake::GoodPractice>,
}

/// Checks the fields and the files. A PDF must also open, with the check
/// the Osservatorio's reports get (a file cut short on the way is refused
/// here, not found out by the redazione).
async fn check_form(
    ctx: &Ctx,
    values: &FormValues,
    files: &[Upload],
    errors: &mut FormErrors,
    refused: &mut Vec<(String, String)>,
) -> Option<Checked> {
    let known = |code: &str| ctx.state.comuni.contains_key(code);
    let submission = values
        .fields
        .parse(&known, Timestamp::now())
        .map_err(|e| errors.0.extend(e))
        .ok();
    let practice = if submission
        .as_ref()
        .is_some_and(|s| s.kind == ItemKind::BuonaPratica)
        || values.fields.kind == ItemKind::BuonaPratica.as_str()
    {
        values
            .practice
            .parse(&known, false)
            .map_err(|e| {
                // Title and text are the submission's own, already checked.
                errors.0.extend(
                    e.into_iter()
                        .filter(|e| !matches!(e.field, "title" | "description")),
                )
            })
            .ok()
            .map(|p| p.practice)
    } else {
        None
    };
    if files.len() > MAX_FORM_FILES {
        errors.push("attachments", "intake-error-too-many-files");
    }
    let max = ctx.state.config.max_attachment_bytes as u64;
    for upload in files {
        let name = attachment::safe_file_name(&upload.file.file_name);
        let result = if upload.too_large {
            Err(Refusal::TooLarge)
        } else {
            attachment::check(&name, &upload.file.bytes, max)
        };
        let result = match result {
            Ok(FileKind::Pdf) => pdf::check(
                axum::body::Bytes::copy_from_slice(&upload.file.bytes),
                pdf::TIME_LIMIT,
            )
            .await
            .map_err(|_| Refusal::Damaged),
            other => other.map(|_| ()),
        };
        if let Err(refusal) = result {
            refused.push((name, refusal.message_key()));
        }
    }
    if !refused.is_empty() {
        errors.push("attachments", "intake-error-files-refused");
    }
    match submission {
        Some(submission) if errors.is_empty() => Some(Checked {
            submission,
            practice,
        }),
        _ => None,
    }
}

/// `POST /admin/contributi/nuovo`: checks everything first; a submission
/// with a bad field or a refused file is not sent, and comes back with what
/// was typed (files must be chosen again, and the page says so).
pub async fn create_submission(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, WebError> {
    let organisation = partner_organisation(&ctx, &staff).await?;
    let max = ctx.state.config.max_attachment_bytes as u64;
    let (fields, files) = read_multipart(request, "attachments", max)
        .await
        .map_err(WebError::BadRequest)?;
    let values = FormValues::from_fields(&fields);
    let mut errors = FormErrors::default();
    let mut refused = Vec::new();
    let Some(checked) = check_form(&ctx, &values, &files, &mut errors, &mut refused).await else {
        let view = form_page(&ctx, organisation, values, None, errors, refused, None).await?;
        return invalid(&view);
    };
    let Checked {
        submission,
        practice,
    } = checked;
    let item = NewItem {
        channel: Channel::Partner,
        kind: submission.kind,
        organisation_id: Some(organisation.id),
        submitted_by: Some(staff.0.user.id.0),
        to_verify: false,
        lang: submission.lang,
        title: submission.title,
        body: submission.body,
        comuni: submission.comuni,
        embargo_until: submission.embargo_until,
        source_url: None,
        // The form's own anti-forgery token is the same on a second click:
        // a double submission writes one item.
        external_id: Some(format!(
            "{}:{}",
            staff.0.user.id.0,
            data_encoding::HEXLOWER.encode(&<sha2::Sha256 as sha2::Digest>::digest(format!(
                "{}\u{0}{}\u{0}{}",
                fields.get("form_nonce"),
                values.fields.title,
                values.fields.body
            )))
        )),
        source_date: Some(Timestamp::now()),
        sender: submission.sender,
    };
    let photos_consent = practice.as_ref().is_some_and(|p| p.photos_consent);
    let received = super::receive_with(
        &ctx.state,
        item,
        files.into_iter().map(|u| u.file).collect(),
        super::Options {
            good_practice: practice.as_ref(),
            photos_consent,
            actor: Some(staff.0.user.id.0),
            address,
            ..super::Options::default()
        },
    )
    .await
    .map_err(|e| WebError::internal(format!("{e:#}")))?;
    let id = match received {
        super::Received::Created { id, .. } | super::Received::AlreadyHad(id) => id,
    };
    Ok(Redirect::to(&format!("/admin/contributi/{}?fatto=inviato", id.0)).into_response())
}

async fn own_item(ctx: &Ctx, staff: &Staff, id: i64) -> Result<IntakeItem, WebError> {
    let item = ctx
        .state
        .db
        .intake_item(IntakeId(id))
        .await?
        .ok_or(WebError::NotFound)?;
    if item.submitted_by != Some(staff.0.user.id.0) {
        return Err(WebError::NotFound);
    }
    Ok(item)
}

/// `GET /admin/contributi/{id}`: the submission, its status, and the form
/// while it can still be changed.
pub async fn show_submission(
    ctx: Ctx,
    staff: Staff,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let organisation = partner_organisation(&ctx, &staff).await?;
    let item = own_item(&ctx, &staff, id).await?;
    let practice = ctx.state.db.good_practice(item.id).await?;
    let values = FormValues::from_item(&item, practice.as_ref());
    let view = form_page(
        &ctx,
        organisation,
        values,
        Some(item),
        FormErrors::default(),
        vec![],
        query.notice(),
    )
    .await?;
    page(&view)
}

/// `POST /admin/contributi/{id}`: saves the changed text while the
/// redazione has not taken it. Files already sent stay; new files are not
/// taken on an edit (a new submission carries them).
pub async fn update_submission(
    ctx: Ctx,
    staff: Staff,
    ClientAddress(address): ClientAddress,
    Path(id): Path<i64>,
    request: Request,
) -> Result<Response, WebError> {
    let organisation = partner_organisation(&ctx, &staff).await?;
    let item = own_item(&ctx, &staff, id).await?;
    let max = ctx.state.config.max_attachment_bytes as u64;
    let (fields, _files) = read_multipart(request, "attachments", max)
        .await
        .map_err(WebError::BadRequest)?;
    let mut values = FormValues::from_fields(&fields);
    // The kind is chosen once.
    values.fields.kind = item.kind.as_str().to_owned();
    let mut errors = FormErrors::default();
    let mut refused = Vec::new();
    // Taken by the redazione before or while the form was sent, or a
    // field is wrong: the form again, with what was typed.
    let saved = if !item.status.sender_may_edit() {
        false
    } else if let Some(checked) = check_form(&ctx, &values, &[], &mut errors, &mut refused).await {
        ctx.state
            .db
            .update_intake_submission(item.id, staff.0.user.id.0, &checked.submission)
            .await?
    } else {
        false
    };
    if !saved {
        if errors.0.is_empty() {
            errors.push("form", "intake-error-taken");
        }
        let view = form_page(
            &ctx,
            organisation,
            values,
            Some(item),
            errors,
            refused,
            None,
        )
        .await?;
        return invalid(&view);
    }
    audit::record(
        &ctx.state,
        AuditAction::IntakeAction,
        Some(staff.0.user.id.0),
        None,
        address,
        format!("#{} edited", item.id.0),
    )
    .await;
    Ok(Redirect::to(&format!("/admin/contributi/{}?fatto=salvato", item.id.0)).into_response())
}

/// `GET /admin/contributi/{id}/allegati/{file}`: the partner's own files.
pub async fn download_own_attachment(
    ctx: Ctx,
    staff: Staff,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let item = own_item(&ctx, &staff, id).await?;
    super::queue::send_attachment(&ctx, item.id, file).await
}
