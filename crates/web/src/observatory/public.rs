//! The Osservatorio's public pages: the province dashboard, the list of
//! datasets, each dataset with its metadata, versions and downloads, each
//! chart with its data table, downloads and embed code, and the embeddable
//! chart page other sites may frame.

use agoral_db::Db;
use agoral_domain::{
    lang::Lang,
    observatory::{
        chart,
        dataset::{Dataset, Version, VersionStatus},
        dcat::{Frequency, Licence, Theme},
        table::{ColumnType, Settings, neutralise_formula},
    },
    time::Timestamp,
};
use askama::Template;
use axum::{
    body::Body,
    extract::{Path, Query},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

use crate::{
    error::WebError,
    middleware::EMBED_CONTENT_SECURITY_POLICY,
    observatory::{
        charts::{self, Drawn, Kind, Loaded},
        settings_of, type_label,
    },
    render::{Ctx, Shell, page},
    state::AppState,
};

/// Rows shown on a dataset's page; the downloads and the API have the rest.
const SAMPLE_ROWS: i64 = 20;

/// A key figure on the dashboard: a chart's latest value and its change.
pub struct Figure {
    pub title: String,
    pub value: String,
    pub period: String,
    /// The change from the period before, in words and as an arrow.
    pub trend: Option<(String, &'static str)>,
    /// "11,3 % della popolazione (2021)", for a chart with a share.
    pub share: Option<String>,
    pub source: String,
    pub chart_link: String,
    pub dataset_link: String,
}

pub struct ShownChart {
    pub title: String,
    pub description: String,
    pub link: String,
    pub svg: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
    pub source: String,
}

#[derive(Template)]
#[template(path = "observatory/dashboard.html")]
struct DashboardPage {
    shell: Shell,
    figures: Vec<Figure>,
    charts: Vec<ShownChart>,
    datasets: usize,
}

fn licence_name(code: &str) -> String {
    code.parse::<Licence>()
        .map(|l| l.short_name().to_owned())
        .unwrap_or_else(|_| code.to_owned())
}

async fn source_of(state: &AppState, dataset: &Dataset, lang: Lang) -> Result<String, WebError> {
    let publisher = match dataset.input.publisher_id {
        Some(id) => state.db.organisation(id).await?.map(|o| o.name),
        None => None,
    };
    // The attribution the licence asks for, or else the publisher.
    let mut parts = Vec::new();
    let attribution = dataset.input.attribution.trim();
    // The page says "Fonte:" already.
    let attribution = ["Fonte:", "Fonte :", "Source:"]
        .iter()
        .find_map(|p| attribution.strip_prefix(p))
        .unwrap_or(attribution)
        .trim();
    if !attribution.is_empty() {
        parts.push(attribution.to_owned());
    } else if let Some(p) = publisher {
        parts.push(p);
    }
    parts.push(licence_name(&dataset.input.licence));
    let _ = lang;
    Ok(parts.join(" · "))
}

async fn shown(
    ctx: &Ctx,
    loaded: &Loaded,
    index: usize,
) -> Result<Option<(ShownChart, Drawn)>, WebError> {
    shown_for(&ctx.state, ctx.lang, loaded, index).await
}

/// A chart drawn for readers of `lang`, with its table and source; `None`
/// when its data no longer fit its spec (a column gone in a new version).
pub async fn shown_for(
    state: &AppState,
    lang: Lang,
    loaded: &Loaded,
    index: usize,
) -> Result<Option<(ShownChart, Drawn)>, WebError> {
    let rows = charts::version_rows(state, &loaded.version).await?;
    let (title, description) = loaded.chart.text(lang);
    let drawn = match charts::draw(
        state,
        lang,
        loaded.kind,
        &loaded.spec,
        &loaded.settings,
        &rows,
        title,
        description,
        &format!("chart-{index}"),
    ) {
        Ok(drawn) => drawn,
        Err(_) => return Ok(None),
    };
    let chart = ShownChart {
        title: title.to_owned(),
        description: description.to_owned(),
        link: lang.localise_path(&format!("/osservatorio/grafici/{}", loaded.chart.slug)),
        svg: drawn.svg.clone(),
        headers: drawn.headers.clone(),
        rows: drawn.rows.clone(),
        source: source_of(state, &loaded.dataset, lang).await?,
    };
    Ok(Some((chart, drawn)))
}

pub async fn show_dashboard(ctx: Ctx) -> Result<Response, WebError> {
    let mut figures = Vec::new();
    let mut shown_charts = Vec::new();
    for (i, record) in ctx
        .state
        .db
        .dashboard_charts()
        .await?
        .into_iter()
        .enumerate()
    {
        let Ok(loaded) = charts::load(&ctx.state, record).await else {
            continue;
        };
        if !loaded.dataset.input.published {
            continue;
        }
        let Some((shown_chart, drawn)) = shown(&ctx, &loaded, i).await? else {
            continue;
        };
        if let Some(mut figure) = figure_of(&ctx, &loaded, &drawn, &shown_chart) {
            if let Some(share) = &loaded.spec.share {
                match charts::share_of(&ctx.state, share, &drawn.aggregated).await? {
                    Ok((percent, period)) => {
                        figure.share = Some(ctx.state.l10n.get_args(
                            ctx.lang,
                            "observatory-share",
                            &[
                                ("percent", chart::format_number(percent, ctx.lang, 1)),
                                ("period", period),
                            ],
                        ));
                    }
                    Err(message) => {
                        tracing::warn!(chart = %loaded.chart.slug, %message, "a chart's share cannot be worked out");
                    }
                }
            }
            figures.push(figure);
        }
        shown_charts.push(shown_chart);
    }
    let datasets = ctx.state.db.datasets(true).await?.len();
    page(&DashboardPage {
        shell: ctx.shell("observatory-title"),
        figures,
        charts: shown_charts,
        datasets,
    })
}

/// The last value of a chart's first series over time, with its change
/// from the value before; rankings show their first entry.
fn figure_of(ctx: &Ctx, loaded: &Loaded, drawn: &Drawn, shown: &ShownChart) -> Option<Figure> {
    let (name, values) = drawn.aggregated.series.first()?;
    let lang = ctx.lang;
    let decimals = if values.iter().flatten().all(|v| v.fract() == 0.0) {
        0
    } else {
        1
    };
    let (period, value, before) = match loaded.kind {
        Kind::Chart(chart::ChartKind::Ranking) | Kind::Table | Kind::Map => {
            let best = values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| Some((i, (*v)?)))
                .max_by(|a, b| a.1.total_cmp(&b.1))?;
            // A comune's code reads as its name.
            let category = &drawn.aggregated.categories[best.0];
            let named = ctx
                .state
                .comuni
                .get(category)
                .map(|c| c.name.clone())
                .unwrap_or_else(|| category.clone());
            (named, best.1, None)
        }
        Kind::Chart(_) => {
            let last = values.iter().rposition(Option::is_some)?;
            let before = values[..last].iter().rev().flatten().next().copied();
            (
                drawn.aggregated.categories[last].clone(),
                values[last]?,
                before,
            )
        }
    };
    let trend = before.filter(|b| *b != 0.0).map(|b| {
        let change = (value - b) / b.abs() * 100.0;
        let arrow = if change > 0.5 {
            "▲"
        } else if change < -0.5 {
            "▼"
        } else {
            "▶"
        };
        let sign = if change > 0.0 { "+" } else { "" };
        (
            format!("{sign}{} %", chart::format_number(change, lang, 1)),
            arrow,
        )
    });
    let _ = name;
    Some(Figure {
        title: shown.title.clone(),
        value: chart::format_number(value, lang, decimals),
        period,
        trend,
        share: None,
        source: shown.source.clone(),
        chart_link: shown.link.clone(),
        dataset_link: ctx
            .lang
            .localise_path(&format!("/osservatorio/dati/{}", loaded.dataset.input.slug)),
    })
}

pub struct DatasetItem {
    pub title: String,
    pub description: String,
    pub link: String,
    pub themes: Vec<String>,
    pub modified: Timestamp,
    pub rows: i64,
}

#[derive(Template)]
#[template(path = "observatory/datasets.html")]
struct DatasetsPage {
    shell: Shell,
    items: Vec<DatasetItem>,
    themes: Vec<(String, String, bool)>,
    theme: String,
}

#[derive(serde::Deserialize)]
pub struct DatasetsQuery {
    tema: Option<String>,
}

fn theme_label(ctx: &Ctx, code: &str) -> String {
    code.parse::<Theme>()
        .map(|t| ctx.t(t.label_key()))
        .unwrap_or_else(|_| code.to_owned())
}

pub async fn list_datasets(
    ctx: Ctx,
    Query(query): Query<DatasetsQuery>,
) -> Result<Response, WebError> {
    let theme = query
        .tema
        .filter(|t| t.parse::<Theme>().is_ok())
        .unwrap_or_default();
    let mut items = Vec::new();
    let all = ctx.state.db.datasets(true).await?;
    let mut used: Vec<String> = all.iter().flat_map(|d| d.input.themes.clone()).collect();
    used.sort();
    used.dedup();
    for d in all
        .iter()
        .filter(|d| theme.is_empty() || d.input.themes.contains(&theme))
    {
        let rows = match d.current_version {
            Some(v) => ctx
                .state
                .db
                .version(v)
                .await?
                .map(|v| v.row_count)
                .unwrap_or(0),
            None => 0,
        };
        items.push(DatasetItem {
            title: d.text(ctx.lang).title.clone(),
            description: d.text(ctx.lang).description.clone(),
            link: ctx
                .lang
                .localise_path(&format!("/osservatorio/dati/{}", d.input.slug)),
            themes: d
                .input
                .themes
                .iter()
                .map(|t| theme_label(&ctx, t))
                .collect(),
            modified: d.modified_at,
            rows,
        });
    }
    page(&DatasetsPage {
        shell: ctx.shell("observatory-datasets-title"),
        themes: used
            .iter()
            .map(|t| (t.clone(), theme_label(&ctx, t), *t == theme))
            .collect(),
        items,
        theme,
    })
}

async fn public_dataset(db: &Db, slug: &str) -> Result<Dataset, WebError> {
    if slug.len() > 100 {
        return Err(WebError::NotFound);
    }
    db.dataset_by_slug(slug)
        .await?
        .filter(|d| d.input.published)
        .ok_or(WebError::NotFound)
}

pub struct VersionItem {
    pub number: i64,
    pub date: String,
    pub rows: i64,
    pub note: String,
    pub changes: Vec<String>,
    pub csv: String,
    pub json: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "observatory/dataset.html")]
struct DatasetPage {
    shell: Shell,
    dataset: Dataset,
    title: String,
    description: String,
    keywords: Vec<String>,
    publisher: String,
    rights_holder: String,
    themes: Vec<String>,
    licence: String,
    licence_url: String,
    frequency: String,
    temporal: Option<(String, String)>,
    spatial: Vec<String>,
    columns: Vec<(String, &'static str)>,
    sample: Vec<Vec<String>>,
    versions: Vec<VersionItem>,
    charts: Vec<(String, String)>,
    /// The published reports that draw on it, newest first.
    reports: Vec<crate::observatory::report_pages::ReportItem>,
    csv: String,
    json: String,
    api: String,
}

fn cell_display(cell: &serde_json::Value) -> String {
    agoral_domain::observatory::spec::cell_text(cell)
}

pub async fn show_dataset(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let dataset = public_dataset(&ctx.state.db, &slug).await?;
    let db = &ctx.state.db;
    let text = dataset.text(ctx.lang).clone();
    let org_name = |id: Option<agoral_domain::organisations::OrganisationId>| async move {
        match id {
            Some(id) => Ok::<_, WebError>(
                db.organisation(id)
                    .await?
                    .map(|o| o.name)
                    .unwrap_or_default(),
            ),
            None => Ok(String::new()),
        }
    };
    let publisher = org_name(dataset.input.publisher_id).await?;
    let rights_holder = org_name(dataset.input.rights_holder_id).await?;
    let current = match dataset.current_version {
        Some(v) => db.version(v).await?,
        None => None,
    };
    let settings = current.as_ref().and_then(|v| settings_of(&v.settings));
    let columns = settings
        .as_ref()
        .map(|s| {
            s.columns
                .iter()
                .map(|c| (c.name.clone(), type_label(c.kind)))
                .collect()
        })
        .unwrap_or_default();
    let sample = match &current {
        Some(v) => db
            .version_rows(v.id, &[], 0, SAMPLE_ROWS)
            .await?
            .into_iter()
            .filter_map(|(_, cells)| serde_json::from_str::<Vec<serde_json::Value>>(&cells).ok())
            .map(|row| row.iter().map(cell_display).collect())
            .collect(),
        None => Vec::new(),
    };
    let base = ctx
        .lang
        .localise_path(&format!("/osservatorio/dati/{}", dataset.input.slug));
    let versions = db
        .versions(dataset.id)
        .await?
        .into_iter()
        .filter(|v| v.status == VersionStatus::Ready)
        .map(|v| {
            let mut changes = Vec::new();
            if let Some(diff) = &v.diff {
                let args = |n: u64| vec![("n", n.to_string())];
                if diff.rows_added > 0 {
                    changes.push(ctx.state.l10n.get_args(
                        ctx.lang,
                        "observatory-rows-added",
                        &args(diff.rows_added),
                    ));
                }
                if diff.rows_removed > 0 {
                    changes.push(ctx.state.l10n.get_args(
                        ctx.lang,
                        "observatory-rows-removed",
                        &args(diff.rows_removed),
                    ));
                }
                for c in &diff.columns_added {
                    changes.push(ctx.state.l10n.get_args(
                        ctx.lang,
                        "observatory-column-added",
                        &[("column", c.clone())],
                    ));
                }
                for c in &diff.columns_removed {
                    changes.push(ctx.state.l10n.get_args(
                        ctx.lang,
                        "observatory-column-removed",
                        &[("column", c.clone())],
                    ));
                }
                if changes.is_empty() {
                    changes.push(ctx.t("observatory-no-changes"));
                }
            }
            VersionItem {
                number: v.number,
                date: v.created_at.date_short(),
                rows: v.row_count,
                note: v.note.clone(),
                changes,
                csv: format!("{base}/versioni/{}/dati.csv", v.number),
                json: format!("{base}/versioni/{}/dati.json", v.number),
                current: Some(v.id) == dataset.current_version,
            }
        })
        .collect();
    let charts = db
        .dataset_charts(dataset.id)
        .await?
        .into_iter()
        .filter(|c| c.published)
        .map(|c| {
            (
                c.text(ctx.lang).0.to_owned(),
                ctx.lang
                    .localise_path(&format!("/osservatorio/grafici/{}", c.slug)),
            )
        })
        .collect();
    let reports = db
        .dataset_reports(dataset.id)
        .await?
        .iter()
        .map(|r| crate::observatory::report_pages::ReportItem::of(r, ctx.lang))
        .collect();
    let licence = dataset.input.licence.parse::<Licence>().ok();
    let shell = ctx
        .shell_titled(text.title.clone())
        .with_updated(dataset.modified_at);
    page(&DatasetPage {
        shell,
        title: text.title,
        description: text.description,
        keywords: text.keywords,
        publisher,
        rights_holder,
        themes: dataset
            .input
            .themes
            .iter()
            .map(|t| theme_label(&ctx, t))
            .collect(),
        licence: licence
            .map(|l| ctx.t(l.label_key()))
            .unwrap_or_else(|| dataset.input.licence.clone()),
        licence_url: licence.map(|l| l.uri().to_owned()).unwrap_or_default(),
        frequency: dataset
            .input
            .frequency
            .parse::<Frequency>()
            .map(|f| ctx.t(f.label_key()))
            .unwrap_or_else(|_| dataset.input.frequency.clone()),
        temporal: dataset
            .input
            .temporal
            .map(|(s, e)| (s.to_string(), e.to_string())),
        spatial: dataset
            .input
            .spatial
            .iter()
            .map(|code| {
                if code == "006" {
                    ctx.t("observatory-province")
                } else {
                    ctx.state
                        .comuni
                        .get(code)
                        .map(|c| c.name.clone())
                        .unwrap_or_else(|| code.clone())
                }
            })
            .collect(),
        columns,
        sample,
        versions,
        charts,
        reports,
        csv: format!("{base}/dati.csv"),
        json: format!("{base}/dati.json"),
        api: format!("/api/datasets/{}/rows", dataset.input.slug),
        dataset,
    })
}

/// Streams a version's rows as CSV (formulas neutralised) or JSON.
fn download(db: Db, version: Version, settings: Settings, json: bool, name: String) -> Response {
    let header_line = {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(
            settings
                .columns
                .iter()
                .map(|c| neutralise_formula(&c.name).into_owned()),
        );
        w.into_inner().unwrap_or_default()
    };
    let text_columns: Vec<bool> = settings
        .columns
        .iter()
        .map(|c| {
            matches!(
                c.kind,
                ColumnType::Text | ColumnType::IstatCode | ColumnType::Date
            )
        })
        .collect();
    let names: Vec<String> = settings.columns.iter().map(|c| c.name.clone()).collect();
    let version_id = version.id;
    let stream =
        futures::stream::unfold((db, 0i64, false, true), move |(db, after, done, first)| {
            let header_line = header_line.clone();
            let text_columns = text_columns.clone();
            let names = names.clone();
            async move {
                if done {
                    return None;
                }
                let mut out = Vec::with_capacity(256 * 1024);
                if first {
                    if json {
                        out.extend_from_slice(b"[");
                    } else {
                        out.extend_from_slice(&header_line);
                    }
                }
                let rows = match db.version_rows_after(version_id, after, 5000).await {
                    Ok(rows) => rows,
                    Err(e) => {
                        return Some((
                            Err(std::io::Error::other(e.to_string())),
                            (db, after, true, false),
                        ));
                    }
                };
                let last = rows.last().map(|(n, _)| *n).unwrap_or(after);
                let finished = rows.len() < 5000;
                if json {
                    for (i, (_, cells)) in rows.iter().enumerate() {
                        let values: Vec<serde_json::Value> =
                            serde_json::from_str(cells).unwrap_or_default();
                        let object: serde_json::Map<String, serde_json::Value> =
                            names.iter().cloned().zip(values).collect();
                        if !(first && i == 0) {
                            out.extend_from_slice(b",\n");
                        }
                        let _ = serde_json::to_writer(&mut out, &object);
                    }
                    if finished {
                        out.extend_from_slice(b"]\n");
                    }
                } else {
                    let mut w = csv::Writer::from_writer(out);
                    for (_, cells) in &rows {
                        let values: Vec<serde_json::Value> =
                            serde_json::from_str(cells).unwrap_or_default();
                        let record: Vec<String> = values
                            .iter()
                            .enumerate()
                            .map(|(i, v)| {
                                let text = cell_display(v);
                                if text_columns.get(i).copied().unwrap_or(true) {
                                    neutralise_formula(&text).into_owned()
                                } else {
                                    text
                                }
                            })
                            .collect();
                        let _ = w.write_record(&record);
                    }
                    out = w.into_inner().unwrap_or_default();
                }
                Some((
                    Ok::<_, std::io::Error>(axum::body::Bytes::from(out)),
                    (db, last, finished, false),
                ))
            }
        });
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    let (content_type, ext) = if json {
        ("application/json", "json")
    } else {
        ("text/csv; charset=utf-8", "csv")
    };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}.{ext}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

async fn current_version(db: &Db, dataset: &Dataset) -> Result<(Version, Settings), WebError> {
    let version = match dataset.current_version {
        Some(v) => db.version(v).await?,
        None => None,
    }
    .ok_or(WebError::NotFound)?;
    let settings = settings_of(&version.settings).ok_or(WebError::NotFound)?;
    Ok((version, settings))
}

/// The current version of a published dataset, as CSV or JSON.
async fn current_download(ctx: &Ctx, slug: &str, json: bool) -> Result<Response, WebError> {
    let dataset = public_dataset(&ctx.state.db, slug).await?;
    let (version, settings) = current_version(&ctx.state.db, &dataset).await?;
    let name = dataset.input.slug.clone();
    Ok(download(
        ctx.state.db.clone(),
        version,
        settings,
        json,
        name,
    ))
}

pub async fn download_csv(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    current_download(&ctx, &slug, false).await
}

pub async fn download_json(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    current_download(&ctx, &slug, true).await
}

async fn numbered_version(
    ctx: &Ctx,
    slug: &str,
    number: &str,
) -> Result<(Dataset, Version, Settings), WebError> {
    let dataset = public_dataset(&ctx.state.db, slug).await?;
    let number = number.parse::<i64>().map_err(|_| WebError::NotFound)?;
    let version = ctx
        .state
        .db
        .version_by_number(dataset.id, number)
        .await?
        .filter(|v| v.status == VersionStatus::Ready)
        .ok_or(WebError::NotFound)?;
    let settings = settings_of(&version.settings).ok_or(WebError::NotFound)?;
    Ok((dataset, version, settings))
}

/// A numbered version of a published dataset, as CSV or JSON.
async fn version_download(
    ctx: &Ctx,
    slug: &str,
    number: &str,
    json: bool,
) -> Result<Response, WebError> {
    let (dataset, version, settings) = numbered_version(ctx, slug, number).await?;
    let name = format!("{}-v{}", dataset.input.slug, version.number);
    Ok(download(
        ctx.state.db.clone(),
        version,
        settings,
        json,
        name,
    ))
}

pub async fn download_version_csv(
    ctx: Ctx,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, WebError> {
    version_download(&ctx, &slug, &number, false).await
}

pub async fn download_version_json(
    ctx: Ctx,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, WebError> {
    version_download(&ctx, &slug, &number, true).await
}

#[derive(Template)]
#[template(path = "observatory/chart.html")]
struct ChartPage {
    shell: Shell,
    chart: ShownChart,
    dataset_title: String,
    dataset_link: String,
    licence: String,
    updated: String,
    csv: String,
    json: String,
    embed_url: String,
    shortcode: String,
}

pub async fn show_chart(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let loaded = charts::load_public(&ctx.state, &slug).await?;
    let (shown_chart, _) = shown(&ctx, &loaded, 0).await?.ok_or(WebError::NotFound)?;
    let base = ctx
        .lang
        .localise_path(&format!("/osservatorio/grafici/{}", loaded.chart.slug));
    let shell = ctx
        .shell_titled(shown_chart.title.clone())
        .with_updated(loaded.dataset.modified_at.max(loaded.chart.updated_at));
    page(&ChartPage {
        dataset_title: loaded.dataset.text(ctx.lang).title.clone(),
        dataset_link: ctx
            .lang
            .localise_path(&format!("/osservatorio/dati/{}", loaded.dataset.input.slug)),
        licence: licence_name(&loaded.dataset.input.licence),
        updated: loaded
            .dataset
            .modified_at
            .max(loaded.chart.updated_at)
            .date_short(),
        csv: format!("{base}/dati.csv"),
        json: format!("{base}/dati.json"),
        embed_url: shell
            .absolute(&ctx.lang.path_to("/embed/grafici/", &loaded.chart.slug))
            .to_string(),
        shortcode: format!("[[grafico {}]]", loaded.chart.slug),
        chart: shown_chart,
        shell,
    })
}

/// The numbers a chart shows, as CSV or JSON.
async fn chart_data(ctx: &Ctx, slug: &str) -> Result<(String, Drawn), WebError> {
    let loaded = charts::load_public(&ctx.state, slug).await?;
    let (_, drawn) = shown(ctx, &loaded, 0).await?.ok_or(WebError::NotFound)?;
    Ok((loaded.chart.slug, drawn))
}

pub async fn chart_csv(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let (slug, drawn) = chart_data(&ctx, &slug).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(
        drawn
            .headers
            .iter()
            .map(|h| neutralise_formula(h).into_owned()),
    );
    for (i, category) in drawn.aggregated.categories.iter().enumerate() {
        let mut record = vec![neutralise_formula(category).into_owned()];
        for (_, values) in &drawn.aggregated.series {
            record.push(values[i].map(|v| v.to_string()).unwrap_or_default());
        }
        let _ = w.write_record(&record);
    }
    let body = w.into_inner().unwrap_or_default();
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}.csv\""),
            ),
        ],
        body,
    )
        .into_response())
}

pub async fn chart_json(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let (_, drawn) = chart_data(&ctx, &slug).await?;
    let json = serde_json::json!({
        "categories": drawn.aggregated.categories,
        "series": drawn.aggregated.series.iter().map(|(name, values)| serde_json::json!({"name": name, "values": values})).collect::<Vec<_>>(),
    });
    Ok(axum::Json(json).into_response())
}

#[derive(Template)]
#[template(path = "observatory/embed.html")]
struct EmbedPage {
    shell: Shell,
    chart: ShownChart,
    full_link: String,
}

pub async fn embed_chart(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let loaded = charts::load_public(&ctx.state, &slug).await?;
    let (shown_chart, _) = shown(&ctx, &loaded, 0).await?.ok_or(WebError::NotFound)?;
    let full_link = ctx.state.config.public_url.clone() + &shown_chart.link;
    let mut response = page(&EmbedPage {
        shell: ctx.shell_titled(shown_chart.title.clone()),
        chart: shown_chart,
        full_link,
    })?;
    response.headers_mut().insert(
        "content-security-policy",
        HeaderValue::from_static(EMBED_CONTENT_SECURITY_POLICY),
    );
    Ok(response)
}

/// The chart alone, as an SVG image.
pub async fn chart_svg(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let loaded = charts::load_public(&ctx.state, &slug).await?;
    let (shown_chart, _) = shown(&ctx, &loaded, 0).await?.ok_or(WebError::NotFound)?;
    let svg = shown_chart.svg.ok_or(WebError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}
