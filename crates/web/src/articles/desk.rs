//! The redazione's desk: the list of stories and a new story.

use agoral_db::articles::{NewArticle, TranslationInput};
use agoral_domain::{
    accounts::Role,
    articles::{ArticleListItem, ArticleText, Level, Section, Slug, slugify},
    lang::Lang,
};
use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};

use crate::{
    error::WebError,
    forms::{Fields, FormErrors},
    markdown,
    render::{Ctx, Shell, invalid, page},
    session::Staff,
};

#[derive(Template)]
#[template(path = "articles/desk.html")]
struct DeskPage {
    shell: Shell,
    notice: Option<&'static str>,
    items: Vec<ArticleListItem>,
}

pub async fn list_desk(
    ctx: Ctx,
    staff: Staff,
    axum::extract::Query(query): axum::extract::Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    let user = &staff.0.user;
    let author = (!user.has_role(Role::Editor)).then_some(user.id.0);
    page(&DeskPage {
        notice: query.notice(),
        shell: ctx.shell("desk-title"),
        items: ctx.state.db.desk_articles(author, 200).await?,
    })
}

/// The fields of a new story as typed.
#[derive(Debug, Default, Clone)]
pub struct NewForm {
    pub title: String,
    pub slug: String,
    pub standfirst: String,
    pub body: String,
    pub section_id: String,
    pub level: String,
}

#[derive(Template)]
#[template(path = "articles/new.html")]
struct NewPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: NewForm,
    sections: Vec<Section>,
    levels: [Level; 4],
}

pub async fn new_article(ctx: Ctx, _staff: Staff) -> Result<Response, WebError> {
    page(&NewPage {
        shell: ctx.shell("article-new-title"),
        notice: None,
        errors: FormErrors::default(),
        form: NewForm {
            level: "locale".into(),
            ..NewForm::default()
        },
        sections: ctx.state.db.sections(ctx.lang).await?,
        levels: Level::ALL,
    })
}

/// The address for a story: the one typed, or one made from the title and
/// made unique with `-2`, `-3`… `Err` carries the field error.
pub async fn choose_slug(
    ctx: &Ctx,
    typed: &str,
    title: &str,
    lang: Lang,
    article: Option<agoral_domain::articles::ArticleId>,
) -> Result<Result<Slug, agoral_domain::FieldError>, WebError> {
    if !typed.trim().is_empty() {
        return Ok(match Slug::parse(typed) {
            Ok(slug)
                if ctx
                    .state
                    .db
                    .article_slug_free(lang, slug.as_str(), article)
                    .await? =>
            {
                Ok(slug)
            }
            Ok(_) => Err(agoral_domain::FieldError::new("slug", "error-slug-taken")),
            Err(e) => Err(e),
        });
    }
    let base = match Slug::parse(&slugify(title)) {
        Ok(slug) => slug,
        // A title with no letters: a neutral address the editor can change.
        Err(_) => Slug::from_trusted("articolo".into()),
    };
    if ctx
        .state
        .db
        .article_slug_free(lang, base.as_str(), article)
        .await?
    {
        return Ok(Ok(base));
    }
    for n in 2..100 {
        let candidate = base.with_suffix(n);
        if ctx
            .state
            .db
            .article_slug_free(lang, candidate.as_str(), article)
            .await?
        {
            return Ok(Ok(candidate));
        }
    }
    Ok(Err(agoral_domain::FieldError::new(
        "slug",
        "error-slug-taken",
    )))
}

/// A section id from the form, checked against the sections that exist.
pub async fn parse_section(
    ctx: &Ctx,
    value: &str,
    errors: &mut FormErrors,
) -> Result<Option<i64>, WebError> {
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i64>() {
        Ok(id) if ctx.state.db.section(id, Lang::It).await?.is_some() => Ok(Some(id)),
        _ => {
            errors.push("section_id", "error-choice-invalid");
            Ok(None)
        }
    }
}

pub async fn create_article(ctx: Ctx, staff: Staff, fields: Fields) -> Result<Response, WebError> {
    let form = NewForm {
        title: fields.get("title").to_owned(),
        slug: fields.get("slug").to_owned(),
        standfirst: fields.get("standfirst").to_owned(),
        body: fields.get("body").to_owned(),
        section_id: fields.get("section_id").to_owned(),
        level: fields.get("level").to_owned(),
    };
    let mut errors = FormErrors::default();
    let section_id = parse_section(&ctx, &form.section_id, &mut errors).await?;
    let level = Level::parse(&form.level);
    if level.is_none() {
        errors.push("level", "error-choice-invalid");
    }
    let text = ArticleText::parse(&form.title, &form.standfirst, &form.body)
        .map_err(|e| errors.0.extend(e))
        .ok();
    if !crate::services::cards::missing(&ctx.state, &form.body)
        .await?
        .is_empty()
    {
        errors.push("body", "error-service-card-missing");
    }
    if !crate::observatory::embed::missing(&ctx.state, &form.body)
        .await?
        .is_empty()
    {
        errors.push("body", "error-chart-missing");
    }
    let slug = match &text {
        Some(text) => choose_slug(&ctx, &form.slug, &text.title, Lang::It, None)
            .await?
            .map_err(|e| errors.0.push(e))
            .ok(),
        None => None,
    };
    let (Some(text), Some(slug), Some(level), true) = (text, slug, level, errors.is_empty()) else {
        return invalid(&NewPage {
            shell: ctx.shell("article-new-title"),
            notice: None,
            errors,
            form,
            sections: ctx.state.db.sections(ctx.lang).await?,
            levels: Level::ALL,
        });
    };
    let html = markdown::to_html(&text.body);
    let plain = markdown::to_text(&text.body);
    let id = ctx
        .state
        .db
        .create_article(&NewArticle {
            section_id,
            level,
            created_by: staff.0.user.id.0,
            text: TranslationInput {
                lang: Lang::It,
                slug: slug.as_str(),
                title: &text.title,
                standfirst: &text.standfirst,
                body_markdown: &text.body,
                body_html: &html,
                body_text: &plain,
            },
            is_example: false,
            source_note: "",
        })
        .await?
        // The address was taken between the check and the insert.
        .ok_or(WebError::BadRequest("error-slug-taken"))?;
    Ok(Redirect::to(&format!("/admin/articoli/{}?fatto=salvato", id.0)).into_response())
}
