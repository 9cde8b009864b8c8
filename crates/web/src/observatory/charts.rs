//! Charts of the Osservatorio: what a stored chart draws (its dataset's
//! current version, aggregated by its spec), drawn as SVG by
//! `agoral_domain::observatory::chart` or as the province choropleth by
//! [`crate::maps`], with the same values as an HTML table; and the
//! analysts' form, with a preview drawn before saving.

use std::collections::HashMap;

use agoral_db::datasets::Save;
use agoral_domain::{
    audit::AuditAction,
    lang::Lang,
    observatory::{
        chart::{self, ChartData, ChartKind, Labels, Options, Series},
        dataset::{ChartId, ChartRecord, Dataset, DatasetId, Version},
        spec::{Aggregated, ChartSpec, Filter, Share, column_total},
        table::{ColumnType, Settings},
    },
    time::Timestamp,
};
use askama::Template;
use axum::{
    extract::Query,
    response::{IntoResponse, Redirect, Response},
};

use crate::{
    admin::IdPath,
    audit,
    error::WebError,
    forms::{Fields, FormErrors},
    maps,
    observatory::{column_infos, settings_of},
    render::{Ctx, Shell, invalid, page},
    session::{Analyst, ClientAddress},
    state::AppState,
};

/// Rows a chart reads at most: charts summarise; the API pages the rest.
const MAX_CHART_ROWS: usize = 200_000;

/// What a stored chart can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Chart(ChartKind),
    Table,
    Map,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Chart(ChartKind::Line),
        Kind::Chart(ChartKind::Bar),
        Kind::Chart(ChartKind::StackedBar),
        Kind::Chart(ChartKind::Ranking),
        Kind::Table,
        Kind::Map,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Chart(k) => k.as_str(),
            Kind::Table => "table",
            Kind::Map => "map",
        }
    }

    pub fn parse(value: &str) -> Option<Kind> {
        match value {
            "table" => Some(Kind::Table),
            "map" => Some(Kind::Map),
            other => other.parse::<ChartKind>().ok().map(Kind::Chart),
        }
    }

    pub fn label(self) -> String {
        format!("chart-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// A chart ready to show: the picture (SVG) and the same numbers as a
/// table.
pub struct Drawn {
    pub svg: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
    pub aggregated: Aggregated,
}

/// The rows of a version, as stored cells.
pub async fn version_rows(
    state: &AppState,
    version: &Version,
) -> Result<Vec<Vec<serde_json::Value>>, WebError> {
    let mut rows = Vec::new();
    state
        .db
        .each_version_row(version.id, |cells| {
            if rows.len() >= MAX_CHART_ROWS {
                return Ok(());
            }
            match serde_json::from_str::<Vec<serde_json::Value>>(&cells) {
                Ok(row) => {
                    rows.push(row);
                    Ok(())
                }
                Err(e) => Err(e.to_string()),
            }
        })
        .await?;
    Ok(rows)
}

/// The message id of why a chart cannot be drawn, with the column named.
pub struct DrawError {
    pub message: &'static str,
    pub column: Option<String>,
}

/// Draws `spec` over the rows of a version.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    state: &AppState,
    lang: Lang,
    kind: Kind,
    spec: &ChartSpec,
    settings: &Settings,
    rows: &[Vec<serde_json::Value>],
    title: &str,
    description: &str,
    id_prefix: &str,
) -> Result<Drawn, DrawError> {
    let columns = column_infos(settings);
    let aggregated = spec
        .aggregate(&columns, rows.iter().map(Vec::as_slice))
        .map_err(|e| DrawError {
            message: e.message(),
            column: e.column().map(str::to_owned),
        })?;
    let t = |key: &str| state.l10n.get(lang, key);
    let decimals = if aggregated
        .series
        .iter()
        .flat_map(|(_, v)| v.iter().flatten())
        .all(|v| v.fract() == 0.0)
    {
        0
    } else {
        1
    };
    let format = |v: &Option<f64>| match v {
        Some(v) => chart::format_number(*v, lang, decimals),
        None => t("chart-no-data"),
    };
    let headers = std::iter::once(spec.category.clone())
        .chain(aggregated.series.iter().map(|(n, _)| n.clone()))
        .collect();
    // Comuni by their names in the table (the map names them too).
    let codes = settings
        .columns
        .iter()
        .any(|c| c.name == spec.category && c.kind == ColumnType::IstatCode);
    let table_rows = aggregated
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                match state.comuni.get(c).filter(|_| codes) {
                    Some(comune) => comune.name.clone(),
                    None => c.clone(),
                },
                aggregated
                    .series
                    .iter()
                    .map(|(_, v)| format(&v[i]))
                    .collect(),
            )
        })
        .collect();
    let svg = match kind {
        Kind::Table => None,
        Kind::Map => {
            let is_code = settings
                .columns
                .iter()
                .find(|c| c.name == spec.category)
                .is_some_and(|c| c.kind == ColumnType::IstatCode);
            if !is_code {
                return Err(DrawError {
                    message: "chart-map-needs-code",
                    column: Some(spec.category.clone()),
                });
            }
            Some(draw_map(
                state,
                lang,
                &aggregated,
                title,
                description,
                id_prefix,
                decimals,
            ))
        }
        Kind::Chart(kind) => {
            let data = ChartData {
                categories: aggregated.categories.clone(),
                series: aggregated
                    .series
                    .iter()
                    .map(|(name, values)| Series {
                        name: name.clone(),
                        values: values.clone(),
                    })
                    .collect(),
            };
            let missing = t("chart-no-data");
            let points = data.series.first().map(|s| s.values.len()).unwrap_or(0);
            let many_points = if chart::omits_point_marks(kind, &data) {
                state.l10n.get_args(
                    lang,
                    "chart-desc-many-points",
                    &[("points", chart::format_number(points as f64, lang, 0))],
                )
            } else {
                String::new()
            };
            let labels = Labels {
                title,
                description,
                // Column names are technical (TIME_PERIOD, OBS_VALUE): the
                // title and description say what the axes hold.
                x_axis: "",
                y_axis: "",
                missing: &missing,
                many_points: &many_points,
            };
            let options = Options {
                lang,
                id_prefix: id_prefix.to_owned(),
                ..Options::default()
            };
            Some(
                chart::render(kind, &data, &labels, &options).map_err(|e| DrawError {
                    message: e.message(),
                    column: None,
                })?,
            )
        }
    };
    Ok(Drawn {
        svg,
        headers,
        rows: table_rows,
        aggregated,
    })
}

/// The fills of `classes` ordered classes, light to dark: the sequential
/// palette, spread out when there are fewer classes than its smallest set.
pub fn class_colours(classes: usize) -> Vec<&'static str> {
    let palette = chart::sequential(classes);
    if classes >= palette.len() {
        return palette;
    }
    let last = palette.len() - 1;
    (0..classes)
        .map(|i| {
            palette[if classes == 1 {
                last / 2
            } else {
                i * last / (classes - 1)
            }]
        })
        .collect()
}

fn draw_map(
    state: &AppState,
    lang: Lang,
    aggregated: &Aggregated,
    title: &str,
    description: &str,
    id_prefix: &str,
    decimals: u8,
) -> String {
    let values: Vec<(String, f64)> = aggregated
        .categories
        .iter()
        .enumerate()
        .filter_map(|(i, code)| {
            let v = aggregated.series.first()?.1.get(i).copied().flatten()?;
            Some((code.clone(), v))
        })
        .collect();
    let numbers: Vec<f64> = values.iter().map(|(_, v)| *v).collect();
    // Quantile classes: edges from the smallest to the largest value.
    let edges = chart::class_breaks(&numbers, 5);
    let classes = edges.len().saturating_sub(1).max(1);
    let colours = class_colours(classes);
    let f = |v: f64| chart::format_number(v, lang, decimals);
    let labels: Vec<String> = if edges.len() < 2 {
        vec![edges.first().map(|v| f(*v)).unwrap_or_default()]
    } else {
        edges
            .windows(2)
            .map(|w| format!("{} – {}", f(w[0]), f(w[1])))
            .collect()
    };
    let class_of = |v: f64| chart::class_of(v, &edges).unwrap_or(0);
    let shades: HashMap<String, maps::Shade> = values
        .iter()
        .map(|(code, v)| {
            let name = state
                .comuni
                .get(code)
                .map(|c| c.name.as_str())
                .unwrap_or(code);
            (
                code.clone(),
                maps::Shade {
                    class: Some(class_of(*v)),
                    label: format!("{name}: {}", f(*v)),
                    href: lang.localise_path(&format!("/comuni/{code}")),
                },
            )
        })
        .collect();
    let no_data = state.l10n.get(lang, "chart-no-data");
    // The legend is headed by the chart's title: the value column's name
    // is the file's, not the reader's.
    let heading = title.to_owned();
    let cluster = |_: &[usize]| maps::ClusterLink {
        href: None,
        label: String::new(),
    };
    maps::choropleth(
        &maps::MapOptions {
            id_prefix,
            width: 640,
            height: None,
            title,
            desc: description,
            highlight: None,
            cluster_radius: None,
            cluster_link: &cluster,
        },
        &shades,
        &maps::Classes {
            colours: &colours,
            labels: &labels,
            heading: &heading,
            no_data: &no_data,
        },
        lang.is_rtl(),
    )
}

/// What a [`Share`] comes to: the chart's value at the share's category
/// divided by the other dataset's total, with that category; `Err` with a
/// message id when it cannot be worked out (a dataset, column or category
/// gone, a zero total).
pub async fn share_of(
    state: &AppState,
    share: &Share,
    aggregated: &Aggregated,
) -> Result<Result<(f64, String), &'static str>, WebError> {
    let Some(index) = aggregated
        .categories
        .iter()
        .position(|c| *c == share.category)
    else {
        return Ok(Err("chart-error-share-category"));
    };
    let Some(value) = aggregated.series.first().and_then(|(_, v)| v[index]) else {
        return Ok(Err("chart-error-share-category"));
    };
    let dataset = state
        .db
        .dataset_by_slug(&share.dataset)
        .await?
        .filter(|d| d.input.published);
    let version = match dataset.and_then(|d| d.current_version) {
        Some(v) => state.db.version(v).await?,
        None => None,
    };
    let (Some(version), Some(settings)) = (
        version.as_ref(),
        version.as_ref().and_then(|v| settings_of(&v.settings)),
    ) else {
        return Ok(Err("chart-error-share-dataset"));
    };
    let rows = version_rows(state, version).await?;
    match column_total(
        &column_infos(&settings),
        &share.value,
        rows.iter().map(Vec::as_slice),
    ) {
        Some(total) if total != 0.0 => Ok(Ok((value / total * 100.0, share.category.clone()))),
        _ => Ok(Err("chart-error-share-column")),
    }
}

/// A chart with its dataset and the version it draws.
pub struct Loaded {
    pub chart: ChartRecord,
    pub dataset: Dataset,
    pub version: Version,
    pub settings: Settings,
    pub kind: Kind,
    pub spec: ChartSpec,
}

/// A published chart of a published dataset with a current version.
pub async fn load_public(state: &AppState, slug: &str) -> Result<Loaded, WebError> {
    let chart = state
        .db
        .chart_by_slug(slug)
        .await?
        .filter(|c| c.published)
        .ok_or(WebError::NotFound)?;
    let loaded = load(state, chart).await?;
    if !loaded.dataset.input.published {
        return Err(WebError::NotFound);
    }
    Ok(loaded)
}

pub async fn load(state: &AppState, chart: ChartRecord) -> Result<Loaded, WebError> {
    let dataset = state
        .db
        .dataset(chart.dataset_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let version = match dataset.current_version {
        Some(v) => state.db.version(v).await?,
        None => None,
    }
    .ok_or(WebError::NotFound)?;
    let settings = settings_of(&version.settings).ok_or(WebError::NotFound)?;
    let kind = Kind::parse(&chart.kind).ok_or(WebError::NotFound)?;
    let spec: ChartSpec = serde_json::from_str(&chart.spec).map_err(WebError::internal)?;
    Ok(Loaded {
        chart,
        dataset,
        version,
        settings,
        kind,
        spec,
    })
}

// ---- the analysts' form ----------------------------------------------------

/// The chart form as typed.
#[derive(Debug, Clone, Default)]
pub struct ChartForm {
    pub dataset_id: String,
    pub slug: String,
    pub kind: String,
    pub category: String,
    pub values: Vec<String>,
    pub series: String,
    /// "COLUMN=v1|v2" lines.
    pub filters: String,
    pub texts: Vec<(Lang, String, String)>,
    pub published: bool,
    pub dashboard_position: String,
    /// A share of another dataset's total: its address, column and the
    /// chart's category it refers to (all empty for none).
    pub share_dataset: String,
    pub share_value: String,
    pub share_category: String,
}

impl ChartForm {
    fn from_fields(fields: &Fields) -> ChartForm {
        ChartForm {
            dataset_id: fields.get("dataset_id").to_owned(),
            slug: fields.get("slug").to_owned(),
            kind: fields.get("kind").to_owned(),
            category: fields.get("category").to_owned(),
            values: fields
                .get_all("values")
                .into_iter()
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect(),
            series: fields.get("series").to_owned(),
            filters: fields.get("filters").to_owned(),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    (
                        *l,
                        fields.get(&format!("title_{}", l.code())).to_owned(),
                        fields.get(&format!("description_{}", l.code())).to_owned(),
                    )
                })
                .collect(),
            published: matches!(fields.get("published"), "on" | "1"),
            dashboard_position: fields.get("dashboard_position").to_owned(),
            share_dataset: fields.get("share_dataset").trim().to_owned(),
            share_value: fields.get("share_value").trim().to_owned(),
            share_category: fields.get("share_category").trim().to_owned(),
        }
    }

    fn from_record(chart: &ChartRecord) -> ChartForm {
        let spec: ChartSpec = serde_json::from_str(&chart.spec).unwrap_or_default();
        ChartForm {
            dataset_id: chart.dataset_id.0.to_string(),
            slug: chart.slug.clone(),
            kind: chart.kind.clone(),
            category: spec.category.clone(),
            values: spec.values.clone(),
            series: spec.series.clone().unwrap_or_default(),
            filters: spec
                .filters
                .iter()
                .map(|f| format!("{}={}", f.column, f.values.join("|")))
                .collect::<Vec<_>>()
                .join("\n"),
            texts: Lang::ALL
                .iter()
                .map(|l| {
                    let (t, d) = chart
                        .texts
                        .iter()
                        .find(|(x, _, _)| x == l)
                        .map(|(_, t, d)| (t.clone(), d.clone()))
                        .unwrap_or_default();
                    (*l, t, d)
                })
                .collect(),
            published: chart.published,
            dashboard_position: chart
                .dashboard_position
                .map(|p| p.to_string())
                .unwrap_or_default(),
            share_dataset: spec
                .share
                .as_ref()
                .map(|s| s.dataset.clone())
                .unwrap_or_default(),
            share_value: spec
                .share
                .as_ref()
                .map(|s| s.value.clone())
                .unwrap_or_default(),
            share_category: spec
                .share
                .as_ref()
                .map(|s| s.category.clone())
                .unwrap_or_default(),
        }
    }

    fn has_value(&self, column: &str) -> bool {
        self.values.iter().any(|v| v == column)
    }

    fn spec(&self) -> Result<ChartSpec, &'static str> {
        let mut filters = Vec::new();
        for line in self
            .filters
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (column, values) = line.split_once('=').ok_or("chart-error-filter")?;
            let values: Vec<String> = values
                .split('|')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect();
            if column.trim().is_empty() || values.is_empty() || filters.len() >= 20 {
                return Err("chart-error-filter");
            }
            filters.push(Filter {
                column: column.trim().to_owned(),
                values,
            });
        }
        let share = match (
            self.share_dataset.as_str(),
            self.share_value.as_str(),
            self.share_category.as_str(),
        ) {
            ("", "", "") => None,
            (dataset, value, category)
                if !dataset.is_empty() && !value.is_empty() && !category.is_empty() =>
            {
                Some(Share {
                    dataset: dataset.to_owned(),
                    value: value.to_owned(),
                    category: category.to_owned(),
                })
            }
            _ => return Err("chart-error-share-incomplete"),
        };
        Ok(ChartSpec {
            category: self.category.clone(),
            values: self.values.clone(),
            series: Some(self.series.clone()).filter(|s| !s.is_empty()),
            filters,
            share,
        })
    }
}

#[derive(Template)]
#[template(path = "observatory/chart_form.html")]
struct ChartFormPage {
    shell: Shell,
    notice: Option<&'static str>,
    errors: FormErrors,
    form: ChartForm,
    action: String,
    datasets: Vec<(i64, String)>,
    /// Published datasets a share can divide by: (address, title).
    share_datasets: Vec<(String, String)>,
    columns: Vec<(String, &'static str)>,
    kinds: Vec<(String, String)>,
    preview: Option<Drawn>,
    /// Why the preview could not be drawn.
    problem: Option<String>,
    public_link: Option<String>,
}

async fn chart_form_page(
    ctx: &Ctx,
    form: ChartForm,
    errors: FormErrors,
    id: Option<ChartId>,
    draw_preview: bool,
) -> Result<ChartFormPage, WebError> {
    let all = ctx.state.db.datasets(false).await?;
    let datasets = all
        .iter()
        .filter(|d| d.current_version.is_some())
        .map(|d| (d.id.0, d.text(ctx.lang).title.clone()))
        .collect();
    let share_datasets = all
        .iter()
        .filter(|d| d.current_version.is_some() && d.input.published)
        .map(|d| (d.input.slug.clone(), d.text(ctx.lang).title.clone()))
        .collect();
    let dataset = match form.dataset_id.parse::<i64>() {
        Ok(id) => ctx.state.db.dataset(DatasetId(id)).await?,
        Err(_) => None,
    };
    let version = match dataset.as_ref().and_then(|d| d.current_version) {
        Some(v) => ctx.state.db.version(v).await?,
        None => None,
    };
    let settings = version.as_ref().and_then(|v| settings_of(&v.settings));
    let columns = settings
        .as_ref()
        .map(|s| {
            s.columns
                .iter()
                .map(|c| (c.name.clone(), crate::observatory::type_label(c.kind)))
                .collect()
        })
        .unwrap_or_default();
    let mut problem = None;
    let mut preview = None;
    if draw_preview
        && let (Some(version), Some(settings)) = (&version, &settings)
        && !form.category.is_empty()
    {
        match (form.spec(), Kind::parse(&form.kind)) {
            (Ok(spec), Some(kind)) => {
                let rows = version_rows(&ctx.state, version).await?;
                let (title, description) = form
                    .texts
                    .first()
                    .map(|(_, t, d)| (t.as_str(), d.as_str()))
                    .unwrap_or(("", ""));
                match draw(
                    &ctx.state,
                    ctx.lang,
                    kind,
                    &spec,
                    settings,
                    &rows,
                    title,
                    description,
                    "preview",
                ) {
                    Ok(drawn) => preview = Some(drawn),
                    Err(e) => {
                        problem = Some(match e.column {
                            Some(c) => format!("{} ({c})", ctx.t(e.message)),
                            None => ctx.t(e.message),
                        })
                    }
                }
            }
            (Err(message), _) => problem = Some(ctx.t(message)),
            (_, None) => problem = Some(ctx.t("error-choice-invalid")),
        }
    }
    let public_link = id.and(Some(
        ctx.lang
            .localise_path(&format!("/osservatorio/grafici/{}", form.slug)),
    ));
    Ok(ChartFormPage {
        shell: ctx.shell(if id.is_some() {
            "observatory-chart-edit"
        } else {
            "observatory-chart-new"
        }),
        notice: None,
        errors,
        action: id
            .map(|id| format!("/admin/osservatorio/grafici/{}", id.0))
            .unwrap_or_else(|| "/admin/osservatorio/grafici/nuovo".to_owned()),
        datasets,
        share_datasets,
        columns,
        kinds: Kind::ALL
            .iter()
            .map(|k| (k.as_str().to_owned(), ctx.t(&k.label())))
            .collect(),
        preview,
        problem,
        public_link,
        form,
    })
}

#[derive(serde::Deserialize)]
pub struct NewChartQuery {
    dati: Option<String>,
}

pub async fn new_chart(
    ctx: Ctx,
    _analyst: Analyst,
    Query(query): Query<NewChartQuery>,
) -> Result<Response, WebError> {
    let form = ChartForm {
        dataset_id: query.dati.unwrap_or_default(),
        kind: "line".to_owned(),
        texts: Lang::ALL
            .iter()
            .map(|l| (*l, String::new(), String::new()))
            .collect(),
        ..ChartForm::default()
    };
    page(&chart_form_page(&ctx, form, FormErrors::default(), None, false).await?)
}

pub async fn edit_chart(
    ctx: Ctx,
    _analyst: Analyst,
    id: IdPath,
    Query(query): Query<crate::accounts::NoticeQuery>,
) -> Result<Response, WebError> {
    let chart = ctx
        .state
        .db
        .chart(ChartId(id.0))
        .await?
        .ok_or(WebError::NotFound)?;
    let mut p = chart_form_page(
        &ctx,
        ChartForm::from_record(&chart),
        FormErrors::default(),
        Some(chart.id),
        true,
    )
    .await?;
    p.notice = query.notice();
    page(&p)
}

/// Checks the form; the chart must draw before it is saved.
async fn validate(
    ctx: &Ctx,
    form: &ChartForm,
    id: Option<ChartId>,
) -> Result<Result<ChartRecord, FormErrors>, WebError> {
    let mut errors = FormErrors::default();
    let dataset = match form.dataset_id.parse::<i64>() {
        Ok(n) => ctx.state.db.dataset(DatasetId(n)).await?,
        Err(_) => None,
    };
    let Some(dataset) = dataset.filter(|d| d.current_version.is_some()) else {
        errors.push("dataset_id", "error-choice-invalid");
        return Ok(Err(errors));
    };
    let title_it = form.texts.first().map(|(_, t, _)| t.as_str()).unwrap_or("");
    let mut texts = Vec::new();
    for (lang, title, description) in &form.texts {
        let required = *lang == Lang::It;
        let field_t = if required { "title_it" } else { "title_other" };
        match (
            agoral_domain::clean_text(field_t, title, usize::from(required), 200, false),
            agoral_domain::clean_text("description_it", description, 0, 2000, true),
        ) {
            (Ok(t), Ok(d)) => {
                if !t.is_empty() {
                    texts.push((*lang, t, d));
                }
            }
            (Err(e), _) | (_, Err(e)) => errors.push(e.field, e.message),
        }
    }
    let slug = match agoral_domain::articles::Slug::parse(if form.slug.trim().is_empty() {
        title_it
    } else {
        &form.slug
    }) {
        Ok(s) => s.as_str().to_owned(),
        Err(e) => {
            errors.push(e.field, e.message);
            String::new()
        }
    };
    let kind = Kind::parse(&form.kind);
    if kind.is_none() {
        errors.push("kind", "error-choice-invalid");
    }
    let position = match form.dashboard_position.trim() {
        "" => None,
        p => match p.parse::<i64>() {
            Ok(n) if (1..=99).contains(&n) => Some(n),
            _ => {
                errors.push("dashboard_position", "chart-error-position");
                None
            }
        },
    };
    let spec = match form.spec() {
        Ok(spec) => Some(spec),
        Err(message) => {
            let field = if message == "chart-error-share-incomplete" {
                "share_dataset"
            } else {
                "filters"
            };
            errors.push(field, message);
            None
        }
    };
    if let (Some(spec), Some(kind)) = (&spec, kind) {
        let version = match dataset.current_version {
            Some(v) => ctx.state.db.version(v).await?,
            None => None,
        };
        if let Some(version) = version
            && let Some(settings) = settings_of(&version.settings)
        {
            let rows = version_rows(&ctx.state, &version).await?;
            match draw(
                &ctx.state, ctx.lang, kind, spec, &settings, &rows, title_it, "", "check",
            ) {
                Err(e) => errors.push("values", e.message),
                Ok(drawn) => {
                    if let Some(share) = &spec.share
                        && let Err(message) = share_of(&ctx.state, share, &drawn.aggregated).await?
                    {
                        errors.push("share_dataset", message);
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(Ok(ChartRecord {
        id: id.unwrap_or(ChartId(0)),
        dataset_id: dataset.id,
        slug,
        kind: kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        spec: serde_json::to_string(&spec.unwrap_or_default()).map_err(WebError::internal)?,
        published: form.published,
        dashboard_position: position,
        texts,
        updated_at: Timestamp::now(),
    }))
}

async fn save(
    ctx: Ctx,
    analyst: i64,
    address: Option<std::net::IpAddr>,
    fields: Fields,
    id: Option<ChartId>,
) -> Result<Response, WebError> {
    let form = ChartForm::from_fields(&fields);
    if fields.get("action") == "anteprima" {
        return page(&chart_form_page(&ctx, form, FormErrors::default(), id, true).await?);
    }
    let record = match validate(&ctx, &form, id).await? {
        Ok(record) => record,
        Err(errors) => return invalid(&chart_form_page(&ctx, form, errors, id, true).await?),
    };
    let saved = match id {
        Some(_) => ctx.state.db.update_chart(&record).await?,
        None => ctx.state.db.create_chart(&record, Some(analyst)).await?,
    };
    match saved {
        Save::Saved(id) => {
            audit::record(
                &ctx.state,
                AuditAction::ChartSaved,
                Some(analyst),
                None,
                address,
                format!("{} #{}", record.slug, id.0),
            )
            .await;
            Ok(Redirect::to(&format!(
                "/admin/osservatorio/grafici/{}?fatto=salvato",
                id.0
            ))
            .into_response())
        }
        Save::SlugTaken => {
            let mut errors = FormErrors::default();
            errors.push("slug", "observatory-slug-taken");
            invalid(&chart_form_page(&ctx, form, errors, id, true).await?)
        }
        Save::Missing => Err(WebError::NotFound),
    }
}

pub async fn create_chart(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    fields: Fields,
) -> Result<Response, WebError> {
    save(ctx, analyst.user.id.0, address, fields, None).await
}

pub async fn update_chart(
    ctx: Ctx,
    Analyst(analyst): Analyst,
    ClientAddress(address): ClientAddress,
    id: IdPath,
    fields: Fields,
) -> Result<Response, WebError> {
    if ctx.state.db.chart(ChartId(id.0)).await?.is_none() {
        return Err(WebError::NotFound);
    }
    save(ctx, analyst.user.id.0, address, fields, Some(ChartId(id.0))).await
}
