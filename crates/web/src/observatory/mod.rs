//! The Osservatorio: datasets with DCAT-AP_IT metadata and versions, CSV
//! and XLSX imports, charts and the province map drawn on the server, the
//! dashboard, the open-data catalogue, the JSON API, and the reports
//! published as PDF files.

pub mod admin;
pub mod api;
pub mod charts;
pub mod embed;
pub mod form;
pub mod import;
pub mod opendata;
pub mod pdf;
pub mod public;
pub mod report_pages;
pub mod reports;
pub mod search;
pub mod staged;

use agoral_domain::observatory::{
    dataset::ImportFailure,
    spec::ColumnInfo,
    table::{ColumnType, Settings, TableError},
};

use crate::render::Ctx;

/// "Row 12, column «anno», value «20x1»: not a year" in the reader's
/// language.
pub fn describe_failure(ctx: &Ctx, failure: &ImportFailure) -> String {
    let message = ctx.t(&failure.message);
    let mut parts = Vec::new();
    if let Some(line) = failure.line {
        parts.push(ctx.state.l10n.get_args(
            ctx.lang,
            "import-at-line",
            &[("line", line.to_string())],
        ));
    }
    if let Some(column) = &failure.column {
        parts.push(ctx.state.l10n.get_args(
            ctx.lang,
            "import-at-column",
            &[("column", column.clone())],
        ));
    }
    if let Some(value) = &failure.value {
        parts.push(ctx.state.l10n.get_args(
            ctx.lang,
            "import-at-value",
            &[("value", value.clone())],
        ));
    }
    if parts.is_empty() {
        message
    } else {
        format!("{}: {message}", parts.join(", "))
    }
}

/// The Fluent id of a column type's name.
pub const fn type_label(kind: ColumnType) -> &'static str {
    kind.label()
}

/// Why a file cannot be read, as (message id, detail): the detail names
/// the column or sheet the message is about.
pub fn table_problem(ctx: &Ctx, error: &TableError) -> (&'static str, String) {
    let detail = match error {
        TableError::DuplicateColumn(name) => {
            ctx.state
                .l10n
                .get_args(ctx.lang, "import-at-column", &[("column", name.clone())])
        }
        TableError::NoSuchSheet(sheet) => format!("«{sheet}»"),
        _ => String::new(),
    };
    (error.message(), detail)
}

/// A version's columns as charts read them.
pub fn column_infos(settings: &Settings) -> Vec<ColumnInfo> {
    settings
        .columns
        .iter()
        .map(|c| ColumnInfo {
            name: c.name.clone(),
            numeric: matches!(
                c.kind,
                ColumnType::Integer | ColumnType::Decimal | ColumnType::Year
            ),
            ordered: matches!(
                c.kind,
                ColumnType::Integer | ColumnType::Decimal | ColumnType::Year | ColumnType::Date
            ),
        })
        .collect()
}

/// A file size as people read it: `2.5 MB`, `340 KB`, `12 B`.
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.0} KB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}

pub fn settings_of(json: &str) -> Option<Settings> {
    serde_json::from_str(json).ok()
}
