//! The Osservatorio's back office, for analysts and administrators: the
//! datasets with their DCAT-AP_IT metadata, uploads with an editable
//! preview, imports with a progress bar, and the versions.

use agoral_db::{datasets::Save, jobs::JobStatus};
use agoral_domain::{
    audit::AuditAction,
    observatory::{
        dataset::{DatasetId, Version, VersionStatus},
        dcat::{Frequency, Licence, Theme},
        table::{self, ColumnType, DecimalStyle, Encoding, Preview, Settings},
    },
    organisations::{Organisation, OrganisationId},
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::{Path, Query, Request},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use tokio::io::AsyncWriteExt;

use crate::{
    accounts::NoticeQuery,
    admin::IdPath,
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    observatory::{
        form::{DatasetForm, field_names},
        human_size,
        import::{self, Payload, is_import_file_name},
        staged::{self, Quota, Staged, UploadInfo},
    },
    render::{Ctx, Shell, invalid, page},
    session::{Analyst, ClientAddress},
};

/// How much of a file the preview reads.
const PREVIEW_BYTES: usize = 1 << 20;

/// A dataset in the back office list.
pub struct DatasetRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub published: bool,
    pub version: Option<i64>,
    pub rows: i64,
    pub modified: Timestamp,
}

#[derive(Template)]
#[template(path = "observatory/admin_list.html")]
struct ListPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    datasets: Vec<DatasetRow>,
    charts: Vec<(i64, String, String, bool)>,
}

pub async fn list_datasets(
    ctx: Ctx,
    _analyst: Analyst,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let db = &ctx.state.db;
    let mut datasets = Vec::new();
    for d in db.datasets(false).await? {
        let version = match d.current_version {
            Some(v) => db.version(v).await?,
            None => None,
        };
        datasets.push(DatasetRow {
            id: d.id.0,
            slug: d.input.slug.clone(),
            title: d.text(ctx.lang).title.clone(),
            published: d.input.published,
            version: version.as_ref().map(|v| v.number),
            rows: version.as_ref().map(|v| v.row_count).unwrap_or(0),
            modified: d.modified_at,
        });
    }
    let charts = db
        .all_charts()
        .await?
        .into_iter()
        .map(|c| {
            let title = c.text(ctx.lang).0.to_owned();
            (c.id.0, c.slug, title, c.published)
        })
        .collect();
    page(&ListPage {
        shell: ctx.shell("observatory-admin-title"),
        notice: query.notice(),
        errors: FormErrors::default(),
        datasets,
        charts,
    })
}

#[derive(Template)]
#[template(path = "observatory/dataset_form.html")]
struct FormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: DatasetForm,
    organisations: Vec<Organisation>,
    themes: &'static [Theme],
    licences: &'static [Licence],
    frequencies: &'static [Frequency],
    action: String,
    /// The dataset being edited, with its versions.
    dataset: Option<(i64, String)>,
    versions: Vec<Version>,
    /// Files uploaded for it and not yet imported, by anyone.
    pending: Vec<Staged>,
    max_mb: usize,
}

impl FormPage {
    fn names(
        &self,
        lang: &agoral_domain::lang::Lang,
    ) -> (&'static str, &'static str, &'static str) {
        field_names(*lang)
    }
}

async fn form_page(
    ctx: &Ctx,
    form: DatasetForm,
    errors: FormErrors,
    id: Option<DatasetId>,
) -> Result<FormPage, WebError> {
    let (dataset, versions, pending) = match id {
        Some(id) => (
            Some((id.0, form.slug.clone())),
            ctx.state.db.versions(id).await?,
            staged::list(&ctx.state.config.imports_dir(), |info| info.dataset == id.0).await,
        ),
        None => (None, Vec::new(), Vec::new()),
    };
    Ok(FormPage {
        shell: ctx.shell(if id.is_some() {
            "observatory-dataset-edit"
        } else {
            "observatory-dataset-new"
        }),
        notice: None,
        errors,
        form,
        organisations: ctx.state.db.organisations().await?,
        themes: Theme::ALL,
        licences: Licence::ALL,
        frequencies: Frequency::ALL,
        action: id
            .map(|id| format!("/admin/osservatorio/dati/{}", id.0))
            .unwrap_or_else(|| "/admin/osservatorio/dati/nuovo".to_owned()),
        dataset,
        versions,
        pending,
        max_mb: ctx.state.config.max_dataset_bytes / (1024 * 1024),
    })
}

pub async fn new_dataset(ctx: Ctx, _analyst: Analyst) -> Result<Response, WebError> {
    page(&form_page(&ctx, DatasetForm::empty(), FormErrors::default(), None).await?)
}

async fn parse_form(
    ctx: &Ctx,
    form: &DatasetForm,
) -> Result<Result<agoral_domain::observatory::dataset::DatasetInput, FormErrors>, WebError> {
    let organisations: Vec<OrganisationId> = ctx
        .state
        .db
        .organisations()
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let comuni: Vec<String> = ctx
        .state
        .db
        .comuni()
        .await?
        .into_iter()
        .map(|c| c.code.to_string())
        .collect();
    Ok(form.parse(&organisations, &comuni))
}

/// Saves the metadata form: a new dataset (`id` None) or an existing one.
async fn save_dataset(
    ctx: Ctx,
    analyst: i64,
    address: Option<std::net::IpAddr>,
    fields: Fields,
    id: Option<DatasetId>,
) -> Result<Response, WebError> {
    let form = DatasetForm::from_fields(&fields);
    let input = match parse_form(&ctx, &form).await? {
        Ok(input) => input,
        Err(errors) => return invalid(&form_page(&ctx, form, errors, id).await?),
    };
    let saved = match id {
        Some(id) => ctx.state.db.update_dataset(id, &input).await?,
        None => ctx.state.db.create_dataset(&input, Some(analyst)).await?,
    };
    match saved {
        Save::Saved(saved) => {
            audit::record(
                &ctx.state,
                AuditAction::DatasetSaved,
                Some(analyst),
                None,
                address,
                format!("{} #{}", input.slug, saved.0),
            )
            .await;
            Ok(Redirect::to(&format!(
                "/admin/osservatorio/dati/{}?fatto=salvato",
                saved.0
            ))
            .into_response())
        }
        Save::SlugTaken => {
            let mut errors = FormErrors::default();
            errors.push("slug", "observatory-slug-taken");
            invalid(&form_page(&ctx, form, errors, id).await?)
        }
        Save::Missing => Err(WebError::NotFound),
    }
}

pub async fn create_dataset(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    fields: Fields,
) -> Result<Response, WebError> {
    save_dataset(ctx, analyst.user.id.0, address, fields, None).await
}

pub async fn edit_dataset(
    ctx: Ctx,
    _analyst: Analyst,
    id: IdPath,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let dataset = ctx
        .state
        .db
        .dataset(DatasetId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let mut form_page = form_page(
        &ctx,
        DatasetForm::from_dataset(&dataset),
        FormErrors::default(),
        Some(dataset.id),
    )
    .await?;
    form_page.notice = query.notice();
    page(&form_page)
}

pub async fn update_dataset(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    let id = DatasetId(id.0);
    if ctx.state.db.dataset(id).await?.is_none() {
        return Err(WebError::NotFound);
    }
    save_dataset(ctx, analyst.user.id.0, address, fields, Some(id)).await
}

fn upload_token() -> String {
    data_encoding::HEXLOWER.encode(&rand::random::<[u8; 16]>())
}

#[derive(Template)]
#[template(path = "observatory/upload_error.html")]
struct UploadErrorPage {
    shell: Shell,
    /// Why, translated: it may state a limit.
    message: String,
    back: String,
    /// The analyst's uploads still waiting, when there is no room for one
    /// more: each can be imported or discarded from its preview.
    pending: Vec<Staged>,
}

fn upload_refused(ctx: &Ctx, dataset: i64, message: &'static str) -> Result<Response, WebError> {
    refused_because(ctx, dataset, ctx.t(message), Vec::new())
}

fn refused_because(
    ctx: &Ctx,
    dataset: i64,
    message: String,
    pending: Vec<Staged>,
) -> Result<Response, WebError> {
    invalid(&UploadErrorPage {
        shell: ctx.shell("observatory-upload-refused"),
        message,
        back: format!("/admin/osservatorio/dati/{dataset}"),
        pending,
    })
}

/// The refusal of an upload with no room left: the limits, what is taken,
/// and the uploads waiting, to import or discard.
fn quota_refused(
    ctx: &Ctx,
    dataset: i64,
    quota: Quota,
    pending: Vec<Staged>,
) -> Result<Response, WebError> {
    let message = ctx.state.l10n.get_args(
        ctx.lang,
        "import-error-quota",
        &[
            ("count", quota.files.to_string()),
            ("used", human_size(quota.bytes)),
            ("files", quota.max_files.to_string()),
            ("size", human_size(quota.max_bytes)),
        ],
    );
    refused_because(ctx, dataset, message, pending)
}

/// `POST /admin/osservatorio/dati/{id}/carica`: the file is written to the
/// imports folder as it arrives (never held in memory), with a size limit;
/// the anti-forgery token must come before it in the form.
pub async fn upload(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    request: Request,
) -> Result<Response, WebError> {
    let dataset = ctx
        .state
        .db
        .dataset(DatasetId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or(WebError::BadRequest("error-400-text"))?;
    let limit = ctx.state.config.max_dataset_bytes as u64;
    let stream = request.into_body().into_data_stream();
    let constraints = multer::Constraints::new()
        .allowed_fields(vec!["csrf_token", "file", "note"])
        .size_limit(
            multer::SizeLimit::new()
                .for_field("csrf_token", 200)
                .for_field("note", 4000)
                .for_field("file", limit),
        );
    let mut multipart = multer::Multipart::with_constraints(stream, boundary, constraints);
    let dir = ctx.state.config.imports_dir();
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(WebError::internal)?;
    let mine = staged::list(&dir, |info| info.user == analyst.user.id.0).await;
    let quota = Quota::of(&ctx.state.config, &mine);
    let token = upload_token();
    let part = dir.join(format!("{token}.part"));
    let mut checked = false;
    let mut info = UploadInfo {
        dataset: dataset.id.0,
        user: analyst.user.id.0,
        file_name: String::new(),
        size: 0,
        xlsx: false,
        sheet: None,
    };
    let outcome: Result<(), &'static str> = async {
        loop {
            let mut field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(e) if crate::multipart::is_too_large(&e) => {
                    return Err("import-error-too-large");
                }
                Err(_) => return Err("import-error-no-file"),
            };
            match field.name() {
                Some("csrf_token") => {
                    let value = field.text().await.map_err(|_| "error-csrf")?;
                    checked = crate::access::valid_csrf(&ctx.state, ctx.current.as_ref(), &value);
                    if !checked {
                        return Err("error-csrf");
                    }
                }
                Some("file") => {
                    if !checked {
                        return Err("error-csrf");
                    }
                    let Some(room) = quota.room() else {
                        return Err("import-error-quota");
                    };
                    info.file_name = field
                        .file_name()
                        .unwrap_or("")
                        .chars()
                        .filter(|c| !c.is_control() && !matches!(c, '/' | '\\'))
                        .take(200)
                        .collect();
                    let mut file = tokio::fs::File::create(&part)
                        .await
                        .map_err(|_| "import-error-storage")?;
                    loop {
                        match field.chunk().await {
                            Ok(Some(chunk)) => {
                                info.size += chunk.len() as u64;
                                if info.size > room {
                                    return Err("import-error-quota");
                                }
                                file.write_all(&chunk)
                                    .await
                                    .map_err(|_| "import-error-storage")?;
                            }
                            Ok(None) => break,
                            Err(e) if crate::multipart::is_too_large(&e) => {
                                return Err("import-error-too-large");
                            }
                            Err(_) => return Err("import-error-no-file"),
                        }
                    }
                    file.flush().await.map_err(|_| "import-error-storage")?;
                }
                _ => {}
            }
        }
        if !checked {
            return Err("error-csrf");
        }
        if info.size == 0 {
            return Err("import-error-no-file");
        }
        Ok(())
    }
    .await;
    if let Err(message) = outcome {
        let _ = tokio::fs::remove_file(&part).await;
        return match message {
            "error-csrf" => Err(WebError::Csrf),
            "import-error-quota" => quota_refused(&ctx, dataset.id.0, quota, mine),
            "import-error-too-large" => {
                let text = ctx.state.l10n.get_args(
                    ctx.lang,
                    "import-error-too-large",
                    &[("size", human_size(limit))],
                );
                refused_because(&ctx, dataset.id.0, text, Vec::new())
            }
            other => upload_refused(&ctx, dataset.id.0, other),
        };
    }
    // A workbook is a zip: kept as is, and its sheet turned into CSV.
    let mut head = [0u8; 4];
    let is_zip = {
        use tokio::io::AsyncReadExt;
        let mut f = tokio::fs::File::open(&part)
            .await
            .map_err(WebError::internal)?;
        f.read(&mut head).await.map_err(WebError::internal)? == 4 && head == *b"PK\x03\x04"
    };
    info.xlsx = is_zip;
    let kept = dir.join(format!("{token}.{}", if is_zip { "xlsx" } else { "csv" }));
    tokio::fs::rename(&part, &kept)
        .await
        .map_err(WebError::internal)?;
    if is_zip && let Err(message) = workbook_to_csv(&ctx, &token, None).await? {
        remove_upload(&ctx, &token).await;
        return upload_refused(&ctx, dataset.id.0, message);
    }
    // The preview's first reading, here: a file that no settings can read
    // (a web page, a program, an empty sheet) is refused and deleted now
    // rather than left waiting in the folder.
    let (head, whole) = read_head(&ctx, &token).await?;
    if let Err(e) = table::sniff(&head, whole)
        && e.is_unreadable()
    {
        remove_upload(&ctx, &token).await;
        return upload_refused(&ctx, dataset.id.0, e.message());
    }
    write_info(&ctx, &token, &info).await?;
    audit::record(
        &ctx.state,
        AuditAction::DatasetUploaded,
        Some(analyst.user.id.0),
        None,
        address,
        format!(
            "{} #{}: {} ({} B)",
            dataset.input.slug, dataset.id.0, info.file_name, info.size
        ),
    )
    .await;
    Ok(Redirect::to(&format!(
        "/admin/osservatorio/dati/{}/anteprima/{token}",
        dataset.id.0
    ))
    .into_response())
}

async fn write_info(ctx: &Ctx, token: &str, info: &UploadInfo) -> Result<(), WebError> {
    let json = serde_json::to_vec(info).map_err(WebError::internal)?;
    tokio::fs::write(
        ctx.state.config.imports_dir().join(format!("{token}.json")),
        json,
    )
    .await
    .map_err(WebError::internal)
}

async fn read_info(ctx: &Ctx, token: &str) -> Option<UploadInfo> {
    let bytes = tokio::fs::read(ctx.state.config.imports_dir().join(format!("{token}.json")))
        .await
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

async fn remove_upload(ctx: &Ctx, token: &str) {
    let dir = ctx.state.config.imports_dir();
    for ext in ["csv", "xlsx", "json", "part"] {
        let _ = tokio::fs::remove_file(dir.join(format!("{token}.{ext}"))).await;
    }
}

/// Turns a workbook's sheet (the first when `sheet` is None) into the
/// upload's CSV file.
async fn workbook_to_csv(
    ctx: &Ctx,
    token: &str,
    sheet: Option<String>,
) -> Result<Result<Vec<String>, &'static str>, WebError> {
    let dir = ctx.state.config.imports_dir();
    let xlsx = dir.join(format!("{token}.xlsx"));
    let csv = dir.join(format!("{token}.csv"));
    tokio::task::spawn_blocking(move || {
        let bytes = std::fs::read(&xlsx).map_err(|_| "import-error-storage")?;
        let sheets = table::xlsx_sheets(&bytes).map_err(|e| e.message())?;
        let out = table::xlsx_to_csv(&bytes, sheet.as_deref(), table::XlsxLimits::default())
            .map_err(|e| e.message())?;
        std::fs::write(&csv, out).map_err(|_| "import-error-storage")?;
        Ok(sheets)
    })
    .await
    .map_err(WebError::internal)
}

async fn read_head(ctx: &Ctx, token: &str) -> Result<(Vec<u8>, bool), WebError> {
    use tokio::io::AsyncReadExt;
    let path = ctx.state.config.imports_dir().join(format!("{token}.csv"));
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|_| WebError::NotFound)?;
    let size = file.metadata().await.map_err(WebError::internal)?.len();
    let mut head = Vec::with_capacity(PREVIEW_BYTES.min(size as usize));
    file.take(PREVIEW_BYTES as u64)
        .read_to_end(&mut head)
        .await
        .map_err(WebError::internal)?;
    Ok((head, size as usize <= PREVIEW_BYTES))
}

#[derive(Template)]
#[template(path = "observatory/preview.html")]
struct PreviewPage {
    shell: Shell,
    dataset_id: i64,
    dataset_title: String,
    token: String,
    file_name: String,
    size: String,
    preview: Option<Preview>,
    /// Why the file cannot be read, or why the sample does not fit the
    /// chosen types (with the row, column and value).
    problem: Option<(&'static str, String)>,
    /// Rows of the sample that do not read with the settings shown.
    row_problems: Vec<String>,
    sheets: Vec<String>,
    sheet: String,
    types: &'static [ColumnType],
    note: String,
}

impl PreviewPage {
    fn delimiter(&self) -> &'static str {
        match self.preview.as_ref().map(|p| p.settings.delimiter) {
            Some(b';') => "semicolon",
            Some(b'\t') => "tab",
            _ => "comma",
        }
    }
    fn encoding(&self) -> &'static str {
        match self.preview.as_ref().map(|p| p.settings.encoding) {
            Some(Encoding::Windows1252) => "windows1252",
            _ => "utf8",
        }
    }
    fn decimal(&self) -> &'static str {
        match self.preview.as_ref().map(|p| p.settings.decimal) {
            Some(DecimalStyle::Comma) => "comma",
            _ => "point",
        }
    }
    fn type_label(&self, kind: &ColumnType) -> &'static str {
        crate::observatory::type_label(*kind)
    }
    fn header_row(&self) -> usize {
        self.preview
            .as_ref()
            .map(|p| p.settings.header_row)
            .unwrap_or(0)
    }
}

async fn preview_page(
    ctx: &Ctx,
    dataset: DatasetId,
    token: &str,
    settings: Option<Settings>,
    note: String,
) -> Result<PreviewPage, WebError> {
    let info = read_info(ctx, token).await.ok_or(WebError::NotFound)?;
    if info.dataset != dataset.0 {
        return Err(WebError::NotFound);
    }
    let title = ctx
        .state
        .db
        .dataset(dataset)
        .await?
        .ok_or(WebError::NotFound)?
        .text(ctx.lang)
        .title
        .clone();
    let (head, whole) = read_head(ctx, token).await?;
    let result = match &settings {
        Some(settings) => table::preview_with(&head, whole, settings),
        None => table::sniff(&head, whole),
    };
    let (preview, problem) = match result {
        Ok(preview) => (Some(preview), None),
        Err(e) => (None, Some(crate::observatory::table_problem(ctx, &e))),
    };
    // Rows of the sample that do not read with these settings, named.
    let row_problems = preview
        .as_ref()
        .map(|p| {
            p.problems
                .iter()
                .map(|e| crate::observatory::describe_failure(ctx, &import::failure_of(e)))
                .collect()
        })
        .unwrap_or_default();
    let sheets = if info.xlsx {
        let path = ctx.state.config.imports_dir().join(format!("{token}.xlsx"));
        tokio::task::spawn_blocking(move || {
            std::fs::read(path)
                .ok()
                .and_then(|b| table::xlsx_sheets(&b).ok())
                .unwrap_or_default()
        })
        .await
        .map_err(WebError::internal)?
    } else {
        Vec::new()
    };
    Ok(PreviewPage {
        shell: ctx.shell("observatory-preview-title"),
        dataset_id: dataset.0,
        dataset_title: title,
        token: token.to_owned(),
        file_name: info.file_name,
        size: crate::observatory::human_size(info.size),
        preview,
        problem,
        row_problems,
        sheet: info.sheet.unwrap_or_default(),
        sheets,
        types: &ColumnType::ALL,
        note,
    })
}

#[derive(Deserialize)]
pub struct PreviewPath {
    id: String,
    token: String,
}

fn preview_path(path: &PreviewPath) -> Result<(DatasetId, String), WebError> {
    let id = path
        .id
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(WebError::NotFound)?;
    if !staged::is_token(&path.token) {
        return Err(WebError::NotFound);
    }
    Ok((DatasetId(id), path.token.clone()))
}

pub async fn show_preview(
    ctx: Ctx,
    _analyst: Analyst,
    Path(path): Path<PreviewPath>,
) -> Result<Response, WebError> {
    let (dataset, token) = preview_path(&path)?;
    page(&preview_page(&ctx, dataset, &token, None, String::new()).await?)
}

/// The settings as the preview form sends them, over the columns the
/// file has with those settings.
fn settings_from(fields: &Fields, head: &[u8], whole: bool) -> Result<Settings, &'static str> {
    let delimiter = match fields.get("delimiter") {
        "semicolon" => b';',
        "tab" => b'\t',
        "comma" => b',',
        _ => return Err("error-choice-invalid"),
    };
    let encoding = match fields.get("encoding") {
        "utf8" => Encoding::Utf8,
        "windows1252" => Encoding::Windows1252,
        _ => return Err("error-choice-invalid"),
    };
    let decimal = match fields.get("decimal") {
        "point" => DecimalStyle::Point,
        "comma" => DecimalStyle::Comma,
        _ => return Err("error-choice-invalid"),
    };
    let header_row = fields
        .get("header_row")
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n <= 50)
        .ok_or("import-error-header-row")?;
    // The columns of the file read this way, then the types as chosen.
    // The columns are read again from the header line; a placeholder
    // stands for them until then (the settings must name one).
    let mut settings = Settings {
        encoding,
        delimiter,
        header_row,
        decimal,
        columns: vec![table::Column {
            name: "_".to_owned(),
            kind: ColumnType::Text,
        }],
    };
    let read = table::preview_with(head, whole, &settings).map_err(|e| e.message())?;
    settings.columns = read.settings.columns;
    for (i, column) in settings.columns.iter_mut().enumerate() {
        let chosen = fields.get(&format!("type_{i}"));
        if !chosen.is_empty() {
            column.kind = chosen
                .parse::<ColumnType>()
                .map_err(|_| "error-choice-invalid")?;
        }
    }
    Ok(settings)
}

pub async fn submit_preview(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    Path(path): Path<PreviewPath>,
    fields: Fields,
) -> Result<Response, WebError> {
    let (dataset, token) = preview_path(&path)?;
    let mut info = read_info(&ctx, &token).await.ok_or(WebError::NotFound)?;
    if info.dataset != dataset.0 {
        return Err(WebError::NotFound);
    }
    let note = fields
        .get("note")
        .trim()
        .chars()
        .take(2000)
        .collect::<String>();
    if fields.get("action") == "scarta" {
        remove_upload(&ctx, &token).await;
        return Ok(
            Redirect::to(&format!("/admin/osservatorio/dati/{}", dataset.0)).into_response(),
        );
    }
    // Another sheet of a workbook: read it and start the preview again.
    let sheet = fields.get("sheet").to_owned();
    if info.xlsx && !sheet.is_empty() && info.sheet.as_deref() != Some(sheet.as_str()) {
        if let Err(message) = workbook_to_csv(&ctx, &token, Some(sheet.clone())).await? {
            let mut p = preview_page(&ctx, dataset, &token, None, note).await?;
            p.problem = Some((message, String::new()));
            return invalid(&p);
        }
        info.sheet = Some(sheet);
        write_info(&ctx, &token, &info).await?;
        return page(&preview_page(&ctx, dataset, &token, None, note).await?);
    }
    let (head, whole) = read_head(&ctx, &token).await?;
    let settings = match settings_from(&fields, &head, whole) {
        Ok(settings) => settings,
        Err(message) => {
            let mut p = preview_page(&ctx, dataset, &token, None, note).await?;
            p.problem = Some((message, String::new()));
            return invalid(&p);
        }
    };
    // The sample must read with the chosen types before anything is
    // written.
    let sample_check = {
        let mut problem = None;
        let reader =
            match table::Reader::new(std::io::Cursor::new(head.as_slice()), settings.clone()) {
                Ok(reader) => {
                    reader.with_known_comuni(import::known_comuni(ctx.state.comuni.keys()))
                }
                Err(e) => {
                    let mut p = preview_page(&ctx, dataset, &token, None, note).await?;
                    p.problem = Some(crate::observatory::table_problem(&ctx, &e));
                    return invalid(&p);
                }
            };
        for (n, row) in reader.enumerate() {
            if let Err(e) = row {
                // The last line of a partial head may be cut: not an error.
                if !(whole || n < 2) && e.message == "table-error-ragged" {
                    break;
                }
                problem = Some(e);
                break;
            }
            if n > 500 {
                break;
            }
        }
        problem
    };
    if fields.get("action") != "importa" || sample_check.is_some() {
        let mut p = preview_page(&ctx, dataset, &token, Some(settings), note).await?;
        if let Some(e) = sample_check {
            let at = crate::observatory::describe_failure(&ctx, &import::failure_of(&e));
            p.problem = Some(("import-error-sample", at));
            return invalid(&p);
        }
        return page(&p);
    }
    let settings_json = serde_json::to_string(&settings).map_err(WebError::internal)?;
    let version = ctx
        .state
        .db
        .create_version(
            dataset,
            &info.file_name,
            info.size as i64,
            &settings_json,
            &note,
            Some(analyst.user.id.0),
        )
        .await?;
    let file = format!("{token}.csv");
    debug_assert!(is_import_file_name(&file));
    let payload = serde_json::to_string(&Payload {
        version: version.id.0,
        file,
    })
    .map_err(WebError::internal)?;
    let job = ctx
        .state
        .db
        .enqueue_job(import::KIND, &payload, Timestamp::now())
        .await?;
    ctx.state.db.set_version_job(version.id, job).await?;
    let dir = ctx.state.config.imports_dir();
    for ext in ["xlsx", "json"] {
        let _ = tokio::fs::remove_file(dir.join(format!("{token}.{ext}"))).await;
    }
    Ok(Redirect::to(&format!(
        "/admin/osservatorio/dati/{}/versioni/{}",
        dataset.0, version.number
    ))
    .into_response())
}

#[derive(Template)]
#[template(path = "observatory/version.html")]
struct VersionPage {
    shell: Shell,
    dataset_id: i64,
    dataset_slug: String,
    dataset_title: String,
    version: Version,
    job: Option<JobStatus>,
    failure: Option<String>,
    columns: Vec<(String, &'static str)>,
}

impl VersionPage {
    fn importing(&self) -> bool {
        self.version.status == VersionStatus::Importing
    }
    fn ready(&self) -> bool {
        self.version.status == VersionStatus::Ready
    }
    fn percent(&self) -> i64 {
        self.job.as_ref().map(|j| j.percent()).unwrap_or(0)
    }
    fn rows_so_far(&self) -> String {
        self.job
            .as_ref()
            .map(|j| j.progress_note.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "0".to_owned())
    }
}

#[derive(Deserialize)]
pub struct VersionPath {
    id: String,
    number: String,
}

pub async fn show_version(
    ctx: Ctx,
    _analyst: Analyst,
    Path(path): Path<VersionPath>,
) -> Result<Response, WebError> {
    let id = path.id.parse::<i64>().map_err(|_| WebError::NotFound)?;
    let number = path.number.parse::<i64>().map_err(|_| WebError::NotFound)?;
    let dataset = ctx
        .state
        .db
        .dataset(DatasetId(id))
        .await?
        .ok_or(WebError::NotFound)?;
    let version = ctx
        .state
        .db
        .version_by_number(dataset.id, number)
        .await?
        .ok_or(WebError::NotFound)?;
    let job = match version.job_id {
        Some(job) => ctx.state.db.job_status(job).await?,
        None => None,
    };
    let failure = version
        .error
        .as_ref()
        .map(|f| crate::observatory::describe_failure(&ctx, f));
    let columns = serde_json::from_str::<Settings>(&version.settings)
        .map(|s| {
            s.columns
                .into_iter()
                .map(|c| (c.name, crate::observatory::type_label(c.kind)))
                .collect()
        })
        .unwrap_or_default();
    page(&VersionPage {
        shell: ctx.shell_titled(format!(
            "{} — {}",
            dataset.text(ctx.lang).title,
            ctx.state.l10n.get_args(
                ctx.lang,
                "observatory-version-n",
                &[("n", number.to_string())]
            )
        )),
        dataset_id: dataset.id.0,
        dataset_slug: dataset.input.slug.clone(),
        dataset_title: dataset.text(ctx.lang).title.clone(),
        version,
        job,
        failure,
        columns,
    })
}
