//! Static pages (the footer pages and any other page administrators add).

use agoral_domain::{lang::Lang, pages::is_valid_slug};
use askama::Template;
use axum::{extract::Path, response::Response};

use crate::{
    error::WebError,
    forms::FormErrors,
    markdown,
    public::problem_reports::ReportForm,
    render::{Ctx, Shell, page},
};

#[derive(Template)]
#[template(path = "public/page.html")]
pub struct PageView {
    pub shell: Shell,
    pub body_html: String,
    /// The page is shown in Italian because it has no version in the
    /// reader's language.
    pub fallback: bool,
    pub show_report_form: bool,
    pub form: ReportForm,
    pub errors: FormErrors,
    pub sent: bool,
}

/// Builds the view of a page, falling back to the Italian version.
pub async fn page_view(ctx: &Ctx, slug: &str) -> Result<PageView, WebError> {
    let (page, fallback) = match ctx.state.db.page(slug, ctx.lang).await? {
        Some(page) => (page, false),
        None if ctx.lang != Lang::It => match ctx.state.db.page(slug, Lang::It).await? {
            Some(page) => (page, true),
            None => return Err(WebError::NotFound),
        },
        None => return Err(WebError::NotFound),
    };
    Ok(PageView {
        shell: ctx
            .shell_titled(page.title.clone())
            .with_updated(page.updated_at),
        body_html: markdown::to_html(&page.body_markdown),
        fallback,
        show_report_form: false,
        form: ReportForm::default(),
        errors: FormErrors::default(),
        sent: false,
    })
}

/// A malformed slug (wrong characters, bad percent-encoding) is a 404
/// before any query runs.
pub async fn show_page(
    ctx: Ctx,
    slug: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Response, WebError> {
    let Ok(Path(slug)) = slug else {
        return Err(WebError::NotFound);
    };
    if !is_valid_slug(&slug) {
        return Err(WebError::NotFound);
    }
    page(&page_view(&ctx, &slug).await?)
}
