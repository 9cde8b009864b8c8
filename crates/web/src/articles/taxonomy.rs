//! Sections and tags in every language: editors add sections, order them,
//! and translate the names (and descriptions) of sections and tags. Tags
//! themselves are created inline from the editor.

use agoral_domain::{articles::slugify, lang::Lang};
use askama::Template;
use axum::{
    extract::Query,
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};

use crate::{
    accounts::NoticeQuery,
    admin::IdPath,
    error::WebError,
    forms::{Fields, FormErrors},
    render::{Ctx, Shell, page},
};

/// A name and a description in one language.
type TermText = (Lang, String, String);

/// One row of a list: id, name, address, languages with a name, stories.
pub struct TermRow {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub langs: Vec<Lang>,
    pub count: Option<i64>,
}

#[derive(Template)]
#[template(path = "articles/taxonomy.html")]
struct ListPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    /// `sezioni` or `tag`: the part of the addresses.
    kind: &'static str,
    rows: Vec<TermRow>,
    new_name: String,
}

#[derive(Template)]
#[template(path = "articles/term_form.html")]
struct FormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    kind: &'static str,
    id: i64,
    slug: String,
    /// (language, name, description) as saved or typed.
    texts: Vec<(Lang, String, String)>,
    /// Sections have a description and a place in the list; tags do not.
    is_section: bool,
    position: String,
}

async fn section_rows(ctx: &Ctx) -> Result<Vec<TermRow>, WebError> {
    let db = &ctx.state.db;
    let mut rows = Vec::new();
    for section in db.sections(Lang::It).await? {
        let langs = db
            .section_texts(section.id)
            .await?
            .map(|(_, texts)| texts.iter().map(|(l, _, _)| *l).collect())
            .unwrap_or_default();
        rows.push(TermRow {
            id: section.id,
            name: section.name,
            slug: section.slug,
            langs: sorted(langs),
            count: None,
        });
    }
    Ok(rows)
}

fn sorted(mut langs: Vec<Lang>) -> Vec<Lang> {
    langs.sort_by_key(|l| Lang::ALL.iter().position(|x| x == l));
    langs
}

pub async fn list_sections(
    ctx: Ctx,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    page(&ListPage {
        shell: ctx.shell("sections-admin-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        kind: "sezioni",
        rows: section_rows(&ctx).await?,
        new_name: String::new(),
    })
}

/// `POST /admin/sezioni`: a new section, named in Italian; its address
/// comes from the name.
pub async fn create_section(ctx: Ctx, fields: Fields) -> Result<Response, WebError> {
    let typed = fields.get("name").to_owned();
    let mut errors = FormErrors::default();
    let name = agoral_domain::clean_text("name", &typed, 1, 80, false)
        .map_err(|e| errors.0.push(e))
        .ok();
    let slug = name.as_deref().map(slugify).unwrap_or_default();
    if name.is_some() && slug.is_empty() {
        errors.push("name", "error-tags-invalid");
    }
    if let (Some(name), true) = (&name, errors.is_empty()) {
        match ctx.state.db.create_section(&slug, name).await? {
            Some(id) => {
                return Ok(
                    Redirect::to(&format!("/admin/sezioni/{id}?fatto=salvato")).into_response()
                );
            }
            None => errors.push("name", "error-section-taken"),
        }
    }
    let view = ListPage {
        shell: ctx.shell("sections-admin-title"),
        notice: None,
        errors,
        kind: "sezioni",
        rows: section_rows(&ctx).await?,
        new_name: typed,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
}

fn all_languages(saved: &[(Lang, String, String)]) -> Vec<(Lang, String, String)> {
    Lang::ALL
        .iter()
        .map(|lang| {
            saved
                .iter()
                .find(|(l, _, _)| l == lang)
                .cloned()
                .unwrap_or((*lang, String::new(), String::new()))
        })
        .collect()
}

pub async fn edit_section(
    ctx: Ctx,
    id: IdPath,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let section = db
        .section(id.0, Lang::It)
        .await?
        .ok_or(WebError::NotFound)?;
    let (position, texts) = db.section_texts(id.0).await?.ok_or(WebError::NotFound)?;
    page(&FormPage {
        shell: ctx.shell_titled(format!(
            "{} — {}",
            ctx.t("sections-admin-title"),
            section.name
        )),
        notice: query.notice(),
        errors: FormErrors::default(),
        kind: "sezioni",
        id: id.0,
        slug: section.slug,
        texts: all_languages(&texts),
        is_section: true,
        position: position.to_string(),
    })
}

/// Reads names (and descriptions) per language; the Italian name is required.
fn read_texts(
    fields: &Fields,
    with_description: bool,
    errors: &mut FormErrors,
) -> (Vec<TermText>, Vec<TermText>) {
    let mut typed = Vec::new();
    let mut clean = Vec::new();
    for lang in Lang::ALL {
        let name = fields.get(&format!("name_{}", lang.code())).to_owned();
        let description = fields
            .get(&format!("description_{}", lang.code()))
            .to_owned();
        let min = usize::from(lang == Lang::It);
        let field = if lang == Lang::It { "name_it" } else { "names" };
        match (
            agoral_domain::clean_text(field, &name, min, 80, false),
            agoral_domain::clean_text(field, &description, 0, 500, false),
        ) {
            (Ok(n), Ok(d)) => {
                clean.push((lang, n, if with_description { d } else { String::new() }))
            }
            (Err(e), _) | (_, Err(e)) => errors.0.push(e),
        }
        typed.push((lang, name, description));
    }
    (typed, clean)
}

pub async fn update_section(ctx: Ctx, id: IdPath, fields: Fields) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let section = db
        .section(id.0, Lang::It)
        .await?
        .ok_or(WebError::NotFound)?;
    let mut errors = FormErrors::default();
    let (typed, clean) = read_texts(&fields, true, &mut errors);
    let position_typed = fields.get("position").to_owned();
    let position = position_typed
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|p| (0..=1000).contains(p));
    if position.is_none() {
        errors.push("position", "error-position-invalid");
    }
    let (Some(position), true) = (position, errors.is_empty()) else {
        let view = FormPage {
            shell: ctx.shell_titled(format!(
                "{} — {}",
                ctx.t("sections-admin-title"),
                section.name
            )),
            notice: None,
            errors,
            kind: "sezioni",
            id: id.0,
            slug: section.slug,
            texts: typed,
            is_section: true,
            position: position_typed,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    };
    db.save_section(id.0, position, &clean).await?;
    Ok(Redirect::to(&format!("/admin/sezioni/{}?fatto=salvato", id.0)).into_response())
}

pub async fn list_tags(ctx: Ctx, Query(query): Query<NoticeQuery>) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut rows = Vec::new();
    for (tag, count) in db.tags_with_counts(Lang::It).await? {
        let langs = db
            .tag_names(tag.id)
            .await?
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        rows.push(TermRow {
            id: tag.id,
            name: tag.name,
            slug: tag.slug,
            langs: sorted(langs),
            count: Some(count),
        });
    }
    page(&ListPage {
        shell: ctx.shell("tags-admin-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        kind: "tag",
        rows,
        new_name: String::new(),
    })
}

pub async fn edit_tag(
    ctx: Ctx,
    id: IdPath,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let tag = db.tag(id.0, Lang::It).await?.ok_or(WebError::NotFound)?;
    let names: Vec<(Lang, String, String)> = db
        .tag_names(id.0)
        .await?
        .into_iter()
        .map(|(l, n)| (l, n, String::new()))
        .collect();
    page(&FormPage {
        shell: ctx.shell_titled(format!("{} — {}", ctx.t("tags-admin-title"), tag.name)),
        notice: query.notice(),
        errors: FormErrors::default(),
        kind: "tag",
        id: id.0,
        slug: tag.slug,
        texts: all_languages(&names),
        is_section: false,
        position: String::new(),
    })
}

pub async fn update_tag(ctx: Ctx, id: IdPath, fields: Fields) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let tag = db.tag(id.0, Lang::It).await?.ok_or(WebError::NotFound)?;
    let mut errors = FormErrors::default();
    let (typed, clean) = read_texts(&fields, false, &mut errors);
    if !errors.is_empty() {
        let view = FormPage {
            shell: ctx.shell_titled(format!("{} — {}", ctx.t("tags-admin-title"), tag.name)),
            notice: None,
            errors,
            kind: "tag",
            id: id.0,
            slug: tag.slug,
            texts: typed,
            is_section: false,
            position: String::new(),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    let names: Vec<(Lang, String)> = clean.into_iter().map(|(l, n, _)| (l, n)).collect();
    db.save_tag_names(id.0, &names).await?;
    Ok(Redirect::to(&format!("/admin/tag/{}?fatto=salvato", id.0)).into_response())
}
