//! Each member of the redazione keeps their own author page: a photo from
//! the media library and a bio per language.

use agoral_domain::{lang::Lang, media::Media};
use askama::Template;
use axum::{
    extract::Query,
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};

use crate::{
    accounts::NoticeQuery,
    error::WebError,
    forms::{Fields, FormErrors},
    media::library::chosen_media,
    render::{Ctx, Shell, page},
    session::Staff,
};

#[derive(Template)]
#[template(path = "articles/author_profile.html")]
struct ProfilePage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    photo: Option<Media>,
    /// (language, bio as typed)
    bios: Vec<(Lang, String)>,
    public_path: String,
}

async fn profile_page(
    ctx: &Ctx,
    staff: &Staff,
    typed: Option<Vec<(Lang, String)>>,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<ProfilePage, WebError> {
    let db = &ctx.state.db;
    let user_id = staff.0.user.id.0;
    let profile = db
        .author_profile(user_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let bios = match typed {
        Some(typed) => typed,
        None => {
            let saved = db.author_bios(user_id).await?;
            Lang::ALL
                .iter()
                .map(|lang| {
                    let bio = saved
                        .iter()
                        .find(|(l, _)| l == lang)
                        .map(|(_, b)| b.clone())
                        .unwrap_or_default();
                    (*lang, bio)
                })
                .collect()
        }
    };
    let photo = match profile.photo_media_id {
        Some(id) => db.media(id).await?,
        None => None,
    };
    Ok(ProfilePage {
        shell: ctx.shell("author-profile-title"),
        notice,
        errors,
        photo,
        bios,
        public_path: format!("/autori/{}", profile.slug),
    })
}

pub async fn show_profile(
    ctx: Ctx,
    staff: Staff,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    page(&profile_page(&ctx, &staff, None, FormErrors::default(), query.notice()).await?)
}

pub async fn save_profile(ctx: Ctx, staff: Staff, fields: Fields) -> Result<Response, WebError> {
    let mut errors = FormErrors::default();
    let mut typed = Vec::new();
    let mut bios = Vec::new();
    for lang in Lang::ALL {
        let raw = fields.get(&format!("bio_{}", lang.code())).to_owned();
        match agoral_domain::clean_text("bio", &raw, 0, 2000, true) {
            Ok(bio) => bios.push((lang, bio)),
            Err(e) => errors.push("bio", e.message),
        }
        typed.push((lang, raw));
    }
    if !errors.is_empty() {
        let view = profile_page(&ctx, &staff, Some(typed), errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    let db = &ctx.state.db;
    let user_id = staff.0.user.id.0;
    let photo = db
        .author_profile(user_id)
        .await?
        .and_then(|p| p.photo_media_id);
    db.save_author_profile(user_id, photo, &bios).await?;
    Ok(Redirect::to("/account/autore?fatto=salvato").into_response())
}

/// `POST /account/autore/foto`: the photo chosen in the library (an empty
/// choice removes it). It shows only once it has an Italian description.
pub async fn set_photo(ctx: Ctx, staff: Staff, fields: Fields) -> Result<Response, WebError> {
    let media = chosen_media(&ctx, &fields).await?;
    let db = &ctx.state.db;
    let user_id = staff.0.user.id.0;
    let bios = db.author_bios(user_id).await?;
    db.save_author_profile(user_id, media.map(|m| m.id), &bios)
        .await?;
    Ok(Redirect::to("/account/autore?fatto=salvato").into_response())
}
