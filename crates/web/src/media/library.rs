//! The redazione's media library: upload (a plain multipart form), search,
//! the details of an image (credit, licence, alternative text and caption
//! per language), and choosing an image for a story or an author page.

use agoral_db::media::MediaDetails;
use agoral_domain::{
    audit::AuditAction,
    lang::Lang,
    media::{LICENCES, Media, MediaText},
};
use askama::Template;
use axum::{
    extract::{Query, Request},
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    accounts::notice,
    admin::IdPath,
    articles::{PER_PAGE, page_number},
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    render::{Ctx, Shell, page},
    session::{ClientAddress, Staff},
};

/// Where a chosen image goes: a story's featured image or the user's own
/// author photo. Carried in `?per=` so that choosing works without script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Article(i64),
    AuthorPhoto,
}

impl Purpose {
    pub fn parse(value: &str) -> Option<Purpose> {
        if value == "autore" {
            return Some(Purpose::AuthorPhoto);
        }
        let id = value.strip_prefix("articolo-")?.parse().ok()?;
        (id > 0).then_some(Purpose::Article(id))
    }

    pub fn code(&self) -> String {
        match self {
            Purpose::Article(id) => format!("articolo-{id}"),
            Purpose::AuthorPhoto => "autore".to_owned(),
        }
    }

    /// The form that receives the choice.
    pub fn action(&self) -> String {
        match self {
            Purpose::Article(id) => format!("/admin/articoli/{id}/immagine"),
            Purpose::AuthorPhoto => "/account/autore/foto".to_owned(),
        }
    }

    /// The page to go back to.
    pub fn back(&self) -> String {
        match self {
            Purpose::Article(id) => format!("/admin/articoli/{id}"),
            Purpose::AuthorPhoto => "/account/autore".to_owned(),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct LibraryQuery {
    q: Option<String>,
    pagina: Option<String>,
    per: Option<String>,
    fatto: Option<String>,
}

#[derive(Template)]
#[template(path = "media/library.html")]
struct LibraryPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    items: Vec<Media>,
    search: String,
    page: i64,
    has_more: bool,
    purpose: Option<Purpose>,
    max_upload_mb: usize,
    /// The Italian alternative text as typed, kept when the upload is refused.
    alt_it: String,
}

impl LibraryPage {
    /// The file field's message; a file too large is told the limit.
    fn file_error(&self) -> Option<String> {
        self.errors.get("file").map(|key| {
            self.shell
                .t1(key, "megabytes", &self.max_upload_mb.to_string())
        })
    }

    fn page_link(&self, page: i64) -> String {
        let mut link = format!("/admin/media?pagina={page}");
        if !self.search.is_empty() {
            link.push_str("&q=");
            link.push_str(
                &form_urlencoded::byte_serialize(self.search.as_bytes()).collect::<String>(),
            );
        }
        if let Some(purpose) = &self.purpose {
            link.push_str("&per=");
            link.push_str(&purpose.code());
        }
        link
    }
}

async fn library_page(
    ctx: &Ctx,
    search: String,
    page_no: i64,
    purpose: Option<Purpose>,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<LibraryPage, WebError> {
    let mut items = ctx
        .state
        .db
        .media_list(&search, PER_PAGE + 1, (page_no - 1) * PER_PAGE)
        .await?;
    let has_more = items.len() as i64 > PER_PAGE;
    items.truncate(PER_PAGE as usize);
    Ok(LibraryPage {
        shell: ctx.shell("media-title"),
        notice,
        errors,
        items,
        search,
        page: page_no,
        has_more,
        purpose,
        max_upload_mb: ctx.state.config.max_upload_bytes / (1024 * 1024),
        alt_it: String::new(),
    })
}

pub async fn show_library(
    ctx: Ctx,
    _staff: Staff,
    Query(query): Query<LibraryQuery>,
) -> Result<Response, WebError> {
    let search: String = query
        .q
        .as_deref()
        .unwrap_or("")
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect();
    let purpose = query.per.as_deref().and_then(Purpose::parse);
    let notice = notice(query.fatto.as_deref());
    page(
        &library_page(
            &ctx,
            search,
            page_number(query.pagina.as_deref()),
            purpose,
            FormErrors::default(),
            notice,
        )
        .await?,
    )
}

/// The parts of an upload form.
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    alt_it: String,
    purpose: Option<Purpose>,
}

/// Why an upload form was not taken: the message, and what was typed.
struct Refused {
    message: &'static str,
    alt_it: String,
    purpose: Option<Purpose>,
}

/// Reads the form as it streams in: the access guard leaves this route's
/// body to it (see `Routes::post_streamed`), so that a file over the
/// limit is drained rather than refused with the whole request, and the
/// form comes back with what was typed and the limit. The anti-forgery
/// token is checked here, before anything is kept.
async fn read_upload(ctx: &Ctx, request: Request, limit: usize) -> Result<Upload, Refused> {
    let (fields, files) =
        match crate::multipart::read_multipart(request, "file", limit as u64).await {
            Ok(read) => read,
            // The body broke off: past the largest body the server takes at
            // all, or the sender went away.
            Err(key) => {
                return Err(Refused {
                    message: match key {
                        "error-413-text" => "media-error-size",
                        _ => "media-error-no-file",
                    },
                    alt_it: String::new(),
                    purpose: None,
                });
            }
        };
    let refused = |message| Refused {
        message,
        alt_it: fields.get("alt_it").to_owned(),
        purpose: Purpose::parse(fields.get("per")),
    };
    if !crate::access::valid_csrf(&ctx.state, ctx.current.as_ref(), fields.get("csrf_token")) {
        return Err(refused("error-csrf"));
    }
    let Some(file) = files.into_iter().next() else {
        return Err(refused("media-error-no-file"));
    };
    if file.too_large {
        return Err(refused("media-error-size"));
    }
    if file.file.bytes.is_empty() {
        return Err(refused("media-error-no-file"));
    }
    Ok(Upload {
        file_name: file.file.file_name,
        bytes: file.file.bytes,
        alt_it: fields.get("alt_it").to_owned(),
        purpose: Purpose::parse(fields.get("per")),
    })
}

/// `POST /admin/media`: checks the image from its bytes, stores a clean
/// original and queues its variants. Decoding runs off the async threads.
pub async fn upload(
    ctx: Ctx,
    staff: Staff,
    address: ClientAddress,
    request: Request,
) -> Result<Response, WebError> {
    let refuse = |refused: Refused| {
        let ctx = ctx.clone();
        async move {
            let mut errors = FormErrors::default();
            errors.push("file", refused.message);
            let mut view =
                library_page(&ctx, String::new(), 1, refused.purpose, errors, None).await?;
            view.alt_it = refused.alt_it;
            Ok::<Response, WebError>(
                (StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response(),
            )
        }
    };
    let upload = match read_upload(&ctx, request, ctx.state.config.max_upload_bytes).await {
        Ok(upload) => upload,
        Err(refused) if refused.message == "error-csrf" => return Err(WebError::Csrf),
        Err(refused) => return refuse(refused).await,
    };
    let alt_it = match agoral_domain::clean_text("alt_it", &upload.alt_it, 0, 300, false) {
        Ok(alt) => alt,
        Err(e) => {
            return refuse(Refused {
                message: e.message,
                alt_it: upload.alt_it,
                purpose: upload.purpose,
            })
            .await;
        }
    };
    let db = &ctx.state.db;
    let stored = crate::media::store_image(
        db,
        &ctx.state.media,
        upload.bytes,
        &upload.file_name,
        Some(staff.0.user.id.0),
    )
    .await
    .map_err(|e| WebError::internal(format!("{e:#}")))?;
    let stored = match stored {
        Ok(stored) => stored,
        Err(e) => {
            return refuse(Refused {
                message: e.message_key(),
                alt_it: upload.alt_it,
                purpose: upload.purpose,
            })
            .await;
        }
    };
    let id = stored.id;
    if stored.new {
        if !alt_it.is_empty() {
            let texts = [MediaText {
                lang: Lang::It,
                alt_text: alt_it,
                caption: String::new(),
            }];
            db.update_media_details(
                id,
                &MediaDetails {
                    credit: "",
                    licence: "",
                    texts: &texts,
                },
            )
            .await?;
        }
        audit::record(
            &ctx.state,
            AuditAction::MediaUploaded,
            Some(staff.0.user.id.0),
            None,
            address.0,
            stored.storage_key,
        )
        .await;
    }
    let mut to = format!("/admin/media/{id}?fatto=caricata");
    if let Some(purpose) = upload.purpose {
        to.push_str("&per=");
        to.push_str(&purpose.code());
    }
    Ok(Redirect::to(&to).into_response())
}

/// The details form as typed: texts per language (alt, caption), credit,
/// licence.
type TypedDetails = (Vec<(Lang, String, String)>, String, String);

#[derive(Template)]
#[template(path = "media/detail.html")]
struct DetailPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    media: Media,
    licences: [&'static str; 6],
    /// What was typed, per language: (alt, caption).
    texts: Vec<(Lang, String, String)>,
    credit: String,
    licence: String,
    purpose: Option<Purpose>,
    /// Stories that show the image: (id, Italian title).
    used_in: Vec<(i64, String)>,
}

impl DetailPage {
    fn size(&self) -> String {
        format!("{:.0} KB", self.media.size_bytes as f64 / 1024.0)
    }
}

async fn detail_page(
    ctx: &Ctx,
    media: Media,
    purpose: Option<Purpose>,
    typed: Option<TypedDetails>,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<DetailPage, WebError> {
    let (texts, credit, licence) = typed.unwrap_or_else(|| {
        (
            Lang::ALL
                .iter()
                .map(|lang| {
                    let own = media.texts.iter().find(|t| t.lang == *lang);
                    (
                        *lang,
                        own.map(|t| t.alt_text.clone()).unwrap_or_default(),
                        own.map(|t| t.caption.clone()).unwrap_or_default(),
                    )
                })
                .collect(),
            media.credit.clone(),
            media.licence.clone(),
        )
    });
    let used_in = ctx.state.db.articles_featuring(media.id).await?;
    Ok(DetailPage {
        shell: ctx.shell("media-detail-title"),
        notice,
        errors,
        licences: LICENCES,
        texts,
        credit,
        licence,
        purpose,
        used_in,
        media,
    })
}

#[derive(Debug, Deserialize)]
pub struct DetailQuery {
    per: Option<String>,
    fatto: Option<String>,
}

pub async fn show_media(
    ctx: Ctx,
    _staff: Staff,
    id: IdPath,
    Query(query): Query<DetailQuery>,
) -> Result<Response, WebError> {
    let media = ctx.state.db.media(id.0).await?.ok_or(WebError::NotFound)?;
    let purpose = query.per.as_deref().and_then(Purpose::parse);
    let notice = match query.fatto.as_deref() {
        Some("caricata") => Some("notice-media-uploaded"),
        other => notice(other),
    };
    page(&detail_page(&ctx, media, purpose, None, FormErrors::default(), notice).await?)
}

/// `POST /admin/media/{id}`: credit, licence, texts per language.
pub async fn save_media(
    ctx: Ctx,
    _staff: Staff,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let media = ctx.state.db.media(id.0).await?.ok_or(WebError::NotFound)?;
    let mut errors = FormErrors::default();
    let mut typed = Vec::new();
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let alt_raw = fields.get(&format!("alt_{}", lang.code())).to_owned();
        let caption_raw = fields.get(&format!("caption_{}", lang.code())).to_owned();
        let alt = agoral_domain::clean_text("alt", &alt_raw, 0, 300, false);
        let caption = agoral_domain::clean_text("caption", &caption_raw, 0, 500, false);
        match (alt, caption) {
            (Ok(alt_text), Ok(caption)) => texts.push(MediaText {
                lang,
                alt_text,
                caption,
            }),
            (Err(e), _) | (_, Err(e)) => errors.push(
                if lang == Lang::It {
                    "texts_it"
                } else {
                    "texts"
                },
                e.message,
            ),
        }
        typed.push((lang, alt_raw, caption_raw));
    }
    let credit_raw = fields.get("credit").to_owned();
    let licence = fields.get("licence").to_owned();
    let credit = agoral_domain::clean_text("credit", &credit_raw, 0, 200, false)
        .map_err(|e| errors.0.push(e))
        .unwrap_or_default();
    if !licence.is_empty() && !LICENCES.contains(&licence.as_str()) {
        errors.push("licence", "error-choice-invalid");
    }
    // An image a published story shows must keep its Italian description.
    let it_alt_missing = texts
        .iter()
        .all(|t| t.lang != Lang::It || t.alt_text.is_empty());
    if it_alt_missing && ctx.state.db.media_in_public_story(media.id).await? {
        errors.push("texts_it", "media-error-alt-required-published");
    }
    let purpose = fields.get("per");
    let purpose = Purpose::parse(purpose);
    if !errors.is_empty() {
        let view = detail_page(
            &ctx,
            media,
            purpose,
            Some((typed, credit_raw, licence)),
            errors,
            None,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    ctx.state
        .db
        .update_media_details(
            media.id,
            &MediaDetails {
                credit: &credit,
                licence: &licence,
                texts: &texts,
            },
        )
        .await?;
    let mut to = format!("/admin/media/{}?fatto=salvato", media.id);
    if let Some(purpose) = purpose {
        to.push_str("&per=");
        to.push_str(&purpose.code());
    }
    Ok(Redirect::to(&to).into_response())
}

/// The `media_id` field of a choice form: a library image, or none.
pub async fn chosen_media(ctx: &Ctx, fields: &Fields) -> Result<Option<Media>, WebError> {
    let raw = fields.get("media_id");
    if raw.is_empty() {
        return Ok(None);
    }
    let id: i64 = raw
        .parse()
        .map_err(|_| WebError::BadRequest("error-400-text"))?;
    ctx.state
        .db
        .media(id)
        .await?
        .map(Some)
        .ok_or(WebError::BadRequest("media-error-unknown"))
}
