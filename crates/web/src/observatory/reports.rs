//! The Osservatorio's reports in the back office: the list, and one form
//! (multipart, the PDF with its metadata) to add a report or to change it
//! and, optionally, replace its file. Nothing is stored until the whole
//! form is valid; the file goes to the media store under a fresh key.

use std::str::FromStr;

use agoral_db::datasets::Save;
use agoral_domain::{
    FieldError,
    articles::Slug,
    audit::AuditAction,
    clean_text,
    lang::Lang,
    observatory::{
        dataset::DatasetId,
        dcat::Licence,
        report::{Report, ReportFile, ReportId, ReportInput, ReportText, download_name},
    },
    time::Timestamp,
};
use askama::Template;
use axum::{
    body::Bytes,
    extract::{Query, Request},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use rand::RngCore;

use crate::{
    accounts::NoticeQuery,
    admin::IdPath,
    audit,
    error::WebError,
    forms::FormErrors,
    observatory::pdf,
    render::{Ctx, Shell, invalid, page},
    session::{Analyst, ClientAddress},
};

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct ReportForm {
    pub slug: String,
    /// (language, title, abstract) for each language.
    pub texts: Vec<(Lang, String, String)>,
    pub authors: String,
    pub published_on: String,
    pub licence: String,
    pub datasets: Vec<String>,
    pub published: bool,
}

/// The form's field names for one language's texts.
pub const fn field_names(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::It => ("title_it", "abstract_it"),
        Lang::En => ("title_en", "abstract_en"),
        Lang::Fr => ("title_fr", "abstract_fr"),
        Lang::Ar => ("title_ar", "abstract_ar"),
    }
}

impl ReportForm {
    pub fn empty() -> ReportForm {
        ReportForm {
            texts: Lang::ALL
                .iter()
                .map(|l| (*l, String::new(), String::new()))
                .collect(),
            licence: Licence::CcBy40.code().to_owned(),
            published_on: Timestamp::now().date_iso(),
            ..ReportForm::default()
        }
    }

    /// The fields as sent: (name, value), a name repeated for checkboxes.
    pub fn from_pairs(pairs: &[(String, String)]) -> ReportForm {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        ReportForm {
            slug: get("slug"),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    let (title, abstract_text) = field_names(*l);
                    (*l, get(title), get(abstract_text))
                })
                .collect(),
            authors: get("authors"),
            published_on: get("published_on"),
            licence: get("licence"),
            datasets: pairs
                .iter()
                .filter(|(n, _)| n == "datasets")
                .map(|(_, v)| v.clone())
                .collect(),
            published: matches!(get("published").as_str(), "on" | "1"),
        }
    }

    pub fn from_report(report: &Report) -> ReportForm {
        let input = &report.input;
        ReportForm {
            slug: input.slug.clone(),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    let text = input
                        .texts
                        .iter()
                        .find(|(x, _)| x == l)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default();
                    (*l, text.title, text.abstract_text)
                })
                .collect(),
            authors: input.authors.clone(),
            published_on: input.published_on.to_string(),
            licence: input.licence.clone(),
            datasets: input.datasets.iter().map(|d| d.0.to_string()).collect(),
            published: input.published,
        }
    }

    pub fn has_dataset(&self, id: &i64) -> bool {
        let id = id.to_string();
        self.datasets.contains(&id)
    }

    /// Checks everything but the file; `datasets` are the known ids.
    pub fn parse(&self, datasets: &[DatasetId]) -> Result<ReportInput, Vec<FieldError>> {
        let mut errors = Vec::<FieldError>::new();
        let mut keep = |r: Result<String, FieldError>| {
            r.unwrap_or_else(|e| {
                errors.push(e);
                String::new()
            })
        };
        let mut texts = Vec::new();
        for (lang, title, abstract_text) in &self.texts {
            let required = *lang == Lang::It;
            let (f_title, f_abstract) = field_names(*lang);
            let title = keep(clean_text(
                f_title,
                title,
                usize::from(required),
                300,
                false,
            ));
            let abstract_text = keep(clean_text(f_abstract, abstract_text, 0, 5000, true));
            if title.is_empty() && !required {
                continue;
            }
            texts.push((
                *lang,
                ReportText {
                    title,
                    abstract_text,
                },
            ));
        }
        let authors = keep(clean_text("authors", &self.authors, 0, 500, false));
        let slug_source = if self.slug.trim().is_empty() {
            self.texts.first().map(|(_, t, _)| t.as_str()).unwrap_or("")
        } else {
            self.slug.as_str()
        };
        let slug = match Slug::parse(slug_source) {
            Ok(slug) => slug.as_str().to_owned(),
            Err(e) => {
                // The Italian title says why when it is missing.
                if !errors.iter().any(|x| x.field == "title_it") {
                    errors.push(e);
                }
                String::new()
            }
        };
        let published_on = match self.published_on.trim().parse::<jiff::civil::Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                let message = if self.published_on.trim().is_empty() {
                    "error-required"
                } else {
                    "error-date-invalid"
                };
                errors.push(FieldError::new("published_on", message));
                None
            }
        };
        let licence = match Licence::from_str(&self.licence) {
            Ok(l) => l.code().to_owned(),
            Err(_) => {
                errors.push(FieldError::new("licence", "error-choice-invalid"));
                String::new()
            }
        };
        let mut linked = Vec::new();
        for value in &self.datasets {
            match value.trim().parse::<i64>().map(DatasetId) {
                Ok(id) if datasets.contains(&id) => {
                    if !linked.contains(&id) {
                        linked.push(id);
                    }
                }
                _ => {
                    errors.push(FieldError::new("datasets", "error-choice-invalid"));
                    break;
                }
            }
        }
        match published_on {
            Some(published_on) if errors.is_empty() => Ok(ReportInput {
                slug,
                published: self.published,
                published_on,
                licence,
                authors,
                texts,
                datasets: linked,
            }),
            _ => Err(errors),
        }
    }
}

/// A report in the back office list.
pub struct ReportRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub published_on: String,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "observatory/reports_admin.html")]
struct ListPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    reports: Vec<ReportRow>,
}

pub async fn list_reports(
    ctx: Ctx,
    _analyst: Analyst,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let reports = ctx
        .state
        .db
        .reports(false)
        .await?
        .into_iter()
        .map(|r| ReportRow {
            id: r.id.0,
            title: r.text(ctx.lang).title.clone(),
            slug: r.input.slug,
            published_on: r.input.published_on.to_string(),
            published: r.input.published,
        })
        .collect();
    page(&ListPage {
        shell: ctx.shell("report-admin-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        reports,
    })
}

#[derive(Template)]
#[template(path = "observatory/report_form.html")]
struct FormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: ReportForm,
    licences: &'static [Licence],
    /// Every dataset: (id, title).
    datasets: Vec<(i64, String)>,
    action: String,
    /// The report being edited.
    report: Option<Report>,
    max_mb: usize,
}

impl FormPage {
    fn names(&self, lang: &Lang) -> (&'static str, &'static str) {
        field_names(*lang)
    }

    fn size(&self) -> String {
        self.report
            .as_ref()
            .map(|r| crate::observatory::human_size(r.byte_size as u64))
            .unwrap_or_default()
    }
}

async fn form_page(
    ctx: &Ctx,
    form: ReportForm,
    errors: FormErrors,
    report: Option<Report>,
) -> Result<FormPage, WebError> {
    let mut datasets: Vec<(i64, String)> = ctx
        .state
        .db
        .datasets(false)
        .await?
        .iter()
        .map(|d| (d.id.0, d.text(ctx.lang).title.clone()))
        .collect();
    datasets.sort_by_key(|a| a.1.to_lowercase());
    Ok(FormPage {
        shell: ctx.shell(if report.is_some() {
            "report-edit"
        } else {
            "report-new"
        }),
        notice: None,
        errors,
        form,
        licences: Licence::ALL,
        datasets,
        action: report
            .as_ref()
            .map(|r| format!("/admin/osservatorio/rapporti/{}", r.id.0))
            .unwrap_or_else(|| "/admin/osservatorio/rapporti/nuovo".to_owned()),
        report,
        max_mb: ctx.state.config.max_upload_bytes / (1024 * 1024),
    })
}

pub async fn new_report(ctx: Ctx, _analyst: Analyst) -> Result<Response, WebError> {
    page(&form_page(&ctx, ReportForm::empty(), FormErrors::default(), None).await?)
}

pub async fn edit_report(
    ctx: Ctx,
    _analyst: Analyst,
    id: IdPath,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let report = ctx
        .state
        .db
        .report(ReportId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let form = ReportForm::from_report(&report);
    let mut form_page = form_page(&ctx, form, FormErrors::default(), Some(report)).await?;
    form_page.notice = query.notice();
    page(&form_page)
}

/// The form as sent: its fields, and the file or why it was refused.
struct Sent {
    pairs: Vec<(String, String)>,
    /// The uploaded name and bytes; `None` when no file was chosen.
    file: Option<(String, Bytes)>,
    /// Why the file could not even be received.
    file_error: Option<&'static str>,
}

/// Reads the multipart form. The access layer has already checked its
/// anti-forgery token and bounded the whole body; here the file gets the
/// upload limit of its own and each text field a small one.
async fn read_form(request: Request, limit: usize) -> Result<Sent, WebError> {
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or(WebError::BadRequest("error-400-text"))?;
    let constraints = multer::Constraints::new().size_limit(
        multer::SizeLimit::new()
            .per_field(64 * 1024)
            .for_field("file", limit as u64),
    );
    let stream = request.into_body().into_data_stream();
    let mut multipart = multer::Multipart::with_constraints(stream, boundary, constraints);
    let mut sent = Sent {
        pairs: Vec::new(),
        file: None,
        file_error: None,
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(multer::Error::FieldSizeExceeded { field_name, .. }) => {
                if field_name.as_deref() == Some("file") {
                    sent.file_error = Some("report-error-too-large");
                    break;
                }
                return Err(WebError::BadRequest("error-400-text"));
            }
            Err(_) => return Err(WebError::BadRequest("error-400-text")),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name: String = field
                .file_name()
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_control() && !matches!(c, '/' | '\\' | '"'))
                .take(200)
                .collect();
            match field.bytes().await {
                // A browser sends an empty part when no file was chosen.
                Ok(bytes) if bytes.is_empty() => {}
                Ok(bytes) => sent.file = Some((file_name, bytes)),
                Err(multer::Error::FieldSizeExceeded { .. }) => {
                    sent.file_error = Some("report-error-too-large");
                    break;
                }
                Err(_) => return Err(WebError::BadRequest("error-400-text")),
            }
        } else {
            let value = field
                .text()
                .await
                .map_err(|_| WebError::BadRequest("error-400-text"))?;
            sent.pairs.push((name, value));
        }
    }
    Ok(sent)
}

/// Checks the form and reads the file; `None` for the file when none was
/// sent. Errors are the form's, to show again.
async fn check(
    ctx: &Ctx,
    sent: Sent,
    file_required: bool,
) -> Result<
    (
        ReportForm,
        Result<(ReportInput, Option<ReportFile>), FormErrors>,
    ),
    WebError,
> {
    let form = ReportForm::from_pairs(&sent.pairs);
    let known: Vec<DatasetId> = ctx
        .state
        .db
        .datasets(false)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let parsed = form.parse(&known);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let mut file = None;
    match (sent.file_error, sent.file) {
        (Some(message), _) => errors.push(FieldError::new("file", message)),
        (None, None) if file_required => {
            errors.push(FieldError::new("file", "report-error-no-file"));
        }
        (None, None) => {}
        (None, Some((file_name, bytes))) => {
            let byte_size = bytes.len() as i64;
            match pdf::read(bytes.clone(), pdf::TIME_LIMIT).await {
                Ok(reading) => file = Some((file_name, bytes, byte_size, reading)),
                Err(refused) => errors.push(FieldError::new("file", refused.message())),
            }
        }
    }
    let input = match parsed {
        Ok(input) if errors.is_empty() => input,
        _ => return Ok((form, Err(FormErrors(errors)))),
    };
    // Only a fully valid form stores its file.
    let stored = match file {
        Some((file_name, bytes, byte_size, reading)) => {
            let storage_key = new_storage_key();
            ctx.state
                .media
                .put(&storage_key, bytes.to_vec())
                .await
                .map_err(WebError::internal)?;
            Some(ReportFile {
                storage_key,
                file_name: if file_name.is_empty() {
                    download_name(&input.slug)
                } else {
                    file_name
                },
                byte_size,
                page_count: reading.page_count,
                text: reading.text,
            })
        }
        None => None,
    };
    Ok((form, Ok((input, stored))))
}

/// A key never used before: `rapporti/2026/11/<random>.pdf`.
fn new_storage_key() -> String {
    let mut random = [0u8; 10];
    rand::thread_rng().fill_bytes(&mut random);
    format!(
        "rapporti/{}/{}.pdf",
        Timestamp::now().year_month_path(),
        data_encoding::BASE32_NOPAD
            .encode(&random)
            .to_ascii_lowercase()
    )
}

/// Where to go after saving: the edit page, telling the analyst when the
/// file gave no text for the search.
fn saved(id: ReportId, file: Option<&ReportFile>) -> Response {
    let code = match file {
        Some(f) if f.text.is_empty() => "senza-testo",
        _ => "salvato",
    };
    Redirect::to(&format!(
        "/admin/osservatorio/rapporti/{}?fatto={code}",
        id.0
    ))
    .into_response()
}

async fn remove_file(ctx: &Ctx, file: Option<&ReportFile>) {
    if let Some(file) = file
        && let Err(e) = ctx.state.media.delete(&file.storage_key).await
    {
        tracing::warn!(error = %e, key = %file.storage_key, "a report file was left behind");
    }
}

fn slug_taken() -> FormErrors {
    let mut errors = FormErrors::default();
    errors.push("slug", "report-slug-taken");
    errors
}

/// `POST /admin/osservatorio/rapporti/nuovo`.
pub async fn create_report(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    request: Request,
) -> Result<Response, WebError> {
    let sent = read_form(request, ctx.state.config.max_upload_bytes).await?;
    let (form, checked) = check(&ctx, sent, true).await?;
    let (input, file) = match checked {
        Ok((input, Some(file))) => (input, file),
        Ok((_, None)) => return Err(WebError::internal("a new report without its file")),
        Err(errors) => return invalid(&form_page(&ctx, form, errors, None).await?),
    };
    let saved_as = ctx
        .state
        .db
        .create_report(&input, &file, Some(analyst.user.id.0))
        .await;
    let id = match saved_as {
        Ok(Save::Saved(id)) => id,
        Ok(Save::SlugTaken | Save::Missing) => {
            remove_file(&ctx, Some(&file)).await;
            return invalid(&form_page(&ctx, form, slug_taken(), None).await?);
        }
        Err(e) => {
            remove_file(&ctx, Some(&file)).await;
            return Err(e.into());
        }
    };
    audit::record(
        &ctx.state,
        AuditAction::ReportSaved,
        Some(analyst.user.id.0),
        None,
        address,
        format!(
            "{} #{}: {} ({} B)",
            input.slug, id.0, file.file_name, file.byte_size
        ),
    )
    .await;
    Ok(saved(id, Some(&file)))
}

/// `POST /admin/osservatorio/rapporti/{id}`: the metadata, and the file
/// when a new one is chosen (the old one is removed once the new one is
/// recorded).
pub async fn update_report(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    request: Request,
) -> Result<Response, WebError> {
    let id = ReportId(id.0);
    let report = ctx.state.db.report(id).await?.ok_or(WebError::NotFound)?;
    let sent = read_form(request, ctx.state.config.max_upload_bytes).await?;
    let (form, checked) = check(&ctx, sent, false).await?;
    let (input, file) = match checked {
        Ok(checked) => checked,
        Err(errors) => return invalid(&form_page(&ctx, form, errors, Some(report)).await?),
    };
    let saved_as = ctx.state.db.update_report(id, &input, file.as_ref()).await;
    match saved_as {
        Ok(Save::Saved(_)) => {}
        Ok(Save::SlugTaken) => {
            remove_file(&ctx, file.as_ref()).await;
            return invalid(&form_page(&ctx, form, slug_taken(), Some(report)).await?);
        }
        Ok(Save::Missing) => {
            remove_file(&ctx, file.as_ref()).await;
            return Err(WebError::NotFound);
        }
        Err(e) => {
            remove_file(&ctx, file.as_ref()).await;
            return Err(e.into());
        }
    }
    let mut detail = format!("{} #{}", input.slug, id.0);
    if let Some(file) = &file {
        detail.push_str(&format!(": {} ({} B)", file.file_name, file.byte_size));
        if let Err(e) = ctx.state.media.delete(&report.storage_key).await {
            tracing::warn!(error = %e, key = %report.storage_key, "a replaced report file was left behind");
        }
    }
    audit::record(
        &ctx.state,
        AuditAction::ReportSaved,
        Some(analyst.user.id.0),
        None,
        address,
        detail,
    )
    .await;
    Ok(saved(id, file.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid form with `changes` first: a field is read from its first
    /// occurrence, so these replace the valid values after them.
    fn errors_with(changes: &[(&str, &str)]) -> Result<ReportInput, Vec<&'static str>> {
        let valid = [
            ("title_it", "Rapporto annuale"),
            ("published_on", "2025-03-01"),
            ("licence", "cc-by-4.0"),
        ];
        let pairs: Vec<(String, String)> = changes
            .iter()
            .chain(valid.iter())
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        ReportForm::from_pairs(&pairs)
            .parse(&[DatasetId(7)])
            .map_err(|errors| errors.iter().map(|e| e.field).collect())
    }

    #[test]
    fn a_valid_form_reads_whole() {
        let input = errors_with(&[
            ("datasets", "7"),
            ("datasets", "7"),
            ("title_en", "Annual report"),
            ("authors", "Anna Rossi, Marco Bianchi"),
            ("published", "on"),
        ])
        .expect("valid");
        assert_eq!(input.slug, "rapporto-annuale");
        assert_eq!(input.datasets, vec![DatasetId(7)]);
        assert_eq!(input.texts.len(), 2, "untranslated languages are left out");
        assert!(input.published);
        assert_eq!(input.published_on.to_string(), "2025-03-01");
    }

    #[test]
    fn bad_fields_are_named() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("title_it", "")], "title_it"),
            (&[("published_on", "2025-13-45")], "published_on"),
            (&[("published_on", "")], "published_on"),
            (&[("licence", "proprietaria")], "licence"),
            (&[("datasets", "8")], "datasets"),
            (&[("datasets", "sette")], "datasets"),
            (&[("slug", "!!!")], "slug"),
            (&[("authors", "a\u{0}b")], "authors"),
        ];
        for (changes, field) in cases {
            assert_eq!(
                errors_with(changes).err(),
                Some(vec![*field]),
                "{changes:?}"
            );
        }
    }
}
