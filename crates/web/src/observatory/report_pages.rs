//! The Osservatorio's reports on the public site: the list, newest first,
//! each report's page with its metadata and the datasets it draws on, and
//! the PDF itself. Only published reports exist here.

use agoral_domain::{
    lang::Lang,
    observatory::{
        dcat::Licence,
        report::{Report, download_name},
    },
};
use askama::Template;
use axum::{
    extract::Path,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

use crate::{
    cache::PUBLIC_CACHE_CONTROL,
    error::WebError,
    observatory::human_size,
    render::{Ctx, Shell, page},
};

/// A report as lists show it.
pub struct ReportItem {
    pub title: String,
    pub abstract_text: String,
    pub authors: String,
    /// ISO date, for `<time datetime>`.
    pub date_iso: String,
    /// The date as the site shows dates (`26/11/2026`).
    pub date: String,
    pub link: String,
}

impl ReportItem {
    pub fn of(report: &Report, lang: Lang) -> ReportItem {
        let text = report.text(lang);
        let date = report.input.published_on;
        ReportItem {
            title: text.title.clone(),
            abstract_text: text.abstract_text.clone(),
            authors: report.input.authors.clone(),
            date_iso: date.to_string(),
            date: date.strftime("%d/%m/%Y").to_string(),
            link: lang.localise_path(&format!("/osservatorio/rapporti/{}", report.input.slug)),
        }
    }
}

#[derive(Template)]
#[template(path = "observatory/reports.html")]
struct ListPage {
    shell: Shell,
    items: Vec<ReportItem>,
}

pub async fn list_reports(ctx: Ctx) -> Result<Response, WebError> {
    let items = ctx
        .state
        .db
        .reports(true)
        .await?
        .iter()
        .map(|r| ReportItem::of(r, ctx.lang))
        .collect();
    page(&ListPage {
        shell: ctx.shell("report-list-title"),
        items,
    })
}

async fn public_report(ctx: &Ctx, slug: &str) -> Result<Report, WebError> {
    if slug.len() > 100 {
        return Err(WebError::NotFound);
    }
    ctx.state
        .db
        .report_by_slug(slug)
        .await?
        .filter(|r| r.input.published)
        .ok_or(WebError::NotFound)
}

#[derive(Template)]
#[template(path = "observatory/report.html")]
struct ReportPage {
    shell: Shell,
    item: ReportItem,
    licence: String,
    licence_url: String,
    /// The published datasets it draws on: (title, link).
    datasets: Vec<(String, String)>,
    download: String,
    size: String,
    pages: Option<i64>,
}

pub async fn show_report(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let report = public_report(&ctx, &slug).await?;
    let mut datasets = Vec::new();
    for id in &report.input.datasets {
        if let Some(d) = ctx.state.db.dataset(*id).await?
            && d.input.published
        {
            datasets.push((
                d.text(ctx.lang).title.clone(),
                ctx.lang
                    .localise_path(&format!("/osservatorio/dati/{}", d.input.slug)),
            ));
        }
    }
    let licence = report.input.licence.parse::<Licence>().ok();
    let item = ReportItem::of(&report, ctx.lang);
    page(&ReportPage {
        shell: ctx
            .shell_titled(item.title.clone())
            .with_updated(report.updated_at),
        download: format!("{}/documento.pdf", item.link),
        item,
        licence: licence
            .map(|l| ctx.t(l.label_key()))
            .unwrap_or_else(|| report.input.licence.clone()),
        licence_url: licence.map(|l| l.uri().to_owned()).unwrap_or_default(),
        datasets,
        size: human_size(report.byte_size.max(0) as u64),
        pages: report.page_count,
    })
}

/// `…/rapporti/{slug}/documento.pdf`: the file, shown in the browser.
pub async fn download_report(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let report = public_report(&ctx, &slug).await?;
    let bytes = ctx
        .state
        .media
        .get(&report.storage_key)
        .await
        .map_err(WebError::internal)?
        .ok_or_else(|| {
            WebError::internal(format!("report file {} is missing", report.storage_key))
        })?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    // The slug is made of ASCII letters, digits and dashes: no quoting.
    if let Ok(v) = HeaderValue::from_str(&format!(
        "inline; filename=\"{}\"",
        download_name(&report.input.slug)
    )) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PUBLIC_CACHE_CONTROL),
    );
    Ok(response)
}
