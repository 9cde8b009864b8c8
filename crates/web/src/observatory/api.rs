//! The Osservatorio's JSON API: datasets with their metadata, their
//! versions, and the rows of a version with column filters and pages.
//! Described in `/api/openapi.json`.

use agoral_domain::observatory::dataset::{Dataset, Version, VersionStatus};
use axum::{
    Json,
    extract::{Path, Query},
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use crate::{error::WebError, observatory::settings_of, render::Ctx};

/// Rows per page unless asked otherwise, and at most.
const PER_PAGE: i64 = 100;
const MAX_PER_PAGE: i64 = 1000;

/// At most this many column filters in one request.
const MAX_FILTERS: usize = 10;

fn version_json(v: &Version) -> Value {
    let columns: Vec<Value> = settings_of(&v.settings)
        .map(|s| {
            s.columns
                .iter()
                .map(|c| json!({"name": c.name, "type": c.kind.as_str()}))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "number": v.number,
        "created": v.created_at.date_iso(),
        "rows": v.row_count,
        "note": v.note,
        "columns": columns,
        "changes": v.diff,
    })
}

async fn dataset_json(ctx: &Ctx, d: &Dataset) -> Result<Value, WebError> {
    let base = &ctx.state.config.public_url;
    let publisher = match d.input.publisher_id {
        Some(id) => ctx.state.db.organisation(id).await?.map(|o| o.name),
        None => None,
    };
    let texts: serde_json::Map<String, Value> = d
        .input
        .texts
        .iter()
        .map(|(l, t)| {
            (
                l.code().to_owned(),
                json!({"title": t.title, "description": t.description, "keywords": t.keywords}),
            )
        })
        .collect();
    Ok(json!({
        "slug": d.input.slug,
        "title": d.text(agoral_domain::lang::Lang::It).title,
        "texts": texts,
        "publisher": publisher,
        "themes": d.input.themes,
        "licence": d.input.licence,
        "frequency": d.input.frequency,
        "temporal": d.input.temporal.map(|(s, e)| json!({"start": s.to_string(), "end": e.to_string()})),
        "spatial": d.input.spatial,
        "source": Some(&d.input.source_url).filter(|s| !s.is_empty()),
        "attribution": Some(&d.input.attribution).filter(|s| !s.is_empty()),
        "issued": d.issued_at.date_iso(),
        "modified": d.modified_at.date_iso(),
        "page": format!("{base}/osservatorio/dati/{}", d.input.slug),
        "csv": format!("{base}/osservatorio/dati/{}/dati.csv", d.input.slug),
        "rows": format!("{base}/api/datasets/{}/rows", d.input.slug),
    }))
}

async fn public_dataset(ctx: &Ctx, slug: &str) -> Result<Dataset, WebError> {
    if slug.len() > 100 {
        return Err(WebError::NotFound);
    }
    ctx.state
        .db
        .dataset_by_slug(slug)
        .await?
        .filter(|d| d.input.published)
        .ok_or(WebError::NotFound)
}

pub async fn list_datasets(ctx: Ctx) -> Result<Response, WebError> {
    let mut items = Vec::new();
    for d in ctx.state.db.datasets(true).await? {
        items.push(dataset_json(&ctx, &d).await?);
    }
    Ok(Json(json!({ "datasets": items })).into_response())
}

pub async fn show_dataset(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let d = public_dataset(&ctx, &slug).await?;
    let mut value = dataset_json(&ctx, &d).await?;
    let current = match d.current_version {
        Some(v) => ctx.state.db.version(v).await?,
        None => None,
    };
    value["current_version"] = current.as_ref().map(version_json).unwrap_or(Value::Null);
    Ok(Json(value).into_response())
}

pub async fn list_versions(ctx: Ctx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let d = public_dataset(&ctx, &slug).await?;
    let versions: Vec<Value> = ctx
        .state
        .db
        .versions(d.id)
        .await?
        .iter()
        .filter(|v| v.status == VersionStatus::Ready)
        .map(version_json)
        .collect();
    Ok(Json(json!({ "versions": versions })).into_response())
}

fn bad(message: &str) -> Response {
    (
        axum::http::StatusCode::BAD_REQUEST,
        Json(json!({ "error": message })),
    )
        .into_response()
}

/// `GET /api/datasets/{slug}/rows?page=1&per_page=100&version=N&COLUMN=value`
pub async fn list_rows(
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let d = public_dataset(&ctx, &slug).await?;
    let mut page = 1i64;
    let mut per_page = PER_PAGE;
    let mut number = None;
    let mut wanted = Vec::new();
    for (name, value) in params {
        match name.as_str() {
            "page" => match value.parse::<i64>() {
                Ok(n) if (1..=1_000_000).contains(&n) => page = n,
                _ => return Ok(bad("page must be a whole number from 1")),
            },
            "per_page" => match value.parse::<i64>() {
                Ok(n) if (1..=MAX_PER_PAGE).contains(&n) => per_page = n,
                _ => return Ok(bad("per_page must be a whole number from 1 to 1000")),
            },
            "version" => match value.parse::<i64>() {
                Ok(n) if n > 0 => number = Some(n),
                _ => return Ok(bad("version must be a version number")),
            },
            _ => {
                if value.len() > 200 || name.len() > 200 {
                    return Ok(bad("a filter is too long"));
                }
                wanted.push((name, value));
            }
        }
    }
    if wanted.len() > MAX_FILTERS {
        return Ok(bad("at most 10 column filters"));
    }
    let version = match number {
        Some(n) => ctx.state.db.version_by_number(d.id, n).await?,
        None => match d.current_version {
            Some(v) => ctx.state.db.version(v).await?,
            None => None,
        },
    }
    .filter(|v| v.status == VersionStatus::Ready)
    .ok_or(WebError::NotFound)?;
    let settings = settings_of(&version.settings).ok_or(WebError::NotFound)?;
    let mut filters = Vec::new();
    for (name, value) in wanted {
        match settings.columns.iter().position(|c| c.name == name) {
            Some(i) => filters.push((i, value)),
            None => return Ok(bad(&format!("unknown column or parameter: {name}"))),
        }
    }
    let total = ctx
        .state
        .db
        .count_version_rows(version.id, &filters)
        .await?;
    let rows = ctx
        .state
        .db
        .version_rows(version.id, &filters, (page - 1) * per_page, per_page)
        .await?;
    let names: Vec<&str> = settings.columns.iter().map(|c| c.name.as_str()).collect();
    let items: Vec<Value> = rows
        .iter()
        .map(|(_, cells)| {
            let values: Vec<Value> = serde_json::from_str(cells).unwrap_or_default();
            Value::Object(names.iter().map(|n| (*n).to_owned()).zip(values).collect())
        })
        .collect();
    Ok(Json(json!({
        "version": version.number,
        "page": page,
        "per_page": per_page,
        "total": total,
        "rows": items,
    }))
    .into_response())
}
