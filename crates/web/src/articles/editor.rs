//! The story editor: one language at a time, a plain form that works
//! without JavaScript, a server-rendered preview, and no lost work — a save
//! based on an older version is refused with both texts kept on the page.

use agoral_db::articles::{SaveOutcome, TranslationInput};
use agoral_domain::{
    articles::{Article, ArticleId, ArticleState, ArticleText, Comment, Level, Section},
    comuni::{Comune, IstatCode},
    lang::Lang,
};
use askama::Template;
use axum::{
    extract::Query,
    http::StatusCode,
    response::{Html, IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use crate::{
    accounts::notice,
    admin::IdPath,
    articles::{
        desk::{choose_slug, parse_section},
        load_for_desk,
    },
    error::WebError,
    forms::{Fields, FormErrors},
    markdown,
    render::{Ctx, Shell, page},
    session::Staff,
};

/// The editor's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct EditorForm {
    pub version: i64,
    pub title: String,
    pub slug: String,
    pub standfirst: String,
    pub body: String,
    pub section_id: String,
    pub level: String,
    pub comuni: Vec<String>,
    /// Comma-separated tag names.
    pub tags: String,
    /// User ids of the byline, in order.
    pub authors: Vec<String>,
    /// For search engines and link previews (empty: title and standfirst).
    pub seo_title: String,
    pub seo_description: String,
}

/// Places for names in the byline form.
pub const BYLINE_SLOTS: usize = 5;

/// Parses the comma-separated tags typed in the editor into (slug, name)
/// pairs: at most 20, each 1 to 60 characters, duplicates dropped.
pub fn parse_tags(value: &str) -> Result<Vec<(String, String)>, &'static str> {
    let mut tags: Vec<(String, String)> = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let name = agoral_domain::clean_text("tags", name, 1, 60, false)
            .map_err(|_| "error-tags-invalid")?;
        let slug = agoral_domain::articles::slugify(&name);
        if slug.is_empty() {
            return Err("error-tags-invalid");
        }
        if !tags.iter().any(|(s, _)| *s == slug) {
            tags.push((slug, name));
        }
    }
    if tags.len() > 20 {
        return Err("error-tags-invalid");
    }
    Ok(tags)
}

#[derive(Template)]
#[template(path = "articles/editor.html")]
pub struct EditorPage {
    pub shell: Shell,
    pub notice: Option<&'static str>,
    pub errors: FormErrors,
    pub article: Article,
    pub lang: Lang,
    pub langs: [Lang; 4],
    /// Languages that have a version already.
    pub existing: Vec<Lang>,
    pub form: EditorForm,
    pub sections: Vec<Section>,
    pub levels: [Level; 4],
    pub all_comuni: Vec<Comune>,
    pub preview_html: Option<String>,
    /// On a conflict: the text somebody else saved, shown beside yours.
    pub theirs: Option<(String, String, String)>,
    pub actions: Vec<&'static str>,
    pub comments: Vec<Comment>,
    pub public_path: Option<String>,
    pub is_editor: bool,
    pub featured: Option<agoral_domain::media::Media>,
    pub signers: Vec<agoral_db::authors::Signer>,
    /// An automatic draft newer than the saved text, offered for restoring.
    pub autosave: Option<agoral_db::kept::Autosave>,
    /// The form shows the automatic draft instead of the saved text.
    pub from_autosave: bool,
}

impl EditorPage {
    pub fn state_key(&self) -> String {
        self.article.state.label_key()
    }

    pub fn has_action(&self, name: &str) -> bool {
        self.actions.contains(&name)
    }

    pub fn comune_selected(&self, code: &IstatCode) -> bool {
        self.form.comuni.iter().any(|c| c == code.as_str())
    }

    /// The user id in byline place `slot` (empty when none).
    pub fn author_at(&self, slot: &usize) -> &str {
        self.form.authors.get(*slot).map_or("", String::as_str)
    }

    pub fn byline_slots(&self) -> std::ops::Range<usize> {
        0..BYLINE_SLOTS
    }
}

#[derive(Debug, Deserialize)]
pub struct EditorQuery {
    lingua: Option<String>,
    fatto: Option<String>,
    /// `1`: fill the form from the automatic draft.
    bozza: Option<String>,
}

/// Steps offered in a state, by name (the domain decides if they are allowed).
fn actions_for(state: ArticleState, is_editor: bool) -> Vec<&'static str> {
    use ArticleState as S;
    let all: &[&'static str] = match state {
        S::Draft => &["submit"],
        S::InReview => &["approve", "request_changes", "schedule", "publish"],
        S::Approved => &["schedule", "publish", "request_changes"],
        S::Scheduled => &["publish", "unschedule", "request_changes"],
        S::Published => &["unpublish", "archive"],
        S::Archived => &["restore"],
    };
    all.iter()
        .copied()
        .filter(|a| is_editor || *a == "submit")
        .collect()
}

pub async fn editor_page(
    ctx: &Ctx,
    staff: &Staff,
    article: Article,
    lang: Lang,
    form: Option<EditorForm>,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> Result<EditorPage, WebError> {
    let db = &ctx.state.db;
    let translations = db.article_translations(article.id).await?;
    let seo = db.article_seo(article.id, lang).await?;
    let form = match form {
        Some(form) => form,
        None => {
            let own = translations.iter().find(|t| t.lang == lang);
            EditorForm {
                version: article.version,
                title: own.map(|t| t.title.clone()).unwrap_or_default(),
                slug: own.map(|t| t.slug.clone()).unwrap_or_default(),
                standfirst: own.map(|t| t.standfirst.clone()).unwrap_or_default(),
                body: own.map(|t| t.body_markdown.clone()).unwrap_or_default(),
                section_id: article
                    .section_id
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                level: article.level.as_str().to_owned(),
                comuni: article.comuni.clone(),
                tags: db
                    .article_tags(article.id, Lang::It)
                    .await?
                    .iter()
                    .map(|t| t.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                authors: article
                    .authors
                    .iter()
                    .map(|a| a.user_id.to_string())
                    .collect(),
                seo_title: seo.0,
                seo_description: seo.1,
            }
        }
    };
    let featured = match article.featured_media_id {
        Some(id) => db.media(id).await?,
        None => None,
    };
    let is_editor = staff.0.user.has_role(agoral_domain::accounts::Role::Editor);
    let public_path = article.state.is_public().then(|| {
        let slug = translations
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| translations.iter().find(|t| t.lang == Lang::It))
            .map(|t| t.slug.clone())
            .unwrap_or_default();
        crate::articles::public::article_path(lang, &slug)
    });
    let title = translations
        .iter()
        .find(|t| t.lang == Lang::It)
        .map(|t| t.title.clone())
        .unwrap_or_default();
    Ok(EditorPage {
        shell: ctx.shell_titled(format!("{} — {}", ctx.t("editor-title"), title)),
        notice,
        errors,
        lang,
        langs: Lang::ALL,
        existing: translations.iter().map(|t| t.lang).collect(),
        form,
        sections: db.sections(ctx.lang).await?,
        levels: Level::ALL,
        all_comuni: db.comuni().await?,
        preview_html: None,
        theirs: None,
        actions: actions_for(article.state, is_editor),
        comments: db.article_comments(article.id).await?,
        public_path,
        is_editor,
        featured,
        signers: db.signers().await?,
        autosave: None,
        from_autosave: false,
        article,
    })
}

pub async fn edit_article(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    Query(query): Query<EditorQuery>,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let lang = query
        .lingua
        .as_deref()
        .map(|l| Lang::from_code(l).ok_or(WebError::NotFound))
        .transpose()?
        .unwrap_or(Lang::It);
    let notice = notice(query.fatto.as_deref());
    let mut view = editor_page(
        &ctx,
        &staff,
        article,
        lang,
        None,
        FormErrors::default(),
        notice,
    )
    .await?;
    // An automatic draft newer than the saved text, and different from it.
    let saved_at = ctx
        .state
        .db
        .article_translations(view.article.id)
        .await?
        .into_iter()
        .find(|t| t.lang == lang)
        .map_or(0, |t| t.updated_at.0);
    let autosave = ctx
        .state
        .db
        .autosave(view.article.id.0, lang, staff.0.user.id.0)
        .await?
        .filter(|a| {
            a.saved_at.0 >= saved_at
                && (a.title != view.form.title
                    || a.standfirst != view.form.standfirst
                    || a.body_markdown != view.form.body)
        });
    if let Some(draft) = &autosave
        && query.bozza.as_deref() == Some("1")
    {
        view.form.title = draft.title.clone();
        view.form.standfirst = draft.standfirst.clone();
        view.form.body = draft.body_markdown.clone();
        view.from_autosave = true;
    } else {
        view.autosave = autosave;
    }
    page(&view)
}

/// `POST /admin/articoli/{id}/bozza`: the editor's script keeps what is
/// being typed, every few seconds. It never changes the story; the editor
/// offers it back when it is newer than the saved text.
pub async fn autosave(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let lang = Lang::from_code(fields.get("lang")).ok_or(WebError::BadRequest("error-400-text"))?;
    let clip = |value: &str, max: usize| value.chars().take(max).collect::<String>();
    let draft = agoral_db::kept::Autosave {
        title: clip(fields.get("title"), 1000),
        standfirst: clip(fields.get("standfirst"), 5000),
        body_markdown: clip(fields.get("body"), 500_000),
        saved_at: agoral_domain::time::Timestamp::now(),
    };
    ctx.state
        .db
        .save_autosave(article.id.0, lang, staff.0.user.id.0, &draft)
        .await?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        format!("{{\"saved_at\":\"{}\"}}", draft.saved_at.datetime_short()),
    )
        .into_response())
}

pub async fn save_article(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let lang = Lang::from_code(fields.get("lang")).ok_or(WebError::BadRequest("error-400-text"))?;
    let form = EditorForm {
        version: fields.get("version").parse().unwrap_or(-1),
        title: fields.get("title").to_owned(),
        slug: fields.get("slug").to_owned(),
        standfirst: fields.get("standfirst").to_owned(),
        body: fields.get("body").to_owned(),
        section_id: fields.get("section_id").to_owned(),
        level: fields.get("level").to_owned(),
        comuni: fields
            .get_all("comuni")
            .into_iter()
            .map(str::to_owned)
            .collect(),
        tags: fields.get("tags").to_owned(),
        authors: fields
            .get_all("authors")
            .into_iter()
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        seo_title: fields.get("seo_title").to_owned(),
        seo_description: fields.get("seo_description").to_owned(),
    };
    let mut errors = FormErrors::default();
    let text = ArticleText::parse(&form.title, &form.standfirst, &form.body)
        .map_err(|e| errors.0.extend(e))
        .ok();

    // Preview: render what was typed, save nothing.
    if fields.get("azione") == "anteprima" {
        let mut view = editor_page(
            &ctx,
            &staff,
            article,
            lang,
            Some(form.clone()),
            errors,
            None,
        )
        .await?;
        let mut preview = markdown::to_html(&form.body);
        crate::services::cards::expand(&ctx.state, lang, &mut preview).await?;
        crate::observatory::embed::expand(&ctx.state, lang, &mut preview).await?;
        view.preview_html = Some(preview);
        return page(&view);
    }

    let italian = lang == Lang::It;
    let (mut section_id, mut level, mut comuni) =
        (article.section_id, article.level, article.comuni.clone());
    let mut tags = Vec::new();
    let mut authors = Vec::new();
    if italian {
        // A form without the byline fields (a script, an older page) keeps
        // the byline as it is.
        if fields.get_all("authors").is_empty() {
            authors = article.authors.iter().map(|a| a.user_id).collect();
        } else {
            match parse_authors(&ctx, &staff, &form.authors).await? {
                Ok(parsed) => authors = parsed,
                Err(message) => errors.push("authors", message),
            }
        }
        match parse_tags(&form.tags) {
            Ok(parsed) => tags = parsed,
            Err(message) => errors.push("tags", message),
        }
        section_id = parse_section(&ctx, &form.section_id, &mut errors).await?;
        match Level::parse(&form.level) {
            Some(l) => level = l,
            None => errors.push("level", "error-choice-invalid"),
        }
        comuni.clear();
        for code in &form.comuni {
            match IstatCode::parse(code) {
                Ok(c) if ctx.state.db.comune(&c).await?.is_some() => comuni.push(c.to_string()),
                _ => {
                    errors.push("comuni", "error-istat-invalid");
                    break;
                }
            }
        }
    }
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
    let seo_title = agoral_domain::clean_text("seo_title", &form.seo_title, 0, 70, false)
        .map_err(|e| errors.0.push(e))
        .unwrap_or_default();
    let seo_description =
        agoral_domain::clean_text("seo_description", &form.seo_description, 0, 160, false)
            .map_err(|e| errors.0.push(e))
            .unwrap_or_default();
    let slug = match &text {
        Some(text) => choose_slug(&ctx, &form.slug, &text.title, lang, Some(article.id))
            .await?
            .map_err(|e| errors.0.push(e))
            .ok(),
        None => None,
    };
    let (Some(text), Some(slug), true) = (text, slug, errors.is_empty()) else {
        let view = editor_page(&ctx, &staff, article, lang, Some(form), errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    };
    let html = markdown::to_html(&text.body);
    let plain = markdown::to_text(&text.body);
    let input = TranslationInput {
        lang,
        slug: slug.as_str(),
        title: &text.title,
        standfirst: &text.standfirst,
        body_markdown: &text.body,
        body_html: &html,
        body_text: &plain,
    };
    match ctx
        .state
        .db
        .save_translation(article.id, form.version, &input, staff.0.user.id.0)
        .await?
    {
        SaveOutcome::Saved { .. } => {
            ctx.state
                .db
                .delete_autosave(article.id.0, lang, staff.0.user.id.0)
                .await?;
            ctx.state
                .db
                .save_article_seo(article.id, lang, &seo_title, &seo_description)
                .await?;
            if italian {
                ctx.state
                    .db
                    .update_article_meta(article.id, section_id, level, &comuni)
                    .await?;
                ctx.state.db.set_article_tags(article.id, &tags).await?;
                ctx.state
                    .db
                    .set_article_authors(article.id, &authors)
                    .await?;
            }
            Ok(Redirect::to(&format!(
                "/admin/articoli/{}?lingua={}&fatto=salvato",
                article.id.0,
                lang.code()
            ))
            .into_response())
        }
        SaveOutcome::SlugTaken => {
            let mut errors = FormErrors::default();
            errors.push("slug", "error-slug-taken");
            let view = editor_page(&ctx, &staff, article, lang, Some(form), errors, None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
        }
        SaveOutcome::Conflict { current_version } => {
            conflict(&ctx, &staff, article.id, lang, form, current_version).await
        }
    }
}

/// The byline chosen in the editor: people who may sign, each once, in
/// order, at least one; an author cannot take their own name off (they
/// would lose the story from their desk).
async fn parse_authors(
    ctx: &Ctx,
    staff: &Staff,
    typed: &[String],
) -> Result<Result<Vec<i64>, &'static str>, WebError> {
    let signers = ctx.state.db.signers().await?;
    let mut authors: Vec<i64> = Vec::new();
    for value in typed {
        let Ok(id) = value.parse::<i64>() else {
            return Ok(Err("error-choice-invalid"));
        };
        if !signers.iter().any(|s| s.user_id == id) {
            return Ok(Err("error-choice-invalid"));
        }
        if !authors.contains(&id) {
            authors.push(id);
        }
    }
    if authors.is_empty() || authors.len() > BYLINE_SLOTS {
        return Ok(Err("error-authors-required"));
    }
    let me = staff.0.user.id.0;
    let is_editor = staff.0.user.has_role(agoral_domain::accounts::Role::Editor);
    if !is_editor && !authors.contains(&me) {
        return Ok(Err("error-authors-self"));
    }
    Ok(Ok(authors))
}

/// `POST /admin/articoli/{id}/immagine`: the featured image, chosen in the
/// media library (an empty choice removes it). A public story only takes
/// an image described in Italian.
pub async fn set_featured_image(
    ctx: Ctx,
    staff: Staff,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let article = load_for_desk(&ctx, &staff, id.0).await?;
    let media = crate::media::library::chosen_media(&ctx, &fields).await?;
    if let Some(media) = &media
        && (article.state.is_public() || article.state == ArticleState::Scheduled)
        && !media.publishable()
    {
        let mut errors = FormErrors::default();
        errors.push("featured", "media-error-alt-required");
        let view = editor_page(&ctx, &staff, article, Lang::It, None, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    ctx.state
        .db
        .set_featured_media(article.id, media.map(|m| m.id))
        .await?;
    Ok(Redirect::to(&format!("/admin/articoli/{}?fatto=salvato", article.id.0)).into_response())
}

/// Somebody saved first: show their text and keep the one typed here in
/// the form, with the new version, so that saving again is a choice.
async fn conflict(
    ctx: &Ctx,
    staff: &Staff,
    id: ArticleId,
    lang: Lang,
    mut form: EditorForm,
    current_version: i64,
) -> Result<Response, WebError> {
    let article = ctx.state.db.article(id).await?.ok_or(WebError::NotFound)?;
    let theirs = ctx
        .state
        .db
        .article_translations(id)
        .await?
        .into_iter()
        .find(|t| t.lang == lang)
        .map(|t| (t.title, t.standfirst, t.body_markdown))
        .unwrap_or_default();
    form.version = current_version;
    let mut errors = FormErrors::default();
    errors.push("form", "error-edit-conflict");
    let mut view = editor_page(ctx, staff, article, lang, Some(form), errors, None).await?;
    view.theirs = Some(theirs);
    Ok((StatusCode::CONFLICT, Html(view.render()?)).into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tags_typed_in_the_editor() {
        let tags = super::parse_tags(" Lavoro, scuola ,, LAVORO, Università ").expect("valid");
        let slugs: Vec<_> = tags.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(slugs, ["lavoro", "scuola", "universita"]);
        assert_eq!(tags[2].1, "Università");
        assert!(super::parse_tags(&"x".repeat(61)).is_err());
        assert!(super::parse_tags("!!!").is_err());
        let many: Vec<String> = (0..21).map(|i| format!("tag{i}")).collect();
        assert!(super::parse_tags(&many.join(",")).is_err());
        assert_eq!(super::parse_tags("").expect("empty is fine").len(), 0);
    }
}
