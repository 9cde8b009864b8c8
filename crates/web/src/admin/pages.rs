//! Editing the static pages (the footer pages), one language at a time.

use agoral_domain::{
    audit::AuditAction,
    lang::Lang,
    pages::{Page, PageInput, is_valid_slug},
};
use askama::Template;
use axum::{
    extract::{Path, Query},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    audit,
    error::WebError,
    forms::{Form, FormErrors},
    render::{Ctx, Shell, invalid, page},
    session::{Administrator, ClientAddress},
};

#[derive(Template)]
#[template(path = "admin/pages.html")]
struct PagesPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    pages: Vec<Page>,
}

pub async fn list_pages(
    ctx: Ctx,
    _admin: Administrator,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    page(&PagesPage {
        shell: ctx.shell("pages-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        pages: ctx.state.db.pages().await?,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct PageForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

#[derive(Template)]
#[template(path = "admin/page_form.html")]
struct PageFormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    slug: String,
    lang: Lang,
    form: PageForm,
    public_path: String,
}

fn parse_target(slug: &str, lang: &str) -> Result<Lang, WebError> {
    match Lang::from_code(lang) {
        Some(lang) if is_valid_slug(slug) => Ok(lang),
        _ => Err(WebError::NotFound),
    }
}

pub async fn edit_page(
    ctx: Ctx,
    _admin: Administrator,
    Path((slug, lang)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let lang = parse_target(&slug, &lang)?;
    // A language version that does not exist yet starts from the Italian one.
    let existing = match ctx.state.db.page(&slug, lang).await? {
        Some(p) => p,
        None => ctx
            .state
            .db
            .page(&slug, Lang::It)
            .await?
            .ok_or(WebError::NotFound)?,
    };
    page(&PageFormPage {
        shell: ctx.shell("pages-edit-title"),
        notice: None,
        errors: FormErrors::default(),
        public_path: lang.localise_path(&format!("/{slug}")),
        slug,
        lang,
        form: PageForm {
            title: existing.title,
            body: existing.body_markdown,
        },
    })
}

pub async fn update_page(
    ctx: Ctx,
    Administrator(admin): Administrator,
    ClientAddress(address): ClientAddress,
    Path((slug, lang)): Path<(String, String)>,
    Form(form): Form<PageForm>,
) -> Result<Response, WebError> {
    let lang = parse_target(&slug, &lang)?;
    if ctx.state.db.page(&slug, Lang::It).await?.is_none() {
        return Err(WebError::NotFound);
    }
    match PageInput::parse(&form.title, &form.body) {
        Ok(input) => {
            ctx.state
                .db
                .save_page(&slug, lang, &input, Some(admin.user.id.0))
                .await?;
            audit::record(
                &ctx.state,
                AuditAction::PageSaved,
                Some(admin.user.id.0),
                None,
                address,
                format!("{slug}/{lang}"),
            )
            .await;
            Ok(Redirect::to("/admin/pagine?fatto=salvato").into_response())
        }
        Err(errors) => invalid(&PageFormPage {
            shell: ctx.shell("pages-edit-title"),
            notice: None,
            errors: FormErrors(errors),
            public_path: lang.localise_path(&format!("/{slug}")),
            slug,
            lang,
            form,
        }),
    }
}
