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
    session::{ClientAddress, PageEditor},
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
    _editor: PageEditor,
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
    _editor: PageEditor,
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
    PageEditor(admin): PageEditor,
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

/// Addresses that belong to the platform: a page there could never be reached.
const RESERVED_SLUGS: &[&str] = &[
    "accedi", "account", "admin", "ar", "articoli", "comuni", "en", "esci", "fr", "healthz",
    "invito", "metrics", "password", "readyz", "sezioni", "static",
];

#[derive(Debug, Default, Deserialize)]
pub struct NewPageForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

#[derive(Template)]
#[template(path = "admin/page_new.html")]
struct NewPagePage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: NewPageForm,
}

pub async fn new_page(ctx: Ctx, _editor: PageEditor) -> Result<Response, WebError> {
    page(&NewPagePage {
        shell: ctx.shell("pages-new-title"),
        notice: None,
        errors: FormErrors::default(),
        form: NewPageForm::default(),
    })
}

/// Creates a page in Italian; other languages are added from its editor.
pub async fn create_page(
    ctx: Ctx,
    PageEditor(editor): PageEditor,
    ClientAddress(address): ClientAddress,
    Form(form): Form<NewPageForm>,
) -> Result<Response, WebError> {
    let mut errors = FormErrors::default();
    let slug = agoral_domain::articles::slugify(if form.slug.trim().is_empty() {
        &form.title
    } else {
        &form.slug
    });
    if !is_valid_slug(&slug) || RESERVED_SLUGS.contains(&slug.as_str()) {
        errors.push("slug", "error-slug-invalid");
    } else if ctx.state.db.page(&slug, Lang::It).await?.is_some() {
        errors.push("slug", "error-slug-taken");
    }
    let input = PageInput::parse(&form.title, &form.body)
        .map_err(|e| errors.0.extend(e))
        .ok();
    match input {
        Some(input) if errors.is_empty() => {
            ctx.state
                .db
                .save_page(&slug, Lang::It, &input, Some(editor.user.id.0))
                .await?;
            audit::record(
                &ctx.state,
                AuditAction::PageSaved,
                Some(editor.user.id.0),
                None,
                address,
                format!("{slug}/it (new)"),
            )
            .await;
            Ok(Redirect::to(&format!("/admin/pagine/{slug}/it")).into_response())
        }
        _ => invalid(&NewPagePage {
            shell: ctx.shell("pages-new-title"),
            notice: None,
            errors,
            form,
        }),
    }
}
