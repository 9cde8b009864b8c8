//! "Segnala una buona pratica": the public good-practice form, with no
//! login and no cookie. It takes a structured record and up to five
//! photos, and defends itself the way the problem-report form does (a
//! signed form token, a honeypot, a minimum time to fill in, a limit per
//! address), plus size limits on every part.
//!
//! The body is read here as a stream rather than buffered by the access
//! guard: a photo over the size limit is then refused with a message next
//! to the form, with everything typed kept, instead of a bare 413 page.
//!
//! A double click sends the same form token twice. The token's hash is the
//! item's external id, so the second copy finds the first and gets the same
//! confirmation, writing nothing.

use agoral_domain::{
    intake::{
        Channel, ItemKind, NewAttachment, NewItem,
        attachment::{self, Refusal},
        form::GoodPracticeFields,
    },
    services::taxonomy::TargetGroup,
    time::Timestamp,
    tokens,
};
use askama::Template;
use axum::{
    extract::{Query, Request},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::{
    error::WebError,
    forms::FormErrors,
    intake::{Options, Received, receive_with},
    render::{Ctx, Shell, invalid, page},
    services::public::Choice,
    session::ClientAddress,
    state::AppState,
};

/// The form's address, without the language prefix.
pub const FORM_PATH: &str = "/buone-pratiche/segnala";

/// At most this many photos with one practice.
pub const MAX_PHOTOS: usize = 5;

/// Seconds a person needs at least to fill in the form; faster is a robot.
pub const MIN_FILL_SECONDS: i64 = 3;

/// The longest text field read; the longest the record allows (the
/// description, 10,000 characters) fits in it in any script.
const MAX_TEXT_FIELD_BYTES: usize = 64 * 1024;

/// More parts than any browser sends for this form: a body of thousands of
/// tiny fields is refused outright.
const MAX_PARTS: usize = 60;

/// Records that a good practice's place on the public list changed
/// (accepted, or withdrawn after acceptance): every instance's page cache
/// follows the change feed and drops the pages that list it.
pub async fn practice_changed(state: &AppState, id: agoral_domain::intake::IntakeId) {
    if let Err(e) = state
        .db
        .record_change(agoral_db::changes::entity::GOOD_PRACTICE, id.0)
        .await
    {
        tracing::warn!(error = %e, item = id.0, "good practice change not recorded");
    }
}

#[derive(Template)]
#[template(path = "public/good_practice_form.html")]
struct FormPage {
    shell: Shell,
    action: String,
    sent: bool,
    form: GoodPracticeFields,
    errors: FormErrors,
    /// Photos refused, each with its name and the reason, in words.
    photo_errors: Vec<String>,
    /// Photos were sent with a form that came back: they must be chosen again.
    photos_lost: bool,
    comuni: Vec<Choice>,
    targets: Vec<Choice>,
    max_photos: usize,
    max_photo_mb: usize,
}

impl FormPage {
    fn new(ctx: &Ctx, form: GoodPracticeFields) -> FormPage {
        let mut comuni: Vec<Choice> = ctx
            .state
            .comuni
            .values()
            .map(|c| Choice {
                value: c.code.as_str().to_owned(),
                label: c.name.clone(),
                selected: form.comune.trim() == c.code.as_str(),
            })
            .collect();
        comuni.sort_by(|a, b| a.label.cmp(&b.label));
        let targets = TargetGroup::ALL
            .iter()
            .filter(|t| **t != TargetGroup::Everyone)
            .map(|t| Choice {
                value: t.as_str().to_owned(),
                label: ctx.t(t.label_key()),
                selected: form.targets.iter().any(|v| v == t.as_str()),
            })
            .collect();
        FormPage {
            shell: ctx.shell("good-practice-form-title"),
            action: ctx.lang.localise_path(FORM_PATH),
            sent: false,
            form,
            errors: FormErrors::default(),
            photo_errors: Vec::new(),
            photos_lost: false,
            comuni,
            targets,
            max_photos: MAX_PHOTOS,
            max_photo_mb: ctx.state.config.max_attachment_bytes / (1024 * 1024),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct SentQuery {
    inviato: Option<String>,
}

/// `GET /buone-pratiche/segnala`: the empty form, or the thanks after it
/// was sent (the status link is only in the mail, never on a page).
pub async fn show_good_practice_form(
    ctx: Ctx,
    Query(query): Query<SentQuery>,
) -> Result<Response, WebError> {
    let mut view = FormPage::new(&ctx, GoodPracticeFields::default());
    view.sent = query.inviato.is_some();
    page(&view)
}

/// The parts of the form as they arrived.
#[derive(Debug, Default)]
struct Sent {
    /// When the form was shown (from its signed token).
    issued_at: i64,
    /// Hash of the form token: the same form sent twice has the same one.
    form_hash: String,
    honeypot: bool,
    fields: GoodPracticeFields,
    photos: Vec<NewAttachment>,
    refused: Vec<(String, Refusal)>,
}

fn multipart_error(error: multer::Error) -> WebError {
    match error {
        // The body limit of the whole application cut the stream.
        multer::Error::StreamReadFailed(_) => WebError::PayloadTooLarge,
        _ => WebError::BadRequest("error-400-text"),
    }
}

/// Reads one part, keeping at most `max` bytes; says whether it was longer.
/// The rest is read and dropped, so that the browser gets its answer.
async fn read_part(field: &mut multer::Field<'_>, max: usize) -> Result<(Vec<u8>, bool), WebError> {
    let mut kept = Vec::new();
    let mut over = false;
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if over || kept.len() + chunk.len() > max {
            over = true;
            continue;
        }
        kept.extend_from_slice(&chunk);
    }
    Ok((kept, over))
}

/// Reads the multipart body. The anti-forgery token must come first (the
/// form puts it there), so that a forged request costs no more than its
/// first part; the limit per address is counted right after it.
async fn read_form(
    ctx: &Ctx,
    address: Option<std::net::IpAddr>,
    request: Request,
) -> Result<Sent, WebError> {
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or(WebError::BadRequest("error-400-text"))?;
    let max_photo = ctx.state.config.max_attachment_bytes;
    let mut multipart = multer::Multipart::new(request.into_body().into_data_stream(), boundary);
    let mut sent = Sent::default();
    let mut parts = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
        parts += 1;
        if parts > MAX_PARTS {
            return Err(WebError::BadRequest("error-400-text"));
        }
        let name = field.name().unwrap_or_default().to_owned();
        if parts == 1 {
            let (token, over) = read_part(&mut field, 200).await?;
            let token = String::from_utf8_lossy(&token).into_owned();
            let now = Timestamp::now().0;
            let issued = match ctx.current {
                Some(_) => crate::access::valid_csrf(&ctx.state, ctx.current.as_ref(), &token)
                    .then_some(now - MIN_FILL_SECONDS),
                None => ctx.state.signer.verify(&token, now),
            };
            let Some(issued) = issued.filter(|_| name == "csrf_token" && !over) else {
                return Err(WebError::Csrf);
            };
            if let Some(address) = address
                && let Err(seconds) = ctx.state.public_forms.check(address, now)
            {
                return Err(WebError::too_many_requests(seconds));
            }
            sent.issued_at = issued;
            sent.form_hash = data_encoding::HEXLOWER.encode(&Sha256::digest(token.as_bytes()));
            continue;
        }
        if name == "photos" {
            let file_name = attachment::safe_file_name(field.file_name().unwrap_or_default());
            let (bytes, over) = read_part(&mut field, max_photo).await?;
            // A file input left empty still sends an empty part.
            if bytes.is_empty() && !over && field.file_name().unwrap_or_default().is_empty() {
                continue;
            }
            if sent.photos.len() + sent.refused.len() >= MAX_PHOTOS {
                sent.refused.push((file_name, Refusal::TooMany));
            } else if over {
                sent.refused.push((file_name, Refusal::TooLarge));
            } else {
                sent.photos.push(NewAttachment {
                    file_name,
                    content_type: String::new(),
                    bytes,
                });
            }
            continue;
        }
        let (bytes, over) = read_part(&mut field, MAX_TEXT_FIELD_BYTES).await?;
        let mut value = String::from_utf8_lossy(&bytes).into_owned();
        if over {
            // Kept as far as read: the record's own limits then name the
            // field as too long, and the person sees what they typed.
            value.push('…');
        }
        let f = &mut sent.fields;
        match name.as_str() {
            "website" => sent.honeypot = !value.is_empty(),
            "title" => f.title = value,
            "description" => f.description = value,
            "comune" => f.comune = value,
            "runner" => f.runner = value,
            "targets" => f.targets.push(value),
            "period_start" => f.period_start = value,
            "period_end" => f.period_end = value,
            "outcome" => f.outcome = value,
            "link" => f.link = value,
            "contact_name" => f.contact_name = value,
            "contact_email" => f.contact_email = value,
            "photos_consent" => f.photos_consent = value,
            "privacy" => f.privacy = value,
            _ => {}
        }
    }
    if sent.form_hash.is_empty() {
        return Err(WebError::Csrf);
    }
    Ok(sent)
}

/// Checks each photo by its content (an image, and the kind its name
/// says) and decodes it; returns the clean photos and the refusals. The
/// intake decodes them once more when it stores them: that costs a little
/// time, while a damaged photo found only there would create the record
/// without it and without telling the person.
fn check_photos(
    photos: Vec<NewAttachment>,
    max_bytes: u64,
) -> (Vec<NewAttachment>, Vec<(String, Refusal)>) {
    let mut kept = Vec::new();
    let mut refused = Vec::new();
    for photo in photos {
        match attachment::check(&photo.file_name, &photo.bytes, max_bytes) {
            Ok(kind) if kind.is_image() => match crate::media::process::prepare(&photo.bytes) {
                Ok(prepared) => kept.push(NewAttachment {
                    content_type: kind.content_type("").to_owned(),
                    bytes: prepared.bytes,
                    file_name: photo.file_name,
                }),
                Err(_) => refused.push((photo.file_name, Refusal::Mismatch)),
            },
            Ok(_) => refused.push((photo.file_name, Refusal::NotAllowed)),
            Err(refusal) => refused.push((photo.file_name, refusal)),
        }
    }
    (kept, refused)
}

/// `POST /buone-pratiche/segnala`.
pub async fn submit_good_practice(
    ctx: Ctx,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, WebError> {
    let sent = read_form(&ctx, address, request).await?;
    let done = Redirect::to(&format!("{}?inviato=1", ctx.lang.localise_path(FORM_PATH)));
    if sent.honeypot {
        // A robot: it gets the same answer as a person and nothing is kept.
        return Ok(done.into_response());
    }
    let mut errors = FormErrors::default();
    if Timestamp::now().0 - sent.issued_at < MIN_FILL_SECONDS {
        errors.push("form", "error-too-fast");
    }
    let state = &ctx.state;
    let known = |code: &str| state.comuni.contains_key(code);
    let parsed = sent.fields.parse(&known, true);
    let had_photos = !sent.photos.is_empty() || !sent.refused.is_empty();
    let max = state.config.max_attachment_bytes as u64;
    let photos = sent.photos;
    let (photos, mut refused) = tokio::task::spawn_blocking(move || check_photos(photos, max))
        .await
        .map_err(WebError::internal)?;
    refused.splice(0..0, sent.refused);
    let submission = match parsed {
        Ok(submission) if errors.is_empty() && refused.is_empty() => submission,
        result => {
            if let Err(field_errors) = result {
                errors.0.extend(field_errors);
            }
            if !refused.is_empty() {
                errors.push("photos", "good-practice-error-photos");
            }
            let mut view = FormPage::new(&ctx, sent.fields);
            view.errors = errors;
            view.photos_lost = had_photos;
            view.photo_errors = refused
                .iter()
                .map(|(name, refusal)| {
                    let reason = match refusal {
                        Refusal::TooMany => ctx.state.l10n.get_args(
                            ctx.lang,
                            "good-practice-photo-too-many",
                            &[("max", MAX_PHOTOS.to_string())],
                        ),
                        Refusal::NotAllowed => ctx.t("good-practice-photo-not-image"),
                        other => ctx.t(&other.message_key()),
                    };
                    format!("{name}: {reason}")
                })
                .collect();
            return invalid(&view);
        }
    };
    let (token, token_hash) = tokens::generate();
    let practice = submission.practice;
    let item = NewItem {
        channel: Channel::Public,
        kind: ItemKind::BuonaPratica,
        organisation_id: None,
        submitted_by: None,
        to_verify: false,
        lang: ctx.lang,
        title: submission.title,
        body: submission.description,
        comuni: vec![practice.istat_code.clone()],
        embargo_until: None,
        source_url: None,
        external_id: Some(sent.form_hash),
        source_date: None,
        sender: submission.sender,
    };
    let key = item.dedupe_key();
    let email = item.sender.email.clone();
    let title = item.title.clone();
    let options = Options {
        good_practice: Some(&practice),
        status_token_hash: Some(token_hash),
        photos_consent: practice.photos_consent,
        actor: None,
        address,
        notes: Vec::new(),
    };
    match receive_with(state, item, photos, options).await {
        Ok(Received::Created { id, .. }) => {
            tracing::info!(item = id.0, "good practice received from the public form");
            if let Some(email) = email {
                mail_status_link(&ctx, &email, &title, &token).await;
            }
        }
        Ok(Received::AlreadyHad(id)) => {
            tracing::info!(
                item = id.0,
                "good practice form sent again: nothing written"
            );
        }
        Err(e) => {
            // Two copies at the same moment: the second lost the race on
            // the unique key, and the first is the one kept.
            let first = match &key {
                Some(key) => state.db.intake_item_id_by_dedupe_key(key).await?,
                None => None,
            };
            if first.is_none() {
                return Err(WebError::internal(format!("{e:#}")));
            }
        }
    }
    Ok(done.into_response())
}

/// The sender's private status link, in the language of the form. Only
/// the mail carries it; a failure to queue it is logged and the practice
/// stays received.
async fn mail_status_link(ctx: &Ctx, email: &str, title: &str, token: &str) {
    let state = &ctx.state;
    let link = format!(
        "{}{}",
        state.config.public_url,
        ctx.lang.localise_path(&format!(
            "{}/{token}",
            super::good_practice_status::STATUS_PATH
        ))
    );
    let subject = state.l10n.get_args(
        ctx.lang,
        "good-practice-mail-subject",
        &[("title", title.to_owned())],
    );
    let body = state.l10n.get_args(
        ctx.lang,
        "good-practice-mail-body",
        &[("title", title.to_owned()), ("link", link)],
    );
    if let Err(e) = state.db.enqueue_mail(email, &subject, &body).await {
        tracing::error!(error = %e, "good practice status link not queued");
    }
}
